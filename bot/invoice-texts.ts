import { dayText, wallTime } from '../protocol/french-dates';
import { formatEuros, INVOICE_STATUS_LABELS, type InvoiceStatus, type PortalInvoice } from '../protocol/portal';

/** «3 novembre 2026» of an ISO instant or day (a day is read at noon, so no zone moves it). */
/** A reason quoted in a sentence: its own final period would double the sentence's. */
const reason = (text: string) => text.trim().replace(/[.\s]+$/, '');

const day = (iso: string) => dayText(wallTime(new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso)));

/** The article that says what to do next, by status (the bot links it under the answer). */
export const NEXT_ARTICLE: Readonly<Record<InvoiceStatus, string>> = Object.freeze({
  brouillon: 'facture-brouillon',
  deposee: 'suivre-une-facture',
  'mise-a-disposition': 'suivre-une-facture',
  rejetee: 'suivre-une-facture',
  suspendue: 'suivre-une-facture',
  'mise-en-paiement': 'suivre-une-facture',
  payee: 'suivre-une-facture',
});

/** Where it stands, what it means, what to do: one paragraph per status, in plain French. */
function statusText(i: PortalInvoice): string {
  const since = day(i.statusAt);
  switch (i.status) {
    case 'brouillon':
      return 'Elle est **en brouillon** : elle n’a pas encore été envoyée, le destinataire ne la voit pas. Ouvrez-la dans le portail et cliquez sur « Valider et envoyer ».';
    case 'deposee':
      return `Elle a été **déposée** le ${since} : le portail la transmet au destinataire. Vous n’avez rien à faire pour l’instant.`;
    case 'mise-a-disposition':
      return `Elle a été **mise à disposition** du destinataire le ${since} : il l’a reçue et doit maintenant la traiter. Le délai de paiement court depuis sa réception.`;
    case 'rejetee':
      return `Elle a été **rejetée** par le destinataire le ${since}.${i.reason ? ` Motif : « ${reason(i.reason)} ».` : ''} Une facture rejetée ne peut plus être modifiée : corrigez ce point et déposez une nouvelle facture.`;
    case 'suspendue':
      return `Elle a été **suspendue** par le destinataire le ${since}.${i.reason ? ` Motif : « ${reason(i.reason)} ».` : ''} Complétez-la dans le portail (pièce ou information demandée) : son traitement reprendra ensuite.`;
    case 'mise-en-paiement':
      return `Elle a été **mise en paiement** le ${since}${i.paymentDate ? ` ; le virement est prévu le ${day(i.paymentDate)}` : ''}.`;
    case 'payee':
      return `Elle a été **payée**${i.paymentDate ? ` le ${day(i.paymentDate)}` : ` (le ${since})`}.`;
  }
}

/** One invoice as a short label (a button, a list line). */
export const invoiceLabel = (i: PortalInvoice) => `${i.number} · ${i.payer} · ${formatEuros(i.amountCents)}`;

export const INVOICE_TEXTS = Object.freeze({
  describe: (i: PortalInvoice) =>
    [`Votre facture **${i.number}** (${formatEuros(i.amountCents)}, ${i.payer}, application « ${i.application} ») :`, statusText(i), `[Voir la facture dans le portail](${i.url})`].join('\n\n'),
  anonymous:
    'Pour vous dire où en est une facture, je dois savoir qui vous êtes : connectez-vous au portail, puis rouvrez cette conversation. Sans connexion, je ne donne aucune information sur une facture, même avec son numéro. Voici comment la suivre vous-même :',
  anonymousEn:
    'To tell you where an invoice stands, I need to know who you are: log in to the portal, then reopen this conversation. Without logging in I give no information on an invoice, even with its number. Here is how to follow it yourself (our help is in French):',
  notFound: (number: string) => `Je ne trouve pas de facture « ${number} » dans votre compte. Vérifiez le numéro, ou choisissez parmi vos factures récentes :`,
  notFoundNone: (number: string) => `Je ne trouve pas de facture « ${number} » dans votre compte, et je n’y vois aucune facture récente.`,
  choose: 'De quelle facture s’agit-il ? Voici vos factures les plus récentes :',
  none: 'Je ne vois aucune facture dans votre compte.',
  noneRejected: 'Aucune de vos factures récentes n’est rejetée.',
  rejectedMany: (n: number) => `${n} de vos factures récentes sont rejetées. Laquelle voulez-vous voir ?`,
  noneWaiting: 'Aucune facture en attente : vos factures récentes sont payées ou encore en brouillon.',
  waiting: (list: PortalInvoice[]) =>
    [`Vos factures en attente (${list.length}) :`, ...list.map((i) => `- **${i.number}** · ${i.payer} · ${formatEuros(i.amountCents)} · ${INVOICE_STATUS_LABELS[i.status].toLowerCase()} depuis le ${day(i.statusAt)}`), 'Choisissez-en une pour le détail.'].join('\n'),
  unavailable: 'Je n’arrive pas à joindre le portail pour le moment : je ne peux pas vous dire où en est votre facture. Réessayez dans quelques minutes, ou consultez-la directement dans le portail.',
  tooMany: 'Vous avez fait beaucoup de recherches de factures en peu de temps : réessayez dans quelques minutes.',
});
