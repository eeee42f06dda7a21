import { BrokenCircuitError } from 'cockatiel';
import type { z } from 'zod';
import type { PortalInvoice } from '../protocol/portal';
import { systemClock, type Clock } from '../platform/clock';
import type { Logger } from '../platform/logger';
import { InvoiceListSchema, PortalInvoiceSchema } from './schema';
import { resiliencePolicy, TransientFailure, isTransient, type ResilienceOptions } from './resilience';
import { PortalError, type Portal } from './types';

export interface PortalClientOptions extends Partial<Pick<ResilienceOptions, 'retry' | 'breaker'>> {
  /** The API's base, e.g. `https://portail.example.fr/api/relais` (PORTAL_API_URL). */
  url: string;
  /** Sent as `Authorization: Bearer …` (PORTAL_API_TOKEN). */
  token: string;
  /** The time one attempt may take (PORTAL_TIMEOUT_MS, 2000). */
  timeoutMs?: number;
  clock?: Clock;
  logger?: Logger;
}

/** The largest answer read (a list of a hundred invoices is about 50 KB). */
const MAX_BODY_BYTES = 1024 * 1024;

const MESSAGES = {
  PORTAL_UNAVAILABLE: 'Le portail ne répond pas pour le moment.',
  PORTAL_REFUSED: 'Le portail a refusé la demande de Relais.',
  PORTAL_INVALID: 'Le portail a envoyé une réponse illisible.',
} as const;

type Outcome = 'ok' | 'not-found' | 'refused' | 'invalid' | 'unavailable' | 'circuit-open';

/**
 * The `Portal` port over the portal's HTTP API (README «Le portail»): `GET {url}/users/{userId}/invoices`
 * and `GET {url}/users/{userId}/invoices/{number}`, JSON, a bearer token. Each attempt has its
 * timeout; network errors, timeouts, 5xx and 429 are retried with backoff; a circuit breaker makes
 * a portal that is down fail fast. 401/403 are `PORTAL_REFUSED` (never retried), an answer that
 * is not the contract's `PORTAL_INVALID`, anything else `PORTAL_UNAVAILABLE`. The log says what
 * happened and how long it took, never whose invoices or which.
 */
export function createPortalClient(options: PortalClientOptions): Portal {
  const base = options.url.replace(/\/+$/, '');
  const clock = options.clock ?? systemClock;
  const logger = options.logger;
  const { policy, breaker } = resiliencePolicy({ timeoutMs: options.timeoutMs ?? 2000, retry: options.retry, breaker: options.breaker });
  breaker.onBreak(() => logger?.warn('portal: circuit open, calls fail at once until a trial call succeeds'));
  breaker.onReset(() => logger?.info('portal: circuit closed, the portal answers again'));

  /** One attempt: the parsed answer, null for a 404 the caller accepts, or a throw. */
  async function attempt<S extends z.ZodType>(path: string, schema: S, notFoundIsNull: boolean, signal: AbortSignal): Promise<z.infer<S> | null> {
    let res: Response;
    try {
      res = await fetch(`${base}${path}`, {
        headers: { authorization: `Bearer ${options.token}`, accept: 'application/json' },
        redirect: 'manual', // the token goes to the configured address only
        signal,
      });
    } catch {
      throw new TransientFailure(signal.aborted ? 'timeout' : 'network');
    }
    if (!res.ok) {
      await res.body?.cancel().catch(() => undefined);
      if (res.status >= 500 || res.status === 429) throw new TransientFailure(`HTTP ${res.status}`);
      if (res.status === 401 || res.status === 403) throw new PortalError('PORTAL_REFUSED', MESSAGES.PORTAL_REFUSED);
      if (res.status === 404 && notFoundIsNull) return null;
      throw new PortalError('PORTAL_UNAVAILABLE', MESSAGES.PORTAL_UNAVAILABLE);
    }
    if (Number(res.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) {
      await res.body?.cancel().catch(() => undefined);
      throw new PortalError('PORTAL_INVALID', MESSAGES.PORTAL_INVALID);
    }
    let text: string;
    try {
      text = await res.text();
    } catch {
      throw new TransientFailure(signal.aborted ? 'timeout' : 'network');
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new PortalError('PORTAL_INVALID', MESSAGES.PORTAL_INVALID);
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success || text.length > MAX_BODY_BYTES) throw new PortalError('PORTAL_INVALID', MESSAGES.PORTAL_INVALID);
    return parsed.data;
  }

  async function call<S extends z.ZodType>(op: string, path: string, schema: S, notFoundIsNull: boolean): Promise<z.infer<S> | null> {
    const started = clock.now().getTime();
    let attempts = 0;
    const done = (outcome: Outcome) => {
      const fields = { op, outcome, attempts, ms: clock.now().getTime() - started };
      if (outcome === 'ok' || outcome === 'not-found') logger?.debug(fields, 'portal: answered');
      else logger?.warn(fields, 'portal: no answer');
    };
    try {
      const result = await policy.execute(({ signal }) => {
        attempts++;
        return attempt(path, schema, notFoundIsNull, signal);
      });
      done(result === null ? 'not-found' : 'ok');
      return result;
    } catch (err) {
      if (err instanceof PortalError) {
        done(err.code === 'PORTAL_REFUSED' ? 'refused' : err.code === 'PORTAL_INVALID' ? 'invalid' : 'unavailable');
        throw err;
      }
      done(err instanceof BrokenCircuitError ? 'circuit-open' : 'unavailable');
      if (!isTransient(err) && !(err instanceof BrokenCircuitError)) logger?.error({ err }, 'portal: unexpected failure');
      throw new PortalError('PORTAL_UNAVAILABLE', MESSAGES.PORTAL_UNAVAILABLE);
    }
  }

  const invoicesPath = (userId: string) => `/users/${encodeURIComponent(userId)}/invoices`;
  /** `.` and `..` would be read as a path's dots (even encoded): no user and no invoice has such a name. */
  const addressable = (segment: string) => segment !== '' && segment !== '.' && segment !== '..';

  return {
    async getInvoices(userId: string, query: { number?: string; limit: number }): Promise<PortalInvoice[]> {
      if (!addressable(userId)) return [];
      const params = new URLSearchParams({ limit: String(Math.min(100, Math.max(1, Math.floor(query.limit) || 1))) });
      if (query.number !== undefined) params.set('number', query.number);
      const list = await call('getInvoices', `${invoicesPath(userId)}?${params}`, InvoiceListSchema, false);
      return list!.invoices;
    },
    async getInvoice(userId: string, number: string): Promise<PortalInvoice | null> {
      if (!addressable(userId) || !addressable(number)) return null;
      return call('getInvoice', `${invoicesPath(userId)}/${encodeURIComponent(number)}`, PortalInvoiceSchema, true);
    },
  };
}
