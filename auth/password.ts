import crypto from 'node:crypto';
import { promisify } from 'node:util';

const scrypt = promisify(crypto.scrypt) as (
  password: crypto.BinaryLike,
  salt: crypto.BinaryLike,
  keylen: number,
  options: crypto.ScryptOptions,
) => Promise<Buffer>;

/** Agents choose passwords of at least this length (the CLI and the store both enforce it). */
export const MIN_PASSWORD_LENGTH = 12;

// OWASP's scrypt baseline: 32 MiB and ~50 ms per hash, enough to make offline guessing expensive
// while a login stays quick. Parameters are stored in each hash so they can be raised later.
const N = 2 ** 15;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;
const SALT_LENGTH = 16;

// scrypt needs 128·N·r bytes; Node refuses anything above `maxmem`, whose default is exactly
// 32 MiB and too tight for N = 2^15, r = 8. Leave headroom.
const maxmemFor = (n: number, r: number) => 128 * n * r * 2;

/** Same parameters as real hashes, random salt and hash: verifying against it costs the same and never matches. */
export const DUMMY_HASH = ['scrypt', N, R, P, 'PxLLtsH2SP51hNkFe-TxUg', 'Q4R9qt9jpzuJPtWyaDKXHnvVI9fxwy9yjAuB28lrx6Q'].join('$');

/**
 * `scrypt$N$r$p$salt$hash`, salt and hash in base64url. The password is NFC-normalised so that
 * "é" typed as one code point or as e + accent (macOS input) is the same password.
 */
export async function hashPassword(password: string): Promise<string> {
  const salt = crypto.randomBytes(SALT_LENGTH);
  const hash = await scrypt(password.normalize('NFC'), salt, KEY_LENGTH, { N, r: R, p: P, maxmem: maxmemFor(N, R) });
  return ['scrypt', N, R, P, salt.toString('base64url'), hash.toString('base64url')].join('$');
}

/** False for a wrong password and for a malformed hash; compares in constant time. */
export async function verifyPassword(password: string, encoded: string): Promise<boolean> {
  const parsed = parseHash(encoded);
  if (!parsed) return false;
  const { n, r, p, salt, hash } = parsed;
  const actual = await scrypt(password.normalize('NFC'), salt, hash.length, { N: n, r, p, maxmem: maxmemFor(n, r) });
  return crypto.timingSafeEqual(actual, hash);
}

function parseHash(encoded: string) {
  const parts = encoded.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [n, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  // Bounds keep a corrupted row from asking for gigabytes of memory.
  const valid =
    Number.isInteger(n) && n >= 2 && n <= 2 ** 20 && (n & (n - 1)) === 0 &&
    Number.isInteger(r) && r >= 1 && r <= 32 &&
    Number.isInteger(p) && p >= 1 && p <= 16;
  if (!valid) return null;
  const salt = Buffer.from(parts[4]!, 'base64url');
  const hash = Buffer.from(parts[5]!, 'base64url');
  if (salt.length === 0 || hash.length < 16) return null;
  return { n, r, p, salt, hash };
}
