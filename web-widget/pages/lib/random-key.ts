/** A random key (128 bits, hex): works on plain-HTTP hosts too, where crypto.randomUUID is absent. */
export function randomKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
