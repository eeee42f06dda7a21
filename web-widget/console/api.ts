/** The console's HTTP client: same-origin JSON, the session's CSRF token on every request. */

import type { ErrorCode, ErrorDetail } from '../../protocol/errors';

/** A failed request: the server's code (protocol/errors.ts), `NETWORK`, or `HTTP_<status>` without one. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | 'NETWORK' | `HTTP_${number}`,
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
  }
}

export interface Api {
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body?: unknown): Promise<T>;
  /** POSTs a file's bytes as they are, its name in `X-Filename` (the CSRF token as for every change). */
  upload<T>(path: string, file: Blob, filename: string): Promise<T>;
  patch<T>(path: string, body: unknown): Promise<T>;
  /** PUT: the whole resource replaced (the trainings' sessions). */
  put<T>(path: string, body: unknown): Promise<T>;
  /** DELETE; resolves with null on 204. */
  del<T = null>(path: string): Promise<T>;
  setCsrf(token: string | null): void;
}

interface ErrorBody {
  error?: Partial<ErrorDetail>;
}

export function createApi(): Api {
  let csrf: string | null = null;

  async function request<T>(method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', path: string, body?: unknown, file?: { blob: Blob; name: string }): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (file) Object.assign(headers, { 'content-type': 'application/octet-stream', 'x-filename': encodeURIComponent(file.name) });
    if (csrf) headers['x-csrf-token'] = csrf;
    let res: Response;
    try {
      res = await fetch(path, { method, headers, credentials: 'same-origin', body: file ? file.blob : body === undefined ? undefined : JSON.stringify(body) });
    } catch {
      throw new HttpError(0, 'NETWORK', 'Le serveur est injoignable. Vérifiez votre connexion puis réessayez.');
    }
    if (res.status === 204) return null as T;
    const json = (await res.json().catch(() => null)) as (T & ErrorBody) | null;
    if (!res.ok) {
      const e = json?.error;
      throw new HttpError(res.status, e?.code ?? `HTTP_${res.status}`, e?.message ?? 'Le serveur n’a pas pu traiter la demande. Réessayez.', e?.fields);
    }
    return json as T;
  }

  return {
    get: (path) => request('GET', path),
    post: (path, body) => request('POST', path, body ?? {}),
    upload: (path, blob, name) => request('POST', path, undefined, { blob, name }),
    patch: (path, body) => request('PATCH', path, body),
    put: (path, body) => request('PUT', path, body),
    del: (path) => request('DELETE', path),
    setCsrf: (token) => void (csrf = token),
  };
}
