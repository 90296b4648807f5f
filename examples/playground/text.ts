// A text classifier's "try it" box: typed text -> the worker's model, which tokenises it with the model's own
// preprocessing (as `mdlc predict --input` does) -> the positive class's probability, and, where the spec has attention
// (the manifest's exposed attention_weights), a tokens x tokens heat map of each layer's weights.
import type { Manifest, ManifestIntermediate } from '../../core/artifact.js';
import { prepareRaw, rawColumns } from '../../runtime/data/preprocessing.js';
import { PAD_ID } from '../../runtime/data/tokenizer.js';
import type { WorkerModel } from '../../runtime/worker/client.js';
import { el } from './views.js';

/** How long typing must pause before the text is scored. */
const scoreDelayMs = 150;

/** One heat map's rows (the text's tokens as queries) and columns (the tokens as keys, then all padding as one). */
export interface HeatMap {
  rows: string[];
  columns: string[];
  /** weights[r][c]: each row sums to 1 (padding keys summed into the last column). */
  weights: number[][];
}

/**
 * The heat map of one text's weights `w` (one row of an attention_weights output: [heads, queries, keys]) for `head`
 * (or the mean over heads): the real tokens (ids other than padding) as rows and columns, padding keys as one column.
 */
export function heatMap(w: Float32Array, info: ManifestIntermediate, ids: Int32Array, words: readonly string[], head: number | 'mean'): HeatMap {
  const [, heads, queries, keys] = info.shape;
  const real = Array.from(ids.subarray(0, queries).keys()).filter((i) => ids[i] !== PAD_ID);
  const padded = Array.from(ids.subarray(0, keys).keys()).filter((i) => ids[i] === PAD_ID);
  const label = (i: number) => words[ids[i]] ?? String(ids[i]);
  const at = (q: number, k: number) => {
    const hs = head === 'mean' ? Array.from({ length: heads }, (_, h) => h) : [head];
    return hs.reduce((s, h) => s + w[(h * queries + q) * keys + k], 0) / hs.length;
  };
  const weights = real.map((q) => [...real.map((k) => at(q, k)), ...(padded.length ? [padded.reduce((s, k) => s + at(q, k), 0)] : [])]);
  return { rows: real.map(label), columns: [...real.map(label), ...(padded.length ? [`padding (${padded.length})`] : [])], weights };
}

/** The smallest and largest weight between tokens (not the padding column). */
function tokenRange(map: HeatMap): { min: number; max: number } {
  const between = map.weights.flatMap((row) => row.slice(0, map.rows.length));
  return { min: Math.min(...between), max: Math.max(...between) };
}

/** Draws a heat map on a canvas: a cell per weight (darker is more), tokens along the left and the top. */
function drawHeatMap(canvas: HTMLCanvasElement, map: HeatMap): void {
  const cell = Math.max(8, Math.min(28, Math.floor(560 / Math.max(1, map.columns.length))));
  const margin = 110;
  canvas.width = margin + cell * map.columns.length + 4;
  canvas.height = margin + cell * map.rows.length + 4;
  const g = canvas.getContext('2d');
  if (!g) return;
  g.fillStyle = '#fff';
  g.fillRect(0, 0, canvas.width, canvas.height);
  // Colours span the range of the weights between tokens (padding, summed, would outshine them all in an unmasked
  // model), so a long text's small weights, or a barely trained model's near-uniform ones, still show differences.
  const { min, max } = tokenRange(map);
  map.weights.forEach((row, r) =>
    row.forEach((v, c) => {
      const shade = Math.round(255 * (1 - Math.min(1, Math.max(0, (v - min) / (max - min || 1)))));
      g.fillStyle = `rgb(${shade}, ${shade}, 255)`;
      g.fillRect(margin + c * cell, margin + r * cell, cell - 1, cell - 1);
    }),
  );
  g.fillStyle = '#333';
  g.font = `${Math.min(12, cell)}px sans-serif`;
  g.textBaseline = 'middle';
  const short = (s: string) => (s.length > 14 ? `${s.slice(0, 13)}…` : s);
  map.rows.forEach((t, r) => g.fillText(short(t), 4, margin + r * cell + cell / 2, margin - 8));
  map.columns.forEach((t, c) => {
    g.save();
    g.translate(margin + c * cell + cell / 2, margin - 4);
    g.rotate(-Math.PI / 2);
    g.fillText(short(t), 0, 0, margin - 8);
    g.restore();
  });
}

/**
 * The text box for a binary or multi-class text model in the worker: its score as the typed text changes, and the heat
 * map of each exposed attention layer. `input` is the spec's token input; the model must have its preprocessing.
 */
export function textBox(model: WorkerModel, manifest: Manifest, input: string): HTMLElement {
  const box = document.createElement('textarea');
  box.id = 'text-input';
  box.rows = 4;
  box.placeholder = 'Type an e-mail (subject and body)…';
  const score = el('p', 'text-score', 'Type some text to score it.');
  score.id = 'text-score';
  const attention = (manifest.intermediates ?? []).filter((i) => i.kind === 'attention_weights');
  const layer = document.createElement('select');
  layer.id = 'heatmap-layer';
  attention.forEach((a, i) => layer.append(new Option(`${a.layer} (${a.source})`, String(i))));
  const head = document.createElement('select');
  head.id = 'heatmap-head';
  head.append(new Option('mean of the heads', 'mean'));
  const canvas = document.createElement('canvas');
  canvas.id = 'heatmap';
  canvas.className = 'heatmap';
  const mapNote = el('p', 'note', '');
  const body = document.body.dataset;
  let generation = 0;
  let last: { ids: Int32Array; outputs: Record<string, Float32Array | Int32Array> } | undefined;

  const redraw = () => {
    const info = attention[Number(layer.value)];
    const prep = model.preprocessing;
    const p = prep?.inputs[input];
    if (!last || !info || !p || p.kind !== 'words') return;
    const heads = info.shape[1];
    if (head.options.length !== heads + 1) for (let h = head.options.length - 1; h < heads; h++) head.append(new Option(`head ${h + 1}`, String(h)));
    const per = info.shape.slice(1).reduce((a, b) => a * b, 1);
    const w = last.outputs[info.output].subarray(0, per) as Float32Array;
    const map = heatMap(w, info, last.ids, p.words, head.value === 'mean' ? 'mean' : Number(head.value));
    drawHeatMap(canvas, map);
    canvas.dataset.rows = JSON.stringify(map.rows);
    canvas.dataset.columns = JSON.stringify(map.columns);
    canvas.dataset.weights = JSON.stringify(map.weights);
    const range = tokenRange(map);
    mapNote.textContent = `${info.layer}: how much each token (row) attends to each token (column); each row sums to 1. White is ${range.min.toFixed(4)}, blue ${range.max.toFixed(4)} (the range between tokens).`;
    body.heatmap = String(generation);
  };

  const rescore = async () => {
    const mine = ++generation;
    const prep = model.preprocessing;
    if (!prep) {
      score.textContent = 'This model has no preprocessing (a checkpoint saved without it): the page cannot tokenise text for it.';
      return;
    }
    const [column] = rawColumns(prep);
    const raw = { [column]: [box.value] };
    try {
      // The ids the worker's model makes of the text (the same function), for the heat map's labels.
      const ids = prepareRaw(prep, model.tensors, raw, manifest.model)[input] as Int32Array;
      const c = await model.classify(raw);
      if (mine !== generation) return;
      const row = c.rows[0];
      const positive = c.classes[c.classes.length - 1];
      const p = row.probabilities[positive];
      score.replaceChildren(el('strong', '', `${positive}: ${(p * 100).toFixed(2)}%`), ` (class ${row.class}; ${Array.from(ids).filter((i) => i !== PAD_ID).length} tokens)`);
      body.score = String(p);
      body.scoreText = box.value;
      last = { ids, outputs: c.outputs };
      redraw();
    } catch (e) {
      if (mine === generation) score.textContent = `could not score the text: ${e instanceof Error ? e.message : String(e)}`;
    }
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  box.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void rescore(), scoreDelayMs);
  });
  layer.addEventListener('change', redraw);
  head.addEventListener('change', redraw);
  const map = attention.length
    ? el('div', 'attention', el('h3', '', 'Attention'), el('div', 'train-controls', el('label', '', 'layer ', layer), el('label', '', 'head ', head)), mapNote, canvas)
    : el('p', 'note', 'This spec has no attention layer, so there is no heat map.');
  const root = el('div', 'text-box', el('h3', '', 'Try it'), box, score, map);
  root.id = 'text-box';
  return root;
}
