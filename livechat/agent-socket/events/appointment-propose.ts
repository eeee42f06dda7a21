import { z } from 'zod';
import { proposeAppointment } from '../../actions/propose-appointment';
import { defineHandler } from '../handler';
import { chatId } from './schemas';

export const appointmentPropose = defineHandler(
  z.object({ chatId, slots: z.array(z.string().max(40)).min(1).max(3), durationMinutes: z.number().int().min(5).max(120).optional() }),
  ({ ctx, agent }, p) => proposeAppointment(ctx, agent, p),
);
