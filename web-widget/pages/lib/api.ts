import type { ErrorCode } from '../../../protocol/errors';

/**
 * JSON calls from the public pages to the server, as one small result type: the pages show
 * a server error's French message (and its per-field messages), and tell a network failure apart.
 * `code` is the server's (protocol/errors.ts), or `HTTP_<status>` when the answer had none.
 */
export type ApiResult<T> =
  | { kind: 'ok'; status: number; data: T }
  | { kind: 'error'; status: number; code: ErrorCode | `HTTP_${number}`; message: string; fields: Record<string, string> }
  | { kind: 'network' };

interface ErrorBody {
  error?: { code?: unknown; message?: unknown; fields?: unknown };
}

const strings = (value: unknown): Record<string, string> => {
  const out: Record<string, string> = {};
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (typeof v === 'string') out[k] = v;
  }
  return out;
};

export async function requestJson<T>(
  method: 'GET' | 'POST',
  url: string,
  options: { body?: unknown; headers?: Record<string, string>; /** A file's bytes, sent as they are. */ file?: Blob } = {},
): Promise<ApiResult<T>> {
  let res: Response;
  const json = options.body !== undefined;
  try {
    res = await fetch(url, {
      method,
      headers: { accept: 'application/json', ...(json ? { 'content-type': 'application/json' } : options.file ? { 'content-type': 'application/octet-stream' } : {}), ...options.headers },
      body: json ? JSON.stringify(options.body) : options.file,
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch {
    return { kind: 'network' };
  }
  let answer: unknown = null;
  try {
    answer = await res.json();
  } catch {
    // A proxy's HTML error page, or an empty body: handled below from the status alone.
  }
  if (res.ok) return { kind: 'ok', status: res.status, data: answer as T };
  const error = (answer as ErrorBody | null)?.error;
  return {
    kind: 'error',
    status: res.status,
    code: typeof error?.code === 'string' ? (error.code as ErrorCode) : `HTTP_${res.status}`,
    message: typeof error?.message === 'string' ? error.message : 'Le serveur a rencontré un problème. Veuillez réessayer plus tard.',
    fields: strings(error?.fields),
  };
}

export const NETWORK_ERROR = 'Impossible de joindre le serveur. Vérifiez votre connexion à Internet, puis réessayez.';
