import { suggestAppointmentSlots } from '../../livechat/actions/appointment-slots';
import { createBusinessHours } from '../../hours/calendar';
import { liveHarness, type LiveHarness } from './harness';

/** What the agent console needs beyond the chat itself: slot suggestions and the queue's question. */
describe('console support in the agent protocol', () => {
  let lh: LiveHarness;
  beforeAll(async () => {
    lh = await liveHarness({ LIVECHAT_ROUTING: 'pick' });
  });
  afterAll(async () => {
    await lh?.close();
  });

  it('suggests slots on the half hour inside opening hours for the whole duration, that a proposal accepts', async () => {
    const agent = await lh.agent('Camille Martin');
    // Monday 30 November 2026, 10:00 Paris (09:00 UTC): first slot 30 minutes ahead.
    const { slots, durationMinutes } = await agent.call('appointment:slots', { count: 3 });
    expect(durationMinutes).toBe(15);
    expect(slots).toEqual(['2026-11-30T09:30:00.000Z', '2026-11-30T10:00:00.000Z', '2026-11-30T10:30:00.000Z']);

    const user = await lh.user();
    await user.say('Discuter avec un conseiller', /position 1 dans la file/);
    const { items } = await agent.call('queue:get');
    expect(items[0].question).toBe('Discuter avec un conseiller');
    const chat = await agent.call('chat:accept', { chatId: items[0].chatId });
    const proposal = await agent.call('appointment:propose', { chatId: chat.chatId, slots, durationMinutes });
    expect(proposal.slots).toEqual(slots);

    expect(await agent.emit('appointment:slots', { count: 50 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('skips closed hours, week-ends and holidays, and keeps the last slot open to its end', () => {
    const hours = createBusinessHours();
    // Friday 24 December 2027, 18:05 Paris: the next open day is Monday 27 (25 is a holiday, then the week-end).
    const friday = new Date('2027-12-24T18:05:00+01:00');
    const slots = suggestAppointmentSlots(hours, friday, 60, 2).map((d) => d.toISOString());
    expect(slots).toEqual(['2027-12-27T07:30:00.000Z', '2027-12-27T08:00:00.000Z']);
    // 17:00 with 60 minutes: 17:30 fits (ends 18:30), 18:00 does not; then Tuesday 8:30.
    const late = suggestAppointmentSlots(hours, new Date('2026-11-30T17:00:00+01:00'), 60, 2).map((d) => d.toISOString());
    expect(late).toEqual(['2026-11-30T16:30:00.000Z', '2026-12-01T07:30:00.000Z']);
  });
});
