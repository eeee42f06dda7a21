import type { QueueItem, QueueSnapshot } from '../../protocol/agent-events';
import { h } from '../shared/dom';
import { excerpt, FROM_LABELS, reasonLabel, waitLabel } from './format';

const displayName = (item: QueueItem) => item.requesterName ?? 'Usager non identifié';

/**
 * The waiting users, oldest first, with their live waiting time (« depuis 3 min », ticking here
 * between server pushes), why they came, their question and the end of the bot transcript.
 * Rows are kept by chat id, so a push does not rebuild them nor move the keyboard focus.
 */
export function queueList(deps: { doc: Document; onAccept(item: QueueItem, button: HTMLButtonElement): void }) {
  const count = h('span', { class: 'count' }, '0');
  const list = h('ol', { class: 'queue-list', 'aria-labelledby': 'queue-title' });
  const empty = h('p', { class: 'empty' }, 'Personne n’attend pour le moment.');
  const rows = new Map<string, { li: HTMLLIElement; wait: HTMLElement; position: HTMLElement; item: QueueItem }>();
  let snapshot: QueueSnapshot = { items: [], at: new Date(0).toISOString() };
  // Waits are counted from the push's arrival on this computer, so its clock may be wrong.
  let receivedAt = 0;

  function row(item: QueueItem) {
    const name = displayName(item);
    const wait = h('span', { class: 'wait' });
    const position = h('span', { class: 'position' });
    const accept = h('button', { type: 'button', class: 'primary small' }, 'Prendre en charge', h('span', { class: 'visually-hidden' }, ` la demande de ${name}`));
    accept.addEventListener('click', () => deps.onAccept(item, accept));
    const li = h(
      'li',
      { class: 'queue-item', 'data-chat-id': item.chatId },
      h('div', { class: 'queue-head' }, position, h('strong', { class: 'requester' }, name), wait),
      h(
        'p',
        { class: 'reason' },
        reasonLabel(item.reason),
        item.returned ? h('span', { class: 'tag' }, 'Revenu dans la file') : null,
      ),
      item.question ? h('p', { class: 'question' }, h('span', { class: 'label' }, 'Question : '), excerpt(item.question, 160)) : null,
      item.comment ? h('p', { class: 'comment' }, h('span', { class: 'label' }, 'Commentaire : '), excerpt(item.comment, 200)) : null,
      item.preview.length
        ? h(
            'ul',
            { class: 'preview', 'aria-label': 'Fin de la conversation avec l’assistant' },
            item.preview.map((l) => h('li', { 'data-from': l.from }, h('span', { class: 'label' }, `${FROM_LABELS[l.from] ?? l.from} : `), excerpt(l.text, 120))),
          )
        : null,
      accept,
    );
    return { li, wait, position, item };
  }

  function tick() {
    const elapsed = receivedAt ? (deps.doc.defaultView!.performance.now() - receivedAt) / 1000 : 0;
    for (const r of rows.values()) {
      const label = waitLabel(r.item.waitingSeconds + elapsed);
      if (r.wait.textContent !== label) r.wait.textContent = label;
    }
  }

  function update(next: QueueSnapshot) {
    snapshot = next;
    receivedAt = deps.doc.defaultView!.performance.now();
    const keep = new Set(next.items.map((i) => i.chatId));
    for (const [id, r] of rows) {
      if (!keep.has(id)) {
        r.li.remove();
        rows.delete(id);
      }
    }
    let before: ChildNode | null = list.firstChild;
    for (const item of next.items) {
      let r = rows.get(item.chatId);
      if (!r || r.item.returned !== item.returned) {
        r?.li.remove();
        r = row(item);
        rows.set(item.chatId, r);
      }
      r.item = item;
      r.position.textContent = `${item.position}.`;
      if (r.li !== before) list.insertBefore(r.li, before);
      before = r.li.nextSibling;
    }
    count.textContent = String(next.items.length);
    empty.hidden = next.items.length > 0;
    tick();
  }

  const el = h(
    'section',
    { class: 'queue', 'aria-labelledby': 'queue-title' },
    h('h2', { id: 'queue-title', tabindex: -1 }, 'File d’attente (', count, ')'),
    empty,
    list,
  );
  return { el, update, tick, items: () => snapshot.items };
}
