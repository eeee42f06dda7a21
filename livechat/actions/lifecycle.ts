import { systemActivity } from '../activities';
import { agentRoom, type LiveChatContext } from '../context';
import { endChat } from '../end-chat';
import { LiveChatError, notFound } from '../errors';
import type { ChatDetails } from '../../protocol/agent-events';
import { announceAssignment } from '../routing';
import { AGENT_TEXTS } from '../texts';
import type { TakeResult } from '../types';
import { chatDetails } from '../views';
import { ownChat } from './own-chat';

type AgentRef = { id: number; name: string };

async function refuseTake(ctx: LiveChatContext, chatId: string, result: Exclude<TakeResult, { ok: true }>): Promise<never> {
  if (result.why === 'full') throw new LiveChatError('CAPACITY_FULL', 'Vous avez déjà le nombre maximal de conversations simultanées.');
  if (result.why === 'unknown-agent') throw new LiveChatError('FORBIDDEN', 'Profil de conseiller introuvable.');
  if (!(await ctx.store.chats.get(chatId))) throw notFound();
  throw new LiveChatError('ALREADY_TAKEN', 'Cette conversation vient d’être prise par un autre conseiller.');
}

/** Takes a queued chat: one conditional UPDATE, so of two agents (on any processes) exactly one wins. */
export async function acceptChat(ctx: LiveChatContext, agent: AgentRef, chatId: string): Promise<ChatDetails> {
  const result = await ctx.store.chats.take(chatId, agent.id, ctx.clock.now());
  if (!result.ok) return refuseTake(ctx, chatId, result);
  ctx.logger.info({ chatId, agentId: agent.id }, 'livechat: chat accepted');
  await announceAssignment(ctx, result.chat, agent);
  ctx.changed();
  return chatDetails(ctx, result.chat);
}

export async function transferChat(ctx: LiveChatContext, agent: AgentRef, chatId: string, toAgentId: number): Promise<void> {
  await ownChat(ctx, chatId, agent.id);
  if (toAgentId === agent.id) throw new LiveChatError('INVALID_INPUT', 'Choisissez un autre conseiller.');
  const target = await ctx.store.agents.get(toAgentId);
  if (!target || !ctx.presence.present(target, ctx.clock.now()) || (target.status !== 'available' && target.status !== 'busy')) {
    throw new LiveChatError('CONFLICT', 'Ce conseiller n’est pas disponible pour le moment.');
  }
  const result = await ctx.store.chats.transfer(chatId, agent.id, toAgentId, ctx.clock.now());
  if (!result.ok) return refuseTake(ctx, chatId, result);
  await ctx.users.post(result.chat.conversationId, systemActivity(AGENT_TEXTS.transferredFrom(agent.name)), 'agents');
  ctx.nsp.to(agentRoom(agent.id)).emit('chat:ended', { chatId, reason: 'transferred', ticketNumber: null });
  await announceAssignment(ctx, result.chat, { id: target.agentId, name: target.name }, true);
  ctx.changed();
  void ctx.route();
}

/** The agent gives the user back to the bot. */
export async function handBackChat(ctx: LiveChatContext, agent: AgentRef, chatId: string): Promise<void> {
  await ownChat(ctx, chatId, agent.id);
  const closed = await ctx.store.chats.close(chatId, { reason: 'handed-back', now: ctx.clock.now(), states: ['agent'], agentId: agent.id });
  if (!closed) throw new LiveChatError('CONFLICT', 'Cette conversation vient de se terminer.');
  await endChat(ctx, closed, 'handed-back');
  void ctx.route();
}
