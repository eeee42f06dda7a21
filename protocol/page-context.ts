/** The portal page the user was on when they wrote (origin and path only: no query, no fragment). */
export interface PageContext {
  url: string;
  title: string;
}

export const MAX_PAGE_URL = 2000;
export const MAX_PAGE_TITLE = 300;

/**
 * A page context as it crosses a boundary (from the widget, in the bot's state): a web address
 * (http or https) and a title of bounded length, or null. Never throws.
 */
export function pageContextOf(value: unknown): PageContext | null {
  if (!value || typeof value !== 'object') return null;
  const { url, title } = value as { url?: unknown; title?: unknown };
  if (typeof url !== 'string' || url.length > MAX_PAGE_URL || !/^https?:\/\/[^\s]+$/.test(url)) return null;
  if (title !== undefined && (typeof title !== 'string' || title.length > MAX_PAGE_TITLE)) return null;
  return { url, title: (title ?? '').replace(/[\p{Cc}]+/gu, ' ').trim() };
}
