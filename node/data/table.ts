// Raw tables read from a source (CSV text cells, JSON values, NumPy tensors) -> checked numbers, class keys or texts per row.
import { InternalError } from '../../core/diagnostic.js';
import { DataError, type DataLocation, quote, suggest } from '../../runtime/data/errors.js';
import type { TextCells } from './text-cells.js';

/**
 * One column as read: cells (CSV text, JSON values, file texts) or a numeric tensor with a per-row shape. A CSV column also
 * has `text`, its cells stored compactly, which the readers here use instead of building `cells`.
 */
export type RawColumn =
  | { kind: 'cells'; cells: readonly unknown[]; text?: TextCells }
  | { kind: 'tensor'; shape: number[]; integer: boolean; values: ArrayLike<number> };

/** Rows read from one source, before any preprocessing; every cell can say where it came from. */
export interface Table {
  /** The source as the user named it (a file path or a dataset name), for messages. */
  origin: string;
  size: number;
  /** Column names in source order; an integer column reference is a position in this list. */
  names: string[];
  columns: Map<string, RawColumn>;
  /** Whether cells are text to be parsed as numbers (CSV), rather than typed JSON values. */
  textCells: boolean;
  /** Where a cell lies (file, line, column) and how to name it in a message. */
  cell(row: number, column: string): { where: DataLocation; name: string };
}

/** A numeric column: `values` holds size * prod(shape) numbers. */
export interface NumericRows {
  shape: number[];
  values: Float64Array;
}

const DECIMAL = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;
const INTEGER = /^\s*[+-]?\d+\s*$/;

function fail(table: Table, row: number, column: string, problem: string): never {
  const { where, name } = table.cell(row, column);
  throw new DataError(problem.replace('%s', name), where);
}

/** What a JSON cell is, for messages: `a string 'abc'`, `null`, `an array`. */
function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return value.trim() === '' ? 'an empty cell' : quote(value);
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/** The number in a cell: a JSON number, or decimal text in a CSV cell; anything else is a DataError at that cell. */
function cellNumber(table: Table, row: number, column: string, value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && table.textCells) {
    if (!DECIMAL.test(value)) fail(table, row, column, `expected a number in %s, found ${describe(value)}`);
    const n = Number(value);
    if (!Number.isFinite(n)) fail(table, row, column, `the number ${quote(value)} in %s is too large`);
    return n;
  }
  if (value === undefined) fail(table, row, column, `%s is missing`);
  return fail(table, row, column, `expected a number in %s, found ${describe(value)}`);
}

/** The shape of a nested JSON array of numbers (checked to be rectangular), or undefined when the cell is a scalar. */
export function arrayShape(value: unknown): number[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const inner = value.length > 0 ? arrayShape(value[0]) : undefined;
  return [value.length, ...(inner ?? [])];
}

function flatten(value: unknown, shape: number[], out: number[], bad: (problem: string) => never): void {
  if (shape.length === 0) {
    if (typeof value !== 'number') bad(`expected a number inside the array in %s, found ${describe(value)}`);
    out.push(value as number);
    return;
  }
  if (!Array.isArray(value) || value.length !== shape[0]) bad(`the array in %s is not of shape [${shape.join(', ')}] like the first row's`);
  for (const v of value as unknown[]) flatten(v, shape.slice(1), out, bad);
}

/** Every row of a column as numbers, with its per-row shape ([] for scalars); bad cells are DataErrors naming the cell. */
export function numericRows(table: Table, column: string): NumericRows {
  const raw = rawColumn(table, column);
  if (raw.kind === 'tensor') {
    const values = Float64Array.from(raw.values);
    const width = values.length / Math.max(1, table.size);
    const bad = values.findIndex((v) => !Number.isFinite(v));
    if (bad >= 0) fail(table, Math.floor(bad / width), column, `%s holds ${values[bad]} (element ${bad % width} of the row); values must be finite numbers`);
    return { shape: raw.shape, values };
  }
  const text = raw.text;
  if (text) {
    const values = new Float64Array(text.size);
    for (let r = 0; r < text.size; r++) values[r] = cellNumber(table, r, column, text.get(r));
    return { shape: [], values };
  }
  const first = arrayShape(raw.cells[0]);
  if (!first) return { shape: [], values: Float64Array.from(raw.cells, (v, r) => cellNumber(table, r, column, v)) };
  const flat: number[] = [];
  raw.cells.forEach((v, r) => flatten(v, first, flat, (problem) => fail(table, r, column, problem)));
  return { shape: first, values: Float64Array.from(flat) };
}

/** Class keys per row (text labels, or integers as text), and whether every key is an integer (so may be a class id). */
export function classKeys(table: Table, column: string): { keys: string[]; integers: boolean } {
  const raw = rawColumn(table, column);
  if (raw.kind === 'tensor') {
    if (raw.shape.length > 0) throw new DataError(`column '${column}' holds arrays of shape [${raw.shape.join(', ')}] per row, not one class label`, { file: table.origin });
    const keys = Array.from(raw.values, (v, r) => {
      if (!Number.isInteger(v)) fail(table, r, column, `expected a whole-number class id in %s, found ${v}`);
      return String(v);
    });
    return { keys, integers: true };
  }
  let integers = true;
  const text = raw.text;
  if (text) {
    // Labels repeat: one string per distinct label, however many rows hold it.
    const seen = new Map<string, string>();
    const keys = new Array<string>(text.size);
    for (let r = 0; r < text.size; r++) {
      const v = text.get(r);
      if (v.trim() === '') fail(table, r, column, `%s is empty where a class label is expected`);
      const key = v.trim();
      if (!seen.has(key)) {
        seen.set(key, key);
        if (!INTEGER.test(v)) integers = false;
      }
      keys[r] = seen.get(key) as string;
    }
    return { keys, integers };
  }
  const keys = raw.cells.map((v, r) => {
    if (typeof v === 'number') {
      if (!Number.isInteger(v)) integers = false;
      return String(v);
    }
    if (typeof v === 'string') {
      if (v.trim() === '') fail(table, r, column, `%s is empty where a class label is expected`);
      if (!INTEGER.test(v)) integers = false;
      return v.trim();
    }
    if (typeof v === 'boolean') {
      integers = false;
      return String(v);
    }
    if (v === undefined) fail(table, r, column, `%s is missing`);
    return fail(table, r, column, `expected a class label in %s, found ${describe(v)}`);
  });
  return { keys, integers };
}

/** The text of each row of a column (numbers are written out); arrays, objects and missing cells are DataErrors. */
export function texts(table: Table, column: string): string[] {
  const raw = rawColumn(table, column);
  if (raw.kind === 'tensor') throw new DataError(`column '${column}' holds numbers, not text`, { file: table.origin });
  const text = raw.text;
  if (text) return Array.from({ length: text.size }, (_, r) => text.get(r));
  return raw.cells.map((v, r) => {
    if (typeof v === 'string') return v;
    if (typeof v === 'number' || typeof v === 'boolean') return String(v);
    if (v === undefined) fail(table, r, column, `%s is missing`);
    return fail(table, r, column, `expected text in %s, found ${describe(v)}`);
  });
}

/** The first row whose cell is text rather than a number (-1 when none is), deciding tokenize and label encoding by default. */
export function firstTextRow(table: Table, column: string): number {
  const raw = table.columns.get(column);
  if (!raw || raw.kind === 'tensor') return -1;
  const text = raw.text;
  if (text) {
    if (text.firstText === undefined) {
      text.firstText = -1;
      for (let r = 0; r < text.size; r++)
        if (!DECIMAL.test(text.get(r))) {
          text.firstText = r;
          break;
        }
    }
    return text.firstText;
  }
  return raw.cells.findIndex((v) => typeof v === 'string' && !(table.textCells && DECIMAL.test(v)));
}

/** Whether some cell of a column is text rather than a number. */
export function isTextColumn(table: Table, column: string): boolean {
  return firstTextRow(table, column) >= 0;
}

function rawColumn(table: Table, column: string): RawColumn {
  const raw = table.columns.get(column);
  if (!raw) throw new InternalError(`table ${table.origin} has no column ${column}`);
  return raw;
}

/** The table's column for a reference by name or 0-based position; a DataError naming the config path when there is none. */
export function resolveColumn(table: Table, ref: string | number, configPath: DataLocation, pointer: string): string {
  if (typeof ref === 'number') {
    if (ref < table.names.length) return table.names[ref];
    throw new DataError(`${pointer}: ${table.origin} has ${table.names.length} columns (0..${table.names.length - 1}), there is no column ${ref}`, configPath);
  }
  if (table.columns.has(ref)) return ref;
  throw new DataError(`${pointer}: ${table.origin} has no column '${ref}'${suggest(ref, table.names, 'its columns')}`, configPath);
}
