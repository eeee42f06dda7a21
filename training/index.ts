import type { RequestHandler } from 'express';
import type express from 'express';
import { trainingMigrations } from './migrations';
import { createTrainingService, type TrainingDeps, type TrainingService } from './service';
import { trainingAgentRouter, trainingPublicRouter } from './http';

export type { RegisterOutcome, TrainingService } from './service';
export { sessionInstants } from './service';

/** How often the reminders due are looked for. */
const REMINDER_POLL_MS = 60_000;

export interface Training {
  migrations: typeof trainingMigrations;
  service: TrainingService;
  agentRouter(guards: { requireSupervisor: RequestHandler; requireCsrf: RequestHandler }): express.Router;
  publicRouter(limit: RequestHandler): express.Router;
  /** Looks for the reminders due and the unconfirmed registrations to expire every minute (and once at start). */
  start(): void;
  stop(): void;
}

/** Accompaniment sessions: catalogue, registrations, reminders (issue 15, part 3). */
export function createTraining(deps: TrainingDeps & { reminderPollMs?: number }): Training {
  const service = createTrainingService(deps);
  let timer: NodeJS.Timeout | null = null;
  const tick = () =>
    void Promise.all([service.sendDueReminders(), service.expirePending()]).catch((err: unknown) => deps.logger.error({ err }, 'training: reminders or expiry failed'));
  return {
    migrations: trainingMigrations,
    service,
    agentRouter: (guards) => trainingAgentRouter(service, guards),
    publicRouter: (limit) => trainingPublicRouter(service, limit),
    start() {
      if (timer) return;
      tick();
      timer = setInterval(tick, deps.reminderPollMs ?? REMINDER_POLL_MS);
      timer.unref();
    },
    stop() {
      if (timer) clearInterval(timer);
      timer = null;
    },
  };
}
export { eraseRegistrations, exportRegistrations, purgeRegistrations } from './personal-data';
