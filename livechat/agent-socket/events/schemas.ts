import { z } from 'zod';

/** Shared field rules of the agent events (sizes bound what one event can make the server do). */
export const empty = z.object({}).strict();
export const chatId = z.string().min(1).max(64);
export const text = z.string().trim().min(1).max(4000);
