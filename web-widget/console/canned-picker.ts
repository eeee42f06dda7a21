import { renderCanned, type PlaceholderValues } from '../../protocol/placeholders';
import { clear, h } from '../shared/dom';
import { excerpt, fold } from './format';

export interface CannedItem {
  id: string;
  title: string;
  body: string;
}

/**
 * The searchable list of canned responses: a search field filtering as one types (title and text,
 * accents ignored) and one button per response, its placeholders already filled for this chat.
 * Escape closes it; choosing one hands the rendered text to `onPick`.
 */
export function cannedPicker(deps: {
  idPrefix: string;
  load(): Promise<CannedItem[]>;
  values(): PlaceholderValues;
  onPick(text: string): void;
  onClose(): void;
}) {
  const searchId = `${deps.idPrefix}-canned-search`;
  const search = h('input', { id: searchId, type: 'search', autocomplete: 'off', 'aria-describedby': `${deps.idPrefix}-canned-count` });
  const countEl = h('p', { id: `${deps.idPrefix}-canned-count`, class: 'hint', 'aria-live': 'polite' });
  const list = h('ul', { class: 'canned-list' });
  let items: CannedItem[] = [];

  const render = () => {
    const words = fold(search.value).split(/\s+/).filter(Boolean);
    const values = deps.values();
    const shown = items.filter((i) => {
      const hay = fold(`${i.title} ${i.body}`);
      return words.every((w) => hay.includes(w));
    });
    clear(list);
    for (const item of shown) {
      const text = renderCanned(item.body, values);
      list.appendChild(
        h(
          'li',
          {},
          h(
            'button',
            { type: 'button', class: 'canned-item', onclick: () => deps.onPick(text) },
            h('strong', {}, item.title),
            h('span', { class: 'canned-body' }, excerpt(text, 160)),
          ),
        ),
      );
    }
    countEl.textContent = shown.length === 0 ? 'Aucune réponse type ne correspond.' : `${shown.length} réponse(s) type.`;
  };

  search.addEventListener('input', render);
  const el = h(
    'div',
    {
      class: 'canned-picker',
      role: 'group',
      'aria-labelledby': `${deps.idPrefix}-canned-title`,
      onkeydown: (e: Event) => {
        const ke = e as KeyboardEvent;
        if (ke.key === 'Escape') {
          ke.preventDefault();
          deps.onClose();
        } else if (ke.key === 'ArrowDown' || ke.key === 'ArrowUp') {
          const buttons = [...list.querySelectorAll('button')];
          if (buttons.length === 0) return;
          ke.preventDefault();
          const at = buttons.indexOf(ke.target as HTMLButtonElement);
          const next = ke.key === 'ArrowDown' ? Math.min(at + 1, buttons.length - 1) : at - 1;
          (next < 0 ? search : buttons[next]!).focus();
        }
      },
    },
    h('h3', { id: `${deps.idPrefix}-canned-title` }, 'Réponses types'),
    h('label', { for: searchId }, 'Rechercher une réponse type'),
    search,
    countEl,
    list,
  );

  return {
    el,
    async open(): Promise<void> {
      search.value = '';
      search.focus();
      // The last list at once (if any), then the server's current one.
      if (items.length > 0) render();
      else countEl.textContent = 'Chargement…';
      try {
        const fresh = await deps.load();
        const changed = JSON.stringify(fresh) !== JSON.stringify(items);
        items = fresh;
        if (changed || list.childElementCount === 0) render();
      } catch (err) {
        countEl.textContent = (err as Error).message;
      }
    },
  };
}
