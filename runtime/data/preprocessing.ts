// What a model's data was prepared with (tokenizer vocabulary, padding, character set, normalisation statistics, class
// names), as plain JSON that travels in its checkpoints -> checked records; raw rows or texts -> the feeds the spec takes.
import type { SpecTensor } from '../../core/artifact.js';
import { CheckpointError } from '../checkpoint.js';
import { DataError } from './errors.js';
import { applyNormalization, type NormalizationStats } from './normalize.js';
import { padSequences, type PadSide, Tokenizer } from './tokenizer.js';

/** How one spec input was made from source columns: numbers (maybe normalised), word ids of a text, or character ids. */
export type InputPreprocessing =
  | { kind: 'numbers'; columns: string[]; normalization?: NormalizationStats }
  | { kind: 'words'; column: string; words: string[]; maxlen: number; padding: PadSide; truncating: PadSide; lower: boolean }
  | { kind: 'characters'; column: string; characters: string[] };

/** Where one spec target came from, and the names of its classes in id order (absent for numbers). */
export interface TargetPreprocessing {
  columns: string[];
  classes?: string[];
}

/** The preprocessing of every spec input and target: what `loadDataFor` fitted, saved with checkpoints. */
export interface Preprocessing {
  format: 'mdlc-preprocessing';
  version: 1;
  inputs: Record<string, InputPreprocessing>;
  targets: Record<string, TargetPreprocessing>;
}

/** Raw input asked of a model that does not know how its data was prepared (an old checkpoint, or no data loaded). */
export class MissingPreprocessingError extends DataError {
  constructor(message: string) {
    super(message);
    this.name = 'MissingPreprocessingError';
  }
}

/** Preprocessing read back from a checkpoint that is not a record this mdlc can use; the message says what is wrong. */
export class PreprocessingError extends CheckpointError {
  constructor(message: string) {
    super(message);
    this.name = 'PreprocessingError';
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');
const isNumbers = (v: unknown): v is number[] => Array.isArray(v) && v.every((x) => typeof x === 'number' && Number.isFinite(x));
const isSide = (v: unknown): v is PadSide => v === 'pre' || v === 'post';

function checkNormalization(v: unknown): v is NormalizationStats {
  if (!isObject(v)) return false;
  if (v.method === 'standardize') return isNumbers(v.mean) && isNumbers(v.std) && v.mean.length === v.std.length;
  if (v.method === 'minmax') return isNumbers(v.min) && isNumbers(v.max) && v.min.length === v.max.length;
  if (v.method === 'scale') return Number.isFinite(v.scale) && Number.isFinite(v.offset);
  return false;
}

function inputProblem(name: string, v: unknown): string | undefined {
  const at = `input '${name}'`;
  if (!isObject(v)) return `${at} is not an object`;
  if (v.kind === 'numbers') {
    if (!isStrings(v.columns) || v.columns.length === 0) return `${at} has no list of source columns`;
    if (v.normalization !== undefined && !checkNormalization(v.normalization)) return `${at} has malformed normalisation statistics`;
    return undefined;
  }
  if (v.kind === 'words') {
    if (typeof v.column !== 'string' || !isStrings(v.words) || v.words.length < 2) return `${at} has no column or vocabulary`;
    if (!Number.isSafeInteger(v.maxlen) || (v.maxlen as number) < 1 || !isSide(v.padding) || !isSide(v.truncating) || typeof v.lower !== 'boolean') return `${at} has malformed padding settings`;
    return undefined;
  }
  if (v.kind === 'characters') {
    if (typeof v.column !== 'string' || !isStrings(v.characters) || v.characters.length === 0) return `${at} has no column or character list`;
    if (new Set(v.characters).size !== v.characters.length) return `${at} lists a character twice`;
    return undefined;
  }
  return `${at} has an unknown kind ${JSON.stringify(v.kind)}`;
}

/** Checks a preprocessing record read from a checkpoint; `label` names where it came from. A bad one is a PreprocessingError. */
export function checkPreprocessing(v: unknown, label: string): Preprocessing {
  const fail = (problem: string) => new PreprocessingError(`${label}: its preprocessing record ${problem}; train again to write a new one`);
  if (!isObject(v) || v.format !== 'mdlc-preprocessing') throw fail('is not an mdlc preprocessing record');
  if (v.version !== 1) throw fail(`has version ${JSON.stringify(v.version)}, but this mdlc reads version 1 (it may come from a newer mdlc)`);
  if (!isObject(v.inputs) || !isObject(v.targets)) throw fail('has no inputs and targets');
  for (const [name, input] of Object.entries(v.inputs)) {
    const problem = inputProblem(name, input);
    if (problem) throw fail(`is malformed: ${problem}`);
  }
  for (const [name, t] of Object.entries(v.targets))
    if (!isObject(t) || !isStrings(t.columns) || (t.classes !== undefined && !isStrings(t.classes))) throw fail(`is malformed: target '${name}' has no columns or malformed class names`);
  return v as unknown as Preprocessing;
}

/** The source columns an input reads, in order. */
export function sourceColumns(p: InputPreprocessing): string[] {
  return p.kind === 'numbers' ? p.columns : [p.column];
}

/** The columns raw data must hold for every input of the spec, in spec order, each once. */
export function rawColumns(prep: Preprocessing): string[] {
  return [...new Set(Object.values(prep.inputs).flatMap(sourceColumns))];
}

/** A raw feed: one value per row (a text, a number, or a row of numbers). */
export type RawColumnValues = readonly (string | number | readonly number[])[] | ArrayLike<number>;

/** A problem with raw input (a missing column, a text where numbers go, rows of other lengths), naming the column and row. */
export class RawInputError extends DataError {
  constructor(message: string) {
    super(message);
    this.name = 'RawInputError';
  }
}

/** Character ids of a text, or the characters the vocabulary lacks with their positions (0-based). */
export function encodeCharacters(characters: readonly string[], text: string): { ids: number[]; unknown: { char: string; at: number }[] } {
  const index = new Map(characters.map((c, i) => [c, i]));
  const ids: number[] = [];
  const unknown: { char: string; at: number }[] = [];
  let at = 0;
  // By code point, so a character outside the BMP is one character, as the vocabulary was fitted.
  for (const c of text) {
    const id = index.get(c);
    if (id === undefined) unknown.push({ char: c, at });
    else ids.push(id);
    at++;
  }
  return { ids, unknown };
}

/** A character for a message: printable as it is, else its escape (`\n`, `U+00E9`). */
export function showCharacter(c: string): string {
  if (c === '\n') return "'\\n'";
  if (c === '\t') return "'\\t'";
  if (c === '\r') return "'\\r'";
  const code = c.codePointAt(0) ?? 0;
  return code < 32 || code === 127 ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}` : `'${c}'`;
}

function rowsOf(column: string, values: RawColumnValues | undefined): number {
  if (values === undefined) throw new RawInputError(`raw input needs column '${column}'`);
  return values.length;
}

function numbersOf(column: string, values: RawColumnValues, rows: number): { width: number; at: (r: number) => ArrayLike<number> } {
  const first = (values as ArrayLike<unknown>)[0];
  const width = Array.isArray(first) ? first.length : 1;
  const at = (r: number): ArrayLike<number> => {
    const v = (values as ArrayLike<unknown>)[r];
    const row = Array.isArray(v) ? v : [v];
    if (row.length !== width) throw new RawInputError(`column '${column}', row ${r} (0-based), has ${row.length} values; its first row has ${width}`);
    for (const x of row) if (typeof x !== 'number' || !Number.isFinite(x)) throw new RawInputError(`column '${column}', row ${r} (0-based), holds ${typeof x === 'string' ? `'${x}'` : String(x)}, not a finite number`);
    return row as number[];
  };
  if (rows > 0) at(0);
  return { width, at };
}

/**
 * The spec's input feeds from raw columns (texts, numbers), prepared as the training data was: texts tokenized and padded
 * with the fitted vocabulary, numbers normalised with the fitted statistics. `model` names the model in messages.
 */
export function prepareRaw(prep: Preprocessing, tensors: readonly SpecTensor[], raw: Record<string, RawColumnValues>, model: string): Record<string, Float32Array | Int32Array> {
  const out: Record<string, Float32Array | Int32Array> = {};
  let rows: number | undefined;
  const count = (column: string) => {
    const n = rowsOf(column, raw[column]);
    if (rows !== undefined && n !== rows) throw new RawInputError(`raw column '${column}' has ${n} rows, others have ${rows}`);
    rows = n;
    return n;
  };
  for (const t of tensors.filter((x) => x.role === 'input')) {
    const p = prep.inputs[t.name];
    if (!p) throw new MissingPreprocessingError(`${model}'s preprocessing does not say how its input '${t.name}' is made from raw data; give '${t.name}' itself`);
    if (p.kind === 'words') {
      const n = count(p.column);
      const texts = Array.from({ length: n }, (_, r) => {
        const v = (raw[p.column] as ArrayLike<unknown>)[r];
        if (typeof v !== 'string') throw new RawInputError(`column '${p.column}', row ${r} (0-based), holds ${String(v)}, not a text`);
        return v;
      });
      const tokenizer = new Tokenizer(p.words, p.lower);
      const keep = { count: p.maxlen, from: p.truncating === 'pre' ? ('end' as const) : ('start' as const) };
      out[t.name] = padSequences(texts.map((s) => tokenizer.encode(s, keep)), p.maxlen, p.padding, p.truncating);
    } else if (p.kind === 'characters') {
      throw new RawInputError(`${model}'s input '${t.name}' is character ids of a running text: sample from it with generate({ prompt }) instead`);
    } else {
      const n = count(p.columns[0]);
      const parts = p.columns.map((c) => {
        count(c);
        return numbersOf(c, raw[c], n);
      });
      const width = parts.reduce((a, x) => a + x.width, 0);
      const per = t.shape.reduce((a, b) => a * b, 1);
      if (width !== per) throw new RawInputError(`${model}'s input '${t.name}' takes ${per} values per row from ${p.columns.map((c) => `'${c}'`).join(', ')}; the raw columns give ${width}`);
      // Float64 first, as loading did: the same normalised numbers, rounded to f32 once.
      const values = new Float64Array(n * width);
      for (let r = 0; r < n; r++) {
        let at = r * width;
        for (const part of parts) {
          const row = part.at(r);
          for (let i = 0; i < row.length; i++) values[at++] = row[i];
        }
      }
      if (p.normalization) applyNormalization(p.normalization, values, t.shape);
      out[t.name] = t.dtype === 'i32' ? Int32Array.from(values) : Float32Array.from(values);
    }
  }
  return out;
}
