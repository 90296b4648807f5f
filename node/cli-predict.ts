// `mdlc predict`'s rows: raw inputs (--input, --input-file) prepared with the checkpoint's preprocessing, and prediction
// files (CSV or JSON) with a row id, the outputs, the predicted class with its probabilities and the true label when known.
import { resolve } from 'node:path';
import type { Dataset } from '../runtime/data/dataset.js';
import { MissingPreprocessingError, type Preprocessing, rawColumns, type RawColumnValues } from '../runtime/data/preprocessing.js';
import type { Model } from '../runtime/model.js';
import { type ClassLayout, classLayout, classRows } from '../runtime/model/classify.js';
import type { Values } from '../runtime/model/engine.js';
import { UsageError } from './cli-options.js';
import { readCsvFile } from './data/sources/csv.js';
import { numericRows, type Table, texts } from './data/table.js';
import { writeFileWhole } from './run-folder.js';

/** One prediction row: cells by column name, in column order. */
type Row = Record<string, string | number | number[]>;

/** Raw inputs: columns of texts or numbers, what to show of each row, and the true labels where the file has them. */
export interface RawRows {
  columns: Record<string, RawColumnValues>;
  size: number;
  shown: Record<string, (string | number)[]>;
  truth?: { target: string; labels: string[] };
}

/** The preprocessing raw input needs, or the error saying this checkpoint has none. */
function needPreprocessing(model: Model, checkpoint: string): Preprocessing {
  const prep = model.preprocessing;
  if (prep) return prep;
  throw new MissingPreprocessingError(
    `checkpoint ${checkpoint} carries no preprocessing (the vocabulary, statistics and class names its data was prepared with): it was saved before they travelled with checkpoints. Predict on prepared data with --data, or train again to write a checkpoint that carries them`,
  );
}

/** `--input` values as raw rows: each the text of the one text column, or comma-separated numbers of the number columns. */
export function rawFromInputs(model: Model, checkpoint: string, inputs: string[]): RawRows {
  const prep = needPreprocessing(model, checkpoint);
  const names = rawColumns(prep);
  const text = Object.values(prep.inputs).find((p) => p.kind === 'words');
  if (text) {
    if (names.length !== 1) throw new UsageError(`--input gives one text, but ${model.artifact.manifest.model} reads the columns ${names.join(', ')}: use --input-file with a CSV of those columns`);
    return { columns: { [text.column]: inputs }, size: inputs.length, shown: { [text.column]: inputs } };
  }
  const rows = inputs.map((s, r) => {
    const cells = s.split(',').map((c) => c.trim());
    const values = cells.map(Number);
    if (cells.length !== names.length || values.some((v, i) => cells[i] === '' || !Number.isFinite(v)))
      throw new UsageError(`--input ${r + 1} ("${s}") must be ${names.length} comma-separated numbers: ${names.join(', ')}`);
    return values;
  });
  const columns = Object.fromEntries(names.map((n, c) => [n, rows.map((row) => row[c])]));
  return { columns, size: rows.length, shown: columns as Record<string, number[]> };
}

/** `--input-file rows.csv` as raw rows: the columns the preprocessing reads, by header name, and the true label if a column holds it. */
export function rawFromFile(model: Model, checkpoint: string, path: string): RawRows {
  const prep = needPreprocessing(model, checkpoint);
  const table = readCsvFile(resolve(path), path);
  const columns: Record<string, RawColumnValues> = {};
  for (const p of Object.values(prep.inputs)) {
    if (p.kind === 'words') columns[p.column] = texts(table, needColumn(table, p.column, path));
    else if (p.kind === 'numbers')
      for (const c of p.columns) {
        const n = numericRows(table, needColumn(table, c, path));
        const width = n.values.length / Math.max(1, table.size);
        columns[c] = width === 1 ? Array.from(n.values) : Array.from({ length: table.size }, (_, r) => Array.from(n.values.subarray(r * width, (r + 1) * width)));
      }
  }
  const shown = Object.fromEntries(Object.entries(columns).filter(([, v]) => typeof (v as ArrayLike<unknown>)[0] !== 'object').map(([k, v]) => [k, Array.from(v as ArrayLike<string | number>)]));
  const layout = classLayout(model.artifact.manifest, prep);
  const source = layout && prep.targets[layout.target]?.columns[0];
  const truth = layout && source !== undefined && table.columns.has(source) ? { target: layout.target, labels: labelNames(table, source, layout) } : undefined;
  return { columns, size: table.size, shown, ...(truth ? { truth } : {}) };
}

function needColumn(table: Table, column: string, path: string): string {
  if (table.columns.has(column)) return column;
  throw new UsageError(`${path} has no column '${column}', which the model reads (its columns: ${table.names.map((n) => `'${n}'`).join(', ')})`);
}

/** A label column's cells as class names: names as they are, whole-number ids as the names they stand for. */
function labelNames(table: Table, column: string, layout: ClassLayout): string[] {
  return texts(table, column).map((v) => (/^\d+$/.test(v.trim()) && !layout.names.includes(v.trim()) && Number(v) < layout.names.length ? layout.names[Number(v)] : v.trim()));
}

/** The true labels of a prepared dataset's class target, as class names; undefined when it has none. */
export function datasetTruth(part: Dataset, layout: ClassLayout | undefined): RawRows['truth'] {
  const column = layout && part.columns[layout.target];
  if (!layout || !column || column.data.length !== part.size) return undefined;
  return { target: layout.target, labels: Array.from(column.data, (v) => layout.names[Math.round(v)] ?? String(v)) };
}

/** Prediction rows: the row id, what is shown of the input, every output, the class and its probabilities, the true label. */
export function predictionRows(model: Model, size: number, outputs: Values, shown: RawRows['shown'], truth?: RawRows['truth']): Row[] {
  const layout = classLayout(model.artifact.manifest, model.preprocessing);
  const classes = layout ? classRows(outputs, layout) : undefined;
  const names = Object.keys(outputs);
  const per = names.map((n) => outputs[n].length / Math.max(1, size));
  return Array.from({ length: size }, (_, r) => {
    const row: Row = { row: r };
    for (const [k, v] of Object.entries(shown)) row[k] = v[r];
    names.forEach((n, k) => (row[n] = per[k] === 1 ? outputs[n][r] : Array.from(outputs[n].subarray(r * per[k], (r + 1) * per[k]))));
    const c = classes?.[r];
    if (c && layout) {
      row.class = c.class;
      row.probability = c.probability;
      for (const name of layout.names) row[`p_${name}`] = c.probabilities[name];
    }
    if (truth) row[`true_${truth.target}`] = truth.labels[r];
    return row;
  });
}

/** A CSV cell: quoted when it holds a comma, a quote or a line break. */
function csvCell(v: string | number): string {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows as CSV (array cells spread into `<name>_<i>` columns) or as JSON. */
export function formatRows(rows: Row[], json: boolean): string {
  if (json) return JSON.stringify(rows) + '\n';
  const first = rows[0] ?? {};
  const header = Object.entries(first).flatMap(([k, v]) => (Array.isArray(v) ? v.map((_, j) => `${k}_${j}`) : [k]));
  const lines = rows.map((row) => Object.values(row).flatMap((v) => (Array.isArray(v) ? v : [v])).map(csvCell).join(','));
  return [header.map(csvCell).join(','), ...lines].join('\n') + '\n';
}

/** Writes rows to `outPath` (JSON when it ends in .json or `json`), else prints them; says where they went on stderr. */
export function emitRows(rows: Row[], outPath: string | undefined, json: boolean, io: { out(s: string): void; err(s: string): void }): void {
  const text = formatRows(rows, json || Boolean(outPath?.endsWith('.json')));
  if (outPath) {
    writeFileWhole(resolve(outPath), text);
    io.err(`mdlc: wrote ${rows.length} predictions to ${outPath}`);
  } else io.out(text.trimEnd());
}
