import { z } from 'zod';
import type { Db, Queryable } from '../platform/db';
import { renderLayout, type MailMessage } from '../platform/mail';
import { formatParisDateTime } from '../protocol/french-dates';
import type { MailPort, TranscriptLine } from './ports';

export const MAX_SATISFACTION_COMMENT = 1000;

/** What the widget's end-of-chat form sends (checked here: the bot only passes it on). */
export const SatisfactionInput = z.object({
  chatId: z.string().min(1).max(64),
  score: z.number().int().min(1).max(5),
  comment: z.string().trim().max(MAX_SATISFACTION_COMMENT).optional(),
});
export const TranscriptRequest = z.object({
  chatId: z.string().min(1).max(64),
  email: z.email().max(254).optional(),
});

export type SatisfactionOutcome = 'recorded' | 'already' | 'unknown';
export type TranscriptOutcome = 'sent' | 'already' | 'unknown' | 'email-needed';

export interface SatisfactionRow {
  chatId: string;
  agentId: number | null;
  score: number;
  comment: string | null;
  at: string;
}

export interface SatisfactionDeps {
  db: Db;
  mail: MailPort;
  clock: { now(): Date };
  portalName: string;
  /** The whole conversation, as transcript lines (the channel's stored messages). */
  lines(conversationId: string): Promise<TranscriptLine[]>;
}

const FROM: Record<TranscriptLine['from'], string> = { user: 'Vous', bot: 'Assistant', agent: 'Conseiller', system: 'Information' };

/** The conversation's transcript as an e-mail to the user. */
export function transcriptMail(to: string, lines: readonly TranscriptLine[], portalName: string): MailMessage {
  return {
    to: [to],
    subject: `Transcription de votre échange avec le support ${portalName}`,
    ...renderLayout({
      title: 'La transcription de votre échange',
      paragraphs: [
        'Bonjour,',
        `Voici, comme demandé, la transcription de votre échange avec le support ${portalName}.`,
        ...lines.map((l) => `${FROM[l.from] ?? l.from}, ${formatParisDateTime(new Date(l.at))}\u00a0:\n${l.text}`),
        `Bien cordialement,\nL’équipe du support ${portalName}`,
      ],
    }),
  };
}

/**
 * The end of a live chat: the user's rating (1 to 5, an optional comment) and the transcript by
 * e-mail, each once per chat, and only for a closed chat of that conversation that an adviser had.
 */
export function createSatisfaction(deps: SatisfactionDeps) {
  const { db } = deps;
  const ENDED = "conversation_id = $1 AND id = $2 AND state = 'closed' AND agent_id IS NOT NULL";
  /** After a conditional UPDATE changed nothing: the chat was done already, or is not one of this conversation's. */
  const missed = async (q: Queryable, conversationId: string, chatId: string): Promise<'already' | 'unknown'> =>
    (await q.query(`SELECT 1 FROM livechat_chats WHERE ${ENDED}`, [conversationId, chatId])).length ? 'already' : 'unknown';
  return {
    async record(conversationId: string, input: unknown): Promise<SatisfactionOutcome> {
      const v = SatisfactionInput.parse(input);
      const changed = await db.execute(
        `UPDATE livechat_chats SET satisfaction_score = $3, satisfaction_comment = $4, satisfaction_at = $5
         WHERE ${ENDED} AND satisfaction_score IS NULL`,
        [conversationId, v.chatId, v.score, v.comment || null, deps.clock.now().getTime()],
      );
      return changed === 1 ? 'recorded' : missed(db, conversationId, v.chatId);
    },

    async mailTranscript(conversationId: string, input: unknown, verifiedEmail: string | null): Promise<TranscriptOutcome> {
      const v = TranscriptRequest.parse(input);
      const to = verifiedEmail ?? v.email ?? null;
      if (!to) return 'email-needed';
      const lines = await deps.lines(conversationId);
      const outcome = await db.transaction(async (tx): Promise<TranscriptOutcome> => {
        const changed = await tx.execute(
          `UPDATE livechat_chats SET transcript_mailed_at = $3 WHERE ${ENDED} AND transcript_mailed_at IS NULL`,
          [conversationId, v.chatId, deps.clock.now().getTime()],
        );
        if (changed !== 1) return missed(tx, conversationId, v.chatId);
        await deps.mail.enqueue(tx, transcriptMail(to, lines, deps.portalName), { kind: 'livechat.transcript', ref: v.chatId });
        return 'sent';
      });
      if (outcome === 'sent') deps.mail.nudge();
      return outcome;
    },

    /** Ratings given in the period, most recent first (the reports' `satisfaction`). */
    async report(range: { from: Date; to: Date }): Promise<SatisfactionRow[]> {
      const rows = await db.query<{ id: string; agent_id: number | null; satisfaction_score: number; satisfaction_comment: string | null; satisfaction_at: number }>(
        `SELECT id, agent_id, satisfaction_score, satisfaction_comment, satisfaction_at FROM livechat_chats
         WHERE satisfaction_at >= $1 AND satisfaction_at < $2 ORDER BY satisfaction_at DESC LIMIT 500`,
        [range.from.getTime(), range.to.getTime()],
      );
      return rows.map((r) => ({
        chatId: r.id,
        agentId: r.agent_id === null ? null : Number(r.agent_id),
        score: Number(r.satisfaction_score),
        comment: r.satisfaction_comment,
        at: new Date(Number(r.satisfaction_at)).toISOString(),
      }));
    },
  };
}

export type Satisfaction = ReturnType<typeof createSatisfaction>;
