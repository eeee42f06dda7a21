import { z } from 'zod';
import { fieldErrors } from '../../platform/http/field-errors';
import { TicketError } from '../errors';
import { decodeTicketCursor, TICKET_PAGE_MAX } from '../ticket-list';
import { cleanLine, cleanText, lineProblem } from '../../protocol/plain-text';
import { TICKET_CATEGORIES, TICKET_STATUSES } from '../../protocol/ticket';

/**
 * One line of text (values reach e-mail headers): control characters removed (protocol/plain-text.ts,
 * the rule of every entry point); line breaks, direction overrides and text that shows nothing refused.
 */
const line = (label: string, max: number) =>
  z
    .string({ error: `${label} : texte attendu.` })
    .transform(cleanLine)
    .pipe(
      z
        .string()
        .trim()
        .min(1, `${label} : champ obligatoire.`)
        .max(max, `${label} : ${max} caractères au maximum.`)
        .refine((s) => lineProblem(s) !== 'line-break', `${label} : une seule ligne, sans retour à la ligne.`)
        .refine((s) => lineProblem(s) !== 'bidi', `${label} : caractères de mise en forme du sens d’écriture non autorisés.`)
        .refine((s) => lineProblem(s) !== 'invisible', `${label} : champ obligatoire.`),
    );

/** Multi-line text: line breaks and tabs kept, other control characters removed. */
const text = (label: string, min: number, max: number) =>
  z
    .string({ error: `${label} : texte attendu.` })
    .transform(cleanText)
    .pipe(
      z
        .string()
        .trim()
        .min(min, min > 1 ? `${label} : ${min} caractères au minimum.` : `${label} : champ obligatoire.`)
        .max(max, `${label} : ${max} caractères au maximum.`),
    );

const email = z
  .string({ error: 'Adresse électronique : texte attendu.' })
  .trim()
  .max(254, 'Adresse électronique : trop longue.')
  .pipe(z.email('Adresse électronique : format invalide (exemple : nom@domaine.fr).'))
  .transform((s) => s.toLowerCase());

const category = z.enum(TICKET_CATEGORIES, { error: 'Catégorie : « technique » ou « metier » attendu.' });

/** Fields of the public form common to both modes; identity fields are only read when not connected. */
export const TicketFields = z.object({
  category,
  subject: line('Objet', 150),
  description: text('Description', 10, 5000),
  /** Honeypot: hidden in the form, left empty by people, filled in by bots. */
  website: z.string().max(500).optional(),
  idempotencyKey: z.string().trim().min(8).max(100).optional(),
});

export const AnonymousRequester = z.object({
  email,
  name: line('Nom', 120),
  organisation: line('Organisation', 200).optional(),
});

export const ReplyBody = z.object({ message: text('Message', 1, 5000) });
export const AgentReplyBody = ReplyBody.extend({ status: z.enum(TICKET_STATUSES).optional() });
export const StatusBody = z.object({ status: z.enum(TICKET_STATUSES, { error: 'Statut inconnu.' }) });
export const AssignBody = z.object({ agentId: z.number().int().positive().nullable() });

export const ListQuery = z
  .object({
    status: z.enum(TICKET_STATUSES).optional(),
    category: category.optional(),
    q: z.string().trim().max(200).optional(),
    assignee: z.union([z.literal('none'), z.literal('me'), z.coerce.number().int().positive()]).optional(),
    limit: z.coerce
      .number({ error: 'Taille de page : nombre attendu.' })
      .int('Taille de page : nombre entier attendu.')
      .min(1, 'Taille de page : 1 au minimum.')
      .max(TICKET_PAGE_MAX, `Taille de page : ${TICKET_PAGE_MAX} au maximum.`)
      .optional(),
    offset: z.coerce.number().int().min(0).max(1_000_000).optional(),
    /** The previous page's `nextCursor`: the tickets after it, whatever changed since. */
    before: z
      .string({ error: 'Curseur de page : texte attendu.' })
      .transform((s, ctx) => decodeTicketCursor(s) ?? (ctx.addIssue({ code: 'custom', message: 'Curseur de page invalide : reprenez la liste depuis le début.' }), z.NEVER))
      .optional(),
  })
  .refine((q) => q.before === undefined || q.offset === undefined, { message: 'Indiquez « before » ou « offset », pas les deux.', path: ['before'] });

export { fieldErrors };

/** Parses a body/query with a schema, or throws an INVALID_INPUT TicketError listing every field. */
export function parse<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const r = schema.safeParse(value ?? {});
  if (!r.success) {
    const fields = fieldErrors(r.error);
    throw new TicketError('INVALID_INPUT', Object.values(fields)[0] ?? 'Requête invalide.', fields);
  }
  return r.data;
}
