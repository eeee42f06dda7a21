import { parseArgs } from 'node:util';
import { z } from 'zod';
import { systemClock } from '../../platform/clock';
import { loadConfig } from '../../platform/config';
import { createDatabase, migrate } from '../../platform/db';
import { rateLimitMigration } from '../../platform/http/db-rate-limit-store';
import { createAgentStore } from '../agent-store';
import { AuthError } from '../errors';
import { authMigrations } from '../migrations';
import { MIN_PASSWORD_LENGTH } from '../password';
import { readPassword, UserError } from './read-password';

const USAGE = 'usage : npm run agent:add -- --email x@y.fr --name "Nom" --role agent|supervisor  (mot de passe sur l’entrée standard)';
const ROLE_LABEL = { agent: 'conseiller', supervisor: 'superviseur' } as const;

const Args = z.object({
  email: z.email({ error: 'Adresse e-mail invalide (--email).' }),
  name: z.string({ error: 'Nom requis (--name).' }).trim().min(1, { error: 'Nom requis (--name).' }).max(200),
  role: z.enum(['agent', 'supervisor'], { error: 'Rôle invalide (--role agent ou supervisor).' }).default('agent'),
});

/**
 * `npm run agent:add -- --email x@y.fr --name "Nom" --role agent|supervisor` creates an agent
 * account in the configured database (DATABASE_URL, else DATA_DIR/relais.db).
 */
async function main(): Promise<number> {
  let values: Record<string, unknown>;
  try {
    values = parseArgs({
      args: process.argv.slice(2).filter((a) => a !== '--'),
      options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' } },
    }).values;
  } catch {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const args = Args.safeParse(values);
  if (!args.success) {
    process.stderr.write(`${[...new Set(args.error.issues.map((i) => i.message))].join(' ')}\n${USAGE}\n`);
    return 2;
  }
  const { email, name, role } = args.data;

  const password = await readPassword(process.stdin, process.stderr);
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new UserError(`Le mot de passe doit contenir au moins ${MIN_PASSWORD_LENGTH} caractères.`);
  }

  const config = loadConfig();
  const db = createDatabase(config);
  try {
    await migrate(db, [rateLimitMigration, ...authMigrations]);
    const agent = await createAgentStore({ db, clock: systemClock }).create({ email, name, role, password });
    process.stdout.write(`Compte ${ROLE_LABEL[agent.role]} créé : ${agent.name} <${agent.email}> (n° ${agent.id}).\n`);
    return 0;
  } catch (err) {
    if (err instanceof AuthError && err.code === 'AGENT_EXISTS') {
      throw new UserError(`Un compte existe déjà avec l’adresse ${email.toLowerCase()} : rien n’a été créé.`);
    }
    throw err;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    const message = err instanceof UserError ? err.message : `agent:add : échec (${err instanceof Error ? err.message : String(err)})`;
    process.stderr.write(`${message}\n`);
    process.exit(1);
  },
);
