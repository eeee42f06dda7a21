/**
 * Loose comparison of what the user typed with a button label or an article title: buttons send
 * their label back as text (imBack), and people retype them with other accents, case or final
 * punctuation. Exact intent, not fuzzy search: that is the knowledge base's job.
 */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[\s.!?…]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function sameText(a: string, b: string): boolean {
  return fold(a) === fold(b);
}
