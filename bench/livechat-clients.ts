import { performance } from 'node:perf_hooks';
import { io, type Socket } from 'socket.io-client';

/**
 * The client side of `npm run bench:livechat`: idle widgets, user/agent pairs and the relay
 * measurement. The same code drives Relais and the bare baseline (which speaks the same events).
 */

const OPTIONS = { transports: ['websocket'], forceNew: true, reconnection: false };

/** Resolves with the socket once its first `event` arrives; disconnects it on error or timeout. */
function readyOn(socket: Socket, event: string, timeoutMs: number, missing: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(missing)), timeoutMs);
    const fail = (err: Error) => {
      clearTimeout(timer);
      socket.disconnect();
      reject(err);
    };
    socket.once('connect_error', fail);
    socket.once(event, () => {
      clearTimeout(timer);
      resolve(socket);
    });
  });
}

/** A widget socket on `/chat`, resolved once its first `activity` (the bot's welcome) arrived. */
export function widget(base: string, auth: Record<string, unknown> = {}, timeoutMs = 60_000): Promise<Socket> {
  return readyOn(io(`${base}/chat`, { ...OPTIONS, auth }), 'activity', timeoutMs, 'no welcome in time');
}

/** A console socket on `/agent`, resolved on its first `status` (the server set its presence). */
export function agentConsole(base: string, options: { cookie?: string; auth?: Record<string, unknown> }, timeoutMs = 30_000): Promise<Socket> {
  const socket = io(`${base}/agent`, {
    ...OPTIONS,
    auth: options.auth ?? {},
    extraHeaders: options.cookie ? { cookie: options.cookie } : {},
  });
  return readyOn(socket, 'status', timeoutMs, 'no status in time');
}

export interface IdleResult {
  sockets: Socket[];
  failures: number;
  firstError: string | null;
  seconds: number;
}

/** `count` widgets spread round-robin over `bases`, at most `concurrency` connecting at once. */
export async function connectIdle(bases: string[], count: number, concurrency: number): Promise<IdleResult> {
  const sockets: Socket[] = [];
  let next = 0;
  let failures = 0;
  let firstError: string | null = null;
  const t0 = performance.now();
  const worker = async () => {
    while (next < count) {
      const i = next++;
      try {
        sockets.push(await widget(bases[i % bases.length]!));
      } catch (err) {
        failures++;
        firstError ??= err instanceof Error ? err.message : String(err);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { sockets, failures, firstError, seconds: (performance.now() - t0) / 1000 };
}

/** One user in a live chat with one agent. */
export interface Pair {
  user: Socket;
  agent: Socket;
  chatId: string;
}

export interface RelayResult {
  /** Milliseconds from the sender's emit to the receiver's event, sorted. */
  samples: number[];
  sent: number;
  /** Sent but never received within the drain timeout. */
  lost: number;
  /** Emits whose ack was not ok (rate limit, error). */
  refused: number;
  firstRefusal: string | null;
}

/**
 * Every pair sends `messages` messages, one every `intervalMs`, the pairs' first sends spread over
 * one interval; `user→agent`: the user emits `activity`, timed until the agent's `chat:message`;
 * `agent→user`: the agent emits `chat:message`, timed until the user's `activity`. One clock
 * (this process's) for both ends. Texts are unique, so a sample is never matched twice.
 */
export async function measureRelay(
  pairs: Pair[],
  direction: 'user→agent' | 'agent→user',
  options: { messages: number; intervalMs: number; tag: string; drainMs?: number },
): Promise<RelayResult> {
  const sentAt = new Map<string, number>();
  const samples: number[] = [];
  let refused = 0;
  let firstRefusal: string | null = null;
  const prefix = `${options.tag}:`;
  const cleanups: (() => void)[] = [];

  const receive = (text: unknown) => {
    if (typeof text !== 'string' || !text.startsWith(prefix)) return;
    const t = sentAt.get(text);
    if (t === undefined) return;
    samples.push(performance.now() - t);
    sentAt.delete(text);
  };
  for (const pair of pairs) {
    if (direction === 'user→agent') {
      const onMessage = (m: { chatId?: string; kind?: string; text?: unknown }) => {
        if (m?.chatId === pair.chatId && m.kind === 'user') receive(m.text);
      };
      pair.agent.on('chat:message', onMessage);
      cleanups.push(() => pair.agent.off('chat:message', onMessage));
    } else {
      const onActivity = (a: { type?: string; text?: unknown; channelData?: { relais?: { sender?: string } } }) => {
        if (a?.type === 'message' && a.channelData?.relais?.sender === 'agent') receive(a.text);
      };
      pair.user.on('activity', onActivity);
      cleanups.push(() => pair.user.off('activity', onActivity));
    }
  }

  const onAck = (ack: { ok?: boolean; error?: { code?: string } } | undefined) => {
    if (ack?.ok) return;
    refused++;
    firstRefusal ??= ack?.error?.code ?? 'no ack';
  };
  const t0 = performance.now();
  const senders = pairs.map(async (pair, p) => {
    const offset = (p / pairs.length) * options.intervalMs;
    for (let i = 0; i < options.messages; i++) {
      // Absolute schedule: a late timer does not push the following sends back.
      const due = t0 + offset + i * options.intervalMs;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const text = `${prefix}${p}:${i}`;
      sentAt.set(text, performance.now());
      if (direction === 'user→agent') pair.user.emit('activity', { type: 'message', text }, onAck);
      else pair.agent.emit('chat:message', { chatId: pair.chatId, text }, onAck);
    }
  });
  await Promise.all(senders);
  const sent = pairs.length * options.messages;
  const deadline = performance.now() + (options.drainMs ?? 20_000);
  while (sentAt.size > 0 && performance.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  for (const c of cleanups) c();
  samples.sort((a, b) => a - b);
  return {
    samples,
    sent,
    lost: sentAt.size,
    refused,
    firstRefusal,
  };
}

export function closeAll(sockets: Iterable<Socket>): void {
  for (const s of sockets) s.disconnect();
}
