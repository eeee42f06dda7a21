import type { Activity } from 'botbuilder';
import type { TranscriptLine } from './ports';
import { addLine, clipLine, MAX_TRANSCRIPT_LINES } from './state';
import type { Turn } from './turn';

/** Lines of the bot's own (ratings, a form's summary) kept beside a channel's stored history. */
const MAX_NOTES = 20;
/** A line read back from the channel's stored messages (a whole article answer fits; the widget caps a user's message at 2,000). */
const MAX_STORED_LINE_CHARS = 8000;

/** Whether the turn's channel stores the conversation's messages (the bot then keeps none of them). */
export const storesHistory = (turn: Turn): boolean => turn.deps.history !== undefined && turn.ctx.activity.channelId === turn.deps.history.channelId;

/**
 * Records a transcript line. `said`: a message the channel carried (the user's text, the bot's
 * and the agent's messages) — on a channel that stores its history (the widget) it is already
 * there, so the bot's state stays small and is not rewritten with the whole conversation on
 * every turn; elsewhere (`/api/messages`) the state keeps it. A note (a rating, a form's
 * summary) exists only here and is always kept.
 */
export function recordLine(turn: Turn, from: TranscriptLine['from'], text: string, said: boolean): void {
  const at = turn.deps.clock.now();
  if (!storesHistory(turn)) return addLine(turn.data, from, text, at);
  if (said) return;
  const notes = (turn.data.notes ??= []);
  notes.push(clipLine(from, text, at));
  if (notes.length > MAX_NOTES) notes.splice(0, notes.length - MAX_NOTES);
}

/** The conversation so far, oldest first: the channel's stored messages and the bot's notes, or the state's transcript. */
export async function transcriptOf(turn: Turn): Promise<TranscriptLine[]> {
  if (!storesHistory(turn)) return turn.data.transcript.map((line) => ({ ...line }));
  // Read from the stored messages, a bot answer is whole, with its article: the adviser reads what the user read.
  const said = (await turn.deps.history!.lines(turn.conversationId)).map((l) => ({
    ...clipLine(l.from, l.text, new Date(l.at), MAX_STORED_LINE_CHARS),
    ...(l.article ? { article: l.article } : {}),
  }));
  const lines = [...said, ...(turn.data.notes ?? []).map((line) => ({ ...line }))];
  // Stable: a note written in the same millisecond as a message stays after it.
  lines.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return lines.slice(-MAX_TRANSCRIPT_LINES);
}

/**
 * The transcript as Bot Framework message activities, the shape `handoff.initiate` attaches
 * (`attachments[0].content.activities`), so a standard agent hub can replay it.
 */
export function transcriptActivities(lines: readonly TranscriptLine[], current: Partial<Activity>): Activity[] {
  const user = current.from ?? { id: 'user', name: 'user' };
  const bot = current.recipient ?? { id: 'bot', name: 'ClaudIA' };
  return lines.map(
    (line) =>
      ({
        type: 'message',
        text: line.text,
        timestamp: line.at,
        from: line.from === 'user' ? { ...user, role: 'user' } : { ...bot, role: line.from === 'bot' ? 'bot' : line.from },
        conversation: current.conversation,
        channelId: current.channelId,
      }) as unknown as Activity,
  );
}
