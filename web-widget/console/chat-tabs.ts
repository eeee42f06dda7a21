import type { ChatDetails } from '../../protocol/agent-events';
import { h } from '../shared/dom';
import type { CannedItem } from './canned-picker';
import { chatPanel, requesterName, type ChatPanel } from './chat-panel';
import type { ConsoleContext } from './context';

interface Entry {
  tab: HTMLButtonElement;
  badge: HTMLElement;
  state: HTMLElement;
  panel: ChatPanel;
  unread: number;
}

/**
 * The open chats as WAI-ARIA tabs: one tab stop (roving tabindex), arrows/Home/End move and
 * select, each tab shows its unread count; panels stay in the DOM so a chat keeps its draft.
 */
export function chatTabs(ctx: ConsoleContext, deps: { loadCanned(): Promise<CannedItem[]>; onSelect?(chatId: string | null): void }) {
  const tablist = h('div', { class: 'tabs', role: 'tablist', 'aria-label': 'Conversations en cours', hidden: true });
  const panels = h('div', { class: 'panels' });
  const empty = h('p', { class: 'empty' }, 'Aucune conversation en cours : prenez en charge une demande de la file d’attente.');
  const entries = new Map<string, Entry>();
  let selected: string | null = null;

  const setUnread = (e: Entry, n: number) => {
    e.unread = n;
    e.badge.textContent = n > 0 ? `${n} non lu${n > 1 ? 's' : ''}` : '';
    e.badge.hidden = n === 0;
  };

  function select(chatId: string, focus = false) {
    const target = entries.get(chatId);
    if (!target) return;
    selected = chatId;
    for (const [id, e] of entries) {
      const on = id === chatId;
      e.tab.setAttribute('aria-selected', String(on));
      e.tab.tabIndex = on ? 0 : -1;
      e.panel.el.hidden = !on;
    }
    setUnread(target, 0);
    if (focus) target.tab.focus();
    deps.onSelect?.(chatId);
  }

  function remove(chatId: string) {
    const e = entries.get(chatId);
    if (!e) return;
    const ids = [...entries.keys()];
    const next = ids[ids.indexOf(chatId) + 1] ?? ids[ids.indexOf(chatId) - 1];
    e.tab.remove();
    e.panel.el.remove();
    entries.delete(chatId);
    empty.hidden = entries.size > 0;
    tablist.hidden = entries.size === 0;
    if (selected === chatId) {
      selected = null;
      if (next) select(next, true);
      else {
        deps.onSelect?.(null);
        ctx.doc.getElementById('queue-title')?.focus();
      }
    }
  }

  function add(details: ChatDetails): ChatPanel {
    const panel = chatPanel(ctx, details, { loadCanned: deps.loadCanned, onCloseTab: () => remove(details.chatId) });
    const badge = h('span', { class: 'badge', hidden: true });
    const state = h('span', { class: 'tab-state' });
    const tab = h(
      'button',
      { type: 'button', role: 'tab', id: `${panel.idPrefix}-tab`, 'aria-controls': panel.el.id, 'aria-selected': 'false', tabindex: -1, 'data-chat-id': details.chatId },
      h('span', { class: 'tab-name' }, requesterName(details)),
      state,
      badge,
    );
    tab.addEventListener('click', () => select(details.chatId));
    const entry: Entry = { tab, badge, state, panel, unread: 0 };
    entries.set(details.chatId, entry);
    tablist.appendChild(tab);
    panel.el.hidden = true;
    panels.appendChild(panel.el);
    empty.hidden = true;
    tablist.hidden = false;
    if (!selected) select(details.chatId);
    return panel;
  }

  tablist.addEventListener('keydown', (e) => {
    const tabs = [...entries.values()].map((x) => x.tab);
    const at = tabs.indexOf(e.target as HTMLButtonElement);
    if (at < 0) return;
    const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    const tab = tabs[(to + tabs.length) % tabs.length]!;
    select(tab.dataset.chatId!, true);
  });

  const el = h('section', { class: 'conversations', 'aria-labelledby': 'conversations-title' }, h('h2', { id: 'conversations-title', class: 'visually-hidden' }, 'Conversations en cours'), tablist, empty, panels);

  return {
    el,
    add,
    select,
    remove,
    get: (chatId: string) => entries.get(chatId)?.panel,
    ids: () => [...entries.keys()],
    selected: () => selected,
    /** A message arrived in a chat that is not in front of the agent. */
    unread(chatId: string) {
      const e = entries.get(chatId);
      if (e) setUnread(e, e.unread + 1);
    },
    markEnded(chatId: string) {
      const e = entries.get(chatId);
      if (e) e.state.textContent = ' (terminée)';
    },
  };
}
