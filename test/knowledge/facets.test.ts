import { createFacetIndex, facetAsked } from '../../knowledge/facets';
import { readMessage } from '../../knowledge/message';

const asked = (q: string) => facetAsked(readMessage(q).clauses);

describe('facets a question asks besides how (price, address)', () => {
  it.each([
    ['et ça coûte combien chez un opérateur ?', 'price'],
    ['c’est gratuit ?', 'price'],
    ['How much does it cost?', 'price'],
    ['quel est le tarif d’un opérateur PDP ?', 'price'],
    ['je voudrais connaître le barème des indemnités de mission', 'price'],
    ['à quelle adresse postale j’envoie le mémoire ?', 'address'],
    ['et l’adresse du greffe pour poster l’original ?', 'address'],
    // «par mois» is the price's rate, not a duration (iteration 53).
    ['et un opérateur, ça coûte combien par mois ?', 'price'],
    ['how much does it cost per month?', 'price'],
    ['comment je change l’adresse de connexion ?', 'login'],
  ])('finds the facet asked: %s', (q, facet) => {
    expect(asked(q)).toBe(facet);
  });

  it.each([
    'comment déclarer mes frais de déplacement ?',
    'quelle est l’adresse mail du support ?',
    'et si l’adresse du destinataire est fausse, je peux refuser ?',
    'je ne demande pas le prix, juste comment m’inscrire',
    // The web address one logs in at is no postal address (iteration 34); changing the login address is `login` (iteration 128).
    'quelle est l’adresse de connexion au portail ?',
  ])('finds no facet in: %s', (q) => {
    expect(asked(q)).toBeNull();
  });

  it('knows an article answers a facet only when its own text says it', () => {
    const answers = createFacetIndex([
      { id: 'webinaires', title: 'Les webinaires', questions: ['comment s’inscrire ?'], body: 'Les webinaires sont gratuits et ouverts à tous.' },
      { id: 'edi', title: 'Envoyer en EDI', questions: ['passer par un opérateur'], body: 'Raccordez-vous via un opérateur de dématérialisation.' },
      { id: 'courrier', title: 'Le mémoire papier', questions: [], body: 'Envoyez-le au greffe, 1 rue de la Paix, 75002 Paris.' },
    ]);
    expect(answers('webinaires', 'price')).toBe(true);
    expect(answers('edi', 'price')).toBe(false);
    expect(answers('courrier', 'address')).toBe(true);
    expect(answers('edi', 'address')).toBe(false);
    expect(answers('unknown', 'price')).toBe(false);
  });

  it('reads each of an article’s questions on its own: a facet is not said across two of them', () => {
    const answers = createFacetIndex([
      { id: 'frais', title: 'Les frais', questions: ['quel logiciel pour ouvrir le tableur', 'envoi en recommandé des rapports'], body: 'Joignez le bordereau.' },
      { id: 'edi', title: 'Envoyer en EDI', questions: ['quel opérateur me recommandez-vous ?'], body: 'Raccordez-vous via un opérateur.' },
    ]);
    expect(answers('frais', 'recommend')).toBe(false);
    expect(answers('edi', 'recommend')).toBe(true);
  });
});

describe('the recommendation facet', () => {
  it.each(['vous connaissez un bon hôtel près du palais de justice ?', 'any decent restaurant close to the court?', 'un resto pas cher pour midi ?'])('finds a place to stay or eat asked: %s', (q) => {
    expect(asked(q)).toBe('recommend');
  });

  it.each(['on livre aussi le restaurant d’à côté, la réforme nous concerne ?', 'la nuit d’hôtel pendant l’expertise, je la déclare où ?'])('finds none where a place is only named: %s', (q) => {
    expect(asked(q)).toBeNull();
  });
});

describe('the payment delay facet', () => {
  it.each(['et elle sera payée quand ?', 'dans combien de temps je serai payé ?', 'c’est quoi le délai de paiement ?', 'When will we get paid?'])('finds the delay asked: %s', (q) => {
    expect(asked(q)).toBe('delay');
  });

  it('needs a number of days for paying in the article, not the words «délai de paiement» nor days for processing', () => {
    const answers = createFacetIndex([
      { id: 'paiement', title: 'Paiement', questions: [], body: 'Le comptable public règle la facture sous 30 jours.' },
      { id: 'moe', title: 'Décompte', questions: [], body: 'La MOE dispose de 7 jours pour traiter la demande.' },
      { id: 'travaux', title: 'Travaux', questions: [], body: 'Elle assure la traçabilité du délai global de paiement.' },
    ]);
    expect(answers('paiement', 'delay')).toBe(true);
    expect(answers('moe', 'delay')).toBe(false);
    expect(answers('travaux', 'delay')).toBe(false);
  });

  it('asks no payment delay when the time asked is to act on the request or where the delay starts', () => {
    expect(asked('le MOE a combien de jours pour traiter ma demande de paiement ?')).toBeNull();
    expect(asked('à partir de quand court le délai de paiement ?')).toBeNull();
    expect(asked('le maître d’ouvrage a combien de temps pour me payer ?')).toBe('delay');
  });
});
