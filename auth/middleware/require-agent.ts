import type { RequestHandler } from 'express';
import { authRequired } from '../errors';
import type { SessionStore } from '../session-store';
import { currentSession } from './current-session';

/** 401 AUTH_REQUIRED without a live session; otherwise `res.locals.agent` is the signed-in agent. */
export function requireAgent(sessions: SessionStore): RequestHandler {
  return async (req, res, next) => {
    if (await currentSession(sessions, req, res)) return next();
    authRequired(res);
  };
}
