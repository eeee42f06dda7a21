/**
 * localStorage, one namespace per Relais server (two widgets of two servers on one portal never
 * share a conversation). Storage may be unavailable (privacy settings): the widget then works
 * for the page's lifetime only.
 */
export interface Store {
  get<T>(key: string): T | null;
  set(key: string, value: unknown): void;
  remove(key: string): void;
}

export function createStore(origin: string): Store {
  const k = (key: string) => `relais:${origin}:${key}`;
  const memory = new Map<string, string>();
  const ls = (): Storage | null => {
    try {
      return window.localStorage;
    } catch {
      return null;
    }
  };
  const read = (key: string) => {
    try {
      return ls()?.getItem(k(key)) ?? memory.get(key) ?? null;
    } catch {
      return memory.get(key) ?? null;
    }
  };
  return {
    get<T>(key: string): T | null {
      const raw = read(key);
      try {
        return raw === null ? null : (JSON.parse(raw) as T);
      } catch {
        return null;
      }
    },
    set(key, value) {
      const raw = JSON.stringify(value);
      memory.set(key, raw);
      try {
        ls()?.setItem(k(key), raw);
      } catch {
        // quota or privacy mode: memory only
      }
    },
    remove(key) {
      memory.delete(key);
      try {
        ls()?.removeItem(k(key));
      } catch {
        // ignore
      }
    },
  };
}

/** A random id (crypto.randomUUID needs a secure context; portals may still be on http). */
export function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
