import { wallTime } from '../protocol/french-dates';
import { fr } from '../protocol/typography';
import { invoiceKey, isDemoPortalUser, type InvoiceStatus, type PortalInvoice } from '../protocol/portal';
import type { Clock } from '../platform/clock';
import type { Portal } from './types';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** Where the demo's invoices «live» (a reserved domain: the demo links nowhere real). */
export const DEMO_PORTAL_URL = 'https://chorus-pro.example/factures';

interface Sample {
  number: string;
  payer: string;
  amountCents: number;
  /** Days before now it was deposited (null: a draft), and hours off that day's time. */
  depositedDaysAgo: number | null;
  /** Days before now it took its status. */
  statusDaysAgo: number;
  hoursEarlier: number;
  status: InvoiceStatus;
  reason?: string;
  /** Days from now of the payment (negative: done; positive: planned). */
  paymentInDays?: number;
  application?: string;
}

/** Ten invoices of a supplier, one of each status at least, most recent first. */
const SAMPLES: readonly Sample[] = [
  { number: 'F-2026-00131', payer: 'Mairie de Tours', amountCents: 184_000, depositedDaysAgo: null, statusDaysAgo: 1, hoursEarlier: 2, status: 'brouillon' },
  { number: 'F-2026-00130', payer: 'Université d’Orléans', amountCents: 62_450, depositedDaysAgo: 2, statusDaysAgo: 2, hoursEarlier: 5, status: 'deposee' },
  { number: 'F-2026-00128', payer: 'Préfecture du Loiret', amountCents: 315_720, depositedDaysAgo: 6, statusDaysAgo: 5, hoursEarlier: 1, status: 'mise-a-disposition' },
  {
    number: 'F-2026-00123',
    payer: 'Centre hospitalier régional d’Orléans',
    amountCents: 1_249_900,
    depositedDaysAgo: 12,
    statusDaysAgo: 9,
    hoursEarlier: 3,
    status: 'rejetee',
    reason: 'Le numéro d’engagement (bon de commande) est absent de la facture : la structure publique ne peut pas la rapprocher de sa commande.',
  },
  {
    number: 'F-2026-00119',
    payer: 'Conseil départemental du Loir-et-Cher',
    amountCents: 87_600,
    depositedDaysAgo: 15,
    statusDaysAgo: 7,
    hoursEarlier: 4,
    status: 'suspendue',
    reason: 'Pièce jointe manquante : le bon de livraison signé doit être joint à la facture.',
  },
  { number: 'F-2026-00112', payer: 'Université d’Orléans', amountCents: 436_080, depositedDaysAgo: 25, statusDaysAgo: 3, hoursEarlier: 6, status: 'mise-en-paiement', paymentInDays: 4 },
  { number: 'F-2026-00104', payer: 'Mairie de Blois', amountCents: 95_000, depositedDaysAgo: 40, statusDaysAgo: 8, hoursEarlier: 2, status: 'payee', paymentInDays: -8 },
  {
    number: 'F-2026-00097',
    payer: 'Mairie de Tours – Direction du patrimoine bâti',
    amountCents: 2_875_340,
    depositedDaysAgo: 55,
    statusDaysAgo: 20,
    hoursEarlier: 3,
    status: 'payee',
    paymentInDays: -20,
    application: 'Factures de travaux',
  },
  {
    number: 'F-2026-00089',
    payer: 'Préfecture du Loiret',
    amountCents: 54_120,
    depositedDaysAgo: 70,
    statusDaysAgo: 66,
    hoursEarlier: 1,
    status: 'rejetee',
    reason: 'Doublon : une facture portant le même numéro a déjà été déposée pour ce destinataire.',
  },
  { number: 'F-2026-00076', payer: 'Centre hospitalier de Blois', amountCents: 712_300, depositedDaysAgo: 90, statusDaysAgo: 58, hoursEarlier: 5, status: 'payee', paymentInDays: -58 },
];

/** `YYYY-MM-DD` of an instant's day in Paris. */
function parisDay(d: Date): string {
  const t = wallTime(d);
  return `${t.year}-${String(t.month).padStart(2, '0')}-${String(t.day).padStart(2, '0')}`;
}

/** The samples as they look at `now`: every date counted back (or on) from it, so the demo always looks current. */
export function demoInvoices(now: Date): PortalInvoice[] {
  const at = (daysAgo: number, hoursEarlier: number) => new Date(now.getTime() - daysAgo * DAY_MS - hoursEarlier * HOUR_MS);
  return SAMPLES.map((s) => ({
    number: s.number,
    payer: s.payer,
    amountCents: s.amountCents,
    depositedAt: s.depositedDaysAgo === null ? null : at(s.depositedDaysAgo, s.hoursEarlier + 1).toISOString(),
    status: s.status,
    statusAt: at(s.statusDaysAgo, s.hoursEarlier).toISOString(),
    reason: s.reason ? fr(s.reason) : null,
    paymentDate: s.paymentInDays === undefined ? null : parisDay(new Date(now.getTime() + s.paymentInDays * DAY_MS)),
    application: s.application ?? 'Factures émises',
    url: `${DEMO_PORTAL_URL}/${s.number}`,
  }));
}

/**
 * The built-in demo portal (development and tests, README «Le portail»): every demo user
 * (`isDemoPortalUser`) has the same ten sample invoices, dated from the clock's now; anyone else
 * has none. A number matches in any spelling (`invoiceKey`: «f 2026 00123» is F-2026-00123).
 */
export function createDemoPortal(clock: Clock): Portal {
  const invoicesOf = (userId: string) => (isDemoPortalUser(userId) ? demoInvoices(clock.now()) : []);
  return {
    async getInvoices(userId, query) {
      const key = query.number === undefined ? null : invoiceKey(query.number);
      return invoicesOf(userId)
        .filter((i) => key === null || invoiceKey(i.number) === key)
        .slice(0, Math.max(0, Math.floor(query.limit)));
    },
    async getInvoice(userId, number) {
      const key = invoiceKey(number);
      return invoicesOf(userId).find((i) => key !== '' && invoiceKey(i.number) === key) ?? null;
    },
  };
}
