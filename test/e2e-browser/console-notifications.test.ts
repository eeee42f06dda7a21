import { describeBrowser } from '../helpers/browser';
import { queueDirectly, useConsoleHarness } from './console-harness';

/**
 * Opt-in desktop notifications: none until the agent turns them on (the browser is asked then),
 * and only while the console's tab is hidden — a new chat in the queue, a user's message. The
 * page's Notification and visibility are stubbed: a headless browser shows neither.
 */
describeBrowser('agent console — desktop notifications', () => {
  const harness = useConsoleHarness();

  it('notifies a new chat and a message while the tab is hidden, once the agent opted in', async () => {
    const hx = harness();
    const { page, errors } = await hx.agentPage('Inès Roux');
    // Plain JavaScript run in the page before the console's own code.
    await page.addInitScript({
      content: `
        window.__notes = []; window.__perm = 'default'; window.__hidden = false;
        window.Notification = class {
          constructor(title, options) { window.__notes.push({ title, body: options && options.body }); }
          close() {}
          static get permission() { return window.__perm; }
          static async requestPermission() { window.__perm = 'granted'; return 'granted'; }
        };
        Object.defineProperty(document, 'visibilityState', { get: () => (window.__hidden ? 'hidden' : 'visible') });
      `,
    });
    await page.reload();
    await page.locator('.top-bar .status-dot[data-status="available"]').waitFor();
    const notes = () => page.evaluate<{ title: string; body?: string }[]>('window.__notes');
    const toggle = page.getByRole('button', { name: 'Notifications' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');

    // Not opted in: a hidden tab gets no desktop notification.
    await page.evaluate('window.__hidden = true');
    const first = await hx.user();
    await queueDirectly(first);
    await page.locator('.queue-item').first().waitFor();
    expect(await notes()).toEqual([]);

    await page.evaluate('window.__hidden = false');
    await toggle.click();
    await page.locator('.top-bar [aria-pressed="true"]').waitFor();
    await page.evaluate('window.__hidden = true');
    const second = await hx.user({ name: 'Paul Girard', email: 'paul.girard@btp.fr' });
    await queueDirectly(second);
    await page.waitForFunction('window.__notes.length === 1');
    expect(await notes()).toEqual([{ title: 'Nouveau chat — Relais', body: expect.stringMatching(/Nouvelle demande dans la file d’attente|nouvelles demandes/) }]);
    expect(errors).toEqual([]);
  }, 60_000);
});
