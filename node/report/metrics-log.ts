// Training records -> an append-only JSON-lines file (Node): one JSON object per line, written through as each record arrives.
import { closeSync, fsyncSync, openSync, readFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { errnoOf, FileSystemError, reasonOf } from '../fs-errors.js';
import { makeFolder } from '../run-folder.js';

/** A system error's reason in words (the full disk, the read-only file system), else its message. */
const why = (e: unknown) => {
  const errno = errnoOf(e);
  return errno ? reasonOf(errno, e) : (e as Error).message;
};

/** One line of the log: any JSON object (an epoch's losses and metrics, a run's start, ...). */
export type MetricsRecord = Record<string, unknown>;

/** A metrics file that cannot be opened or written; the message names the file. */
export class MetricsLogError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MetricsLogError';
  }
}

/** Replaces non-finite numbers with null explicitly (JSON has no NaN), and refuses values JSON cannot hold. */
function toLine(path: string, record: MetricsRecord): string {
  let json: string | undefined;
  try {
    json = JSON.stringify(record, (_key, value: unknown) => (typeof value === 'number' && !Number.isFinite(value) ? null : value));
  } catch (e) {
    throw new MetricsLogError(`cannot write a record to metrics log ${path}: ${(e as Error).message}`);
  }
  if (json === undefined || !json.startsWith('{')) throw new MetricsLogError(`cannot write to metrics log ${path}: a record must be a JSON object`);
  return json + '\n';
}

/** An append-only JSON-lines writer; each `write` reaches the file before it returns, so a crash loses at most the record being written. */
export class MetricsLog {
  private fd: number | undefined;

  /** Opens (creating the folder and the file) `path` for appending; earlier lines are kept, so a resumed run continues the log. */
  constructor(readonly path: string) {
    try {
      makeFolder(dirname(path));
      this.fd = openSync(path, 'a');
    } catch (e) {
      throw new MetricsLogError(`cannot open metrics log ${path}: ${e instanceof FileSystemError ? e.reason : why(e)}`);
    }
  }

  /** Appends one record as one line; call it once per epoch (or per logging interval). */
  write(record: MetricsRecord): void {
    if (this.fd === undefined) throw new MetricsLogError(`metrics log ${this.path} is closed`);
    const line = toLine(this.path, record);
    try {
      writeSync(this.fd, line);
    } catch (e) {
      throw new MetricsLogError(`cannot write to metrics log ${this.path}: ${why(e)}`);
    }
  }

  /** Forces written lines to disk (fsync); worth it at the end of an epoch, not per step. */
  flush(): void {
    if (this.fd === undefined) return;
    try {
      fsyncSync(this.fd);
    } catch (e) {
      throw new MetricsLogError(`cannot write to metrics log ${this.path}: ${why(e)}`);
    }
  }

  /** Flushes and closes the file; later writes throw. */
  close(): void {
    if (this.fd === undefined) return;
    try {
      fsyncSync(this.fd);
    } finally {
      closeSync(this.fd);
      this.fd = undefined;
    }
  }
}

/** Reads a metrics log back; a last line cut short by a crash is skipped, any other malformed line throws naming its number. */
export function readMetricsLog(path: string): MetricsRecord[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new MetricsLogError(`cannot read metrics log ${path}: ${why(e)}`);
  }
  const lines = text.split('\n');
  const records: MetricsRecord[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      const value: unknown = JSON.parse(line);
      if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not a JSON object');
      records.push(value as MetricsRecord);
    } catch (e) {
      // Only the unterminated last line can be a write interrupted by a crash.
      if (i === lines.length - 1) return;
      throw new MetricsLogError(`metrics log ${path} line ${i + 1} is not a JSON object (${(e as Error).message})`);
    }
  });
  return records;
}
