import type { Page } from 'playwright-core';
import { describeBrowser, screenshot } from '../helpers/browser';
import { ask, widget, widgetPortal } from './widget-page';

/**
 * Issue 10 in the widget, against the whole server during opening hours with no adviser signed
 * in: a request for a person inside a longer message, a follow-up that needs the previous
 * question (and a chain of them, then a report that it still does not work), and fallbacks that vary and then offer what is really available (a ticket here).
 */
describeBrowser('widget: the bot understands the way people write', () => {
  const suite = widgetPortal({ RELAIS_NOW: '2026-12-01T10:00:00+01:00' });

  async function opened(): Promise<{ page: Page; errors: string[]; w: ReturnType<typeof widget> }> {
    const { page, errors } = await suite.open();
    const w = widget(page);
    await w.launcher.click();
    await w.bot.first().getByText(/je suis ClaudIA/).waitFor();
    // Open, but nobody signed in: the welcome offers no adviser, only a ticket.
    const chips = await w.bot.first().locator('.chips button').allTextContents();
    expect(chips).not.toContain('Parler à un conseiller');
    expect(chips).toContain('Créer un ticket');
    return { page, errors, w };
  }

  /** Sends a message and returns the text of the bot's reply to it. */
  async function reply(page: Page, w: ReturnType<typeof widget>, text: string): Promise<string> {
    const before = await w.bot.count();
    await ask(page, text);
    await w.bot.nth(before).waitFor();
    await page.waitForTimeout(150); // a reply may come as several messages
    return ((await w.bot.nth(before).locator('.bubble').textContent()) ?? '').replace(/\s+/g, ' ');
  }

  it('a request for a person inside a message about a topic is taken as a request, not answered with the article', async () => {
    const { page, errors, w } = await opened();
    const text = await reply(page, w, 'Bonjour, ma facture est en brouillon depuis trois semaines, est-ce que je peux avoir un humain ?');
    expect(text).not.toMatch(/Source :/);
    expect(text).toContain('Aucun conseiller n’est en ligne pour le moment');
    expect(await w.lastBot().locator('.chips button', { hasText: 'Créer un ticket' }).count()).toBe(1);
    await screenshot(page, 'widget-request-inside-message');
    expect(errors).toEqual([]);
  }, 60_000);

  it('a follow-up is understood with the previous question', async () => {
    const { page, errors, w } = await opened();
    // «et après ?» alone is not understood (test/knowledge/understanding/): the context is all it has.
    const first = await reply(page, w, 'Comment envoyer nos factures en EDI ?');
    expect(first).toMatch(/Source : Envoyer ses factures à Chorus Pro en EDI/);
    const second = await reply(page, w, 'et après ?');
    expect(second).toMatch(/Source : Envoyer ses factures à Chorus Pro en EDI/);
    expect(errors).toEqual([]);
  }, 60_000);

  it('a chain of follow-ups keeps the first topic; «ça ne marche toujours pas» brings the way to a person after the article', async () => {
    const { page, errors, w } = await opened();
    await reply(page, w, 'ma facture est restée en brouillon, comment je l’envoie ?');
    await reply(page, w, 'une fenêtre s’ouvre, je fais quoi ensuite ?');
    // Read with the first message's topic, not with the second one's words alone.
    expect(await reply(page, w, 'et si le bouton est grisé ?')).toMatch(/Source : Envoyer une facture restée en mode brouillon/);
    const before = await w.bot.count();
    await ask(page, 'et si ça ne marche toujours pas ?');
    await w.bot.nth(before + 1).getByText(/Si ces étapes ne suffisent toujours pas, le support peut prendre le relais/).waitFor();
    expect(((await w.bot.nth(before).locator('.bubble').textContent()) ?? '').replace(/\s+/g, ' ')).toMatch(/Source : Envoyer une facture restée en mode brouillon/);
    // Nobody can take a chat: the ticket is what is offered.
    expect(await w.bot.nth(before + 1).locator('.chips button').allTextContents()).toEqual(['Créer un ticket']);
    await screenshot(page, 'widget-follow-up-chain');
    expect(errors).toEqual([]);
  }, 60_000);

  it('fallbacks vary, ask to rephrase once, then lead with what is really available', async () => {
    const { page, errors, w } = await opened();
    const first = await reply(page, w, 'xyzzy plouf');
    expect(first).toMatch(/^Je n’ai pas compris votre question/);
    const second = await reply(page, w, 'le chat de ma voisine est bleu');
    expect(second).toMatch(/^Je ne parviens toujours pas à vous répondre\. Aucun conseiller n’est en ligne/);
    // Nobody can take a chat: only the ticket is offered.
    const chips = await w.lastBot().locator('.chips button').allTextContents();
    expect(chips).toEqual(['Créer un ticket']);
    const third = await reply(page, w, 'zorglub wxcvbn');
    expect(new Set([first, second, third]).size).toBe(3);
    await screenshot(page, 'widget-fallbacks');
    expect(errors).toEqual([]);
  }, 60_000);
});
