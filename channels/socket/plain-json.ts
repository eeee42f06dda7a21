/**
 * Approximate size in bytes of `value` serialised as JSON, or null when it is not plain JSON data (binary
 * attachments, class instances, non-finite numbers) or nests deeper than `maxDepth`. Walking the
 * value stops as soon as `maxBytes` is exceeded, so a huge payload costs little to reject.
 */
export function plainJsonSize(value: unknown, maxBytes: number, maxDepth = 32): number | null {
  let size = 0;
  const add = (n: number) => {
    size += n;
    if (size > maxBytes) throw TOO_BIG;
  };
  const walk = (v: unknown, depth: number): void => {
    if (depth > maxDepth) throw NOT_JSON;
    if (v === null || typeof v === 'boolean') return add(5);
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) throw NOT_JSON;
      return add(String(v).length);
    }
    if (typeof v === 'string') return add(Buffer.byteLength(v) + 2);
    if (Array.isArray(v)) {
      add(2);
      for (const item of v) {
        add(1);
        walk(item, depth + 1);
      }
      return;
    }
    const proto = typeof v === 'object' ? Object.getPrototypeOf(v) : undefined;
    if (proto !== Object.prototype && proto !== null) throw NOT_JSON;
    add(2);
    for (const [key, item] of Object.entries(v as object)) {
      if (item === undefined) continue;
      add(Buffer.byteLength(key) + 4);
      walk(item, depth + 1);
    }
  };
  try {
    walk(value, 0);
    return size;
  } catch (err) {
    if (err === TOO_BIG) return Infinity;
    if (err === NOT_JSON) return null;
    throw err;
  }
}

const TOO_BIG = Symbol('too big');
const NOT_JSON = Symbol('not JSON');
