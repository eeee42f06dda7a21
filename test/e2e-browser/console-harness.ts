import type { Browser, BrowserContext, Page } from 'playwright-core';
import { waitUntil } from '../livechat-flow/harness';
import { identityToken, postJson, type RunningApp } from '../helpers/app';
import { AGENT_PASSWORD, createAgent } from '../helpers/agent-client';
import { launchBrowser, startBrowserApp, watchErrors } from '../helpers/browser';
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp';
import { connected, WidgetClient } from '../helpers/widget-client';

/** Tuesday 1 December 2026, 10:00 in Paris: support is open. */
export const OPEN_NOW = '2026-12-01T10:00:00+01:00';
/** Identity tokens are checked against the server's pinned clock, not the real one. */
const TOKEN_EXPIRY = Math.floor(Date.parse('2026-12-01T18:00:00+01:00') / 1000);

export interface ConsoleHarness {
  r: RunningApp;
  smtp: TestSmtpServer;
  browser: Browser;
  /** A browser context signed in as a new agent, on the console; page errors are collected. */
  agentPage(name: string, role?: 'agent' | 'supervisor', hash?: string): Promise<AgentPage>;
  /** A widget user (node socket.io client) who has been greeted. */
  user(claims?: Record<string, unknown> | null): Promise<WidgetClient>;
  close(): Promise<void>;
}

export interface AgentPage {
  context: BrowserContext;
  page: Page;
  agent: { id: number; name: string; email: string };
  cookie: string;
  errors: string[];
}

export async function consoleHarness(env: Record<string, string> = {}): Promise<ConsoleHarness> {
  const smtp = await startSmtpServer();
  const r = await startBrowserApp({ RELAIS_NOW: OPEN_NOW, LIVECHAT_ROUTING: 'pick', SMTP_URL: smtp.url, ...env });
  const browser = await launchBrowser();
  const closers: (() => unknown)[] = [];
  return {
    r,
    smtp,
    browser,
    async agentPage(name, role = 'agent', hash = '#/') {
      const account = await createAgent(r.app, r.base, name, role);
      const context = await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris', viewport: { width: 1280, height: 900 } });
      closers.push(() => context.close());
      const [cookieName, cookieValue] = account.cookie.split('=') as [string, string];
      await context.addCookies([{ name: cookieName, value: cookieValue, url: r.base }]);
      const page = await context.newPage();
      const errors = watchErrors(page);
      await page.goto(`${r.base}/console/${hash}`);
      await page.locator('.top-bar').waitFor();
      // Connected and present once the server pushed this agent's status.
      await page.locator('.top-bar .status-dot[data-status="available"]').waitFor();
      return { context, page, agent: account.agent, cookie: account.cookie, errors };
    },
    async user(claims = {}) {
      const auth: Record<string, string> = claims === null ? {} : { identityToken: await identityToken(claims, { expiresIn: TOKEN_EXPIRY }) };
      const u = new WidgetClient(r.base, auth);
      closers.push(() => u.close());
      await connected(u);
      await u.waitForBot(/ClaudIA/);
      return u;
    },
    async close() {
      for (const c of closers.reverse()) await c();
      await browser.close();
      await r.close();
      await smtp.close();
    },
  };
}

/** Waits for the page title (read through the protocol: the pages' CSP forbids string evaluation). */
export const waitForTitle = (page: Page, title: string): Promise<void> => waitUntil(async () => (await page.title()) === title, 10_000);

/** Waits for the polite live region to say exactly `text`. */
export const waitForAnnouncement = (page: Page, text: string): Promise<void> =>
  waitUntil(async () => (await page.locator('#announcer').textContent()) === text, 10_000);

/** A harness made before the suite's tests and closed after them; call the getter inside a test. */
export function useConsoleHarness(env: Record<string, string> = {}): () => ConsoleHarness {
  let hx: ConsoleHarness | undefined;
  beforeAll(async () => {
    hx = await consoleHarness(env);
  }, 60_000);
  afterAll(async () => {
    await hx?.close();
  });
  return () => hx!;
}

/** The user asks a question, rates the answer down with a comment and asks for an agent: queued. */
export async function queueAfterDislike(user: WidgetClient, question: string, comment: string, page?: { url: string; title: string }): Promise<void> {
  const asked = user.botMessages().length;
  await user.emit({ type: 'message', text: question, ...(page ? { channelData: { page } } : {}) });
  const answer = await user.waitForBot(/Source/, asked);
  await user.emit({ type: 'invoke', name: 'message/submitAction', value: { actionName: 'feedback', actionValue: { reaction: 'dislike' } }, replyToId: answer.id });
  await user.waitForBot(/préciser le dysfonctionnement/);
  await user.say(comment, /conseiller/);
  await user.say('Discuter avec un conseiller', /position \d+ dans la file/);
}

/** The user asks for an agent straight away: queued. */
export async function queueDirectly(user: WidgetClient): Promise<void> {
  await user.say('Discuter avec un conseiller', /position \d+ dans la file/);
}

/** Messages the user received from an agent (relayed as bot-role activities marked `sender: agent`). */
export const agentLines = (user: WidgetClient): string[] =>
  user.activities.filter((a) => a.type === 'message' && a.channelData?.relais?.sender === 'agent').map((a) => a.text ?? '');

export async function createTicket(base: string, fields: { subject: string; email: string; name: string; category?: 'technique' | 'metier'; description?: string }) {
  const res = await postJson(`${base}/api/tickets`, {
    category: fields.category ?? 'technique',
    subject: fields.subject,
    description: fields.description ?? 'Description détaillée du problème rencontré sur le portail.',
    email: fields.email,
    name: fields.name,
  });
  if (res.status !== 201) throw new Error(`ticket not created: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { ticket: { number: string } };
}

export { AGENT_PASSWORD };
