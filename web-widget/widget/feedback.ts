import { h } from '../shared/dom';
import { uid, type Actions } from './actions';
import { icon, THUMB } from './shell';

const QUESTION = 'Pouvez-vous préciser le dysfonctionnement rencontré\u00a0?';

/**
 * 👍/👎 under a bot answer, in the Teams feedback-loop shape. 👎 opens the « préciser le
 * dysfonctionnement » comment, sent in the same invoke; « Passer » sends the rating alone (the
 * bot then asks in the conversation).
 */
export type Reaction = 'like' | 'dislike';

/** Ratings already given in this conversation, so a reload shows them instead of asking again. */
export interface Ratings {
  get(replyToId: string): Reaction | undefined;
  set(replyToId: string, reaction: Reaction): void;
}

export function feedback(replyToId: string, actions: Actions, ratings: Ratings): HTMLElement {
  const note = h('span', { class: 'meta', role: 'status' });
  const like = h('button', { type: 'button', 'aria-pressed': 'false', 'aria-label': 'Oui, réponse utile', title: 'Réponse utile' }, icon(THUMB));
  const dislike = h('button', { type: 'button', class: 'down', 'aria-pressed': 'false', 'aria-label': 'Non, réponse pas utile', title: 'Réponse pas utile' }, icon(THUMB));
  const group = h('div', { class: 'fb', role: 'group', 'aria-label': 'Cette réponse vous a-t-elle aidé\u00a0?' }, h('span', { class: 'meta', 'aria-hidden': 'true' }, 'Utile\u00a0?'), like, dislike, note);
  const wrap = h('div', {}, group);
  let comment: HTMLFormElement | null = null;

  const shown = (reaction: Reaction) => {
    like.disabled = dislike.disabled = true;
    (reaction === 'like' ? like : dislike).setAttribute('aria-pressed', 'true');
    note.className = 'meta';
    note.textContent = 'Avis envoyé, merci.';
  };
  const given = ratings.get(replyToId);
  if (given) shown(given);

  const rate = async (reaction: Reaction, text?: string): Promise<boolean> => {
    like.disabled = dislike.disabled = true;
    const ack = await actions.invoke('message/submitAction', { actionName: 'feedback', actionValue: text ? { reaction, feedback: text } : { reaction } }, replyToId);
    if (!ack.ok) {
      like.disabled = dislike.disabled = false;
      note.className = 'meta err';
      note.textContent = ack.error.message;
      return false;
    }
    ratings.set(replyToId, reaction);
    shown(reaction);
    // The thumbs are disabled and the comment form goes: the message field takes the focus.
    actions.focusInput();
    return true;
  };

  like.addEventListener('click', () => void rate('like'));
  dislike.addEventListener('click', () => {
    if (comment) return comment.querySelector('textarea')?.focus();
    const id = uid('fb');
    const area = h('textarea', { id, rows: 3, maxlength: 2000 });
    const skip = h('button', { type: 'button', class: 'btn2' }, 'Passer');
    const form = h('form', { class: 'card' }, h('label', { for: id }, QUESTION), area, h('div', { class: 'row' }, h('button', { type: 'submit', class: 'btn' }, 'Envoyer mon avis'), skip));
    const done = async (text?: string) => {
      if (await rate('dislike', text)) {
        form.remove();
        comment = null;
      }
    };
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void done(area.value.trim() || undefined);
    });
    skip.addEventListener('click', () => void done());
    comment = form;
    wrap.appendChild(form);
    area.focus();
  });
  return wrap;
}
