import type { LiveChatOptions } from './options';
import type { AgentPresence } from './types';

/**
 * Presence rules, in one place. `connected` is set by the process holding the agent's socket and
 * refreshed by its heartbeat; a crashed process stops refreshing, so a stale heartbeat counts as
 * gone. `online` adds the reconnection grace period.
 */
export function presenceRules(options: Pick<LiveChatOptions, 'heartbeatMs' | 'graceMs'>) {
  const staleMs = options.heartbeatMs * 3;
  const seen = (a: AgentPresence) => a.lastSeenAt?.getTime() ?? 0;
  const present = (a: AgentPresence, now: Date) => a.connected && seen(a) > now.getTime() - staleMs;
  const online = (a: AgentPresence, now: Date) => present(a, now) || seen(a) > now.getTime() - options.graceMs;
  return {
    staleMs,
    present,
    online,
    /** Can be given a new chat now. */
    hasRoom: (a: AgentPresence, now: Date) => present(a, now) && a.status === 'available' && a.load < a.capacity,
    /** Working the queue, possibly full: users may keep waiting for them. */
    onDuty: (a: AgentPresence, now: Date) => online(a, now) && (a.status === 'available' || a.status === 'busy'),
  };
}

export type PresenceRules = ReturnType<typeof presenceRules>;
