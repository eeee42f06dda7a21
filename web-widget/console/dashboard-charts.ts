import type { DashboardDay, DashboardReport, DashboardTotals, HandoffReason } from '../../protocol/dashboard';
import { fr } from '../../protocol/typography';
import { h } from '../shared/dom';
import { chartFigure, COLORS, type Chart, type ChartSpec } from './chart';
import { longDayLabel, msDurationLabel, numberLabel, percentLabel, shortDayLabel } from './report-format';

/**
 * «Pilotage»'s key figures (tiles) and its six charts, built from a `DashboardReport`. Series are
 * told apart by the legend, the line styles and the order of the stacks, not by colour alone.
 */

const count = (v: number | null) => (v === null ? '—' : numberLabel(v));
/** «0 question», «1 question», «2 questions» (French: singular up to 1). */
const plural = (n: number, one: string, many: string) => `${numberLabel(n)} ${n > 1 ? many : one}`;
const countAxis = { integer: true, format: (v: number) => numberLabel(v) };

/** «4,2 / 5 (12 notes)», or «—» without a rating. */
export function satisfactionLabel(mean: number | null, ratings: number): string {
  if (mean === null || ratings === 0) return '—';
  return `${numberLabel(mean, 1)}\u00a0/\u00a05 (${plural(ratings, 'note', 'notes')})`;
}

/** The totals as a list of tiles; each `<li>` carries `data-figure` (the field's name) for tests. */
export function tiles(t: DashboardTotals): HTMLUListElement {
  const tile = (key: string, label: string, value: string, detail?: string) =>
    h('li', { class: 'tile', 'data-figure': key }, h('span', { class: 'tile-label' }, label), h('span', { class: 'tile-value' }, value), detail ? h('span', { class: 'tile-detail' }, detail) : null);
  const questions = t.answered + t.clarified + t.fellBack;
  const ratings = t.likes + t.dislikes;
  return h(
    'ul',
    { class: 'tiles', id: 'dashboard-figures', 'aria-labelledby': 'dashboard-figures-title' },
    tile('conversations', 'Conversations', numberLabel(t.conversations)),
    tile('answerRate', 'Taux de réponse', percentLabel(t.answerRate), questions ? `${plural(t.answered, 'réponse', 'réponses')} sur ${plural(questions, 'question', 'questions')}` : undefined),
    tile('clarified', 'Choix proposés', numberLabel(t.clarified)),
    tile('fellBack', 'Incompris', numberLabel(t.fellBack)),
    tile('dislikeRate', 'Taux d’avis négatifs', percentLabel(t.dislikeRate), ratings ? `${numberLabel(t.dislikes)} sur ${numberLabel(ratings)} avis` : undefined),
    tile('handoffs', 'Transferts vers un conseiller', numberLabel(t.handoffs), t.handoffs ? `${numberLabel(t.handoffsTaken)} pris en charge` : undefined),
    tile('handoffRate', 'Taux de transfert', percentLabel(t.handoffRate), t.handoffRate === null ? undefined : 'des conversations'),
    tile('medianWaitMs', 'Attente médiane', msDurationLabel(t.medianWaitMs)),
    tile('medianHandlingMs', 'Durée médiane de prise en charge', msDurationLabel(t.medianHandlingMs)),
    tile('satisfaction', 'Satisfaction moyenne', satisfactionLabel(t.satisfactionMean, t.satisfactionCount)),
    tile('ticketsOpened', 'Tickets ouverts', numberLabel(t.ticketsOpened)),
    tile('ticketsClosed', 'Tickets résolus ou clos', numberLabel(t.ticketsClosed)),
    tile('backlog', 'Tickets en attente', numberLabel(t.backlog), 'à la fin de la période'),
  );
}

/** No event at all in the period (the backlog is a state, not an activity). */
export function isEmpty(report: DashboardReport): boolean {
  const t = report.totals;
  return report.days.length === 0 || [t.conversations, t.answered, t.clarified, t.fellBack, t.likes, t.dislikes, t.handoffs, t.handoffsTaken, t.satisfactionCount, t.ticketsOpened, t.ticketsClosed].every((v) => v === 0);
}

export const REASONS: readonly (readonly [HandoffReason, string, string])[] = [
  ['user-request', 'Demandés par l’usager', COLORS.blue],
  ['fallback', 'Après une question incomprise', COLORS.purple],
  ['dislike', 'Après un avis négatif', COLORS.orange],
  ['other', 'Autres', COLORS.grey],
];

const minutes = (ms: number | null) => (ms === null ? null : ms / 60_000);
const dislikeRate = (d: DashboardDay) => (d.likes + d.dislikes === 0 ? null : d.dislikes / (d.likes + d.dislikes));

/** The charts' specs, by section: the assistant, the advisers, the tickets. */
export function chartSpecs(days: DashboardDay[]): Record<'assistant' | 'advisers' | 'tickets', ChartSpec[]> {
  const x = { short: days.map((d) => shortDayLabel(d.day)), long: days.map((d) => longDayLabel(d.day)), head: 'Jour' };
  const col = (pick: (d: DashboardDay) => number | null) => days.map(pick);
  return {
    assistant: [
      {
        id: 'dashboard-chart-conversations',
        caption: 'Conversations par jour',
        x,
        series: [{ label: 'Conversations', values: col((d) => d.conversations), color: COLORS.blue, kind: 'bar' }],
        format: count,
        axis: countAxis,
      },
      {
        id: 'dashboard-chart-outcomes',
        caption: fr('Réponses de l’assistant par jour : réponses, choix proposés et incompris (barres empilées)'),
        x,
        stacked: true,
        total: 'Questions',
        series: [
          { label: 'Réponses', values: col((d) => d.answered), color: COLORS.blue, kind: 'bar' },
          { label: 'Choix proposés', values: col((d) => d.clarified), color: COLORS.orange, kind: 'bar' },
          { label: 'Incompris', values: col((d) => d.fellBack), color: COLORS.purple, kind: 'bar' },
        ],
        format: count,
        axis: countAxis,
      },
      {
        id: 'dashboard-chart-dislikes',
        caption: 'Taux d’avis négatifs par jour',
        x,
        series: [{ label: 'Avis négatifs', values: col(dislikeRate), color: COLORS.red, kind: 'line' }],
        format: percentLabel,
        axis: { format: (v) => percentLabel(v), min: 0.1, cap: 1 },
      },
    ],
    advisers: [
      {
        id: 'dashboard-chart-handoffs',
        caption: 'Transferts vers un conseiller par jour, selon leur motif (barres empilées)',
        x,
        stacked: true,
        total: 'Transferts',
        series: REASONS.map(([reason, label, color]) => ({ label, values: col((d) => d.handoffReasons[reason] ?? 0), color, kind: 'bar' as const })),
        format: count,
        axis: countAxis,
      },
      {
        id: 'dashboard-chart-durations',
        caption: 'Attente et durée de prise en charge médianes par jour (en minutes)',
        x,
        series: [
          { label: 'Attente médiane', values: col((d) => minutes(d.medianWaitMs)), color: COLORS.orange, kind: 'line', line: 'solid' },
          { label: 'Durée médiane de prise en charge', values: col((d) => minutes(d.medianHandlingMs)), color: COLORS.blue, kind: 'line', line: 'dashed' },
        ],
        format: (v) => msDurationLabel(v === null ? null : v * 60_000),
        axis: { format: (v) => `${numberLabel(v, 1)}\u00a0min` },
      },
    ],
    tickets: [
      {
        id: 'dashboard-chart-tickets',
        caption: 'Tickets ouverts, résolus ou clos, et en attente par jour',
        x,
        series: [
          { label: 'Ouverts', values: col((d) => d.ticketsOpened), color: COLORS.blue, kind: 'line', line: 'solid' },
          { label: 'Résolus ou clos', values: col((d) => d.ticketsClosed), color: COLORS.green, kind: 'line', line: 'dashed' },
          { label: 'En attente en fin de journée', values: col((d) => d.backlog), color: COLORS.grey, kind: 'line', line: 'dotted', right: true },
        ],
        format: count,
        axis: countAxis,
        rightAxis: countAxis,
      },
    ],
  };
}

/** A section of charts (h2 and figures); the charts go into `charts` to be destroyed later. */
export function chartSection(id: string, title: string, specs: ChartSpec[], charts: Chart[]): HTMLElement {
  const built = specs.map((s) => chartFigure(s));
  charts.push(...built);
  return h('section', { class: 'dashboard-section', 'aria-labelledby': id }, h('h2', { id }, title), h('div', { class: 'chart-grid' }, built.map((c) => c.el)));
}
