import pino from 'pino';
import type { Socket } from 'socket.io-client';
import { createAuth } from '../auth';
import { systemClock } from '../platform/clock';
import type { Db } from '../platform/db';
import { agentConsole, widget, type Pair } from './livechat-clients';

const PASSWORD = 'banc d’essai du relais 2026';

async function inParallel<T>(count: number, concurrency: number, task: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = new Array(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      while (next < count) {
        const i = next++;
        out[i] = await task(i);
      }
    }),
  );
  return out;
}

async function login(base: string, email: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('relais_session='))?.split(';')[0];
  if (!cookie) throw new Error(`bench: login failed for ${email} (${res.status})`);
  return cookie;
}

/**
 * `count` agents in active chats, the Relais way: accounts created in the server's database (the
 * server has migrated it), logged in over HTTP and connected to `/agent` on `agentBase`; then one
 * user at a time connects to `/chat` on `userBase` and asks for an agent, and automatic routing
 * (capacity 1) gives the chat to a free agent, whose `chat:assigned` pairs them.
 */
export async function relaisPairs(db: Db, userBase: string, agentBase: string, count: number): Promise<{ pairs: Pair[]; sockets: Socket[] }> {
  const auth = createAuth({ db, clock: systemClock, logger: pino({ level: 'silent' }), config: { production: false, sessionTtlHours: 12, loginPerIp: 1000 } });
  const emails = await inParallel(count, 8, async (i) => {
    const email = `bench.agent${i}@relais.test`;
    await auth.agents.create({ email, name: `Conseiller ${i}`, role: 'agent', password: PASSWORD });
    return email;
  });
  const sockets: Socket[] = [];
  const agents = await inParallel(count, 8, async (i) => {
    const socket = await agentConsole(agentBase, { cookie: await login(agentBase, emails[i]!) });
    sockets.push(socket);
    return socket;
  });

  const assigned: { agent: Socket; chatId: string }[] = [];
  for (const agent of agents) agent.on('chat:assigned', (chat: { chatId: string }) => assigned.push({ agent, chatId: chat.chatId }));
  const pairs: Pair[] = [];
  for (let i = 0; i < count; i++) {
    const user = await widget(userBase);
    sockets.push(user);
    const ack = await user.timeout(10_000).emitWithAck('activity', { type: 'message', text: 'Discuter avec un conseiller' });
    if (!ack?.ok) throw new Error(`bench: hand-off refused: ${JSON.stringify(ack)}`);
    const deadline = Date.now() + 10_000;
    while (assigned.length <= i) {
      if (Date.now() > deadline) throw new Error(`bench: user ${i} was not assigned to an agent (auto routing, capacity 1)`);
      await new Promise((r) => setTimeout(r, 5));
    }
    pairs.push({ user, ...assigned[i]! });
  }
  if (new Set(pairs.map((p) => p.agent)).size !== count) throw new Error('bench: an agent got two chats (capacity should be 1)');
  return { pairs, sockets };
}

/** The bare baseline pairs by handshake: user `i` and agent `i` share the rooms of pair `i`. */
export async function barePairs(userBase: string, agentBase: string, count: number): Promise<{ pairs: Pair[]; sockets: Socket[] }> {
  const pairs = await inParallel(count, 8, async (i) => ({
    user: await widget(userBase, { pair: i }),
    agent: await agentConsole(agentBase, { auth: { pair: i } }),
    chatId: `pair-${i}`,
  }));
  return { pairs, sockets: pairs.flatMap((p) => [p.user, p.agent]) };
}
