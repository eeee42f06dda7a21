import { invoiceNumberIn, invoiceRequestOf } from '../../bot/invoice-request';

describe('reading a question about one’s own invoice', () => {
  it.each([
    ['où en est ma facture F-2026-00123 ?', 'F-2026-00123'],
    ['facture f 2026 00123 svp', 'f 2026 00123'],
    ['F202600123', 'F202600123'],
    ['has my invoice 2026/00045 been paid?', '2026/00045'],
    ['la FA-2025-4567 est rejetée', 'FA-2025-4567'],
  ])('finds the number in %j', (q, number) => {
    expect(invoiceNumberIn(q)).toBe(number);
    expect(invoiceRequestOf(q)).toEqual({ which: 'number', number });
  });

  it.each(['mon SIRET est 12345678901234', 'j’ai facturé 2026 euros', 'le 12/11/2026 à 10h', 'ticket 2026-00001234567'])('sees no invoice number in %j', (q) => {
    expect(invoiceNumberIn(q)).toBeNull();
  });

  it.each([
    ['ma dernière facture a été payée ?', 'latest'],
    ['is my last invoice paid?', 'latest'],
    ['pourquoi ma facture a été rejetée', 'rejected'],
    ['mes factures en attente', 'pending'],
    ['où en est ma facture ?', 'choose'],
  ])('reads %j as %s', (q, which) => {
    expect(invoiceRequestOf(q)).toEqual({ which, number: null });
  });

  it.each(['comment suivre mes factures ?', 'ma facture est restée en brouillon', 'ma facture est restée en brouillon, le lycée ne l’a pas reçue', 'comment suivre une facture déposée ?', 'la facture de mon fournisseur est payée ?'])(
    'leaves %j to the articles (how it is done, or not one’s own)',
    (q) => {
      expect(invoiceRequestOf(q)).toBeNull();
    },
  );
});
