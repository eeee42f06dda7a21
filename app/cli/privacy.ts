import { parseArgs } from 'node:util';
import pino from 'pino';
import { systemClock } from '../../platform/clock';
import { runCli, withDatabase } from '../../platform/cli';
import { migrate } from '../../platform/db';
import { createPrivacy, parseSubject } from '../../privacy';

const USAGE = `Usage :
  npm run privacy -- export --email adresse@exemple.fr [--portal-user-id ID] > donnees.json
  npm run privacy -- erase --email adresse@exemple.fr [--portal-user-id ID] --yes`;

/**
 * Exports (JSON on stdout) or erases everything Relais keeps about one person, in the configured
 * database (DATABASE_URL, else DATA_DIR/relais.db, initialised by a first start of Relais); the
 * audit keeps the action, «cli», the date and the counts, never the person.
 */
async function main(): Promise<number> {
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({
      args: process.argv.slice(2).filter((a) => a !== '--'),
      allowPositionals: true,
      options: { email: { type: 'string' }, 'portal-user-id': { type: 'string' }, yes: { type: 'boolean' } },
    });
  } catch {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const [action] = parsed.positionals;
  if (action !== 'export' && action !== 'erase') {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const subject = parseSubject({ email: parsed.values.email, portalUserId: parsed.values['portal-user-id'] });
  if (action === 'erase' && parsed.values.yes !== true) {
    process.stderr.write('Effacement définitif : relancez avec --yes pour confirmer.\n');
    return 2;
  }
  return withDatabase(async (db) => {
    const privacy = createPrivacy({ db, clock: systemClock, logger: pino({ level: 'silent' }) });
    await migrate(db, privacy.migrations);
    if (action === 'export') {
      process.stdout.write(`${JSON.stringify(await privacy.exportSubject(subject, 'cli'), null, 2)}\n`);
    } else {
      const counts = await privacy.eraseSubject(subject, 'cli');
      process.stdout.write(`Effacé : ${Object.entries(counts).map(([k, n]) => `${k} ${n}`).join(', ')}.\n`);
    }
    return 0;
  });
}

runCli('privacy', main);
