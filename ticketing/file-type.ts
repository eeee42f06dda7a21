import { checkUpload } from '../platform/file-kind';
import { TicketError } from './errors';
import type { StoredFile } from './store';

/** A file's kind from its content, within the size limit, under a safe name — or a clear refusal. */
export function checkFile(file: { filename: string; bytes: Buffer }, maxBytes: number): StoredFile {
  const checked = checkUpload(file, maxBytes);
  if (!checked.ok) throw new TicketError('INVALID_INPUT', checked.message);
  return checked.file;
}
