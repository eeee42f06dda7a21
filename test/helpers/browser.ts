import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Clock } from '../../platform/clock';
import type { Db } from '../../platform/db';
import { AGENT_PASSWORD } from './agent-client';
import { launchBrowser } from './chromium';
import { startApp, type RunningApp } from './app';
import { freePort, REPO_ROOT } from './server-process';

export { CHROMIUM, launchBrowser } from './chromium';


/** Browser suites run when Chromium is installed (`.ci/run` installs it; CI requires it). */
export const hasChromium = (): boolean => process.env.RELAIS_TEST_CHROMIUM === '1';
export const describeBrowser: jest.Describe = hasChromium() ? describe : describe.skip;


/**
 * The server on a port chosen beforehand, so PUBLIC_URL (links in e-mails, Origin checks)
 * is the address the browser really uses.
 */
export async function startBrowserApp(env: Record<string, string> = {}, deps: { db?: Db; clock?: Clock } = {}): Promise<RunningApp> {
  const port = await freePort();
  return startApp({ PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}`, ...env }, deps);
}

/** Screenshots are test artefacts (`test-artifacts/screenshots/`, not committed). */
export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'test-artifacts', 'screenshots');

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; html: string; failureSummary?: string }[];
}

const AXE_SOURCE = () => fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core in the page against WCAG 2.0/2.1 A and AA rules (RGAA follows WCAG 2.1 AA).
 * axe descends into open shadow roots, so the widget is checked too. Returns the violations.
 */
export async function runAxe(page: Page, include?: string): Promise<AxeViolation[]> {
  // These callbacks run in the page; the test project has no DOM types, hence globalThis casts.
  const loaded = await page.evaluate(() => typeof (globalThis as unknown as { axe?: unknown }).axe !== 'undefined');
  // Evaluated through the DevTools protocol, which the pages' CSP (script-src 'self') does not block.
  if (!loaded) await page.evaluate(AXE_SOURCE());
  return page.evaluate(async (context) => {
    const page = globalThis as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: AxeViolation[] }> }; document: unknown };
    const result = await page.axe.run(context ?? page.document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, html: n.html, failureSummary: n.failureSummary })),
    }));
  }, include ?? null);
}

/** A readable failure message for a list of axe violations. */
export function formatViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${JSON.stringify(n.target)} ${n.html.slice(0, 160)}\n    ${n.failureSummary ?? ''}`).join('\n')}`)
    .join('\n');
}

/** Collects page errors and console errors, to assert a scenario ran without any. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  return errors;
}

/** A new French, Paris-time page signed in to the console through its login form. */
export async function signInToConsole(browser: Browser, base: string, email: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris' })).newPage();
  await page.goto(`${base}/console/`);
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe').fill(AGENT_PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.locator('.top-bar').waitFor();
  return page;
}

/** A server and a Chromium for a test file, started before its tests and stopped after them. */
export function useBrowserApp(env: Record<string, string> = {}): () => { r: RunningApp; browser: Browser } {
  let r: RunningApp | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    r = await startBrowserApp(env);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await r?.close();
  });
  return () => ({ r: r!, browser: browser! });
}
