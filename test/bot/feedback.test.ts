import { actions, createHarness, knowledge, last, text } from './harness';

const QUESTION = 'Comment envoyer une facture restée en brouillon ?';

/** Asks a question the base answers and returns the harness and the answer's message id. */
async function answered() {
  const h = createHarness();
  const answer = last(await h.send(QUESTION));
  expect(answer?.id).toBeTruthy();
  return { h, answerId: answer!.id! };
}

const invokeResponse = (replies: { type?: string; value?: unknown }[]) => replies.find((r) => r.type === 'invokeResponse')?.value;

describe('feedback (Teams feedback loop)', () => {
  it('answers the invoke with 200, stores a like with question, article and score, and thanks briefly', async () => {
    const { h, answerId } = await answered();
    const replies = await h.rate(answerId, 'like');
    expect(invokeResponse(replies)).toEqual({ status: 200 });
    expect(text(replies)).toBe('Merci pour votre retour !');
    expect(h.f.ratings).toEqual([
      {
        conversationId: 'Convo1',
        messageId: answerId,
        reaction: 'like',
        question: QUESTION,
        articleId: 'facture-brouillon',
        score: knowledge.ask(QUESTION).score,
        comment: null,
        at: h.f.now,
      },
    ]);
  });

  it('on a dislike without text, asks for details and takes the next message as the comment', async () => {
    const { h, answerId } = await answered();
    const replies = await h.rate(answerId, 'dislike');
    expect(invokeResponse(replies)).toEqual({ status: 200 });
    expect(text(replies)).toBe('Pouvez-vous préciser le dysfonctionnement rencontré ?');
    expect(h.f.ratings[0]).toMatchObject({ reaction: 'dislike', articleId: 'facture-brouillon', score: knowledge.ask(QUESTION).score, comment: null });

    // Looks like a question, but it is the comment: no answer from the knowledge base.
    const next = await h.send('mot de passe oublié, le bouton Valider et envoyer est grisé');
    expect(h.f.comments).toEqual([{ conversationId: 'Convo1', messageId: answerId, comment: 'mot de passe oublié, le bouton Valider et envoyer est grisé' }]);
    expect(next.some((r) => r.channelData?.relais)).toBe(false);
    expect(text(next)).toMatch(/^Merci, votre remarque est bien notée/);
    expect(actions(next)).toEqual(['Discuter avec un conseiller', 'Créer un ticket']);

    // The message after that is a question again.
    expect(last(await h.send(QUESTION))?.channelData?.relais?.articleId).toBe('facture-brouillon');
  });

  it('on a dislike with text, stores the comment and offers escalation directly', async () => {
    const { h, answerId } = await answered();
    h.f.open = false;
    const replies = await h.rate(answerId, 'dislike', 'La fenêtre de confirmation ne s’affiche pas');
    expect(invokeResponse(replies)).toEqual({ status: 200 });
    expect(h.f.ratings[0]).toMatchObject({ reaction: 'dislike', comment: 'La fenêtre de confirmation ne s’affiche pas', articleId: 'facture-brouillon' });
    expect(text(replies)).toContain('Prochaine ouverture : lundi à 8h30.');
    expect(actions(replies)).toEqual(['Créer un ticket']);
    expect(h.f.comments).toEqual([]);
  });

  it('reads the Teams form of the comment (JSON with feedbackText)', async () => {
    const { h, answerId } = await answered();
    await h.rate(answerId, 'dislike', JSON.stringify({ feedbackText: 'Pas clair' }));
    expect(h.f.ratings[0]?.comment).toBe('Pas clair');
  });

  it('stores a rating of an unknown message with null question, article and score', async () => {
    const h = createHarness();
    const replies = await h.rate('nope', 'like');
    expect(invokeResponse(replies)).toEqual({ status: 200 });
    expect(h.f.ratings[0]).toMatchObject({ messageId: 'nope', question: null, articleId: null, score: null });
  });

  it('rejects a malformed feedback with 400 and other invokes with 501', async () => {
    const h = createHarness();
    const bad = await h.send({ type: 'invoke', name: 'message/submitAction', value: { actionName: 'feedback', actionValue: { reaction: 'meh' } } });
    expect(invokeResponse(bad)).toMatchObject({ status: 400, body: { code: 'INVALID_INPUT' } });
    const other = await h.send({ type: 'invoke', name: 'something/else', value: {} });
    expect(invokeResponse(other)).toMatchObject({ status: 501 });
    expect(h.f.ratings).toEqual([]);
  });

  it.each([{}, { action: null }, { action: { type: 'Action.Submit' } }, 'x'])(
    'answers a malformed Adaptive Card action with 400, without failing the turn (%j)',
    async (value) => {
      const h = createHarness();
      const replies = await h.send({ type: 'invoke', name: 'adaptiveCard/action', value });
      expect(invokeResponse(replies)).toMatchObject({ status: 400, body: { code: 'INVALID_INPUT' } });
      // No apology: the turn did not fail.
      expect(replies.some((r) => r.type === 'message')).toBe(false);
    },
  );

  it('answers a well-formed Adaptive Card action it has no handler for with 501', async () => {
    const h = createHarness();
    const replies = await h.send({ type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb: 'x', data: {} } } });
    expect(invokeResponse(replies)).toMatchObject({ status: 501 });
  });

  it('the comment pending after a dislike is skipped by a menu choice', async () => {
    const { h, answerId } = await answered();
    await h.rate(answerId, 'dislike');
    expect(text(await h.send('Créer un ticket'))).toContain('adresse e-mail');
    expect(h.f.comments).toEqual([]);
  });
});
