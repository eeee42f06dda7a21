import { TicketError } from './errors';
import { ReplyBody } from './http/schemas';
import type { ReplyAddresses } from './reply-address';
import type { TicketService } from './service';

/** A received e-mail, as the inbound listener parsed it (platform/mail/inbound-server.ts). */
export interface InboundMail {
  /** Envelope recipients (RCPT TO). */
  to: readonly string[];
  /** The sender (From), lower case, or null. */
  from: string | null;
  /** The plain-text body (mailparser's, from the HTML part when there is no text one). */
  text: string;
  /** Files attached to the reply (joined to the ticket, checked as the follow-up page's). */
  attachments?: readonly { filename: string; bytes: Buffer }[];
}

/**
 * Where the quoted message starts: «Le 2 déc. 2026 à 10:00, Support <…> a écrit :», «On … wrote:»,
 * Outlook's «-----Original Message-----» / «De : …» header block, or a signature delimiter.
 */
const QUOTE_START = [
  /^\s*le\s.{3,200}\sa\s+écrit\s*:\s*$/i,
  /^\s*on\s.{3,200}\swrote\s*:\s*$/i,
  /^\s*-{2,}\s*(?:original message|message d['’]origine|message original)\s*-{2,}\s*$/i,
  /^\s*_{10,}\s*$/,
  /^\s*(?:de|from)\s*:\s.+$/i,
  /^-- $/,
];

/** The reply itself: the quoted message (and the lines written as quotes) left out. */
export function replyText(text: string): string {
  const kept: string[] = [];
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (QUOTE_START.some((re) => re.test(line))) break;
    if (/^\s*>/.test(line)) continue;
    kept.push(line);
  }
  return kept.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

/**
 * Replies by e-mail: a message to a ticket's signed reply address becomes the requester's reply,
 * validated as the follow-up page's (same rules and limits); anything else is refused.
 */
export function createInboundTicketMail(deps: { tickets: Pick<TicketService, 'mailReply'>; addresses: ReplyAddresses }) {
  return {
    /** Whether a recipient is a ticket's reply address (the listener refuses the others at RCPT TO). */
    accepts: (recipient: string): boolean => deps.addresses.ticketOf(recipient) !== null,
    async deliver(mail: InboundMail): Promise<string[]> {
      const numbers = [...new Set(mail.to.map((r) => deps.addresses.ticketOf(r)).filter((n): n is string => n !== null))];
      if (numbers.length === 0) throw new TicketError('TICKET_NOT_FOUND', 'Adresse de réponse inconnue.');
      const reply = replyText(mail.text);
      const files = mail.attachments ?? [];
      if (!reply && files.length === 0) throw new TicketError('INVALID_INPUT', 'Message vide : écrivez votre réponse au-dessus du message cité.');
      let message = '';
      if (reply) {
        const parsed = ReplyBody.safeParse({ message: reply });
        if (!parsed.success) throw new TicketError('INVALID_INPUT', `${parsed.error.issues[0]?.message ?? 'Message invalide.'} Répondez depuis la page de suivi pour un message plus long.`);
        message = parsed.data.message;
      }
      for (const number of numbers) {
        await deps.tickets.mailReply(number, message, mail.from ?? '', files).catch((err: unknown) => {
          // Which file was refused, in the bounce: the person can send the reply again without it.
          if (err instanceof TicketError && err.code === 'INVALID_INPUT' && files.length > 0) {
            throw new TicketError('INVALID_INPUT', `Pièce jointe refusée — ${err.message} Renvoyez votre réponse sans elle ou joignez-la depuis la page de suivi.`);
          }
          throw err;
        });
      }
      return numbers;
    },
  };
}

export type InboundTicketMail = ReturnType<typeof createInboundTicketMail>;
