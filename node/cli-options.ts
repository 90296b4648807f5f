// Command-line option text -> checked values for every `mdlc` command, and the one error class for usage mistakes.
import { readFileSync } from 'node:fs';
import { parseDataSize } from './data/limits.js';

/** A mistake in how mdlc was called (a missing file argument, a malformed option): exit code 2 with the usage text. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** `--set name=value` options -> overrides by name: a constant (`d_model=128`) or a setting (`train.batch_size=64`). */
export function parseSets(values: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of values) {
    const m = /^([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)?)=(.+)$/.exec(v);
    if (!m) throw new UsageError(`--set expects name=value, got "${v}"`);
    out[m[1]] = m[2];
  }
  return out;
}

/** A positive number (or integer) option, undefined when absent; anything else is a usage mistake. */
export function positive(v: string | undefined, what: string, integer: boolean): number | undefined {
  if (v === undefined) return undefined;
  const x = Number(v);
  if (!Number.isFinite(x) || x <= 0 || (integer && !Number.isInteger(x)) || v.trim() === '') throw new UsageError(`${what} must be a positive ${integer ? 'integer' : 'number'}, got "${v}"`);
  return x;
}

/** The largest seed: seeds are 32-bit, as the initializers and the shuffle take them. */
export const maxSeed = 2 ** 32 - 1;

/** A seed option, an integer from 0 to 2^32 - 1; undefined when absent. */
export function seedOption(v: string | undefined, what: string): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v) || Number(v) > maxSeed) throw new UsageError(`${what} must be an integer from 0 to ${maxSeed}, got "${v}"`);
  return Number(v);
}

/** `--max-data-size` (`2GiB`, `500MB`, bytes) as bytes, undefined when absent. */
export function dataSizeOption(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const bytes = parseDataSize(v);
  if (bytes === undefined) throw new UsageError(`--max-data-size must be a size such as 2GiB, 500MB or 1000000 (bytes), got "${v}"`);
  return bytes;
}

/** A file's text, or undefined after saying on stderr why it cannot be read (the caller exits 2). */
export function readText(path: string, io: { err(s: string): void }): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    io.err(`mdlc: cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (e as Error).message}`);
    return undefined;
  }
}

/** The one file a command takes (`noun` with its article, e.g. `a spec file`), or a UsageError saying what is missing or extra. */
export function onlyFile(positionals: string[], command: string, noun: string, example: string): string {
  if (positionals.length === 1) return positionals[0];
  const bare = noun.replace(/^an? /, '');
  throw new UsageError(positionals.length === 0 ? `${command} needs ${noun}: ${example}` : `${command} takes one ${bare}, got ${positionals.length}`);
}

/** `--format`: text or json, else a UsageError. */
export function formatOption(v: string | undefined): 'text' | 'json' {
  if (v !== 'text' && v !== 'json') throw new UsageError(`--format must be text or json, got "${v}"`);
  return v;
}
