import express from 'express';
import type { CheckedFile } from '../file-kind';

/**
 * A file's upload: its bytes as the request body (whatever type the browser declares: the kind is
 * read from the content), its name in `X-Filename` (URI-encoded, so any name travels in a header).
 */
export const fileBody = (maxBytes: number) => express.raw({ type: () => true, limit: maxBytes });

export function uploadedFile(req: express.Request): { filename: string; bytes: Buffer } {
  let filename = req.get('x-filename') ?? '';
  try {
    filename = decodeURIComponent(filename);
  } catch {
    // Kept as sent: the service makes any name safe.
  }
  return { filename: filename.slice(0, 300), bytes: Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0) };
}

/**
 * Sends a stored file as a download, never displayed by the browser: its checked type,
 * `Content-Disposition: attachment`, no sniffing, a sandbox, not cached.
 */
export function sendFile(res: express.Response, file: CheckedFile): void {
  const ascii = file.filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  res.set({
    'Content-Type': file.mime,
    'Content-Length': String(file.bytes.length),
    'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "default-src 'none'; sandbox",
    'Cache-Control': 'private, no-store',
  });
  res.end(file.bytes);
}
