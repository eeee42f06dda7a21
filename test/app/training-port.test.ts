import { trainingPort } from '../../app/training-port';
import type { TrainingService } from '../../training';

/** A registration by e-mail alone counts against the address's quota; a verified one does not. */
describe('the bot’s port to the sessions', () => {
  it('refuses an address past its quota, not a verified user', async () => {
    const registered: string[] = [];
    const service = {
      register: async (r: { email: string }) => (registered.push(r.email), { status: 'pending' as const, session: null, registration: null }),
      get: async () => null,
    } as unknown as TrainingService;
    let left = 1;
    const port = trainingPort(service, { take: async () => ({ allowed: left-- > 0, retryAfterMs: 0 }), giveBack: async () => undefined });
    const who = { sessionId: 's', name: 'Zoé', email: 'Zoe@Ex.fr', portalUserId: null, verified: false };
    expect((await port.register(who)).status).toBe('pending');
    expect((await port.register(who)).status).toBe('limited');
    expect((await port.register({ ...who, portalUserId: 'u-1', verified: true })).status).toBe('pending');
    expect(registered).toEqual(['Zoe@Ex.fr', 'Zoe@Ex.fr']);
  });
});
