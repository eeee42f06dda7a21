import { TICKET_CATEGORIES, TICKET_STATUSES, type Ticket } from '../../ticketing/types';
import { clear, h } from '../shared/dom';
import { field } from './action-form';
import type { ConsoleContext, View } from './context';
import { dateTimeLabel, TICKET_CATEGORY_LABELS, TICKET_STATUS_LABELS } from './format';

const PAGE = 50;

/** « Tickets »: filters (status, category, words, mine or all) and the matching tickets, newest change first. */
export function ticketsListView(ctx: ConsoleContext): View {
  const status = h('select', { id: 'tf-status', name: 'status' }, h('option', { value: '' }, 'Tous'), TICKET_STATUSES.map((s) => h('option', { value: s }, TICKET_STATUS_LABELS[s])));
  const category = h('select', { id: 'tf-category', name: 'category' }, h('option', { value: '' }, 'Toutes'), TICKET_CATEGORIES.map((c) => h('option', { value: c }, TICKET_CATEGORY_LABELS[c])));
  const q = h('input', { id: 'tf-q', name: 'q', type: 'search', maxlength: 200, 'aria-describedby': 'tf-q-hint' });
  const radio = (value: string, label: string, checked: boolean) =>
    h('div', { class: 'check' }, h('input', { id: `tf-assignee-${value || 'all'}`, type: 'radio', name: 'assignee', value, checked }), h('label', { for: `tf-assignee-${value || 'all'}` }, label));
  const scope = h('fieldset', { class: 'inline' }, h('legend', {}, 'Tickets'), radio('', 'Tous', true), radio('me', 'Qui me sont attribués', false));
  const summary = h('p', { id: 'tickets-summary', class: 'summary', role: 'status' });
  const error = h('p', { class: 'inline-error', role: 'alert' });
  const body = h('tbody');
  const table = h(
    'table',
    { class: 'tickets-table', 'aria-describedby': 'tickets-summary' },
    h('caption', { class: 'visually-hidden' }, 'Tickets correspondant aux filtres'),
    h('thead', {}, h('tr', {}, ['Numéro', 'Objet', 'Demandeur', 'Catégorie', 'Statut', 'Mis à jour'].map((t) => h('th', { scope: 'col' }, t)))),
    body,
  );

  const form = h(
    'form',
    {
      class: 'filters',
      role: 'search',
      'aria-label': 'Filtrer les tickets',
      onsubmit: (e: Event) => {
        e.preventDefault();
        void load();
      },
    },
    field('Statut', status),
    field('Catégorie', category),
    field('Rechercher', q, h('span', { id: 'tf-q-hint', class: 'hint' }, 'Numéro, objet, nom ou e-mail du demandeur')),
    scope,
    h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary' }, 'Filtrer')),
  );
  for (const control of [status, category, scope]) control.addEventListener('change', () => void load());

  async function load() {
    const params = new URLSearchParams();
    if (status.value) params.set('status', status.value);
    if (category.value) params.set('category', category.value);
    if (q.value.trim()) params.set('q', q.value.trim());
    const assignee = form.querySelector<HTMLInputElement>('input[name=assignee]:checked')?.value;
    if (assignee) params.set('assignee', assignee);
    params.set('limit', String(PAGE));
    error.textContent = '';
    try {
      const { items, total } = await ctx.api.get<{ items: Ticket[]; total: number }>(`/api/agent/tickets?${params}`);
      clear(body);
      for (const t of items) {
        body.appendChild(
          h(
            'tr',
            { 'data-number': t.number },
            h('td', {}, h('a', { href: `#/tickets/${encodeURIComponent(t.number)}` }, t.number)),
            h('td', {}, t.subject),
            h('td', {}, t.requester.name, h('br'), h('span', { class: 'muted' }, t.requester.email)),
            h('td', {}, TICKET_CATEGORY_LABELS[t.category] ?? t.category),
            h('td', {}, h('span', { class: `ticket-status status-${t.status}` }, TICKET_STATUS_LABELS[t.status] ?? t.status)),
            h('td', {}, h('time', { datetime: t.updatedAt }, dateTimeLabel(t.updatedAt))),
          ),
        );
      }
      table.hidden = items.length === 0;
      summary.textContent =
        total === 0 ? 'Aucun ticket ne correspond à ces filtres.' : total > items.length ? `${total} tickets ; les ${items.length} plus récents sont affichés.` : `${total} ticket${total > 1 ? 's' : ''}.`;
    } catch (err) {
      error.textContent = (err as Error).message;
    }
  }

  const heading = h('h1', { id: 'tickets-title', tabindex: -1 }, 'Tickets');
  const el = h('div', { class: 'tickets-view page' }, heading, form, error, summary, table);
  return { el, show: () => void load() };
}
