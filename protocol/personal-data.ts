/** Whose personal data is exported or erased (RGPD rights): a requester's e-mail and/or portal id. */
export interface PersonalSubject {
  /** Lower case. */
  email: string | null;
  portalUserId: string | null;
}

/** `text` as a literal inside a `LIKE … ESCAPE '\'` pattern: `%`, `_` and `\` escaped. */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** A `LIKE … ESCAPE '\'` pattern matching `"key":"value"` inside stored JSON text. */
export function jsonFieldPattern(key: string, value: string): string {
  return `%"${key}":${likeLiteral(JSON.stringify(value))}%`;
}

/** A `LOWER(…) LIKE … ESCAPE '\'` pattern: the text, lower case, anywhere (searches). */
export function containsPattern(text: string): string {
  return `%${likeLiteral(text.toLowerCase())}%`;
}

/** A `LIKE … ESCAPE '\'` pattern matching stored JSON text that holds the string `value` anywhere. */
export function jsonStringPattern(value: string): string {
  return `%${likeLiteral(JSON.stringify(value))}%`;
}
