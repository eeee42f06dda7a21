import { decideEscalation, type EscalationDecision } from './escalation';
import { startHandoff } from './handoff';
import { LABELS } from './texts';
import { say, type Turn } from './turn';

/** Reads the ports and applies the pure decision. Agents are only polled while support is open. */
export async function escalationDecision(turn: Turn, choice?: 'agent' | 'ticket'): Promise<EscalationDecision> {
  const { hours, agents, clock } = turn.deps;
  const now = clock.now();
  const open = hours.isOpen(now);
  const advisers = open ? await agents.availability() : { canTake: false, onDuty: false };
  return decideEscalation({
    open,
    agentAvailable: advisers.canTake,
    // «All busy» and «nobody there» are different truths.
    agentsOnDuty: advisers.onDuty,
    loggedIn: turn.data.requester?.verified === true,
    nextOpening: open ? null : hours.nextOpening(now),
    choice,
    now,
    hours: hours.describe(),
  });
}

/** What a reply with these actions offers, for a bare «oui» that follows it: a person first. */
export function offerOf(d: EscalationDecision): 'agent' | 'ticket' | null {
  return d.offerAgent ? 'agent' : d.offerTicket ? 'ticket' : null;
}

export function escalationActions(d: EscalationDecision): string[] {
  const actions: string[] = [];
  if (d.offerAgent) actions.push(LABELS.agent);
  if (d.offerTicket) actions.push(LABELS.ticket);
  return actions;
}

/** Offers a human (agent and/or ticket). `reason` travels with a later hand-off. */
export async function offerEscalation(turn: Turn, reason: string, intro?: string): Promise<void> {
  turn.data.escalationReason = reason;
  const d = await escalationDecision(turn);
  turn.data.lastOffer = offerOf(d);
  await say(turn, intro ? `${intro} ${d.message}` : d.message, escalationActions(d));
}

/** The user asked for an agent: hand off when possible, otherwise explain and offer a ticket. */
export async function requestAgent(turn: Turn): Promise<void> {
  const d = await escalationDecision(turn, 'agent');
  if (d.offerAgent) return startHandoff(turn);
  turn.data.lastOffer = offerOf(d);
  await say(turn, d.message, escalationActions(d));
}
