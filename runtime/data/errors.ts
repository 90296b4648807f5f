// Data problems -> DataError, a message that names the file, row and column at fault; plus "did you mean" for names.
import { closest } from '../../core/suggest.js';

/** Where a problem lies: a file (or dataset or config) name, and a 1-based row (line) and column when known. */
export interface DataLocation {
  file: string;
  row?: number;
  column?: number;
}

/** A problem with the user's data or data config: `message` starts with `file:row:column:` and says what was expected. */
export class DataError extends Error {
  constructor(
    message: string,
    readonly where?: DataLocation,
  ) {
    super(where ? `${locate(where)}: ${message}` : message);
    this.name = 'DataError';
  }
}

/** `file:row:column`, leaving out the parts not known. */
export function locate(where: DataLocation): string {
  return [where.file, where.row, where.column].filter((p) => p !== undefined).join(':');
}

/** A value quoted for a message, shortened when long: `'abc'`. */
export function quote(text: string): string {
  const flat = text.replace(/\r?\n/g, '\\n');
  return `'${flat.length > 40 ? `${flat.slice(0, 37)}...` : flat}'`;
}

/** ` (did you mean 'x'?)` when a candidate is close, else ` (known: 'a', 'b')` with `label` for "known"; '' without candidates. */
export function suggest(name: string, candidates: string[], label = 'known'): string {
  const near = closest(name, candidates);
  if (near !== undefined) return ` (did you mean '${near}'?)`;
  if (candidates.length === 0) return '';
  const shown = candidates.slice(0, 12).map((c) => `'${c}'`);
  return ` (${label}: ${shown.join(', ')}${candidates.length > 12 ? `, and ${candidates.length - 12} more` : ''})`;
}
