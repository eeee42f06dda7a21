import type { Response } from 'express';
import { AppError, type ErrorCode } from '../platform/errors';
import { sendError } from '../platform/http/errors';

export type AuthErrorCode = Extract<ErrorCode, 'AGENT_EXISTS' | 'INVALID_INPUT' | 'IDENTITY_INVALID'>;

/** A refused account change (agent store, `agent:add`) or portal identity: a code of the one vocabulary, a French message. */
export class AuthError extends AppError<AuthErrorCode> {}

export const authRequired = (res: Response) => sendError(res, 'AUTH_REQUIRED', 'Authentification requise.');
