/** One day of a report: its label and its instants, `start` included, `end` excluded (epoch ms). */
export interface DayBucket {
  day: string;
  start: number;
  end: number;
}

/**
 * A `days (day, start_at, end_at)` table for aggregates per day, as a `WITH` clause that both
 * SQLite and PostgreSQL read (typed by CAST, as PostgreSQL types a bare parameter in VALUES as
 * text). The days are computed by the caller, in the support's time zone: a day of 23 or 25
 * hours at a DST change is one bucket. Parameters start at `$first`.
 */
export function daysTable(days: readonly DayBucket[], first = 1): { sql: string; params: (string | number)[] } {
  if (days.length === 0) throw new Error('daysTable: no day');
  const rows = days.map((_, i) => {
    const n = first + i * 3;
    return `(CAST($${n} AS TEXT), CAST($${n + 1} AS BIGINT), CAST($${n + 2} AS BIGINT))`;
  });
  return {
    sql: `WITH days (day, start_at, end_at) AS (VALUES ${rows.join(', ')})`,
    params: days.flatMap((d) => [d.day, d.start, d.end]),
  };
}

/** The median of the numbers (null for none). */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
