import { h } from '../../shared/dom';
import { fileSizeLabel } from '../../../protocol/file-size';
import { CATEGORY_LABELS, formatDateTime, statusLabel } from '../lib/labels';

/** The requester's view of a ticket, as GET /api/tickets/:number returns it. */
export interface TicketView {
  number: string;
  status: string;
  category: 'technique' | 'metier';
  subject: string;
  requester: { name: string; email: string };
  createdAt: string;
  updatedAt: string;
  events: {
    type: string;
    author: { kind: 'requester' | 'agent' | 'system'; name: string };
    body: string | null;
    data: { from?: string; to?: string; attachmentId?: number; filename?: string; size?: number } | null;
    createdAt: string;
  }[];
}

const time = (iso: string) => h('time', { datetime: iso }, formatDateTime(iso));

/** Status, subject, category and dates, as a description list. Every value is text. */
export function detailsView(t: TicketView): HTMLElement {
  const row = (term: string, ...value: (Node | string)[]) => [h('dt', {}, term), h('dd', {}, ...value)];
  return h(
    'dl',
    { class: 'ticket-details' },
    row('Statut', h('span', { class: `status status--${t.status}` }, statusLabel(t.status))),
    row('Objet', t.subject),
    row('Catégorie', CATEGORY_LABELS[t.category] ?? t.category),
    row('Demande créée le', time(t.createdAt)),
    row('Dernière mise à jour', time(t.updatedAt)),
  );
}

const authorLabel = (e: TicketView['events'][number]) =>
  e.author.kind === 'requester' ? `${e.author.name} (vous)` : e.author.kind === 'agent' ? `${e.author.name}, support` : 'Relais';

const eventTitle = (e: TicketView['events'][number]) => {
  if (e.type === 'created') return 'Demande créée';
  if (e.type === 'status') return `Statut\u00a0: ${statusLabel(String(e.data?.to ?? ''))}`;
  if (e.type === 'attachment') return e.author.kind === 'agent' ? 'Fichier du support' : 'Votre fichier';
  return e.author.kind === 'agent' ? 'Réponse du support' : 'Votre message';
};

/** A joined file: a button that downloads it (the follow-up token travels in a header, never in a link). */
const fileButton = (e: TicketView['events'][number], download?: (id: number, filename: string) => void) =>
  e.data?.attachmentId && e.data.filename
    ? h(
        'p',
        { class: 'history__body' },
        h('button', { type: 'button', class: 'button button--secondary', onclick: () => download?.(e.data!.attachmentId!, e.data!.filename!) }, `Télécharger ${e.data.filename}`),
        ` (${fileSizeLabel(e.data.size ?? 0)})`,
      )
    : null;

/** The public history, oldest first: user and agent text shown as text only (pre-wrap keeps lines). */
export function historyView(t: TicketView, download?: (id: number, filename: string) => void): HTMLElement {
  return h(
    'ol',
    { class: 'history', id: 'ticket-history' },
    t.events.map((e) =>
      h(
        'li',
        { class: `history__item history__item--${e.author.kind} history__item--${e.type}` },
        h('p', { class: 'history__meta' }, h('strong', {}, eventTitle(e)), ' — ', authorLabel(e), ', le ', time(e.createdAt)),
        e.body ? h('p', { class: 'history__body' }, e.body) : null,
        e.type === 'attachment' ? fileButton(e, download) : null,
      ),
    ),
  );
}

/** What replying does in this status (protocol/ticket-status.ts: a reply reopens a resolved ticket; a closed one takes none). */
export function replyNote(status: string): string | null {
  if (status === 'clos') return 'Cette demande est close\u00a0: il n’est plus possible d’y répondre. Si vous avez encore besoin d’aide, créez une nouvelle demande.';
  if (status === 'resolu') return 'Cette demande a été marquée comme résolue. Si le problème persiste, répondez ci-dessous\u00a0: la demande sera rouverte.';
  if (status === 'en_attente_utilisateur') return 'Le support attend votre réponse pour poursuivre le traitement de votre demande.';
  return null;
}
