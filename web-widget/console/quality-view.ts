import type { ArticleWeek } from '../../protocol/dashboard';
import type { KbQuestionGroup, KbSummary } from '../../protocol/knowledge-base';
import { fr } from '../../protocol/typography';
import { clear, h } from '../shared/dom';
import type { ConsoleContext, View } from './context';
import { field } from './action-form';
import { articleWeeklySection } from './article-weekly-chart';
import { addDays, supportToday } from './report-format';

interface FeedbackRow {
  articleId: string | null;
  likes: number;
  dislikes: number;
  total: number;
  dislikeRate: number;
  comments: { comment: string; reaction: 'like' | 'dislike'; question: string | null; at: string; conversationId: string | null }[];
}
interface UnansweredRow {
  normalizedQuestion: string;
  example: string;
  count: number;
  lastSeen: string;
  conversations: string[];
}

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;
const pct = (x: number) => `${Math.round(x * 100)}\u00a0%`;

/** A CSV file (semicolons, as French spreadsheets open them) offered as a download link. */
function csvLink(label: string, name: string, rows: (string | number)[][]): HTMLAnchorElement {
  const cell = (v: string | number) => `"${String(v).replace(/"/g, '""')}"`;
  const text = `\ufeff${rows.map((r) => r.map(cell).join(';')).join('\r\n')}\r\n`;
  return h('a', { href: URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' })), download: name, class: 'button-link' }, label);
}

/**
 * « Qualité des réponses » (#/qualite): over a period, the questions the assistant did not
 * answer, grouped by what the engine reads in them, most asked first, each with « Rattacher à une
 * fiche » (supervisors: opens the article with the question added); the articles by dislike rate
 * with their comments, and one article's answers and dislikes per week as a chart. Both lists as CSV.
 */
export function qualityView(ctx: ConsoleContext): View {
  const el = h('div', { class: 'quality page' });
  const period = h('select', { id: 'quality-period' }, ...[7, 30, 90].map((d) => h('option', { value: String(d) }, `${d} derniers jours`)));
  period.value = '30';
  const out = h('div', {});
  period.addEventListener('change', () => void load());
  let weekly: { destroy(): void } | null = null;
  let seq = 0;

  async function load(): Promise<void> {
    const mine = ++seq;
    weekly?.destroy();
    weekly = null;
    clear(out);
    const status = h('p', { role: 'status' }, 'Chargement…');
    out.append(status);
    // Days are the support's (Paris) days, as the reports count them: between midnight in Paris
    // and midnight UTC, a UTC day would leave today's questions out.
    const to = supportToday();
    const range = `from=${addDays(to, -(Number(period.value) - 1))}&to=${to}`;
    try {
      const [unanswered, feedback, base, weeks] = await Promise.all([
        ctx.api.get<{ rows: UnansweredRow[] }>(`/api/reports/unanswered?${range}`),
        ctx.api.get<{ rows: FeedbackRow[] }>(`/api/reports/feedback?${range}`),
        ctx.api.get<{ articles: KbSummary[] }>('/api/agent/knowledge'),
        // The chart's failure leaves the lists shown.
        ctx.api.get<{ range: { from: string; to: string }; rows: ArticleWeek[] }>(`/api/reports/articles-weekly?${range}`).catch((err: Error) => err),
      ]);
      const titles = new Map(base.articles.map((a) => [a.id, a.title]));
      const { groups } = await ctx.api.post<{ groups: KbQuestionGroup[] }>('/api/agent/knowledge/groups', {
        questions: unanswered.rows.map((r) => ({ text: r.example, count: r.count, conversations: r.conversations })),
      });
      if (mine !== seq) return;
      const disliked = feedback.rows.filter((r) => r.dislikes > 0).length;
      const chart = weeks instanceof Error ? null : articleWeeklySection(weeks.rows, weeks.range, titles);
      weekly = chart;
      status.textContent = fr(`${plural(groups.length, 'groupe', 'groupes')} de questions sans réponse ; ${plural(disliked, 'fiche', 'fiches')} avec des avis négatifs.`);
      out.append(
        h('h2', { id: 'quality-unanswered' }, 'Questions sans réponse'),
        csvLink('Exporter en CSV', 'questions-sans-reponse.csv', [['groupe', 'question', 'occurrences', 'fiche suggérée'], ...groups.flatMap((g, i) => g.examples.map((e) => [i + 1, e.text, e.count, g.suggestion ?? '']))]),
        groups.length
          ? h('ol', { class: 'quality-groups', 'aria-labelledby': 'quality-unanswered' }, groups.map((g, i) => groupItem(ctx, g, i, base.articles, titles)))
          : h('p', {}, 'Aucune question sans réponse sur la période.'),
        h('h2', { id: 'quality-disliked' }, 'Réponses jugées inutiles'),
        csvLink('Exporter en CSV', 'avis-negatifs.csv', [['fiche', 'avis positifs', 'avis négatifs', 'taux', 'commentaire', 'question'], ...feedback.rows.flatMap((r) => (r.comments.length ? r.comments : [null]).map((c) => [titles.get(r.articleId ?? '') ?? '(sans fiche)', r.likes, r.dislikes, pct(r.dislikeRate), c?.comment ?? '', c?.question ?? '']))]),
        feedback.rows.some((r) => r.dislikes > 0)
          ? h(
              'ul',
              { class: 'quality-disliked', 'aria-labelledby': 'quality-disliked' },
              feedback.rows
                .filter((r) => r.dislikes > 0)
                .map((r) =>
                  h(
                    'li',
                    {},
                    h('h3', {}, r.articleId ? h('a', { href: `#/base/${encodeURIComponent(r.articleId)}` }, titles.get(r.articleId) ?? r.articleId) : '(réponses sans fiche)', ` — ${pct(r.dislikeRate)} d’avis négatifs (${r.dislikes} sur ${r.total})`),
                    r.comments.length
                      ? h('ul', {}, r.comments.map((c) => h('li', {}, fr(`« ${c.comment} »${c.question ? ` — à la question « ${c.question} »` : ''}`), c.conversationId ? [' — ', conversationLink(c.conversationId)] : ' — (centre d’aide)')))
                      : null,
                  ),
                ),
            )
          : h('p', {}, 'Aucun avis négatif sur la période.'),
        chart ? chart.el : h('p', { class: 'inline-error' }, fr(`Graphique par semaine indisponible : ${(weeks as Error).message}`)),
      );
    } catch (err) {
      status.textContent = fr((err as Error).message);
    }
  }

  el.append(h('h1', { id: 'quality-title', tabindex: -1 }, 'Qualité des réponses'), field('Période', period), out);
  return {
    el,
    show() {
      void load();
      (el.querySelector('#quality-title') as HTMLElement).focus();
    },
    hide() {
      seq++;
      weekly?.destroy();
      weekly = null;
    },
  };
}

/** «Voir la conversation» (or its number in a group's list), read-only at #/conversations/<id>. */
function conversationLink(id: string, n?: number): HTMLAnchorElement {
  return h('a', { href: `#/conversations/${encodeURIComponent(id)}`, ...(n ? { 'aria-label': `Voir la conversation ${n}` } : {}) }, n ? String(n) : 'Voir la conversation');
}

function groupItem(ctx: ConsoleContext, g: KbQuestionGroup, i: number, articles: KbSummary[], titles: Map<string, string>): HTMLLIElement {
  const main = g.examples[0]!;
  const id = `quality-attach-${i}`;
  const others = g.examples.slice(1);
  const item = h(
    'li',
    { class: 'quality-group' },
    h('p', {}, h('strong', {}, fr(`« ${main.text} »`)), ` — ${g.count} fois`),
    others.length ? h('p', { class: 'quality-also' }, fr(`Aussi : ${others.map((e) => `« ${e.text} »`).join(', ')}`)) : null,
    g.suggestion ? h('p', { class: 'hint' }, `Fiche la plus proche : ${titles.get(g.suggestion) ?? g.suggestion}`) : null,
    g.conversations.length ? h('p', { class: 'quality-conversations' }, 'Conversations : ', ...g.conversations.flatMap((c, k) => [k ? ', ' : '', conversationLink(c, k + 1)])) : null,
  );
  if (ctx.me.role === 'supervisor') {
    const select = h('select', { id }, ...articles.map((a) => h('option', { value: a.id }, a.title)));
    if (g.suggestion) select.value = g.suggestion;
    const attach = h('button', { type: 'button', class: 'secondary' }, 'Rattacher à cette fiche');
    attach.addEventListener('click', () => {
      ctx.doc.location.hash = `#/base/${encodeURIComponent(select.value)}/rattacher/${encodeURIComponent(main.text)}`;
    });
    const create = h('button', { type: 'button', class: 'secondary' }, 'Créer une fiche');
    create.addEventListener('click', () => {
      ctx.doc.location.hash = `#/base/nouvelle/${encodeURIComponent(g.examples.map((e) => e.text).join('\n'))}`;
    });
    item.append(h('div', { class: 'quality-attach' }, field('Rattacher la question à', select), attach, create));
  }
  return item;
}
