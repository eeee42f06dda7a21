import os from 'node:os';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The process's metrics in Prometheus format (prom-client), in a registry of its own (none is
 * global): the default Node.js metrics (event-loop lag, memory, handles…) plus the product's
 * counters, each labelled with the process (`host/pid`), so a cluster's processes add up.
 */
export interface Metrics {
  registry: Registry;
  turns: Counter<'channel'>;
  /** What the bot did with a question: answer, clarify, fallback, or an intent. */
  outcomes: Counter<'kind'>;
  ratings: Counter<'reaction'>;
  /** Hand-off requests: accepted, or the reason they were not. */
  handoffs: Counter<'result'>;
  tickets: Counter<'channel'>;
  /** Seconds a user waited in the queue before an agent took the chat. */
  queueWait: Histogram;
  /** A value read when Prometheus scrapes (queue length, outbox backlog, sockets). */
  gauge(name: string, help: string, read: () => Promise<number> | number): void;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  registry.setDefaultLabels({ process: `${os.hostname()}/${process.pid}` });
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  return {
    registry,
    turns: new Counter({ name: 'relais_bot_turns_total', help: 'Bot turns, per channel', labelNames: ['channel'], registers }),
    outcomes: new Counter({ name: 'relais_bot_outcomes_total', help: 'Questions the bot answered, clarified, fell back on, or took as an intent', labelNames: ['kind'], registers }),
    ratings: new Counter({ name: 'relais_bot_ratings_total', help: 'Answers rated, per reaction', labelNames: ['reaction'], registers }),
    handoffs: new Counter({ name: 'relais_handoffs_total', help: 'Requests for an agent, per result', labelNames: ['result'], registers }),
    tickets: new Counter({ name: 'relais_tickets_created_total', help: 'Tickets created, per channel', labelNames: ['channel'], registers }),
    queueWait: new Histogram({
      name: 'relais_livechat_queue_wait_seconds',
      help: 'Time in the queue before an agent took the chat',
      buckets: [5, 15, 30, 60, 120, 300, 600, 1200, 3600],
      registers,
    }),
    gauge(name, help, read) {
      new Gauge({
        name,
        help,
        registers,
        async collect() {
          this.set(await read());
        },
      });
    },
  };
}
