import { TICKET_CATEGORIES, TICKET_STATUSES, type Ticket } from '../../protocol/ticket';
import { clear, h } from '../shared/dom';
import { field } from './action-form';
import type { ConsoleContext, View } from './context';
import { dateTimeLabel, TICKET_CATEGORY_LABELS, TICKET_STATUS_LABELS } from './format';
import { pagerButtons, pageSummary } from './tickets-pager';

const PAGE = 50;

/** GET /api/agent/tickets: one page, the count of all matches, and where the next page starts. */
interface TicketPage {
  items: Ticket[];
  total: number;
  nextCursor?: string | null;
}

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

  // Paging by the server's cursor: `cursors[i]` is where page i starts ('' for the first), so
  // « précédents » goes back to exactly the page seen before. The filters are read when they are
  // applied, and every page of that list uses them (editing the search box without applying it
  // does not change the next page).
  let filters = new URLSearchParams();
  let cursors: string[] = [''];
  let pageIndex = 0;
  let nextCursor: string | null = null;
  let request = 0;
  const pager = pagerButtons({
    onPrevious: () => pageIndex > 0 && void fetchPage(pageIndex - 1),
    onNext: () => {
      if (!nextCursor) return;
      cursors[pageIndex + 1] = nextCursor;
      void fetchPage(pageIndex + 1);
    },
  });

  function readFilters(): URLSearchParams {
    const params = new URLSearchParams();
    if (status.value) params.set('status', status.value);
    if (category.value) params.set('category', category.value);
    if (q.value.trim()) params.set('q', q.value.trim());
    const assignee = form.querySelector<HTMLInputElement>('input[name=assignee]:checked')?.value;
    if (assignee) params.set('assignee', assignee);
    return params;
  }

  /** Applies the filters: back to the first page. */
  function load() {
    filters = readFilters();
    cursors = [''];
    return fetchPage(0);
  }

  async function fetchPage(index: number) {
    const params = new URLSearchParams(filters);
    params.set('limit', String(PAGE));
    if (cursors[index]) params.set('before', cursors[index]!);
    const mine = ++request;
    error.textContent = '';
    try {
      const page = await ctx.api.get<TicketPage>(`/api/agent/tickets?${params}`);
      if (mine !== request) return; // a later request (other filters or page) won
      pageIndex = index;
      nextCursor = page.nextCursor ?? null;
      cursors.length = index + 1;
      render(page);
    } catch (err) {
      if (mine === request) error.textContent = (err as Error).message;
    }
  }

  function render({ items, total }: TicketPage) {
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
    const paged = pageIndex > 0 || nextCursor !== null;
    summary.textContent = pageSummary(total, items.length, pageIndex * PAGE, paged, [...filters.keys()].length > 0);
    pager.update({ paged, previous: pageIndex > 0, next: nextCursor !== null, pageNumber: pageIndex + 1, pageCount: Math.ceil(total / PAGE) });
  }

  const heading = h('h1', { id: 'tickets-title', tabindex: -1 }, 'Tickets');
  const el = h('div', { class: 'tickets-view page' }, heading, form, error, summary, table, pager.el);
  // Coming back from a ticket shows the same page again, refreshed.
  return { el, show: () => void fetchPage(pageIndex) };
}
