import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { buildWebAssets } from '../../web-widget/build';

/**
 * The widget loads on every portal page: its script, socket client included, stays under 25 KB
 * gzipped (Bot Framework Web Chat's minimal bundle is ~460 KB). Built here into a temporary folder,
 * exactly as `npm run build` does.
 */
describe('widget bundle budget', () => {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-build-'));
  afterAll(() => fs.rmSync(outdir, { recursive: true, force: true }));

  it('relais-widget.js is at most 25 KB gzipped, socket.io client included', async () => {
    const files = await buildWebAssets({ outdir });
    const widget = files.find((f) => f.file === 'relais-widget.js')!;
    expect(widget.gzipBytes).toBeLessThanOrEqual(25 * 1024);
    const code = fs.readFileSync(path.join(outdir, 'relais-widget.js'), 'utf8');
    expect(zlib.gzipSync(code, { level: 9 }).length).toBe(widget.gzipBytes);
    // The socket client is really in it (the budget would mean nothing otherwise).
    expect(code).toContain('EIO');
  }, 60_000);

  it('builds DOM without HTML parsing anywhere in the widget sources', () => {
    const dir = path.join(__dirname, '..', '..', 'web-widget', 'widget');
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const source = fs.readFileSync(path.join(dir, file), 'utf8');
      expect({ file, html: /\.(innerHTML|outerHTML)\b|insertAdjacentHTML|document\.write|\beval\(|new Function\(/.test(source) }).toEqual({ file, html: false });
    }
  });
});
