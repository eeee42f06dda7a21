import { h } from '../shared/dom';
import { uid, type Actions } from './actions';
import { field, formAlert } from './form-fields';

export interface EndOfChat {
  chatId: string;
  /** Not logged in: the transcript needs an address. */
  needsEmail: boolean;
}

const SCORES = ['Très insatisfait', 'Insatisfait', 'Moyen', 'Satisfait', 'Très satisfait'];

/**
 * After a chat with an adviser: a 1-to-5 rating with an optional comment, and «Recevoir la
 * transcription par e-mail» (an address asked only when the user is not logged in). The bot
 * answers each; a part that was sent is replaced by a short note, so nothing is sent twice.
 */
export function endOfChatForm(end: EndOfChat, actions: Actions): HTMLElement {
  const name = uid('score');
  const alert = formAlert();
  const scores = h(
    'fieldset',
    {},
    h('legend', {}, 'Notez cet échange'),
    SCORES.map((label, i) => h('label', { class: 'opt' }, h('input', { type: 'radio', name, value: String(i + 1), required: true }), `${i + 1} – ${label}`)),
  );
  scores.addEventListener('change', () => (alert.textContent = ''));
  const comment = field('Commentaire (facultatif)', h('textarea', { rows: 2, maxlength: 1000 }));
  const rate = h('form', { class: 'card', novalidate: true, 'aria-label': 'Votre avis sur l’échange' }, scores, comment.row, alert, h('button', { type: 'submit', class: 'btn' }, 'Envoyer mon avis'));
  rate.addEventListener('submit', (e) => {
    e.preventDefault();
    const score = Number((rate.querySelector(`input[name="${name}"]:checked`) as HTMLInputElement | null)?.value ?? 0);
    if (!score) {
      alert.textContent = 'Choisissez une note de 1 à 5.';
      return (rate.querySelector('input') as HTMLInputElement).focus();
    }
    const text = comment.control.value.trim();
    void actions.submit({ relaisSatisfaction: { chatId: end.chatId, score, ...(text ? { comment: text } : {}) } }, `Mon avis\u00a0: ${score}/5`).then((ack) => {
      if (!ack.ok) return void (alert.textContent = ack.error.message);
      rate.replaceWith(h('p', { class: 'meta' }, 'Avis envoyé, merci.'));
      actions.focusInput();
    });
  });

  const email = end.needsEmail ? field('Adresse e-mail', h('input', { type: 'email', autocomplete: 'email' })) : null;
  const mailAlert = formAlert();
  const mail = h('form', { class: 'card', novalidate: true, 'aria-label': 'Transcription par e-mail' }, email?.row, mailAlert, h('button', { type: 'submit', class: 'btn2' }, 'Recevoir la transcription par e-mail'));
  mail.addEventListener('submit', (e) => {
    e.preventDefault();
    const address = email?.control.value.trim() ?? '';
    if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address)) {
      email.setError('Indiquez une adresse e-mail valide.');
      return email.control.focus();
    }
    email?.setError(null);
    void actions.submit({ relaisTranscript: { chatId: end.chatId, ...(email ? { email: address } : {}) } }, 'Recevoir la transcription par e-mail').then((ack) => {
      if (!ack.ok) return void (mailAlert.textContent = ack.error.message);
      mail.replaceWith(h('p', { class: 'meta' }, 'Transcription demandée.'));
      actions.focusInput();
    });
  });
  return h('div', { class: 'row' }, rate, mail);
}
