import { WIDGET_CHANNEL_ID } from '../channels';
import { toLiveMessage, toTranscriptLines } from './activities';
import type { TranscriptLine, UserChannel } from './ports';
import type { LiveMessage } from '../protocol/agent-events';

/** Transcript lines read back for a hand-off or a ticket (the bot keeps at most 100 of them). */
const MAX_LINES = 100;

/**
 * Widget conversations' transcripts, read from the channel's stored messages (the bot's, the
 * user's, the agents' and the live chat's notices; internal notes left out): the bot keeps no
 * copy of them in its state (bot/transcript.ts).
 */
export function createConversationHistory(users: Pick<UserChannel, 'history'>) {
  return {
    channelId: WIDGET_CHANNEL_ID,
    async lines(conversationId: string): Promise<TranscriptLine[]> {
      const activities = await users.history(conversationId, MAX_LINES);
      const messages = activities
        .map((activity) => toLiveMessage('', { seq: 0, audience: 'all', activity }))
        .filter((m): m is LiveMessage => m !== null);
      return toTranscriptLines(messages);
    },
  };
}
