import { SUPERVISORS_ROOM } from '../../context';
import { LiveChatError } from '../../errors';
import { readQueueState, supervisorSnapshot } from '../../snapshots';
import { defineHandler } from '../handler';
import { empty } from './schemas';

/** Supervisors only: joins the live view (queue, waits, every agent's status and load). */
export const supervisorWatch = defineHandler(empty, async ({ ctx, socket, agent }) => {
  if (agent.role !== 'supervisor') throw new LiveChatError('FORBIDDEN', 'Réservé aux superviseurs.');
  await socket.join(SUPERVISORS_ROOM);
  return supervisorSnapshot(await readQueueState(ctx));
});
