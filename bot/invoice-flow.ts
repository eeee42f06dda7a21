import { WAITING, type InvoiceRequest } from './invoice-request';
import { INVOICE_TEXTS, NEXT_ARTICLE, invoiceLabel } from './invoice-texts';
import { answerWith } from './answer';
import { say, type Turn } from './turn';
import type { InvoiceLookup } from './ports';
import type { PortalInvoice } from '../protocol/portal';

/** Recent invoices offered as choices (the label, with the number, comes back as the user's text). */
const CHOICES = 5;
/** Recent invoices searched for a rejected or waiting one. */
const SEARCHED = 30;
const TRACKING_ARTICLE = 'suivre-une-facture';

/**
 * «Où en est ma facture F-2026-00123 ?», «ma dernière facture a été payée ?», «mes factures en
 * attente» (issue 15): for a verified portal identity only, the bot looks the user's own invoices
 * up and says where one stands, what it means and what to do, with the article for the next step.
 * Anyone else is told how to log in and gets the article; an invoice number alone reveals nothing.
 */
export async function followInvoice(turn: Turn, invoices: InvoiceLookup, request: InvoiceRequest, question: string): Promise<void> {
  const userId = turn.data.requester?.verified ? turn.data.requester.portalUserId : null;
  if (!userId) {
    // «how do I follow the status of my invoice?» written in English is told so in English.
    const language = turn.deps.knowledge.analyse(question).reading.language;
    await say(turn, language === 'en' ? INVOICE_TEXTS.anonymousEn : INVOICE_TEXTS.anonymous);
    const article = turn.deps.knowledge.article(TRACKING_ARTICLE);
    if (article) await answerWith(turn, article, question, null, language);
    return;
  }
  try {
    await lookUp(turn, invoices, userId, request, question);
  } catch (err) {
    const limited = (err as { code?: string }).code === 'RATE_LIMITED';
    if (!limited) turn.deps.logger.error({ err, conversationId: turn.conversationId }, 'bot: invoice lookup failed');
    await say(turn, limited ? INVOICE_TEXTS.tooMany : INVOICE_TEXTS.unavailable);
  }
}

async function lookUp(turn: Turn, invoices: InvoiceLookup, userId: string, request: InvoiceRequest, question: string): Promise<void> {
  if (request.which === 'number') {
    const found = await invoices.find(userId, request.number!);
    if (found) return describe(turn, found, question);
    const recent = await invoices.recent(userId, CHOICES);
    return void (await say(turn, recent.length ? INVOICE_TEXTS.notFound(request.number!) : INVOICE_TEXTS.notFoundNone(request.number!), recent.map(invoiceLabel)));
  }
  if (request.which === 'latest') {
    const [latest] = await invoices.recent(userId, 1);
    return latest ? describe(turn, latest, question) : void (await say(turn, INVOICE_TEXTS.none));
  }
  if (request.which === 'rejected') {
    const rejected = (await invoices.recent(userId, SEARCHED)).filter((i) => i.status === 'rejetee');
    if (rejected.length === 1) return describe(turn, rejected[0]!, question);
    return void (await say(turn, rejected.length ? INVOICE_TEXTS.rejectedMany(rejected.length) : INVOICE_TEXTS.noneRejected, rejected.slice(0, CHOICES).map(invoiceLabel)));
  }
  if (request.which === 'pending') {
    const waiting = (await invoices.recent(userId, SEARCHED)).filter((i) => WAITING.includes(i.status));
    return void (await say(turn, waiting.length ? INVOICE_TEXTS.waiting(waiting) : INVOICE_TEXTS.noneWaiting, waiting.slice(0, CHOICES).map(invoiceLabel)));
  }
  const recent = await invoices.recent(userId, CHOICES);
  await say(turn, recent.length ? INVOICE_TEXTS.choose : INVOICE_TEXTS.none, recent.map(invoiceLabel));
}

/** The invoice's status in plain French, then the article of the next step (rated as an answer). */
async function describe(turn: Turn, invoice: PortalInvoice, question: string): Promise<void> {
  await say(turn, INVOICE_TEXTS.describe(invoice));
  const article = turn.deps.knowledge.article(NEXT_ARTICLE[invoice.status]);
  if (article) await answerWith(turn, article, question, null);
}
