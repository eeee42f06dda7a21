import crypto from 'node:crypto';

/** Hex digits of the address's signature: 80 bits, not guessable, short enough for a local part. */
const SIGNATURE_HEX = 20;

export interface ReplyAddresses {
  /** `ticket+rl-2026-000123.<signature>@domain`: replying to it adds to that ticket. */
  addressOf(ticketNumber: string): string;
  /** The ticket number of a reply address, or null when it is not one (wrong domain, form or signature). */
  ticketOf(address: string): string | null;
}

/**
 * Reply-To addresses that route an e-mail reply back to its ticket. The signature (HMAC of the
 * number) is the credential, as the follow-up link's token is: nobody can write into a ticket by
 * guessing its number. Lower case throughout: mail servers may fold a local part's case.
 */
export function createReplyAddresses(secret: string, domain: string): ReplyAddresses {
  const host = domain.toLowerCase();
  const sign = (number: string) => crypto.createHmac('sha256', secret).update(number.toLowerCase()).digest('hex').slice(0, SIGNATURE_HEX);
  const FORM = new RegExp(`^ticket\\+([a-z]{2}-\\d{4}-\\d{6})\\.([0-9a-f]{${SIGNATURE_HEX}})@(.+)$`);
  return {
    addressOf: (number) => `ticket+${number.toLowerCase()}.${sign(number)}@${host}`,
    ticketOf(address) {
      const m = FORM.exec(address.trim().toLowerCase());
      if (!m || m[3] !== host) return null;
      const expected = Buffer.from(sign(m[1]!));
      const given = Buffer.from(m[2]!);
      return expected.length === given.length && crypto.timingSafeEqual(expected, given) ? m[1]!.toUpperCase() : null;
    },
  };
}
