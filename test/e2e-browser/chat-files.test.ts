import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import type { RunningApp } from '../helpers/app';
import { AGENT_PASSWORD, createAgent } from '../helpers/agent-client';
import { describeBrowser, formatViolations, runAxe, screenshot, startBrowserApp, watchErrors } from '../helpers/browser';
import { launchWidgetBrowser, widget } from './widget-page';

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.from('IHDR une capture d’écran')]);
const PDF = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n');

/**
 * Files both ways in a live chat, in two browsers: the user attaches a screenshot from the widget
 * (its file code loaded only then), the adviser downloads it from the console and sends a PDF back,
 * which the user downloads from the widget.
 */
describeBrowser('files in a live chat, widget and console', () => {
  let r: RunningApp;
  let browser: Browser;
  beforeAll(async () => {
    r = await startBrowserApp({ RELAIS_NOW: '2026-12-01T10:00:00+01:00', LIVECHAT_ROUTING: 'pick' });
    browser = await launchWidgetBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await r?.close();
  });

  it('sends a screenshot to the adviser and a PDF back, each downloaded by the other side', async () => {
    const account = await createAgent(r.app, r.base, 'Hélène Garnier');
    const adviserContext = await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris', acceptDownloads: true });
    const userContext = await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris', acceptDownloads: true });
    const console_ = await adviserContext.newPage();
    const user = await userContext.newPage();
    const userErrors = watchErrors(user);
    const chunkRequests: string[] = [];
    user.on('request', (req) => {
      if (req.url().endsWith('/relais-widget-files.js')) chunkRequests.push(req.url());
    });

    await console_.goto(`${r.base}/console/`);
    await console_.getByLabel('Adresse e-mail').fill(account.agent.email);
    await console_.getByLabel('Mot de passe').fill(AGENT_PASSWORD);
    await console_.getByRole('button', { name: 'Se connecter' }).click();
    await console_.locator('.queue .empty').waitFor();

    await user.goto(`${r.base}/`);
    const w = widget(user);
    const attach = w.root.getByRole('button', { name: 'Joindre un fichier' });
    await w.launcher.click();
    await w.bot.first().waitFor();
    // With the bot, there is nobody to send a file to.
    expect(await attach.isHidden()).toBe(true);
    await w.input.fill('Je voudrais parler à un conseiller');
    await w.input.press('Enter');
    await w.status.filter({ hasText: 'position 1 dans la file d’attente' }).waitFor();
    await console_.locator('.queue-item').first().getByRole('button', { name: /^Prendre en charge/ }).click();
    const panel = console_.getByRole('tabpanel').first();
    await w.root.locator('.msg.system', { hasText: 'Hélène Garnier a rejoint la conversation.' }).waitFor();
    expect(chunkRequests).toEqual([]);

    // The user attaches a screenshot: the file code loads now, the message shows a download button.
    await attach.waitFor();
    const [chooser] = await Promise.all([user.waitForEvent('filechooser'), attach.click()]);
    await chooser.setFiles({ name: 'capture.png', mimeType: 'image/png', buffer: PNG });
    await w.user.getByRole('button', { name: /capture\.png \(1\sKo\)/ }).waitFor();
    expect(chunkRequests).toHaveLength(1);

    // The adviser sees it in the chat and downloads it: the same bytes.
    const link = panel.locator('.msg-user .msg-file a', { hasText: 'capture.png' });
    await link.waitFor();
    const [got] = await Promise.all([console_.waitForEvent('download'), link.click()]);
    expect(got.suggestedFilename()).toBe('capture.png');
    expect(fs.readFileSync((await got.path())!).equals(PNG)).toBe(true);

    // The adviser sends a PDF back; the user downloads it from the widget.
    const [agentChooser] = await Promise.all([console_.waitForEvent('filechooser'), panel.getByRole('button', { name: 'Joindre un fichier' }).click()]);
    await agentChooser.setFiles({ name: 'procédure.pdf', mimeType: 'application/pdf', buffer: PDF });
    await panel.locator('.msg-agent .msg-file a', { hasText: 'procédure.pdf' }).waitFor();
    const pdfButton = w.root.locator('.msg.agent').getByRole('button', { name: /procédure\.pdf/ });
    await pdfButton.waitFor();
    const [mine] = await Promise.all([user.waitForEvent('download'), pdfButton.click()]);
    expect(mine.suggestedFilename()).toBe('procédure.pdf');
    expect(fs.readFileSync((await mine.path())!).equals(PDF)).toBe(true);

    // A file the server refuses says why, in the widget.
    const [bad] = await Promise.all([user.waitForEvent('filechooser'), attach.click()]);
    await bad.setFiles({ name: 'page.png', mimeType: 'image/png', buffer: Buffer.from('<html><script>alert(1)</script></html>') });
    await w.root.locator('.meta.err', { hasText: 'Type de fichier non accepté' }).waitFor();

    expect(formatViolations(await runAxe(user))).toBe('');
    expect(formatViolations(await runAxe(console_))).toBe('');
    await screenshot(user, 'chat-files-widget');
    await screenshot(console_, 'chat-files-console');
    // On a phone (390 px): the file buttons wrap inside their bubbles, the composer keeps its field.
    await user.setViewportSize({ width: 390, height: 780 });
    await console_.setViewportSize({ width: 390, height: 844 });
    await screenshot(user, 'chat-files-widget-390');
    await screenshot(console_, 'chat-files-console-390');
    // The refused upload's 400 is the only error the page logged.
    expect(userErrors.filter((e) => !/400/.test(e))).toEqual([]);
  }, 90_000);
});
