import type { Ticket, TicketFilter } from '../protocol/ticket';

/**
 * The agents' ticket list: the filter and page as SQL (one text for both dialects), and the
 * cursor that continues a page. The store runs the two queries.
 */

/** Where a page of the list ends: the last ticket's `updated_at` (ms) and id. */
export interface TicketCursor {
  updatedAt: number;
  id: number;
}

export interface TicketListFilter extends TicketFilter {
  /** Only tickets strictly after this one in the list's order. */
  before?: TicketCursor;
}

export interface TicketPage {
  items: Ticket[];
  total: number;
  /** The page size used (1–200, 50 by default). */
  limit: number;
  /** Pass as `before` for the next page; null on the last page. */
  nextCursor: string | null;
}

export const TICKET_PAGE_DEFAULT = 50;
export const TICKET_PAGE_MAX = 200;

/** The opaque-looking text form of a cursor, `<updatedAt>.<id>`, as the API exchanges it. */
export const encodeTicketCursor = (c: TicketCursor): string => `${c.updatedAt}.${c.id}`;

/** The cursor of `encodeTicketCursor`, or null when the text is not one. */
export function decodeTicketCursor(text: string): TicketCursor | null {
  const m = /^(\d{1,15})\.(\d{1,15})$/.exec(text);
  if (!m) return null;
  const c = { updatedAt: Number(m[1]), id: Number(m[2]) };
  return Number.isSafeInteger(c.updatedAt) && Number.isSafeInteger(c.id) ? c : null;
}

/** LIKE pattern for user text: wildcards in the text are escaped, so they match literally. */
const likePattern = (text: string) => `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export interface TicketListQuery {
  /** Every match, ignoring paging. */
  countSql: string;
  countParams: unknown[];
  /** One row more than the page, most recently changed first (ties: newest id first). */
  pageSql: string;
  pageParams: unknown[];
  /** The page size used. */
  limit: number;
}

export function ticketListQuery(filter: TicketListFilter): TicketListQuery {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replace('?', `$${params.length}`));
  };
  if (filter.status) add('status = ?', filter.status);
  if (filter.category) add('category = ?', filter.category);
  if (filter.assignee === 'none') where.push('assignee_id IS NULL');
  else if (typeof filter.assignee === 'number') add('assignee_id = ?', filter.assignee);
  for (const word of (filter.text ?? '').split(/\s+/).filter(Boolean).slice(0, 8)) {
    params.push(likePattern(word));
    const p = `$${params.length}`;
    where.push(
      `(lower(number) LIKE ${p} ESCAPE '\\' OR lower(subject) LIKE ${p} ESCAPE '\\' OR lower(description) LIKE ${p} ESCAPE '\\'` +
        ` OR lower(requester_email) LIKE ${p} ESCAPE '\\' OR lower(requester_name) LIKE ${p} ESCAPE '\\')`,
    );
  }
  const countSql = `SELECT COUNT(*) AS n FROM tickets ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`;
  const countParams = [...params];
  const limit = Math.min(Math.max(filter.limit ?? TICKET_PAGE_DEFAULT, 1), TICKET_PAGE_MAX);
  const offset = Math.max(filter.offset ?? 0, 0);
  if (filter.before) {
    params.push(filter.before.updatedAt, filter.before.id);
    const [at, id] = [`$${params.length - 1}`, `$${params.length}`];
    where.push(`(updated_at < ${at} OR (updated_at = ${at} AND id < ${id}))`);
  }
  const pageClause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const pageSql = `SELECT * FROM tickets ${pageClause} ORDER BY updated_at DESC, id DESC LIMIT ${limit + 1} OFFSET ${offset}`;
  return { countSql, countParams, pageSql, pageParams: params, limit };
}
