import type { RequestHandler, Response, Router } from 'express';
import type { Migration } from '../platform/db';
import { rateLimitMigration } from '../platform/http/db-rate-limit-store';
import { createAgentStore, type AgentStore } from './agent-store';
import { ensureDemoAgent } from './demo-agent';
import { createLoginRateLimit } from './login-rate-limit';
import { createIdentityVerifier, type IdentityVerifier } from './portal-identity';
import { authMigrations } from './migrations';
import { requireAgent } from './middleware/require-agent';
import { requireCsrf } from './middleware/require-csrf';
import { requireRole } from './middleware/require-role';
import { createAuthRouter } from './router';
import { readSessionToken, SESSION_COOKIE } from './session-cookie';
import { createSessionStore } from './session-store';
import type { Agent, AgentRole, AgentSession, AuthDeps } from './types';

export type { Agent, AgentRole, AgentSession, AuthConfig, AuthDeps } from './types';
export type { AgentStore, NewAgent } from './agent-store';
export { AuthError, type AuthErrorCode } from './errors';
export type { IdentityVerifier } from './portal-identity';
export { hashPassword, verifyPassword, MIN_PASSWORD_LENGTH } from './password';
export { SESSION_COOKIE };

export interface Auth {
  /** Tables `agents`, `agent_sessions` and `rate_limits`; run with `migrate` before serving. */
  migrations: Migration[];
  /** Mount at `/api/auth`: POST /login, POST /logout, GET /me. */
  router: Router;
  /** 401 AUTH_REQUIRED without a live session; then `res.locals.agent` holds the `Agent`. */
  requireAgent: RequestHandler;
  /** 403 CSRF_INVALID when a POST/PUT/PATCH/DELETE lacks the session's `x-csrf-token` header. */
  requireCsrf: RequestHandler;
  /** requireAgent plus 403 FORBIDDEN below `role` (a supervisor passes `requireRole('agent')`). */
  requireRole(role: AgentRole): RequestHandler;
  agents: AgentStore;
  /** Verifies the portal's identity tokens (ticket form, widget handshake). */
  portalIdentity: IdentityVerifier;
  /** Creates demo@relais.local with a random password when no agent exists; null otherwise or in production. */
  ensureDemoAgent(): Promise<{ email: string; password: string } | null>;
  /** The session of a raw `Cookie` header (socket.io handshakes), or null. */
  sessionFromCookieHeader(cookieHeader: string | undefined): Promise<AgentSession | null>;
}

/** Agent accounts, database sessions with CSRF tokens, and the guards other modules put on routes. */
export function createAuth(deps: AuthDeps): Auth {
  const { db, clock, logger, config } = deps;
  const agents = createAgentStore({ db, clock });
  const sessions = createSessionStore({ db, clock, ttlHours: config.sessionTtlHours });
  const guards = { requireAgent: requireAgent(sessions), requireCsrf: requireCsrf(sessions) };
  const router = createAuthRouter({
    agents,
    sessions,
    logger,
    secureCookie: config.production,
    loginRateLimit: createLoginRateLimit({ db, clock, logger, limit: config.loginPerIp, trustProxy: config.trustProxy }),
    ...guards,
  });

  return {
    migrations: [rateLimitMigration, ...authMigrations],
    router,
    ...guards,
    requireRole: (role) => requireRole(sessions, role),
    agents,
    portalIdentity: createIdentityVerifier({ secret: config.portalIdentitySecret ?? null, clock, maxTokenHours: config.portalTokenMaxHours }),
    ensureDemoAgent: () => ensureDemoAgent({ agents, production: config.production }),
    async sessionFromCookieHeader(cookieHeader) {
      const token = readSessionToken(cookieHeader);
      return token ? sessions.find(token) : null;
    },
  };
}

/** The agent set by requireAgent / requireRole; throws if the route forgot the guard. */
export function signedInAgent(res: Response): Agent {
  const agent = res.locals.agent;
  if (!agent) throw new Error('auth: no signed-in agent on this response (missing requireAgent?)');
  return agent;
}
