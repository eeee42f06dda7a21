import type { PortalInvoice } from '../protocol/portal';
import type { PortalProfile } from '../protocol/profile';
import type { TrainingSession } from '../protocol/training';
/**
 * The bot's narrow ports to the rest of Relais. Plain data only (no botbuilder types), so the
 * live chat, ticketing and the stores can implement them without knowing the Bot Framework.
 */
import type { Knowledge } from '../knowledge';
import type { NewTicket, Requester, TranscriptLine } from '../ticketing';
import type { HandoffRequest, HandoffResult, HandoffStatusValue } from '../livechat';

export type { HandoffRequest, HandoffResult, HandoffStatusValue, TranscriptLine };

/** Business hours (hours/calendar.ts implements it). */
export interface SupportHours {
  isOpen(now: Date): boolean;
  /** Start of the next opening period strictly after `now`, or null if none within a year. */
  nextOpening(now: Date): Date | null;
  /** The opening hours in words: « du lundi au vendredi de 8h30 à 18h30, hors jours fériés ». */
  describe(): string;
}

/** Whether a live agent can take a chat right now. Until the live chat lands: always false. */
export interface AgentAvailability {
  /**
   * Whether an adviser can take a chat now (`canTake`) and whether any is signed in and on duty,
   * busy or free (`onDuty`: tells «all busy» from «nobody there»), read in one pass.
   */
  availability(): Promise<{ canTake: boolean; onDuty: boolean }>;
}

/** Where the bot hands a conversation to a human (the live chat implements it). */
export interface Handoff {
  initiate(request: HandoffRequest): Promise<HandoffResult>;
  /**
   * Whether the conversation is still queued or with an agent. Asked only when a message reaches
   * the bot while it believes a human has the conversation, so a lost `handoff.status` event can
   * never leave the user talking to a silent bot.
   */
  isActive?(conversationId: string): Promise<boolean>;
}

/** Ratings and unanswered questions (bot/feedback implements it). */
export interface FeedbackStore {
  recordRating(r: Rating): Promise<void>;
  /** Attaches the user's comment to the latest dislike of that conversation and message. */
  addComment(conversationId: string, messageId: string, comment: string): Promise<void>;
  recordUnanswered(u: { conversationId: string; question: string; score: number; at: Date }): Promise<void>;
  /** What the bot did with a question (the dashboard counts them per day). */
  recordOutcome(o: { conversationId: string; outcome: BotOutcome; articleId: string | null; at: Date }): Promise<void>;
}

/** A question answered, met with choices, not understood, taken as a request, or an article picked among choices. */
export type BotOutcome = 'answer' | 'clarify' | 'fallback' | 'intent' | 'choice';

export interface Rating {
  conversationId: string;
  /** Id of the rated bot message (the invoke's `replyToId`). */
  messageId: string;
  reaction: 'like' | 'dislike';
  question: string | null;
  articleId: string | null;
  score: number | null;
  comment: string | null;
  at: Date;
}

/** Ticket creation as the bot needs it (ticketing's service implements it). */
export interface TicketCreator {
  /**
   * `origin`: where the request comes from, for the limits on new tickets that every entry point
   * shares; a refusal is an error with `code: 'RATE_LIMITED'` and a French message.
   */
  create(
    input: NewTicket,
    origin?: { ip?: string | null; conversationId?: string | null },
  ): Promise<{ ticket: { number: string }; followUpUrl: string | null }>;
}

/**
 * A channel that stores its conversations' messages (the widget): the bot reads the transcript
 * from there instead of keeping a second copy in its state (livechat/history.ts implements it).
 */
export interface ConversationHistory {
  /** The channel whose conversations it covers. */
  channelId: string;
  /** The conversation's messages as transcript lines, oldest first (the most recent ones). */
  lines(conversationId: string): Promise<TranscriptLine[]>;
}

/** What the bot reports for the metrics (platform/metrics.ts implements it through the roof); optional. */
export interface BotObserver {
  turn(channel: string): void;
  outcome(kind: 'answer' | 'clarify' | 'fallback' | 'intent'): void;
  rating(reaction: 'like' | 'dislike'): void;
  handoff(result: string): void;
}

/**
 * The logged-in user's invoices (the roof adapts the portal port, with its rate limit): a failure
 * throws, `code: 'RATE_LIMITED'` when the user looked up too many in a short time.
 */
export interface InvoiceLookup {
  /** Most recent first. */
  recent(portalUserId: string, limit: number): Promise<PortalInvoice[]>;
  /** One of the user's invoices by number (any spelling); null: not theirs or none. */
  find(portalUserId: string, number: string): Promise<PortalInvoice | null>;
}

/** Accompaniment sessions (training/ implements it): what the conversation lists, registers and cancels. */
export interface TrainingPort {
  /** Sessions open for registration for that profile (or for all publics), soonest first. */
  upcoming(profile: PortalProfile | null): Promise<TrainingSession[]>;
  register(r: { sessionId: string; name: string; email: string; portalUserId: string | null; verified: boolean }): Promise<{ status: 'confirmed' | 'pending' | 'full' | 'closed' | 'already' | 'limited'; session: TrainingSession | null }>;
  /** A verified user's upcoming registrations. */
  registrationsOf(portalUserId: string): Promise<{ session: TrainingSession; registration: { id: string; status: string } }[]>;
  cancelFor(portalUserId: string, registrationId: string): Promise<boolean>;
}

export interface BotDeps {
  /** Metrics (none: nothing reported). */
  observe?: BotObserver;
  knowledge: Knowledge;
  hours: SupportHours;
  agents: AgentAvailability;
  handoff: Handoff;
  feedback: FeedbackStore;
  tickets: TicketCreator;
  clock: { now(): Date };
  history?: ConversationHistory;
  /** Invoice follow-up for verified users (none: questions about an invoice get the article). */
  invoices?: InvoiceLookup;
  /** Registration for accompaniment sessions (none: questions about them get the article). */
  training?: TrainingPort;
  /** The end of a live chat: rating and transcript by e-mail (the live chat implements it). */
  satisfaction?: ChatSatisfaction;
}

/**
 * What the user says at the end of a chat with an adviser. The values come from the widget as
 * they are: the implementation checks them (a bad one throws a ZodError) and that the chat is a
 * closed one of this conversation; each is accepted once per chat.
 */
export interface ChatSatisfaction {
  record(conversationId: string, input: unknown): Promise<'recorded' | 'already' | 'unknown'>;
  mailTranscript(conversationId: string, input: unknown, verifiedEmail: string | null): Promise<'sent' | 'already' | 'unknown' | 'email-needed'>;
}
