import type { ChatActivity, ClientActivity, SupportStatus } from '../../protocol/widget-events';
import { SUPPORT_STATUS_INVOKE } from '../../protocol/widget-events';
import type { LiveStatus } from '../../protocol/agent-events';
import { h } from '../shared/dom';
import type { Actions } from './actions';
import type { WidgetConfig } from './config';
import { createConnection, type AckResult } from './connection';
import type { Ratings, Reaction } from './feedback';
import { kindOf, messageView } from './message-view';
import { createMessageExtras } from './message-extras';
import { userMessageText } from '../../protocol/user-text';
import { createShell, LABELS } from './shell';
import { createStatusLine } from './status-line';
import { createStore } from './storage';
import { wireFiles } from './files';
import { chatFileOf } from '../../protocol/chat-file';

export interface Widget {
  open(): void;
  close(): void;
}

const LEAVE_QUEUE = 'Quitter la file et créer un ticket';

/**
 * The widget: the shell, the /chat connection and the conversation view. It connects on the first
 * open (or at once when it was left open, or has messages to send), then keeps the conversation
 * in step with the server: live activities, history on every (re)connection without duplicates,
 * the outbox's pending messages shown until they are sent.
 */
export function createWidget(config: WidgetConfig): Widget {
  const store = createStore(config.origin);
  const ratings: Ratings = {
    get: (id) => store.get<Record<string, Reaction>>('ratings')?.[id],
    // The last 50 are enough to show the recent answers' ratings after a reload.
    set: (id, reaction) => store.set('ratings', Object.fromEntries([...Object.entries(store.get<Record<string, Reaction>>('ratings') ?? {}), [id, reaction]].slice(-50))),
  };
  const { host, launcher, panel, log, status: statusEl, typing, composer, input, title, attach, picker } = createShell();
  const byId = new Map<string, HTMLElement>();
  const byCid = new Map<string, HTMLElement>();
  let live: LiveStatus = { state: 'bot' };
  let supportTimer: ReturnType<typeof setTimeout> | undefined;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  let lastTyping = 0;
  // The server's settings name the assistant and the portal (they come with the session).
  let assistant = 'L’assistant';

  const status = createStatusLine(statusEl, log, {
    started: () => conn.started,
    leaveQueue: () => void actions.say(LEAVE_QUEUE, { relaisAction: 'leave-queue' }),
    endChat: () => void actions.say('Terminer la conversation', { relaisAction: 'end-chat' }),
  });
  const conn = createConnection(config, store, {
    session(session, fresh) {
      if (session.branding) {
        assistant = session.branding.assistantName;
        title.textContent = `${session.branding.assistantName} · ${session.branding.portalName}`;
      }
      if (fresh) reset();
      status.refused(null);
      void refreshSupport();
    },
    history(list) {
      log.setAttribute('aria-busy', 'true');
      for (const a of list) show(a, true);
      log.removeAttribute('aria-busy');
    },
    activity: (a) => show(a, false),
    update(a) {
      const old = a.id ? byId.get(a.id) : undefined;
      if (!old || !a.id) return;
      const el = extras.build(a, kindOf(a), true);
      old.replaceWith(el);
      byId.set(a.id, el);
    },
    remove(id) {
      byId.get(id)?.remove();
      byId.delete(id);
    },
    online: (on) => status.online(on),
    refused: (message) => status.refused(message),
    emitted(cid) {
      byCid.get(cid)?.classList.remove('queued');
      if (live.state === 'bot') showTyping(assistant, 10_000);
    },
    settled(cid, ack) {
      const el = byCid.get(cid);
      if (!el) return;
      el.querySelector('.meta')?.remove();
      if (ack.ok) byId.set(ack.data.id, el);
      else el.appendChild(h('span', { class: 'meta err' }, `Non envoyé\u00a0: ${ack.error.message}`));
    },
  });

  /** Sends a message and shows it as pending under `label`; `cid` names its bubble. */
  const post = (activity: Extract<ClientActivity, { type: 'message' }>, label: string): { cid: string; done: Promise<AckResult> } => {
    const sent = conn.send(activity);
    pendingItem(sent.cid, label);
    return sent;
  };
  // A form's submission shows as a bubble until the bot refuses it: the form then says what to
  // correct, and a bubble for a request that was not made would be false.
  let submitted: string | null = null;
  const dropSubmitted = () => {
    if (submitted) byCid.get(submitted)?.remove();
    submitted = null;
  };
  const actions: Actions = {
    say: (text, value) => post(value === undefined ? { type: 'message', text } : { type: 'message', text, value }, text).done,
    submit: (value, label) => {
      const { cid, done } = post({ type: 'message', value }, label);
      submitted = cid;
      return done.then((ack) => {
        if (!ack.ok) dropSubmitted();
        return ack;
      });
    },
    invoke: (name, value, replyToId) => conn.request(replyToId ? { type: 'invoke', name, value, replyToId } : { type: 'invoke', name, value }),
    focusInput: () => input.focus(),
  };
  const extras = createMessageExtras({ actions, ratings, dropSubmitted });

  /** Inserted before the messages still waiting to be sent: those stay last, in typing order. */
  function add(el: HTMLElement, queued = false): void {
    for (const c of Array.from(log.querySelectorAll('.chips'))) c.remove();
    log.insertBefore(el, queued ? null : log.querySelector('.queued'));
    // A long answer is read from its start; anything else keeps the latest message in view.
    log.scrollTop = el.offsetHeight > log.clientHeight ? el.offsetTop - log.offsetTop - 8 : log.scrollHeight;
  }

  function pendingItem(cid: string, text: string): void {
    const el = messageView({ type: 'message', from: { id: '', role: 'user' } }, 'user', text);
    el.classList.add('queued');
    el.appendChild(h('span', { class: 'meta' }, 'En attente d’envoi'));
    byCid.set(cid, el);
    add(el, true);
  }

  function show(a: ChatActivity, fromHistory: boolean): void {
    if (a.type === 'typing') return showTyping(a.from?.name || 'Votre conseiller', 5000);
    if (a.type === 'event' && a.name === 'livechat.status') return setLive(a.value as LiveStatus);
    if (a.type !== 'message' || (a.id && byId.has(a.id))) return;
    const kind = kindOf(a);
    const cid = a.channelData?.clientActivityId;
    const mine = typeof cid === 'string' ? byCid.get(cid) : undefined;
    if (mine) {
      // Our own message, back in the history (e.g. its ack was lost in a cut): shown once.
      mine.classList.remove('queued');
      mine.querySelector('.meta')?.remove();
      if (a.id) byId.set(a.id, mine);
      return;
    }
    if (kind === 'user' && !userMessageText(a) && !chatFileOf(a)) return;
    if (kind !== 'user') hideTyping();
    const el = extras.build(a, kind, fromHistory);
    add(el);
    if (a.id) byId.set(a.id, el);
    if (typeof cid === 'string') byCid.set(cid, el);
    if (!fromHistory && kind !== 'user' && panel.hidden) setUnread(true);
  }

  function reset(): void {
    store.remove('ratings');
    for (const el of Array.from(log.children)) if (!el.classList.contains('queued')) el.remove();
    byId.clear();
    extras.reset();
    live = { state: 'bot' };
    status.live(live);
    attach.hidden = true;
  }

  function showTyping(name: string, ms: number): void {
    typing.textContent = `${name} écrit…`;
    clearTimeout(typingTimer);
    typingTimer = setTimeout(hideTyping, ms);
  }
  function hideTyping(): void {
    clearTimeout(typingTimer);
    typing.textContent = '';
  }

  function setLive(next: LiveStatus): void {
    if (live.state === 'agent' && next.state !== 'agent') add(messageView({ type: 'message' }, 'system', `${live.agentName} a quitté la conversation.`));
    // Back to the bot (possibly because support just closed): the status line is asked again.
    if (next.state === 'bot' && live.state !== 'bot') void refreshSupport();
    live = next;
    status.live(next);
    // Files go to an adviser: the button is there while one is (or is about to be).
    attach.hidden = next.state === 'bot';
  }

  async function refreshSupport(): Promise<void> {
    clearTimeout(supportTimer);
    const ack = await actions.invoke(SUPPORT_STATUS_INVOKE, {});
    if (!ack.ok || ack.data.invokeResponse?.status !== 200) return;
    const support = ack.data.invokeResponse.body as SupportStatus;
    status.support(support);
    supportTimer = setTimeout(() => void refreshSupport(), Math.min(Math.max(support.recheckInSeconds, 5), 3600) * 1000);
  }

  function setUnread(on: boolean): void {
    launcher.classList.toggle('unread', on);
    if (panel.hidden) launcher.setAttribute('aria-label', on ? LABELS.unread : LABELS.open);
  }

  function setOpen(open: boolean, focus: boolean): void {
    panel.hidden = !open;
    launcher.setAttribute('aria-expanded', String(open));
    launcher.setAttribute('aria-label', open ? LABELS.close : LABELS.open);
    store.set('open', open);
    if (open) {
      setUnread(false);
      conn.start();
      log.scrollTop = log.scrollHeight;
      if (focus) input.focus();
    } else if (focus) launcher.focus();
  }

  launcher.addEventListener('click', () => setOpen(panel.hidden, true));
  panel.querySelector('[data-close]')?.addEventListener('click', () => setOpen(false, true));
  panel.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    setOpen(false, true);
  });
  composer.addEventListener('submit', (e) => {
    e.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    input.value = '';
    void actions.say(text);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      composer.requestSubmit();
    }
  });
  wireFiles({
    base: config.base,
    access: () => ({ visitorToken: store.get<string>('visitor'), identityToken: config.identityToken }),
    attach,
    picker,
    log,
    // Shown as sending until the server's message (with its download button) takes its place.
    sending(name) {
      const el = messageView({ type: 'message', from: { id: '', role: 'user' } }, 'user', `Fichier\u00a0: ${name}`);
      el.classList.add('queued');
      add(el, true);
      return el;
    },
  });
  input.addEventListener('input', () => {
    // While an adviser is there, they see that the user is typing (at most every 3 s).
    if (live.state !== 'agent' || Date.now() - lastTyping < 3000) return;
    lastTyping = Date.now();
    conn.typing();
  });

  for (const p of conn.pending()) pendingItem(p.cid, userMessageText(p.activity as ChatActivity));
  document.body.appendChild(host);
  const wasOpen = store.get<boolean>('open') === true;
  if (wasOpen || conn.pending().length) conn.start();
  setOpen(wasOpen, false);
  return { open: () => setOpen(true, true), close: () => setOpen(false, true) };
}
