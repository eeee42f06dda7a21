import type { Clock } from '../platform/clock';
import { DbError, type Db } from '../platform/db';
import { AuthError } from './errors';
import { DUMMY_HASH, hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from './password';
import type { Agent, AgentRole } from './types';

export interface NewAgent {
  email: string;
  name: string;
  role: AgentRole;
  password: string;
}

export interface AgentStore {
  /** Throws `AuthError` AGENT_EXISTS (same e-mail, any case) or INVALID_INPUT (short password, missing e-mail, name or role). */
  create(input: NewAgent): Promise<Agent>;
  findById(id: number): Promise<Agent | null>;
  findByEmail(email: string): Promise<Agent | null>;
  list(): Promise<Agent[]>;
  count(): Promise<number>;
  /** The agent when the e-mail exists and the password matches, else null (same cost either way). */
  verifyCredentials(email: string, password: string): Promise<Agent | null>;
}

export interface AgentRow {
  id: number;
  email: string;
  name: string;
  role: AgentRole;
  created_at: number;
}

export const AGENT_COLUMNS = 'id, email, name, role, created_at';

export const rowToAgent = (row: AgentRow): Agent => ({
  id: Number(row.id),
  email: row.email,
  name: row.name,
  role: row.role,
  createdAt: new Date(Number(row.created_at)),
});

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

const ROLES: readonly AgentRole[] = ['agent', 'supervisor'];

export function createAgentStore(deps: { db: Db; clock: Clock }): AgentStore {
  const { db, clock } = deps;
  const findOne = async (where: string, value: unknown) => {
    const [row] = await db.query<AgentRow>(`SELECT ${AGENT_COLUMNS} FROM agents WHERE ${where} = $1`, [value]);
    return row ? rowToAgent(row) : null;
  };

  return {
    async create(input) {
      const email = normalizeEmail(input.email);
      const name = input.name.trim();
      if (!email.includes('@') || name.length === 0 || !ROLES.includes(input.role)) {
        throw new AuthError('INVALID_INPUT', 'Compte conseiller invalide : une adresse e-mail, un nom et un rôle connu sont requis.');
      }
      if (input.password.length < MIN_PASSWORD_LENGTH) {
        const message = `Mot de passe : ${MIN_PASSWORD_LENGTH} caractères au minimum.`;
        throw new AuthError('INVALID_INPUT', message, { password: message });
      }
      const passwordHash = await hashPassword(input.password);
      try {
        const [row] = await db.query<AgentRow>(
          `INSERT INTO agents (email, name, role, password_hash, created_at) VALUES ($1, $2, $3, $4, $5)
           RETURNING ${AGENT_COLUMNS}`,
          [email, name, input.role, passwordHash, clock.now().getTime()],
        );
        return rowToAgent(row!);
      } catch (err) {
        if (err instanceof DbError && err.code === 'DB_UNIQUE') {
          throw new AuthError('AGENT_EXISTS', `Un compte existe déjà avec l’adresse ${email}.`);
        }
        throw err;
      }
    },

    findById: (id) => findOne('id', id),
    findByEmail: (email) => findOne('email', normalizeEmail(email)),

    async list() {
      const rows = await db.query<AgentRow>(`SELECT ${AGENT_COLUMNS} FROM agents ORDER BY id`);
      return rows.map(rowToAgent);
    },

    async count() {
      const [row] = await db.query<{ n: number }>('SELECT COUNT(*) AS n FROM agents');
      return Number(row?.n ?? 0);
    },

    async verifyCredentials(email, password) {
      const [row] = await db.query<AgentRow & { password_hash: string }>(
        `SELECT ${AGENT_COLUMNS}, password_hash FROM agents WHERE email = $1`,
        [normalizeEmail(email)],
      );
      if (!row) {
        // A miss costs one scrypt like a wrong password: response times do not tell which
        // addresses have accounts.
        await verifyPassword(password, DUMMY_HASH);
        return null;
      }
      return (await verifyPassword(password, row.password_hash)) ? rowToAgent(row) : null;
    },
  };
}
