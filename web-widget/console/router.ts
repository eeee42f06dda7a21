import type { View } from './context';

export interface Route {
  /** The nav entry it belongs to (`#/`, `#/tickets`, `#/supervision`, `#/reponses-types`). */
  section: string;
  view: View;
  param?: string;
}

/** `#/`, `#/tickets`, `#/tickets/<number>`, `#/supervision`, `#/reponses-types`; anything else is `#/`. */
export function resolveRoute(hash: string, views: { chats: View; tickets: View; ticket: View; supervision: View; canned: View }): Route {
  const path = hash.replace(/^#/, '') || '/';
  const ticket = /^\/tickets\/([^/]+)\/?$/.exec(path);
  if (ticket) return { section: '#/tickets', view: views.ticket, param: decodeURIComponent(ticket[1]!) };
  if (/^\/tickets\/?$/.test(path)) return { section: '#/tickets', view: views.tickets };
  if (/^\/supervision\/?$/.test(path)) return { section: '#/supervision', view: views.supervision };
  if (/^\/reponses-types\/?$/.test(path)) return { section: '#/reponses-types', view: views.canned };
  return { section: '#/', view: views.chats };
}
