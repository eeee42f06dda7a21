import crypto from 'node:crypto';
import path from 'node:path';
import type express from 'express';
import type { Auth } from '../auth';
import type { FeedbackStore } from '../bot/feedback';
import { HELP_CENTRE_CONVERSATION } from '../bot/reports';
import { createKnowledge, type Article } from '../knowledge';
import { createKnowledgeBase, loadGuardSets } from '../knowledge/base';
import { helpCentreRouter } from '../knowledge/base/help-router';
import { knowledgeBaseRouter } from '../knowledge/base/router';
import type { Clock } from '../platform/clock';
import type { Config } from '../platform/config';
import type { Db } from '../platform/db';
import type { RateLimiterFactory } from '../platform/http/rate-limit';
import type { Logger } from '../platform/logger';

/** socket.io's messages between server processes (through the Redis adapter; nothing with one process). */
type ServerSideEvents = { serverSideEmit(event: string, ...args: unknown[]): void; on(event: string, listener: (...args: unknown[]) => void): void };

/**
 * The articles in the database (seeded from the files on the first start, edited from the
 * console; `base.knowledge` always answers with the last published base), the editor's API and
 * the public help centre's. `io` is the socket.io server, built after this (its Redis adapter
 * tells the other processes a publication).
 */
export function wireKnowledgeBase(d: { config: Config; db: Db; clock: Clock; logger: Logger; feedback: FeedbackStore; auth: Auth; limit: RateLimiterFactory; io: () => unknown }) {
  const { config, clock } = d;
  const build = (articles?: readonly Article[]) => createKnowledge({ articlesDir: config.knowledgeDir, ...(articles ? { articles } : {}) });
  const events = () => d.io() as ServerSideEvents;
  const base = createKnowledgeBase({
    db: d.db,
    clock,
    logger: d.logger,
    articlesDir: config.knowledgeDir,
    build,
    initial: build(),
    guardSets: () => loadGuardSets(path.join(config.knowledgeDir, '..', 'eval')),
    pollMs: config.knowledgeReloadMs,
    signal: {
      publish: (revision) => events().serverSideEmit('kb:revision', revision),
      subscribe: (on) => events().on('kb:revision', (revision: unknown) => on(Number(revision))),
    },
  });
  return {
    base,
    mount(app: express.Express): void {
      // The public help centre's data (/aide pages): its «was it useful» answers count with the bot's ratings.
      app.use(
        '/api/aide',
        helpCentreRouter({
          knowledge: base.knowledge,
          rate: (articleId, reaction, comment) =>
            d.feedback.recordRating({ conversationId: HELP_CENTRE_CONVERSATION, messageId: `aide_${crypto.randomUUID()}`, reaction, question: null, articleId, score: null, comment, at: clock.now() }),
          limits: {
            read: d.limit({ name: 'aide-read', limit: 300, windowMs: 60_000, message: 'Trop de requêtes : veuillez réessayer dans une minute.' }),
            rate: d.limit({ name: 'aide-rate', limit: 20, windowMs: 10 * 60_000, message: 'Trop d’avis envoyés : veuillez patienter quelques minutes.' }),
          },
        }),
      );
      app.use('/api/agent/knowledge', knowledgeBaseRouter(base, { requireAgent: d.auth.requireAgent, requireSupervisor: d.auth.requireRole('supervisor'), requireCsrf: d.auth.requireCsrf }));
    },
  };
}
