// Text cells appended row by row (a CSV's fields) -> one byte buffer and an end offset per cell, read back a column at a time.
import { DataError } from '../../runtime/data/errors.js';

/** One column of text cells, decoded on demand; `firstText` is the memo of table.ts's first non-number row. */
export interface TextCells {
  readonly size: number;
  get(row: number): string;
  firstText?: number;
}

/**
 * Cells of a table in row order, stored as UTF-8 bytes with a 32-bit end offset each: about the file's own size plus
 * 4 bytes a cell, where a JavaScript string per cell costs some 30 bytes more than its text.
 */
export class CellStore {
  private bytes: Buffer;
  private used = 0;
  private ends: Uint32Array;
  private count = 0;
  private ascii = true;

  /** `capacity` is a guess of the bytes needed (a file's size holds its cells); the store grows past it if need be. */
  constructor(
    readonly width: number,
    capacity: number,
    private readonly file: string,
  ) {
    this.bytes = Buffer.allocUnsafe(Math.max(1024, capacity));
    this.ends = new Uint32Array(1024);
  }

  /** Rows stored so far. */
  get rows(): number {
    return this.width === 0 ? 0 : this.count / this.width;
  }

  /** Appends one cell (rows are `width` cells in a row). */
  push(cell: string): void {
    if (this.bytes.length - this.used < cell.length * 3) this.grow(Buffer.byteLength(cell));
    const n = this.bytes.write(cell, this.used, 'utf8');
    if (n !== cell.length) this.ascii = false;
    this.used += n;
    if (this.count === this.ends.length) {
      const ends = new Uint32Array(this.ends.length * 2);
      ends.set(this.ends);
      this.ends = ends;
    }
    this.ends[this.count++] = this.used;
  }

  /** Bytes of cell text stored so far. */
  get bytesUsed(): number {
    return this.used;
  }

  /**
   * Room for `cells` cells and `bytes` bytes in all, as estimated from the start of a file: its offsets are allocated
   * once rather than doubled again and again, and text space is not held for the delimiters and quotes the file also has.
   */
  reserve(cells: number, bytes: number): void {
    if (cells > this.ends.length) {
      const ends = new Uint32Array(cells);
      ends.set(this.ends.subarray(0, this.count));
      this.ends = ends;
    }
    if (bytes >= this.used && bytes < this.bytes.length) {
      const resized = Buffer.allocUnsafe(bytes);
      this.bytes.copy(resized, 0, 0, this.used);
      this.bytes = resized;
    }
  }

  private grow(need: number): void {
    const size = Math.max(this.bytes.length * 2, this.used + need);
    if (size > 0xffffffff && this.used + need > 0xffffffff) throw new DataError('holds more than 4 GiB of cell text, more than a CSV source may hold', { file: this.file });
    const bytes = Buffer.allocUnsafe(Math.min(size, 0xffffffff));
    this.bytes.copy(bytes, 0, 0, this.used);
    this.bytes = bytes;
  }

  /** Gives back what the guesses left unused, when that is much. */
  trim(): void {
    if (this.bytes.length > this.used * 1.25 + 65536) this.bytes = Buffer.from(this.bytes.subarray(0, this.used));
    if (this.ends.length > this.count * 1.25 + 1024) this.ends = this.ends.slice(0, this.count);
  }

  /** The cell of `row` in `column`. */
  get(row: number, column: number): string {
    const i = row * this.width + column;
    return this.bytes.toString(this.ascii ? 'latin1' : 'utf8', i === 0 ? 0 : this.ends[i - 1], this.ends[i]);
  }

  /** One column's cells. */
  column(column: number): TextCells {
    const rows = this.rows;
    return { size: rows, get: (row) => this.get(row, column) };
  }
}
