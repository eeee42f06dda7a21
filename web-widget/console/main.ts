import { clear, h } from '../shared/dom';
import { createAnnouncer } from './announcer';
import { createApi, HttpError } from './api';
import { loginView } from './login-view';
import { BASE_TITLE, startShell } from './shell';
import { connectAgentSocket, type AgentSocket } from './socket';
import type { SignedIn } from './types';

/**
 * The agent console (served at /console/): asks the server who is signed in, then shows the
 * login form or the console. The hash (e.g. #/tickets/2026-000123 from a support e-mail) is
 * kept through the login.
 */
function boot(doc: Document): void {
  const root = doc.getElementById('app')!;
  const announcer = createAnnouncer(doc.getElementById('announcer')!);
  const api = createApi();
  doc.title = BASE_TITLE;

  // Opened at once, in parallel with the session check: a signed-in agent's queue arrives one
  // round trip sooner. Dropped if nobody is signed in.
  let early: AgentSocket | undefined = connectAgentSocket();
  const signedIn = (session: SignedIn) => {
    api.setCsrf(session.csrfToken);
    const socket = early;
    early = undefined;
    startShell({ doc, root, api, announcer, session, socket, onSignedOut: showLogin });
  };

  function showLogin(message?: string) {
    early?.disconnect();
    early = undefined;
    api.setCsrf(null);
    doc.title = `Connexion — ${BASE_TITLE}`;
    clear(root);
    root.appendChild(loginView({ api, onSignedIn: (s) => {
      doc.title = BASE_TITLE;
      signedIn(s);
    } }));
    if (message) announcer.say(message);
    doc.getElementById('login-email')?.focus();
  }

  api
    .get<SignedIn>('/api/auth/me')
    .then(signedIn)
    .catch((err: unknown) => {
      if (err instanceof HttpError && err.status === 401) return showLogin();
      clear(root);
      root.appendChild(h('main', { id: 'main', class: 'fatal' }, h('h1', {}, 'Console indisponible'), h('p', {}, (err as Error).message)));
    });
}

boot(document);
