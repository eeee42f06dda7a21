import type { View } from './context';

export interface Route {
  /** The nav entry it belongs to (`#/`, `#/tickets`, `#/supervision`). */
  section: string;
  view: View;
  param?: string;
}

/** `#/`, `#/tickets`, `#/tickets/<number>`, `#/supervision`; anything else is `#/`. */
export function resolveRoute(hash: string, views: { chats: View; tickets: View; ticket: View; supervision: View }): Route {
  const path = hash.replace(/^#/, '') || '/';
  const ticket = /^\/tickets\/([^/]+)\/?$/.exec(path);
  if (ticket) return { section: '#/tickets', view: views.ticket, param: decodeURIComponent(ticket[1]!) };
  if (/^\/tickets\/?$/.test(path)) return { section: '#/tickets', view: views.tickets };
  if (/^\/supervision\/?$/.test(path)) return { section: '#/supervision', view: views.supervision };
  return { section: '#/', view: views.chats };
}
