import type { LiveMessage, TranscriptLineView } from '../../protocol/agent-events';
import type { ArticleRef } from '../../protocol/ticket';
import { h } from '../shared/dom';
import { FROM_LABELS, timeLabel } from './format';
import { fileSizeLabel } from '../../protocol/file-size';

/** Which article a bot answer gave («Fiche : …»), so the adviser knows what the user was told. */
export function articleTag(article: ArticleRef | undefined): HTMLElement | null {
  return article ? h('span', { class: 'tag tag-article', 'data-article-id': article.id }, `Fiche : ${article.title}`) : null;
}

/** One message of the live part; internal notes and appointment notices look different. */
export function messageItem(m: LiveMessage): HTMLLIElement {
  const author = m.kind === 'note' ? `${FROM_LABELS.note}${m.authorName ? ` · ${m.authorName}` : ''}` : m.kind === 'agent' ? (m.authorName ?? FROM_LABELS.agent) : FROM_LABELS[m.kind];
  return h(
    'li',
    { class: `msg msg-${m.kind}${m.appointmentId ? ' msg-appointment' : ''}`, 'data-message-id': m.id },
    h('p', { class: 'msg-meta' }, h('span', { class: 'msg-author' }, author), articleTag(m.article), ' ', h('time', { datetime: m.at }, timeLabel(m.at))),
    m.file
      ? // A download with the checked type (never shown inline); the session cookie is enough to read it.
        h('p', { class: 'msg-text msg-file' }, h('a', { href: `/api/agent/chats/${encodeURIComponent(m.chatId)}/files/${encodeURIComponent(m.file.id)}`, download: m.file.name }, m.file.name), ` (${fileSizeLabel(m.file.size)})`)
      : h('p', { class: 'msg-text' }, m.text),
  );
}

/** One line of the bot part; the thumbs-down comment is marked as such. */
export function transcriptItem(line: TranscriptLineView, isComment: boolean): HTMLLIElement {
  return h(
    'li',
    { class: `line line-${line.from}${isComment ? ' line-comment' : ''}` },
    h(
      'p',
      { class: 'msg-meta' },
      h('span', { class: 'msg-author' }, FROM_LABELS[line.from] ?? line.from),
      isComment ? h('strong', { class: 'tag tag-comment' }, 'Commentaire sur la réponse') : null,
      articleTag(line.article),
      ' ',
      h('time', { datetime: line.at }, timeLabel(line.at)),
    ),
    h('p', { class: 'msg-text' }, line.text),
  );
}
