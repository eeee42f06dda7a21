import type { Request, Response } from 'express';
import { readSessionToken } from '../session-cookie';
import type { SessionStore } from '../session-store';
import type { AgentSession } from '../types';

/**
 * The request's session, looked up once per request and kept in `res.locals` so that stacked
 * guards (requireAgent, requireCsrf, requireRole) cost one query.
 */
export async function currentSession(sessions: SessionStore, req: Request, res: Response): Promise<AgentSession | null> {
  if (res.locals.agentSession) return res.locals.agentSession;
  const token = readSessionToken(req.headers.cookie);
  const session = token ? await sessions.find(token) : null;
  if (session) {
    res.locals.agentSession = session;
    res.locals.agent = session.agent;
  }
  return session;
}
