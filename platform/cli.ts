import { loadConfig } from './config';
import { createDatabase, type Db } from './db';
import { AppError } from './errors';

/** Runs `fn` on the configured database (DATABASE_URL, else DATA_DIR/relais.db), closed afterwards. */
export async function withDatabase<T>(fn: (db: Db) => Promise<T>): Promise<T> {
  const db = createDatabase(loadConfig());
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

/** A CLI's entry: exits with `main`'s code; a failure is one French line on stderr (an AppError's own message). */
export function runCli(name: string, main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (err: unknown) => {
      process.stderr.write(`${name} : ${err instanceof AppError ? err.message : `échec (${err instanceof Error ? err.message : String(err)})`}\n`);
      process.exit(1);
    },
  );
}
