import type { HelpArticle, HelpEntry, HelpTopic } from '../../protocol/knowledge-base';
import { clear, h } from '../shared/dom';
import { renderMarkdown } from '../widget/markdown';
import { NETWORK_ERROR, requestJson } from './lib/api';

/**
 * The help centre: `/aide` lists the articles by section and searches them with the assistant's
 * own reading; `/aide/<id>` shows one article (rendered as the widget renders answers: safe
 * Markdown, no HTML) and asks «Cette page vous a-t-elle aidé ?».
 */
const messageOf = (r: { kind: string; message?: string }) => (r.kind === 'network' ? NETWORK_ERROR : (r.message ?? 'Erreur.'));
const entryItem = (e: HelpEntry) => h('li', {}, h('a', { href: `/aide/${encodeURIComponent(e.id)}` }, e.title), e.summary ? h('p', { class: 'help-summary' }, e.summary) : null);

async function index(status: HTMLElement): Promise<void> {
  const topics = document.getElementById('help-topics')!;
  const results = document.getElementById('help-results')!;
  const form = document.getElementById('help-search') as HTMLFormElement;
  const input = document.getElementById('help-q') as HTMLInputElement;
  const r = await requestJson<{ topics: HelpTopic[] }>('GET', '/api/aide');
  if (r.kind !== 'ok') return void (status.textContent = messageOf(r));
  for (const t of r.data.topics) {
    const id = `rubrique-${t.topic.normalize('NFD').replace(/[^\w]+/g, '-').toLowerCase()}`;
    topics.append(h('section', { class: 'help-topic', 'aria-labelledby': id }, h('h2', { id }, t.topic), h('ul', { class: 'help-list' }, t.articles.map(entryItem))));
  }
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const q = input.value.trim();
    clear(results);
    if (q.length < 2) return void (status.textContent = 'Écrivez au moins deux caractères.');
    status.textContent = 'Recherche…';
    void requestJson<{ results: HelpEntry[] }>('GET', `/api/aide/recherche?q=${encodeURIComponent(q)}`).then((s) => {
      if (s.kind !== 'ok') return void (status.textContent = messageOf(s));
      status.textContent = s.data.results.length ? `${s.data.results.length} fiche${s.data.results.length > 1 ? 's' : ''} pour « ${q} ».` : `Aucune fiche pour « ${q} » : posez la question à l’assistante ou créez un ticket de support.`;
      if (s.data.results.length) results.append(h('h2', {}, 'Résultats'), h('ol', { class: 'help-list' }, s.data.results.map(entryItem)));
    });
  });
}

async function article(status: HTMLElement): Promise<void> {
  const id = decodeURIComponent(location.pathname.replace(/^\/aide\//, '').replace(/\/$/, ''));
  const body = document.getElementById('help-body')!;
  const r = await requestJson<{ article: HelpArticle }>('GET', `/api/aide/${encodeURIComponent(id)}`);
  if (r.kind !== 'ok') {
    status.textContent = r.kind === 'error' && r.status === 404 ? 'Cette fiche n’existe pas ou plus. Retrouvez les autres dans le centre d’aide.' : messageOf(r);
    body.append(h('p', {}, h('a', { href: '/aide' }, 'Toutes les fiches')));
    return;
  }
  const a = r.data.article;
  body.append(renderMarkdown(a.body));
  if (a.links.length) body.append(h('h2', {}, 'Pour aller plus loin'), h('ul', {}, a.links.map((l) => h('li', {}, h('a', { href: l.url, rel: 'noopener noreferrer' }, l.label)))));
  if (a.related.length) body.append(h('h2', {}, 'Voir aussi'), h('ul', { class: 'help-list' }, a.related.map(entryItem)));
  usefulness(a.id);
}

/** «Cette page vous a-t-elle aidé ?»: Oui sends at once; Non asks what is missing first (optional). */
function usefulness(id: string): void {
  const section = document.getElementById('help-useful')!;
  const form = document.getElementById('help-comment') as HTMLFormElement;
  const text = document.getElementById('help-comment-text') as HTMLTextAreaElement;
  const status = document.getElementById('help-useful-status')!;
  const buttons = Array.from(section.querySelectorAll<HTMLButtonElement>('button[data-utile]'));
  section.hidden = false;
  const send = (utile: boolean, commentaire?: string) =>
    requestJson('POST', `/api/aide/${encodeURIComponent(id)}/avis`, { body: { utile, ...(commentaire ? { commentaire } : {}) } }).then((r) => {
      if (r.kind !== 'ok') return void (status.textContent = messageOf(r));
      for (const b of buttons) b.disabled = true;
      form.hidden = true;
      status.textContent = 'Merci pour votre avis : il aide l’équipe du support à améliorer cette fiche.';
    });
  for (const b of buttons) {
    b.addEventListener('click', () => {
      for (const x of buttons) x.setAttribute('aria-pressed', String(x === b));
      if (b.dataset.utile === 'true') return void send(true);
      form.hidden = false;
      text.focus();
    });
  }
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void send(false, text.value.trim());
  });
}

function start(): void {
  const status = document.getElementById('help-status');
  if (!status) return;
  void (document.getElementById('help-article') ? article(status) : index(status));
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
else start();
