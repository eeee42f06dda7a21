import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { buildWebAssets } from '../web-widget/build';
import { launchWidgetBrowser } from '../test/e2e-browser/widget-page';
import { startServerProcess, type ServerProcess } from '../test/helpers/server-process';
import { percentile } from './stats';

/**
 * `npm run bench:widget [-- --runs 15]`
 *
 * The widget in headless Chromium on this machine, against the real server (a child process):
 *  - size: relais-widget.js gzipped (socket.io client included);
 *  - load: from the script's request start (Resource Timing) to the launcher painted;
 *  - open: from the launcher click to the bot's welcome displayed (a new conversation each run).
 * The same two timings for a BASELINE built here with esbuild: a page whose script is only the
 * socket.io client plus a button; on click it connects to /chat and shows the first activity as text.
 * Widget and baseline runs alternate, each in a fresh browser context (empty storage and cache);
 * both scripts are served from this process (page.route), the pages and sockets by the server.
 * Medians of `--runs` runs. Other processes using the CPU (e.g. other test suites running Chromium)
 * make these numbers noisy: run it on a quiet machine to compare.
 */
const { values: args } = parseArgs({ args: process.argv.slice(2).filter((a) => a !== '--'), options: { runs: { type: 'string', default: '15' } } });
const RUNS = Math.max(10, Number(args.runs));

const BASELINE_SOURCE = `
import { io } from 'socket.io-client';
const button = document.createElement('button');
button.id = 'baseline-launcher';
button.textContent = 'Ouvrir';
document.body.appendChild(button);
button.addEventListener('click', () => {
  const out = document.createElement('div');
  out.id = 'baseline-log';
  document.body.appendChild(out);
  const socket = io('/chat', { transports: ['websocket', 'polling'], tryAllTransports: true });
  socket.once('activity', (a) => { const p = document.createElement('p'); p.className = 'first'; p.textContent = a.text || a.type; out.appendChild(p); });
});
`;

async function buildBaseline(dir: string): Promise<string> {
  const entry = path.join(dir, 'baseline.ts');
  fs.writeFileSync(entry, BASELINE_SOURCE);
  await build({
    entryPoints: [entry],
    outfile: path.join(dir, 'baseline.js'),
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: ['chrome100', 'firefox100', 'safari15'],
    nodePaths: [path.join(__dirname, '..', 'node_modules')],
    logLevel: 'silent',
  });
  return fs.readFileSync(path.join(dir, 'baseline.js'), 'utf8');
}

const page = (script: string) =>
  `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Banc</title></head><body><h1>Portail</h1><script src="${script}" async></script></body></html>`;

interface Target {
  name: string;
  html: string;
  script: string;
  launcher: string;
  welcome: string;
}

/** The page's globals, in callbacks that run in the browser (this project has no DOM types). */
type Doc = { querySelector(s: string): (Elem & { shadowRoot?: Doc | null }) | null };
type Elem = { getBoundingClientRect(): { width: number }; textContent: string | null; click(): void };
const inPage = () => globalThis as unknown as { document: Doc; performance: { now(): number; getEntriesByType(t: string): { name: string; startTime: number }[] }; __t0: number };

/** One run: load time (script request start → launcher painted) and open time (click → welcome shown). */
async function run(browser: Browser, base: string, t: Target, baselineJs: string, widgetJs: string): Promise<{ load: number; open: number }> {
  const context = await browser.newContext();
  try {
    const p: Page = await context.newPage();
    await p.route(`${base}/bench-host`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: t.html }));
    // Both scripts are served the same way (from this process), so only what they do differs.
    await p.route(`${base}/bench-baseline.js`, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: baselineJs }));
    await p.route(`${base}/relais-widget.js`, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: widgetJs }));
    await p.goto(`${base}/bench-host`);
    const shown = await p.waitForFunction(
      ({ selector, script }) => {
        const g = globalThis as unknown as ReturnType<typeof inPage>;
        // The widget's launcher is in its shadow root; the baseline's in the page.
        const el = (g.document.querySelector('#relais-widget')?.shadowRoot ?? g.document).querySelector(selector);
        if (!el || el.getBoundingClientRect().width === 0) return null;
        const entry = g.performance.getEntriesByType('resource').find((e: { name: string }) => e.name.endsWith(script));
        return entry ? g.performance.now() - entry.startTime : null;
      },
      { selector: t.launcher, script: t.script },
      { polling: 'raf' },
    );
    const load = (await shown.jsonValue()) as number;
    await p.evaluate((selector) => {
      const g = globalThis as unknown as ReturnType<typeof inPage>;
      const el = (g.document.querySelector('#relais-widget')?.shadowRoot ?? g.document).querySelector(selector)!;
      g.__t0 = g.performance.now();
      el.click();
    }, t.launcher);
    const opened = await p.waitForFunction(
      (selector) => {
        const g = globalThis as unknown as ReturnType<typeof inPage>;
        const el = (g.document.querySelector('#relais-widget')?.shadowRoot ?? g.document).querySelector(selector);
        return el?.textContent ? g.performance.now() - g.__t0 : null;
      },
      t.welcome,
      { polling: 'raf', timeout: 15_000 },
    );
    return { load, open: (await opened.jsonValue()) as number };
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-bench-widget-'));
  let server: ServerProcess | null = null;
  let browser: Browser | null = null;
  try {
    const files = await buildWebAssets();
    const widgetFile = files.find((f) => f.file === 'relais-widget.js')!;
    const baselineJs = await buildBaseline(dir);
    const widgetJs = fs.readFileSync(path.join(__dirname, '..', 'web-widget', 'dist', 'relais-widget.js'), 'utf8');
    const baselineGzip = zlib.gzipSync(baselineJs, { level: 9 }).length;
    server = await startServerProcess({ DATA_DIR: path.join(dir, 'data'), NODE_ENV: 'test', LOG_LEVEL: 'silent', PORTAL_IDENTITY_SECRET: 'bench-secret-0123456789-abcdefghijklmnop' });
    browser = await launchWidgetBrowser();
    const targets: Target[] = [
      { name: 'widget', html: page('/relais-widget.js'), script: '/relais-widget.js', launcher: 'button.launcher', welcome: '.msg.bot .bubble' },
      { name: 'baseline', html: page('/bench-baseline.js'), script: '/bench-baseline.js', launcher: '#baseline-launcher', welcome: '#baseline-log .first' },
    ];
    const samples = new Map(targets.map((t) => [t.name, { load: [] as number[], open: [] as number[] }]));
    for (const t of targets) await run(browser, server.base, t, baselineJs, widgetJs); // warm-up (JIT, server caches)
    for (let i = 0; i < RUNS; i++) {
      for (const t of targets) {
        const r = await run(browser, server.base, t, baselineJs, widgetJs);
        samples.get(t.name)!.load.push(r.load);
        samples.get(t.name)!.open.push(r.open);
      }
    }
    const med = (xs: number[]) => percentile([...xs].sort((a, b) => a - b), 50);
    const w = samples.get('widget')!;
    const b = samples.get('baseline')!;
    const rows: [string, string, string, string][] = [
      ['gzipped script', `${(widgetFile.gzipBytes / 1024).toFixed(1)} KB`, `${(baselineGzip / 1024).toFixed(1)} KB`, (widgetFile.gzipBytes / baselineGzip).toFixed(2) + '×'],
      ['script load → launcher visible (median)', `${med(w.load).toFixed(1)} ms`, `${med(b.load).toFixed(1)} ms`, (med(w.load) / med(b.load)).toFixed(2) + '×'],
      ['open click → welcome shown (median)', `${med(w.open).toFixed(1)} ms`, `${med(b.open).toFixed(1)} ms`, (med(w.open) / med(b.open)).toFixed(2) + '×'],
    ];
    const widths = [0, 1, 2, 3].map((c) => Math.max(...[['', 'widget', 'baseline', 'ratio'], ...rows].map((r) => r[c]!.length)));
    const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join(' | ');
    console.log(`bench:widget — ${RUNS} runs each, headless Chromium, ${os.cpus().length} CPU, Node ${process.version}`);
    console.log(line(['', 'widget', 'baseline', 'ratio']));
    console.log(widths.map((n) => '-'.repeat(n)).join('-|-'));
    for (const r of rows) console.log(line(r));
    console.log(`(budget: 25 KB gzipped; baseline = socket.io client + a button, connects on click and prints the first activity)`);
    console.log(`widget load samples (ms): ${w.load.map((x) => x.toFixed(0)).join(' ')}`);
    console.log(`widget open samples (ms): ${w.open.map((x) => x.toFixed(0)).join(' ')}`);
  } finally {
    await browser?.close();
    await server?.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
