import type { Requester, TranscriptLine } from '../protocol/ticket';
import type { PageContext } from '../protocol/page-context';

/**
 * The hand-off contract between the bot and the live chat, in the Bot Framework's terms: the bot
 * asks with a `handoff.initiate` event, the live chat answers, and gives the conversation back
 * with a `handoff.status` event. Plain data only.
 */
/** `value` of the `handoff.status` event that gives the conversation back to the bot. */
export interface HandoffStatusValue {
  state: 'accepted' | 'completed' | 'failed';
  /** closed, handed-back, user-left, support-closed, no-agent… */
  reason?: string;
  /** What was said with the agent, appended to the bot's transcript (a later ticket carries it). */
  transcript?: TranscriptLine[];
  ticketNumber?: string | null;
  /** The chat that ended, when an adviser had it: the user may rate it and ask for its transcript. */
  ratableChatId?: string | null;
}

export interface HandoffRequest {
  conversationId: string;
  /** The standard Bot Framework `handoff.initiate` event activity, as plain JSON. */
  event: Record<string, unknown>;
  transcript: TranscriptLine[];
  reason: string;
  requester: Requester | null;
  /** The thumbs-down comment, when the hand-off follows one. */
  comment: string | null;
  /** The portal page the user last wrote from, shown to the adviser. */
  page?: PageContext | null;
}

export type HandoffResult =
  /** `queuePosition` 0: an agent takes the conversation at once. */
  | { accepted: true; queuePosition: number; estimatedWaitMinutes: number }
  | { accepted: false; reason: string };
