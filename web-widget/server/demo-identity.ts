import type { RequestHandler } from 'express';
import { SignJWT } from 'jose';
import { z } from 'zod';
import type { WebPagesDeps } from '../index';

/** The demo's logged-in portal user, editable from the demo page. */
const DemoUser = z.object({
  name: z.string().trim().min(1).max(120).default('Marie Dupont'),
  email: z.email().max(254).default('marie.dupont@mairie-exemple.fr'),
  organisation: z.string().trim().min(1).max(200).default('Mairie d’Exemple-sur-Loire'),
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
        res.status(400).json({ error: { code: 'VALIDATION', message: 'demo: utilisateur de démonstration invalide.' } });
        return;
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
