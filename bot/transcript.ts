import type { Activity } from 'botbuilder';
import type { TranscriptLine } from './ports';

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

