import type { RequestHandler } from 'express';
import type { PortalInvoice } from '../../protocol/portal';
import { fr } from '../../protocol/typography';
import { sendError } from '../../platform/http/errors';

/**
 * Outside production only: `GET /api/demo/invoices` with the demo identity token as
 * `Authorization: Bearer`, for the demo page's «Mes factures». The token is verified as the
 * widget's and the ticket form's are (by `invoicesOf`); the answer is `{ invoices }`, never
 * cached — `invoices: null` when there is no portal (the page then shows no list).
 */
export function demoInvoicesRoute(invoicesOf: ((identityToken: string) => Promise<PortalInvoice[] | null>) | undefined): RequestHandler {
  return async (req, res, next) => {
    try {
      res.set('Cache-Control', 'no-store');
      const m = /^Bearer\s+(\S+)$/i.exec(req.get('authorization') ?? '');
      if (!m) return sendError(res, 'IDENTITY_INVALID', fr('Connectez-vous au portail pour voir vos factures.'));
      res.json({ invoices: invoicesOf ? await invoicesOf(m[1]!) : null });
    } catch (err) {
      next(err);
    }
  };
}
