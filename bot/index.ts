import type { ActivityHandler, Storage } from 'botbuilder';
import { RelaisBot } from './bot';
import { createTurnStateStore } from './turn-state';
import { fold } from './words';
import type { BotDeps } from './ports';
import type { Article } from '../knowledge';
import type { BotLogger } from './turn';
import { DEFAULT_WELCOME_TOPICS } from './welcome';
import { DEFAULT_BRANDING, type Branding } from '../protocol/branding';

export type * from './ports';
export type { BotLogger } from './turn';
export type { ConversationData, UserData, AnswerMemo } from './state';
export type { EscalationDecision, EscalationInput } from './escalation';
export type { TicketDraft, TicketStep } from './ticket-steps';
export { decideEscalation } from './escalation';
export { DEFAULT_WELCOME_TOPICS } from './welcome';
export { MAX_TRANSCRIPT_LINES } from './state';
export { purgeBotState, purgeFeedback } from './retention';
export { eraseBotData, exportBotData } from './personal-data';

export interface CreateBotDeps extends BotDeps {
  /** botbuilder Storage for conversation and user state (MemoryStorage in tests, the database in production). */
  storage: Storage;
  logger?: BotLogger;
  /** Article ids offered as topics in the welcome message. */
  welcomeTopics?: readonly string[];
  /**
   * Channel ids allowed to vouch for an identity in `channelData.relais.requester` (e.g. the
   * widget's). Default: every channel, so a channel that forwards client channelData as is
   * (a generic Bot Framework endpoint) must strip `channelData.relais` or be left out here.
   */
  identityChannels?: readonly string[];
  /** The assistant's and the portal's names (default: ClaudIA, Chorus Pro). */
  branding?: Readonly<Branding>;
  /** The help centre's page of an article, linked under each answer; none: no link. */
  helpUrl?: (articleId: string) => string;
}

export interface Bot {
  bot: ActivityHandler;
}

/**
 * The articles by folded title, rebuilt when the knowledge's articles change (a publication from
 * the console swaps them): a typed-in title always finds the article as now published.
 */
function titlesOf(knowledge: CreateBotDeps['knowledge']): (folded: string) => Article | undefined {
  let seen: readonly Article[] | null = null;
  let byTitle = new Map<string, Article>();
  return (folded) => {
    if (knowledge.articles !== seen) {
      seen = knowledge.articles;
      byTitle = new Map(seen.map((a) => [fold(a.title), a] as const));
    }
    return byTitle.get(folded);
  };
}

/** The conversational bot; hand `bot.run(context)` to any Bot Framework adapter. */
export function createBot(deps: CreateBotDeps): Bot {
  const { storage, logger, welcomeTopics, identityChannels, branding, helpUrl, ...ports } = deps;
  const runtime = {
    ...ports,
    branding: branding ?? DEFAULT_BRANDING,
    logger: logger ?? { error: (obj: object, msg: string) => console.error(msg, obj) },
    welcomeTopics: welcomeTopics ?? DEFAULT_WELCOME_TOPICS,
    identityChannels: identityChannels ?? null,
    articleByTitle: titlesOf(ports.knowledge),
    ...(helpUrl ? { helpUrl } : {}),
  };
  return { bot: new RelaisBot(runtime, createTurnStateStore(storage)) };
}
