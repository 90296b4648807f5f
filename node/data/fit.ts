// One spec input or target + its config entry + the source tables -> a typed column per table, fitted on the training rows.
import type { ColumnRef, InputConfig, TargetConfig } from './config.js';
import { type Column, numel } from '../../runtime/data/dataset.js';
import { DataError, type DataLocation } from '../../runtime/data/errors.js';
import { encodeClasses, oneHot } from './preprocess/labels.js';
import { applyNormalization, fitNormalization, type NormalizationStats, type NormalizeSetting } from './preprocess/normalize.js';
import { padSequences, type PadSide, Tokenizer } from './preprocess/tokenizer.js';
import { InternalError } from '../../core/diagnostic.js';
import { arrayShape, firstTextRow, isTextColumn, numericRows, resolveColumn, type Table, texts } from './table.js';

import type { SpecTensor } from '../../core/artifact.js';
export type { SpecTensor } from '../../core/artifact.js';

/** What fitting learned, for reports and for preparing new data at predict time. */
export interface FittedInfo {
  columns: string[];
  classes?: string[];
  normalization?: NormalizationStats;
  vocabulary?: { size: number; words: string[]; maxlen: number; padding: PadSide; truncating: PadSide; lower: boolean };
  /** For a character input: the characters in id order. */
  characters?: string[];
}

/** Everything fitting one tensor needs: the config file and JSON path for messages, the tables, and the training rows to fit on. */
export interface FitContext {
  config: DataLocation;
  pointer: string;
  tables: Table[];
  fitRows: Int32Array;
}

/** `f32[batch, 4]`: a spec tensor's type as the spec writes it. */
export function specType(t: SpecTensor): string {
  return `${t.dtype}[${['batch', ...t.shape].join(', ')}]`;
}

const quoted = (names: string[]) => names.map((n) => `'${n}'`).join(', ');

function resolveAll(ctx: FitContext, refs: ColumnRef[], pointer: string): string[] {
  const names = refs.map((r, i) => resolveColumn(ctx.tables[0], r, ctx.config, refs.length > 1 ? `${pointer}/${i}` : pointer));
  for (const t of ctx.tables.slice(1)) refs.forEach((r, i) => resolveColumn(t, typeof r === 'number' ? names[i] : r, ctx.config, refs.length > 1 ? `${pointer}/${i}` : pointer));
  return names;
}

/** The per-row shape of a column's numbers, as numericRows will find it, without reading every row. */
function rowShape(table: Table, column: string): number[] {
  const raw = table.columns.get(column);
  if (!raw) return [];
  if (raw.kind === 'tensor') return raw.shape;
  if (raw.text) return [];
  return arrayShape(raw.cells[0]) ?? [];
}

/**
 * Numbers of several columns side by side, per table: each row is the concatenation of the columns' (flattened) values.
 * Straight into f32 when `f32` (no float64 copy of the whole input), one column's float64 numbers at a time.
 */
function gather(ctx: FitContext, spec: SpecTensor, columns: string[], f32: boolean): (Float64Array | Float32Array)[] {
  return ctx.tables.map((table) => {
    const shapes = columns.map((c) => rowShape(table, c));
    const width = shapes.reduce((n, s) => n + numel(s), 0);
    if (width !== numel(spec.shape)) {
      for (const c of columns) numericRows(table, c); // a bad cell is the first thing to say
      const gives = columns.length === 1 && shapes[0].length > 0 ? `column '${columns[0]}' gives ${width} (shape [${shapes[0].join(', ')}])` : `${columns.length === 1 ? 'column' : 'columns'} ${quoted(columns)} give${columns.length === 1 ? 's' : ''} ${width}`;
      throw new DataError(`the spec's ${spec.role} '${spec.name}' is ${specType(spec)} (${numel(spec.shape)} values per sample); ${gives}`, { file: table.cell(0, columns[0]).where.file });
    }
    const out = f32 ? new Float32Array(table.size * width) : new Float64Array(table.size * width);
    let offset = 0;
    for (const c of columns) {
      const values = numericRows(table, c).values;
      const w = values.length / Math.max(1, table.size);
      if (w === 1) for (let r = 0; r < table.size; r++) out[r * width + offset] = values[r];
      else for (let r = 0; r < table.size; r++) out.set(values.subarray(r * w, (r + 1) * w), r * width + offset);
      offset += w;
    }
    return out;
  });
}

/** Values as the spec's dtype: f32 as they are, i32 checked to be whole numbers (and below `vocab` or `classes` when known). */
function typed(ctx: FitContext, spec: SpecTensor, columns: string[], values: (Float64Array | Float32Array)[]): Column[] {
  const width = numel(spec.shape);
  const bound = spec.role === 'input' ? spec.vocab : spec.classes;
  return values.map((v, t) => {
    if (spec.dtype === 'f32') return { dtype: 'f32', shape: [...spec.shape], data: v instanceof Float32Array ? v : Float32Array.from(v) };
    v.forEach((x, i) => {
      const row = Math.floor(i / width);
      const column = columns.length === 1 ? columns[0] : columnOfElement(ctx.tables[t], columns, i % width);
      const bad = !Number.isInteger(x)
        ? `the spec's '${spec.name}' is i32, so %s must hold whole numbers, found ${x}`
        : x < 0
          ? `%s holds ${x}; ids of the spec's i32 '${spec.name}' cannot be negative`
          : bound !== undefined && x >= bound
            ? `%s holds ${x}, outside 0..${bound - 1}: the spec's '${spec.name}' has ${bound} ${spec.role === 'input' ? 'ids' : 'classes'}`
            : undefined;
      if (bad) {
        const { where, name } = ctx.tables[t].cell(row, column);
        throw new DataError(bad.replace('%s', name), where);
      }
    });
    return { dtype: 'i32', shape: [...spec.shape], data: Int32Array.from(v) };
  });
}

/** Which of several concatenated columns an element offset falls in. */
function columnOfElement(table: Table, columns: string[], offset: number): string {
  let at = 0;
  for (const c of columns) {
    const raw = table.columns.get(c);
    const w = raw?.kind === 'tensor' ? numel(raw.shape) : 1;
    if (offset < at + w) return c;
    at += w;
  }
  return columns[columns.length - 1];
}

function normalized(ctx: FitContext, spec: SpecTensor, setting: NormalizeSetting | undefined, gathered: (Float64Array | Float32Array)[]): NormalizationStats | undefined {
  if (setting === undefined) return undefined;
  const values = gathered.filter((v): v is Float64Array => v instanceof Float64Array);
  if (values.length !== gathered.length) throw new InternalError('normalisation needs the float64 numbers');
  if (spec.dtype !== 'f32') throw new DataError(`${ctx.pointer}/normalize: the spec's '${spec.name}' is ${specType(spec)}; only f32 values can be normalised`, ctx.config);
  const stats = fitNormalization(setting, values[0], spec.shape, ctx.fitRows);
  for (const v of values) applyNormalization(stats, v, spec.shape);
  return stats;
}

/** Builds a spec input from the columns `columns`: tokenized text for an i32 sequence fed by a text column, else numbers. */
export function fitInput(ctx: FitContext, spec: SpecTensor, entry: InputConfig, refs: ColumnRef[]): { columns: Column[]; info: FittedInfo } {
  const columns = resolveAll(ctx, refs, `${ctx.pointer}/${entry.columns ? 'columns' : 'column'}`);
  const text = columns.length === 1 && ctx.tables.some((t) => isTextColumn(t, columns[0]));
  if (entry.tokenize !== undefined || (text && spec.dtype === 'i32')) return tokenized(ctx, spec, entry, columns);
  if (text) {
    const { where, name } = firstText(ctx.tables, columns[0]);
    throw new DataError(`${name} holds text, but the spec's input '${spec.name}' is ${specType(spec)}: text becomes word ids in an i32[batch, length] input`, where);
  }
  const values = gather(ctx, spec, columns, spec.dtype === 'f32' && entry.normalize === undefined);
  const normalization = normalized(ctx, spec, entry.normalize, values);
  return { columns: typed(ctx, spec, columns, values), info: { columns, ...(normalization ? { normalization } : {}) } };
}

function firstText(tables: Table[], column: string): { where: DataLocation; name: string } {
  for (const t of tables) {
    const row = firstTextRow(t, column);
    if (row >= 0) return t.cell(row, column);
  }
  return tables[0].cell(0, column);
}

function tokenized(ctx: FitContext, spec: SpecTensor, entry: InputConfig, columns: string[]): { columns: Column[]; info: FittedInfo } {
  const at = ctx.config;
  if (columns.length !== 1) throw new DataError(`${ctx.pointer}/columns: tokenize reads one text column, the config gives ${columns.length}`, at);
  if (spec.dtype !== 'i32' || spec.shape.length !== 1)
    throw new DataError(`${ctx.pointer}: tokenized text is a row of word ids, so the spec's input '${spec.name}' must be i32[batch, length]; it is ${specType(spec)}`, at);
  if (entry.normalize !== undefined) throw new DataError(`${ctx.pointer}/normalize: word ids of tokenized text cannot be normalised`, at);
  const options = entry.tokenize ?? {};
  const words = options.words ?? spec.vocab;
  if (words === undefined)
    throw new DataError(`${ctx.pointer}: say how many words '${spec.name}' may hold: "tokenize": { "words": N }, with N the rows of the Embedding it feeds (ids 0 and 1 are padding and unknown words)`, at);
  if (spec.vocab !== undefined && words > spec.vocab)
    throw new DataError(`${ctx.pointer}/tokenize/words: ${words} words do not fit the spec's ${spec.vocab} ids for '${spec.name}' (its Embedding's rows)`, at);
  const all = ctx.tables.map((t) => texts(t, columns[0]));
  const lower = options.lower ?? true;
  const tokenizer = Tokenizer.fit(
    Array.from(ctx.fitRows, (r) => all[0][r]),
    words,
    lower,
  );
  const maxlen = spec.shape[0];
  const padding = options.padding ?? 'pre';
  const truncating = options.truncating ?? 'pre';
  // Only the words that survive truncation are looked up: long texts are not scanned past them.
  const keep = { count: maxlen, from: truncating === 'pre' ? ('end' as const) : ('start' as const) };
  const out: Column[] = all.map((list) => ({ dtype: 'i32', shape: [maxlen], data: padSequences(list.map((s) => tokenizer.encode(s, keep)), maxlen, padding, truncating) }));
  return { columns: out, info: { columns, vocabulary: { size: words, words: [...tokenizer.vocabulary], maxlen, padding, truncating, lower } } };
}

/** Builds a spec target: class ids, one-hot rows, or numbers, as `encode` says or (by default) as the spec's type implies. */
export function fitTarget(ctx: FitContext, spec: SpecTensor, entry: TargetConfig, refs: ColumnRef[]): { columns: Column[]; info: FittedInfo } {
  const columns = resolveAll(ctx, refs, `${ctx.pointer}/${entry.columns ? 'columns' : 'column'}`);
  const width = numel(spec.shape);
  const scalar = columns.length === 1 && ctx.tables.every((t) => {
    const raw = t.columns.get(columns[0]);
    return raw?.kind === 'cells' ? raw.text !== undefined || !raw.cells.some(Array.isArray) : raw?.shape.length === 0;
  });
  const text = columns.length === 1 && ctx.tables.some((t) => isTextColumn(t, columns[0]));
  // By default: class ids for an i32 target of one value (per-position ids otherwise), one-hot rows for an f32 vector fed by
  // one value per row, a binary label for one f32 value read from names, and numbers as they are for anything else.
  const encode = entry.encode ?? (spec.dtype === 'i32' ? (scalar ? 'label' : 'none') : scalar && width > 1 ? 'onehot' : text || entry.classes ? 'label' : 'none');
  const pointer = `${ctx.pointer}/encode`;
  // loadData builds 'next' targets from the windows of the character input (node/data/windows.ts).
  if (encode === 'next') throw new InternalError(`target '${spec.name}' with encode 'next' reached fitTarget`);
  if (encode === 'none') {
    if (entry.classes) throw new DataError(`${ctx.pointer}/classes: class names need "encode": "label", "id" or "onehot"`, ctx.config);
    const values = gather(ctx, spec, columns, spec.dtype === 'f32' && entry.normalize === undefined);
    const normalization = normalized(ctx, spec, entry.normalize, values);
    return { columns: typed(ctx, spec, columns, values), info: { columns, ...(normalization ? { normalization } : {}) } };
  }
  if (entry.normalize !== undefined) throw new DataError(`${ctx.pointer}/normalize: class labels cannot be normalised`, ctx.config);
  if (!scalar) throw new DataError(`${pointer}: class labels come from one column with one value per row; the config gives ${quoted(columns)}`, ctx.config);
  if (encode === 'onehot') {
    if (spec.dtype !== 'f32' || spec.shape.length !== 1)
      throw new DataError(`${pointer}: one-hot rows need an f32[batch, classes] target; the spec's '${spec.name}' is ${specType(spec)}`, ctx.config);
    if (spec.classes !== undefined && spec.classes !== width)
      throw new DataError(`${pointer}: the spec's '${spec.name}' is ${specType(spec)} but its model has ${spec.classes} classes`, ctx.config);
  } else if (width !== 1) {
    throw new DataError(`${pointer}: a class id is one value per sample, but the spec's '${spec.name}' is ${specType(spec)}${spec.dtype === 'f32' ? '; use "encode": "onehot" for one-hot rows' : ''}`, ctx.config);
  }
  // An f32 target of one value read as classes is a binary label (a probability): two classes at most, whatever
  // the caller says (a binary model has one logit, which a caller may count as one class).
  const count = encode === 'onehot' ? width : spec.dtype === 'f32' ? 2 : spec.classes;
  const encoding = encode === 'onehot' ? 'auto' : encode === 'label' && !entry.encode ? 'auto' : encode;
  const binary = encode !== 'onehot' && spec.dtype === 'f32';
  const limit = { count, tensor: spec.name, ...(binary ? { reason: `the spec's '${spec.name}' is ${specType(spec)}, a binary label of 2 classes` } : {}) };
  const { ids, names } = encodeClasses(ctx.tables, columns[0], encoding, limit, entry.classes);
  const out: Column[] = ids.map((id) =>
    encode === 'onehot' ? { dtype: 'f32', shape: [...spec.shape], data: oneHot(id, width) } : spec.dtype === 'f32' ? { dtype: 'f32', shape: [...spec.shape], data: Float32Array.from(id) } : { dtype: 'i32', shape: [...spec.shape], data: id },
  );
  return { columns: out, info: { columns, classes: names } };
}
