import type { ChatActivity } from '../../protocol/widget-events';
import { h } from '../shared/dom';
import { userMessageText } from '../../protocol/user-text';
import { renderMarkdown } from './markdown';
import { CLIP, icon } from './shell';
import { chatFileOf } from '../../protocol/chat-file';
import { fileSizeLabel } from '../../protocol/file-size';

export type Kind = 'user' | 'bot' | 'agent' | 'system';

export const relaisOf = (a: ChatActivity) => (a.channelData?.relais ?? {}) as Record<string, any>;

export function kindOf(a: ChatActivity): Kind {
  if (a.from?.role === 'user') return 'user';
  const sender = relaisOf(a).sender;
  return sender === 'agent' || sender === 'system' ? sender : 'bot';
}


/**
 * One message of the log. Only the bot's text goes through the Markdown renderer; what users and
 * agents wrote is always a text node. A hidden author prefix tells screen readers who speaks.
 */
export function messageView(a: ChatActivity, kind: Kind, text?: string): HTMLElement {
  const body = text ?? (kind === 'user' ? userMessageText(a) : (a.text ?? ''));
  if (kind === 'system') return h('div', { class: 'msg system' }, body);
  const who = kind === 'user' ? 'Vous' : kind === 'agent' ? `${a.from?.name || 'Conseiller'} (support)` : a.from?.name || 'Assistant';
  const file = chatFileOf(a);
  // A shared file: a button that downloads it (the widget proves the conversation is its own).
  const bubble = h(
    'div',
    { class: 'bubble' },
    file ? h('button', { type: 'button', class: 'btn2', 'data-file': file.id, 'data-name': file.name }, icon(CLIP, 'i'), ` ${file.name} (${fileSizeLabel(file.size)})`) : kind === 'bot' ? renderMarkdown(body) : body,
  );
  return h('div', { class: `msg ${kind}` }, kind === 'agent' ? h('span', { class: 'who' }, who, '\u00a0:') : h('span', { class: 'sr' }, `${who}\u00a0:`), bubble);
}
