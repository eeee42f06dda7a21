import type { InvoiceLookup } from '../../bot/ports';
import { invoiceKey, type PortalInvoice } from '../../protocol/portal';
import { actions, createHarness, MARIE, text } from './harness';

const invoice = (over: Partial<PortalInvoice> & Pick<PortalInvoice, 'number' | 'status'>): PortalInvoice => ({
  payer: 'Mairie de Quimper',
  amountCents: 120_000,
  depositedAt: '2026-10-01T09:00:00Z',
  statusAt: '2026-10-05T09:00:00Z',
  reason: null,
  paymentDate: null,
  application: 'Factures émises',
  url: `https://portail.example/factures/${over.number}`,
  ...over,
});

/** Marie's invoices, most recent first; every call is noted (who asked, what). */
function portal(list: PortalInvoice[], behaviour: { fail?: Error } = {}) {
  const calls: string[] = [];
  const lookup: InvoiceLookup = {
    async recent(userId, limit) {
      calls.push(`recent ${userId} ${limit}`);
      if (behaviour.fail) throw behaviour.fail;
      return userId === MARIE.portalUserId ? list.slice(0, limit) : [];
    },
    async find(userId, number) {
      calls.push(`find ${userId} ${number}`);
      if (behaviour.fail) throw behaviour.fail;
      return userId === MARIE.portalUserId ? (list.find((i) => invoiceKey(i.number) === invoiceKey(number)) ?? null) : null;
    },
  };
  return { lookup, calls };
}

const MARIES = [
  invoice({ number: 'F-2026-00130', status: 'mise-a-disposition', payer: 'CHU de Brest', statusAt: '2026-11-20T10:00:00Z' }),
  invoice({ number: 'F-2026-00123', status: 'rejetee', reason: 'Numéro d’engagement juridique absent', statusAt: '2026-11-03T10:00:00Z' }),
  invoice({ number: 'F-2026-00120', status: 'payee', paymentDate: '2026-10-28' }),
  invoice({ number: 'F-2026-00118', status: 'brouillon', depositedAt: null }),
];

describe('following one’s own invoice in the conversation (issue 15)', () => {
  it('gives a verified user the status of the invoice named, in any spelling, its reason and the right article', async () => {
    const p = portal(MARIES);
    const h = createHarness({ deps: { invoices: p.lookup } });
    await h.join(MARIE);
    const replies = await h.send('où en est ma facture f 2026 00123 ?');
    expect(text(replies)).toMatch(/Votre facture \*\*F-2026-00123\*\* \(1\s200,00\s€, Mairie de Quimper/);
    expect(text(replies)).toContain('**rejetée** par le destinataire le mardi 3 novembre 2026. Motif : « Numéro d’engagement juridique absent »');
    expect(text(replies)).toContain('déposez une nouvelle facture');
    expect(text(replies)).toContain('Source : Suivre une facture déposée sur Chorus Pro');
    expect(p.calls).toEqual(['find u-42 f 2026 00123']);
    // A draft leads to how to send it.
    expect(text(await h.send('F-2026-00118'))).toMatch(/\*\*en brouillon\*\*[\s\S]*Source : Envoyer une facture restée en mode brouillon/);
  });

  it('answers «ma dernière facture», «pourquoi ma facture a été rejetée» and «mes factures en attente»', async () => {
    const h = createHarness({ deps: { invoices: portal(MARIES).lookup } });
    await h.join(MARIE);
    expect(text(await h.send('ma dernière facture a été payée ?'))).toMatch(/F-2026-00130[\s\S]*\*\*mise à disposition\*\* du destinataire le vendredi 20 novembre 2026/);
    expect(text(await h.send('pourquoi ma facture a été rejetée ?'))).toMatch(/F-2026-00123[\s\S]*Motif/);
    const waiting = await h.send('mes factures en attente');
    expect(text(waiting)).toMatch(/Vos factures en attente \(1\)[\s\S]*\*\*F-2026-00130\*\* · CHU de Brest/);
    expect(actions(waiting)).toEqual([expect.stringMatching(/^F-2026-00130 · CHU de Brest · 1\s200,00\s€$/)]);
  });

  it('asks which invoice when none is named, and takes the choice', async () => {
    const h = createHarness({ deps: { invoices: portal(MARIES).lookup } });
    await h.join(MARIE);
    const asked = await h.send('où en est ma facture ?');
    expect(text(asked)).toContain('De quelle facture s’agit-il ?');
    expect(actions(asked)).toHaveLength(4);
    expect(text(await h.send(actions(asked)[2]!))).toMatch(/F-2026-00120[\s\S]*\*\*payée\*\* le mercredi 28 octobre 2026/);
    // A number that is not hers: nothing about it, her recent ones to choose from.
    const unknown = await h.send('où en est la facture F-2026-99999 ?');
    expect(text(unknown)).toContain('Je ne trouve pas de facture « F-2026-99999 » dans votre compte');
    expect(actions(unknown)).toHaveLength(4);
  });

  it('tells an anonymous user how to log in and never looks an invoice up, even with its number', async () => {
    const p = portal(MARIES);
    const h = createHarness({ deps: { invoices: p.lookup } });
    await h.join();
    const replies = await h.send('où en est ma facture F-2026-00123 ?');
    expect(text(replies)).toContain('connectez-vous au portail');
    expect(text(replies)).not.toContain('Numéro d’engagement');
    expect(text(replies)).toContain('Source : Suivre une facture déposée sur Chorus Pro');
    expect(p.calls).toEqual([]);
    // An unverified requester is anonymous too.
    const h2 = createHarness({ deps: { invoices: p.lookup } });
    await h2.join({ ...MARIE, verified: false });
    await h2.send('où en est ma facture F-2026-00123 ?');
    expect(p.calls).toEqual([]);
  });

  it('tells an anonymous user who writes in English, in English, with the article’s English gist', async () => {
    const p = portal(MARIES);
    const h = createHarness({ deps: { invoices: p.lookup } });
    await h.join();
    const replies = await h.send('where is my invoice F-2026-00123? what is its status?');
    expect(text(replies)).toContain('log in to the portal');
    expect(text(replies)).toContain('Our help is written in French');
    expect(text(replies)).not.toContain('connectez-vous au portail');
    expect(p.calls).toEqual([]);
  });

  it('says honestly when the portal cannot answer or the user looked up too much, and keeps the how-to for the article', async () => {
    const down = createHarness({ deps: { invoices: portal(MARIES, { fail: new Error('connect ECONNREFUSED') }).lookup } });
    await down.join(MARIE);
    expect(text(await down.send('où en est ma facture F-2026-00123 ?'))).toContain('Je n’arrive pas à joindre le portail');
    expect(down.errors).toHaveLength(1);
    const limited = createHarness({ deps: { invoices: portal(MARIES, { fail: Object.assign(new Error('limit'), { code: 'RATE_LIMITED' }) }).lookup } });
    await limited.join(MARIE);
    expect(text(await limited.send('ma dernière facture est payée ?'))).toContain('beaucoup de recherches de factures');
    // How it is done is the article's, logged in or not.
    const p = portal(MARIES);
    const h = createHarness({ deps: { invoices: p.lookup } });
    await h.join(MARIE);
    expect(text(await h.send('comment suivre mes factures ?'))).toContain('Source : Suivre une facture déposée sur Chorus Pro');
    expect(p.calls).toEqual([]);
  });
});
