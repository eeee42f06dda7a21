/**
 * The demo's logged-in portal user: the token the server signed (POST /api/demo/identity) kept
 * in sessionStorage, so it lasts for this tab only, like a portal session.
 */
export interface DemoUser {
  name: string;
  email: string;
  organisation: string;
}

export interface DemoIdentity {
  token: string;
  user: DemoUser;
  /** When the page received it (the visitor's clock): the token lives 8 h, the page drops it after 7. */
  at: number;
}

const KEY = 'relais.demo.identity';
const MAX_AGE_MS = 7 * 3600_000;

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

const isUser = (u: unknown): u is DemoUser =>
  !!u && typeof u === 'object' && ['name', 'email', 'organisation'].every((k) => typeof (u as Record<string, unknown>)[k] === 'string');

export function loadIdentity(now = Date.now()): DemoIdentity | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(storage()?.getItem(KEY) ?? 'null');
  } catch {
    parsed = null;
  }
  const id = parsed as Partial<DemoIdentity> | null;
  if (!id || typeof id.token !== 'string' || !isUser(id.user) || typeof id.at !== 'number' || now - id.at > MAX_AGE_MS) {
    storage()?.removeItem(KEY);
    return null;
  }
  return id as DemoIdentity;
}

export function saveIdentity(token: string, user: DemoUser, now = Date.now()): boolean {
  const s = storage();
  if (!s) return false;
  s.setItem(KEY, JSON.stringify({ token, user, at: now } satisfies DemoIdentity));
  return true;
}

export function forgetIdentity(): void {
  storage()?.removeItem(KEY);
}
