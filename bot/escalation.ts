import { HOURS, TEXTS } from './texts';

export interface EscalationInput {
  /** Support is within business hours right now. */
  open: boolean;
  /** A live agent can take a chat right now (only meaningful when open). */
  agentAvailable: boolean;
  /** The user's identity was verified by the portal (the ticket form is pre-filled). */
  loggedIn: boolean;
  nextOpening: Date | null;
  /** What the user explicitly asked for, if anything. */
  choice?: 'agent' | 'ticket';
  /** Reference time for « aujourd’hui / demain / lundi »; without it the full date is given. */
  now?: Date;
}

export interface EscalationDecision {
  offerAgent: boolean;
  offerTicket: boolean;
  message: string;
}

/**
 * What to offer a user who needs a human. Pure, so the whole truth table is tested without a bot.
 * A live agent is offered only when support is open and an agent can take the chat; a ticket is
 * always possible (it is the fallback), except when the user asked for an agent and gets one.
 */
export function decideEscalation(input: EscalationInput): EscalationDecision {
  const agentPossible = input.open && input.agentAvailable;
  if (input.choice === 'ticket') {
    return { offerAgent: false, offerTicket: true, message: TEXTS.ticketChosen };
  }
  if (agentPossible) {
    return input.choice === 'agent'
      ? { offerAgent: true, offerTicket: false, message: TEXTS.agentNow }
      : { offerAgent: true, offerTicket: true, message: TEXTS.agentOrTicket };
  }
  const why = input.open
    ? TEXTS.agentsBusy
    : [HOURS, input.nextOpening ? TEXTS.nextOpening(formatOpening(input.nextOpening, input.now)) : '']
        .filter(Boolean)
        .join(' ');
  return { offerAgent: false, offerTicket: true, message: `${why} ${TEXTS.ticketHint(input.loggedIn)}` };
}

const ZONE = 'Europe/Paris';
const dayKey = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
const weekday = new Intl.DateTimeFormat('fr-FR', { timeZone: ZONE, weekday: 'long' });
const fullDate = new Intl.DateTimeFormat('fr-FR', { timeZone: ZONE, weekday: 'long', day: 'numeric', month: 'long' });
const fullDateYear = new Intl.DateTimeFormat('fr-FR', {
  timeZone: ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const clock = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** Days between two instants counted on the Paris calendar (not in 24-hour slices). */
function parisDayDiff(from: Date, to: Date): number {
  const utcMidnight = (d: Date) => Date.parse(`${dayKey.format(d)}T00:00:00Z`);
  return Math.round((utcMidnight(to) - utcMidnight(from)) / 86_400_000);
}

/** « 8h30 », « 9h » — the way the portal writes its opening hours. */
function parisTime(d: Date): string {
  const [h = '0', m = '00'] = clock.format(d).split(':');
  return `${Number(h)}h${m === '00' ? '' : m}`;
}

/** « aujourd’hui à 8h30 », « demain à 8h30 », « lundi à 8h30 », else « le mardi 2 janvier à 8h30 ». */
export function formatOpening(at: Date, now?: Date): string {
  const time = `à ${parisTime(at)}`;
  if (now) {
    const days = parisDayDiff(now, at);
    if (days === 0) return `aujourd’hui ${time}`;
    if (days === 1) return `demain ${time}`;
    if (days > 1 && days < 7) return `${weekday.format(at)} ${time}`;
  }
  const sameYear = now && dayKey.format(now).slice(0, 4) === dayKey.format(at).slice(0, 4);
  // French writes the first day of a month « 1er ».
  const date = (sameYear ? fullDate : fullDateYear).format(at).replace(/^(\S+) 1 /, '$1 1er ');
  return `le ${date} ${time}`;
}
