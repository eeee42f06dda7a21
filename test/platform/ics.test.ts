import { buildIcs, foldIcsLine, type IcsInput } from '../../platform/ics';
import { component, parseIcs, prop, unescapeIcsText, unfoldIcs } from '../helpers/ics';

const base: IcsInput = {
  uid: 'rdv_abc123@relais.example',
  start: new Date('2026-11-30T10:30:00+01:00'),
  durationMinutes: 30,
  summary: 'Rendez-vous téléphonique',
  description: 'Un conseiller vous appellera.',
  organizer: { name: 'Support Relais', email: 'support@relais.example' },
  attendee: { name: 'Marie Dupont', email: 'marie@example.test' },
  now: new Date('2026-11-20T08:00:00Z'),
};

/**
 * Physical lines, measured and decoded from the UTF-8 bytes. An emoji cut between its two UTF-16
 * halves would be encoded as U+FFFD and fail the round trip below.
 */
function physicalLines(ics: string): string[] {
  const bytes = Buffer.from(ics, 'utf8');
  const lines: Buffer[] = [];
  let from = 0;
  for (let i = bytes.indexOf('\r\n', 0); i >= 0; i = bytes.indexOf('\r\n', from)) {
    lines.push(bytes.subarray(from, i));
    from = i + 2;
  }
  expect(from).toBe(bytes.length); // ends with CRLF
  return lines.map((l) => {
    expect(l.length).toBeLessThanOrEqual(75);
    return new TextDecoder('utf-8', { fatal: true }).decode(l);
  });
}

describe('buildIcs', () => {
  it('writes one confirmed event with organizer, attendee and a 15-minute reminder', () => {
    const ics = buildIcs(base);
    const all = parseIcs(ics);
    expect(all[0]).toEqual({ name: 'BEGIN', params: {}, value: 'VCALENDAR' });
    expect(all[all.length - 1]).toEqual({ name: 'END', params: {}, value: 'VCALENDAR' });
    const cal = component(all, 'VCALENDAR');
    expect(prop(cal, 'PRODID').value).toBe('-//Relais//Rendez-vous telephonique//FR');
    expect(prop(cal, 'VERSION').value).toBe('2.0');
    expect(prop(cal, 'CALSCALE').value).toBe('GREGORIAN');
    expect(prop(cal, 'METHOD').value).toBe('REQUEST');
    expect(all.filter((p) => p.name === 'BEGIN' && p.value === 'VEVENT')).toHaveLength(1);

    const event = component(all, 'VEVENT');
    expect(prop(event, 'UID').value).toBe('rdv_abc123@relais.example');
    expect(prop(event, 'DTSTAMP').value).toBe('20261120T080000Z');
    expect(prop(event, 'STATUS').value).toBe('CONFIRMED');
    expect(prop(event, 'SEQUENCE').value).toBe('0');
    expect(prop(event, 'ORGANIZER')).toEqual({ name: 'ORGANIZER', params: { CN: 'Support Relais' }, value: 'mailto:support@relais.example' });
    expect(prop(event, 'ATTENDEE')).toEqual({
      name: 'ATTENDEE',
      params: { CN: 'Marie Dupont', ROLE: 'REQ-PARTICIPANT', PARTSTAT: 'ACCEPTED', RSVP: 'FALSE' },
      value: 'mailto:marie@example.test',
    });
    const alarm = component(all, 'VALARM');
    expect(prop(alarm, 'ACTION').value).toBe('DISPLAY');
    expect(prop(alarm, 'TRIGGER').value).toBe('-PT15M');
    expect(unescapeIcsText(prop(alarm, 'DESCRIPTION').value)).toBe(base.summary);
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n(?:[^\r\n]*\r\n)+$/);
  });

  it.each([
    ['in winter (UTC+1)', '2026-11-30T10:30:00+01:00', 30, '20261130T093000Z', '20261130T100000Z'],
    ['in summer (UTC+2)', '2026-07-15T10:30:00+02:00', 45, '20260715T083000Z', '20260715T091500Z'],
    ['across the autumn change', '2026-10-25T01:30:00+02:00', 120, '20261024T233000Z', '20261025T013000Z'],
  ])('writes DTSTART/DTEND in UTC %s', (_label, start, minutes, dtstart, dtend) => {
    const event = component(parseIcs(buildIcs({ ...base, start: new Date(start), durationMinutes: minutes })), 'VEVENT');
    expect(prop(event, 'DTSTART')).toEqual({ name: 'DTSTART', params: {}, value: dtstart });
    expect(prop(event, 'DTEND')).toEqual({ name: 'DTEND', params: {}, value: dtend });
  });

  it('escapes backslash, semicolon, comma and line breaks in TEXT values', () => {
    const ics = buildIcs({ ...base, summary: 'Facture n° 42; avoir, C:\\dossier', description: 'Ligne 1\nLigne 2\r\nLigne 3\rfin' });
    const event = component(parseIcs(ics), 'VEVENT');
    expect(prop(event, 'SUMMARY').value).toBe('Facture n° 42\\; avoir\\, C:\\\\dossier');
    expect(prop(event, 'DESCRIPTION').value).toBe('Ligne 1\\nLigne 2\\nLigne 3\\nfin');
  });

  it('quotes CN values, dropping double quotes and control characters so nothing can be injected', () => {
    const ics = buildIcs({
      ...base,
      organizer: { name: 'Support "Relais"; ok', email: 'support@relais.example' },
      attendee: { name: 'Marie\r\nX-INJECTED:1\u0007 "la" Dupont', email: 'marie@example.test' },
    });
    const all = parseIcs(ics);
    expect(all.some((p) => p.name.startsWith('X-'))).toBe(false);
    const event = component(all, 'VEVENT');
    expect(prop(event, 'ORGANIZER').params.CN).toBe('Support Relais; ok');
    expect(prop(event, 'ATTENDEE').params.CN).toBe('Marie X-INJECTED:1  la Dupont');
    expect(ics).toContain('ATTENDEE;CN="Marie X-INJECTED:1  la Dupont";ROLE=');
  });

  it('leaves CN out for an attendee without a name, and the attendee out when not given', () => {
    const anonymous = component(parseIcs(buildIcs({ ...base, attendee: { name: null, email: 'a@example.test' } })), 'VEVENT');
    expect(prop(anonymous, 'ATTENDEE').params).toEqual({ ROLE: 'REQ-PARTICIPANT', PARTSTAT: 'ACCEPTED', RSVP: 'FALSE' });
    const { attendee: _none, ...withoutAttendee } = base;
    expect(component(parseIcs(buildIcs(withoutAttendee)), 'VEVENT').some((p) => p.name === 'ATTENDEE')).toBe(false);
    expect(prop(component(parseIcs(buildIcs({ ...base, method: 'PUBLISH' })), 'VCALENDAR'), 'METHOD').value).toBe('PUBLISH');
  });

  it('folds long lines at 75 UTF-8 octets without splitting accented letters or emoji, and round-trips', () => {
    const summary = `Rendez-vous téléphonique — « échéancier de facturation électronique » ${'éà😀ç'.repeat(30)} 📞`;
    const description = `Bonjour Élodie,\nvotre conseillère, Hélène Françoise, vous appellera; merci 🙏\\ à bientôt.\n${'漢字ü'.repeat(40)}`;
    const ics = buildIcs({ ...base, summary, description });
    const lines = physicalLines(ics);
    expect(lines.filter((l) => l.startsWith(' ')).length).toBeGreaterThan(10);
    for (const l of lines) expect(l).not.toMatch(/^\s{2}/); // exactly one space starts a continuation
    const event = component(parseIcs(ics), 'VEVENT');
    expect(unescapeIcsText(prop(event, 'SUMMARY').value)).toBe(summary);
    expect(unescapeIcsText(prop(event, 'DESCRIPTION').value)).toBe(description);
  });

  it('folds right before a character that would cross the 75th octet', () => {
    const exact = `SUMMARY:${'a'.repeat(67)}`; // 75 octets: kept whole
    expect(foldIcsLine(exact)).toBe(exact);
    const accent = foldIcsLine(`SUMMARY:${'a'.repeat(66)}éb`); // é would take octets 75–76
    expect(accent.split('\r\n').map((l) => Buffer.byteLength(l))).toEqual([74, 4]);
    expect(accent).toBe(`SUMMARY:${'a'.repeat(66)}\r\n éb`);
    const emoji = foldIcsLine(`SUMMARY:${'a'.repeat(64)}📞`); // 4 octets, 73–76
    expect(emoji).toBe(`SUMMARY:${'a'.repeat(64)}\r\n 📞`);
    const long = foldIcsLine('D'.repeat(75 + 74 + 10));
    expect(long.split('\r\n').map((l) => Buffer.byteLength(l))).toEqual([75, 75, 11]);
    expect(unfoldIcs(`${long}\r\n`)).toEqual(['D'.repeat(159)]);
  });

  it.each([
    ['an organizer address with CRLF', { organizer: { name: 'S', email: 'support@relais.example\r\nX-A:1' } }],
    ['an attendee address with a colon', { attendee: { name: null, email: 'a:b@example.test' } }],
    ['a zero duration', { durationMinutes: 0 }],
    ['a fractional duration', { durationMinutes: 1.5 }],
    ['an invalid start', { start: new Date('pas une date') }],
  ])('refuses %s', (_label, over) => {
    expect(() => buildIcs({ ...base, ...over })).toThrow(/^ics: /);
  });
});
