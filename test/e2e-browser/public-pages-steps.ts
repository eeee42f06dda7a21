import type { Page } from 'playwright-core';
import type { TestSmtpServer } from '../helpers/smtp';

/** Shared steps of the public pages' browser tests (form filling, e-mail links). */
export interface TicketInput {
  name: string;
  email: string;
  organisation?: string;
  category: 'technique' | 'metier';
  subject: string;
  description: string;
}

export const XSS = '<img src=x onerror="window.__xss=1">';

export const validTicket = (over: Partial<TicketInput> = {}): TicketInput => ({
  name: 'Jeanne Martin',
  email: 'jeanne.martin@exemple.fr',
  organisation: 'Menuiserie Martin',
  category: 'technique',
  subject: `Facture bloquée ${XSS}`,
  description: `Ma facture n° 2026-118 reste en brouillon. ${XSS}\nDeuxième ligne.`,
  ...over,
});

export async function fillTicketForm(page: Page, t: TicketInput): Promise<void> {
  await page.fill('#ticket-name', t.name);
  await page.fill('#ticket-email', t.email);
  await page.fill('#ticket-organisation', t.organisation ?? '');
  await page.selectOption('#ticket-category', t.category);
  await page.fill('#ticket-subject', t.subject);
  await page.fill('#ticket-description', t.description);
}

/** The « Suivre ma demande » link of the acknowledgement sent to `to`, as the e-mail carries it. */
export async function followUpLinkFor(smtp: TestSmtpServer, to: string, number: string): Promise<string> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const mail = smtp.received.find((m) => m.rcptTo.includes(to) && m.mail.subject?.includes(number));
    if (mail) {
      const text = `${mail.mail.text ?? ''}\n${typeof mail.mail.html === 'string' ? mail.mail.html : ''}`;
      const link = /https?:\/\/[^\s"<>]+\/suivi\/RL-\d{4}-\d{6}#jeton=[A-Za-z0-9_-]+/.exec(text);
      if (!link) throw new Error(`no follow-up link in the e-mail to ${to}: ${text.slice(0, 500)}`);
      return link[0];
    }
    if (Date.now() > deadline) throw new Error(`no e-mail to ${to} about ${number}`);
    await smtp.waitFor(smtp.received.length + 1, Math.max(1, deadline - Date.now())).catch(() => undefined);
  }
}

/** The element that has the focus, as `tag#id` (or its text for elements without id). */
export const focused = (page: Page) =>
  page.evaluate(() => {
    const el = (globalThis as unknown as { document: { activeElement: { tagName: string; id: string; textContent: string | null } | null } }).document.activeElement;
    return el ? `${el.tagName.toLowerCase()}#${el.id || (el.textContent ?? '').trim().slice(0, 40)}` : '';
  });
