import type { ChatSearchHit } from '../../protocol/agent-events';
import type { Ticket } from '../../protocol/ticket';
import { clear, h } from '../shared/dom';
import type { ConsoleContext, View } from './context';
import { dateTimeLabel, END_LABELS, TICKET_STATUS_LABELS } from './format';
import { call } from './socket';

/** Tickets shown per search (the tickets page pages through the rest). */
const TICKETS = 20;
const MIN_CHARS = 2;

const CHAT_STATES: Readonly<Record<ChatSearchHit['state'], string>> = Object.freeze({ queued: 'en file d’attente', agent: 'en cours', closed: 'terminée' });
const count = (n: number, one: string, many: string) => `${n.toLocaleString('fr-FR')}\u00a0${n > 1 ? many : one}`;

/** « Recherche »: conversations and tickets by requester, e-mail, number or the text of a message. */
export function searchView(ctx: ConsoleContext): View {
  const win = ctx.doc.defaultView!;
  const heading = h('h1', { id: 'search-title', tabindex: -1 }, 'Recherche');
  const input = h('input', { id: 'search-q', name: 'q', type: 'search', maxlength: 100, autocomplete: 'off', 'aria-describedby': 'search-hint' });
  const summary = h('p', { id: 'search-summary', class: 'summary', role: 'status' });
  const error = h('p', { class: 'inline-error', role: 'alert' });
  const chats = h('ul', { class: 'search-results', id: 'search-chats' });
  const tickets = h('ul', { class: 'search-results', id: 'search-tickets' });
  const chatsSection = h('section', { 'aria-labelledby': 'search-chats-title', hidden: true }, h('h2', { id: 'search-chats-title' }, 'Conversations'), chats);
  const ticketsSection = h('section', { 'aria-labelledby': 'search-tickets-title', hidden: true }, h('h2', { id: 'search-tickets-title' }, 'Tickets'), tickets);
  let generation = 0;

  const form = h(
    'form',
    {
      class: 'filters',
      role: 'search',
      'aria-label': 'Rechercher une conversation ou un ticket',
      onsubmit: (e: Event) => {
        e.preventDefault();
        const q = input.value.trim();
        if (q.length < MIN_CHARS) {
          error.textContent = `Saisissez au moins ${MIN_CHARS} caractères.`;
          input.focus();
          return;
        }
        // The search is in the address: back and forward, and a link to it, find it again.
        const hash = `#/recherche/${encodeURIComponent(q)}`;
        if (win.location.hash === hash) void run(q);
        else win.location.hash = hash;
      },
    },
    h(
      'div',
      { class: 'field' },
      h('label', { for: input.id }, 'Rechercher'),
      h('span', { id: 'search-hint', class: 'hint' }, 'Nom, e-mail ou organisation de l’usager, numéro de ticket, texte d’un message'),
      input,
    ),
    h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary' }, 'Rechercher')),
  );

  const chatItem = (c: ChatSearchHit) =>
    h(
      'li',
      { 'data-chat-id': c.chatId },
      h('a', { href: `#/discussions/${encodeURIComponent(c.chatId)}` }, c.requesterName ?? c.requesterEmail ?? 'Usager non identifié'),
      ` — conversation ${CHAT_STATES[c.state]} du ${dateTimeLabel(c.queuedAt)}`,
      c.agentName ? `, avec ${c.agentName}` : '',
      c.endReason ? ` (${END_LABELS[c.endReason] ?? c.endReason})` : '',
      c.ticketNumber ? `, ticket ${c.ticketNumber}` : '',
    );
  const ticketItem = (t: Ticket) =>
    h(
      'li',
      { 'data-number': t.number },
      h('a', { href: `#/tickets/${encodeURIComponent(t.number)}` }, `Ticket ${t.number}`),
      ` — ${t.subject} — ${t.requester.name || t.requester.email} (${TICKET_STATUS_LABELS[t.status] ?? t.status}, ${dateTimeLabel(t.updatedAt)})`,
    );

  async function run(q: string): Promise<void> {
    const mine = ++generation;
    error.textContent = '';
    summary.textContent = 'Recherche en cours…';
    try {
      const query = new URLSearchParams({ q, limit: String(TICKETS) });
      const [foundChats, page] = await Promise.all([
        call(ctx.socket, 'chats:search', { q }),
        ctx.api.get<{ items: Ticket[]; total: number }>(`/api/agent/tickets?${query}`),
      ]);
      if (mine !== generation) return;
      clear(chats);
      clear(tickets);
      chats.append(...foundChats.map(chatItem));
      tickets.append(...page.items.map(ticketItem));
      chatsSection.hidden = foundChats.length === 0;
      ticketsSection.hidden = page.items.length === 0;
      const more = page.total > page.items.length ? ` (les ${page.items.length} plus récents affichés)` : '';
      summary.textContent =
        foundChats.length === 0 && page.total === 0
          ? `Aucune conversation ni aucun ticket pour « ${q} ».`
          : `${count(foundChats.length, 'conversation', 'conversations')} et ${count(page.total, 'ticket', 'tickets')}${more} pour « ${q} ».`;
    } catch (err) {
      if (mine !== generation) return;
      summary.textContent = '';
      error.textContent = (err as Error).message;
    }
  }

  return {
    el: h('div', { class: 'search-view page' }, heading, form, error, summary, chatsSection, ticketsSection),
    show(param?: string) {
      if (!param) {
        summary.textContent = '';
        return input.focus();
      }
      input.value = param;
      void run(param);
    },
  };
}
