import crypto from 'node:crypto';
import type { RequestHandler } from 'express';
import { sendError } from '../../platform/http/errors';
import type { SessionStore } from '../session-store';
import { currentSession } from './current-session';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

// Hashing first gives equal lengths, which timingSafeEqual requires, without leaking the length.
const digest = (s: string) => crypto.createHash('sha256').update(s).digest();
const sameToken = (a: string, b: string) => crypto.timingSafeEqual(digest(a), digest(b));

/**
 * Synchronizer token: state-changing requests must echo the session's CSRF token in the
 * `x-csrf-token` header, which a cross-site form or script cannot know. 403 CSRF_INVALID
 * otherwise (also without a session, since no token can then be right).
 */
export function requireCsrf(sessions: SessionStore): RequestHandler {
  return async (req, res, next) => {
    if (!UNSAFE.has(req.method)) return next();
    const session = await currentSession(sessions, req, res);
    const sent = req.get('x-csrf-token');
    if (session && sent && sameToken(sent, session.csrfToken)) return next();
    sendError(res, 'CSRF_INVALID', 'Jeton CSRF manquant ou invalide. Rechargez la page puis réessayez.');
  };
}
