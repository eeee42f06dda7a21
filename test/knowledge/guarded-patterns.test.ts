import fs from 'node:fs';
import { heldOutFiles, parseEvalFile, trainingFiles } from '../../knowledge/evaluate';
import { ASKS, guarded, SAYS, type Pattern } from '../../knowledge/facet-patterns';
import { readMessage } from '../../knowledge/message';
import { wordStartsSource } from '../../knowledge/word-trie';

describe('a prefix tree of words (word-trie)', () => {
  const tree = (words: string[]) => new RegExp(wordStartsSource(words));

  it('matches any of the words where a word begins, and nothing else', () => {
    const re = tree(['formation', 'format', 'forme', 'webinaire', 'mi temps']);
    for (const yes of ['une formation', 'le format pdf', 'formes', 'webinaires', 'un mi temps']) expect(re.test(yes)).toBe(true);
    for (const no of ['informations', 'form', 'web', 'mi', 'semi temps']) expect(re.test(no)).toBe(false);
  });

  it('escapes what the words hold and needs a word', () => {
    expect(tree(['impots.gouv']).test('impotsxgouv')).toBe(false);
    expect(tree(['impots.gouv']).test('sur impots.gouv')).toBe(true);
    expect(() => wordStartsSource([''])).toThrow();
  });

  it('keeps the shorter of two words one begins (either starts the other)', () => {
    expect(wordStartsSource(['cour', 'cours', 'courses'])).toBe('\\bcour');
  });
});

describe('alternatives behind their anchor words (guarded)', () => {
  it('tests the alternatives only where an anchor word is', () => {
    const p = guarded(['formation'], ['\\bformations? (?:de la|du) cci\\b', '\\bformations? sur excel\\b']);
    expect(p.test('une formation de la cci')).toBe(true);
    expect(p.test('des formations sur excel')).toBe(true);
    expect(p.test('un webinaire de la cci')).toBe(false);
    // An alternative whose word is not among the anchors is never reached: what the check below catches.
    expect(guarded(['formation'], ['\\bwebinaires? de la cci\\b']).test('un webinaire de la cci')).toBe(false);
  });

  // Every clause of every labelled line, and the clauses read together: the guard answers as the
  // whole alternation does, so the anchors leave out no word an alternative needs.
  it('agrees with the unguarded patterns on every labelled line', () => {
    const guardedPatterns = [...Object.entries(ASKS), ...Object.entries(SAYS)].filter((e): e is [string, Pattern & { full: RegExp }] => 'full' in e[1]);
    expect(guardedPatterns.map(([f]) => f)).toContain('elsewhere');
    const texts = new Set<string>();
    for (const file of [...trainingFiles(), ...heldOutFiles()]) {
      for (const item of parseEvalFile(fs.readFileSync(file, 'utf8'))) {
        for (const message of [...(item.context ?? []), item.q]) {
          const clauses = readMessage(message).clauses;
          for (const c of clauses) texts.add(c.text);
          texts.add(clauses.map((c) => c.text).join(' '));
        }
      }
    }
    expect(texts.size).toBeGreaterThan(50_000);
    const disagreements: string[] = [];
    let matched = 0;
    for (const [facet, p] of guardedPatterns) {
      for (const t of texts) {
        const full = p.full.test(t);
        if (full) matched++;
        if (p.test(t) !== full) disagreements.push(`${facet}: ${t}`);
      }
    }
    expect(disagreements.slice(0, 10)).toEqual([]);
    // The lines do reach the alternatives: the check is not run on texts none of them matches.
    expect(matched).toBeGreaterThan(300);
  });
});
