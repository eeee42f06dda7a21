import type { LiveMessage } from '../../protocol/agent-events';
import { fr } from '../../protocol/typography';
import { clear, h } from '../shared/dom';
import type { ConsoleContext, View } from './context';
import { dateTimeLabel } from './format';
import { messageItem } from './message-item';

/**
 * `#/conversations/<id>`: a widget conversation as the user saw it, read-only — where the quality
 * reports' «Voir la conversation» lead (a disliked answer, a question not understood).
 */
export function conversationView(ctx: ConsoleContext): View {
  const heading = h('h1', { id: 'conversation-title', tabindex: -1 }, 'Conversation');
  const status = h('p', { role: 'status' });
  const list = h('ol', { class: 'messages conversation-messages', 'aria-labelledby': 'conversation-title' });
  const el = h('div', { class: 'conversation page' }, h('p', {}, h('a', { href: '#/qualite' }, '← Qualité des réponses')), heading, status, list);
  let seq = 0;

  async function load(id: string): Promise<void> {
    const mine = ++seq;
    clear(list);
    status.textContent = 'Chargement…';
    try {
      const { messages } = await ctx.api.get<{ messages: LiveMessage[] }>(`/api/agent/conversations/${encodeURIComponent(id)}`);
      if (mine !== seq) return;
      const first = messages[0];
      status.textContent = fr(`${messages.length} message${messages.length > 1 ? 's' : ''}${first ? `, depuis le ${dateTimeLabel(first.at)}` : ''} ; lecture seule.`);
      list.append(...messages.map(messageItem));
    } catch (err) {
      if (mine === seq) status.textContent = fr((err as Error).message);
    }
  }

  return {
    el,
    show(param) {
      void load(param ?? '');
      heading.focus();
    },
  };
}
