import type http from 'node:http';
import { createAdapter } from '@socket.io/redis-adapter';
import { createClient } from 'redis';
import { Server as SocketServer } from 'socket.io';
import type { Logger } from './logger';

export interface Realtime {
  io: SocketServer;
  /** With a Redis URL: connects the pub/sub clients and installs the adapter (before listening). */
  init(): Promise<void>;
  /**
   * Closes every connection of this process at the transport level: widgets and consoles see a
   * lost connection, not a server's «go away», and reconnect by themselves — through the load
   * balancer, to another process (graceful shutdown).
   */
  handOff(): void;
  /** Redis for the adapter: `true` when connected, `false` when not (yet), `null` without Redis. */
  redisReady(): boolean | null;
  /** Closes socket.io (and the HTTP server with it), then the Redis clients. */
  close(): Promise<void>;
}

/**
 * The Redis client as the adapter sees it: every command's promise gets a handler, since the
 * adapter does not await its (UN)SUBSCRIBE and PUBLISH calls — while Redis is down they wait in
 * the client's queue, and a disconnect at shutdown would reject them unhandled.
 */
function settled<T extends object>(client: T): T {
  return new Proxy(client, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const result = (value as (...a: unknown[]) => unknown).apply(target, args);
        if (result instanceof Promise) result.catch(() => undefined);
        return result;
      };
    },
  });
}

/**
 * The socket.io server. With `REDIS_URL`, rooms span processes through the Redis adapter: an
 * agent's reply emitted on process B reaches the user's socket on process A. Without it, one
 * process serves everything (the default, embedded setup).
 */
export function createRealtime(
  server: http.Server,
  options: {
    redisUrl?: string;
    redisPrefix: string;
    logger: Logger;
    widgetOrigins?: readonly string[];
    /** Sockets (widgets and consoles) this process accepts at most (socket-cap.ts); none: no cap. */
    maxSockets?: number;
    /** How long the start waits for Redis before going on degraded (default 3 s). */
    redisConnectTimeoutMs?: number;
  },
): Realtime {
  // Portals embedding the widget on their own origin may fall back to long-polling, which is an
  // XHR: allowed for them, without credentials (the widget authenticates in the handshake).
  const origins = options.widgetOrigins ?? [];
  const cors = origins.length ? { cors: { origin: [...origins], methods: ['GET', 'POST'], credentials: false } } : {};
  // The widget's payloads are small; socket.io would otherwise buffer up to 1 MB before validation.
  // Past the cap a new connection is refused with a reason, before it holds a descriptor for
  // long: the process keeps answering HTTP (and /healthz) instead of silently refusing everything.
  const cap = options.maxSockets;
  let warnedAt = 0;
  const allowRequest = (_req: http.IncomingMessage, callback: (err: string | null | undefined, success: boolean) => void) => {
    if (cap === undefined || io.engine.clientsCount < cap) return callback(null, true);
    const now = Date.now();
    if (now - warnedAt > 60_000) {
      warnedAt = now;
      options.logger.warn({ sockets: io.engine.clientsCount, cap }, 'realtime: socket cap reached, new connections refused');
    }
    callback('Le service de discussion est très sollicité : veuillez réessayer dans quelques instants.', false);
  };
  const io = new SocketServer(server, { maxHttpBufferSize: 64 * 1024, serveClient: false, allowRequest, ...cors });
  const clients: ReturnType<typeof createClient>[] = [];
  /** Closes every connection of this process at the transport level (see `Realtime.handOff`). */
  const handOff = () => {
    // engine.io's documented `clients` (connected clients by id), typed protected in its .d.ts.
    const { clients: connections } = io.engine as unknown as { clients: Record<string, { close(): void }> };
    for (const connection of Object.values(connections)) connection.close();
  };
  return {
    io,
    async init() {
      if (!options.redisUrl || clients.length) return;
      const pub = createClient({ url: options.redisUrl });
      const sub = pub.duplicate();
      // While Redis is away, what other processes emitted to this one's sockets is lost on the
      // way (their messages are stored, acknowledged). Once both clients are back, every socket
      // here is handed off: it reconnects and reads the history it missed.
      let outage = false;
      const back = () => {
        if (!outage || !clients.every((c) => c.isReady)) return;
        outage = false;
        options.logger.warn('realtime: Redis is back — sockets told to reconnect and catch up');
        handOff();
      };
      for (const c of [pub, sub]) {
        // Without a listener, a Redis outage would crash the process; the client reconnects by itself.
        c.on('error', (err: unknown) => {
          outage = true;
          options.logger.error({ err }, 'realtime: redis error');
        });
        c.on('reconnecting', () => void (outage = true));
        c.on('ready', back);
        clients.push(c);
      }
      // Redis down at start: start degraded rather than wait forever. The clients keep reconnecting
      // (commands wait in their queue), this process serves its own sockets, /readyz says so.
      let timer: NodeJS.Timeout | undefined;
      const connected = await Promise.race([
        Promise.all([pub.connect(), sub.connect()]).then(() => true),
        new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), options.redisConnectTimeoutMs ?? 3000))),
      ]);
      clearTimeout(timer);
      if (!connected) outage = true;
      io.adapter(createAdapter(settled(pub), settled(sub), { key: options.redisPrefix, requestsTimeout: 3000 }));
      if (connected) options.logger.info('realtime: socket.io Redis adapter connected');
      else options.logger.error('realtime: Redis unreachable at start — serving this process’s own sockets only until it answers (/readyz: 503)');
    },
    redisReady() {
      if (!options.redisUrl) return null;
      return clients.length > 0 && clients.every((c) => c.isReady);
    },
    handOff,
    async close() {
      await new Promise<void>((resolve) => {
        io.close(() => resolve());
        server.closeAllConnections();
      });
      // A client that never reached Redis (or lost it) is cut off: a polite QUIT would wait for it.
      await Promise.all(clients.map((c) => (c.isReady ? c.quit() : c.disconnect()).catch(() => undefined)));
    },
  };
}
