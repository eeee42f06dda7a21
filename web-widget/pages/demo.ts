import { append, h } from '../shared/dom';
import { NETWORK_ERROR, requestJson } from './lib/api';
import { formErrors } from './lib/form-errors';
import { forgetIdentity, loadIdentity, saveIdentity, type DemoUser } from './demo/identity';
import { showInvoices } from './demo/invoices';
import { embedSnippet, insertWidgetTag } from './demo/widget-tag';

/**
 * The demo portal at `/`: embeds the widget in the mode chosen (logged out, or logged in with a
 * demo identity token signed by the server outside production) and shows who is logged in.
 */
function start(): void {
  const identity = loadIdentity();
  insertWidgetTag(document, identity?.token ?? null);

  const snippet = document.getElementById('embed-snippet');
  if (snippet) snippet.textContent = embedSnippet(location.origin);

  const headerUser = document.getElementById('header-user');
  const loggedIn = document.getElementById('demo-logged-in');
  const userLine = document.getElementById('demo-user');
  const form = document.getElementById('demo-login-form') as HTMLFormElement | null;
  const summary = document.getElementById('demo-login-errors');
  const logout = document.getElementById('demo-logout');
  if (!headerUser || !loggedIn || !userLine || !form || !summary || !logout) return;

  headerUser.hidden = false;
  if (identity) {
    const { name, email, organisation } = identity.user;
    headerUser.textContent = `Connecté·e\u00a0: ${name}`;
    append(userLine, [h('li', {}, name), h('li', {}, email), h('li', {}, organisation)]);
    loggedIn.hidden = false;
    form.hidden = true;
    const invoices = document.getElementById('demo-invoices');
    if (invoices) void showInvoices(invoices, identity.token);
  } else {
    headerUser.textContent = 'Mode non connecté';
    loggedIn.hidden = true;
    form.hidden = false;
  }

  logout.addEventListener('click', () => {
    forgetIdentity();
    location.reload();
  });

  const errors = formErrors(form, summary, document.title);
  const submit = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (submit.disabled) return;
    const body: Record<string, string> = {};
    for (const name of ['name', 'email', 'organisation']) {
      const v = (form.elements.namedItem(name) as HTMLInputElement).value.trim();
      if (v) body[name] = v; // empty: the server's demo user
    }
    submit.disabled = true;
    void requestJson<{ token: string; user: DemoUser }>('POST', '/api/demo/identity', { body }).then((res) => {
      submit.disabled = false;
      if (res.kind === 'ok') {
        if (saveIdentity(res.data.token, res.data.user)) return location.reload();
        return errors.show({}, 'Votre navigateur bloque le stockage de session\u00a0: le mode connecté ne peut pas être essayé.');
      }
      if (res.kind === 'network') return errors.show({}, NETWORK_ERROR);
      if (res.status === 404) return errors.show({}, 'La connexion de démonstration n’existe pas sur ce serveur (mode production)\u00a0: un vrai portail signe lui-même le jeton d’identité.');
      errors.show(res.fields, Object.keys(res.fields).length ? undefined : res.message);
    });
  });
}

start();
