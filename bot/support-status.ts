import type { SupportStatus } from '../protocol/widget-events';
import { formatOpening } from '../hours';
import type { SupportHours } from './ports';
import { TEXTS } from './texts';

/** While open, the closing time is not known to the `SupportHours` port: the widget asks again this often. */
const RECHECK_OPEN_SECONDS = 300;
/** Closed: asked again just after the next opening, but at least hourly (a closure may be added). */
const RECHECK_CLOSED_MAX_SECONDS = 3600;

/**
 * Whether advisers are on duty now and, if not, when they are next, for the widget's banner
 * (the answer to the `relais/supportStatus` invoke). The same calendar as the escalation offer.
 */
export function supportStatus(deps: { hours: SupportHours; clock: { now(): Date } }): SupportStatus {
  const now = deps.clock.now();
  const open = deps.hours.isOpen(now);
  const next = open ? null : deps.hours.nextOpening(now);
  const untilNext = next ? Math.ceil((next.getTime() - now.getTime()) / 1000) + 1 : RECHECK_CLOSED_MAX_SECONDS;
  return {
    open,
    nextOpening: next ? next.toISOString() : null,
    nextOpeningText: next ? formatOpening(next, now) : null,
    hours: TEXTS.hours(deps.hours.describe()),
    recheckInSeconds: open ? RECHECK_OPEN_SECONDS : Math.max(1, Math.min(untilNext, RECHECK_CLOSED_MAX_SECONDS)),
  };
}
