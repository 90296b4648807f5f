// CSV bytes, whole or in chunks (csv-parse: quotes, embedded newlines, BOM) -> a Table of compact text cells that remember their line and column.
import { CsvError, parse } from 'csv-parse/sync';
import { DataError, quote } from '../../../runtime/data/errors.js';
import { fileChunks, sizeHint } from '../files.js';
import { ByteBudget } from '../limits.js';
import type { RawColumn, Table } from '../table.js';
import { CellStore } from '../text-cells.js';

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

/** Bytes parsed at a time: small enough that a piece's records die young, before the garbage collector promotes them. */
const CHUNK = 1 << 18;

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/**
 * Counts lines over `bytes` from `line`: the line each record starts on, and the line after the last byte. csv-parse reports
 * the byte offset after each record; its line counter drifts after a quoted CRLF, so lines are counted here: CRLF, CR and LF
 * each end one line, and blank lines are skipped.
 */
function startLines(bytes: Uint8Array, parsed: Parsed[], line: number): { lines: Int32Array; end: number } {
  const lines = new Int32Array(parsed.length);
  let pos = 0;
  const step = () => {
    if (bytes[pos] === CR) {
      line++;
      if (bytes[pos + 1] === LF) pos++;
    } else if (bytes[pos] === LF) line++;
    pos++;
  };
  parsed.forEach((p, k) => {
    const start = k === 0 ? 0 : parsed[k - 1].info.bytes;
    while (pos < start) step();
    while (bytes[pos] === CR || bytes[pos] === LF) step();
    lines[k] = line;
  });
  while (pos < bytes.length) step();
  return { lines, end: line };
}

/** csv-parse's message without the line (the location prefix says it) and with any quoted value shortened to the cell. */
function csvMessage(e: CsvError): string {
  return e.message.replace(/ at line \d+/, '').replace(/value is "((?:[^"]|"")*)"/s, (_, v: string) => `value is ${quote(v)}`);
}

/**
 * Reads CSV bytes chunk by chunk. Each piece handed to csv-parse ends just after a record delimiter outside quotes, so
 * records never straddle pieces; the delimiter csv-parse would discover (the first CRLF, LF or CR outside quotes) is found
 * here and given to every piece, so they are all parsed as one file would be. Cells go to a CellStore as they come.
 */
class CsvReader {
  private pending: Buffer = Buffer.alloc(0);
  private scanned = 0;
  private inQuotes = false;
  private recordDelimiter: string | undefined;
  private line = 1;
  private first = true;
  private blank = true;
  private names: string[] | undefined;
  private width = 0;
  private store: CellStore | undefined;
  private lines = new Int32Array(1024);
  private count = 0;

  constructor(
    private readonly file: string,
    private readonly options: CsvOptions,
    private readonly capacity: number,
  ) {}

  /** Takes the next chunk (copied: the caller may reuse its buffer) and parses every whole record so far. */
  push(chunk: Buffer): void {
    if (this.blank) this.blank = chunk.toString('utf8').replace(/^\uFEFF/, '').trim() === '';
    this.pending = Buffer.concat([this.pending, chunk]);
    const cut = this.cutPoint();
    if (cut > 0) {
      this.parsePiece(this.pending.subarray(0, cut));
      this.pending = Buffer.from(this.pending.subarray(cut));
      this.scanned -= cut;
    }
  }

  /** The end of the last record delimiter outside quotes in the pending bytes (0 when none is known yet). */
  private cutPoint(): number {
    const b = this.pending;
    const d = this.recordDelimiter;
    // No quote in the new bytes and outside quotes: the last delimiter is the cut (the common case, found natively).
    if (d !== undefined && !this.inQuotes && b.indexOf(QUOTE, this.scanned) === -1) {
      const from = this.scanned;
      const last = b.lastIndexOf(d === '\r' ? CR : LF);
      this.scanned = b.length;
      // Only in the new bytes: an older delimiter that was not a cut lies inside quotes.
      return last >= from && (d !== '\r\n' || (last > 0 && b[last - 1] === CR)) ? last + 1 : 0;
    }
    let cut = 0;
    let i = this.scanned;
    for (; i < b.length; i++) {
      const c = b[i];
      if (c === QUOTE) this.inQuotes = !this.inQuotes;
      else if (!this.inQuotes && (c === CR || c === LF)) {
        if (this.recordDelimiter === undefined) {
          if (c === CR && i + 1 === b.length) break; // CR or CRLF: the next chunk tells
          this.recordDelimiter = c === LF ? '\n' : b[i + 1] === LF ? '\r\n' : '\r';
        }
        const d = this.recordDelimiter;
        if (d === '\n' ? c === LF : d === '\r' ? c === CR : c === LF && i > 0 && b[i - 1] === CR) cut = i + 1;
      }
    }
    this.scanned = i;
    return cut;
  }

  private parsePiece(piece: Buffer): void {
    let parsed: Parsed[];
    try {
      parsed = parse(piece, {
        bom: this.first,
        delimiter: this.options.delimiter ?? ',',
        ...(this.recordDelimiter ? { record_delimiter: this.recordDelimiter } : {}),
        relax_column_count: true,
        skip_empty_lines: true,
        info: true,
      }) as unknown as Parsed[];
    } catch (e) {
      if (!(e instanceof CsvError)) throw e;
      const lines = (e as CsvError & { lines?: number }).lines;
      throw new DataError(`not valid CSV: ${csvMessage(e)}`, { file: this.file, row: lines === undefined ? undefined : this.line + lines - 1 });
    }
    const { lines, end } = startLines(piece, parsed, this.line);
    this.line = end;
    parsed.forEach((p, k) => this.record(p.record, lines[k]));
    // The first piece tells how many cells a byte holds: room for the whole file's cells, and a little more.
    if (this.first && this.store && piece.length < this.capacity) {
      const scale = (this.capacity / piece.length) * 1.05;
      this.store.reserve(Math.ceil(this.store.rows * this.width * scale) + 1024, Math.ceil(this.store.bytesUsed * scale) + 65536);
    }
    this.first = false;
  }

  private record(fields: string[], line: number): void {
    const { header = true, names } = this.options;
    if (this.store === undefined) {
      if (header) {
        this.names = this.headerNames(fields);
        this.width = fields.length;
        this.store = new CellStore(this.width, this.capacity, this.file);
        return;
      }
      this.width = names?.length ?? fields.length;
      this.names = names ?? Array.from({ length: this.width }, (_, i) => String(i));
      this.store = new CellStore(this.width, this.capacity, this.file);
    }
    if (fields.length !== this.width) {
      const expected = header ? `the header has ${this.width}` : names ? `the config names ${this.width} columns` : `the first row has ${this.width}`;
      throw new DataError(`row has ${fields.length} field${fields.length === 1 ? '' : 's'}, ${expected}`, { file: this.file, row: line });
    }
    for (const f of fields) this.store.push(f);
    if (this.count === this.lines.length) {
      const lines = new Int32Array(this.lines.length * 2);
      lines.set(this.lines);
      this.lines = lines;
    }
    this.lines[this.count++] = line;
  }

  private headerNames(fields: string[]): string[] {
    const names = fields.map((n, i) => (n.trim() === '' ? `column_${i}` : n.trim()));
    const seen = new Map<string, number>();
    names.forEach((n, i) => {
      const before = seen.get(n);
      if (before !== undefined) throw new DataError(`the header names column '${n}' twice (columns ${before + 1} and ${i + 1})`, { file: this.file, row: 1, column: i + 1 });
      seen.set(n, i);
    });
    return names;
  }

  /** Parses what is left and gives the table. */
  end(): Table {
    if (this.blank) throw new DataError('the file is empty', { file: this.file });
    if (this.pending.length) this.parsePiece(this.pending);
    this.pending = Buffer.alloc(0);
    const { store, names, file } = this;
    if (!store || !names || store.rows === 0) throw new DataError(this.options.header ?? true ? 'the file has a header row but no data rows' : 'the file is empty', { file });
    store.trim();
    const lines = this.lines.slice(0, this.count);
    this.lines = new Int32Array(0);
    const columns = new Map<string, RawColumn>(
      names.map((n, c) => {
        const text = store.column(c);
        // `cells` as a plain array only for callers that ask for one; the loader reads `text`.
        return [n, { kind: 'cells', text, get cells() { return Array.from({ length: text.size }, (_, r) => text.get(r)); } }];
      }),
    );
    const index = new Map(names.map((n, c) => [n, c]));
    return {
      origin: file,
      size: store.rows,
      names,
      columns,
      textCells: true,
      cell: (row, column) => ({ where: { file, row: lines[row], column: (index.get(column) ?? 0) + 1 }, name: `column '${column}'` }),
    };
  }
}

/** Parses CSV text from `file` (the name shown in messages) into a Table; malformed files are DataErrors with the line. */
export function readCsv(text: string | Uint8Array, file: string, options: CsvOptions = {}): Table {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : Buffer.from(text.buffer, text.byteOffset, text.byteLength);
  const reader = new CsvReader(file, options, bytes.length);
  for (let at = 0; at < bytes.length; at += CHUNK) reader.push(bytes.subarray(at, at + CHUNK));
  return reader.end();
}

/** Reads a CSV file at `path` in chunks, within `budget` (shown as `file` in messages), without holding its text whole. */
export function readCsvFile(path: string, file: string, options: CsvOptions = {}, budget = new ByteBudget()): Table {
  const reader = new CsvReader(file, options, sizeHint(path));
  for (const chunk of fileChunks(path, file, budget, CHUNK)) reader.push(chunk);
  return reader.end();
}
