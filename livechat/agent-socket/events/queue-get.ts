import { readQueueState } from '../../snapshots';
import { defineHandler } from '../handler';
import { empty } from './schemas';

export const queueGet = defineHandler(empty, async ({ ctx }) => (await readQueueState(ctx)).snapshot);
