import { h } from '../shared/dom';

/**
 * The bot's Markdown as DOM nodes: paragraphs (line breaks kept), bulleted and numbered lists,
 * **bold**, _italic_, `code`, [links](https://…) and bare URLs. Every character of the text ends
 * up in a text node; only these elements are ever created, so no markup can get through. Links
 * are http(s) or mailto only and open in a new tab without access to this page.
 */
export function renderMarkdown(text: string): DocumentFragment {
  const out = document.createDocumentFragment();
  let list: HTMLElement | null = null;
  let item: HTMLElement | null = null;
  let para: HTMLElement | null = null;
  for (const line of typeset(text.replace(/\r\n?/g, '\n')).split('\n')) {
    const bullet = /^\s*(?:([-*+])|(\d{1,3})[.)])\s+(.*)$/.exec(line);
    if (bullet) {
      para = null;
      const tag = bullet[1] ? 'ul' : 'ol';
      if (!list || list.tagName !== tag.toUpperCase()) {
        list = out.appendChild(h(tag, tag === 'ol' && bullet[2] !== '1' ? { start: bullet[2] } : {}));
      }
      item = list.appendChild(h('li'));
      inline(item, bullet[3] ?? '');
    } else if (!line.trim()) {
      list = item = para = null;
    } else if (item && /^\s{2,}/.test(line)) {
      inline(item, ` ${line.trim()}`); // continuation of a list item
    } else {
      list = item = null;
      const heading = /^#{1,6}\s+(.*)$/.exec(line);
      if (heading) {
        para = null;
        inline(out.appendChild(h('p')).appendChild(h('strong')), heading[1] ?? '');
        continue;
      }
      if (para) para.appendChild(h('br'));
      else para = out.appendChild(h('p'));
      inline(para, line.trim());
    }
  }
  return out;
}

/** French typography: no line break inside « … » nor before : ; ! ? (the bot's texts use plain spaces). */
export const typeset = (text: string) => text.replace(/« /g, '«\u00a0').replace(/ ([»:;!?])/g, '\u00a0$1');

/** A link only for http(s)/mailto URLs; anything else stays text. */
function link(parent: Node, url: string, label: string): void {
  let href: URL | null = null;
  try {
    href = new URL(url);
  } catch {
    // not an absolute URL
  }
  if (!href || !/^(https?|mailto):$/.test(href.protocol)) return void parent.appendChild(document.createTextNode(label === url ? url : `${label} (${url})`));
  const a = parent.appendChild(h('a', { href: href.href, target: '_blank', rel: 'noopener noreferrer' }));
  inline(a, label, false); // no link inside a link (a bare URL as its own label would recurse forever)
  a.appendChild(h('span', { class: 'sr' }, ' (nouvel onglet)'));
}

function inline(parent: Node, text: string, links = true): void {
  // Built per call: a global regex keeps state (lastIndex) between uses.
  const re =
    /\*\*(.+?)\*\*|\[([^\]\n]+)\]\(([^)\s]+)\)|(https?:\/\/[^\s<>"]*[^\s<>".,;:!?)»])|(^|[\s(«])_([^_\n]+)_(?=$|[\s).,;:!?»])|`([^`\n]+)`/g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    parent.appendChild(document.createTextNode(text.slice(last, m.index)));
    if (m[1] !== undefined) inline(parent.appendChild(h('strong')), m[1], links);
    else if (!links && (m[2] !== undefined || m[4] !== undefined)) parent.appendChild(document.createTextNode(m[0]));
    else if (m[2] !== undefined) link(parent, m[3] ?? '', m[2]);
    else if (m[4] !== undefined) link(parent, m[4], m[4]);
    else if (m[6] !== undefined) {
      parent.appendChild(document.createTextNode(m[5] ?? ''));
      inline(parent.appendChild(h('em')), m[6], links);
    } else parent.appendChild(h('code', {}, m[7]));
    last = re.lastIndex;
  }
  parent.appendChild(document.createTextNode(text.slice(last)));
}
