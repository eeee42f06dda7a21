import type { Response } from 'express';

export const SESSION_COOKIE = 'relais_session';

/** The session token carried by a `Cookie` header, if any (also used for socket.io handshakes). */
export function readSessionToken(cookieHeader: string | undefined): string | null {
  if (!cookieHeader) return null;
  for (const pair of cookieHeader.split(';')) {
    const eq = pair.indexOf('=');
    if (eq < 0 || pair.slice(0, eq).trim() !== SESSION_COOKIE) continue;
    const value = pair.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1');
    return value || null;
  }
  return null;
}

// HttpOnly: page scripts (and any injected one) cannot read the token. SameSite=Strict: the
// browser never sends it on cross-site requests, a first line of defence under the CSRF token.
const cookieOptions = (secure: boolean) => ({ httpOnly: true, sameSite: 'strict' as const, path: '/', secure });

/**
 * The cookie lives as long as the session, said as a Max-Age: the browser counts it on its own
 * clock. An absolute Expires taken from the server's clock would expire at once in a browser
 * whose clock is ahead of it (a demo server started at a pinned time, RELAIS_NOW, or a server
 * whose clock lags).
 */
export function setSessionCookie(res: Response, token: string, ttlMs: number, secure: boolean): void {
  res.cookie(SESSION_COOKIE, token, { ...cookieOptions(secure), maxAge: ttlMs });
}

export function clearSessionCookie(res: Response, secure: boolean): void {
  res.clearCookie(SESSION_COOKIE, cookieOptions(secure));
}
