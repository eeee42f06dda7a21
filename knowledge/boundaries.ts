import fs from 'node:fs';
import YAML from 'yaml';
import { z } from 'zod';
import type { Article } from './article';

/** Ids of boundary topics in the index: never an article id (those are kebab-case). */
export const BOUNDARY_PREFIX = 'boundary:';

const BoundaryFile = z.record(
  z.string().regex(/^[a-z0-9-]+$/),
  z.strictObject({ label: z.string().min(3), phrases: z.array(z.string().min(3)).min(1) }),
);

export const isBoundary = (id: string): boolean => id.startsWith(BOUNDARY_PREFIX);

/**
 * Topics of the domain the base does not answer (boundaries.yaml), as documents the index can
 * rank beside the articles: their label is the title, their phrases the questions. They are
 * never answered; the decision uses how close they come (knowledge/README.md, "Boundaries").
 */
export function loadBoundaries(file: string): Article[] {
  const parsed = BoundaryFile.parse(YAML.parse(fs.readFileSync(file, 'utf8')));
  return Object.entries(parsed).map(([key, b]) => ({
    id: `${BOUNDARY_PREFIX}${key}`,
    title: b.label,
    questions: b.phrases,
    tags: [],
    links: [],
    related: [],
    body: '',
    file,
  }));
}
