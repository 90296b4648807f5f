// Class labels of a table column (names or whole-number ids) -> class ids checked against the spec's class count, and one-hot rows.
import { DataError, quote } from '../../../runtime/data/errors.js';
import { classKeys, type Table } from '../table.js';

/** How a column's values become class ids: names sorted into ids ('label'), ids as they are ('id'), or by what the values look like. */
export type ClassEncoding = 'auto' | 'label' | 'id';

/** What the class ids are checked against: how many classes the spec's tensor has (when known), and its name for messages. */
export interface ClassLimit {
  count?: number;
  tensor: string;
  /** Why there are `count` classes, in words; default "the spec's 'tensor' has count classes". */
  reason?: string;
}

const reason = (limit: ClassLimit) => limit.reason ?? `the spec's '${limit.tensor}' has ${limit.count} classes`;

/** Sorts names as Python's sorted() would, but whole numbers by value, so '10' comes after '9'. */
function sortNames(names: string[]): string[] {
  const numeric = names.every((n) => /^[+-]?\d+$/.test(n));
  return numeric ? names.sort((a, b) => Number(a) - Number(b)) : names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function classesText(names: readonly string[]): string {
  const shown = names.slice(0, 8).map(quote).join(', ');
  return names.length > 8 ? `${shown}, ... (${names.length} in all)` : shown;
}

/**
 * Reads a column of one or more tables (training, validation, test sources) as class ids. 'label' numbers the distinct
 * names of all tables in sorted order (or in the order of `listed`), like scikit-learn's LabelEncoder; 'id' takes whole
 * numbers as ids; 'auto' is 'id' when every value is a whole number and no names are listed.
 */
export function encodeClasses(tables: Table[], column: string, encoding: ClassEncoding, limit: ClassLimit, listed?: string[]): { ids: Int32Array[]; names: string[] } {
  const read = tables.map((t) => classKeys(t, column));
  const asIds = encoding === 'id' || (encoding === 'auto' && listed === undefined && read.every((r) => r.integers));
  if (asIds) {
    let top = -1;
    const ids = read.map(({ keys }, t) =>
      Int32Array.from(keys, (k, r) => {
        const id = Number(k);
        if (!Number.isInteger(id)) cellError(tables[t], column, r, `expected a whole-number class id in %s, found ${quote(k)}`);
        if (id < 0) cellError(tables[t], column, r, `class id ${id} in %s is negative; class ids count from 0`);
        if (limit.count !== undefined && id >= limit.count)
          cellError(tables[t], column, r, `class id ${id} in %s is outside 0..${limit.count - 1}: ${reason(limit)}`);
        top = Math.max(top, id);
        return id;
      }),
    );
    return { ids, names: Array.from({ length: limit.count ?? top + 1 }, (_, i) => String(i)) };
  }
  const names = listed ?? sortNames([...new Set(read.flatMap((r) => r.keys))]);
  const index = new Map(names.map((n, i) => [n, i]));
  const ids = read.map(({ keys }, t) =>
    Int32Array.from(keys, (k, r) => index.get(k) ?? cellError(tables[t], column, r, `${quote(k)} in %s is not one of the classes the config lists (${classesText(names)})`)),
  );
  if (limit.count !== undefined && names.length > limit.count)
    throw new DataError(`column '${column}' has ${names.length} classes (${classesText(names)}), but ${reason(limit)}`, { file: tables[0].origin });
  return { ids, names };
}

function cellError(table: Table, column: string, row: number, problem: string): never {
  const { where, name } = table.cell(row, column);
  throw new DataError(problem.replace('%s', name), where);
}

/** One-hot rows of `classes` floats: 1 at each row's class id, 0 elsewhere. */
export function oneHot(ids: Int32Array, classes: number): Float32Array {
  const out = new Float32Array(ids.length * classes);
  ids.forEach((id, r) => (out[r * classes + id] = 1));
  return out;
}
