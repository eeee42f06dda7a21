import type { ChatDetails, QueueItem, QueueSnapshot } from '../../protocol/agent-events';
import { h } from '../shared/dom';
import type { CannedItem } from './canned-picker';
import { requesterName } from './chat-panel';
import { chatTabs } from './chat-tabs';
import type { ConsoleContext, View } from './context';
import { END_LABELS } from './format';
import { queueList } from './queue-list';
import { call, onConnect } from './socket';

const TICK_MS = 15_000;

/**
 * « Discussions »: the queue beside the agent's chats in tabs. Everything is re-read from the
 * server on every (re)connection, so a network cut or a server restart loses nothing.
 */
export function chatsView(ctx: ConsoleContext): View {
  const { socket } = ctx;
  const queueError = h('p', { class: 'inline-error', role: 'alert' });
  const queue = queueList({ doc: ctx.doc, onAccept: (item, button) => void accept(item, button) });
  // Read each time the picker opens: a supervisor's change (« Réponses types » page, maybe on
  // another computer) is usable at once. The picker shows what it had while this loads.
  const loadCanned = () => ctx.api.get<{ items: CannedItem[] }>('/api/agent/canned').then((r) => r.items);
  const tabs = chatTabs(ctx, { loadCanned, onSelect: () => sendView() });
  const accepting = new Set<string>();
  let known: Set<string> | null = null;
  let visible = false;
  /** The chat the server was last told this tab shows (undefined: nothing told since the connection). */
  let told: string | null | undefined;

  /** Tells the server which chat is in front of the agent, so other advisers on it are warned. */
  function sendView() {
    const id = visible ? tabs.selected() : null;
    if (id === told || !socket.connected) return;
    told = id;
    call(socket, 'chat:view', { chatId: id })
      .then((v) => v && tabs.get(v.chatId)?.viewers(v.agents))
      .catch(() => undefined);
  }

  /** A chat opened by a link (search, earlier requests): another adviser's is read-only, a closed one says why it ended. */
  async function openById(chatId: string) {
    if (tabs.get(chatId)) return tabs.select(chatId, true);
    try {
      const chat = await call(socket, 'chat:open', { chatId });
      open(chat, true);
      const panel = tabs.get(chatId)!;
      if (chat.state === 'closed' && chat.endReason) ended(chatId, chat.endReason, chat.ticketNumber);
      else if (chat.state !== 'agent' || chat.agentId !== ctx.me.id) panel.readOnlyFor(chat.agentName);
    } catch (err) {
      queueError.textContent = (err as Error).message;
    }
  }

  async function accept(item: QueueItem, button: HTMLButtonElement) {
    queueError.textContent = '';
    button.disabled = true;
    accepting.add(item.chatId);
    try {
      const chat = await call(socket, 'chat:accept', { chatId: item.chatId });
      open(chat, true);
    } catch (err) {
      queueError.textContent = (err as Error).message;
      button.disabled = false;
    } finally {
      accepting.delete(item.chatId);
    }
  }

  function open(chat: ChatDetails, focus: boolean) {
    let panel = tabs.get(chat.chatId);
    // A chat read as another adviser's becomes this one's (accepted, transferred): a working tab.
    if (panel?.isReadOnly && chat.state === 'agent' && chat.agentId === ctx.me.id) {
      tabs.remove(chat.chatId);
      panel = undefined;
    }
    if (panel) panel.refresh(chat);
    else tabs.add(chat);
    if (focus) tabs.select(chat.chatId, true);
  }

  function onQueue(snapshot: QueueSnapshot) {
    queue.update(snapshot);
    const ids = new Set(snapshot.items.map((i) => i.chatId));
    // The first snapshot after a (re)connection is the state, not news.
    if (known) {
      const fresh = snapshot.items.filter((i) => !known!.has(i.chatId));
      if (fresh.length === 1) ctx.notifier.newChat(`Nouvelle demande dans la file d’attente : ${fresh[0]!.requesterName ?? 'usager non identifié'}.`);
      else if (fresh.length > 1) ctx.notifier.newChat(`${fresh.length} nouvelles demandes dans la file d’attente.`);
    }
    known = ids;
  }

  async function resync() {
    known = null;
    told = undefined;
    const [snapshot, mine] = await Promise.all([call(socket, 'queue:get', {}), call(socket, 'chats:mine', {})]);
    onQueue(snapshot);
    for (const chat of mine) open(chat, false);
    // Chats that ended while the console was away: show why.
    const current = new Set(mine.map((c) => c.chatId));
    for (const id of tabs.ids()) {
      if (current.has(id)) continue;
      const chat = await call(socket, 'chat:open', { chatId: id }).catch(() => null);
      if (chat?.endReason) ended(id, chat.endReason, chat.ticketNumber);
    }
    sendView();
  }

  function ended(chatId: string, reason: NonNullable<ChatDetails['endReason']>, ticketNumber: string | null) {
    const panel = tabs.get(chatId);
    if (!panel) return;
    panel.ended(reason, ticketNumber);
    tabs.markEnded(chatId);
    ctx.announcer.say(`Conversation avec ${requesterName(panel.chat)} terminée (${END_LABELS[reason]}).`);
  }

  onConnect(socket, () => void resync().catch((err: Error) => (queueError.textContent = err.message)));
  socket.on('queue:update', onQueue);
  socket.on('chat:assigned', (chat) => {
    const mine = accepting.has(chat.chatId) || tabs.get(chat.chatId) !== undefined;
    open(chat, false);
    if (!mine) ctx.notifier.newChat(`Nouvelle conversation attribuée : ${requesterName(chat)}.`);
  });
  socket.on('chat:message', (m) => {
    const panel = tabs.get(m.chatId);
    if (!panel || !panel.message(m) || m.kind !== 'user') return;
    if (tabs.selected() !== m.chatId || !visible) {
      tabs.unread(m.chatId);
      ctx.notifier.newMessage(`Nouveau message de ${requesterName(panel.chat)}.`, m.text);
    }
  });
  socket.on('chat:typing', (t) => tabs.get(t.chatId)?.typing(t.typing));
  socket.on('chat:userPresence', (p) => {
    const panel = tabs.get(p.chatId);
    if (!panel) return;
    panel.presence(p.online);
    ctx.announcer.say(`${requesterName(panel.chat)} ${p.online ? 'est de retour' : 'a quitté la page'}.`);
  });
  socket.on('chat:ended', (e) => ended(e.chatId, e.reason, e.ticketNumber));
  socket.on('chat:viewers', (v) => tabs.get(v.chatId)?.viewers(v.agents));
  socket.on('appointment:booked', (a) => {
    const panel = tabs.get(a.chatId);
    if (!panel) return;
    panel.booked(a);
    ctx.announcer.say(`Rendez-vous confirmé par ${requesterName(panel.chat)}.`);
  });
  ctx.doc.defaultView!.setInterval(() => queue.tick(), TICK_MS);

  const heading = h('h1', { id: 'chats-title', class: 'visually-hidden', tabindex: -1 }, 'Discussions en direct');
  const el = h('div', { class: 'chats-view' }, heading, h('div', { class: 'queue-column' }, queueError, queue.el), tabs.el);
  return {
    el,
    show: (chatId?: string) => {
      visible = true;
      if (chatId) return void openById(chatId);
      const current = tabs.selected();
      if (current) tabs.select(current);
      sendView();
    },
    hide: () => {
      visible = false;
      sendView();
    },
  };
}
