import type { Clock } from '../platform/clock';
import type { Db } from '../platform/db';
import type { Logger } from '../platform/logger';

export type AgentRole = 'agent' | 'supervisor';

/** A support agent account, as the rest of the code sees it (never with its password hash). */
export interface Agent {
  id: number;
  /** Always lower-cased. */
  email: string;
  name: string;
  role: AgentRole;
  createdAt: Date;
}

/** A signed-in agent: who, the CSRF token their page must echo, and when the session ends. */
export interface AgentSession {
  agent: Agent;
  csrfToken: string;
  expiresAt: Date;
}

export interface AuthConfig {
  /** Adds `Secure` to the session cookie, and disables `ensureDemoAgent`. */
  production: boolean;
  /** Absolute session lifetime from login (not extended by activity). */
  sessionTtlHours: number;
  /** Failed login attempts allowed per client IP and per 15 minutes. */
  loginPerIp: number;
  /** Number of reverse proxies in front of the server, to find the client IP (0 or absent: none). */
  trustProxy?: number;
  /** The secret the portal signs its users' identity tokens with (HS256); absent: no token is ever accepted. */
  portalIdentitySecret?: string;
  /** Longest validity (hours) a portal identity token may claim; default 24. */
  portalTokenMaxHours?: number;
}

export interface AuthDeps {
  db: Db;
  clock: Clock;
  logger: Logger;
  config: AuthConfig;
}

declare global {
  namespace Express {
    interface Locals {
      /** The signed-in agent; set by `requireAgent` and `requireRole` before the next handler runs. */
      agent?: Agent;
      /** The whole session (agent, CSRF token, expiry); set alongside `agent`. */
      agentSession?: AgentSession;
    }
  }
}
