import type { DashboardReport } from '../../protocol/dashboard';
import { fr } from '../../protocol/typography';
import { clear, h } from '../shared/dom';
import { HttpError } from './api';
import type { Chart } from './chart';
import type { ConsoleContext, View } from './context';
import { chartSection, chartSpecs, isEmpty, tiles } from './dashboard-charts';
import { periodPicker, type DayRange } from './dashboard-period';
import { daysBetween, longDayLabel, numberLabel } from './report-format';

const REFUSED = 'Cette page est réservée aux superviseurs.';

/**
 * «Pilotage» (#/pilotage, supervisors only): over a period (7, 30, 90 days or chosen), the key
 * figures of the assistant, the advisers and the tickets (`GET /api/agent/dashboard`), a chart per
 * day for each, each with its data as a table, and the same figures as a CSV download. The charts
 * are destroyed at each reload and when the view is left.
 */
export function dashboardView(ctx: ConsoleContext): View {
  const heading = h('h1', { id: 'dashboard-title', tabindex: -1 }, 'Pilotage');
  if (ctx.me.role !== 'supervisor') {
    return { el: h('div', { class: 'dashboard page' }, heading, h('p', { class: 'refusal' }, REFUSED)), show: () => undefined };
  }

  const status = h('p', { id: 'dashboard-status', class: 'dashboard-status', role: 'status' });
  const csv = h('a', { id: 'dashboard-csv', class: 'button-link', download: 'pilotage.csv' }, 'Exporter en CSV');
  const rangeLine = h('p', { id: 'dashboard-range', class: 'dashboard-range' });
  const out = h('div', { id: 'dashboard-content', class: 'dashboard-content' });
  const period = periodPicker((range) => void load(range));
  let charts: Chart[] = [];
  let seq = 0;

  const destroyCharts = () => {
    for (const c of charts) c.destroy();
    charts = [];
  };
  const showRange = (range: DayRange) => {
    const query = `from=${encodeURIComponent(range.from)}&to=${encodeURIComponent(range.to)}`;
    csv.setAttribute('href', `/api/agent/dashboard?${query}&format=csv`);
    csv.setAttribute('download', `pilotage-${range.from}-${range.to}.csv`);
    const days = daysBetween(range.from, range.to);
    rangeLine.textContent = `Du ${longDayLabel(range.from)} au ${longDayLabel(range.to)} (${numberLabel(days)}\u00a0${days > 1 ? 'jours' : 'jour'})`;
    return query;
  };

  async function load(range: DayRange): Promise<void> {
    const mine = ++seq;
    destroyCharts();
    clear(out);
    out.setAttribute('aria-busy', 'true');
    status.textContent = 'Chargement…';
    status.classList.remove('visually-hidden');
    const query = showRange(range);
    try {
      const report = await ctx.api.get<DashboardReport>(`/api/agent/dashboard?${query}`);
      if (mine !== seq) return;
      showRange(report.range);
      render(report);
      // Said to screen readers; the period is on screen already.
      status.textContent = fr(`Pilotage du ${longDayLabel(report.range.from)} au ${longDayLabel(report.range.to)} affiché.`);
      status.classList.add('visually-hidden');
    } catch (err) {
      if (mine !== seq) return;
      status.textContent = err instanceof HttpError && err.status === 403 ? REFUSED : fr((err as Error).message);
    } finally {
      if (mine === seq) out.removeAttribute('aria-busy');
    }
  }

  function render(report: DashboardReport) {
    out.append(h('section', { class: 'dashboard-section', 'aria-labelledby': 'dashboard-figures-title' }, h('h2', { id: 'dashboard-figures-title' }, 'Chiffres clés'), tiles(report.totals)));
    if (isEmpty(report)) {
      out.append(h('p', { id: 'dashboard-empty', class: 'dashboard-empty' }, 'Aucune activité sur la période.'));
      return;
    }
    const specs = chartSpecs(report.days);
    out.append(
      chartSection('dashboard-assistant-title', 'Assistant', specs.assistant, charts),
      chartSection('dashboard-advisers-title', 'Conseillers', specs.advisers, charts),
      chartSection('dashboard-tickets-title', 'Tickets', specs.tickets, charts),
    );
  }

  const el = h(
    'div',
    { class: 'dashboard page' },
    heading,
    h('div', { class: 'dashboard-toolbar' }, period.el, h('div', { class: 'dashboard-export' }, rangeLine, csv)),
    status,
    out,
  );
  return {
    el,
    show() {
      void load(period.current());
    },
    hide() {
      seq++;
      destroyCharts();
    },
  };
}
