import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import type { Db } from '../../platform/db';
import { systemClock } from '../../platform/clock';
import { createFeedbackStore, type Rating } from '../../bot/feedback';
import { testDatabases, type TestDatabase } from '../helpers/databases';
import { botDatabase } from './helpers';

const root = path.join(__dirname, '..', '..');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runReport(args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise<Run>((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'report', '--', ...args], { cwd: root, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe.each(testDatabases())('npm run report on %s', (_name, make) => {
  let t: TestDatabase;
  let db: Db;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    t = make();
    db = await botDatabase(t);
    // The CLI finds the same database through the environment, as in production.
    env = { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: path.dirname(t.url()), DATABASE_URL: '' };
    if (t.name === 'postgres') env = { ...env, DATA_DIR: os.tmpdir(), DATABASE_URL: t.url() };

    const store = createFeedbackStore(db, systemClock);
    const yesterday = new Date(Date.now() - 24 * 3600_000);
    const rating = (over: Partial<Rating>): Rating => ({
      conversationId: 'c',
      messageId: 'm',
      reaction: 'like',
      question: 'q',
      articleId: 'envoi-edi',
      score: 0.5,
      comment: null,
      at: yesterday,
      ...over,
    });
    await store.recordRating(rating({ messageId: 'm1', reaction: 'like' }));
    await store.recordRating(rating({ messageId: 'm2', reaction: 'dislike', comment: 'Le lien vers la documentation EDI est mort.' }));
    await store.recordRating(rating({ messageId: 'm3', reaction: 'dislike' }));
    await store.recordRating(rating({ messageId: 'm4', reaction: 'dislike', articleId: 'mot-de-passe-oublie' }));
    await store.recordRating(rating({ messageId: 'old', reaction: 'dislike', articleId: 'lettre-information', at: new Date('2024-03-15T10:00:00Z') }));
    await store.recordUnanswered({ conversationId: 'c', question: 'Où est mon bon de commande ?', score: 0.1, at: new Date('2024-03-10T09:15:00Z') });
    await store.recordUnanswered({ conversationId: 'c', question: 'ou est mon bon de commande', score: 0.1, at: new Date('2024-03-12T13:45:00Z') });
    await store.recordUnanswered({ conversationId: 'c', question: 'Quel temps fait-il ?', score: 0.1, at: new Date('2024-03-11T09:00:00Z') });
  });
  afterAll(() => t.cleanup());

  const report = (args: string[]) => runReport(args, env);

  it('prints the feedback of the last 30 days as an aligned table, worst first', async () => {
    const r = await report(['feedback']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^Avis par article du \d{4}-\d{2}-\d{2} au \d{4}-\d{2}-\d{2}$/);
    expect(lines.slice(2, 6)).toEqual([
      'Article              J’aime  Je n’aime pas    Taux  Commentaires',
      '-------------------  ------  -------------  ------  ---------------------------------------------------',
      'mot-de-passe-oublie       0              1   100 %',
      'envoi-edi                 1              2  66,7 %  1 · « Le lien vers la documentation EDI est mort. »',
    ]);
    expect(r.stdout).not.toMatch(/lettre-information/);
  });

  it('prints the unanswered questions of a given period, grouped, in Paris time', async () => {
    const r = await report(['unanswered', '--from', '2024-03-01', '--to', '2024-03-31']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toBe(
      [
        'Questions sans réponse du 2024-03-01 au 2024-03-31',
        '',
        'Question                    Occurrences  Dernière fois',
        '--------------------------  -----------  ------------------',
        'ou est mon bon de commande            2  12/03/2024 à 14h45',
        'Quel temps fait-il ?                  1  11/03/2024 à 10h',
        '',
      ].join('\n'),
    );
  });

  it('says so when the period is empty', async () => {
    const r = await report(['feedback', '--from', '2020-01-01', '--to', '2020-01-31']);
    expect(r).toMatchObject({ code: 0, stdout: 'Avis par article du 2020-01-01 au 2020-01-31\n\nAucun avis sur cette période.\n' });
  });
});

describe('npm run report usage', () => {
  // Usage errors stop before any database is opened: this DATA_DIR must stay empty.
  const env = { ...process.env, NODE_ENV: 'test', DATA_DIR: path.join(os.tmpdir(), 'relais-report-usage-unused'), DATABASE_URL: '' };

  it('exits 2 with the usage on a missing or unknown report, or a bad option or date', async () => {
    const cases = [[], ['tickets'], ['feedback', '--since', '2024-01-01'], ['feedback', '--from', '2024-13-01'], ['feedback', 'extra']];
    const runs = await Promise.all(cases.map((args) => runReport(args, env)));
    for (const r of runs) {
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/usage : npm run report -- feedback\|unanswered/);
    }
    expect(runs[3]!.stderr).toMatch(/^Date de début invalide \(from\)/);
  });
});
