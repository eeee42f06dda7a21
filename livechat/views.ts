import { toLiveMessage } from './activities';
import type { LiveChatContext } from './context';
import type { AgentView, AppointmentView, ChatDetails, ChatSearchHit, LiveMessage, QueueItem, RequesterView } from '../protocol/agent-events';
import type { Requester } from './ports';
import type { AgentPresence, Appointment, LiveChat } from './types';

/** Messages of the live part read for one view (a chat longer than this shows its beginning). */
const MAX_LIVE_MESSAGES = 1000;
const PREVIEW_LINES = 3;

const requesterView = (r: Requester | null): RequesterView | null =>
  r
    ? {
        name: r.name,
        email: r.email,
        organisation: r.organisation,
        verified: r.verified,
        ...(r.verified && r.profile ? { profile: r.profile } : {}),
        ...(r.verified && r.portalUserId ? { portalAccount: true } : {}),
      }
    : null;

/** A chat in a list (closed chats, search results), its adviser named from `names`. */
export function chatSummary(c: LiveChat, names: ReadonlyMap<number, string>): ChatSearchHit {
  return {
    chatId: c.id,
    state: c.state,
    requesterName: c.requester?.name ?? null,
    requesterEmail: c.requester?.email ?? null,
    agentName: c.agentId === null ? null : (names.get(c.agentId) ?? null),
    reason: c.reason,
    endReason: c.endReason,
    queuedAt: c.queuedAt.toISOString(),
    closedAt: c.closedAt?.toISOString() ?? null,
    ticketNumber: c.ticketNumber,
  };
}

/** Advisers' names by id, for the lists above. */
export async function agentNames(ctx: Pick<LiveChatContext, 'store'>): Promise<Map<number, string>> {
  return new Map((await ctx.store.agents.list()).map((a) => [a.agentId, a.name]));
}

export function queueItem(chat: LiveChat, position: number, now: Date): QueueItem {
  return {
    chatId: chat.id,
    position,
    requesterName: chat.requester?.name ?? null,
    reason: chat.reason,
    comment: chat.comment,
    queuedAt: chat.queuedAt.toISOString(),
    waitingSeconds: Math.max(0, Math.round((now.getTime() - chat.queuedAt.getTime()) / 1000)),
    returned: chat.priority > 0,
    preview: chat.transcript.slice(-PREVIEW_LINES),
    question: chat.transcript.find((l) => l.from === 'user')?.text ?? null,
  };
}

export const agentView = (a: AgentPresence, online: boolean): AgentView => ({
  id: a.agentId,
  name: a.name,
  role: a.role,
  team: a.team,
  status: a.status,
  capacity: a.capacity,
  load: a.load,
  online,
});

export const appointmentView = (a: Appointment): AppointmentView => ({
  id: a.id,
  chatId: a.chatId,
  status: a.status,
  slots: a.slots.map((s) => s.toISOString()),
  durationMinutes: a.durationMinutes,
  chosenSlot: a.chosenSlot?.toISOString() ?? null,
  phone: a.phone,
  email: a.email,
  proposedAt: a.proposedAt.toISOString(),
  bookedAt: a.bookedAt?.toISOString() ?? null,
});

/** The live part of a chat: what was said after the hand-off, internal notes included. */
export async function liveMessages(ctx: LiveChatContext, chat: LiveChat): Promise<LiveMessage[]> {
  const stored = await ctx.users.since(chat.conversationId, chat.startSeq, MAX_LIVE_MESSAGES);
  return stored.map((s) => toLiveMessage(chat.id, s)).filter((m): m is LiveMessage => m !== null);
}

/** How many earlier chats and tickets the adviser sees beside a chat. */
const PREVIOUS_LIMIT = 5;

/** The user's earlier chats (this conversation's, or the same e-mail's) and tickets (the same e-mail's). */
async function previousOf(ctx: LiveChatContext, chat: LiveChat): Promise<ChatDetails['previous']> {
  const email = chat.requester?.email || null;
  const [chats, tickets] = await Promise.all([
    ctx.store.chats.earlier({ id: chat.id, conversationId: chat.conversationId, email }, PREVIOUS_LIMIT),
    email && ctx.tickets.ofRequester ? ctx.tickets.ofRequester(email, PREVIOUS_LIMIT) : [],
  ]);
  const names = new Map<number, string | null>();
  for (const c of chats) if (c.agentId !== null && !names.has(c.agentId)) names.set(c.agentId, (await ctx.directory.findById(c.agentId))?.name ?? null);
  return {
    chats: chats.map((c) => ({
      chatId: c.id,
      queuedAt: c.queuedAt.toISOString(),
      closedAt: c.closedAt?.toISOString() ?? null,
      endReason: c.endReason,
      agentName: c.agentId === null ? null : (names.get(c.agentId) ?? null),
    })),
    tickets: tickets.map((t) => ({ number: t.number, subject: t.subject, status: t.status, createdAt: new Date(t.createdAt).toISOString() })),
  };
}

export async function chatDetails(ctx: LiveChatContext, chat: LiveChat): Promise<ChatDetails> {
  const [messages, appointments, agent, userOnline, previous] = await Promise.all([
    liveMessages(ctx, chat),
    ctx.store.appointments.ofChat(chat.id),
    chat.agentId === null ? null : ctx.directory.findById(chat.agentId),
    chat.state === 'closed' ? false : ctx.users.isOnline(chat.conversationId),
    previousOf(ctx, chat),
  ]);
  return {
    chatId: chat.id,
    state: chat.state,
    reason: chat.reason,
    comment: chat.comment,
    requester: requesterView(chat.requester),
    queuedAt: chat.queuedAt.toISOString(),
    assignedAt: chat.assignedAt?.toISOString() ?? null,
    closedAt: chat.closedAt?.toISOString() ?? null,
    endReason: chat.endReason,
    agentId: chat.agentId,
    agentName: agent?.name ?? null,
    ticketNumber: chat.ticketNumber,
    transcript: chat.transcript,
    messages,
    userOnline,
    appointments: appointments.map(appointmentView),
    page: chat.page,
    previous,
  };
}
