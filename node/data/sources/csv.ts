// CSV text (csv-parse: quotes, embedded newlines, BOM) -> a Table of text cells that remember their line and column.
import { CsvError, parse } from 'csv-parse/sync';
import { DataError } from '../../../runtime/data/errors.js';
import type { RawColumn, Table } from '../table.js';

/** How to read a CSV file: field delimiter, whether the first row names the columns, and names for a headerless file. */
export interface CsvOptions {
  delimiter?: string;
  header?: boolean;
  names?: string[];
}

interface Parsed {
  record: string[];
  info: { bytes: number };
}

/**
 * The line each record starts on. csv-parse reports the byte offset after each record; its line counter drifts
 * after a quoted CRLF, so lines are counted here: CRLF, CR and LF each end one line, and blank lines are skipped.
 */
function startLines(bytes: Uint8Array, parsed: Parsed[]): Int32Array {
  const lines = new Int32Array(parsed.length);
  let pos = 0;
  let line = 1;
  const step = () => {
    if (bytes[pos] === 0x0d) {
      line++;
      if (bytes[pos + 1] === 0x0a) pos++;
    } else if (bytes[pos] === 0x0a) line++;
    pos++;
  };
  parsed.forEach((p, k) => {
    const start = k === 0 ? 0 : parsed[k - 1].info.bytes;
    while (pos < start) step();
    while (bytes[pos] === 0x0d || bytes[pos] === 0x0a) step();
    lines[k] = line;
  });
  return lines;
}

/** Parses CSV text from `file` (the name shown in messages) into a Table; malformed files are DataErrors with the line. */
export function readCsv(text: string, file: string, options: CsvOptions = {}): Table {
  if (text.replace(/^\uFEFF/, '').trim() === '') throw new DataError('the file is empty', { file });
  const bytes = Buffer.from(text, 'utf8');
  let parsed: Parsed[];
  try {
    parsed = parse(bytes, { bom: true, delimiter: options.delimiter ?? ',', relax_column_count: true, skip_empty_lines: true, info: true }) as unknown as Parsed[];
  } catch (e) {
    if (!(e instanceof CsvError)) throw e;
    const line = (e as CsvError & { lines?: number }).lines;
    // csv-parse says "... at line N ..."; the location prefix says it already.
    throw new DataError(`not valid CSV: ${e.message.replace(/ at line \d+/, '')}`, { file, row: line });
  }
  const header = options.header ?? true;
  const width = header ? parsed[0].record.length : (options.names?.length ?? parsed[0].record.length);
  let names: string[];
  if (header) {
    names = parsed[0].record.map((n, i) => (n.trim() === '' ? `column_${i}` : n.trim()));
    const seen = new Map<string, number>();
    names.forEach((n, i) => {
      const before = seen.get(n);
      if (before !== undefined) throw new DataError(`the header names column '${n}' twice (columns ${before + 1} and ${i + 1})`, { file, row: 1, column: i + 1 });
      seen.set(n, i);
    });
  } else {
    names = options.names ?? Array.from({ length: width }, (_, i) => String(i));
  }
  const rows = header ? parsed.slice(1) : parsed;
  if (rows.length === 0) throw new DataError('the file has a header row but no data rows', { file });
  const lines = startLines(bytes, parsed).subarray(header ? 1 : 0);
  const cells: string[][] = names.map(() => new Array<string>(rows.length));
  rows.forEach((p, r) => {
    if (p.record.length !== width) {
      const expected = header ? `the header has ${width}` : options.names ? `the config names ${width} columns` : `the first row has ${width}`;
      throw new DataError(`row has ${p.record.length} field${p.record.length === 1 ? '' : 's'}, ${expected}`, { file, row: lines[r] });
    }
    for (let c = 0; c < width; c++) cells[c][r] = p.record[c];
  });
  const columns = new Map<string, RawColumn>(names.map((n, c) => [n, { kind: 'cells', cells: cells[c] }]));
  const index = new Map(names.map((n, c) => [n, c]));
  return {
    origin: file,
    size: rows.length,
    names,
    columns,
    textCells: true,
    cell: (row, column) => ({ where: { file, row: lines[row], column: (index.get(column) ?? 0) + 1 }, name: `column '${column}'` }),
  };
}
