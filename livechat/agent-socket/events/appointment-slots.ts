import { z } from 'zod';
import { suggestAppointmentSlots } from '../../actions/appointment-slots';
import { defineHandler } from '../handler';

export const appointmentSlots = defineHandler(
  z.object({ durationMinutes: z.number().int().min(5).max(120).optional(), count: z.number().int().min(1).max(12).optional() }),
  async ({ ctx }, p) => {
    const durationMinutes = p.durationMinutes ?? ctx.options.appointmentMinutes;
    const slots = suggestAppointmentSlots(ctx.hours, ctx.clock.now(), durationMinutes, p.count ?? 6);
    return { slots: slots.map((d) => d.toISOString()), durationMinutes };
  },
);
