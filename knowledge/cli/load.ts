import { loadConfig } from '../../platform/config';
import { createKnowledge, type Knowledge } from '../index';

/** CLIs build the knowledge exactly as the server does, from the same config. */
export function knowledgeFromConfig(): Knowledge {
  const config = loadConfig();
  return createKnowledge({ articlesDir: config.knowledgeDir });
}
