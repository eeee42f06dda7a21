import { cleanLine, cleanStrings, cleanText, lineProblem } from '../../protocol/plain-text';

describe('the one text rule', () => {
  it('removes C0 (but tab and line breaks), DEL and C1 controls from multi-line text, and unifies line breaks', () => {
    expect(cleanText('a\u0000b\u0007c\u007fd\u0085e\u009ff\r\ng\rh\ti')).toBe('abcdef\ng\nh\ti');
  });

  it('keeps one line one line: controls removed, tabs made spaces, line breaks left to be refused', () => {
    expect(cleanLine('Objet\u0000\tà\u0085 voir')).toBe('Objet à voir');
    expect(lineProblem(cleanLine('Bonjour\r\nBcc: x@y.fr'))).toBe('line-break');
    expect(lineProblem('Facture \u202eeétsop')).toBe('bidi');
    expect(lineProblem('\u200b \u2060\ufeff')).toBe('invisible');
    expect(lineProblem('Facture « brouillon » n° 12 — 3 000 €')).toBeNull();
  });

  it('cleans every string of a JSON value, leaving other values alone', () => {
    expect(cleanStrings({ a: 'x\u0000', b: [1, 'y\u0085', { c: null, d: true }] })).toEqual({ a: 'x', b: [1, 'y', { c: null, d: true }] });
  });
});
