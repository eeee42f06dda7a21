import type { RequestHandler } from 'express';

/**
 * GET /api/auth/me (behind requireAgent) → {agent, csrfToken, expiresAt}. The console calls it on
 * load to know who is signed in and to get the CSRF token for its state-changing requests.
 */
export function meRoute(): RequestHandler {
  return (_req, res) => {
    const session = res.locals.agentSession!;
    res.json({ agent: session.agent, csrfToken: session.csrfToken, expiresAt: session.expiresAt });
  };
}
