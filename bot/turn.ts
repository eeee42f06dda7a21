import { MessageFactory, type Activity, type TurnContext } from 'botbuilder';
import type { Article } from '../knowledge';
import type { Branding } from '../protocol/branding';
import type { BotDeps } from './ports';
import type { ConversationData, UserData } from './state';

/** Where turn errors and port failures are reported (pino's `logger.error(obj, msg)` fits). */
export interface BotLogger {
  error(obj: object, msg: string): void;
}

export interface BotRuntime extends BotDeps {
  logger: BotLogger;
  /** The assistant's and the portal's names (settings). */
  branding: Readonly<Branding>;
  /** Article ids proposed as topics in the welcome message. */
  welcomeTopics: readonly string[];
  /** Channel ids whose `channelData.relais.requester` is believed; null: every channel. */
  identityChannels: readonly string[] | null;
  /** The articles by title as `fold` gives it: a typed-in title (or a topic button's label) picks its article. */
  articleByTitle(folded: string): Article | undefined;
  /** The help centre's page of an article (`/aide/<id>`), linked under each answer («Lire la fiche complète»); none: no link. */
  helpUrl?: (articleId: string) => string;
}

/** Everything a flow needs for one turn: botbuilder stays behind this small object. */
export interface Turn {
  ctx: TurnContext;
  data: ConversationData;
  user: UserData;
  deps: BotRuntime;
  conversationId: string;
  /** The client's address, when a trusted channel gave it (`channelData.relais.clientIp`): the ticket limits count by it. */
  clientIp: string | null;
}

const HELD_BY_LIVE_CHAT = Symbol('relais.heldByLiveChat');

/** The turn's message belongs to the live chat (a hand-off holds the conversation): the channel relays it. */
export function leaveToLiveChat(turn: Turn): void {
  turn.ctx.turnState.set(HELD_BY_LIVE_CHAT, true);
}

export const liveChatHolds = (ctx: TurnContext): boolean => ctx.turnState.get(HELD_BY_LIVE_CHAT) === true;

/**
 * Sends a message, with buttons when `actions` is given (imBack: the label comes back as the
 * user's text, readable in the transcript and by screen readers). Returns the message id the
 * channel assigned, which ratings later refer to as `replyToId`.
 */
export async function say(
  turn: Turn,
  text: string,
  actions?: string[],
  extra?: Partial<Activity>,
): Promise<string | undefined> {
  const base = actions?.length ? MessageFactory.suggestedActions(actions, text) : MessageFactory.text(text);
  const activity: Partial<Activity> = { ...base, textFormat: 'markdown', locale: 'fr-FR', ...extra };
  const sent = await turn.ctx.sendActivity(activity);
  return sent?.id;
}
