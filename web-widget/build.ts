import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { build } from 'esbuild';

/** The browser bundles: entry (relative to web-widget/) → file served from `dist/`. */
export const BUNDLES = [
  { entry: 'widget/main.ts', out: 'relais-widget.js' },
  // Loaded by the widget on demand, the first time a file is sent or opened.
  { entry: 'widget/files-chunk.ts', out: 'relais-widget-files.js' },
  { entry: 'console/main.ts', out: 'console.js' },
  { entry: 'pages/demo.ts', out: 'demo.js' },
  { entry: 'pages/ticket-form.ts', out: 'ticket-form.js' },
  { entry: 'pages/follow-up.ts', out: 'follow-up.js' },
  { entry: 'pages/help.ts', out: 'help.js' },
] as const;

export interface BuiltFile {
  file: string;
  bytes: number;
  gzipBytes: number;
}

/**
 * Builds every browser bundle with esbuild (minified IIFEs, no other tool chain) into `outdir`.
 * Returns their sizes; the widget's gzipped size is a budget checked by the tests.
 */
export async function buildWebAssets(options: { outdir?: string; minify?: boolean } = {}): Promise<BuiltFile[]> {
  const root = __dirname;
  const outdir = options.outdir ?? path.join(root, 'dist');
  fs.mkdirSync(outdir, { recursive: true });
  const result = await build({
    entryPoints: BUNDLES.map((b) => ({ in: path.join(root, b.entry), out: b.out.replace(/\.js$/, '') })),
    outdir,
    bundle: true,
    minify: options.minify ?? true,
    format: 'iife',
    platform: 'browser',
    target: ['chrome100', 'firefox100', 'safari15'],
    charset: 'utf8',
    legalComments: 'none',
    sourcemap: false,
    logLevel: 'silent',
    metafile: true,
  });
  if (result.errors.length > 0) throw new Error(`build: ${result.errors.map((e) => e.text).join('; ')}`);
  return BUNDLES.map((b) => {
    const data = fs.readFileSync(path.join(outdir, b.out));
    // Pre-compressed once here, so the server sends the gzipped bundle without compressing per request.
    const gzipped = zlib.gzipSync(data, { level: 9 });
    fs.writeFileSync(path.join(outdir, `${b.out}.gz`), gzipped);
    return { file: b.out, bytes: data.length, gzipBytes: gzipped.length };
  });
}
