/** Time comes from here, never from `Date.now()` in domain code, so tests and demos can pin it. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = Object.freeze({ now: () => new Date() });
