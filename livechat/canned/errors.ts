import { AppError, type ErrorCode } from '../../platform/errors';

export type CannedErrorCode = Extract<ErrorCode, 'CANNED_NOT_FOUND' | 'CANNED_DUPLICATE' | 'INVALID_INPUT'>;

/**
 * A canned-response failure: a code of the one vocabulary and a French message for the console,
 * with per-field messages for INVALID_INPUT (`title`, `body`, or `_` for the whole request).
 */
export class CannedError extends AppError<CannedErrorCode> {}
