import { z } from 'zod';
import { setAgentStatus } from '../../actions/status';
import { defineHandler } from '../handler';

export const statusSet = defineHandler(z.object({ status: z.enum(['available', 'busy', 'away', 'offline']) }), ({ ctx, agent }, p) =>
  setAgentStatus(ctx, agent.id, p.status),
);
