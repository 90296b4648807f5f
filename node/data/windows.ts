// A running text (a corpus, or a text column's rows one per line) + a character input of the spec -> windows of characters
// as the rows of every table, the character vocabulary, and the id rows of the input and of its next-character target.
import type { DataConfig } from './config.js';
import type { Column } from '../../runtime/data/dataset.js';
import { DataError, type DataLocation } from '../../runtime/data/errors.js';
import { showCharacter } from '../../runtime/data/preprocessing.js';
import type { SpecTensor } from '../../core/artifact.js';
import { resolveColumn, type Table, texts } from './table.js';

/** Tables cut into windows, the column they hold, and the characters in id order. */
export interface Windowed {
  tables: Table[];
  column: string;
  characters: string[];
}

const typeOf = (t: SpecTensor) => `${t.dtype}[${['batch', ...t.shape].join(', ')}]`;

/** One text per table: its rows joined, one per line (a corpus is one row already). */
function runningText(table: Table, column: string): string {
  const rows = texts(table, column);
  return rows.length === 1 ? rows[0] : rows.map((r) => (r.endsWith('\n') ? r : `${r}\n`)).join('');
}

function windowTable(table: Table, column: string, chars: string[], length: number, stride: number, at: DataLocation): Table {
  const windows: string[] = [];
  for (let start = 0; start + length <= chars.length; start += stride) windows.push(chars.slice(start, start + length).join(''));
  if (windows.length === 0) throw new DataError(`${table.origin} holds ${chars.length} characters in column '${column}', fewer than one window of ${length}`, at);
  return {
    origin: table.origin,
    size: windows.length,
    names: [column],
    columns: new Map([[column, { kind: 'cells', cells: windows }]]),
    textCells: false,
    cell: (row, c) => ({ where: { file: table.origin }, name: `window ${row} (0-based: characters ${row * stride} to ${row * stride + length - 1}), column '${c}'` }),
  };
}

/**
 * When an input of the spec takes `characters`, every table becomes windows of that input's length (one more when a
 * target has `encode: 'next'`), `stride` characters apart; the vocabulary is the config's, or every character of all
 * parts sorted by code point (a closed set, as class names are). Without such an input, undefined.
 */
export function windowParts(config: DataConfig, tables: Table[], specs: SpecTensor[], at: DataLocation): Windowed | undefined {
  const entry = Object.entries(config.inputs ?? {}).find(([, e]) => e.characters !== undefined);
  if (!entry) {
    const next = Object.keys(config.targets ?? {}).find((k) => config.targets?.[k].encode === 'next');
    if (next) throw new DataError(`/targets/${next}/encode: 'next' follows an input that reads "characters"; the config has none`, at);
    return undefined;
  }
  const [name, input] = entry;
  const spec = specs.find((s) => s.name === name);
  const pointer = `/inputs/${name}`;
  if (!spec || spec.dtype !== 'i32' || spec.shape.length !== 1) throw new DataError(`${pointer}/characters: character ids fill an i32[batch, length] input; the spec's '${name}' is ${spec ? typeOf(spec) : 'not an input'}`, at);
  if (input.column === undefined || input.columns !== undefined) throw new DataError(`${pointer}: "characters" reads one text column: give "column"`, at);
  if (input.normalize !== undefined || input.tokenize !== undefined) throw new DataError(`${pointer}: "characters" cannot be combined with "${input.normalize !== undefined ? 'normalize' : 'tokenize'}"`, at);
  const nexts = Object.entries(config.targets ?? {}).filter(([, t]) => t.encode === 'next');
  for (const [t] of nexts) {
    const target = specs.find((s) => s.name === t);
    if (target && (target.shape.length !== 1 || target.shape[0] !== spec.shape[0] || target.dtype !== 'i32'))
      throw new DataError(`/targets/${t}/encode: 'next' gives one id per position of '${name}', so the spec's '${t}' must be i32[batch, ${spec.shape[0]}]; it is ${typeOf(target)}`, at);
  }
  const column = resolveColumn(tables[0], input.column, at, `${pointer}/column`);
  const length = spec.shape[0] + (nexts.length ? 1 : 0);
  const stride = input.characters?.stride ?? spec.shape[0];
  const streams = tables.map((t) => Array.from(runningText(t, column)));
  const given = input.characters?.vocabulary;
  const characters = given !== undefined ? Array.from(given) : [...new Set(streams.flat())].sort((a, b) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0));
  if (new Set(characters).size !== characters.length) throw new DataError(`${pointer}/characters/vocabulary lists a character twice`, at);
  if (given !== undefined) {
    const known = new Set(characters);
    streams.forEach((s, t) => {
      const i = s.findIndex((c) => !known.has(c));
      if (i >= 0) throw new DataError(`${tables[t].origin}: character ${i} (0-based) of column '${column}' is ${showCharacter(s[i])}, which ${pointer}/characters/vocabulary does not list`, at);
    });
  }
  if (spec.vocab !== undefined && characters.length > spec.vocab)
    throw new DataError(`${pointer}: the text has ${characters.length} distinct characters, but the spec's '${name}' feeds an Embedding of ${spec.vocab} rows; raise its vocabulary or list fewer characters`, at);
  return { tables: tables.map((t, i) => windowTable(t, column, streams[i], length, stride, at)), column, characters };
}

/** The id rows of a character input (`shift` 0: characters 0..n-1 of each window) or of its next-character target (`shift` 1). */
export function characterColumns(w: Windowed, length: number, shift: 0 | 1): Column[] {
  const index = new Map(w.characters.map((c, i) => [c, i]));
  return w.tables.map((table) => {
    const windows = texts(table, w.column);
    const data = new Int32Array(windows.length * length);
    windows.forEach((text, r) => {
      const chars = Array.from(text);
      for (let i = 0; i < length; i++) data[r * length + i] = index.get(chars[i + shift]) ?? 0;
    });
    return { dtype: 'i32', shape: [length], data };
  });
}
