import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Frame, Locator, Page } from 'playwright-core';
import type { RunningApp } from '../helpers/app';
import { startBrowserApp, watchErrors } from '../helpers/browser';
import { launchBrowser } from '../helpers/chromium';
import { REPO_ROOT } from '../helpers/server-process';

/**
 * `launchBrowser()` plus one flag: host pages served by page.route have no IP address, so Chromium's
 * Local Network Access checks treat them as public and block their WebSocket to 127.0.0.1. A real
 * portal and a real Relais server are both public (or both internal): the check does not apply there.
 */
export function launchWidgetBrowser(): Promise<Browser> {
  return launchBrowser(['--disable-features=LocalNetworkAccessChecks,BlockInsecurePrivateNetworkRequests,PrivateNetworkAccessSendPreflights']);
}

/** A question of the public development set that the knowledge base answers with an article. */
export function devQuestion(articleId: string): string {
  const file = path.join(REPO_ROOT, 'knowledge', 'eval', 'dev-questions.jsonl');
  const lines = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean);
  const found = lines.map((l) => JSON.parse(l) as { q: string; expect: string[] }).find((x) => x.expect[0] === articleId);
  if (!found) throw new Error(`no development question for ${articleId}`);
  return found.q;
}

/** The portal page that embeds the widget: only the tag, so the test sees the widget alone. */
export function hostHtml(scriptSrc: string, attrs: Record<string, string> = {}): string {
  const extra = Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${v.replace(/"/g, '&quot;')}"`)
    .join('');
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Portail de test</title></head>
<body><main><h1>Portail de test</h1><p>Une page de portail qui intègre l’assistant.</p></main>
<script src="${scriptSrc}"${extra} async></script></body></html>`;
}

/**
 * Serves `hostHtml` at `url` (any origin: page.route answers before the network). On the server's
 * own origin, the real response's headers are kept, so the page runs under Relais's CSP.
 */
export async function openHost(page: Page, url: string, html: string, options: { realHeadersFrom?: string } = {}): Promise<void> {
  await page.route(url, async (route) => {
    const headers = options.realHeadersFrom ? (await route.fetch({ url: options.realHeadersFrom })).headers() : {};
    await route.fulfill({ status: 200, headers: { ...headers, 'content-type': 'text/html; charset=utf-8' }, body: html });
  });
  await page.goto(url);
}

/** Locators inside the widget's open shadow root (Playwright's CSS and role engines pierce it). */
export function widget(page: Page | Frame) {
  const root = page.locator('#relais-widget');
  return {
    root,
    launcher: root.locator('button.launcher'),
    panel: root.locator('section.panel'),
    log: root.locator('[role="log"]'),
    status: root.locator('.status'),
    input: root.locator('textarea#relais-input'),
    send: root.locator('.composer button[type="submit"]'),
    bot: root.locator('.msg.bot'),
    user: root.locator('.msg.user'),
    lastBot: (): Locator => root.locator('.msg.bot').last(),
  };
}

/** Types a question and sends it with Enter, as a keyboard user would. */
export async function ask(page: Page, text: string): Promise<void> {
  const w = widget(page);
  await w.input.fill(text);
  await w.input.press('Enter');
}

/** A property of the element focused inside the widget's shadow root (null when none). */
export function focusedInWidget(page: Page, expression: 'id' | 'tagName' | "getAttribute('type')" | "className"): Promise<string | null> {
  return page.evaluate<string | null>(`document.querySelector('#relais-widget')?.shadowRoot?.activeElement?.${expression} ?? null`);
}

/**
 * What injected markup could have done: `window.__xss` set, and how many elements match
 * `selector` in the widget's shadow root and in the page (e.g. img, script).
 */
export function injected(page: Page, selector: string): Promise<{ xss: unknown; count: number }> {
  const sel = JSON.stringify(selector);
  // The page's own widget <script> tag is not an injected element.
  return page.evaluate<{ xss: unknown; count: number }>(`({
    xss: window.__xss,
    count: (document.querySelector('#relais-widget')?.shadowRoot?.querySelectorAll(${sel}).length ?? 0) +
      [...document.querySelectorAll(${sel})].filter((el) => !/relais-widget\\.js$/.test(el.getAttribute('src') ?? '')).length,
  })`);
}

/** The widget's stored value for `key` on this server, in the page's localStorage. */
export function storedValue(page: Page, server: string, key: string): Promise<unknown> {
  return page.evaluate<unknown>(`JSON.parse(localStorage.getItem(${JSON.stringify(`relais:${server}:${key}`)}) ?? 'null')`);
}

/**
 * One server (with the given environment, e.g. a pinned clock) and one widget browser for a
 * describe block, closed after it. `open()` gives a fresh browser context on a portal page of the
 * server's origin that embeds the widget, and the page's console errors.
 */
export function widgetPortal(env: Record<string, string>) {
  let app: RunningApp | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    app = await startBrowserApp(env);
    browser = await launchWidgetBrowser();
  });
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await app?.close();
  });
  return {
    get app(): RunningApp {
      if (!app) throw new Error('widgetPortal: the server is not started yet');
      return app;
    },
    async open(): Promise<{ page: Page; errors: string[] }> {
      const context = await browser!.newContext({ locale: 'fr-FR', viewport: { width: 1100, height: 760 } });
      contexts.push(context);
      const page = await context.newPage();
      const errors = watchErrors(page);
      const base = app!.base;
      await openHost(page, `${base}/portail`, hostHtml('/relais-widget.js', { 'data-relais-server': '' }), { realHeadersFrom: `${base}/` });
      return { page, errors };
    },
  };
}
