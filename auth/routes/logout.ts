import type { RequestHandler } from 'express';
import { clearSessionCookie, readSessionToken } from '../session-cookie';
import type { SessionStore } from '../session-store';

/** POST /api/auth/logout (behind requireAgent and requireCsrf) → 204; the session is deleted. */
export function logoutRoute(deps: { sessions: SessionStore; secureCookie: boolean }): RequestHandler {
  return async (req, res) => {
    const token = readSessionToken(req.headers.cookie);
    if (token) await deps.sessions.delete(token);
    clearSessionCookie(res, deps.secureCookie);
    res.status(204).end();
  };
}
