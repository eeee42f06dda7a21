import { purgeRegistrations } from '../training';
import { purgeBotState, purgeFeedback } from '../bot';
import { purgeIdleConversations } from '../channels';
import { purgeClosedChats } from '../livechat';
import type { Clock } from '../platform/clock';
import type { Config } from '../platform/config';
import type { Db } from '../platform/db';
import { purgeExpiredRateLimits } from '../platform/http/db-rate-limit-store';
import type { Logger } from '../platform/logger';
import { purgeSentMail } from '../platform/mail';
import { purgeClosedTickets } from '../ticketing';

const DAY = 86_400_000;

export interface Retention {
  /** One purge of everything past its period; resolves to the rows deleted per kind. */
  runOnce(): Promise<Record<string, number>>;
  /** Runs now, then every `intervalHours` (timers do not keep the process alive). */
  start(): void;
  stop(): Promise<void>;
}

/**
 * The one purge job (README, «Conservation des données»): each kind of data past its period,
 * from the oldest, in small batches. Every process may run it: each batch deletes what is still
 * there, so two purges at once delete each row once.
 */
export function createRetention(deps: { db: Db; clock: Clock; logger: Logger; config: Config['retention'] }): Retention {
  const { db, clock, logger, config } = deps;
  const kinds: [string, number, (db: Db, before: number) => Promise<number>][] = [
    ['conversations', config.conversationDays, purgeIdleConversations],
    ['botState', config.conversationDays, purgeBotState],
    ['liveChats', config.liveChatDays, purgeClosedChats],
    ['tickets', config.ticketDays, purgeClosedTickets],
    ['mails', config.mailDays, purgeSentMail],
    ['feedback', config.feedbackDays, purgeFeedback],
    // Registrations of sessions that took place that long ago.
    ['trainings', config.feedbackDays, purgeRegistrations],
  ];

  async function runOnce(): Promise<Record<string, number>> {
    const now = clock.now().getTime();
    const deleted: Record<string, number> = { rateLimits: await purgeExpiredRateLimits(db, now) };
    for (const [kind, days, purge] of kinds) {
      if (days > 0) deleted[kind] = await purge(db, now - days * DAY);
    }
    const total = Object.values(deleted).reduce((a, b) => a + b, 0);
    if (total > 0) logger.info({ deleted }, 'retention: purged');
    return deleted;
  }

  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = runOnce().catch((err: unknown) => logger.error({ err }, 'retention: purge failed'));
  };
  return {
    runOnce,
    start() {
      if (timer) return;
      tick();
      timer = setInterval(tick, config.intervalHours * 3_600_000);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await running;
    },
  };
}
