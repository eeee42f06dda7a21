import { parseArgs } from 'node:util';
import { systemClock } from '../../platform/clock';
import { runCli, withDatabase } from '../../platform/cli';
import { migrate } from '../../platform/db';
import { feedbackMigrations } from '../feedback';
import { DEFAULT_TIME_ZONE, parseRange } from './date-range';
import { createReports } from './index';
import { feedbackText, unansweredText } from './report-text';

const USAGE = 'usage : npm run report -- feedback|unanswered [--from AAAA-MM-JJ] [--to AAAA-MM-JJ]  (par défaut : les 30 derniers jours)';
const TITLES = { feedback: 'Avis par article', unanswered: 'Questions sans réponse' } as const;

function usageError(message?: string): number {
  process.stderr.write(`${message ? `${message}\n` : ''}${USAGE}\n`);
  return 2;
}

/**
 * `npm run report -- feedback|unanswered [--from YYYY-MM-DD] [--to YYYY-MM-DD]` prints a report
 * of the configured database (DATABASE_URL, else DATA_DIR/relais.db) as an aligned text table.
 */
async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: process.argv.slice(2).filter((a) => a !== '--'),
      options: { from: { type: 'string' }, to: { type: 'string' } },
      allowPositionals: true,
    });
  } catch (err) {
    // node's message is in English; the option it names is what the user needs.
    const option = /'(--?[\w-]+)/.exec((err as Error).message)?.[1];
    return usageError(option ? `Option inconnue ou sans valeur : ${option}.` : 'Option inconnue ou sans valeur.');
  }
  const [kind, ...extra] = parsed.positionals;
  if (kind !== 'feedback' && kind !== 'unanswered') return usageError(kind ? `Rapport inconnu : ${kind}.` : undefined);
  if (extra.length) return usageError(`Argument en trop : ${extra.join(' ')}.`);
  const range = parseRange(parsed.values, systemClock.now(), DEFAULT_TIME_ZONE);
  if (!range.ok) return usageError(range.message);

  return withDatabase(async (db) => {
    // The report may run before the server ever did: the tables must exist (empty is fine).
    await migrate(db, feedbackMigrations);
    const reports = createReports(db);
    const body =
      kind === 'feedback' ? feedbackText(await reports.feedback(range.range)) : unansweredText(await reports.unanswered(range.range), DEFAULT_TIME_ZONE);
    process.stdout.write(`${TITLES[kind]} du ${range.days.from} au ${range.days.to}\n\n${body}\n`);
    return 0;
  });
}

runCli('report', main);
