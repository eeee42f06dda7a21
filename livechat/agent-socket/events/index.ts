import type { AgentClientToServerEvents } from '../../../protocol/agent-events';
import type { HandlerArgs } from '../handler';
import { agentsList } from './agents-list';
import { appointmentPropose } from './appointment-propose';
import { appointmentSlots } from './appointment-slots';
import { chatAccept } from './chat-accept';
import { chatClose } from './chat-close';
import { chatHandBack } from './chat-hand-back';
import { chatMessage } from './chat-message';
import { chatNote } from './chat-note';
import { chatOpen } from './chat-open';
import { chatTransfer } from './chat-transfer';
import { chatTyping } from './chat-typing';
import { chatView } from './chat-view';
import { chatsClosed } from './chats-closed';
import { chatsMine } from './chats-mine';
import { chatsSearch } from './chats-search';
import { queueGet } from './queue-get';
import { statusSet } from './status-set';
import { supervisorWatch } from './supervisor-watch';

type Factory = (args: HandlerArgs) => (payload: unknown, ack?: unknown) => Promise<void>;

/** Every agent event and its handler; the type makes a missing one a compile error. */
export const AGENT_EVENTS: Record<keyof AgentClientToServerEvents, Factory> = {
  'queue:get': queueGet,
  'chats:mine': chatsMine,
  'chat:open': chatOpen,
  'chats:closed': chatsClosed,
  'chats:search': chatsSearch,
  'chat:view': chatView,
  'chat:accept': chatAccept,
  'chat:message': chatMessage,
  'chat:typing': chatTyping,
  'chat:transfer': chatTransfer,
  'chat:note': chatNote,
  'chat:handBack': chatHandBack,
  'chat:close': chatClose,
  'status:set': statusSet,
  'appointment:propose': appointmentPropose,
  'appointment:slots': appointmentSlots,
  'supervisor:watch': supervisorWatch,
  'agents:list': agentsList,
};
