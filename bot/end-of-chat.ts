import { ZodError } from 'zod';
import { TEXTS } from './texts';
import { say, type Turn } from './turn';

/** `{ relaisSatisfaction }` and `{ relaisTranscript }`: what the widget's end-of-chat form sends. */
export function endOfChatValue(value: unknown): { rating: unknown } | { transcript: unknown } | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as { relaisSatisfaction?: unknown; relaisTranscript?: unknown };
  if (v.relaisSatisfaction !== undefined) return { rating: v.relaisSatisfaction };
  if (v.relaisTranscript !== undefined) return { transcript: v.relaisTranscript };
  return null;
}

/**
 * The user rated the chat that just ended, or asked for its transcript by e-mail: the live chat
 * checks and keeps it (once per chat); the bot says what happened. A verified user's transcript
 * goes to the account's address, whatever the form says.
 */
export async function onEndOfChat(turn: Turn, sent: { rating: unknown } | { transcript: unknown }): Promise<void> {
  const port = turn.deps.satisfaction;
  if (!port) return void (await say(turn, TEXTS.endOfChatUnknown));
  try {
    if ('rating' in sent) {
      const outcome = await port.record(turn.conversationId, sent.rating);
      return void (await say(turn, outcome === 'recorded' ? TEXTS.chatRated : outcome === 'already' ? TEXTS.chatAlreadyRated : TEXTS.endOfChatUnknown));
    }
    const requester = turn.data.requester;
    const verified = requester?.verified === true ? requester.email : null;
    const outcome = await port.mailTranscript(turn.conversationId, sent.transcript, verified);
    const to = verified ?? (sent.transcript as { email?: string }).email ?? '';
    const text = {
      sent: TEXTS.transcriptSent(to),
      already: TEXTS.transcriptAlreadySent,
      unknown: TEXTS.endOfChatUnknown,
      'email-needed': TEXTS.transcriptNeedsEmail,
    }[outcome];
    await say(turn, text);
  } catch (err) {
    if (err instanceof ZodError) return void (await say(turn, TEXTS.endOfChatInvalid));
    throw err;
  }
}
