import type { KbAnswerPreview, KbArticle, KbDiffPart, KbGuardReport, KbSetScore, KbSummary, KbVersion } from '../../protocol/knowledge-base';
import { fr } from '../../protocol/typography';
import { PORTAL_PROFILES, PROFILE_LABELS } from '../../protocol/profile';
import { append, clear, h } from '../shared/dom';
import { renderMarkdown } from '../widget/markdown';
import { field } from './action-form';
import type { ConsoleContext } from './context';
import { dateTimeLabel } from './format';

const API = '/api/agent/knowledge';
const lines = (s: string) => s.split('\n').map((l) => l.trim()).filter(Boolean);
const pct = (right: number, n: number) => (n === 0 ? '—' : `${((100 * right) / n).toFixed(1).replace('.', ',')}\u00a0%`);
const score = (s: KbSetScore) => `${pct(s.inScopeRight, s.inScope)} · ${pct(s.outOfScopeRefused, s.outOfScope)}`;

/** What the bot answers, in words. */
export function answerLabel(p: KbAnswerPreview): string {
  if (p.kind === 'answer') return `la fiche « ${p.title} »`;
  if (p.kind === 'clarify') return `« Vouliez-vous dire… » ${p.choices.map((c) => `« ${c.title} »`).join(', ')}`;
  if (p.kind === 'intent') return `l’action « ${p.intent} »`;
  return 'qu’il n’a pas compris';
}

/**
 * One article in the editor (#/base/<id>): its fields, a preview rendered as the widget renders
 * it, « what would the bot answer » for a question, the regression guard, publication with a
 * reason when answers are lost, and its versions with what changed. Read-only for advisers.
 */
export function knowledgeEditor(ctx: ConsoleContext, articleId: string | null, options: { teach?: string; examples?: string[] } = {}): HTMLElement {
  // A new article (from a group of unanswered questions): its id is chosen here, then it is an article like the others.
  let id = articleId ?? '';
  const creating = () => version === 0;
  const supervisor = ctx.me.role === 'supervisor';
  const root = h('div', { class: 'kb-editor page' }, h('p', { role: 'status' }, 'Chargement de la fiche…'));
  let version = 0;
  let report: KbGuardReport | null = null;
  const taught = options.teach ? [options.teach] : [];

  const input = (fid: string, value = '', multiline = 0) => {
    const el = multiline ? h('textarea', { id: fid, rows: multiline }) : h('input', { id: fid, type: 'text' });
    el.value = value;
    if (!supervisor) el.setAttribute('readonly', '');
    return el;
  };
  const idField = input('kb-id');
  const title = input('kb-title');
  const summary = input('kb-summary', '', 2);
  const topic = input('kb-topic');
  const questions = input('kb-questions', '', 8);
  const tags = input('kb-tags');
  const links = input('kb-links', '', 3);
  const body = input('kb-body', '', 14);
  // «Public visé»: the portal profiles the article is written for (their users get it first).
  const audience = PORTAL_PROFILES.map((p) => {
    const box = h('input', { type: 'checkbox', id: `kb-audience-${p}`, value: p });
    if (!supervisor) box.disabled = true;
    return { profile: p, box, label: h('label', { for: `kb-audience-${p}` }, PROFILE_LABELS[p]) };
  });
  const preview = h('div', { class: 'kb-preview', 'aria-live': 'off' });
  const error = h('p', { class: 'inline-error', role: 'alert' });
  const status = h('p', { role: 'status', class: 'kb-status' });

  const draft = (): KbArticle & Record<string, unknown> => ({
    id: creating() ? (id = idField.value.trim()) : id,
    title: title.value,
    ...(summary.value.trim() ? { summary: summary.value } : {}),
    ...(topic.value.trim() ? { topic: topic.value } : {}),
    questions: lines(questions.value),
    tags: tags.value.split(',').map((t) => t.trim()).filter(Boolean),
    links: lines(links.value).map((l) => {
      const [label = '', url = ''] = l.split('|').map((x) => x.trim());
      return { label, url };
    }),
    related: current?.related ?? [],
    ...(current?.next ? { next: current.next } : {}),
    ...(current?.en ? { en: current.en } : {}),
    ...(audience.some((a) => a.box.checked) ? { audience: audience.filter((a) => a.box.checked).map((a) => a.profile) } : {}),
    body: body.value,
  });
  let current: KbArticle | null = null;

  const showPreview = () => {
    clear(preview);
    preview.append(h('h3', {}, title.value), renderMarkdown(body.value));
  };
  body.addEventListener('input', showPreview);
  title.addEventListener('input', showPreview);
  // Any change makes the last guard result stale.
  for (const el of [title, summary, topic, questions, tags, links, body, ...audience.map((a) => a.box)]) el.addEventListener('input', () => (report = null));

  const fail = (err: Error & { fields?: Record<string, string> }) => {
    const details = err.fields ? Object.entries(err.fields).map(([k, v]) => `${k} : ${v}`).join(' ; ') : '';
    error.textContent = fr(details ? `${err.message} (${details})` : err.message);
  };

  // « Que répondrait l'assistant ? »
  const question = h('input', { id: 'kb-try', type: 'text', value: options.teach ?? '' });
  const answer = h('p', { class: 'kb-answer', role: 'status' });
  const tryIt = h('button', { type: 'button', class: 'secondary' }, 'Tester');
  tryIt.addEventListener('click', () => {
    if (!question.value.trim()) return;
    error.textContent = '';
    ctx.api
      .post<{ now: KbAnswerPreview; draft?: KbAnswerPreview }>(`${API}/preview`, { question: question.value, ...(supervisor ? { article: draft() } : {}) })
      .then((r) => {
        answer.textContent = fr(`Aujourd’hui, l’assistant répond ${answerLabel(r.now)}.${r.draft ? ` Avec ce brouillon : ${answerLabel(r.draft)}.` : ''}`);
      })
      .catch(fail);
  });

  // The regression guard and publication.
  const guardOut = h('div', { class: 'kb-guard' });
  const reason = h('textarea', { id: 'kb-reason', rows: 2 });
  const checkButton = h('button', { type: 'button', class: 'secondary' }, 'Vérifier');
  const publishButton = h('button', { type: 'button', class: 'primary' }, 'Publier');
  const showReport = (r: KbGuardReport) => {
    clear(guardOut);
    const rows = r.sets.filter((s) => s.before.inScope + s.before.outOfScope > 0);
    const moved = rows.filter((s) => score(s.before) !== score(s.after));
    const table = (list: typeof rows, caption: string) =>
      h(
        'table',
        { class: 'kb-sets' },
        h('caption', {}, caption),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Jeu'), h('th', { scope: 'col' }, 'Avant'), h('th', { scope: 'col' }, 'Après'))),
        h('tbody', {}, list.map((s) => h('tr', { class: score(s.before) === score(s.after) ? '' : 'kb-moved' }, h('th', { scope: 'row' }, s.name), h('td', {}, score(s.before)), h('td', {}, score(s.after))))),
      );
    append(guardOut, [
      h('p', {}, fr(`Sur ${r.total.before.inScope + r.total.before.outOfScope} questions étiquetées : réponses justes ${pct(r.total.before.inScopeRight, r.total.before.inScope)} → ${pct(r.total.after.inScopeRight, r.total.after.inScope)} ; hors sujet refusées ${pct(r.total.before.outOfScopeRefused, r.total.before.outOfScope)} → ${pct(r.total.after.outOfScopeRefused, r.total.after.outOfScope)}.`)),
      r.drops ? h('p', { class: 'kb-drop' }, fr('Attention : ce changement fait perdre plus de bonnes réponses qu’il n’en gagne. Donnez la raison de le publier quand même.')) : null,
      moved.length ? table(moved, 'Jeux dont la précision change (justes · refusées), avant → après') : h('p', {}, 'Aucun jeu ne change de précision.'),
      h('details', {}, h('summary', {}, `Tous les jeux (${rows.length})`), table(rows, 'Précision par jeu (justes · refusées), avant → après')),
      h('h3', {}, `Questions dont la réponse change (${r.changedCount})`),
      r.changed.length
        ? h('ul', { class: 'kb-changed' }, r.changed.map((c) => h('li', { class: `kb-${c.change}` }, h('strong', {}, c.change === 'lost' ? 'Perdue' : c.change === 'won' ? 'Gagnée' : 'Changée'), ` — « ${c.q} » : ${c.before} → ${c.after} (attendu : ${c.expect.join(' ou ')} ; ${c.set})`)))
        : h('p', {}, 'Aucune.'),
    ]);
  };
  checkButton.addEventListener('click', () => {
    error.textContent = '';
    status.textContent = 'Vérification sur les jeux étiquetés… (quelques secondes)';
    checkButton.disabled = true;
    const d = draft();
    ctx.api
      .post<{ report: KbGuardReport }>(`${API}/${encodeURIComponent(d.id || '-')}/check`, { article: d, taught })
      .then((r) => {
        report = r.report;
        showReport(r.report);
        status.textContent = 'Vérification terminée.';
      })
      .catch((err) => {
        status.textContent = '';
        fail(err);
      })
      .finally(() => (checkButton.disabled = false));
  });
  publishButton.addEventListener('click', () => {
    error.textContent = '';
    if (!report) {
      error.textContent = 'Vérifiez d’abord le changement (bouton « Vérifier »).';
      return;
    }
    publishButton.disabled = true;
    status.textContent = 'Publication…';
    const d = draft();
    ctx.api
      .post<{ version: number }>(`${API}/${encodeURIComponent(d.id || '-')}/publish`, { article: d, expectedVersion: version, taught, ...(reason.value.trim() ? { reason: reason.value } : {}) })
      .then((r) => {
        ctx.announcer.say(`Fiche publiée (version ${r.version}) : l’assistant l’utilise dès maintenant.`);
        taught.length = 0;
        if (r.version === 1) ctx.doc.location.hash = `#/base/${encodeURIComponent(id)}`;
        return load(`Version ${r.version} publiée : l’assistant l’utilise dès maintenant.`);
      })
      .catch((err) => {
        status.textContent = '';
        fail(err);
      })
      .finally(() => (publishButton.disabled = false));
  });

  // Versions, and what each one changed.
  const versionsList = h('ol', { class: 'kb-versions' });
  const diffOut = h('div', { class: 'kb-diff' });
  const showVersions = (list: KbVersion[]) => {
    clear(versionsList);
    for (const v of list) {
      const show = h('button', { type: 'button', class: 'link' }, 'Voir les changements');
      show.addEventListener('click', () => {
        ctx.api.get<{ diff: KbDiffPart[] }>(`${API}/${encodeURIComponent(id)}/versions/${v.version}`).then((d) => {
          clear(diffOut);
          diffOut.append(
            h('h3', {}, `Changements de la version ${v.version}`),
            h('pre', {}, d.diff.filter((p) => p.change !== 'same').map((p) => h(p.change === 'added' ? 'ins' : 'del', {}, p.text.split('\n').filter(Boolean).map((l) => `${p.change === 'added' ? '+ ' : '- '}${l}\n`).join('')))),
          );
        }, fail);
      });
      const back =
        supervisor && v.version !== version
          ? h('button', { type: 'button', class: 'link' }, 'Revenir à cette version')
          : null;
      back?.addEventListener('click', () => {
        const why = reason.value.trim();
        if (!why) {
          error.textContent = 'Donnez la raison du retour en arrière dans le champ « Raison ».';
          reason.focus();
          return;
        }
        ctx.api.post<{ version: number }>(`${API}/${encodeURIComponent(id)}/rollback`, { version: v.version, reason: why }).then((r) => load(`Retour à la version ${v.version} publié (version ${r.version}).`), fail);
      });
      versionsList.append(h('li', {}, `Version ${v.version} — ${v.author}, ${dateTimeLabel(new Date(v.createdAt).toISOString())}${v.reason ? ` — ${v.reason}` : ''} `, show, back ? ' ' : null, back));
    }
  };

  async function load(message?: string): Promise<void> {
    const r: { article: KbArticle; summary: KbSummary; versions: KbVersion[] } = id
      ? await ctx.api.get(`${API}/${encodeURIComponent(id)}`)
      : {
          article: { id: '', title: '', questions: options.examples ?? [], tags: [], links: [], related: [], body: '' },
          summary: { id: '', title: '', version: 0, updatedAt: '', updatedBy: '', questions: 0 },
          versions: [],
        };
    current = r.article;
    version = r.summary.version;
    report = null;
    clear(guardOut);
    title.value = r.article.title;
    summary.value = r.article.summary ?? '';
    topic.value = r.article.topic ?? '';
    for (const a of audience) a.box.checked = r.article.audience?.includes(a.profile) ?? false;
    questions.value = [...r.article.questions, ...taught.filter((q) => !r.article.questions.includes(q))].join('\n');
    tags.value = r.article.tags.join(', ');
    links.value = r.article.links.map((l) => `${l.label} | ${l.url}`).join('\n');
    body.value = r.article.body;
    showPreview();
    showVersions(r.versions);
    status.textContent = message ?? '';
    clear(root);
    append(root, [
      h('p', {}, h('a', { href: '#/base' }, '← Toutes les fiches')),
      h('h1', { id: 'kb-editor-title', tabindex: -1 }, creating() ? 'Nouvelle fiche' : r.article.title),
      creating()
        ? h('p', { class: 'intro' }, fr('Les questions sans réponse du groupe sont les premières formulations ; il en faut six au moins. Choisissez un identifiant court, en minuscules et tirets (« attestation-de-depot »).'))
        : h('p', { class: 'intro' }, `Version ${r.summary.version}, publiée par ${r.summary.updatedBy} le ${dateTimeLabel(r.summary.updatedAt)}.`, supervisor ? '' : ' Lecture seule : seuls les superviseurs modifient les fiches.'),
      taught.length ? h('p', { class: 'kb-teach' }, fr(`Question à rattacher, ajoutée aux formulations : « ${taught[0]} ».`)) : null,
      h(
        'div',
        { class: 'kb-columns' },
        h(
          'form',
          { class: 'kb-fields', onsubmit: (e: Event) => e.preventDefault() },
          creating() ? field('Identifiant de la fiche', idField) : null,
          field('Titre', title),
          field('Résumé', summary),
          field('Rubrique du centre d’aide', topic),
          h('fieldset', { class: 'kb-audience' }, h('legend', {}, 'Public visé (ses utilisateurs voient la fiche en premier)'), ...audience.map((a) => h('span', { class: 'check' }, a.box, ' ', a.label))),
          field('Formulations (une par ligne)', questions),
          field('Mots-clés (séparés par des virgules)', tags),
          field('Liens (« libellé | adresse », un par ligne)', links),
          field('Texte de la fiche (Markdown)', body),
        ),
        h('section', { class: 'kb-side', 'aria-labelledby': 'kb-preview-title' }, h('h2', { id: 'kb-preview-title' }, 'Aperçu dans l’assistant'), preview),
      ),
      h('section', { class: 'kb-try', 'aria-labelledby': 'kb-try-title' }, h('h2', { id: 'kb-try-title' }, 'Que répondrait l’assistant ?'), field('Question', question), tryIt, answer),
      supervisor
        ? h(
            'section',
            { class: 'kb-publish', 'aria-labelledby': 'kb-publish-title' },
            h('h2', { id: 'kb-publish-title' }, 'Vérifier et publier'),
            h('p', {}, 'La vérification pose au brouillon les questions étiquetées du projet et celles déjà rattachées, et les compare aux réponses d’aujourd’hui.'),
            checkButton,
            guardOut,
            field('Raison (obligatoire si la précision baisse, et pour revenir à une version)', reason),
            publishButton,
          )
        : null,
      error,
      status,
      h('section', { class: 'kb-history', 'aria-labelledby': 'kb-history-title' }, h('h2', { id: 'kb-history-title' }, 'Versions'), versionsList, diffOut),
    ]);
    (root.querySelector('#kb-editor-title') as HTMLElement | null)?.focus();
  }

  load().catch((err: Error) => {
    clear(root);
    root.append(h('h1', { tabindex: -1 }, 'Fiche'), h('p', { class: 'inline-error', role: 'alert' }, fr(err.message)), h('p', {}, h('a', { href: '#/base' }, '← Toutes les fiches')));
  });
  return root;
}
