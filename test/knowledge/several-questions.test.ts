import { questionsOf } from '../../knowledge/several-questions';

describe('the questions of a message (iteration 26)', () => {
  it('cuts at question marks and numbered points, each question with what comes before it', () => {
    expect(questionsOf('Bonjour. Quel taux de TVA ? Et ma facture en brouillon, je l’envoie comment ??')).toEqual([
      'Bonjour. Quel taux de TVA',
      'Et ma facture en brouillon, je l’envoie comment',
    ]);
    expect(questionsOf('1) pourquoi mon RIB est faux 2) pourquoi ma facture reste en brouillon')).toEqual([
      '1) pourquoi mon RIB est faux',
      '2) pourquoi ma facture reste en brouillon',
    ]);
  });

  it('gives nothing for a single question or marks without words', () => {
    expect(questionsOf('comment envoyer ma facture ?')).toEqual([]);
    expect(questionsOf('ma facture ??? !!!')).toEqual([]);
  });
});
