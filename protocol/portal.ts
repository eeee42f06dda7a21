/**
 * The portal's invoices as Relais reads them (the `portal` port's HTTP contract, README «Le portail»).
 * Amounts in cents of euro; instants and days as ISO 8601 strings.
 */
export const INVOICE_STATUSES = ['brouillon', 'deposee', 'mise-a-disposition', 'rejetee', 'suspendue', 'mise-en-paiement', 'payee'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

export interface PortalInvoice {
  /** As the portal writes it (e.g. `F-2026-00123`). */
  number: string;
  /** The public body it is addressed to. */
  payer: string;
  amountCents: number;
  /** When it was deposited (null: still a draft). */
  depositedAt: string | null;
  status: InvoiceStatus;
  /** When it took its current status. */
  statusAt: string;
  /** Why it was rejected or suspended (null otherwise). */
  reason: string | null;
  /** The day the payment was made or is planned (`YYYY-MM-DD`; null before). */
  paymentDate: string | null;
  /** The portal's application it was deposited in (e.g. «Factures émises», «Factures de travaux»). */
  application: string;
  /** Its page in the portal. */
  url: string;
}

/** The demo page's users (`demo-<e-mail>`, web-widget/server/demo-identity.ts) have the demo portal's sample invoices. */
export const isDemoPortalUser = (userId: string): boolean => userId.startsWith('demo-');

/** An invoice number compared as the portal stores it: letters and digits only, upper case. */
export const invoiceKey = (number: string): string => number.normalize('NFKD').replace(/[^0-9a-z]/gi, '').toUpperCase();

/** Each status as the portal writes it for people (tables, the bot's answers). */
export const INVOICE_STATUS_LABELS: Readonly<Record<InvoiceStatus, string>> = Object.freeze({
  brouillon: 'Brouillon',
  deposee: 'Déposée',
  'mise-a-disposition': 'Mise à disposition',
  rejetee: 'Rejetée',
  suspendue: 'Suspendue',
  'mise-en-paiement': 'Mise en paiement',
  payee: 'Payée',
});

/**
 * An amount in cents as French readers write euros: «1 234,56 €» (a narrow no-break space between
 * thousands, a no-break space before the sign). Written by hand, not Intl, so a small ICU writes it too.
 */
export function formatEuros(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(Math.round(cents));
  const units = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
  return `${sign}${units},${String(abs % 100).padStart(2, '0')}\u00a0€`;
}
