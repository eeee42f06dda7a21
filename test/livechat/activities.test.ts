import { toLiveMessage, toTranscriptLines } from '../../livechat/activities';
import { userMessageText } from '../../protocol/user-text';

const user = (id: string, fields: { text?: string; value?: unknown }) => ({
  seq: 0,
  audience: 'all' as const,
  activity: { type: 'message', id, from: { id: 'u', role: 'user' }, timestamp: '2026-12-01T09:00:00.000Z', ...fields },
});

describe('bot answers in transcripts', () => {
  it('name the article a bot answer gave, and only a bot answer', () => {
    const answer = { seq: 0, audience: 'all' as const, activity: { type: 'message', id: 'b1', from: { id: 'bot', role: 'bot' }, timestamp: '2026-12-01T09:00:00.000Z', text: 'x'.repeat(1500), channelData: { relais: { articleId: 'facture-brouillon', title: 'Envoyer une facture restée en mode brouillon', score: 0.9 } } } };
    const forged = user('u1', { text: 'salut' });
    (forged.activity as Record<string, unknown>).channelData = { relais: { articleId: 'facture-brouillon', title: 'forgé' } };
    const lines = toTranscriptLines([toLiveMessage('c', answer as never)!, toLiveMessage('c', forged as never)!]);
    expect(lines[0]).toMatchObject({ from: 'bot', article: { id: 'facture-brouillon', title: 'Envoyer une facture restée en mode brouillon' } });
    expect(lines[0]!.text).toHaveLength(1500);
    expect(lines[1]).not.toHaveProperty('article');
  });
});

describe('transcript lines of form submissions', () => {
  it('tells what a form sent instead of an empty «Usager» line, and leaves out a bare value', () => {
    const messages = [
      user('1', { text: 'je veux être rappelé' }),
      user('2', { value: { relaisAppointment: { appointmentId: 'a1', slot: '2026-12-02T09:30:00.000Z', phone: '0612345678' } } }),
      user('3', { value: { relaisTicketForm: { subject: 'Facture bloquée', category: 'technique', description: 'x' } } }),
      user('4', { value: { relaisAction: 'leave-queue' } }),
    ].map((m) => toLiveMessage('chat-1', m as never)!);
    const lines = toTranscriptLines(messages);
    expect(lines.map((l) => l.text)).toEqual(['je veux être rappelé', 'Créneau choisi\u00a0: mercredi 2 décembre 2026 à 10h30', 'Demande de ticket\u00a0: Facture bloquée']);
    // The phone number stays in the structured value, never in a transcript line.
    expect(JSON.stringify(lines)).not.toContain('0612345678');
  });

  it('reads an empty subject and a broken slot without inventing text', () => {
    expect(userMessageText({ value: { relaisTicketForm: { subject: '' } } })).toBe('Demande de ticket');
    expect(userMessageText({ value: { relaisAppointment: { slot: 'pas une date' } } })).toBe('Créneau choisi');
    expect(userMessageText({ text: '', value: null })).toBe('');
  });
});

describe('files in transcripts', () => {
  it('name a shared file and its size, and ignore a malformed file reference', () => {
    const file = { id: 'f_abcdefghijklmnop', name: 'capture écran.png', mime: 'image/png', size: 2048 };
    const shared = user('f1', { text: '' });
    (shared.activity as Record<string, unknown>).channelData = { relais: { file } };
    const bogus = user('f2', { text: '' });
    (bogus.activity as Record<string, unknown>).channelData = { relais: { file: { id: '../../etc', name: 'x', mime: 'text/html', size: 1 } } };
    const messages = [toLiveMessage('c', shared as never)!, toLiveMessage('c', bogus as never)!];
    expect(messages[0]).toMatchObject({ kind: 'user', file });
    expect(messages[1]).not.toHaveProperty('file');
    expect(toTranscriptLines(messages).map((l) => l.text)).toEqual(['Fichier joint\u00a0: capture écran.png (2\u00a0Ko)']);
  });
});
