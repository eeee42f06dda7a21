import { createAnalyzer } from '../../knowledge/analyzer';
import { foldAccents, normalizeSurface, stripElisions, MAX_QUESTION_CHARS } from '../../knowledge/normalize';
import { coreStopWords } from '../../knowledge/stopwords';

const analyzer = createAnalyzer();
const analyze = (s: string) => analyzer.analyze(s);

describe('French analyser', () => {
  it('folds accents, ligatures and case', () => {
    expect(foldAccents('Maîtrise d’Œuvre ÉMISES çà')).toBe('maitrise d’oeuvre emises ca');
  });

  it.each([
    ["l'application", 'application'],
    ["d'acompte", 'acompte'],
    ["j'ai", 'ai'],
    ["qu'il", 'il'],
    ["n'a", 'a'],
    ["s'affiche", 'affiche'],
    ["m'aider", 'aider'],
    ["t'inscrire", 'inscrire'],
    ["jusqu'au", 'au'],
    ['l’écran', 'ecran'],
    ['L‘Écran', 'ecran'],
  ])('strips the elision in %s', (input, expected) => {
    expect(stripElisions(foldAccents(input))).toBe(expected);
  });

  it('keeps the «c» of «c’est» as a word of its own, which the search drops', () => {
    expect(stripElisions(foldAccents("c'est fait"))).toBe('c est fait');
    expect(analyze("c'est")).toEqual([]);
  });

  it('gives the same terms with or without accents', () => {
    expect(analyze('Facture envoyée, émise, réglée')).toEqual(analyze('facture envoyee emise reglee'));
    expect(analyze('décompte mensuel')).toEqual(analyze('DECOMPTE MENSUEL'));
  });

  it('stems inflections to one term', () => {
    const [a] = analyze('factures');
    expect(analyze('facture')).toEqual([a]);
    expect(analyze('déplacements')).toEqual(analyze('déplacement'));
    expect(analyze('webinaires')).toEqual(analyze('webinaire'));
    expect(analyze('envoyer')).toEqual(analyze('envoyée'));
  });

  it('removes stop words and keeps content words', () => {
    expect(analyze('je suis dans la mairie et le client est là')).toEqual(analyze('mairie client'));
    expect(analyze('le de la des un une')).toEqual([]);
  });

  it('reads «arriver à + verb» as a modal, «arriver» alone as arriving', () => {
    expect(analyze('je n’arrive pas à envoyer ma facture')).toEqual(analyze('envoyer ma facture'));
    expect(analyze('jarrive pa a me connecter')).toEqual(analyze('me connecter'));
    expect(analyze('ma facture est bien arrivée chez le client')).toContain(analyze('arrivée')[0]);
  });

  it('splits hyphenated words and apostrophe variants alike', () => {
    expect(analyze('Factures-émises')).toEqual(analyze('factures émises'));
    expect(analyze("pièce d'identité")).toEqual(analyze('pièce d’identité'));
  });

  it.each([
    ['MOE', "maîtrise d'œuvre"],
    ['moe', 'maitre d oeuvre'],
    ['MOA', "maîtrise d'ouvrage"],
    ['mdp oublié', 'mot de passe oublié'],
    ['PJ', 'pièce jointe'],
    ['EDI', 'échange de données informatisé'],
    ['ccag', 'cahier des clauses administratives générales'],
    ['IPM', 'instance de pilotage mutualisée'],
    ['B2B', 'business to business'],
    ['newsletter', "lettre d'information"],
    ['livechat', 'chat en ligne'],
    ['opérateur', 'conseiller'],
  ])('maps %s and %s to the same terms', (a, b) => {
    expect(analyze(a)).toEqual(analyze(b));
    expect(analyze(a).length).toBeGreaterThan(0);
  });

  it('reads an expert-comptable as an accountant and «en tant qu’agent» as a civil servant, not a court expert or a support agent', () => {
    expect(analyze('mon expert-comptable')).toEqual(analyze('mon comptable'));
    expect(analyze('mon expert comptable')).not.toContain('cptjustice');
    expect(analyze('expert judiciaire')).toContain('cptjustice');
    expect(analyze('en tant qu’agent')).toEqual(analyze('agent public'));
    expect(analyze('en tant qu’agent')).not.toEqual(expect.arrayContaining(analyze('conseiller')));
    expect(analyze('parler à un agent')).toEqual(expect.arrayContaining(analyze('conseiller')));
  });

  it('reads an amount put instead of another as a difference of amounts, and «au lieu de» alone as nothing of the kind', () => {
    expect(analyze('le titulaire a mis 62 000 au lieu de 58 500')).toContain('cptecartmontant');
    expect(analyze('un montant erroné dans le décompte')).toContain('cptecartmontant');
    expect(analyze('j’ai cliqué sur enregistrer au lieu d’envoyer')).not.toContain('cptecartmontant');
  });

  it('keeps phrase tokens beside their words', () => {
    const terms = analyze('factures de travaux');
    expect(terms).toContain('facturestravaux');
    expect(terms).toEqual(expect.arrayContaining([...analyze('facture'), ...analyze('travaux')]));
  });

  it('keeps words of other scripts as unknown terms, drops emoji and control characters', () => {
    expect(analyze('Привет мир')).toEqual(['привет', 'мир']);
    expect(analyze('😀🎉 \u0000\u0007')).toEqual([]);
    expect(analyze('fac\u0000ture')).toEqual(analyze('fac ture'));
  });

  it('cuts input at the documented limit', () => {
    const long = 'brouillon '.repeat(50_000);
    expect(normalizeSurface(long).length).toBeLessThanOrEqual(MAX_QUESTION_CHARS);
  });

  it('has a chat variant that keeps greetings and politeness', () => {
    const chat = createAnalyzer({ stopWords: coreStopWords() });
    expect(chat.analyze('bonjour merci')).toHaveLength(2);
    expect(analyze('bonjour merci')).toEqual([]);
  });
});

describe('irregular verbs and slips', () => {
  const a = createAnalyzer();
  it('gives one stem to the forms of «voir», «recevoir» and «envoyer» the stemmer leaves apart', () => {
    expect(new Set(['voit', 'voient', 'voyez', 'vue', 'verra'].map((w) => a.processTerm(w))).size).toBe(1);
    expect(new Set(['reçu', 'reçue', 'reçoit', 'reçois', 'recevoir'].map((w) => a.analyze(w)[0])).size).toBe(1);
    expect(a.analyze('ils envoient')).toEqual(a.analyze('envoyer'));
    expect(new Set(['transmets', 'transmettre', 'transmis', 'transmise', 'transmettez'].map((w) => a.analyze(w)[0])).size).toBe(1);
    // «suis» stays «être»: «je suis perdu» is not about following anything.
    expect(a.processTerm('suis')).not.toBe(a.processTerm('suit'));
  });

  it('expands chat forms that are words of their own only after a pronoun', () => {
    expect(a.analyze('je me co pas')).toEqual(a.analyze('je me connecter pas'));
    expect(a.analyze('un co')).not.toContain(a.analyze('connecter')[0]);
  });
});
