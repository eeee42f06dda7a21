import express, { type RequestHandler } from 'express';
import { TicketError } from '../errors';
import type { CreatedTicket, TicketService } from '../service';
import type { Requester } from '../../protocol/ticket';
import { TICKET_NUMBER } from '../access-token';
import { sendError, wrap } from '../../platform/http/errors';
import { AnonymousRequester, fieldErrors, parse, ReplyBody, TicketFields } from './schemas';
import { requesterView } from './views';
import { fileBody, sendFile, uploadedFile } from '../../platform/http/files';

/** Verifies the portal's identity token of a logged-in requester (auth/portal-identity.ts implements it); throws IDENTITY_INVALID. */
export interface IdentityVerifier {
  verify(token: string): Promise<Requester>;
}

/** The HTTP side's own limit; the limits on new tickets are the service's (every entry point shares them). */
export interface RateLimiters {
  /** Per IP on follow-up reads and replies (tokens are unguessable; this bounds the load). */
  followUpPerIp: RequestHandler;
}

const bearer = (header: string | undefined): string | null => {
  const m = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return m ? m[1]! : null;
};

/** The follow-up token: `X-Ticket-Token` header, or `?jeton=` for links opened directly. */
const followUpToken = (req: express.Request): string => {
  const header = req.get('x-ticket-token');
  const query = typeof req.query.jeton === 'string' ? req.query.jeton : '';
  return (header ?? query).slice(0, 200);
};

const NOT_FOUND = 'Ticket introuvable : vérifiez le numéro et le lien reçu par e-mail.';

const KEY_LENGTH = (key: string) => key.length >= 8 && key.length <= 100;

/** The request's idempotency key (`Idempotency-Key` header, or `idempotencyKey` in the body), when well formed. */
const idempotencyKeyOf = (req: express.Request): string | null => {
  const body = (req.body ?? {}) as { idempotencyKey?: unknown };
  const key = req.get('idempotency-key')?.trim() || (typeof body.idempotencyKey === 'string' ? body.idempotencyKey.trim() : '');
  return key && KEY_LENGTH(key) ? key : null;
};

const createdView = (result: CreatedTicket) => ({
  ticket: requesterView(result.ticket),
  created: result.created,
  accessToken: result.accessToken,
  followUpUrl: result.followUpUrl,
});

/**
 * Requesters' routes: creating a ticket (non-connected mode, or connected with the portal's
 * identity token) and following it with the token of the e-mailed link. A wrong number and a
 * wrong token get the same 404, so ticket numbers cannot be probed.
 */
export function publicTicketRoutes(deps: {
  service: TicketService;
  identity: IdentityVerifier;
  limits: RateLimiters;
  /** The client address (platform/http/client-ip.ts, with the configured proxies): the ticket limits count per address. */
  clientIp(req: express.Request): string;
  /** The largest file a ticket takes (the service checks it too). */
  maxAttachmentBytes: number;
}): express.Router {
  const router = express.Router();

  const requesterOf = async (req: express.Request): Promise<Requester> => {
    const token = bearer(req.get('authorization'));
    if (req.get('authorization') !== undefined && !token) {
      throw new TicketError('IDENTITY_INVALID', 'En-tête Authorization invalide (Bearer attendu).');
    }
    // Connected mode: the identity comes from the verified token, never from the body.
    if (token) return deps.identity.verify(token);
    const anon = AnonymousRequester.safeParse(req.body ?? {});
    if (!anon.success) {
      // The ticket fields' messages too, so the public form can show every error at once.
      const ticket = TicketFields.safeParse(req.body ?? {});
      const fields = { ...fieldErrors(anon.error), ...(ticket.success ? {} : fieldErrors(ticket.error)) };
      throw new TicketError('INVALID_INPUT', Object.values(fields)[0] ?? 'Requête invalide.', fields);
    }
    return { ...anon.data, organisation: anon.data.organisation ?? null, portalUserId: null, verified: false };
  };

  const keepRequester = (res: express.Response, requester: Requester): Requester => {
    res.locals.requester = requester;
    return requester;
  };

  /** The requester, once per request: a replay check that already resolved it leaves it here. */
  const resolveRequester: RequestHandler = (req, res, next) => {
    if (res.locals.requester) return next();
    requesterOf(req).then((requester) => {
      keepRequester(res, requester);
      next();
    }, next);
  };

  /**
   * A retry with the idempotency key of a ticket already created is answered with that ticket
   * before any limit counts it: a client that lost the first answer can always learn its number.
   * Anything else (no key, no such ticket, an unreadable request) goes on to the limits.
   */
  const answerReplay: RequestHandler = (req, res, next) => {
    const key = idempotencyKeyOf(req);
    if (!key) return next();
    requesterOf(req)
      .then((requester) => deps.service.replay(key, keepRequester(res, requester).email))
      .then(
        (previous) => (previous ? void res.status(200).json(createdView(previous)) : next()),
        (err: unknown) => (err instanceof TicketError && err.code === 'TICKET_IDEMPOTENCY_CONFLICT' ? next(err) : next()),
      );
  };

  router.post(
    '/',
    answerReplay,
    resolveRequester,
    wrap(async (req, res) => {
      const fields = parse(TicketFields, req.body);
      if (fields.website) return sendError(res, 'REJECTED', 'Demande refusée.');
      const requester = res.locals.requester as Requester;
      const idempotencyKey = req.get('idempotency-key')?.trim() || fields.idempotencyKey || null;
      if (idempotencyKey && !KEY_LENGTH(idempotencyKey)) {
        throw new TicketError('INVALID_INPUT', 'Clé d’idempotence : 8 à 100 caractères.');
      }
      const result = await deps.service.create({
        category: fields.category,
        subject: fields.subject,
        description: fields.description,
        requester,
        channel: 'formulaire',
        idempotencyKey,
      }, { ip: deps.clientIp(req) });
      res.status(result.created ? 201 : 200).json(createdView(result));
    }),
  );

  router.get(
    '/:number',
    deps.limits.followUpPerIp,
    wrap(async (req, res) => {
      const number = String(req.params.number);
      const found = TICKET_NUMBER.test(number) ? await deps.service.forRequester(number, followUpToken(req)) : null;
      if (!found) return sendError(res, 'TICKET_NOT_FOUND', NOT_FOUND);
      res.json({ ticket: requesterView(found.ticket, found.events) });
    }),
  );

  const notFound = (err: unknown) => {
    // Same answer as a wrong number: the requester's page says what to check.
    throw err instanceof TicketError && err.code === 'TICKET_NOT_FOUND' ? new TicketError(err.code, NOT_FOUND) : err;
  };

  router.post(
    '/:number/attachments',
    deps.limits.followUpPerIp,
    fileBody(deps.maxAttachmentBytes),
    wrap(async (req, res) => {
      const number = String(req.params.number);
      const token = followUpToken(req);
      if (!TICKET_NUMBER.test(number) || !token) return sendError(res, 'TICKET_NOT_FOUND', NOT_FOUND);
      const event = await deps.service.attachByRequester(number, token, uploadedFile(req)).catch(notFound);
      res.status(201).json({ event: { type: event.type, data: event.data, createdAt: event.createdAt } });
    }),
  );

  router.get(
    '/:number/attachments/:id',
    deps.limits.followUpPerIp,
    wrap(async (req, res) => {
      const number = String(req.params.number);
      const id = Number(req.params.id);
      const file = TICKET_NUMBER.test(number) && Number.isSafeInteger(id) && id > 0 ? await deps.service.fileForRequester(number, followUpToken(req), id) : null;
      if (!file) return sendError(res, 'TICKET_NOT_FOUND', 'Pièce jointe introuvable : vérifiez le lien reçu par e-mail.');
      sendFile(res, file);
    }),
  );

  router.post(
    '/:number/replies',
    deps.limits.followUpPerIp,
    wrap(async (req, res) => {
      const number = String(req.params.number);
      const token = followUpToken(req);
      if (!TICKET_NUMBER.test(number) || !token) return sendError(res, 'TICKET_NOT_FOUND', NOT_FOUND);
      const { message } = parse(ReplyBody, req.body);
      const event = await deps.service.requesterReply(number, token, message).catch((err: unknown) => {
        // Same answer as a wrong number: the requester's page says what to check.
        throw err instanceof TicketError && err.code === 'TICKET_NOT_FOUND' ? new TicketError(err.code, NOT_FOUND) : err;
      });
      res.status(201).json({ event: { type: event.type, body: event.body, createdAt: event.createdAt } });
    }),
  );

  return router;
}
