import type { ArticleWeek } from '../../protocol/dashboard';
import { fr } from '../../protocol/typography';
import { clear, h } from '../shared/dom';
import { field } from './action-form';
import { chartFigure, COLORS, type Chart } from './chart';
import { addDays, longDayLabel, mondayOf, numberLabel, shortDayLabel } from './report-format';

/**
 * «Qualité des réponses», under «Réponses jugées inutiles»: one article's answers and dislikes per
 * week (`GET /api/reports/articles-weekly`), the article chosen in «Fiche» among those of the
 * rows, the most disliked first. Weeks without a row count as zero. `destroy()` frees the chart.
 */
export function articleWeeklySection(rows: ArticleWeek[], range: { from: string; to: string }, titles: Map<string, string>) {
  const totals = new Map<string, { answers: number; dislikes: number }>();
  for (const r of rows) {
    const t = totals.get(r.articleId) ?? { answers: 0, dislikes: 0 };
    t.answers += r.answers;
    t.dislikes += r.dislikes;
    totals.set(r.articleId, t);
  }
  const title = (id: string) => titles.get(id) ?? id;
  const articles = [...totals].sort(([a, x], [b, y]) => y.dislikes - x.dislikes || y.answers - x.answers || title(a).localeCompare(title(b), 'fr')).map(([id]) => id);
  const weeks: string[] = [];
  for (let w = mondayOf(range.from); w <= range.to; w = addDays(w, 7)) weeks.push(w);
  for (const r of rows) if (!weeks.includes(r.week)) weeks.push(r.week);
  weeks.sort();

  const heading = h('h3', { id: 'quality-weekly-title' }, 'Évolution par semaine');
  const el = h('section', { class: 'quality-weekly', 'aria-labelledby': 'quality-weekly-title' }, heading);
  if (articles.length === 0) {
    el.append(h('p', {}, 'Aucune réponse tirée d’une fiche sur la période.'));
    return { el, destroy: () => undefined };
  }

  const select = h('select', { id: 'quality-article' }, articles.map((id) => h('option', { value: id }, title(id))));
  const holder = h('div', { class: 'quality-weekly-chart' });
  let chart: Chart | null = null;
  const draw = () => {
    chart?.destroy();
    clear(holder);
    const id = select.value;
    const byWeek = new Map(rows.filter((r) => r.articleId === id).map((r) => [r.week, r]));
    chart = chartFigure({
      id: 'quality-article-chart',
      caption: fr(`Réponses et avis négatifs par semaine : « ${title(id)} »`),
      x: { short: weeks.map(shortDayLabel), long: weeks.map((w) => `Semaine du ${longDayLabel(w)}`), head: 'Semaine' },
      series: [
        { label: 'Réponses', values: weeks.map((w) => byWeek.get(w)?.answers ?? 0), color: COLORS.blue, kind: 'bar' },
        { label: 'Avis négatifs', values: weeks.map((w) => byWeek.get(w)?.dislikes ?? 0), color: COLORS.red, kind: 'line', line: 'dashed' },
      ],
      format: (v) => (v === null ? '—' : numberLabel(v)),
      axis: { integer: true, format: (v) => numberLabel(v) },
    });
    holder.append(chart.el);
  };
  select.addEventListener('change', draw);
  el.append(h('div', { class: 'quality-weekly-pick' }, field('Fiche', select)), holder);
  draw();
  return {
    el,
    destroy() {
      chart?.destroy();
      chart = null;
    },
  };
}
