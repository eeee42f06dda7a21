import { postJson, startApp, type RunningApp } from '../helpers/app';

describe('POST /api/tickets validation in non-connected mode', () => {
  let r: RunningApp;
  beforeAll(async () => {
    r = await startApp({ TICKET_RATE_PER_IP: '1000', TICKET_RATE_PER_EMAIL: '1000' });
  });
  afterAll(() => r.close());

  it('reports the requester and the ticket fields together, so the form shows every error at once', async () => {
    const res = await postJson(`${r.base}/api/tickets`, { email: '', name: '', category: '', subject: '', description: '' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('INVALID_INPUT');
    expect(Object.keys(res.body.error.fields).sort()).toEqual(['category', 'description', 'email', 'name', 'subject']);
    expect(res.body.error.message).toBe(res.body.error.fields.email);
    expect((await r.app.ticketing.service.list({})).total).toBe(0);
  });

  it('still reports the ticket fields alone when the requester is valid', async () => {
    const res = await postJson(`${r.base}/api/tickets`, { email: 'a@exemple.fr', name: 'A', category: 'technique', subject: 'Objet', description: 'court' });
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toEqual({ description: 'Description : 10 caractères au minimum.' });
  });
});
