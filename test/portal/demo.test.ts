import { INVOICE_STATUSES, INVOICE_STATUS_LABELS, formatEuros } from '../../protocol/portal';
import { PortalInvoiceSchema, createDemoPortal, demoInvoices } from '../../portal';

const clockAt = (iso: string) => ({ now: () => new Date(iso) });
const DEMO_USER = 'demo-marie.dupont@mairie-exemple.fr';

describe('the demo portal', () => {
  const now = new Date('2026-12-01T10:00:00+01:00');
  const portal = createDemoPortal(clockAt(now.toISOString()));

  it('gives a demo user ten or so invoices in every status, to various public bodies, each the contract’s shape', async () => {
    const list = await portal.getInvoices(DEMO_USER, { limit: 100 });
    expect(list.length).toBeGreaterThanOrEqual(10);
    expect(new Set(list.map((i) => i.status))).toEqual(new Set(INVOICE_STATUSES));
    for (const i of list) expect(PortalInvoiceSchema.parse(i)).toEqual(i);
    expect(new Set(list.map((i) => i.number)).size).toBe(list.length);
    for (const i of list) expect(i.number).toMatch(/^F-2026-\d{5}$/);
    for (const i of list) expect(i.url).toBe(`https://chorus-pro.example/factures/${i.number}`);
    const payers = list.map((i) => i.payer).join(' | ');
    for (const body of [/Mairie/, /hospitalier/, /Université/, /Préfecture/]) expect(payers).toMatch(body);
    expect(list.filter((i) => i.application === 'Factures de travaux')).toHaveLength(1);
    expect(list.every((i) => i.application === 'Factures émises' || i.application === 'Factures de travaux')).toBe(true);
  });

  it('says why an invoice was rejected or suspended, in French with French typography, and when it is or was paid', async () => {
    const list = await portal.getInvoices(DEMO_USER, { limit: 100 });
    for (const i of list) {
      if (i.status === 'rejetee' || i.status === 'suspendue') expect(i.reason).toMatch(/^[A-ZÉ].+\.$/);
      else expect(i.reason).toBeNull();
      if (i.status === 'payee' || i.status === 'mise-en-paiement') expect(i.paymentDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      else expect(i.paymentDate).toBeNull();
      if (i.status === 'brouillon') expect(i.depositedAt).toBeNull();
      else expect(i.depositedAt).not.toBeNull();
    }
    const rejected = list.find((i) => i.number === 'F-2026-00123')!;
    expect(rejected.status).toBe('rejetee');
    expect(rejected.reason).toContain('\u00a0:'); // «engagement (bon de commande) est absent de la facture : …»
    expect(rejected.reason).not.toMatch(/ :|'/);
    // A planned payment is ahead of now, a payment made is behind it.
    const today = '2026-12-01';
    expect(list.find((i) => i.status === 'mise-en-paiement')!.paymentDate! > today).toBe(true);
    for (const i of list.filter((x) => x.status === 'payee')) expect(i.paymentDate! < today).toBe(true);
  });

  it('dates everything from the clock’s now, most recent first, so the demo always looks current', async () => {
    const later = createDemoPortal(clockAt('2027-06-15T08:00:00Z'));
    const a = await portal.getInvoices(DEMO_USER, { limit: 100 });
    const b = await later.getInvoices(DEMO_USER, { limit: 100 });
    expect(b.map((i) => i.number)).toEqual(a.map((i) => i.number));
    const shift = new Date('2027-06-15T08:00:00Z').getTime() - now.getTime();
    a.forEach((i, k) => {
      expect(new Date(b[k]!.statusAt).getTime() - new Date(i.statusAt).getTime()).toBe(shift);
      expect(new Date(i.statusAt).getTime()).toBeLessThanOrEqual(now.getTime());
      expect(new Date(i.statusAt).getTime()).toBeGreaterThan(now.getTime() - 120 * 86_400_000);
    });
    // Most recent first: by deposit, a draft (not deposited yet) at the top.
    const order = a.map((i) => (i.depositedAt ? new Date(i.depositedAt).getTime() : Infinity));
    expect(order).toEqual([...order].sort((x, y) => y - x));
    expect(demoInvoices(now)).toEqual(a);
  });

  it('finds a number in any spelling, limits the list, and has nothing for anyone but a demo user', async () => {
    for (const n of ['F-2026-00123', 'f 2026 00123', 'F202600123', ' f-2026-00123 ']) {
      expect((await portal.getInvoice(DEMO_USER, n))?.number).toBe('F-2026-00123');
      expect((await portal.getInvoices(DEMO_USER, { number: n, limit: 5 })).map((i) => i.number)).toEqual(['F-2026-00123']);
    }
    expect(await portal.getInvoice(DEMO_USER, '2026-00123')).toBeNull(); // the prefix is part of the number
    expect(await portal.getInvoice(DEMO_USER, '')).toBeNull();
    expect(await portal.getInvoices(DEMO_USER, { number: '', limit: 5 })).toEqual([]);
    expect(await portal.getInvoices(DEMO_USER, { limit: 3 })).toHaveLength(3);
    for (const other of ['portal-user-42', 'marie.dupont@mairie-exemple.fr', 'xdemo-a']) {
      expect(await portal.getInvoices(other, { limit: 100 })).toEqual([]);
      expect(await portal.getInvoice(other, 'F-2026-00123')).toBeNull();
    }
  });
});

describe('invoice words for people', () => {
  it('has a French label for every status', () => {
    expect(Object.keys(INVOICE_STATUS_LABELS).sort()).toEqual([...INVOICE_STATUSES].sort());
    expect(INVOICE_STATUS_LABELS['mise-a-disposition']).toBe('Mise à disposition');
    expect(INVOICE_STATUS_LABELS.rejetee).toBe('Rejetée');
  });

  it.each([
    [0, '0,00\u00a0€'],
    [5, '0,05\u00a0€'],
    [95_000, '950,00\u00a0€'],
    [123_456, '1\u202f234,56\u00a0€'],
    [2_875_340, '28\u202f753,40\u00a0€'],
    [123_456_789, '1\u202f234\u202f567,89\u00a0€'],
    [-1_050, '-10,50\u00a0€'],
  ])('writes %i cents as %s', (cents, text) => {
    expect(formatEuros(cents)).toBe(text);
  });
});
