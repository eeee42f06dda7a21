export type Align = 'left' | 'right';

export interface Column {
  header: string;
  align?: Align;
}

// Width in code points: French text here is precomposed (é is one character).
const width = (s: string) => Array.from(s).length;
const pad = (s: string, w: number, align: Align) => (align === 'right' ? ' '.repeat(w - width(s)) + s : s + ' '.repeat(w - width(s)));

/** Plain aligned columns separated by two spaces, with a dashed rule under the headers. */
export function textTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const widths = columns.map((c, i) => Math.max(width(c.header), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: readonly string[]) =>
    columns
      .map((c, i) => pad(cells[i] ?? '', widths[i]!, c.align ?? 'left'))
      .join('  ')
      .trimEnd();
  return [line(columns.map((c) => c.header)), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** Cuts `s` to `max` characters with an ellipsis, on one line. */
export function shorten(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  return chars.length <= max ? flat : `${chars.slice(0, max - 1).join('')}…`;
}
