import type { Browser } from 'playwright-core';
import type { RunningApp } from '../helpers/app';
import { describeBrowser, formatViolations, runAxe, screenshot, startBrowserApp, watchErrors } from '../helpers/browser';
import { ask, hostHtml, launchWidgetBrowser, openHost, widget } from './widget-page';

/**
 * Zoom and short screens (WCAG 1.4.10 reflow): 200 % and 400 % of a 1280×800 screen are CSS
 * viewports of 640×400 and 320×200. The widget goes full screen and keeps most of the height for
 * the messages; on a large screen, the open launcher is the close control (a cross).
 */
describeBrowser('widget: zoom, short screens and the launcher as close control', () => {
  let r: RunningApp;
  let browser: Browser;
  beforeAll(async () => {
    r = await startBrowserApp({ RELAIS_NOW: '2026-12-01T10:00:00+01:00' });
    browser = await launchWidgetBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await r?.close();
  });

  async function open(viewport: { width: number; height: number }) {
    const page = await browser.newPage({ viewport });
    const errors = watchErrors(page);
    await openHost(page, `${r.base}/portail`, hostHtml('/relais-widget.js'), { realHeadersFrom: `${r.base}/` });
    const w = widget(page);
    await w.launcher.click();
    await w.bot.first().waitFor();
    return { page, errors, w };
  }

  /** Which of the launcher's two icons is drawn. */
  const launcherIcon = (w: ReturnType<typeof widget>) =>
    w.launcher.evaluate((b) => [...b.querySelectorAll('svg')].filter((s) => s.ownerDocument.defaultView!.getComputedStyle(s).display !== 'none').map((s) => s.getAttribute('class')));

  it('on a large screen, the open launcher shows a cross and closes the panel', async () => {
    const { page, errors, w } = await open({ width: 1280, height: 800 });
    expect(await w.launcher.getAttribute('aria-label')).toBe('Fermer l’assistant');
    expect(await launcherIcon(w)).toEqual(['x']);
    await w.launcher.click();
    expect(await w.panel.isHidden()).toBe(true);
    expect(await launcherIcon(w)).toEqual(['b']);
    await page.close();
    expect(errors).toEqual([]);
  }, 60_000);

  it.each([
    ['200 %', { width: 640, height: 400 }],
    ['400 %', { width: 320, height: 200 }],
  ])('at %s zoom the panel takes the screen and the messages keep at least half of it', async (zoom, viewport) => {
    const { page, errors, w } = await open(viewport);
    await ask(page, 'mot de passe oublié');
    await w.bot.nth(1).waitFor();
    const panel = (await w.panel.boundingBox())!;
    expect([panel.x, panel.y, panel.width, panel.height]).toEqual([0, 0, viewport.width, viewport.height]);
    const log = (await w.log.boundingBox())!;
    expect(log.height / viewport.height).toBeGreaterThanOrEqual(0.5);
    // The message field and the close button are on screen, nothing scrolls sideways.
    for (const el of [w.input, w.root.locator('[data-close]')]) {
      const b = (await el.boundingBox())!;
      expect(b.y + b.height).toBeLessThanOrEqual(viewport.height + 0.5);
      expect(b.x + b.width).toBeLessThanOrEqual(viewport.width + 0.5);
    }
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(viewport.width);
    await screenshot(page, `widget-zoom-${zoom.replace(' %', '')}`);
    expect(formatViolations(await runAxe(page))).toBe('');
    await page.close();
    expect(errors).toEqual([]);
  }, 60_000);
});
