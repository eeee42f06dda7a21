import type { RequestHandler } from 'express';
import { sendError } from '../../platform/http/errors';
import { authRequired } from '../errors';
import type { SessionStore } from '../session-store';
import type { AgentRole } from '../types';
import { currentSession } from './current-session';

// A supervisor can do everything an agent can (take chats, handle tickets) and more.
const RANK: Readonly<Record<AgentRole, number>> = Object.freeze({ agent: 1, supervisor: 2 });
const LABEL: Readonly<Record<AgentRole, string>> = Object.freeze({ agent: 'conseiller', supervisor: 'superviseur' });

/**
 * Like requireAgent (401 without a session, sets `res.locals.agent`), plus 403 FORBIDDEN when the
 * agent's role is below `role`. `requireRole('agent')` admits supervisors.
 */
export function requireRole(sessions: SessionStore, role: AgentRole): RequestHandler {
  return async (req, res, next) => {
    const session = await currentSession(sessions, req, res);
    if (!session) return authRequired(res);
    if (RANK[session.agent.role] >= RANK[role]) return next();
    sendError(res, 'FORBIDDEN', `Accès refusé : cette action est réservée au rôle ${LABEL[role]}.`);
  };
}
