import { createEnglishSlips, oneSlip } from '../../knowledge/spelling';

describe('slips in English glossary words', () => {
  const slips = createEnglishSlips({ invoices: 'factures', expenses: 'frais', handled: 'traitee', interpreter: 'interprete', contest: 'contester', context: 'contexte' });

  it('reads a letter missing, added, replaced or two swapped as the glossary word', () => {
    expect(slips('invoises')).toBe('factures');
    expect(slips('expences')).toBe('frais');
    expect(slips('interpretter')).toBe('interprete');
    expect(slips('invoiecs')).toBe('factures');
  });

  it('leaves alone the glossary words themselves, other forms of a word, short words and ambiguous slips', () => {
    expect(slips('invoices')).toBeNull();
    expect(slips('handle')).toBeNull();
    expect(slips('handleds')).toBeNull();
    expect(slips('invoic')).toBeNull();
    expect(slips('contezt')).toBeNull();
  });

  it('counts one slip exactly', () => {
    expect(oneSlip('factrue', 'facture')).toBe(true);
    expect(oneSlip('facture', 'facture')).toBe(false);
    expect(oneSlip('fcatrue', 'facture')).toBe(false);
    expect(oneSlip('factures', 'facture')).toBe(true);
  });
});
