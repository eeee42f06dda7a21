import express, { type RequestHandler, type Router } from 'express';
import type { Logger } from '../platform/logger';
import type { AgentStore } from './agent-store';
import { authErrorHandler, sendError } from './errors';
import { loginRoute } from './routes/login';
import { logoutRoute } from './routes/logout';
import { meRoute } from './routes/me';
import type { SessionStore } from './session-store';

export interface AuthRouterDeps {
  agents: AgentStore;
  sessions: SessionStore;
  logger: Logger;
  secureCookie: boolean;
  loginRateLimit: RequestHandler;
  requireAgent: RequestHandler;
  requireCsrf: RequestHandler;
}

/** The `/api/auth` routes. Parses its own JSON bodies so it does not depend on the host app's order. */
export function createAuthRouter(deps: AuthRouterDeps): Router {
  const router = express.Router();
  router.use(express.json({ limit: '8kb' }));
  router.post('/login', deps.loginRateLimit, loginRoute(deps));
  router.post('/logout', deps.requireAgent, deps.requireCsrf, logoutRoute(deps));
  router.get('/me', deps.requireAgent, meRoute());
  router.use((_req, res) => sendError(res, 404, 'NOT_FOUND', 'Ressource introuvable.'));
  router.use(authErrorHandler(deps.logger));
  return router;
}
