import type { RequestHandler } from 'express';
import { z } from 'zod';
import type { AgentStore } from '../agent-store';
import { sendError } from '../../platform/http/errors';
import { readSessionToken, setSessionCookie } from '../session-cookie';
import type { SessionStore } from '../session-store';

const LoginBody = z.object(
  {
    email: z
      .string({ error: 'Adresse e-mail requise.' })
      .trim()
      .max(320, { error: 'Adresse e-mail trop longue.' })
      .pipe(z.email({ error: 'Adresse e-mail invalide.' })),
    // Bounded so a huge body cannot make one login expensive; not trimmed: spaces count.
    password: z
      .string({ error: 'Mot de passe requis.' })
      .min(1, { error: 'Mot de passe requis.' })
      .max(1024, { error: 'Mot de passe trop long.' }),
  },
  { error: 'Corps de requête JSON attendu : { "email", "password" }.' },
);

/** POST /api/auth/login {email, password} → 200 {agent, csrfToken, expiresAt} and the session cookie. */
export function loginRoute(deps: { agents: AgentStore; sessions: SessionStore; secureCookie: boolean }): RequestHandler {
  return async (req, res) => {
    const parsed = LoginBody.safeParse(req.body);
    if (!parsed.success) {
      const message = [...new Set(parsed.error.issues.map((i) => i.message))].join(' ');
      return sendError(res, 'INVALID_INPUT', message);
    }
    const agent = await deps.agents.verifyCredentials(parsed.data.email, parsed.data.password);
    // One message for an unknown address and a wrong password: nothing to learn about accounts.
    if (!agent) return sendError(res, 'INVALID_CREDENTIALS', 'Identifiants invalides.');

    // Re-login on the same browser: the previous session is not left behind.
    const previous = readSessionToken(req.headers.cookie);
    if (previous) await deps.sessions.delete(previous);

    const session = await deps.sessions.create(agent);
    setSessionCookie(res, session.token, session.ttlMs, deps.secureCookie);
    res.json({ agent: session.agent, csrfToken: session.csrfToken, expiresAt: session.expiresAt });
  };
}
