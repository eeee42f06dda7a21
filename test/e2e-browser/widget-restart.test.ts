import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { IDENTITY_SECRET } from '../helpers/app';
import { describeBrowser, screenshot, watchErrors } from '../helpers/browser';
import { freePort, startServerProcess, type ServerProcess } from '../helpers/server-process';
import { connected, WidgetClient } from '../helpers/widget-client';
import { ask, devQuestion, hostHtml, launchWidgetBrowser, openHost, storedValue, widget } from './widget-page';

/**
 * The real server as a child process, killed mid-conversation and started again on the same data
 * and port: the widget reconnects by itself, resumes the same conversation without showing it
 * twice, and sends the message typed during the outage exactly once.
 */
describeBrowser('widget: survives a server restart', () => {
  let browser: Browser;
  let server: ServerProcess | null = null;
  let env: Record<string, string>;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-restart-'));
  beforeAll(async () => {
    const port = await freePort();
    env = {
      PORT: String(port),
      DATA_DIR: dataDir,
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      PORTAL_IDENTITY_SECRET: IDENTITY_SECRET,
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      RELAIS_NOW: '2026-12-01T10:00:00+01:00',
    };
    server = await startServerProcess(env);
    browser = await launchWidgetBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.kill();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('reconnects, keeps its history without duplicates, and sends the offline message once', async () => {
    const base = server!.base;
    const page = await browser.newPage({ viewport: { width: 1100, height: 760 } });
    const errors = watchErrors(page);
    await openHost(page, `${base}/portail`, hostHtml('/relais-widget.js'), { realHeadersFrom: `${base}/` });
    const w = widget(page);
    await w.launcher.click();
    await w.bot.first().waitFor();
    await ask(page, devQuestion('facture-brouillon'));
    await w.bot.filter({ hasText: 'Valider et envoyer' }).waitFor();
    const before = await w.log.locator('.msg .bubble').allTextContents();

    // The server dies (no goodbye to the sockets) while the user is reading.
    await server!.kill('SIGKILL');
    await w.status.filter({ hasText: 'Connexion interrompue' }).waitFor();
    const offline = devQuestion('mot-de-passe-oublie');
    await ask(page, offline);
    const pending = w.user.filter({ hasText: offline });
    await pending.locator('.meta', { hasText: 'En attente d’envoi' }).waitFor();
    expect(await pending.locator('.meta').isVisible()).toBe(true);
    await screenshot(page, 'widget-offline-pending');

    server = await startServerProcess(env);
    const answer = w.bot.filter({ hasText: 'Source' }).filter({ hasText: /mot de passe/i });
    await answer.waitFor({ timeout: 30_000 });
    expect(await w.status.isHidden()).toBe(true);
    expect(await pending.locator('.meta').count()).toBe(0);

    // Same conversation, each message shown once, the offline one sent and answered once.
    const after = await w.log.locator('.msg .bubble').allTextContents();
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.filter((t) => t.includes(offline))).toHaveLength(1);
    expect(await answer.count()).toBe(1);
    const visitorToken = (await storedValue(page, base, 'visitor')) as string;
    const check = new WidgetClient(base, { visitorToken });
    await connected(check);
    for (let i = 0; i < 100 && !check.history; i++) await new Promise((r) => setTimeout(r, 20));
    check.close();
    const texts = (check.history ?? []).map((a) => a.text ?? '');
    expect(texts.filter((t) => t === offline)).toHaveLength(1);
    expect(texts.filter((t) => t.includes('Valider et envoyer')).length).toBe(1);
    expect(texts[0]).toMatch(/je suis ClaudIA/);
    expect(errors.filter((e) => !/ERR_CONNECTION_REFUSED|WebSocket connection/.test(e))).toEqual([]);
  }, 120_000);
});
