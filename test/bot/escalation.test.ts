import { decideEscalation } from '../../bot';
import { createBusinessHours, formatOpening } from '../../hours';
import { FRIDAY_EVENING, FRIDAY_MORNING, MONDAY_OPENING } from './harness';

const WEEK = createBusinessHours().describe();
const HOURS = `Nos conseillers sont disponibles ${WEEK}.`;

describe('decideEscalation', () => {
  const cases: [boolean, boolean, boolean][] = [];
  for (const open of [true, false]) for (const agent of [true, false]) for (const loggedIn of [true, false]) cases.push([open, agent, loggedIn]);

  it.each(cases)('open=%s agent=%s loggedIn=%s', (open, agentAvailable, loggedIn) => {
    const d = decideEscalation({ open, agentAvailable, loggedIn, nextOpening: open ? null : MONDAY_OPENING, now: FRIDAY_EVENING, hours: WEEK });
    expect(d.offerAgent).toBe(open && agentAvailable);
    expect(d.offerTicket).toBe(true);
    expect(d.message.includes(HOURS)).toBe(!open);
    if (!(open && agentAvailable)) {
      expect(d.message).toContain(loggedIn ? 'coordonnées de votre compte' : 'adresse e-mail');
    }
  });

  it('says when support opens next: Friday evening → « lundi à 8h30 »', () => {
    const d = decideEscalation({ open: false, agentAvailable: false, loggedIn: false, nextOpening: MONDAY_OPENING, now: FRIDAY_EVENING, hours: WEEK });
    expect(d.message).toContain(`${HOURS} Prochaine ouverture : lundi à 8h30.`);
  });

  it('says the configured opening hours, not fixed ones', () => {
    expect(HOURS).toBe('Nos conseillers sont disponibles du lundi au vendredi de 8h30 à 18h30, hors jours fériés.');
    const saturday = [{ start: '09:00', end: '12:00' }];
    const week = [{ start: '08:00', end: '17:00' }];
    const hours = createBusinessHours({ weekly: { 0: [], 1: week, 2: week, 3: week, 4: week, 5: week, 6: saturday }, holidays: false }).describe();
    const d = decideEscalation({ open: false, agentAvailable: false, loggedIn: false, nextOpening: null, hours });
    expect(d.message).toContain('Nos conseillers sont disponibles du lundi au vendredi de 8h à 17h, le samedi de 9h à 12h.');
  });

  it('explains busy agents during opening hours, without the opening hours', () => {
    const d = decideEscalation({ open: true, agentAvailable: false, loggedIn: true, nextOpening: null, hours: WEEK });
    expect(d.message).toMatch(/^Nos conseillers sont tous occupés/);
  });

  it('says nobody is on line during opening hours when no adviser is signed in', () => {
    const d = decideEscalation({ open: true, agentAvailable: false, agentsOnDuty: false, loggedIn: false, nextOpening: null, hours: WEEK });
    expect(d).toMatchObject({ offerAgent: false, offerTicket: true });
    expect(d.message).toMatch(/^Aucun conseiller n’est en ligne pour le moment\. Vous pouvez créer un ticket/);
  });

  it('follows an explicit choice', () => {
    const agent = decideEscalation({ open: true, agentAvailable: true, loggedIn: false, nextOpening: null, choice: 'agent', hours: WEEK });
    expect(agent).toEqual({ offerAgent: true, offerTicket: false, message: 'Je vous mets en relation avec un conseiller.' });
    const closed = decideEscalation({ open: false, agentAvailable: false, loggedIn: false, nextOpening: null, choice: 'agent', hours: WEEK });
    expect(closed.offerAgent).toBe(false);
    expect(closed.offerTicket).toBe(true);
    expect(closed.message).not.toContain('Prochaine ouverture');
    const ticket = decideEscalation({ open: true, agentAvailable: true, loggedIn: false, nextOpening: null, choice: 'ticket', hours: WEEK });
    expect(ticket.offerAgent).toBe(false);
  });
});

describe('formatOpening (Europe/Paris)', () => {
  const at = (iso: string) => new Date(iso);
  it('is relative when close', () => {
    expect(formatOpening(MONDAY_OPENING, FRIDAY_EVENING)).toBe('lundi à 8h30');
    expect(formatOpening(at('2024-06-14T06:30:00Z'), at('2024-06-14T04:00:00Z'))).toBe('aujourd’hui à 8h30');
    // Monday 23:30 in Paris → Tuesday 8:30 is « demain » though only 9 hours away: Paris calendar days.
    expect(formatOpening(at('2024-06-18T06:30:00Z'), at('2024-06-17T21:30:00Z'))).toBe('demain à 8h30');
  });

  it('gives the full date beyond a week, « 1er » and the year when it changes', () => {
    expect(formatOpening(at('2024-07-01T07:00:00Z'), FRIDAY_MORNING)).toBe('le lundi 1er juillet à 9h');
    expect(formatOpening(at('2025-01-02T07:30:00Z'), at('2024-12-24T12:00:00Z'))).toBe('le jeudi 2 janvier 2025 à 8h30');
    expect(formatOpening(MONDAY_OPENING)).toBe('le lundi 17 juin 2024 à 8h30');
  });
});
