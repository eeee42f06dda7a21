import express, { type RequestHandler } from 'express';
import type { AgentRef, TicketService } from '../service';
import { wrap } from '../../platform/http/errors';
import { TicketError } from '../errors';
import { fileBody, sendFile, uploadedFile } from '../../platform/http/files';
import { AgentReplyBody, AnonymousRequester, AssignBody, ListQuery, parse, ReplyBody, StatusBody, TicketFields } from './schemas';

export interface AgentGuards {
  /** 401 without a valid agent session; sets `res.locals.agent` ({ id, name, … }). */
  requireAgent: RequestHandler;
  /** 403 on a state-changing request without the session's CSRF token. */
  requireCsrf: RequestHandler;
}

const agentOf = (res: express.Response): AgentRef => {
  const a = res.locals.agent as { id: number; name: string } | undefined;
  if (!a) throw new Error('ticketing: agent route reached without an agent session');
  return { id: a.id, name: a.name };
};

/** Agents' routes (session + CSRF): list and filter, read, reply, note, status, assign, create. */
export function agentTicketRoutes(deps: { service: TicketService; guards: AgentGuards; maxAttachmentBytes: number }): express.Router {
  const { service } = deps;
  const router = express.Router();
  router.use(deps.guards.requireAgent, deps.guards.requireCsrf);

  router.get(
    '/',
    wrap(async (req, res) => {
      const q = parse(ListQuery, req.query);
      const assignee = q.assignee === 'me' ? agentOf(res).id : q.assignee;
      res.json(await service.list({ status: q.status, category: q.category, text: q.q, assignee, limit: q.limit, offset: q.offset, before: q.before }));
    }),
  );

  router.post(
    '/',
    wrap(async (req, res) => {
      const agent = agentOf(res);
      const fields = parse(TicketFields, req.body);
      const who = parse(AnonymousRequester, req.body);
      const result = await service.create({
        category: fields.category,
        subject: fields.subject,
        description: fields.description,
        requester: { ...who, organisation: who.organisation ?? null, portalUserId: null, verified: false },
        channel: 'agent',
        idempotencyKey: req.get('idempotency-key')?.trim() || fields.idempotencyKey || null,
        createdByAgent: agent,
      });
      res.status(result.created ? 201 : 200).json({ ticket: result.ticket, created: result.created });
    }),
  );

  router.get(
    '/:number',
    wrap(async (req, res) => {
      res.json(await service.forAgent(String(req.params.number)));
    }),
  );

  router.post(
    '/:number/attachments',
    fileBody(deps.maxAttachmentBytes),
    wrap(async (req, res) => {
      const visibility = req.query.visibility === 'internal' ? 'internal' : 'public';
      res.status(201).json({ event: await service.attachByAgent(String(req.params.number), agentOf(res), uploadedFile(req), visibility) });
    }),
  );

  router.get(
    '/:number/attachments/:id',
    wrap(async (req, res) => {
      const id = Number(req.params.id);
      if (!Number.isSafeInteger(id) || id <= 0) throw new TicketError('TICKET_NOT_FOUND', 'Pièce jointe introuvable.');
      sendFile(res, await service.fileForAgent(String(req.params.number), id));
    }),
  );

  router.post(
    '/:number/replies',
    wrap(async (req, res) => {
      const body = parse(AgentReplyBody, req.body);
      res.status(201).json({ event: await service.agentReply(String(req.params.number), agentOf(res), body.message, body.status) });
    }),
  );

  router.post(
    '/:number/notes',
    wrap(async (req, res) => {
      const body = parse(ReplyBody, req.body);
      res.status(201).json({ event: await service.agentNote(String(req.params.number), agentOf(res), body.message) });
    }),
  );

  router.post(
    '/:number/status',
    wrap(async (req, res) => {
      const body = parse(StatusBody, req.body);
      res.json({ ticket: await service.changeStatus(String(req.params.number), agentOf(res), body.status) });
    }),
  );

  router.post(
    '/:number/assign',
    wrap(async (req, res) => {
      const body = parse(AssignBody, req.body);
      res.json({ ticket: await service.assign(String(req.params.number), agentOf(res), body.agentId) });
    }),
  );

  return router;
}

