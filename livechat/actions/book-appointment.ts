import { z } from 'zod';
import { RelayRefusal } from '../../channels';
import { systemActivity, toLiveMessage } from '../activities';
import { appointmentConfirmationMail, formatParisDateTime } from '../appointments';
import { agentRoom, type LiveChatContext } from '../context';
import { AGENT_TEXTS, LIVE_TEXTS } from '../texts';
import type { LiveChat } from '../types';
import { appointmentView } from '../views';

/** French numbers as people type them: 0612345678, 06 12 34 56 78, +33 6 12 34 56 78, 06.12.34.56.78. */
const FRENCH_PHONE = /^(?:(?:\+|00)33\s?|0)[1-9](?:[\s.-]?\d{2}){4}$/;

const Choice = z.object({
  appointmentId: z.string().min(1).max(100),
  slot: z.string().min(1).max(40),
  phone: z.string().trim().max(30).regex(FRENCH_PHONE),
  email: z.email().max(254).optional(),
});

const refuse = (message: string, code: 'INVALID_INPUT' | 'CONFLICT' = 'INVALID_INPUT') => new RelayRefusal(code, message);

/**
 * The user picked a slot in the widget. Booking and the confirmation e-mail (with its .ics) are one
 * transaction: the e-mail exists iff the appointment is booked, and a second pick is refused.
 */
export async function bookAppointment(ctx: LiveChatContext, chat: LiveChat, raw: unknown): Promise<void> {
  const parsed = Choice.safeParse(raw);
  if (!parsed.success) {
    const phone = parsed.error.issues.some((i) => i.path[0] === 'phone');
    throw refuse(phone ? 'Numéro de téléphone invalide (exemple : 01 23 45 67 89).' : 'Choix de rendez-vous invalide.');
  }
  const choice = parsed.data;
  const appointment = await ctx.store.appointments.get(choice.appointmentId);
  if (!appointment || appointment.chatId !== chat.id) throw refuse('Proposition de rendez-vous introuvable.');
  if (appointment.status !== 'proposed') throw refuse('Ce rendez-vous n’est plus proposé ou a déjà été confirmé.', 'CONFLICT');
  const slot = appointment.slots.find((s) => s.getTime() === Date.parse(choice.slot));
  if (!slot) throw refuse('Ce créneau ne fait pas partie de la proposition.');
  const now = ctx.clock.now();
  if (slot.getTime() <= now.getTime()) throw refuse('Ce créneau est déjà passé : choisissez-en un autre.', 'CONFLICT');
  const email = chat.requester?.email ?? choice.email;
  if (!email) throw refuse('Indiquez votre adresse e-mail pour recevoir la confirmation du rendez-vous.');
  const agentName = (await ctx.directory.findById(appointment.agentId))?.name ?? 'Votre conseiller';

  const booked = await ctx.db.transaction(async (tx) => {
    const done = await ctx.store.appointments.book(appointment.id, { slot, phone: choice.phone, email, now }, tx);
    if (!done) return null;
    const mail = appointmentConfirmationMail({
      to: { name: chat.requester?.name ?? null, email },
      start: slot,
      durationMinutes: appointment.durationMinutes,
      phone: choice.phone,
      agentName,
      supportEmail: ctx.supportEmail,
      portalName: ctx.portalName,
      uid: `${appointment.id}@relais`,
      now,
    });
    await ctx.mail.enqueue(tx, mail, { kind: 'appointment.booked', ref: appointment.id });
    return done;
  });
  if (!booked) throw refuse('Ce rendez-vous n’est plus proposé ou a déjà été confirmé.', 'CONFLICT');
  ctx.mail.nudge();
  ctx.logger.info({ chatId: chat.id, appointmentId: booked.id }, 'livechat: appointment booked');

  const when = formatParisDateTime(slot);
  const posted = await ctx.users.post(chat.conversationId, systemActivity(LIVE_TEXTS.appointmentBooked(when, choice.phone), { appointmentId: booked.id }));
  if (chat.agentId !== null) {
    const to = ctx.nsp.to(agentRoom(chat.agentId));
    const message = toLiveMessage(chat.id, { seq: 0, audience: 'all', activity: posted });
    if (message) to.emit('chat:message', { ...message, text: AGENT_TEXTS.appointmentBooked(when, choice.phone) });
    to.emit('appointment:booked', appointmentView(booked));
  }
}
