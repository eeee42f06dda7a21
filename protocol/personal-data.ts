/** Whose personal data is exported or erased (RGPD rights): a requester's e-mail and/or portal id. */
export interface PersonalSubject {
  /** Lower case. */
  email: string | null;
  portalUserId: string | null;
}

/** A `LIKE … ESCAPE '\'` pattern matching `"key":"value"` inside stored JSON text (`%` and `_` escaped). */
export function jsonFieldPattern(key: string, value: string): string {
  const escaped = JSON.stringify(value).replace(/[\\%_]/g, (c) => `\\${c}`);
  return `%"${key}":${escaped}%`;
}
