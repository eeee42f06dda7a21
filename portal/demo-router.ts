import crypto from 'node:crypto';
import express, { type Router } from 'express';
import { z } from 'zod';
import { fr } from '../protocol/typography';
import { sendError, wrap } from '../platform/http/errors';
import type { Portal } from './types';

const Query = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  number: z.string().min(1).max(100).optional(),
});

const digest = (s: string) => crypto.createHash('sha256').update(s).digest();

/**
 * The portal's HTTP contract (README «Le portail») served over a `Portal`, the demo's outside
 * production: `GET /users/:userId/invoices?limit=N[&number=…]` → `{ invoices }` and
 * `GET /users/:userId/invoices/:number` → the invoice or 404, behind `Authorization: Bearer <token>`.
 * So the client is tested against the contract, and a developer can see it at /demo-portal/api.
 */
export function demoPortalRouter(deps: { portal: Portal; token: string }): Router {
  const expected = digest(deps.token);
  const router = express.Router();
  router.use((req, res, next) => {
    const m = /^Bearer\s+(\S+)$/i.exec(req.get('authorization') ?? '');
    if (!m || !crypto.timingSafeEqual(digest(m[1]!), expected)) {
      return sendError(res, 'AUTH_REQUIRED', fr('Jeton d\'accès au portail absent ou invalide.'));
    }
    res.set('Cache-Control', 'no-store');
    next();
  });
  router.get(
    '/users/:userId/invoices',
    wrap(async (req, res) => {
      const q = Query.safeParse(req.query);
      if (!q.success) return sendError(res, 'INVALID_INPUT', fr('Paramètres invalides : limit de 1 à 100, number facultatif.'));
      const invoices = await deps.portal.getInvoices(String(req.params.userId), { limit: q.data.limit, ...(q.data.number ? { number: q.data.number } : {}) });
      res.json({ invoices });
    }),
  );
  router.get(
    '/users/:userId/invoices/:number',
    wrap(async (req, res) => {
      const invoice = await deps.portal.getInvoice(String(req.params.userId), String(req.params.number));
      if (!invoice) return sendError(res, 'NOT_FOUND', 'Facture introuvable.');
      res.json(invoice);
    }),
  );
  return router;
}
