import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = path.join(__dirname, '..', '..');
const npm = (args: string[], input?: string) => {
  const child = run('npm', ['run', '--silent', ...args], { cwd: root, maxBuffer: 10 * 1024 * 1024 });
  if (input !== undefined) {
    child.child.stdin?.end(input);
  }
  return child;
};

const shape = {
  kind: expect.stringMatching(/^(answer|clarify|fallback|intent)$/),
  score: expect.any(Number),
  candidates: expect.any(Array),
};

describe('npm run ask (the CLI contract)', () => {
  it('prints exactly one JSON object for one question', async () => {
    const { stdout } = await npm(['ask', '--', 'Comment envoyer une facture restée en mode brouillon ?']);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const r = JSON.parse(lines[0]!);
    expect(r).toMatchObject({ ...shape, kind: 'answer', articleId: 'facture-brouillon', intent: null });
    expect(Object.keys(r).sort()).toEqual(['articleId', 'candidates', 'intent', 'kind', 'language', 'score']);
    for (const c of r.candidates) expect(Object.keys(c).sort()).toEqual(['articleId', 'score']);
  });

  it('answers JSONL in order, one line per input line, malformed lines included', async () => {
    const input = [
      JSON.stringify({ q: 'facture en brouillon' }),
      'not json',
      JSON.stringify({ question: 'wrong field' }),
      JSON.stringify({ q: 'merci' }),
      JSON.stringify({ q: 'quelle est la capitale de l’Islande' }),
    ].join('\n');
    const { stdout } = await npm(['ask', '--', '--jsonl'], `${input}\n`);
    const out = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(5);
    expect(out[0]).toMatchObject({ kind: 'answer', articleId: 'facture-brouillon' });
    expect(out[1]).toMatchObject({ kind: 'fallback', articleId: null, error: expect.any(String) });
    expect(out[2]).toMatchObject({ kind: 'fallback', error: expect.stringMatching(/"q"/) });
    expect(out[3]).toMatchObject({ kind: 'intent', intent: 'thanks' });
    expect(out[4]).toMatchObject({ kind: 'fallback' });
    expect(out[4].error).toBeUndefined();
  });

  it('prints the evaluation report with accuracy figures and misses', async () => {
    const { stdout } = await npm(['eval', '--', path.join(root, 'knowledge', 'eval', 'dev-questions.jsonl')]);
    expect(stdout).toMatch(/in-scope accuracy\s+\d+\.\d %/);
    expect(stdout).toMatch(/strict top-1\s+\d+\.\d %/);
    expect(stdout).toMatch(/out-of-scope rejected\s+\d+\.\d %/);
    expect(stdout).toMatch(/misses: \d+/);
  });

  it('kb:check passes on the real base', async () => {
    const { stdout } = await npm(['kb:check']);
    expect(stdout).toMatch(/13 articles, \d+ questions: OK/);
  });

  it('kb export writes the base to Markdown, kb import publishes the files edited since', async () => {
    const data = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-kb-cli-'));
    const articles = path.join(data, 'articles');
    try {
      fs.cpSync(path.join(root, 'knowledge', 'articles'), articles, { recursive: true });
      const env = { ...process.env, DATA_DIR: data, KNOWLEDGE_DIR: articles };
      const kb = (args: string[]) => run('npm', ['run', '--silent', 'kb', '--', ...args], { cwd: root, env });
      expect((await kb(['import'])).stdout).toMatch(/rien à publier/);
      const file = path.join(articles, 'facture-brouillon.md');
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('Valider et envoyer', 'Valider puis envoyer'));
      expect((await kb(['import'])).stdout).toMatch(/publiées : facture-brouillon/);
      const out = path.join(data, 'export');
      expect((await kb(['export', out])).stdout).toMatch(/13 fiches écrites/);
      expect(fs.readFileSync(path.join(out, 'facture-brouillon.md'), 'utf8')).toContain('Valider puis envoyer');
    } finally {
      fs.rmSync(data, { recursive: true, force: true });
    }
  }, 60_000);
});
