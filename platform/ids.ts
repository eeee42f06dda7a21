import crypto from 'node:crypto';

/** Bytes drawn from the system's generator at a time: one call for a few hundred ids. */
const POOL_BYTES = 4096;

/**
 * Random ids (`prefix_` + base64url of `bytes` random bytes) cut from a pool of entropy refilled
 * in one call, as `crypto.randomUUID` does: a call into the generator per id costs more than the
 * rest of storing a message. Each pool byte is used once.
 */
export function createIdSource(): (prefix: string, bytes?: number) => string {
  let pool = Buffer.alloc(0);
  let at = 0;
  return (prefix, bytes = 16) => {
    if (bytes > POOL_BYTES) throw new RangeError(`ids: at most ${POOL_BYTES} random bytes`);
    if (at + bytes > pool.length) {
      pool = crypto.randomBytes(POOL_BYTES);
      at = 0;
    }
    const id = pool.toString('base64url', at, at + bytes);
    at += bytes;
    return `${prefix}_${id}`;
  };
}
