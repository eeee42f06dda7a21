import { agentActivity, toLiveMessage } from '../activities';
import { formatParisDateTime } from '../appointments';
import { agentRoom, type LiveChatContext } from '../context';
import { LiveChatError } from '../errors';
import type { AppointmentView } from '../../protocol/agent-events';
import { LIVE_TEXTS } from '../texts';
import { appointmentView } from '../views';
import { ownChat } from './own-chat';

const MINUTE = 60_000;
const MAX_AHEAD_DAYS = 60;

/**
 * Proposes 1–3 phone slots: future (at least 5 minutes ahead), within 60 days, distinct, and inside
 * opening hours from start to end. The widget shows them as choices with a phone number field.
 */
export function proposeAppointment(
  ctx: LiveChatContext,
  agent: { id: number; name: string },
  input: { chatId: string; slots: string[]; durationMinutes?: number },
): Promise<AppointmentView> {
  return ctx.posts.run(input.chatId, () => propose(ctx, agent, input));
}

async function propose(
  ctx: LiveChatContext,
  agent: { id: number; name: string },
  input: { chatId: string; slots: string[]; durationMinutes?: number },
): Promise<AppointmentView> {
  const chat = await ownChat(ctx, input.chatId, agent.id);
  const duration = input.durationMinutes ?? ctx.options.appointmentMinutes;
  const now = ctx.clock.now().getTime();
  const slots = input.slots.map((s) => new Date(s));
  const bad = (message: string) => new LiveChatError('INVALID_INPUT', message);
  if (slots.some((d) => Number.isNaN(d.getTime()))) throw bad('Créneau invalide : date et heure attendues.');
  if (new Set(slots.map((d) => d.getTime())).size !== slots.length) throw bad('Les créneaux doivent être différents.');
  for (const slot of slots) {
    const t = slot.getTime();
    if (t < now + 5 * MINUTE) throw bad('Les créneaux doivent être dans le futur (au moins 5 minutes).');
    if (t > now + MAX_AHEAD_DAYS * 24 * 60 * MINUTE) throw bad(`Les créneaux doivent être dans les ${MAX_AHEAD_DAYS} prochains jours.`);
    if (!ctx.hours.isOpen(slot) || !ctx.hours.isOpen(new Date(t + (duration - 1) * MINUTE))) {
      throw bad(`Le créneau du ${formatParisDateTime(slot)} est en dehors des heures d’ouverture.`);
    }
  }
  slots.sort((a, b) => a.getTime() - b.getTime());
  const appointment = await ctx.store.appointments.propose({ chatId: chat.id, agentId: agent.id, slots, durationMinutes: duration, now: new Date(now) });
  const view = appointmentView(appointment);
  const posted = await ctx.users.post(
    chat.conversationId,
    agentActivity(agent, LIVE_TEXTS.appointmentProposed(slots.map(formatParisDateTime)), {
      appointmentId: appointment.id,
      appointment: { id: appointment.id, slots: view.slots, durationMinutes: duration, needsEmail: chat.requester === null },
    }),
  );
  const message = toLiveMessage(chat.id, { seq: 0, audience: 'all', activity: posted });
  if (message) ctx.nsp.to(agentRoom(agent.id)).emit('chat:message', message);
  return view;
}
