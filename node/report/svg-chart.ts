// Per-epoch training history -> a self-contained SVG chart (no dependencies): loss panel, and an accuracy panel when present.

/** One epoch's numbers; any of them may be absent or NaN (such points are skipped). */
export interface EpochRecord {
  epoch: number;
  loss?: number;
  valLoss?: number;
  accuracy?: number;
  valAccuracy?: number;
}

/** Chart size and title. */
export interface ChartOptions {
  title?: string;
  width?: number;
  /** Height of each panel's plot area. */
  panelHeight?: number;
}

type SeriesKey = 'loss' | 'valLoss' | 'accuracy' | 'valAccuracy';

interface Series {
  key: SeriesKey;
  label: string;
  color: string;
  dashed: boolean;
}

interface Panel {
  label: string;
  series: Series[];
}

const PANELS: Panel[] = [
  {
    label: 'loss',
    series: [
      { key: 'loss', label: 'training loss', color: '#1f77b4', dashed: false },
      { key: 'valLoss', label: 'validation loss', color: '#ff7f0e', dashed: true },
    ],
  },
  {
    label: 'accuracy',
    series: [
      { key: 'accuracy', label: 'training accuracy', color: '#2ca02c', dashed: false },
      { key: 'valAccuracy', label: 'validation accuracy', color: '#d62728', dashed: true },
    ],
  },
];

const MARGIN = { left: 70, right: 180, top: 50, gap: 60, bottom: 50 };

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** A round step (1, 2 or 5 times a power of ten) near `span / count`. */
function niceStep(span: number, count: number): number {
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const f = raw / power;
  return (f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10) * power;
}

/** Widens [lo, hi] to round tick values; a constant range is padded so its line sits mid-panel. */
export function niceTicks(lo: number, hi: number, count = 5): { lo: number; hi: number; ticks: number[]; decimals: number } {
  if (hi - lo <= Math.abs(hi) * 1e-9) {
    const pad = Math.abs(lo) * 0.1 || 1;
    lo -= pad;
    hi += pad;
  }
  const step = niceStep(hi - lo, count);
  const first = Math.floor(lo / step) * step;
  const last = Math.ceil(hi / step) * step;
  const ticks: number[] = [];
  // Rounded so 0.6 is not 0.6000000000000001 when labels or callers compare them.
  for (let i = 0; first + i * step <= last + step * 1e-9; i++) ticks.push(Number((first + i * step).toPrecision(12)));
  const decimals = Math.min(8, Math.max(0, -Math.floor(Math.log10(step) + 1e-9)));
  return { lo: first, hi: last, ticks, decimals };
}

/** Integer epoch ticks across [lo, hi], at most about ten. */
function epochTicks(lo: number, hi: number): number[] {
  const step = Math.max(1, Math.round(niceStep(Math.max(1, hi - lo), 8)));
  const ticks: number[] = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi; t += step) ticks.push(t);
  return ticks;
}

const fmt = (v: number) => (Math.round(v * 100) / 100).toString();

/** The points of one series split at missing values, so a NaN leaves a gap instead of a misleading line. */
function segments(history: readonly EpochRecord[], key: SeriesKey): [number, number][][] {
  const out: [number, number][][] = [[]];
  for (const r of history) {
    const v = r[key];
    if (typeof v === 'number' && Number.isFinite(v) && Number.isFinite(r.epoch)) out[out.length - 1].push([r.epoch, v]);
    else if (out[out.length - 1].length > 0) out.push([]);
  }
  return out.filter((s) => s.length > 0);
}

/** Draws one panel (axes, grid, ticks, series, legend) with its plot area's top-left corner at (x0, y0). */
function drawPanel(panel: Panel, history: readonly EpochRecord[], x0: number, y0: number, w: number, h: number, xDomain: [number, number], last: boolean): string[] {
  const present = panel.series.map((s) => ({ s, segs: segments(history, s.key) })).filter((p) => p.segs.length > 0);
  const values = present.flatMap((p) => p.segs.flat().map(([, v]) => v));
  const y = niceTicks(Math.min(...values), Math.max(...values));
  const sx = (e: number) => x0 + ((e - xDomain[0]) / (xDomain[1] - xDomain[0])) * w;
  const sy = (v: number) => y0 + h - ((v - y.lo) / (y.hi - y.lo)) * h;
  const out: string[] = [`<g class="panel" data-panel="${panel.label}">`];
  out.push(`<rect x="${x0}" y="${y0}" width="${w}" height="${h}" fill="#ffffff" stroke="#444444"/>`);
  for (const t of y.ticks) {
    const ty = fmt(sy(t));
    out.push(`<line class="grid" x1="${x0}" y1="${ty}" x2="${x0 + w}" y2="${ty}" stroke="#e5e5e5"/>`);
    out.push(`<line x1="${x0 - 5}" y1="${ty}" x2="${x0}" y2="${ty}" stroke="#444444"/>`);
    out.push(`<text class="tick y" x="${x0 - 8}" y="${ty}" text-anchor="end" dominant-baseline="middle">${t.toFixed(y.decimals)}</text>`);
  }
  for (const t of epochTicks(xDomain[0], xDomain[1])) {
    const tx = fmt(sx(t));
    out.push(`<line x1="${tx}" y1="${y0 + h}" x2="${tx}" y2="${y0 + h + 5}" stroke="#444444"/>`);
    out.push(`<text class="tick x" x="${tx}" y="${y0 + h + 18}" text-anchor="middle">${t}</text>`);
  }
  if (last) out.push(`<text class="axis-label" x="${x0 + w / 2}" y="${y0 + h + 40}" text-anchor="middle">epoch</text>`);
  out.push(`<text class="axis-label" transform="translate(${x0 - 52} ${y0 + h / 2}) rotate(-90)" text-anchor="middle">${escapeXml(panel.label)}</text>`);
  present.forEach(({ s, segs }, i) => {
    const dash = s.dashed ? ' stroke-dasharray="6 4"' : '';
    out.push(`<g class="series" data-series="${s.key}">`);
    for (const seg of segs) {
      out.push(`<polyline fill="none" stroke="${s.color}" stroke-width="2"${dash} points="${seg.map(([e, v]) => `${fmt(sx(e))},${fmt(sy(v))}`).join(' ')}"/>`);
      for (const [e, v] of seg) out.push(`<circle cx="${fmt(sx(e))}" cy="${fmt(sy(v))}" r="2.5" fill="${s.color}"/>`);
    }
    out.push('</g>');
    const ly = y0 + 12 + i * 20;
    out.push(`<line x1="${x0 + w + 15}" y1="${ly}" x2="${x0 + w + 40}" y2="${ly}" stroke="${s.color}" stroke-width="2"${dash}/>`);
    out.push(`<text class="legend" x="${x0 + w + 46}" y="${ly}" dominant-baseline="middle">${escapeXml(s.label)}</text>`);
  });
  out.push('</g>');
  return out;
}

/**
 * Draws per-epoch training and validation loss, and accuracy in a second panel when the history has any,
 * with ticks, axis labels, a legend and a title; NaN points leave gaps, and an empty history says so.
 */
export function lossChart(history: readonly EpochRecord[], options: ChartOptions = {}): string {
  const width = options.width ?? 720;
  const h = options.panelHeight ?? 240;
  const w = width - MARGIN.left - MARGIN.right;
  const panels = PANELS.filter((p) => p.series.some((s) => segments(history, s.key).length > 0));
  const height = MARGIN.top + Math.max(1, panels.length) * h + Math.max(0, panels.length - 1) * MARGIN.gap + MARGIN.bottom;
  const title = escapeXml(options.title ?? 'Training history');
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="12" fill="#222222">`,
    `<title>${title}</title>`,
    `<rect width="${width}" height="${height}" fill="#fafafa"/>`,
    `<text class="title" x="${width / 2}" y="28" text-anchor="middle" font-size="16" font-weight="bold">${title}</text>`,
  ];
  const epochs = history.map((r) => r.epoch).filter(Number.isFinite);
  if (panels.length === 0 || epochs.length === 0) {
    out.push(`<text x="${width / 2}" y="${MARGIN.top + h / 2}" text-anchor="middle">no finite values to plot</text>`, '</svg>');
    return out.join('\n') + '\n';
  }
  let lo = Math.min(...epochs);
  let hi = Math.max(...epochs);
  // One epoch: centre its point instead of dividing by a zero-wide range.
  if (lo === hi) [lo, hi] = [lo - 0.5, hi + 0.5];
  panels.forEach((p, i) => out.push(...drawPanel(p, history, MARGIN.left, MARGIN.top + i * (h + MARGIN.gap), w, h, [lo, hi], i === panels.length - 1)));
  out.push('</svg>');
  return out.join('\n') + '\n';
}
