import fs from 'node:fs';
import path from 'node:path';

/**
 * The house's rules (ARCHITECTURE.md), read from the code's own imports: which folder may import
 * which, what the browser may import, and no import circle between files.
 */
const ROOT = path.join(__dirname, '..');
const FOLDERS = ['app', 'auth', 'bot', 'channels', 'hours', 'knowledge', 'livechat', 'platform', 'portal', 'privacy', 'protocol', 'ticketing', 'training', 'web-widget'];

/** Each folder and the folders it may import (its own is always allowed). Nothing imports `app`. */
const MAY_IMPORT: Record<string, string[]> = {
  protocol: [],
  platform: ['protocol'],
  auth: ['platform', 'protocol'],
  hours: ['protocol'],
  knowledge: ['platform', 'protocol'],
  ticketing: ['platform', 'protocol'],
  channels: ['platform', 'protocol'],
  portal: ['platform', 'protocol'],
  livechat: ['channels', 'ticketing', 'auth', 'hours', 'platform', 'protocol'],
  training: ['hours', 'platform', 'protocol'],
  bot: ['livechat', 'knowledge', 'ticketing', 'hours', 'platform', 'protocol'],
  'web-widget': ['platform', 'protocol'],
  privacy: ['bot', 'channels', 'livechat', 'ticketing', 'training', 'platform', 'protocol'],
  app: FOLDERS,
};

/** Browser code: bundled by esbuild for the page, it may import only protocol/ and itself. */
const BROWSER = ['web-widget/widget', 'web-widget/console', 'web-widget/pages', 'web-widget/shared'];

const SPEC = /(?:\bfrom\s+|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm;

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== 'dist') out.push(...sourceFiles(rel));
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(rel);
  }
  return out;
}

function resolve(from: string, spec: string): string | null {
  const base = path.normalize(path.join(path.dirname(from), spec));
  for (const candidate of [`${base}.ts`, path.join(base, 'index.ts'), base]) {
    if (candidate.endsWith('.ts') && fs.existsSync(path.join(ROOT, candidate))) return candidate;
  }
  return null;
}

const files = FOLDERS.flatMap(sourceFiles);
const imports = new Map<string, { spec: string; file: string | null }[]>(
  files.map((f) => [
    f,
    [...fs.readFileSync(path.join(ROOT, f), 'utf8').matchAll(SPEC)].map((m) => ({
      spec: m[1]!,
      file: m[1]!.startsWith('.') ? resolve(f, m[1]!) : null,
    })),
  ]),
);
const folderOf = (file: string) => file.split(path.sep)[0]!;

describe('the house', () => {
  it('reads the code it judges', () => {
    expect(files.length).toBeGreaterThan(200);
    for (const [file, list] of imports) {
      for (const i of list) if (i.spec.startsWith('.')) expect({ file, spec: i.spec, resolved: i.file !== null }).toEqual({ file, spec: i.spec, resolved: true });
    }
  });

  it('imports only downwards: each folder imports only the floors under it', () => {
    const wrong: string[] = [];
    for (const [file, list] of imports) {
      const from = folderOf(file);
      for (const i of list) {
        if (!i.file) continue;
        const to = folderOf(i.file);
        if (to !== from && !MAY_IMPORT[from]!.includes(to)) wrong.push(`${file} → ${i.file}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('keeps protocol/ plain: it imports nothing but itself, not even a package', () => {
    const wrong = [...imports].filter(([f]) => folderOf(f) === 'protocol').flatMap(([f, list]) => list.filter((i) => !i.file || folderOf(i.file) !== 'protocol').map((i) => `${f} → ${i.spec}`));
    expect(wrong).toEqual([]);
  });

  it('gives the browser only protocol/ and the browser folders', () => {
    const wrong: string[] = [];
    for (const [file, list] of imports) {
      if (!BROWSER.some((b) => file.startsWith(b + path.sep))) continue;
      for (const i of list) {
        if (!i.file) continue;
        if (folderOf(i.file) !== 'protocol' && !BROWSER.some((b) => i.file!.startsWith(b + path.sep))) wrong.push(`${file} → ${i.file}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('has no import circle between files (type-only imports included)', () => {
    const state = new Map<string, 'open' | 'done'>();
    const circles: string[] = [];
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        circles.push([...trail.slice(trail.indexOf(file)), file].join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const i of imports.get(file) ?? []) if (i.file && imports.has(i.file)) visit(i.file, [...trail, file]);
      state.set(file, 'done');
    };
    for (const f of files) visit(f, []);
    expect(circles).toEqual([]);
  });
});
