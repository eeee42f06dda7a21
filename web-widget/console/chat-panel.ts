import { valuesFromRequester } from '../../protocol/placeholders';
import type { AppointmentView, ChatDetails, EndReason, LiveMessage } from '../../protocol/agent-events';
import { clear, h } from '../shared/dom';
import { appointmentForm, appointmentSummary } from './appointment-form';
import { cannedPicker, type CannedItem } from './canned-picker';
import { closeForm, handBackForm, noteForm, transferForm } from './chat-forms';
import { composer } from './composer';
import type { ConsoleContext } from './context';
import { dateTimeLabel, END_LABELS, reasonLabel, TICKET_STATUS_LABELS } from './format';
import { PROFILE_LABELS } from '../../protocol/profile';
import { recentInvoices } from './recent-invoices';
import { messageItem, transcriptItem } from './message-item';
import { call } from './socket';

export const requesterName = (chat: ChatDetails): string => chat.requester?.name ?? 'Usager non identifié';

/**
 * One chat as a tab panel: who the user is, the bot part (marked, the thumbs-down comment
 * highlighted), the live part, the typing indicator, the composer and the toolbar's forms.
 */
export function chatPanel(ctx: ConsoleContext, initial: ChatDetails, deps: { loadCanned(): Promise<CannedItem[]>; onCloseTab(): void }) {
  let chat = initial;
  const { chatId } = chat;
  const p = `chat-${chatId.replace(/[^A-Za-z0-9_-]/g, '')}`;
  const seen = new Set<string>();

  const presence = h('p', { class: 'presence', role: 'status' });
  const viewersLine = h('p', { class: 'viewers', role: 'status', hidden: true });
  let readOnly = false;
  const appointmentLine = h('p', { class: 'appointment-line', role: 'status' });
  const log = h('ol', { class: 'messages' });
  const typing = h('p', { class: 'typing', 'aria-live': 'polite' });
  const endedBanner = h('div', { class: 'ended-banner', hidden: true, role: 'status' });
  const formArea = h('div', { class: 'form-area' });

  const setPresence = (online: boolean) => {
    presence.textContent = online ? 'L’usager est en ligne.' : 'L’usager a quitté la page (il peut revenir).';
    presence.dataset.online = String(online);
  };
  const setAppointments = (list: AppointmentView[]) => {
    const latest = list.filter((a) => a.status !== 'cancelled').at(-1);
    appointmentLine.textContent = latest ? appointmentSummary(latest) : '';
    appointmentLine.hidden = !latest;
    appointmentLine.dataset.status = latest?.status ?? '';
  };

  const addMessage = (m: LiveMessage): boolean => {
    if (seen.has(m.id)) return false;
    seen.add(m.id);
    log.appendChild(messageItem(m));
    log.lastElementChild?.scrollIntoView({ block: 'nearest' });
    return true;
  };

  const comp = composer({
    idPrefix: p,
    requesterName: requesterName(chat),
    send: async (text) => void addMessage(await call(ctx.socket, 'chat:message', { chatId, text })),
    sendFile: async (file) => void addMessage((await ctx.api.upload<{ message: LiveMessage }>(`/api/agent/chats/${encodeURIComponent(chatId)}/files`, file, file.name)).message),
    typing: (on) => ctx.socket.emit('chat:typing', { chatId, typing: on }),
    openCanned: () => openForm('canned'),
  });

  const canned = cannedPicker({
    idPrefix: p,
    load: deps.loadCanned,
    values: () => ({ ...valuesFromRequester(chat.requester, ctx.me.name), ticket: chat.ticketNumber }),
    onPick: (text) => {
      closeForms();
      comp.insert(text);
    },
    onClose: () => {
      closeForms();
      comp.field.focus();
    },
  });
  const forms = {
    canned: { label: 'Réponses types', ...canned, open: () => void canned.open() },
    note: { label: 'Note interne', ...noteForm({ id: `${p}-note`, socket: ctx.socket, chatId, announce: ctx.announcer.say }) },
    appointment: {
      label: 'Rendez-vous',
      ...appointmentForm({
        id: `${p}-rdv`,
        socket: ctx.socket,
        chatId,
        needsEmail: chat.requester === null,
        onProposed: (a) => {
          chat = { ...chat, appointments: [...chat.appointments, a] };
          setAppointments(chat.appointments);
          closeForms();
          ctx.announcer.say('Rendez-vous proposé à l’usager.');
        },
      }),
    },
    transfer: { label: 'Transférer', ...transferForm({ id: `${p}-transfer`, socket: ctx.socket, chatId, meId: ctx.me.id, onDone: () => undefined }) },
    handBack: { label: 'Rendre à l’assistant', ...handBackForm({ id: `${p}-handback`, socket: ctx.socket, chatId }) },
    close: { label: 'Clore', ...closeForm({ id: `${p}-close`, socket: ctx.socket, chatId, chat: () => chat }) },
  };
  type FormName = keyof typeof forms;
  const toggles = new Map<FormName, HTMLButtonElement>();

  function closeForms() {
    clear(formArea);
    for (const b of toggles.values()) b.setAttribute('aria-expanded', 'false');
  }
  function openForm(name: FormName) {
    const wasOpen = toggles.get(name)?.getAttribute('aria-expanded') === 'true';
    closeForms();
    if (wasOpen && name !== 'canned') return;
    formArea.appendChild(forms[name].el);
    toggles.get(name)?.setAttribute('aria-expanded', 'true');
    forms[name].open();
  }
  const toolbarNames: FormName[] = ['note', 'appointment', 'transfer', 'handBack', 'close'];
  formArea.id = `${p}-forms`;
  for (const name of toolbarNames) {
    toggles.set(name, h('button', { type: 'button', class: 'secondary', 'aria-expanded': 'false', 'aria-controls': formArea.id, onclick: () => openForm(name) }, forms[name].label));
  }
  const toolbar = h('div', { class: 'chat-toolbar', role: 'group', 'aria-label': 'Actions sur la conversation' }, toolbarNames.map((n) => toggles.get(n)!));

  const who = chat.requester;
  const commentBox = chat.comment
    ? h('div', { class: 'comment-box' }, h('p', { class: 'comment-title' }, 'Commentaire de l’usager sur la réponse de l’assistant'), h('p', { class: 'msg-text' }, chat.comment))
    : null;
  const el = h(
    'div',
    { class: 'chat-panel', role: 'tabpanel', id: `${p}-panel`, 'aria-labelledby': `${p}-tab`, 'data-chat-id': chatId },
    h(
      'div',
      { class: 'chat-header' },
      h('h2', { id: `${p}-title` }, requesterName(chat)),
      h(
        'p',
        { class: 'requester-details' },
        who ? [who.email, who.organisation].filter(Boolean).join(' · ') : 'Identité non communiquée',
        who ? h('span', { class: `tag ${who.verified ? 'tag-ok' : ''}` }, who.verified ? 'Identité vérifiée (portail)' : 'Identité déclarée') : null,
        who?.verified && who.profile ? h('span', { class: 'tag tag-profile' }, PROFILE_LABELS[who.profile]) : null,
      ),
      who?.portalAccount ? recentInvoices(ctx, chatId) : null,
      h('p', { class: 'reason' }, `Motif : ${reasonLabel(chat.reason)}`),
      // Where the user was on the portal (checked as a web address by the server; opened in a new tab).
      chat.page && /^https?:\/\//.test(chat.page.url)
        ? h('p', { class: 'page-context' }, 'Page consultée : ', h('a', { href: chat.page.url, target: '_blank', rel: 'noopener noreferrer' }, chat.page.title || chat.page.url))
        : null,
      presence,
      viewersLine,
      appointmentLine,
    ),
    h(
      'div',
      // Focusable so it can be scrolled with the keyboard.
      { class: 'chat-body', tabindex: 0, role: 'group', 'aria-label': 'Historique de la conversation' },
      previousSection(chat, p),
      h(
        'section',
        { class: 'bot-transcript', 'aria-labelledby': `${p}-bot` },
        h('h3', { id: `${p}-bot` }, 'Conversation avec l’assistant'),
        commentBox,
        chat.transcript.length
          ? h('ol', { class: 'lines' }, chat.transcript.map((l) => transcriptItem(l, l.from === 'user' && !!chat.comment && l.text === chat.comment)))
          : h('p', { class: 'hint' }, 'Pas d’échange avec l’assistant avant la demande.'),
      ),
      h('section', { class: 'live-part', 'aria-labelledby': `${p}-live` }, h('h3', { id: `${p}-live` }, 'Conversation avec le conseiller'), h('div', { role: 'log', 'aria-labelledby': `${p}-live` }, log)),
    ),
    typing,
    endedBanner,
    formArea,
    comp.el,
    toolbar,
  );
  for (const m of chat.messages) addMessage(m);
  setPresence(chat.userOnline);
  setAppointments(chat.appointments);

  return {
    el,
    get chat() {
      return chat;
    },
    titleId: `${p}-title`,
    /** Opened to read another adviser's chat (`readOnlyFor`). */
    get isReadOnly() {
      return readOnly;
    },
    idPrefix: p,
    /** True when the message is new (not a repeat of one already shown). */
    message: (m: LiveMessage) => {
      if (m.kind === 'user') typing.textContent = '';
      return addMessage(m);
    },
    typing: (on: boolean) => void (typing.textContent = on ? `${requesterName(chat)} écrit…` : ''),
    presence: (online: boolean) => {
      setPresence(online);
      if (!online) typing.textContent = '';
    },
    booked: (a: AppointmentView) => {
      chat = { ...chat, appointments: [...chat.appointments.filter((x) => x.id !== a.id), a] };
      setAppointments(chat.appointments);
    },
    /** Re-syncs after a reconnection: messages missed while offline, presence, appointments. */
    refresh: (next: ChatDetails) => {
      chat = next;
      for (const m of next.messages) addMessage(m);
      setPresence(next.userOnline);
      setAppointments(next.appointments);
    },
    /** The other advisers who have this chat in front of them now (a warning, so two do not answer at once). */
    viewers: (agents: readonly { id: number; name: string }[]) => {
      const others = agents.filter((a) => a.id !== ctx.me.id).map((a) => a.name);
      viewersLine.hidden = others.length === 0;
      viewersLine.textContent = others.length === 0 ? '' : `${others.join(', ')} ${others.length > 1 ? 'consultent' : 'consulte'} aussi cette conversation.`;
    },
    /** Another adviser's open chat, opened from a search or a link: read, and a note for a supervisor. */
    readOnlyFor: (agentName: string | null) => {
      readOnly = true;
      closeForms();
      comp.disable();
      for (const [name, b] of toggles) b.disabled = !(name === 'note' && ctx.me.role === 'supervisor');
      clear(endedBanner);
      endedBanner.hidden = false;
      endedBanner.append(
        h('p', {}, chat.state === 'queued' ? 'Conversation en file d’attente : prenez-la en charge depuis la file pour répondre.' : `Conversation suivie par ${agentName ?? 'un autre conseiller'} : vous la consultez en lecture seule.`),
        h('button', { type: 'button', class: 'secondary', onclick: deps.onCloseTab }, 'Fermer l’onglet'),
      );
    },
    ended: (reason: EndReason, ticketNumber: string | null) => {
      closeForms();
      comp.disable();
      for (const b of toggles.values()) b.disabled = true;
      typing.textContent = '';
      clear(endedBanner);
      endedBanner.hidden = false;
      endedBanner.append(
        h('p', {}, `Conversation terminée (${END_LABELS[reason]}).`, ticketNumber ? ` Ticket ${ticketNumber} créé.` : ''),
        h('button', { type: 'button', class: 'secondary', onclick: deps.onCloseTab }, 'Fermer l’onglet'),
      );
    },
  };
}

export type ChatPanel = ReturnType<typeof chatPanel>;

/** The user's earlier chats and tickets (same conversation or same e-mail), when there are any. */
function previousSection(chat: ChatDetails, p: string): HTMLElement | null {
  const { chats, tickets } = chat.previous ?? { chats: [], tickets: [] };
  if (!chats.length && !tickets.length) return null;
  return h(
    'section',
    { class: 'previous', 'aria-labelledby': `${p}-prev` },
    h('h3', { id: `${p}-prev` }, 'Demandes précédentes de l’usager'),
    h(
      'ul',
      {},
      tickets.map((t) =>
        h('li', {}, h('a', { href: `#/tickets/${encodeURIComponent(t.number)}` }, `Ticket ${t.number}`), ` — ${t.subject} (${TICKET_STATUS_LABELS[t.status] ?? t.status}, ${dateTimeLabel(t.createdAt)})`),
      ),
      chats.map((c) =>
        h(
          'li',
          {},
          h('a', { href: `#/discussions/${encodeURIComponent(c.chatId)}` }, `Chat du ${dateTimeLabel(c.queuedAt)}`),
          `${c.agentName ? ` avec ${c.agentName}` : ''}${c.endReason ? ` — ${END_LABELS[c.endReason] ?? c.endReason}` : c.closedAt ? '' : ' — en cours'}`,
        ),
      ),
    ),
  );
}
