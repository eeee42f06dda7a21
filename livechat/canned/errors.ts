export type CannedErrorCode = 'CANNED_NOT_FOUND' | 'CANNED_DUPLICATE' | 'VALIDATION';

const STATUS: Readonly<Record<CannedErrorCode, number>> = Object.freeze({
  CANNED_NOT_FOUND: 404,
  CANNED_DUPLICATE: 409,
  VALIDATION: 400,
});

/** A canned-response failure with a stable code, an HTTP status and a French message for the console. */
export class CannedError extends Error {
  readonly status: number;
  constructor(
    readonly code: CannedErrorCode,
    message: string,
    /** Per-field messages for VALIDATION (`title`, `body`, or `_` for the whole request). */
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.status = STATUS[code];
  }
}
