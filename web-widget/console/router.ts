import type { View } from './context';

export interface Route {
  /** The nav entry it belongs to (`#/`, `#/tickets`, `#/supervision`, `#/pilotage`, `#/reponses-types`, `#/formations`…). */
  section: string;
  view: View;
  param?: string;
}

/**
 * `#/`, `#/discussions/<chat id>`, `#/tickets`, `#/tickets/<number>`, `#/recherche[/<words>]`,
 * `#/supervision`, `#/pilotage`, `#/reponses-types`, `#/formations`,
 * `#/base[/<id>[/rattacher/<question>]]`, `#/qualite`; anything else is `#/`.
 */
/** A route's parameter as typed; a malformed escape stays as it is rather than breaking the console. */
const decode = (s: string): string => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

export function resolveRoute(
  hash: string,
  views: { chats: View; tickets: View; ticket: View; search: View; supervision: View; dashboard: View; canned: View; trainings: View; knowledge: View; quality: View; conversation: View },
): Route {
  const path = hash.replace(/^#/, '') || '/';
  // The base's parameter stays encoded: `<id>/rattacher/<question>` is split by the view, then decoded.
  const base = /^\/base(?:\/(.+?))?\/?$/.exec(path);
  if (base) return { section: '#/base', view: views.knowledge, ...(base[1] ? { param: base[1] } : {}) };
  if (/^\/qualite\/?$/.test(path)) return { section: '#/qualite', view: views.quality };
  const conversation = /^\/conversations\/([^/]+)\/?$/.exec(path);
  if (conversation) return { section: '#/qualite', view: views.conversation, param: decode(conversation[1]!) };
  const chat = /^\/discussions\/([^/]+)\/?$/.exec(path);
  if (chat) return { section: '#/', view: views.chats, param: decode(chat[1]!) };
  const search = /^\/recherche(?:\/([^/]*))?\/?$/.exec(path);
  if (search) return { section: '#/recherche', view: views.search, ...(search[1] ? { param: decode(search[1]) } : {}) };
  const ticket = /^\/tickets\/([^/]+)\/?$/.exec(path);
  if (ticket) return { section: '#/tickets', view: views.ticket, param: decode(ticket[1]!) };
  if (/^\/tickets\/?$/.test(path)) return { section: '#/tickets', view: views.tickets };
  if (/^\/supervision\/?$/.test(path)) return { section: '#/supervision', view: views.supervision };
  if (/^\/pilotage\/?$/.test(path)) return { section: '#/pilotage', view: views.dashboard };
  if (/^\/reponses-types\/?$/.test(path)) return { section: '#/reponses-types', view: views.canned };
  if (/^\/formations\/?$/.test(path)) return { section: '#/formations', view: views.trainings };
  return { section: '#/', view: views.chats };
}
