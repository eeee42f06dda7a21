import { buildWebAssets } from '../build';

/** `npm run build`: the widget, console and public page bundles into web-widget/dist/. */
buildWebAssets()
  .then((files) => {
    for (const f of files) {
      process.stdout.write(`build: ${f.file.padEnd(20)} ${(f.bytes / 1024).toFixed(1).padStart(6)} KB, ${(f.gzipBytes / 1024).toFixed(1).padStart(5)} KB gzip\n`);
    }
  })
  .catch((err) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
