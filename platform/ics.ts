/**
 * The invitation joined to an e-mail (a phone appointment, a training session): an RFC 5545
 * calendar with one event, written by hand (a dozen properties do not justify a dependency). Every value that comes from people (names,
 * summary, description) is escaped here, so callers pass plain text.
 */
export interface IcsInput {
  /** Globally unique and stable for the appointment: a later update or cancellation reuses it. */
  uid: string;
  start: Date;
  durationMinutes: number;
  summary: string;
  description: string;
  organizer: { name: string; email: string };
  attendee?: { name: string | null; email: string };
  /** DTSTAMP: when this calendar object was created. */
  now: Date;
  /** `REQUEST` (default): an invitation; `PUBLISH`: a plain event to import. */
  method?: 'REQUEST' | 'PUBLISH';
  /** The event's address (a webinar's link): LOCATION and URL. */
  url?: string;
  /** PRODID's product name (default: the live chat's phone appointments). */
  product?: string;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;
const REMINDER_MINUTES = 15;

/** UTC "form #2" date-time: 20261130T093000Z. */
export function icsDateTime(d: Date): string {
  if (Number.isNaN(d.getTime())) throw new Error('ics: invalid date in calendar event');
  return d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, line breaks as `\n`. */
export function escapeIcsText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n|\u2028|\u2029/g, '\\n')
    .replace(/[\x00-\x08\x0b-\x1f\x7f]/g, ''); // TEXT allows no other control character (HTAB aside)
}

/** `;CN="…"`, or nothing for no name: DQUOTE and control characters cannot be quoted, so they go. */
function commonName(name: string | null): string {
  const clean = (name ?? '').replace(/[\p{Cc}\u2028\u2029]+/gu, ' ').replace(/"/g, '').trim();
  return clean ? `;CN="${clean}"` : '';
}

// A mailto: target is not escaped but must not carry anything that ends the value or the line.
function mailto(email: string): string {
  if (!/^[^\s"<>:;,\\\p{Cc}]+@[^\s"<>:;,\\\p{Cc}@]+$/u.test(email)) {
    throw new Error('ics: invalid e-mail address in calendar event');
  }
  return `mailto:${email}`;
}

/**
 * Folds a content line so no physical line exceeds 75 octets of UTF-8, the continuation lines
 * starting with one space (which counts). Iterating by code point never cuts a character's bytes.
 */
export function foldIcsLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    if (octets + size > MAX_OCTETS) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join(CRLF);
}

/** The calendar, CRLF line endings included after the last line. */
export function buildIcs(input: IcsInput): string {
  if (!Number.isInteger(input.durationMinutes) || input.durationMinutes <= 0) {
    throw new Error('ics: calendar event duration must be a positive number of minutes');
  }
  const end = new Date(input.start.getTime() + input.durationMinutes * 60_000);
  const { organizer, attendee } = input;
  const lines = [
    'BEGIN:VCALENDAR',
    `PRODID:-//Relais//${input.product ?? 'Rendez-vous telephonique'}//FR`,
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    `METHOD:${input.method ?? 'REQUEST'}`,
    'BEGIN:VEVENT',
    `UID:${escapeIcsText(input.uid)}`,
    `DTSTAMP:${icsDateTime(input.now)}`,
    `DTSTART:${icsDateTime(input.start)}`,
    `DTEND:${icsDateTime(end)}`,
    `SUMMARY:${escapeIcsText(input.summary)}`,
    `DESCRIPTION:${escapeIcsText(input.description)}`,
    ...(input.url ? [`LOCATION:${escapeIcsText(input.url)}`, `URL:${input.url}`] : []),
    `ORGANIZER${commonName(organizer.name)}:${mailto(organizer.email)}`,
    ...(attendee
      ? [`ATTENDEE${commonName(attendee.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:${mailto(attendee.email)}`]
      : []),
    'STATUS:CONFIRMED',
    'SEQUENCE:0',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeIcsText(input.summary)}`,
    `TRIGGER:-PT${REMINDER_MINUTES}M`,
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldIcsLine).join(CRLF) + CRLF;
}
