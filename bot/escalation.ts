import { formatOpening } from '../hours';
import { TEXTS } from './texts';

export interface EscalationInput {
  /** Support is within business hours right now. */
  open: boolean;
  /** A live agent can take a chat right now (only meaningful when open). */
  agentAvailable: boolean;
  /** Some adviser is signed in (busy or free); false: nobody is on duty although support is open. */
  agentsOnDuty?: boolean;
  /** The user's identity was verified by the portal (the ticket form is pre-filled). */
  loggedIn: boolean;
  nextOpening: Date | null;
  /** What the user explicitly asked for, if anything. */
  choice?: 'agent' | 'ticket';
  /** Reference time for « aujourd’hui / demain / lundi »; without it the full date is given. */
  now?: Date;
  /** The configured opening hours, « du lundi au vendredi de 8h30 à 18h30, hors jours fériés ». */
  hours: string;
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
    ? input.agentsOnDuty === false
      ? TEXTS.nobodyOnDuty
      : TEXTS.agentsBusy
    : [TEXTS.hours(input.hours), input.nextOpening ? TEXTS.nextOpening(formatOpening(input.nextOpening, input.now)) : '']
        .filter(Boolean)
        .join(' ');
  return { offerAgent: false, offerTicket: true, message: `${why} ${TEXTS.ticketHint(input.loggedIn)}` };
}
