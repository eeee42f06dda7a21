import crypto from 'node:crypto';
import type { Clock } from '../platform/clock';
import type { Db } from '../platform/db';
import { AGENT_COLUMNS, rowToAgent, type AgentRow } from './agent-store';
import type { Agent, AgentSession } from './types';

export interface NewSession extends AgentSession {
  /** The secret for the cookie; only its SHA-256 is stored. */
  token: string;
  /** The session's lifetime from now (the cookie's Max-Age). */
  ttlMs: number;
}

export interface SessionStore {
  create(agent: Agent): Promise<NewSession>;
  /** The live session for a cookie token, or null (unknown, expired or malformed). */
  find(token: string): Promise<AgentSession | null>;
  delete(token: string): Promise<void>;
}

const TOKEN = /^[A-Za-z0-9_-]{43}$/; // 32 random bytes in base64url

const randomToken = () => crypto.randomBytes(32).toString('base64url');
// A database leak then yields no usable session: the cookie value cannot be derived from it.
const tokenHash = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

/** Sessions live in the database so that any server process recognises any agent's cookie. */
export function createSessionStore(deps: { db: Db; clock: Clock; ttlHours: number }): SessionStore {
  const { db, clock } = deps;
  const ttlMs = deps.ttlHours * 3_600_000;
  const columns = AGENT_COLUMNS.split(', ').map((c) => `a.${c}`).join(', ');

  return {
    async create(agent) {
      const now = clock.now().getTime();
      // Expired sessions are purged here, lazily: logins are rare and the index makes it cheap.
      await db.execute('DELETE FROM agent_sessions WHERE expires_at <= $1', [now]);
      const token = randomToken();
      const csrfToken = randomToken();
      const expiresAt = now + ttlMs;
      await db.execute(
        'INSERT INTO agent_sessions (token_hash, agent_id, csrf_token, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)',
        [tokenHash(token), agent.id, csrfToken, now, expiresAt],
      );
      return { token, csrfToken, expiresAt: new Date(expiresAt), ttlMs, agent };
    },

    async find(token) {
      if (!TOKEN.test(token)) return null;
      const [row] = await db.query<AgentRow & { csrf_token: string; expires_at: number }>(
        `SELECT ${columns}, s.csrf_token, s.expires_at
         FROM agent_sessions s JOIN agents a ON a.id = s.agent_id
         WHERE s.token_hash = $1 AND s.expires_at > $2`,
        [tokenHash(token), clock.now().getTime()],
      );
      if (!row) return null;
      return { agent: rowToAgent(row), csrfToken: row.csrf_token, expiresAt: new Date(Number(row.expires_at)) };
    },

    async delete(token) {
      await db.execute('DELETE FROM agent_sessions WHERE token_hash = $1', [tokenHash(token)]);
    },
  };
}
