/** Live-chat tuning, merged over frozen defaults (platform/config.ts reads the environment). */
export interface LiveChatOptions {
  /** `auto`: the least-loaded available agent gets the next chat; `pick`: agents take chats from the queue. */
  routing: 'auto' | 'pick';
  /** Concurrent chats of a new agent. */
  capacity: number;
  /** Team of a new agent (canned responses are per team). */
  team: string;
  /**
   * 0: a hand-off is offered only when an available agent has room. N > 0: also while fewer than
   * N users wait and an agent is on duty.
   */
  maxQueue: number;
  /** How long an agent's chats wait for them after a disconnect before going back to the queue. */
  graceMs: number;
  /** How often each process tells the database its agents are still connected. */
  heartbeatMs: number;
  /** How often each process checks for gone agents, closing hours and waiting users. */
  sweepMs: number;
  /** Handling time assumed for the wait estimate until enough chats have been measured. */
  defaultHandleMinutes: number;
  /** Default length of a phone appointment. */
  appointmentMinutes: number;
  /** Agent socket events per 10 seconds. */
  agentEventsPer10s: number;
}

export const DEFAULT_LIVECHAT_OPTIONS: Readonly<LiveChatOptions> = Object.freeze({
  routing: 'auto',
  capacity: 3,
  team: 'support',
  maxQueue: 0,
  graceMs: 60_000,
  heartbeatMs: 5_000,
  sweepMs: 2_000,
  defaultHandleMinutes: 6,
  appointmentMinutes: 15,
  agentEventsPer10s: 60,
});
