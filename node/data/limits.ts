// Size text ("512MiB", "2GB", "1e9") -> bytes, and the byte budget every data load draws on, refusing data beyond its limit.
import { DataError } from '../../runtime/data/errors.js';

/** How much data one load may read, in bytes, over all its sources, unless raised. */
export const DEFAULT_MAX_DATA_SIZE = 2 ** 30;

/** Limits of one data load: the bytes it may read over all its sources (the config file not counted). */
export interface DataLimits {
  maxDataSize?: number;
}

/** Bytes per unit: SI (kB, MB, GB, TB; also k, K, M, G, T) and binary (KiB, MiB, GiB, TiB); none means bytes. */
const UNITS: Record<string, number> = { '': 1, b: 1, k: 1e3, kb: 1e3, m: 1e6, mb: 1e6, g: 1e9, gb: 1e9, t: 1e12, tb: 1e12, kib: 2 ** 10, mib: 2 ** 20, gib: 2 ** 30, tib: 2 ** 40 };

/** A size such as `512MiB`, `2GB` or `1000000` as bytes; undefined when the text is not one (or is not positive). */
export function parseDataSize(text: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?(?:e\d+)?)\s*([a-z]*)\s*$/i.exec(text);
  const unit = m ? UNITS[m[2].toLowerCase()] : undefined;
  if (!m || unit === undefined) return undefined;
  const bytes = Math.floor(Number(m[1]) * unit);
  return Number.isFinite(bytes) && bytes > 0 ? bytes : undefined;
}

/** `1 GiB`, `40.3 MiB`, `512 bytes`: a byte count for messages. */
export function formatSize(bytes: number): string {
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  if (bytes < 1024) return `${bytes} byte${bytes === 1 ? '' : 's'}`;
  let value = bytes;
  let unit = 'bytes';
  for (const u of units) {
    if (value < 1024) break;
    value /= 1024;
    unit = u;
  }
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`;
}

/** The bytes a load has read so far against its limit; `take` refuses the bytes that would go past it. */
export class ByteBudget {
  private used = 0;

  /** `hint` says how to raise the limit. */
  constructor(
    readonly limit: number = DEFAULT_MAX_DATA_SIZE,
    private readonly hint = 'raise it with --max-data-size (or the maxDataSize option of loadData and loadDataFor)',
  ) {}

  /** Counts `bytes` more of `file` (its size before reading, then any bytes past it); a DataError naming the file beyond the limit. */
  take(bytes: number, file: string): void {
    const first = this.used === 0;
    this.used += bytes;
    if (this.used <= this.limit) return;
    const what = first ? `is ${formatSize(this.used)}, more than` : `brings the data read to ${formatSize(this.used)}, more than`;
    throw new DataError(`${what} the data size limit of ${formatSize(this.limit)}; ${this.hint}`, { file });
  }
}
