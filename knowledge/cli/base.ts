import pino from 'pino';
import { systemClock } from '../../platform/clock';
import { loadConfig } from '../../platform/config';
import { createDatabase, migrate } from '../../platform/db';
import { createKnowledge, type Article } from '../index';
import { createKnowledgeBase } from '../base';

/**
 * `npm run kb -- export [DIR]`: writes the published articles to DIR (default: the repository's
 * `knowledge/articles`), so the repository follows what supervisors published.
 * `npm run kb -- import`: publishes the repository's files that differ from the base, one new
 * version each (after editing the Markdown by hand).
 * Both use the server's database (DATABASE_URL or DATA_DIR), as `npm start` does.
 */
async function main(): Promise<void> {
  const [command, dir] = process.argv.slice(2).filter((a) => a !== '--');
  if (command !== 'export' && command !== 'import') {
    process.stderr.write('usage: npm run kb -- export [DIR] | import\n');
    process.exit(2);
  }
  const config = loadConfig();
  const db = createDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, sqliteSynchronous: config.sqliteSynchronous });
  const logger = pino({ level: 'warn' });
  const build = (articles?: readonly Article[]) => createKnowledge({ articlesDir: config.knowledgeDir, ...(articles ? { articles } : {}) });
  const base = createKnowledgeBase({ db, clock: systemClock, logger, articlesDir: config.knowledgeDir, build, initial: build(), guardSets: () => [] });
  try {
    await migrate(db, base.migrations);
    await base.start();
    base.stop();
    if (command === 'export') {
      const ids = await base.exportTo(dir ?? config.knowledgeDir);
      process.stdout.write(`${ids.length} fiches écrites dans ${dir ?? config.knowledgeDir}\n`);
    } else {
      const ids = await base.importFiles('import');
      process.stdout.write(ids.length ? `publiées : ${ids.join(', ')}\n` : 'rien à publier : la base et les fichiers sont identiques\n');
    }
  } finally {
    await db.close();
  }
}

main().catch((err) => {
  process.stderr.write(`kb: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
