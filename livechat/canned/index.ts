import type { Router } from 'express';
import type { Clock } from '../../platform/clock';
import type { Db, Migration } from '../../platform/db';
import type { Logger } from '../../platform/logger';
import { ensureDefaults } from './defaults';
import { cannedMigrations } from './migrations';
import { renderCanned } from '../../protocol/placeholders';
import { cannedRouter, type CannedGuards } from './router';
import { createCannedStore, type CannedStore } from './store';

export type { CannedGuards } from './router';
export type { CannedPatchInput, CannedResponse, CannedStore, NewCanned } from './store';
export type { PlaceholderName, PlaceholderValues } from '../../protocol/placeholders';
export { findUnknownPlaceholders, PLACEHOLDERS, renderCanned, unknownPlaceholdersMessage, valuesFromRequester } from '../../protocol/placeholders';
export { CannedError, type CannedErrorCode } from './errors';
export { DEFAULT_CANNED } from './defaults';
export { BODY_MAX, TITLE_MAX } from './schemas';

export interface CannedDeps {
  db: Db;
  clock: Clock;
  logger: Logger;
  guards: CannedGuards;
  /** The team whose canned responses an agent reads and edits. */
  teamOf(agentId: number): Promise<string>;
}

export interface Canned {
  /** Run with `migrate` before serving. */
  migrations: Migration[];
  store: CannedStore;
  /** Mount at `/api/agent/canned`; parses its own JSON and answers its own errors. */
  router: Router;
  /** Gives a team the default responses once, if it has none; resolves to how many were inserted. */
  ensureDefaults(team: string): Promise<number>;
  /** Fills `{{…}}` placeholders (see `valuesFromRequester`). */
  render: typeof renderCanned;
}

/** Canned responses («réponses types») of the agent console, per team. */
export function createCanned(deps: CannedDeps): Canned {
  const { db, clock, logger, guards, teamOf } = deps;
  const store = createCannedStore({ db, clock });
  return {
    migrations: [...cannedMigrations],
    store,
    router: cannedRouter({ store, guards, teamOf, logger }),
    ensureDefaults: (team) => ensureDefaults({ db, clock }, team),
    render: renderCanned,
  };
}
