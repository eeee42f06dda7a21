import { fakeClock } from '../auth/auth-app';
import { startApp, type RunningApp } from '../helpers/app';
import { connectAgent, createAgent, type AgentClient } from '../helpers/agent-client';
import { connected, WidgetClient } from '../helpers/widget-client';

/** Monday 30 November 2026, 10:00 in Paris: support is open. */
export const MONDAY_10H = Date.parse('2026-11-30T10:00:00+01:00');

export interface LiveHarness {
  r: RunningApp;
  advance(ms: number): void;
  agent(name: string, role?: 'agent' | 'supervisor'): Promise<AgentClient>;
  /** A widget user who has been greeted by the bot. */
  user(auth?: Record<string, string>): Promise<WidgetClient>;
  close(): Promise<void>;
}

/** A server with a clock the test moves by hand; every client made through it is closed at the end. */
export async function liveHarness(env: Record<string, string> = {}, start = MONDAY_10H): Promise<LiveHarness> {
  const { clock, advance } = fakeClock(start);
  const r = await startApp({ LIVECHAT_SWEEP_MS: '60000', ...env }, { clock });
  const clients: { close(): void }[] = [];
  return {
    r,
    advance,
    async agent(name, role = 'agent') {
      const a = await connectAgent(r.base, await createAgent(r.app, r.base, name, role));
      clients.push(a);
      return a;
    },
    async user(auth = {}) {
      const u = new WidgetClient(r.base, auth);
      clients.push(u);
      await connected(u);
      await u.waitForBot(/ClaudIA/);
      return u;
    },
    async close() {
      for (const c of clients) c.close();
      await r.close();
    },
  };
}

export const liveStatuses = (user: WidgetClient) =>
  user.activities.filter((a) => a.type === 'event' && a.name === 'livechat.status').map((a) => a.value as any);

export async function waitUntil(check: () => boolean | Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}
