import { loadConfig } from '../platform/config';
import { createApp } from './create-app';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = createApp(config);
  const port = await app.listen();
  app.logger.info({ port, host: config.host }, `Relais démarré : http://${config.host}:${port}/`);

  const shutdown = (signal: string) => {
    app.logger.info({ signal }, 'server: shutting down');
    app.close().then(
      () => process.exit(0),
      (err) => {
        app.logger.error({ err }, 'server: close failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((err) => {
  process.stderr.write(`relais: failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
