// In-memory datasets (typed columns keyed by the spec's input and target names) -> seeded splits, epoch orders and padded batches.
import { threefry2x32 } from '../random.js';
import { DataError } from './errors.js';

/** One named tensor of a dataset: `size * prod(shape)` values, row-major, one row per sample. */
export interface Column {
  dtype: 'f32' | 'i32';
  /** Per-sample shape, without the batch axis. */
  shape: number[];
  data: Float32Array | Int32Array;
}

/** Samples as typed columns keyed by the spec's input and target names. */
export interface Dataset {
  size: number;
  columns: Record<string, Column>;
}

/** The fractions of a dataset held out for validation and test; the rest is for training. */
export interface SplitFractions {
  validation?: number;
  test?: number;
}

/** Row indices of each part of a split, in their shuffled order. */
export interface SplitIndices {
  train: Int32Array;
  validation?: Int32Array;
  test?: Int32Array;
}

/** A dataset cut into training, validation and test parts. */
export interface SplitDatasets {
  train: Dataset;
  validation?: Dataset;
  test?: Dataset;
}

/** One batch: `batchSize` rows per feed (the last batch padded by repeating its first row), weight 1 per real row and 0 per pad. */
export interface Batch {
  feeds: Record<string, Float32Array | Int32Array>;
  weight: Float32Array;
  count: number;
}

/** Elements per sample of a shape. */
export const numel = (shape: readonly number[]): number => shape.reduce((a, b) => a * b, 1);

// Streams keep the epoch orders and the split shuffle of one seed independent of each other.
const EPOCH_STREAM = 0;
const SPLIT_STREAM = 1;

/** A Fisher-Yates permutation of 0..size-1 drawn from Threefry-2x32 under key (k0, k1): counter (i, stream) picks swap i. */
function permutation(size: number, k0: number, k1: number, stream: number): Int32Array {
  const p = new Int32Array(size);
  for (let i = 0; i < size; i++) p[i] = i;
  for (let i = size - 1; i > 0; i--) {
    const [w0, w1] = threefry2x32(k0, k1, i, stream);
    // 53 random bits, so the bias of floor(u * (i + 1)) stays negligible for any array length.
    const u = (w0 * 2 ** 21 + (w1 >>> 11)) / 2 ** 53;
    const j = Math.floor(u * (i + 1));
    const t = p[i];
    p[i] = p[j];
    p[j] = t;
  }
  return p;
}

function checkSeed(seed: number, what: string): void {
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new DataError(`${what} must be an integer from 0 to 4294967295, got ${seed}`);
}

/** The order of rows for one epoch: a seeded Fisher-Yates shuffle, the same for the same (size, seed, epoch) on every machine. */
export function shuffledOrder(size: number, seed: number, epoch: number): Int32Array {
  checkSeed(seed, 'the shuffle seed');
  checkSeed(epoch, 'the epoch');
  return permutation(size, seed, epoch, EPOCH_STREAM);
}

/** Row indices of a seeded train/validation/test split: held-out parts get round(fraction * size) rows (at least 1 when asked). */
export function splitIndices(size: number, fractions: SplitFractions, seed: number): SplitIndices {
  checkSeed(seed, 'the split seed');
  const count = (name: 'validation' | 'test'): number => {
    const f = fractions[name];
    if (f === undefined || f === 0) return 0;
    if (!(f > 0 && f < 1)) throw new DataError(`the ${name} fraction must be between 0 and 1, got ${f}`);
    return Math.max(1, Math.round(f * size));
  };
  const nValidation = count('validation');
  const nTest = count('test');
  if (nValidation + nTest >= size)
    throw new DataError(`a split of ${size} rows into ${nValidation} for validation and ${nTest} for test leaves no rows for training`);
  const order = permutation(size, seed, 0, SPLIT_STREAM);
  const nTrain = size - nValidation - nTest;
  const out: SplitIndices = { train: order.slice(0, nTrain) };
  if (nValidation > 0) out.validation = order.slice(nTrain, nTrain + nValidation);
  if (nTest > 0) out.test = order.slice(nTrain + nValidation);
  return out;
}

/** The rows `indices` of a dataset, in that order, as a new dataset. */
export function take(dataset: Dataset, indices: ArrayLike<number>): Dataset {
  const columns: Record<string, Column> = {};
  for (const [name, c] of Object.entries(dataset.columns)) {
    const width = numel(c.shape);
    const data = c.dtype === 'f32' ? new Float32Array(indices.length * width) : new Int32Array(indices.length * width);
    for (let i = 0; i < indices.length; i++) {
      const r = indices[i];
      if (!(r >= 0 && r < dataset.size)) throw new RangeError(`take: row ${r} is outside 0..${dataset.size - 1}`);
      data.set(c.data.subarray(r * width, (r + 1) * width), i * width);
    }
    columns[name] = { dtype: c.dtype, shape: [...c.shape], data };
  }
  return { size: indices.length, columns };
}

/** A seeded shuffle of the rows cut into training, validation and test datasets (see splitIndices for the sizes). */
export function split(dataset: Dataset, fractions: SplitFractions, seed: number): SplitDatasets {
  const parts = splitIndices(dataset.size, fractions, seed);
  const out: SplitDatasets = { train: take(dataset, parts.train) };
  if (parts.validation) out.validation = take(dataset, parts.validation);
  if (parts.test) out.test = take(dataset, parts.test);
  return out;
}

/** Batches of `batchSize` rows in `order` (default: row order); the last is padded by repeating its first row, with weight 0. */
export function* batches(dataset: Dataset, batchSize: number, order?: ArrayLike<number>): Generator<Batch> {
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batches: the batch size must be a positive integer, got ${batchSize}`);
  const rows = order ?? Int32Array.from({ length: dataset.size }, (_, i) => i);
  for (let first = 0; first < rows.length; first += batchSize) {
    const count = Math.min(batchSize, rows.length - first);
    const feeds: Record<string, Float32Array | Int32Array> = {};
    for (const [name, c] of Object.entries(dataset.columns)) {
      const width = numel(c.shape);
      const data = c.dtype === 'f32' ? new Float32Array(batchSize * width) : new Int32Array(batchSize * width);
      for (let i = 0; i < batchSize; i++) {
        const r = rows[first + (i < count ? i : 0)];
        if (!(r >= 0 && r < dataset.size)) throw new RangeError(`batches: row ${r} of the order is outside 0..${dataset.size - 1}`);
        data.set(c.data.subarray(r * width, (r + 1) * width), i * width);
      }
      feeds[name] = data;
    }
    const weight = new Float32Array(batchSize);
    weight.fill(1, 0, count);
    yield { feeds, weight, count };
  }
}
