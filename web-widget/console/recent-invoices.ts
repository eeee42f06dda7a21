import { formatEuros, INVOICE_STATUS_LABELS, type PortalInvoice } from '../../protocol/portal';
import { fr } from '../../protocol/typography';
import { clear, h } from '../shared/dom';
import type { ConsoleContext } from './context';
import { dateTimeLabel } from './format';


/**
 * «Factures récentes (portail)» in a chat with a verified user: read from the portal when the
 * adviser opens it (`GET /api/agent/chats/:id/invoices`), never before, never for anyone else.
 */
export function recentInvoices(ctx: ConsoleContext, chatId: string): HTMLDetailsElement {
  const body = h('div', { class: 'recent-invoices-body' });
  const details = h('details', { class: 'recent-invoices' }, h('summary', {}, 'Factures récentes (portail)'), body);
  let loaded = false;
  details.addEventListener('toggle', () => {
    if (!details.open || loaded) return;
    loaded = true;
    void load();
  });
  async function load(): Promise<void> {
    clear(body);
    const status = h('p', { role: 'status' }, 'Chargement…');
    body.append(status);
    try {
      const { invoices } = await ctx.api.get<{ invoices: PortalInvoice[] }>(`/api/agent/chats/${encodeURIComponent(chatId)}/invoices`);
      status.textContent = invoices.length ? '' : 'Aucune facture récente.';
      if (invoices.length) {
        body.append(
          h(
            'table',
            { class: 'recent-invoices-table' },
            h('caption', { class: 'visually-hidden' }, 'Factures récentes de l’usager'),
            h('thead', {}, h('tr', {}, ...['Numéro', 'Destinataire', 'Montant', 'Statut', 'Depuis'].map((c) => h('th', { scope: 'col' }, c)))),
            h(
              'tbody',
              {},
              ...invoices.map((i) =>
                h(
                  'tr',
                  {},
                  h('td', {}, h('a', { href: i.url, target: '_blank', rel: 'noopener noreferrer' }, i.number)),
                  h('td', {}, i.payer),
                  h('td', {}, formatEuros(i.amountCents)),
                  h('td', {}, INVOICE_STATUS_LABELS[i.status], i.reason ? fr(` : ${i.reason}`) : ''),
                  h('td', {}, dateTimeLabel(i.statusAt)),
                ),
              ),
            ),
          ),
        );
      }
    } catch (err) {
      loaded = false;
      status.textContent = fr((err as Error).message);
    }
  }
  return details;
}
