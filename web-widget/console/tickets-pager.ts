import { h } from '../shared/dom';

const n = (value: number) => value.toLocaleString('fr-FR');

/** The list's status line: « 3 tickets. », « Tickets 51 à 100 sur 123. », or why it is empty. */
export function pageSummary(total: number, shown: number, offset: number, paged: boolean, filtered = true): string {
  if (total === 0) return filtered ? 'Aucun ticket ne correspond à ces filtres.' : 'Aucun ticket pour le moment.';
  if (!paged) return `${n(total)} ticket${total > 1 ? 's' : ''}.`;
  if (shown === 0) return 'Plus aucun ticket sur cette page : revenez aux tickets précédents.';
  return `Tickets ${n(offset + 1)} à ${n(offset + shown)} sur ${n(total)}.`;
}

/**
 * « Tickets précédents » / « Tickets suivants ». At either end a button stays in place and
 * focusable but says it is unavailable (aria-disabled), so the keyboard focus is never lost
 * when the last page is reached; the page change itself is announced by the status line.
 */
export function pagerButtons(deps: { onPrevious(): void; onNext(): void }) {
  const button = (label: string, action: () => void) => {
    const b = h('button', { type: 'button', class: 'secondary' }, label);
    b.addEventListener('click', () => {
      if (b.getAttribute('aria-disabled') !== 'true') action();
    });
    return b;
  };
  const previous = button('← Tickets précédents', deps.onPrevious);
  const next = button('Tickets suivants →', deps.onNext);
  const position = h('span', { class: 'pager-position' });
  const el = h('nav', { class: 'pager', 'aria-label': 'Pages de la liste des tickets', hidden: true }, previous, position, next);
  const able = (b: HTMLButtonElement, on: boolean) => (on ? b.removeAttribute('aria-disabled') : b.setAttribute('aria-disabled', 'true'));
  return {
    el,
    update(state: { paged: boolean; previous: boolean; next: boolean; pageNumber: number; pageCount: number }) {
      el.hidden = !state.paged;
      able(previous, state.previous);
      able(next, state.next);
      position.textContent = `Page ${n(state.pageNumber)} sur ${n(Math.max(state.pageCount, state.pageNumber))}`;
    },
  };
}
