import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { Server } from 'socket.io';
import { connectAgent, createAgent } from '../test/helpers/agent-client';
import { startApp } from '../test/helpers/app';
import { freePort } from '../test/helpers/server-process';
import { connected, WidgetClient } from '../test/helpers/widget-client';
import { percentile } from './stats';

/**
 * `npm run bench:console [-- --chats 200 --loads 12]`
 *
 * Agent console: time from navigation start to the 200th queue row in the DOM, with 200 users
 * waiting (pick routing, so nobody takes them). The users are real /chat socket clients that ask
 * for an agent (public protocol, no SQL). Baseline in the same process: a bare page (bundled here
 * with esbuild) that reads the same 200 queue entries over a bare socket.io connection to a bare
 * server and renders them as plain rows; both open their socket WebSocket-first, as the console
 * does. Medians over `--loads` page loads each, after one warm-up
 * load, alternating the two pages so that background noise hits both alike.
 */
const { values: args } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: { chats: { type: 'string', default: '200' }, loads: { type: 'string', default: '12' }, concurrency: { type: 'string', default: '20' } },
});
const CHATS = Number(args.chats);
const LOADS = Number(args.loads);
const CONCURRENCY = Number(args.concurrency);

/** Records when the page first holds `count` elements matching `selector` (ms since navigation start). */
const observer = (selector: string, count: number) => `(() => {
  const check = () => { if (!window.__rowsAt && document.querySelectorAll(${JSON.stringify(selector)}).length >= ${count}) window.__rowsAt = performance.now(); };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
})();`;

const BARE_PAGE = `
import { io } from 'socket.io-client';
const socket = io('/bare', { transports: ['websocket', 'polling'] });
socket.emit('queue:get', {}, (snapshot) => {
  const list = document.createElement('ol');
  for (const item of snapshot.items) {
    const li = document.createElement('li');
    li.className = 'row';
    li.textContent = (item.requesterName ?? 'Usager') + ' — ' + Math.round(item.waitingSeconds / 60) + ' min — ' + (item.preview.map((l) => l.text).join(' / '));
    list.appendChild(li);
  }
  document.body.appendChild(list);
});
`;

async function bareServer(snapshot: unknown): Promise<{ url: string; close(): Promise<void> }> {
  const bundle = await build({ stdin: { contents: BARE_PAGE, resolveDir: __dirname, loader: 'js' }, bundle: true, minify: true, format: 'iife', write: false, platform: 'browser' });
  const js = bundle.outputFiles[0]!.text;
  const server = http.createServer((req, res) => {
    if (req.url === '/bare.js') return res.writeHead(200, { 'content-type': 'text/javascript' }).end(js);
    if (req.url === '/') return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><html lang="fr"><title>bare</title><link rel="icon" href="data:,"><script src="/bare.js" defer></script><body></body></html>');
    res.writeHead(404).end();
  });
  const io = new Server(server);
  io.of('/bare').on('connection', (socket) => socket.on('queue:get', (_p: unknown, ack: (s: unknown) => void) => ack(snapshot)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => void io.close(() => resolve())) };
}

async function timeLoad(context: BrowserContext, url: string, selector: string): Promise<number> {
  const page = await context.newPage();
  await page.addInitScript(observer(selector, CHATS));
  await page.goto(url);
  // The time is taken in the page by the observer; polling here only waits for it. (String
  // predicates of waitForFunction are evaluated with eval, which the console's CSP forbids.)
  const deadline = Date.now() + 60_000;
  let at: number | undefined;
  while ((at = await page.evaluate<number | undefined>('window.__rowsAt')) === undefined) {
    if (Date.now() > deadline) throw new Error(`bench: ${url} never showed ${CHATS} rows`);
    await new Promise((r) => setTimeout(r, 20));
  }
  await page.close();
  return at;
}

// As test/helpers/browser.ts does (that file needs jest's globals, so it is not imported here).
const launchBrowser = () =>
  chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-component-update', '--disable-sync', '--no-first-run'] });

async function main(): Promise<void> {
  const port = await freePort();
  const r = await startApp({
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    RELAIS_NOW: '2026-12-01T10:00:00+01:00',
    LIVECHAT_ROUTING: 'pick',
    LIVECHAT_MAX_QUEUE: String(CHATS * 2),
    CHAT_CONNECTIONS_PER_IP: String(CHATS * 4),
    LOGIN_RATE_PER_IP: '1000',
  });
  const users: WidgetClient[] = [];
  let browser: Browser | null = null;
  let bare: Awaited<ReturnType<typeof bareServer>> | null = null;
  try {
    // An agent on duty (node client) so that users are queued; the console is another agent.
    const keeper = await connectAgent(r.base, await createAgent(r.app, r.base, 'Agent de garde'));
    const consoleAgent = await createAgent(r.app, r.base, 'Agent mesuré');
    const t0 = performance.now();
    for (let i = 0; i < CHATS; i += CONCURRENCY) {
      await Promise.all(
        Array.from({ length: Math.min(CONCURRENCY, CHATS - i) }, async () => {
          const u = new WidgetClient(r.base);
          users.push(u);
          await connected(u);
          await u.waitForBot(/ClaudIA/, 0, 30_000);
          await u.say('Discuter avec un conseiller', /dans la file/);
        }),
      );
    }
    const snapshot = await keeper.call('queue:get');
    if (snapshot.items.length !== CHATS) throw new Error(`bench: ${snapshot.items.length} queued, ${CHATS} expected`);
    console.log(`${CHATS} users queued through /chat in ${Math.round(performance.now() - t0)} ms`);
    keeper.close();

    bare = await bareServer(snapshot);
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const [name, value] = consoleAgent.cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, url: r.base }]);
    const consoleUrl = `${r.base}/console/`;
    // Warm-up (bundles in the HTTP cache, JIT), not counted.
    await timeLoad(context, consoleUrl, '.queue-item');
    await timeLoad(context, bare.url, 'li.row');
    const samples = { console: [] as number[], bare: [] as number[] };
    for (let i = 0; i < LOADS; i++) {
      samples.console.push(await timeLoad(context, consoleUrl, '.queue-item'));
      samples.bare.push(await timeLoad(context, bare.url, 'li.row'));
    }
    const median = (xs: number[]) => percentile([...xs].sort((a, b) => a - b), 50);
    const mc = median(samples.console);
    const mb = median(samples.bare);
    console.log(`\nTime from navigation start to the ${CHATS}th queue row in the DOM (Chromium, ${LOADS} loads each, ms)`);
    console.log('| page | median | min | max |');
    console.log('| --- | ---: | ---: | ---: |');
    for (const [label, xs] of [['Relais console (login check, /agent socket, queue:get + chats:mine, rich rows)', samples.console], ['bare page (socket.io, one ack, plain rows)', samples.bare]] as const) {
      console.log(`| ${label} | ${median(xs).toFixed(0)} | ${Math.min(...xs).toFixed(0)} | ${Math.max(...xs).toFixed(0)} |`);
    }
    console.log(`\nratio console / bare (medians): ${(mc / mb).toFixed(2)}`);
    console.log('Note: a shared 2-core machine; other Chromium runs at the same time make these numbers noisy.');
  } finally {
    for (const u of users) u.close();
    await browser?.close();
    await bare?.close();
    await r.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
