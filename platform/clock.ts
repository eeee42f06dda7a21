/** Time comes from here, never from `Date.now()` in domain code, so tests and demos can pin it. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = Object.freeze({ now: () => new Date() });

/** A clock that starts at `start` and runs at normal speed (demos pinned with RELAIS_NOW). */
export function offsetClock(start: Date): Clock {
  const offset = start.getTime() - Date.now();
  return Object.freeze({ now: () => new Date(Date.now() + offset) });
}
