import { readQueueState } from '../../snapshots';
import { defineHandler } from '../handler';
import { empty } from './schemas';

export const agentsList = defineHandler(empty, async ({ ctx }) => (await readQueueState(ctx)).agents);
