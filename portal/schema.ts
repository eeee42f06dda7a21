import { z } from 'zod';
import { INVOICE_STATUSES, type PortalInvoice } from '../protocol/portal';

/** One line of printable text (what the portal says ends up in the bot's answers and the pages). */
const line = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .refine((s) => !/[\u0000-\u001f\u007f]/.test(s));
const instant = z.iso.datetime({ offset: true });

/**
 * An invoice as the portal's API must send it (README «Le portail»). Fields it does not know
 * are dropped, so nothing but these reaches the rest of Relais.
 */
export const PortalInvoiceSchema = z.object({
  number: line(50),
  payer: line(200),
  amountCents: z.number().int().safe(),
  depositedAt: instant.nullable(),
  status: z.enum(INVOICE_STATUSES),
  statusAt: instant,
  reason: z.string().min(1).max(2000).nullable(),
  paymentDate: z.iso.date().nullable(),
  application: line(100),
  url: z.url({ protocol: /^https?$/ }),
}) satisfies z.ZodType<PortalInvoice>;

/** `GET …/users/{userId}/invoices`: the user's invoices, most recent first. */
export const InvoiceListSchema = z.object({ invoices: z.array(PortalInvoiceSchema).max(500) });
