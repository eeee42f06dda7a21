import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ActivityHandler, type Activity, type TurnContext } from 'botbuilder';
import pino from 'pino';
import { Server } from 'socket.io';
import { io as connectClient, type Socket as ClientSocket } from 'socket.io-client';
import { createSocketChannel, type ChannelConsumers, type SocketChannel, type SocketChannelOptions } from '../../channels/socket';
import { systemClock } from '../../platform/clock';
import { migrate, type Db } from '../../platform/db';
import { createIdentityVerifier } from '../../auth/portal-identity';
import { sqliteTestDatabase } from '../helpers/databases';
import { IDENTITY_SECRET } from '../helpers/app';

export const WELCOME = 'Bonjour, je suis ClaudIA. Posez-moi votre question.';

/** A tiny bot: greets new members, echoes messages, answers feedback invokes, fails on "boom". */
export class EchoBot extends ActivityHandler {
  readonly seen: Partial<Activity>[] = [];
  constructor() {
    super();
    this.onTurn(async (context, next) => {
      this.seen.push(JSON.parse(JSON.stringify(context.activity)));
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      for (const member of context.activity.membersAdded ?? []) {
        if (member.id !== context.activity.recipient.id) await context.sendActivity(WELCOME);
      }
      await next();
    });
    this.onMessage(async (context, next) => {
      if (context.activity.text === 'boom') throw new Error('bot exploded');
      await context.sendActivity(`Écho : ${context.activity.text}`);
      await next();
    });
  }

  protected override async onInvokeActivity(context: TurnContext) {
    const value = context.activity.value as { actionName?: string; actionValue?: { reaction?: string } };
    if (context.activity.name === 'message/submitAction' && value?.actionName === 'feedback') {
      return { status: 200, body: { recorded: value.actionValue?.reaction, replyToId: context.activity.replyToId } };
    }
    return super.onInvokeActivity(context);
  }
}

export interface Harness {
  url: string;
  bot: EchoBot;
  channel: SocketChannel;
  db: Db;
  connect(auth?: Record<string, unknown>): Recorded;
  close(): Promise<void>;
}

/** A real http server + socket.io on port 0 with the widget channel, a fresh SQLite db and an echo bot. */
export async function startHarness(
  options: Partial<SocketChannelOptions> & Partial<ChannelConsumers> & { /** Leave `attach` to the test. */ detached?: boolean } = {},
): Promise<Harness> {
  const databases = sqliteTestDatabase();
  const db = await databases.create();
  const server = http.createServer();
  const io = new Server(server);
  const bot = new EchoBot();
  const channel = createSocketChannel({
    io,
    db,
    clock: systemClock,
    logger: pino({ level: 'silent' }),
    identity: createIdentityVerifier({ secret: IDENTITY_SECRET, clock: systemClock }),
    ...options,
  });
  if (!options.detached) channel.attach({ bot: options.bot ?? bot, ...(options.relay ? { relay: options.relay } : {}) });
  await migrate(db, channel.migrations);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clients: ClientSocket[] = [];
  return {
    url,
    bot,
    channel,
    db,
    connect(auth = {}) {
      const socket = connectClient(`${url}/chat`, { auth, transports: ['websocket'], reconnection: false, forceNew: true });
      clients.push(socket);
      return record(socket);
    },
    async close() {
      clients.forEach((c) => c.disconnect());
      await channel.close();
      await new Promise<void>((resolve) => io.close(() => resolve()));
      await databases.cleanup();
    },
  };
}

export interface Recorded {
  socket: ClientSocket;
  events: { name: string; args: any[] }[];
  /** The first event `name` (already received or to come) matching `match`. */
  waitFor(name: string, match?: (payload: any) => boolean, timeoutMs?: number): Promise<any>;
  /** Emits `activity` and resolves with the ack. */
  send(payload: unknown): Promise<any>;
  activities(): any[];
}

/** Records every event from the start, so nothing that arrives before a `waitFor` is missed. */
function record(socket: ClientSocket): Recorded {
  const events: { name: string; args: any[] }[] = [];
  const waiters: (() => void)[] = [];
  const push = (name: string, args: any[]) => {
    events.push({ name, args });
    waiters.forEach((w) => w());
  };
  socket.onAny((name: string, ...args: any[]) => push(name, args));
  socket.on('connect_error', (err) => push('connect_error', [err]));
  return {
    socket,
    events,
    waitFor(name, match = () => true, timeoutMs = 3000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const hit = events.find((e) => e.name === name && match(e.args[0]));
          if (!hit) return false;
          clearTimeout(timer);
          resolve(hit.args[0]);
          return true;
        };
        const timer = setTimeout(
          () => reject(new Error(`no "${name}" event; got ${JSON.stringify(events.map((e) => e.name))}`)),
          timeoutMs,
        );
        if (!check()) waiters.push(check);
      });
    },
    send(payload) {
      return socket.timeout(3000).emitWithAck('activity', payload);
    },
    activities: () => events.filter((e) => e.name === 'activity').map((e) => e.args[0]),
  };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
