import type { ChatActivity } from '../../protocol/widget-events';
import { h } from '../shared/dom';
import { parisTime } from './appointment';
import { renderMarkdown } from './markdown';

export type Kind = 'user' | 'bot' | 'agent' | 'system';

export const relaisOf = (a: ChatActivity) => (a.channelData?.relais ?? {}) as Record<string, any>;

export function kindOf(a: ChatActivity): Kind {
  if (a.from?.role === 'user') return 'user';
  const sender = relaisOf(a).sender;
  return sender === 'agent' || sender === 'system' ? sender : 'bot';
}

/** What a user message shows: its text, or what a form or button sent. */
export function userText(a: ChatActivity): string {
  if (a.text) return a.text;
  const v = (a.value ?? {}) as Record<string, any>;
  if (v.relaisTicketForm) return `Demande de ticket\u00a0: ${String(v.relaisTicketForm.subject ?? '')}`;
  if (v.relaisAppointment?.slot) return `Créneau choisi\u00a0: ${parisTime(String(v.relaisAppointment.slot))}`;
  return '';
}

/**
 * One message of the log. Only the bot's text goes through the Markdown renderer; what users and
 * agents wrote is always a text node. A hidden author prefix tells screen readers who speaks.
 */
export function messageView(a: ChatActivity, kind: Kind, text?: string): HTMLElement {
  const body = text ?? (kind === 'user' ? userText(a) : (a.text ?? ''));
  if (kind === 'system') return h('div', { class: 'msg system' }, body);
  const who = kind === 'user' ? 'Vous' : kind === 'agent' ? `${a.from?.name || 'Conseiller'} (support)` : 'ClaudIA';
  const bubble = h('div', { class: 'bubble' }, kind === 'bot' ? renderMarkdown(body) : body);
  return h('div', { class: `msg ${kind}` }, kind === 'agent' ? h('span', { class: 'who' }, who, '\u00a0:') : h('span', { class: 'sr' }, `${who}\u00a0:`), bubble);
}
