import { io, type Socket } from 'socket.io-client';
import type { Ack, ActivityAckData, ChatActivity, ChatConnectErrorCode, ChatSession, ClientActivity } from '../../protocol/widget-events';
import type { WidgetConfig } from './config';
import { randomId, type Store } from './storage';

export type AckResult = Ack<ActivityAckData>;
type Pending = { cid: string; activity: ClientActivity };

export interface ConnectionEvents {
  /** `fresh`: another conversation than the one shown (new visitor, or the old one was refused). */
  session(session: ChatSession, fresh: boolean): void;
  history(activities: ChatActivity[]): void;
  activity(activity: ChatActivity): void;
  update(activity: ChatActivity): void;
  remove(activityId: string): void;
  online(online: boolean): void;
  /** The server refused the identity (e.g. an expired portal session): French message. */
  refused(message: string): void;
  /** A queued message leaves the outbox for the server (it may be sent again if no answer comes). */
  emitted(cid: string): void;
  /** A queued message got its answer (ok with the server id, or refused). */
  settled(cid: string, ack: AckResult): void;
}

export interface Connection {
  start(): void;
  readonly started: boolean;
  /** Queued until connected, sent once (the server deduplicates on `clientActivityId`). */
  send(activity: Extract<ClientActivity, { type: 'message' }>): { cid: string; done: Promise<AckResult> };
  /** Messages not acknowledged yet, oldest first (restored after a reload). */
  pending(): Pending[];
  /** Only while connected (invokes are answered at once or fail). */
  request(activity: ClientActivity): Promise<AckResult>;
  typing(): void;
}

const ACK_TIMEOUT_MS = 10_000;
const RETRY_MS = 3000;
const offline = (message: string): AckResult => ({ ok: false, error: { code: 'INTERNAL', message } });

/**
 * The /chat socket: resumes the conversation with the visitor token kept per server, reconnects
 * by itself (socket.io's manager for network cuts; by hand after a refused handshake), and keeps an
 * outbox of messages that are sent, in order, whenever the session is up.
 */
export function createConnection(config: WidgetConfig, store: Store, on: ConnectionEvents): Connection {
  let socket: Socket | null = null;
  let ready = false;
  let flushing = false;
  const outbox: Pending[] = store.get<Pending[]>('outbox') ?? [];
  const waiting = new Map<string, (ack: AckResult) => void>();
  const save = () => store.set('outbox', outbox);

  const settle = (cid: string, ack: AckResult) => {
    waiting.get(cid)?.(ack);
    waiting.delete(cid);
    on.settled(cid, ack);
  };

  async function flush(): Promise<void> {
    if (flushing) return;
    flushing = true;
    try {
      while (ready && socket?.connected && outbox[0]) {
        const next = outbox[0];
        let ack: AckResult;
        on.emitted(next.cid);
        try {
          ack = (await socket.timeout(ACK_TIMEOUT_MS).emitWithAck('activity', next.activity)) as AckResult;
        } catch {
          // No answer in time (slow turn or a cut): sent again later with the same id.
          setTimeout(() => void flush(), RETRY_MS);
          return;
        }
        if (!ack.ok && ack.error.code === 'RATE_LIMITED') {
          setTimeout(() => void flush(), RETRY_MS);
          return;
        }
        outbox.shift();
        save();
        settle(next.cid, ack);
      }
    } finally {
      flushing = false;
    }
  }

  function start(): void {
    if (socket) return;
    const s = io(`${config.origin}/chat`, {
      path: config.path,
      // WebSocket first (no CORS, one round trip less); long-polling if a proxy blocks it.
      transports: ['websocket', 'polling'],
      tryAllTransports: true,
      reconnectionDelay: 500,
      reconnectionDelayMax: 5000,
      auth: (cb) => cb({ identityToken: config.identityToken ?? undefined, visitorToken: store.get<string>('visitor') ?? undefined }),
    });
    socket = s;
    s.on('session', (session: ChatSession) => {
      const fresh = store.get<string>('conversation') !== session.conversationId;
      store.set('visitor', session.visitorToken);
      store.set('conversation', session.conversationId);
      ready = true;
      on.session(session, fresh);
      void flush();
    });
    s.on('history', (h: { activities: ChatActivity[] }) => on.history(h.activities));
    s.on('activity', (a: ChatActivity) => on.activity(a));
    s.on('activityUpdate', (a: ChatActivity) => on.update(a));
    s.on('activityDelete', (d: { activityId: string }) => on.remove(d.activityId));
    s.on('connect', () => on.online(true));
    s.on('disconnect', () => {
      ready = false;
      on.online(false);
    });
    s.on('connect_error', (err: Error & { data?: { code?: ChatConnectErrorCode } }) => {
      on.online(false);
      if (s.active) return; // a network error: the manager retries by itself
      const code = err.data?.code;
      if (code === 'IDENTITY_INVALID') return on.refused(err.message);
      // The conversation belongs to another portal user (logged in/out) or is unusable: a fresh one.
      if (code === 'IDENTITY_MISMATCH' || code === 'INVALID_INPUT') store.remove('visitor');
      setTimeout(() => s.connect(), code === 'IDENTITY_MISMATCH' ? 0 : RETRY_MS);
    });
  }

  return {
    start,
    get started() {
      return socket !== null;
    },
    send(activity) {
      const cid = randomId();
      const done = new Promise<AckResult>((resolve) => waiting.set(cid, resolve));
      // The page the user writes from (origin and path: a query string may hold personal data), for the adviser.
      const page = { url: (location.origin + location.pathname).slice(0, 2000), title: document.title.slice(0, 300) };
      outbox.push({ cid, activity: { ...activity, channelData: { ...activity.channelData, clientActivityId: cid, ...(/^https?:/.test(page.url) ? { page } : {}) } } });
      save();
      // After the caller has shown the message: `emitted` may follow at once.
      void Promise.resolve().then(flush);
      return { cid, done };
    },
    pending: () => outbox.slice(),
    async request(activity) {
      if (!ready || !socket?.connected) return offline('Connexion interrompue\u00a0: réessayez dans un instant.');
      try {
        return (await socket.timeout(ACK_TIMEOUT_MS).emitWithAck('activity', activity)) as AckResult;
      } catch {
        return offline('Pas de réponse du serveur\u00a0: réessayez dans un instant.');
      }
    },
    typing() {
      if (ready && socket?.connected) socket.emit('activity', { type: 'typing' });
    },
  };
}
