import { h } from '../../shared/dom';

export interface CreatedTicketView {
  number: string;
  email: string;
  followUpUrl: string | null;
}

/** The screen shown once the ticket exists: its number, where the e-mail went, what comes next. */
export function confirmationView(t: CreatedTicketView, onAnother: () => void): HTMLElement {
  const title = h('h2', { id: 'confirmation-title', tabindex: '-1' }, 'Votre demande a bien été envoyée');
  const section = h(
    'section',
    { class: 'confirmation', 'aria-labelledby': 'confirmation-title' },
    title,
    h('p', { class: 'confirmation__number' }, 'Numéro de votre ticket\u00a0: ', h('strong', { 'data-ticket-number': '', class: 'nowrap' }, t.number)),
    h('p', {}, 'Un e-mail de confirmation a été envoyé à ', h('strong', { class: 'break' }, t.email), '. Il contient un lien personnel pour suivre votre demande et y répondre, sans créer de compte.'),
    h('h3', {}, 'Et ensuite\u00a0?'),
    h(
      'ul',
      {},
      h('li', {}, 'Un conseiller du support étudie votre demande et vous répond par e-mail dans les meilleurs délais (du lundi au vendredi, de 8\u00a0h\u00a030 à 18\u00a0h\u00a030).'),
      h('li', {}, 'Rappelez le numéro ', h('span', { class: 'nowrap' }, t.number), ' dans vos échanges avec le support.'),
      h('li', {}, 'Vous ne trouvez pas l’e-mail\u00a0? Regardez dans vos courriers indésirables.'),
    ),
    h(
      'p',
      { class: 'actions' },
      t.followUpUrl ? h('a', { href: t.followUpUrl, class: 'button' }, 'Suivre ma demande') : null,
      h('button', { type: 'button', class: 'button button--secondary', onclick: onAnother }, 'Créer une autre demande'),
    ),
  );
  return section;
}
