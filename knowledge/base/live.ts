import type { Knowledge } from '../index';
import { parseArticle, type Article } from '../article';
import type { KnowledgeBaseStore } from './store';

export interface LiveKnowledge {
  /** Always the base as last published (hand this to the bot: it follows every reload). */
  knowledge: Knowledge;
  revision(): number;
  /** Reloads when the database holds another revision than this process has; true when it did. */
  refresh(): Promise<boolean>;
  /** The engine in use already holds this revision's articles (the start found the base equal to the files): no rebuild. */
  adopt(revision: number): void;
}

/**
 * The published articles, rebuilt into a new engine whenever the base's revision moves. The
 * engine in use is swapped in one assignment: a question asked during a reload gets the old
 * answer or the new one, never a half-built index. A revision whose articles cannot be read is
 * logged and the engine in use is kept.
 */
export function createLiveKnowledge(deps: {
  store: KnowledgeBaseStore;
  build(articles: readonly Article[]): Knowledge;
  initial: Knowledge;
  logger: { error(obj: object, msg: string): void; info(obj: object, msg: string): void };
}): LiveKnowledge {
  let current = deps.initial;
  let revision = 0;
  let inFlight: Promise<void> | null = null;

  const reload = async (): Promise<boolean> => {
    const seen = await deps.store.revision();
    if (seen === revision) return false;
    const rows = await deps.store.all();
    try {
      const articles = rows.map((r) => parseArticle(`base:${r.id}`, r.source));
      current = deps.build(articles);
      revision = seen;
      deps.logger.info({ revision, articles: articles.length }, 'knowledge: base loaded');
      return true;
    } catch (err) {
      deps.logger.error({ err, revision: seen }, 'knowledge: a revision of the base could not be loaded; the previous one stays in use');
      return false;
    }
  };

  return {
    knowledge: {
      ask: (text, context) => current.ask(text, context),
      analyse: (text, context) => current.analyse(text, context),
      get articles() {
        return current.articles;
      },
      article: (id) => current.article(id),
    },
    revision: () => revision,
    adopt(seen) {
      revision = seen;
    },
    refresh() {
      // One reload at a time; a call during one waits for it, then looks again.
      const run = (inFlight ?? Promise.resolve()).then(reload);
      const settled = run.then(
        () => undefined,
        () => undefined,
      );
      inFlight = settled;
      void settled.then(() => {
        if (inFlight === settled) inFlight = null;
      });
      return run;
    },
  };
}
