import { h } from '../shared/dom';
import type { Actions } from './actions';
import { typeset } from './markdown';

export interface CardAction {
  type?: string;
  title?: string;
  value?: unknown;
  text?: string;
  displayText?: string;
}

/**
 * Suggested actions (topics, « Vouliez-vous dire » choices, escalation): imBack sends the title
 * back as the user's text; messageBack sends its value with the text to show (e.g. leave the queue).
 */
export function chips(list: CardAction[], actions: Actions): HTMLElement | null {
  const usable = list.filter((a) => a.title);
  if (!usable.length) return null;
  const box = h('div', { class: 'chips', role: 'group', 'aria-label': 'Suggestions' });
  for (const a of usable) {
    // openUrl (a ticket's «Suivre ma demande»): a link that opens a new tab and stays, web addresses only.
    if (a.type === 'openUrl') {
      if (typeof a.value === 'string' && /^https?:\/\//.test(a.value)) {
        box.appendChild(h('a', { class: 'chip', href: a.value, target: '_blank', rel: 'noopener noreferrer' }, a.title ?? ''));
      }
      continue;
    }
    const click = () => {
      box.remove();
      // The chip had the focus: without this it falls to <body> and a keyboard user starts over.
      actions.focusInput();
      if (a.type === 'messageBack') void actions.say(a.displayText ?? a.text ?? a.title ?? '', a.value);
      else void actions.say(typeof a.value === 'string' && a.value ? a.value : (a.title ?? ''));
    };
    box.appendChild(h('button', { type: 'button', class: 'chip', onclick: click }, typeset(a.title ?? '')));
  }
  return box;
}
