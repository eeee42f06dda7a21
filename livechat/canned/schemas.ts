import { z } from 'zod';
import { fieldErrors } from '../../platform/http/field-errors';
import { CannedError } from './errors';
import { findUnknownPlaceholders, unknownPlaceholdersMessage } from '../../protocol/placeholders';
import { fr } from '../../protocol/typography';

export const TITLE_MAX = 80;
export const BODY_MAX = 2000;

const text = (label: string) => z.string({ error: fr(`${label} : texte attendu.`) }).transform((s) => s.normalize('NFC'));

/**
 * One line, runs of spaces collapsed: "Accueil  usager" and "Accueil usager" are the same title.
 * A single space is kept as written, so French no-break spaces survive.
 */
const title = text('Titre')
  .pipe(z.string().refine((s) => !/[\u0000-\u001f\u007f\u2028\u2029]/.test(s), fr('Titre : caractères non autorisés.')))
  .transform((s) => s.replace(/\s{2,}/g, ' ').trim())
  .pipe(
    z
      .string()
      .min(1, fr('Titre : champ obligatoire.'))
      .max(TITLE_MAX, fr(`Titre : ${TITLE_MAX.toLocaleString('fr-FR')} caractères au maximum.`)),
  );

/** Multi-line text: line breaks and tabs allowed, other control characters not. */
const body = text('Texte')
  .transform((s) => s.replace(/\r\n?/g, '\n').trim())
  .pipe(
    z
      .string()
      .min(1, fr('Texte : champ obligatoire.'))
      .max(BODY_MAX, fr(`Texte : ${BODY_MAX.toLocaleString('fr-FR')} caractères au maximum.`))
      .refine((s) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(s), fr('Texte : caractères non autorisés.'))
      .superRefine((s, ctx) => {
        const unknown = findUnknownPlaceholders(s);
        if (unknown.length > 0) ctx.addIssue({ code: 'custom', message: fr('Texte : ') + unknownPlaceholdersMessage(unknown) });
      }),
  );

export const CannedFields = z.object({ title, body });

export const CannedPatch = z
  .object({ title: title.optional(), body: body.optional() })
  .refine((p) => p.title !== undefined || p.body !== undefined, fr('Indiquez un titre ou un texte à modifier.'));

export const ListQuery = z.object({
  q: z
    .string({ error: fr('Recherche : texte attendu.') })
    .trim()
    .max(200, fr('Recherche : 200 caractères au maximum.'))
    .optional(),
});

export { fieldErrors };

/** Parses with a schema, or throws an INVALID_INPUT CannedError listing every field. */
export function parse<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const r = schema.safeParse(value ?? {});
  if (!r.success) {
    const fields = fieldErrors(r.error);
    throw new CannedError('INVALID_INPUT', Object.values(fields)[0] ?? fr('Requête invalide.'), fields);
  }
  return r.data;
}
