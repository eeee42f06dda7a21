import type { InvoiceStatus } from '../protocol/portal';
import { fold } from './words';

/** Which of the user's invoices a message asks about. */
export type InvoiceWhich = 'number' | 'latest' | 'rejected' | 'pending' | 'choose';

export interface InvoiceRequest {
  which: InvoiceWhich;
  /** The number as written (any spelling: «F-2026-00123», «f 2026 00123», «2026-00123»). */
  number: string | null;
}

/**
 * An invoice number: an optional prefix of one to four letters, the year, then three to six
 * digits, separated or not by a dash, a space, a slash or a dot (the portal numbers its demo
 * invoices `F-2026-00123`). A SIRET (14 digits) or an amount does not look like one.
 */
const NUMBER = /(?<![\p{L}\p{N}])(?:([a-z]{1,4})[\s./-]?)?(20\d{2})[\s./-]?(\d{3,6})(?![\p{L}\p{N}])/iu;

/** The user's own invoices («ma facture», «mes factures», «notre dernière facture», «my invoice»). */
const OWN = /\b(?:ma|mes|notre|nos|my|our)\s+(?:(?:derniere|dernieres|last|latest|recent|recentes?)\s+)?(?:factures?|fact|invoices?)\b/;
/** What a follow-up of one's invoice asks: where it stands, paid, rejected, waiting. */
const STATE =
  /\b(?:ou en est|ou en sont|en est ou|statut|status|etat|suivi|suivre|recue?s?|arrivee?s?|payee?s?|paid|paye|reglee?s?|paiement|virement|rejet\w*|refus\w*|rejected|suspendue?s?|bloquee?s?|en attente|pending|where is|has .* been|a ete|ont ete|toujours pas|still)\b/;
/** «comment suivre mes factures ?»: how it is done, for the article, not a lookup. */
const HOW = /^(?:(?:bonjour|salut|hello|svp|merci)\s+)*(?:comment|how (?:do|can)|ou (?:puis|peut|peux)|est il possible de)\b/;
const REJECTED = /\b(?:rejet\w*|refus\w*|rejected|declined)\b/;
const PENDING = /\b(?:en attente|pending|pas (?:encore )?(?:payee?s?|reglee?s?)|not (?:yet )?paid|en cours)\b/;
const LATEST = /\b(?:derniere|last|latest|plus recente)\b/;
/** A draft never left the user's screen: the draft article answers, not the list of deposited invoices. */
const DRAFT = /\b(?:brouillons?|drafts?)\b/;

/** The number as written in the message, if any. */
export function invoiceNumberIn(text: string): string | null {
  const m = NUMBER.exec(text);
  return m ? m[0].trim() : null;
}

/**
 * Whether a message asks where one of the user's own invoices stands (issue 15): it gives an
 * invoice number, or it speaks of «ma / mes facture(s)» with what is asked of it (paid, rejected,
 * where it stands). A question of how it is done («comment suivre mes factures ?») is the article's.
 */
export function invoiceRequestOf(text: string): InvoiceRequest | null {
  const number = invoiceNumberIn(text);
  const words = fold(text);
  if (number) return { which: 'number', number };
  if (!OWN.test(words) || !STATE.test(words) || HOW.test(words) || DRAFT.test(words)) return null;
  if (REJECTED.test(words)) return { which: 'rejected', number: null };
  if (PENDING.test(words) || /\bmes factures\b|\bmy invoices\b|\bnos factures\b/.test(words)) return { which: 'pending', number: null };
  if (LATEST.test(words)) return { which: 'latest', number: null };
  return { which: 'choose', number: null };
}

/** Statuses of an invoice the user still waits on (deposited, not yet paid). */
export const WAITING: readonly InvoiceStatus[] = ['deposee', 'mise-a-disposition', 'suspendue', 'mise-en-paiement'];
