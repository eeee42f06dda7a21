import type { AgentConnectErrorCode } from '../../protocol/agent-events';
import { clear, h } from '../shared/dom';
import { HttpError, type Api } from './api';
import type { Announcer } from './announcer';
import { cannedAdminView } from './canned-admin-view';
import { chatsView } from './chats-view';
import { dashboardView } from './dashboard-view';
import type { ConsoleContext, View } from './context';
import { createNotifier } from './notifier';
import { resolveRoute } from './router';
import { searchView } from './search-view';
import { connectAgentSocket, type AgentSocket } from './socket';
import { supervisionView } from './supervision-view';
import { knowledgeView } from './knowledge-view';
import { qualityView } from './quality-view';
import { conversationView } from './conversation-view';
import { ticketView } from './ticket-view';
import { ticketsListView } from './tickets-list';
import { topBar } from './top-bar';
import { trainingsView } from './trainings-view';
import type { SignedIn } from './types';

export const BASE_TITLE = 'Console conseiller — Relais';

/**
 * The signed-in console: banner, connection notice, and the hash-routed views. Returns a
 * `dispose` that disconnects the socket and removes every listener (logout, expired session).
 */
export function startShell(deps: {
  doc: Document;
  root: HTMLElement;
  api: Api;
  announcer: Announcer;
  session: SignedIn;
  /** Opened while the session was being checked (saves a round trip), or made here. */
  socket?: AgentSocket;
  onSignedOut(message?: string): void;
}) {
  const { doc, root, api } = deps;
  const win = doc.defaultView!;
  const socket = deps.socket ?? connectAgentSocket();
  const notifier = createNotifier({ doc, announcer: deps.announcer, baseTitle: BASE_TITLE });
  const ctx: ConsoleContext = { doc, api, socket, me: deps.session.agent, announcer: deps.announcer, notifier };
  const connection = h('p', { class: 'connection', role: 'status', hidden: true });

  const views = {
    chats: chatsView(ctx),
    tickets: ticketsListView(ctx),
    ticket: ticketView(ctx),
    search: searchView(ctx),
    supervision: supervisionView(ctx),
    dashboard: dashboardView(ctx),
    canned: cannedAdminView(ctx),
    trainings: trainingsView(ctx),
    knowledge: knowledgeView(ctx),
    quality: qualityView(ctx),
    conversation: conversationView(ctx),
  };
  let disposed = false;
  const dispose = () => {
    if (disposed) return;
    disposed = true;
    win.removeEventListener('hashchange', route);
    socket.removeAllListeners();
    socket.disconnect();
    notifier.dispose();
  };
  const bar = topBar(ctx, {
    onLogout: () => {
      void api.post('/api/auth/logout').catch(() => undefined).finally(() => {
        dispose();
        deps.onSignedOut('Vous êtes déconnecté·e.');
      });
    },
  });
  const main = h('main', { id: 'main', class: 'console-main' });
  let current: View | null = null;

  function route() {
    const next = resolveRoute(win.location.hash, views);
    bar.setSection(next.section);
    if (current !== next.view) {
      current?.hide?.();
      clear(main);
      main.appendChild(next.view.el);
      current = next.view;
      next.view.el.querySelector<HTMLElement>('h1')?.focus();
    }
    next.view.show(next.param);
  }

  socket.on('connect', () => {
    connection.hidden = true;
    connection.textContent = '';
  });
  socket.on('disconnect', (reason) => {
    if (disposed) return;
    connection.hidden = false;
    connection.textContent = 'Connexion au serveur perdue : reconnexion en cours…';
    // socket.io does not come back by itself when the server closed the socket: that happens when
    // the session ended (logout elsewhere, expiry), or on a server's decision. Ask which.
    if (reason === 'io server disconnect') {
      api.get('/api/auth/me').then(
        () => socket.connect(),
        (err: unknown) => {
          if (err instanceof HttpError && err.status === 401) {
            dispose();
            deps.onSignedOut('Votre session a pris fin : reconnectez-vous.');
          } else win.setTimeout(() => socket.connect(), 2000);
        },
      );
    }
  });
  socket.on('connect_error', (err: Error & { data?: { code?: AgentConnectErrorCode } }) => {
    if (err.data?.code === 'AUTH_REQUIRED') {
      dispose();
      deps.onSignedOut('Votre session a expiré : reconnectez-vous.');
      return;
    }
    connection.hidden = false;
    connection.textContent = 'Serveur injoignable : nouvelle tentative dans quelques secondes…';
  });

  clear(root);
  root.append(h('a', { href: '#main', class: 'skip-link' }, 'Aller au contenu'), bar.el, connection, main);
  win.addEventListener('hashchange', route);
  route();
  return { dispose };
}
