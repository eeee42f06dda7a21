import type { RequestHandler } from 'express';
import { SignJWT } from 'jose';
import { z } from 'zod';
import { fieldErrors } from '../../platform/http/field-errors';
import { sendError } from '../../platform/http/errors';
import type { WebPagesDeps } from './deps';

/** An empty field means « use the default demo user's value ». */
const blankToDefault = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
/** Printable single-line text, as the identity verifier (auth/portal-identity.ts) requires. */
const line = (label: string, max: number) =>
  z
    .string({ error: `${label} : texte attendu.` })
    .trim()
    .max(max, `${label} : ${max} caractères au maximum.`)
    .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), `${label} : caractères non autorisés.`);

/** The demo's logged-in portal user, editable from the demo page. */
const DemoUser = z.object({
  name: z.preprocess(blankToDefault, line('Nom', 120).default('Marie Dupont')),
  email: z.preprocess(
    blankToDefault,
    z.email('Adresse électronique : format invalide (exemple : nom@domaine.fr).').max(254).default('marie.dupont@mairie-exemple.fr'),
  ),
  organisation: z.preprocess(blankToDefault, line('Organisation', 200).default('Mairie d’Exemple-sur-Loire')),
});

/**
 * Outside production only: signs an identity token as the portal would, so the demo page can
 * try the logged-in mode. Never mounted with NODE_ENV=production (a real portal signs its own).
 */
export function demoIdentityRoute(deps: WebPagesDeps): RequestHandler {
  const key = new TextEncoder().encode(deps.config.portalIdentitySecret);
  return async (req, res, next) => {
    try {
      const parsed = DemoUser.safeParse(req.body ?? {});
      if (!parsed.success) {
        const fields = fieldErrors(parsed.error);
        return sendError(res, 'INVALID_INPUT', Object.values(fields)[0] ?? 'Utilisateur de démonstration invalide.', fields);
      }
      const user = parsed.data;
      const now = Math.floor(deps.clock.now().getTime() / 1000);
      const token = await new SignJWT({ email: user.email, name: user.name, organisation: user.organisation })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(`demo-${user.email}`)
        .setIssuedAt(now)
        .setExpirationTime(now + 8 * 3600)
        .sign(key);
      res.json({ token, user });
    } catch (err) {
      next(err);
    }
  };
}
