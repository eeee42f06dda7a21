import type { InvoiceLookup } from '../bot/ports';
import type { Logger } from '../platform/logger';
import type { LimitCounter } from '../platform/http/limit-counter';
import type { Portal } from '../portal';

/**
 * The bot's invoice lookups over the portal port: each counts against the user's quota (every
 * process shares the counters) and is logged with its kind, outcome and duration — never the
 * user, never the number.
 */
export function invoiceLookup(d: { portal: Portal; perUser: LimitCounter; logger: Logger; now: () => number }): InvoiceLookup {
  const run = async <T>(kind: 'recent' | 'find', userId: string, call: () => Promise<T>): Promise<T> => {
    if (!(await d.perUser.take(userId)).allowed) {
      d.logger.info({ lookup: kind, outcome: 'rate-limited' }, 'portal: invoice lookup');
      throw Object.assign(new Error('too many invoice lookups'), { code: 'RATE_LIMITED' });
    }
    const started = d.now();
    try {
      const result = await call();
      d.logger.info({ lookup: kind, outcome: 'ok', ms: d.now() - started }, 'portal: invoice lookup');
      return result;
    } catch (err) {
      d.logger.warn({ lookup: kind, outcome: (err as { code?: string }).code ?? 'error', ms: d.now() - started }, 'portal: invoice lookup');
      throw err;
    }
  };
  return {
    recent: (userId, limit) => run('recent', userId, () => d.portal.getInvoices(userId, { limit })),
    find: (userId, number) => run('find', userId, () => d.portal.getInvoice(userId, number)),
  };
}
