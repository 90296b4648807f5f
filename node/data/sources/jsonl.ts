// JSON lines, whole or in chunks (one object per line) -> a Table whose columns are the objects' fields, each cell remembering its line.
import { StringDecoder } from 'node:string_decoder';
import { DataError } from '../../../runtime/data/errors.js';
import { fileChunks } from '../files.js';
import { ByteBudget } from '../limits.js';
import type { RawColumn, Table } from '../table.js';

/** V8's JSON.parse message without the snippet of text it quotes (at most the offending token is kept). */
export function jsonProblem(e: unknown): string {
  return (e as Error).message.replace(/,\s*"(?:[^"\\]|\\.)*"(?:\.\.\.)? is not valid JSON$/s, '').replace(/ in JSON at position (\d+)/, (_, p: string) => ` at character ${Number(p) + 1}`);
}

/** Lines fed in pieces, one JSON object each, straight into per-field columns (no object per row is kept). */
class JsonLinesReader {
  private readonly decoder = new StringDecoder('utf8');
  private rest = '';
  private lineNo = 0;
  private size = 0;
  private readonly names: string[] = [];
  private readonly cells = new Map<string, unknown[]>();
  private readonly lines: number[] = [];

  constructor(private readonly file: string) {}

  push(chunk: Buffer | string): void {
    const text = this.rest + (typeof chunk === 'string' ? chunk : this.decoder.write(chunk));
    const parts = text.split('\n');
    this.rest = parts.pop() ?? '';
    for (const line of parts) this.line(line);
  }

  private line(raw: string): void {
    this.lineNo++;
    const line = this.lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      throw new DataError(`not valid JSON: ${jsonProblem(e)}`, { file: this.file, row: this.lineNo });
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      throw new DataError(`expected a JSON object (one sample per line), found ${Array.isArray(value) ? 'an array' : typeof value === 'string' ? 'a string' : JSON.stringify(value)}`, { file: this.file, row: this.lineNo });
    const row = value as Record<string, unknown>;
    for (const k of Object.keys(row))
      if (!this.cells.has(k)) {
        this.names.push(k);
        this.cells.set(k, new Array<unknown>(this.size).fill(undefined));
      }
    // Own properties only: a field named "__proto__" or "constructor" is data, not the prototype.
    for (const k of this.names) (this.cells.get(k) as unknown[]).push(Object.prototype.hasOwnProperty.call(row, k) ? row[k] : undefined);
    this.size++;
    this.lines.push(this.lineNo);
  }

  end(): Table {
    const last = this.rest + this.decoder.end();
    this.rest = '';
    if (last !== '') this.line(last);
    if (this.size === 0) throw new DataError('the file is empty', { file: this.file });
    const { file, lines } = this;
    const columns = new Map<string, RawColumn>(this.names.map((k) => [k, { kind: 'cells', cells: this.cells.get(k) as unknown[] }]));
    return { origin: file, size: this.size, names: this.names, columns, textCells: false, cell: (row, _column) => ({ where: { file, row: lines[row] }, name: `field '${_column}'` }) };
  }
}

/** Parses JSON-lines text from `file` (the name shown in messages); blank lines are skipped, anything but an object per line is a DataError. */
export function readJsonLines(text: string, file: string): Table {
  const reader = new JsonLinesReader(file);
  reader.push(text);
  return reader.end();
}

/** Reads a JSON-lines file at `path` in chunks, within `budget` (shown as `file` in messages). */
export function readJsonLinesFile(path: string, file: string, budget = new ByteBudget()): Table {
  const reader = new JsonLinesReader(file);
  for (const chunk of fileChunks(path, file, budget)) reader.push(chunk);
  return reader.end();
}
