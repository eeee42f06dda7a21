import type { ChannelAccount } from 'botbuilder';
import { LABELS, TEXTS } from './texts';
import { say, type Turn } from './turn';

/** Topics proposed in the welcome message: the questions the portal's support hears most. */
export const DEFAULT_WELCOME_TOPICS = Object.freeze([
  'facture-brouillon',
  'factures-emises-ou-travaux',
  'frais-de-justice-frais-divers',
  'contacter-le-support',
]);

/**
 * Greets once per conversation (channels may repeat `conversationUpdate` on reconnect), by name
 * when the channel passed a verified identity, with topic buttons and the two ways to a human.
 */
export async function welcome(turn: Turn, added: readonly ChannelAccount[]): Promise<void> {
  const botId = turn.ctx.activity.recipient?.id;
  if (turn.data.welcomed || !added.some((m) => m.id !== botId)) return;
  turn.data.welcomed = true;
  const topics = turn.deps.welcomeTopics
    .map((id) => turn.deps.knowledge.article(id)?.title)
    .filter((t): t is string => !!t);
  const name = turn.data.requester?.name ?? null;
  // «Parler à un conseiller» only when an adviser can take the chat now (not on a closed day,
  // not when nobody is signed in): the welcome offers only what can happen.
  const { hours, agents, clock } = turn.deps;
  const agentNow = hours.isOpen(clock.now()) && (await agents.availability()).canTake;
  await say(turn, TEXTS.welcome(name, turn.user.firstSeenAt !== null, turn.deps.branding.assistantName), [...topics, ...(agentNow ? [LABELS.askAgent] : []), LABELS.ticket]);
}
