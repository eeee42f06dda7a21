import uPlot from 'uplot';
import { fr } from '../../protocol/typography';
import { h } from '../shared/dom';

/**
 * A chart of the reports: a `<figure>` with its `<figcaption>`, a legend of our own (uPlot's is a
 * table with empty header cells, hidden), the uPlot canvas (role img, named by the caption), a
 * line that reads the day under the pointer, and «Voir les données»: the same figures as a table,
 * for screen readers and keyboards. The x axis is the rows' index (days or weeks), labelled by
 * the caller. Follows its container's width; `destroy()` frees uPlot and the observer.
 */

export type LineStyle = 'solid' | 'dashed' | 'dotted';

export interface ChartSeries {
  label: string;
  /** One value per x (null: no value that day, drawn as a gap). */
  values: (number | null)[];
  color: string;
  kind: 'bar' | 'line';
  /** Lines sharing a chart differ by style as well as colour. */
  line?: LineStyle;
  /** On the right-hand axis (the legend says so). */
  right?: boolean;
}

export interface ChartAxis {
  /** Tick labels. */
  format(v: number): string;
  /** Ticks on whole numbers only (counts). */
  integer?: boolean;
  /** Highest value shown at least, and at most (rates: 1). */
  min?: number;
  cap?: number;
}

export interface ChartSpec {
  /** The `<figure>`'s id; the caption, table and legend ids derive from it. */
  id: string;
  caption: string;
  /** One per x: short for the axis («3 déc.»), long for the table's rows and the readout. */
  x: { short: string[]; long: string[]; head: string };
  series: ChartSeries[];
  /** Bars stacked in the series' order, the first at the bottom. */
  stacked?: boolean;
  /** Adds a «Total» column to the table (stacked bars). */
  total?: string;
  /** Values as the table and the readout show them. */
  format(v: number | null): string;
  axis: ChartAxis;
  rightAxis?: ChartAxis;
}

export interface Chart {
  el: HTMLElement;
  destroy(): void;
}

/** Series colours: ≥ 4.5:1 on white, but the orange (3.9:1, enough for a graphic: WCAG 1.4.11 asks 3:1). */
export const COLORS = { blue: '#000091', orange: '#d55e00', purple: '#8e3a80', green: '#007a5a', grey: '#555a64', red: '#b3261e' } as const;

const DASHES: Record<LineStyle, number[] | undefined> = { solid: undefined, dashed: [8, 4], dotted: [2, 3] };
const INT_INCRS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1_000, 2_000, 2_500, 5_000, 10_000, 20_000, 50_000, 100_000];
const X_INCRS = [1, 2, 3, 4, 5, 7, 14, 21, 28, 35, 42, 56, 91, 182, 364];
const INK = '#1e1e1e';
const GRID = '#e1e3e8';
const FONT = '12px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';

const heightFor = (width: number) => (width < 480 ? 220 : 260);

function yAxis(axis: ChartAxis, scale: string, side: 1 | 3): uPlot.Axis {
  return {
    scale,
    side,
    stroke: INK,
    font: FONT,
    size: 56,
    grid: { show: side === 3, stroke: GRID, width: 1 },
    ticks: { show: false },
    ...(axis.integer ? { incrs: INT_INCRS } : {}),
    values: (_u, splits) => splits.map((v) => axis.format(v)),
  };
}

function yScale(axis: ChartAxis): uPlot.Scale {
  return {
    range: (_u, _min, max) => {
      const top = Math.max(axis.min ?? 1, (max ?? 0) * 1.1);
      return [0, axis.cap === undefined ? top : Math.min(axis.cap, top)];
    },
  };
}

/** Points of a line that has no neighbour (a lone day between gaps), else invisible once the line is dense. */
const lonePoints = (values: (number | null)[]) =>
  values.flatMap((v, i) => (v !== null && (values[i - 1] ?? null) === null && (values[i + 1] ?? null) === null ? [i] : []));

export function chartFigure(spec: ChartSpec): Chart {
  const n = spec.x.short.length;
  const captionId = `${spec.id}-caption`;
  // Stacked bars: each drawn from 0 to its running sum, the tallest first, so the others cover its lower part.
  const plotted = spec.series.map((s, i) =>
    spec.stacked && s.kind === 'bar'
      ? s.values.map((_, j) => spec.series.slice(0, i + 1).reduce((sum, t) => sum + (t.values[j] ?? 0), 0))
      : s.values,
  );
  const order = spec.series.map((_, i) => i);
  if (spec.stacked) order.reverse();

  const series: uPlot.Series[] = [
    {},
    ...order.map((i): uPlot.Series => {
      const s = spec.series[i]!;
      return s.kind === 'bar'
        ? {
            label: s.label,
            scale: s.right ? 'y2' : 'y',
            fill: s.color,
            stroke: spec.stacked ? '#ffffff' : s.color,
            width: spec.stacked ? 1 : 0,
            paths: uPlot.paths.bars!({ size: [0.7, 48], gap: 1 }),
            points: { show: false },
          }
        : {
            label: s.label,
            scale: s.right ? 'y2' : 'y',
            stroke: s.color,
            width: 2,
            ...(DASHES[s.line ?? 'solid'] ? { dash: DASHES[s.line ?? 'solid'] } : {}),
            points: { size: 6, width: 2, fill: '#ffffff', filter: (_u, _si, show) => (show ? null : lonePoints(s.values)) },
          };
    }),
  ];
  const data: uPlot.AlignedData = [Array.from({ length: n }, (_, i) => i), ...order.map((i) => plotted[i]!)];

  const total = (j: number) => spec.series.reduce((sum, s) => sum + (s.values[j] ?? 0), 0);
  // What the pointer is on, in words (mouse users; the table says the same to everyone).
  const readout = h('p', { class: 'chart-readout', 'aria-hidden': 'true' });
  const showReadout = (idx: number | null | undefined) => {
    if (idx === null || idx === undefined) return void (readout.textContent = '');
    const parts = spec.series.map((s) => `${s.label} : ${spec.format(s.values[idx] ?? null)}`);
    if (spec.total) parts.push(`${spec.total} : ${spec.format(total(idx))}`);
    readout.textContent = fr(`${spec.x.long[idx] ?? ''} — ${parts.join(' · ')}`);
  };

  const options = (width: number): uPlot.Options => ({
    width,
    height: heightFor(width),
    series,
    legend: { show: false },
    cursor: { drag: { x: false, y: false, setScale: false }, points: { size: 8 } },
    scales: {
      x: { time: false, range: (_u, min, max) => [(min ?? 0) - 0.5, (max ?? 0) + 0.5] },
      y: yScale(spec.axis),
      ...(spec.rightAxis ? { y2: yScale(spec.rightAxis) } : {}),
    },
    axes: [
      {
        stroke: INK,
        font: FONT,
        space: 64,
        incrs: X_INCRS,
        grid: { show: false },
        ticks: { stroke: GRID, size: 4 },
        values: (_u, splits) => splits.map((v) => (Number.isInteger(v) ? spec.x.short[v] ?? '' : '')),
      },
      yAxis(spec.axis, 'y', 3),
      ...(spec.rightAxis ? [yAxis(spec.rightAxis, 'y2', 1)] : []),
    ],
    hooks: { setLegend: [(u) => showReadout(u.cursor.idx)] },
  });

  const plot = h('div', { class: 'chart-plot', role: 'img', 'aria-labelledby': captionId });
  const legend = h(
    'ul',
    { class: 'chart-legend', id: `${spec.id}-legend` },
    spec.series.map((s) => {
      const key = h('span', { class: 'chart-key', 'data-kind': s.kind, 'data-line': s.line ?? 'solid', 'aria-hidden': 'true' });
      key.style.setProperty('--key', s.color);
      return h('li', {}, key, s.right ? `${s.label} (échelle de droite)` : s.label);
    }),
  );
  const table = h(
    'table',
    { class: 'data-table', id: `${spec.id}-table` },
    h('caption', {}, spec.caption),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, spec.x.head), spec.series.map((s) => h('th', { scope: 'col' }, s.label)), spec.total ? h('th', { scope: 'col' }, spec.total) : null)),
    h(
      'tbody',
      {},
      spec.x.long.map((label, j) =>
        h('tr', {}, h('th', { scope: 'row' }, label), spec.series.map((s) => h('td', {}, spec.format(s.values[j] ?? null))), spec.total ? h('td', {}, spec.format(total(j))) : null),
      ),
    ),
  );
  const el = h(
    'figure',
    { class: 'chart', id: spec.id },
    h('figcaption', { id: captionId }, spec.caption),
    legend,
    plot,
    readout,
    // The table scrolls in its box: focusable, so that the keyboard scrolls it too.
    h('details', { class: 'chart-data' }, h('summary', {}, 'Voir les données'), h('div', { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': `Données : ${spec.caption}` }, table)),
  );

  let u: uPlot | null = null;
  const draw = (width: number) => {
    if (width <= 0) return;
    if (!u) u = new uPlot(options(width), data, plot);
    else if (Math.abs(u.width - width) >= 1) u.setSize({ width, height: heightFor(width) });
  };
  // Drawn once the figure has a width (it may be built before being attached), then at each resize.
  let observer: ResizeObserver | null = null;
  const win = plot.ownerDocument.defaultView;
  const onResize = () => draw(Math.floor(plot.clientWidth));
  if (typeof ResizeObserver === 'function') {
    observer = new ResizeObserver((entries) => draw(Math.floor(entries[0]?.contentRect.width ?? 0)));
    observer.observe(plot);
  } else {
    win?.addEventListener('resize', onResize);
    win?.requestAnimationFrame(onResize);
  }

  return {
    el,
    destroy() {
      observer?.disconnect();
      win?.removeEventListener('resize', onResize);
      u?.destroy();
      u = null;
    },
  };
}
