import { io, type Socket } from 'socket.io-client';
import type { App } from '../../app/create-app';

let counter = 0;
export const AGENT_PASSWORD = 'correct horse battery staple 42';

/** A console-like socket.io client of `/agent` that records what it receives. */
export class AgentClient {
  readonly socket: Socket;
  readonly received: { event: string; payload: any }[] = [];

  constructor(
    base: string,
    readonly cookie: string,
    readonly agent: { id: number; name: string; email: string },
    options: { origin?: string } = {},
  ) {
    const extraHeaders: Record<string, string> = { cookie };
    if (options.origin) extraHeaders.origin = options.origin;
    this.socket = io(`${base}/agent`, { transports: ['websocket'], forceNew: true, reconnection: false, extraHeaders });
    this.socket.onAny((event: string, payload: unknown) => this.received.push({ event, payload }));
  }

  /** Emits an event and resolves with its ack. */
  emit(event: string, payload: unknown = {}): Promise<{ ok: boolean; data?: any; error?: { code: string; message: string } }> {
    return new Promise((resolve) => this.socket.emit(event, payload, resolve));
  }

  /** Like `emit`, but throws unless the ack is ok, and returns its data. */
  async call(event: string, payload: unknown = {}): Promise<any> {
    const ack = await this.emit(event, payload);
    if (!ack.ok) throw new Error(`${event} refused: ${JSON.stringify(ack.error)}`);
    return ack.data;
  }

  /** The first event of that name (received from index `after` on) matching `match`. */
  async waitFor(event: string, match: (payload: any) => boolean = () => true, timeoutMs = 5000, after = 0): Promise<any> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.received.slice(after).find((r) => r.event === event && match(r.payload));
      if (found) return found.payload;
      if (Date.now() > deadline) {
        throw new Error(`agent ${this.agent.name}: no ${event} matching; got ${this.received.map((r) => r.event).join(', ')}`);
      }
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  events(event: string): any[] {
    return this.received.filter((r) => r.event === event).map((r) => r.payload);
  }

  close(): void {
    this.socket.disconnect();
  }
}

export async function login(base: string, email: string, password = AGENT_PASSWORD): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('relais_session='))?.split(';')[0];
  if (!cookie) throw new Error(`login failed for ${email}: ${res.status}`);
  return cookie;
}

/** Creates an agent account in the app's database and logs it in (no socket yet). */
export async function createAgent(app: App, base: string, name: string, role: 'agent' | 'supervisor' = 'agent') {
  const email = `agent${++counter}.${process.pid}@relais.test`;
  const agent = await app.auth.agents.create({ email, name, role, password: AGENT_PASSWORD });
  return { agent: { id: agent.id, name: agent.name, email }, cookie: await login(base, email) };
}

/** An agent connected to `/agent`, once the server has set their presence (first `status`). */
export async function connectAgent(base: string, account: { agent: { id: number; name: string; email: string }; cookie: string }): Promise<AgentClient> {
  const client = new AgentClient(base, account.cookie, account.agent);
  await new Promise<void>((resolve, reject) => {
    client.socket.once('connect_error', reject);
    client.socket.once('connect', () => resolve());
  });
  await client.waitFor('status');
  return client;
}
