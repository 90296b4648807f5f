// JSON lines text (one object per line) -> a Table whose columns are the objects' fields, each cell remembering its line.
import { DataError } from '../../../runtime/data/errors.js';
import type { RawColumn, Table } from '../table.js';

/** Parses JSON-lines text from `file` (the name shown in messages); blank lines are skipped, anything but an object per line is a DataError. */
export function readJsonLines(text: string, file: string): Table {
  const lines: number[] = [];
  const rows: Record<string, unknown>[] = [];
  const names: string[] = [];
  const known = new Set<string>();
  text.replace(/^\uFEFF/, '').split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      throw new DataError(`not valid JSON: ${(e as Error).message}`, { file, row: i + 1 });
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      throw new DataError(`expected a JSON object (one sample per line), found ${Array.isArray(value) ? 'an array' : JSON.stringify(value)}`, { file, row: i + 1 });
    const row = value as Record<string, unknown>;
    for (const k of Object.keys(row))
      if (!known.has(k)) {
        known.add(k);
        names.push(k);
      }
    rows.push(row);
    lines.push(i + 1);
  });
  if (rows.length === 0) throw new DataError('the file is empty', { file });
  // Own properties only: a field named "__proto__" or "constructor" is data, not the prototype.
  const field = (row: Record<string, unknown>, k: string): unknown => (Object.prototype.hasOwnProperty.call(row, k) ? row[k] : undefined);
  const columns = new Map<string, RawColumn>(names.map((k) => [k, { kind: 'cells', cells: rows.map((r) => field(r, k)) }]));
  return {
    origin: file,
    size: rows.length,
    names,
    columns,
    textCells: false,
    cell: (row, column) => ({ where: { file, row: lines[row] }, name: `field '${column}'` }),
  };
}
