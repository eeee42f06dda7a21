import { formatParisShortDate } from '../../../protocol/french-dates';
import { INVOICE_STATUS_LABELS, formatEuros, type PortalInvoice } from '../../../protocol/portal';
import { append, clear, h } from '../../shared/dom';
import { NETWORK_ERROR, requestJson } from '../lib/api';

/** The logged-in demo user's invoices as a table, every value written as text. */
export function invoiceTable(invoices: PortalInvoice[]): HTMLElement {
  const rows = invoices.map((i) =>
    h(
      'tr',
      {},
      h('th', { scope: 'row' }, i.number),
      h('td', {}, i.payer),
      h('td', { class: 'invoices__amount' }, formatEuros(i.amountCents)),
      h(
        'td',
        {},
        h('span', { class: `invoice-status invoice-status--${i.status}` }, INVOICE_STATUS_LABELS[i.status] ?? i.status),
        i.reason ? h('span', { class: 'invoices__reason' }, i.reason) : null,
      ),
      h('td', {}, formatParisShortDate(new Date(i.statusAt))),
    ),
  );
  return h(
    'div',
    { class: 'invoices-scroll', role: 'region', 'aria-labelledby': 'demo-invoices-caption', tabindex: 0 },
    h(
      'table',
      { class: 'invoices' },
      h('caption', { id: 'demo-invoices-caption' }, 'Vos factures sur le portail de démonstration, les plus récentes d’abord'),
      h('thead', {}, h('tr', {}, ['Numéro', 'Destinataire', 'Montant', 'Statut', 'Date du statut'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, rows),
    ),
  );
}

/**
 * «Mes factures» for the logged-in demo user: asks `GET /api/demo/invoices` with the identity
 * token and shows them; a server without a portal (`invoices: null`, or no route: production)
 * shows nothing, a failure says why.
 */
export async function showInvoices(container: HTMLElement, token: string): Promise<void> {
  clear(container);
  container.hidden = false;
  container.setAttribute('aria-busy', 'true');
  append(container, [h('p', { class: 'hint' }, 'Chargement de vos factures…')]);
  const res = await requestJson<{ invoices: PortalInvoice[] | null }>('GET', '/api/demo/invoices', { headers: { authorization: `Bearer ${token}` } });
  clear(container);
  container.removeAttribute('aria-busy');
  if (res.kind === 'ok') {
    const list = res.data.invoices;
    if (list === null) container.hidden = true;
    else append(container, [list.length ? invoiceTable(list) : h('p', {}, 'Aucune facture sur ce compte du portail.')]);
  } else if (res.kind === 'error' && res.status === 404) {
    container.hidden = true;
  } else {
    append(container, [h('p', { class: 'notice notice--error' }, res.kind === 'network' ? NETWORK_ERROR : res.message)]);
  }
}
