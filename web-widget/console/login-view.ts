import { h } from '../shared/dom';
import { HttpError, type Api } from './api';
import type { SignedIn } from './types';

/**
 * The sign-in form. Errors are shown in a live alert linked to the fields (aria-describedby,
 * aria-invalid); the rate-limit answer (429) carries the server's own message.
 */
export function loginView(deps: { api: Api; onSignedIn(session: SignedIn): void }): HTMLElement {
  const error = h('p', { id: 'login-error', class: 'form-error', role: 'alert' });
  const email = h('input', { id: 'login-email', name: 'email', type: 'email', autocomplete: 'username', required: true, spellcheck: 'false' });
  const password = h('input', { id: 'login-password', name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Se connecter');

  const showError = (message: string) => {
    error.textContent = message;
    for (const field of [email, password]) {
      field.setAttribute('aria-invalid', 'true');
      field.setAttribute('aria-describedby', 'login-error');
    }
  };

  const form = h(
    'form',
    {
      class: 'login-form',
      novalidate: true,
      'aria-labelledby': 'login-title',
      onsubmit: (event: Event) => {
        event.preventDefault();
        if (!email.value.trim() || !password.value) {
          showError('Saisissez votre adresse e-mail et votre mot de passe.');
          (email.value.trim() ? password : email).focus();
          return;
        }
        submit.disabled = true;
        submit.textContent = 'Connexion…';
        error.textContent = '';
        deps.api
          .post<SignedIn>('/api/auth/login', { email: email.value.trim(), password: password.value })
          .then((session) => deps.onSignedIn(session))
          .catch((err: unknown) => {
            const message =
              err instanceof HttpError && err.status === 401
                ? 'Adresse e-mail ou mot de passe incorrect.'
                : err instanceof HttpError
                  ? err.message
                  : 'La connexion a échoué. Réessayez.';
            showError(message);
            password.value = '';
            password.focus();
            submit.disabled = false;
            submit.textContent = 'Se connecter';
          });
      },
    },
    h('h1', { id: 'login-title' }, 'Console conseiller'),
    h('p', { class: 'hint' }, 'Connectez-vous avec votre compte conseiller Relais.'),
    h('div', { class: 'field' }, h('label', { for: 'login-email' }, 'Adresse e-mail'), email),
    h('div', { class: 'field' }, h('label', { for: 'login-password' }, 'Mot de passe'), password),
    error,
    submit,
  );
  return h('main', { class: 'login-page', id: 'main' }, h('p', { class: 'brand' }, 'Relais'), form);
}
