import { describeBrowser, screenshot } from '../helpers/browser';
import { widget, widgetPortal } from './widget-page';

/**
 * The assistant's and the portal's names are settings (ASSISTANT_NAME, PORTAL_NAME): one name in
 * the widget's header, the bot's welcome, the screen reader's prefix, the typing notice and the
 * demo pages — the header said «Assistant Relais» while the bot called itself «ClaudIA».
 */
describeBrowser('widget: the assistant and the portal are named by the settings', () => {
  const suite = widgetPortal({ ASSISTANT_NAME: 'Aïda', PORTAL_NAME: 'Portail Test & Cie' });

  it('names them the same everywhere, as text', async () => {
    const { page, errors } = await suite.open();
    const w = widget(page);
    await w.launcher.click();
    const welcome = w.bot.first();
    await welcome.getByText(/je suis Aïda, votre assistante virtuelle/).waitFor();
    expect(await w.root.locator('#relais-title').textContent()).toBe('Aïda · Portail Test & Cie');
    expect(await welcome.locator('.sr').first().textContent()).toBe('Aïda\u00a0:');
    await screenshot(page, 'widget-branding');

    const home = await fetch(`${suite.app.base}/`).then((r) => r.text());
    expect(home).toContain('Aïda, l’assistante virtuelle de Portail Test &amp; Cie');
    expect(home).not.toContain('{{');
    expect(errors).toEqual([]);
  }, 60_000);
});
