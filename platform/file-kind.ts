/** A file's bytes under a safe name and its checked type: what every module that takes files stores. */
export interface CheckedFile {
  filename: string;
  mime: string;
  bytes: Buffer;
}

/** The kinds of file Relais takes, told by their first bytes (never by the name or the declared type). */
const KINDS: { mime: string; ext: string; test(b: Buffer): boolean }[] = [
  { mime: 'application/pdf', ext: 'pdf', test: (b) => b.subarray(0, 5).toString('latin1') === '%PDF-' },
  { mime: 'image/png', ext: 'png', test: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { mime: 'image/jpeg', ext: 'jpg', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { mime: 'image/gif', ext: 'gif', test: (b) => /^GIF8[79]a$/.test(b.subarray(0, 6).toString('latin1')) },
  { mime: 'image/webp', ext: 'webp', test: (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP' },
];

export const ACCEPTED_FILES = 'PDF, PNG, JPEG, GIF ou WebP';

/** The file's kind from its content, or null (HTML, SVG, scripts, archives, Office files… are refused). */
export function fileKind(bytes: Buffer): { mime: string; ext: string } | null {
  const kind = KINDS.find((k) => bytes.length >= 12 && k.test(bytes));
  return kind ? { mime: kind.mime, ext: kind.ext } : null;
}

/**
 * A name safe to show and to put in a header: the last path part, control and quoting characters
 * dropped, at most 100 characters, and the extension of its real kind.
 */
export function safeFilename(given: string, ext: string): string {
  const base = (given.split(/[\\/]/).pop() ?? '')
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}"<>:|?*;]/gu, '')
    .replace(/\.[A-Za-z0-9]{1,5}$/, '')
    .replace(/^\.+/, '')
    .trim()
    .slice(0, 90);
  return `${base || 'fichier'}.${ext}`;
}

/**
 * A file's kind from its content, within the size limit, under a safe name — or the code and the
 * French reason it is refused (each module raises them with its own error type).
 */
export function checkUpload(
  file: { filename: string; bytes: Buffer },
  maxBytes: number,
): { ok: true; file: CheckedFile } | { ok: false; code: 'INVALID_INPUT' | 'TOO_LARGE'; message: string } {
  if (file.bytes.length === 0) return { ok: false, code: 'INVALID_INPUT', message: 'Fichier vide.' };
  if (file.bytes.length > maxBytes) return { ok: false, code: 'TOO_LARGE', message: `Fichier trop volumineux : ${Math.round(maxBytes / 1024 / 1024)} Mo au maximum.` };
  const kind = fileKind(file.bytes);
  if (!kind) return { ok: false, code: 'INVALID_INPUT', message: `Type de fichier non accepté : ${ACCEPTED_FILES} uniquement.` };
  return { ok: true, file: { filename: safeFilename(file.filename, kind.ext), mime: kind.mime, bytes: file.bytes } };
}
