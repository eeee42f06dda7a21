import { io, type Socket } from 'socket.io-client';

export interface ChatActivity {
  id?: string;
  type: string;
  text?: string;
  from?: { role?: string; id?: string };
  suggestedActions?: { actions: { title: string; value: unknown }[] };
  channelData?: Record<string, any>;
  [k: string]: unknown;
}

/** A widget-like socket.io client of the /chat namespace that records everything it receives. */
export class WidgetClient {
  readonly socket: Socket;
  readonly activities: ChatActivity[] = [];
  session: { conversationId: string; visitorToken: string } | null = null;
  history: ChatActivity[] | null = null;

  constructor(base: string, auth: Record<string, string> = {}) {
    this.socket = io(`${base}/chat`, { auth, transports: ['websocket'], forceNew: true, reconnection: false });
    this.socket.on('activity', (a: ChatActivity) => this.activities.push(a));
    this.socket.on('session', (s: { conversationId: string; visitorToken: string }) => (this.session = s));
    this.socket.on('history', (h: { activities: ChatActivity[] }) => (this.history = h.activities));
  }

  /** Bot messages received so far. */
  botMessages(): ChatActivity[] {
    return this.activities.filter((a) => a.type === 'message' && a.from?.role === 'bot');
  }

  /** Resolves with the first bot message at index ≥ `after` matching `pattern`. */
  async waitForBot(pattern: RegExp, after = 0, timeoutMs = 5000): Promise<ChatActivity> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.botMessages().slice(after).find((a) => pattern.test(a.text ?? ''));
      if (found) return found;
      if (Date.now() > deadline) {
        throw new Error(`no bot message matching ${pattern}; got: ${this.botMessages().map((a) => a.text).join(' | ')}`);
      }
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  emit(activity: unknown): Promise<{ ok: boolean; data?: any; error?: { code: string; message: string } }> {
    return new Promise((resolve) => this.socket.emit('activity', activity, resolve));
  }

  /** Sends a message and waits for the bot's next message matching `pattern`. */
  async say(text: string, pattern: RegExp = /./): Promise<ChatActivity> {
    const before = this.botMessages().length;
    const ack = await this.emit({ type: 'message', text });
    if (!ack.ok) throw new Error(`message refused: ${JSON.stringify(ack)}`);
    return this.waitForBot(pattern, before);
  }

  close(): void {
    this.socket.disconnect();
  }
}

export function connected(client: WidgetClient): Promise<void> {
  return new Promise((resolve, reject) => {
    if (client.socket.connected) return resolve();
    client.socket.once('connect', () => resolve());
    client.socket.once('connect_error', reject);
  });
}
