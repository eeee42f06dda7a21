import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkKnowledgeBase, REQUIRED_ARTICLE_IDS } from '../../knowledge/kb-check';

const realDir = path.join(__dirname, '..', '..', 'knowledge', 'articles');

const made: string[] = [];
afterAll(() => made.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function tmpBase(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-kb-'));
  made.push(dir);
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

const md = (id: string, questions: string[], extra = '') =>
  `---\nid: ${id}\ntitle: "Titre de ${id}"\nquestions:\n${questions.map((q) => `  - "${q}"`).join('\n')}\ntags: [test]\n${extra}---\nCorps de l'article ${id}, assez long pour passer.\n`;

const six = (p: string) => Array.from({ length: 6 }, (_, i) => `${p} question ${i}`);

describe('kb:check', () => {
  it('accepts the real knowledge base with every required id', () => {
    const { articles, problems } = checkKnowledgeBase(realDir);
    expect(problems).toEqual([]);
    expect(articles.map((a) => a.id)).toEqual(expect.arrayContaining([...REQUIRED_ARTICLE_IDS]));
    for (const a of articles) expect(a.questions.length).toBeGreaterThanOrEqual(6);
  });

  it('reports a missing required id, a dangling related or next id, duplicated questions and a bad file name', () => {
    const dir = tmpBase({
      'a.md': md('a', [...six('a'), 'Question partagée ?'], 'related: [nope]\n'),
      'b.md': md('b', [...six('b'), 'question partagee'], 'next: gone\n'),
      'c.md': md('other', six('c')),
    });
    const { problems } = checkKnowledgeBase(dir, ['a', 'b', 'zzz']);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/required article "zzz" is missing/),
        expect.stringMatching(/a: related article "nope" does not exist/),
        expect.stringMatching(/b: next article "gone" does not exist/),
        expect.stringMatching(/question "question partagee" appears in a and b/),
        expect.stringMatching(/c\.md: id "other" does not match/),
      ]),
    );
  });

  it('reports invalid front matter field by field', () => {
    const dir = tmpBase({
      'x.md': '---\nid: X Bad\ntitle: ""\nquestions: ["une"]\ntags: []\nunknown: 1\n---\nCorps assez long pour passer le contrôle.\n',
      'y.md': '---\nid: [unclosed\n---\nbody\n',
    });
    const { problems } = checkKnowledgeBase(dir, []);
    const x = problems.find((p) => p.startsWith('x.md'));
    expect(x).toMatch(/id:/);
    expect(x).toMatch(/title:/);
    expect(x).toMatch(/questions:/);
    expect(x).toMatch(/unknown/);
    expect(problems.find((p) => p.startsWith('y.md'))).toMatch(/YAML/);
  });
});
