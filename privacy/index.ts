import express, { type RequestHandler } from 'express';
import { z } from 'zod';
import { eraseBotData, exportBotData } from '../bot';
import { conversationsOf, eraseConversations, exportConversations } from '../channels';
import { eraseLiveChats, exportLiveChats } from '../livechat';
import type { Clock } from '../platform/clock';
import { defineMigration, type Db, type Migration } from '../platform/db';
import { AppError } from '../platform/errors';
import { forgetRateLimitsOf } from '../platform/http/db-rate-limit-store';
import { wrap } from '../platform/http/errors';
import type { Logger } from '../platform/logger';
import { eraseMails, exportMails } from '../platform/mail';
import type { PersonalSubject } from '../protocol/personal-data';
import { eraseTickets, exportTickets } from '../ticketing';
import { eraseRegistrations, exportRegistrations } from '../training';

/**
 * The audit of exports and erasures: what was done, by whom (an agent id, or the CLI), when, and
 * how many rows — never whose data it was (the audit must not keep what the erasure removed).
 */
const auditMigration = defineMigration(
  'privacy-001-audit',
  ({ serialKey }) => `CREATE TABLE privacy_audit (
  id ${serialKey},
  action TEXT NOT NULL CHECK (action IN ('export', 'erase')),
  actor TEXT NOT NULL,
  counts_json TEXT NOT NULL,
  at BIGINT NOT NULL
);`,
);

export interface PersonalExport {
  exportedAt: string;
  subject: PersonalSubject;
  conversations: unknown[];
  bot: unknown;
  liveChats: unknown;
  tickets: unknown[];
  /** Registrations to accompaniment sessions. */
  trainings: unknown[];
  mails: unknown[];
}

export interface Privacy {
  migrations: Migration[];
  /** Everything kept about one person, as JSON (RGPD right of access and portability). */
  exportSubject(subject: PersonalSubject, actor: string): Promise<PersonalExport>;
  /** Erases it (RGPD right to erasure); resolves to the rows deleted or anonymised per kind. */
  eraseSubject(subject: PersonalSubject, actor: string): Promise<Record<string, number>>;
  /** Mount at `/api/agent/privacy` behind the supervisors' guard (and CSRF for the erasure). */
  router(guards: { requireSupervisor: RequestHandler; requireCsrf: RequestHandler }): express.Router;
}

const SubjectQuery = z
  .object({
    email: z.string().trim().toLowerCase().email('Adresse e-mail invalide.').max(254).optional().or(z.literal('').transform(() => undefined)),
    portalUserId: z.string().trim().min(1).max(200).optional().or(z.literal('').transform(() => undefined)),
  })
  .refine((s) => s.email || s.portalUserId, 'Indiquez une adresse e-mail ou un identifiant du portail.');

/** A subject from a request (query or body): an e-mail and/or a portal id, at least one. */
export function parseSubject(input: unknown): PersonalSubject {
  const parsed = SubjectQuery.safeParse(input ?? {});
  if (!parsed.success) throw new AppError('INVALID_INPUT', parsed.error.issues[0]?.message ?? 'Requête invalide.');
  return { email: parsed.data.email ?? null, portalUserId: parsed.data.portalUserId ?? null };
}

export function createPrivacy(deps: { db: Db; clock: Clock; logger: Logger }): Privacy {
  const { db, clock, logger } = deps;
  const audit = async (action: 'export' | 'erase', actor: string, counts: Record<string, number>) => {
    await db.execute('INSERT INTO privacy_audit (action, actor, counts_json, at) VALUES ($1, $2, $3, $4)', [action, actor, JSON.stringify(counts), clock.now().getTime()]);
    logger.info({ action, actor, counts }, 'privacy: request carried out');
  };

  async function exportSubject(subject: PersonalSubject, actor: string): Promise<PersonalExport> {
    const { conversationIds, userIds } = await conversationsOf(db, subject);
    const result: PersonalExport = {
      exportedAt: clock.now().toISOString(),
      subject,
      conversations: await exportConversations(db, conversationIds),
      bot: await exportBotData(db, conversationIds, userIds),
      liveChats: await exportLiveChats(db, subject, conversationIds),
      tickets: await exportTickets(db, subject),
      trainings: await exportRegistrations(db, subject),
      mails: subject.email ? await exportMails(db, subject.email) : [],
    };
    await audit('export', actor, { conversations: result.conversations.length, tickets: result.tickets.length, mails: result.mails.length });
    return result;
  }

  async function eraseSubject(subject: PersonalSubject, actor: string): Promise<Record<string, number>> {
    const { conversationIds, userIds } = await conversationsOf(db, subject);
    const counts: Record<string, number> = {
      bot: await eraseBotData(db, conversationIds, userIds),
      liveChats: await eraseLiveChats(db, subject, conversationIds),
      conversations: await eraseConversations(db, conversationIds),
      tickets: await eraseTickets(db, subject),
      trainings: await eraseRegistrations(db, subject),
      mails: subject.email ? await eraseMails(db, subject.email) : 0,
      rateLimits: subject.email ? await forgetRateLimitsOf(db, subject.email) : 0,
    };
    await audit('erase', actor, counts);
    return counts;
  }

  return {
    migrations: [auditMigration],
    exportSubject,
    eraseSubject,
    router(guards) {
      const router = express.Router();
      const actor = (res: express.Response) => `agent:${(res.locals.agent as { id: number }).id}`;
      router.get(
        '/export',
        guards.requireSupervisor,
        wrap(async (req, res) => {
          const data = await exportSubject(parseSubject(req.query), actor(res));
          res.set('Content-Disposition', 'attachment; filename="donnees-personnelles.json"').json(data);
        }),
      );
      router.post(
        '/erase',
        guards.requireSupervisor,
        guards.requireCsrf,
        wrap(async (req, res) => {
          const body = (req.body ?? {}) as { confirm?: unknown };
          if (body.confirm !== 'EFFACER') throw new AppError('INVALID_INPUT', 'Confirmez l’effacement en écrivant EFFACER.');
          res.json({ erased: await eraseSubject(parseSubject(req.body), actor(res)) });
        }),
      );
      return router;
    },
  };
}
