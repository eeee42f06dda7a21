import express, { type RequestHandler, type Router } from 'express';
import { errorHandler, notFound } from '../platform/http/errors';
import type { Logger } from '../platform/logger';
import type { AgentStore } from './agent-store';
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

/**
 * The `/api/auth` routes. Parses its own JSON bodies and answers its errors with the one error
 * handler, so it does not depend on the host app's order.
 */
export function createAuthRouter(deps: AuthRouterDeps): Router {
  const router = express.Router();
  router.use(express.json({ limit: '8kb' }));
  router.post('/login', deps.loginRateLimit, loginRoute(deps));
  router.post('/logout', deps.requireAgent, deps.requireCsrf, logoutRoute(deps));
  router.get('/me', deps.requireAgent, meRoute());
  router.use(notFound, errorHandler(deps.logger));
  return router;
}
