// Parameter initialisation with Keras' formulas, from a seeded counter-based generator: same seed, same bytes.
import type { Initializer } from '../core/initializer.js';
import { hashString, threefry2x32, toUnit } from './random.js';

/** Keras' fan computation: 2-D [in, out]; convolution kernels multiply by the receptive field; 1-D uses its length. */
export function fans(shape: number[]): { fanIn: number; fanOut: number } {
  if (shape.length === 0) return { fanIn: 1, fanOut: 1 };
  if (shape.length === 1) return { fanIn: shape[0], fanOut: shape[0] };
  if (shape.length === 2) return { fanIn: shape[0], fanOut: shape[1] };
  const receptive = shape.slice(0, -2).reduce((a, b) => a * b, 1);
  return { fanIn: shape[shape.length - 2] * receptive, fanOut: shape[shape.length - 1] * receptive };
}

/** Stddev correction of a normal truncated at ±2σ, as Keras' VarianceScaling applies. */
const TRUNCATION = 0.87962566103423978;

/** Fills a parameter tensor; the stream of numbers is keyed by (seed, hash of the path), so parameters are independent of order. */
export function initialize(init: Initializer, shape: number[], seed: number, path: string): Float32Array {
  const n = shape.reduce((a, b) => a * b, 1);
  const out = new Float32Array(n);
  const key = hashString(path);
  const uniform = (i: number, attempt: number) => toUnit(threefry2x32(seed, key, attempt, i)[0]);
  const normal = (i: number, attempt: number) => {
    const [a, b] = threefry2x32(seed, key, attempt, i);
    const u1 = ((a >>> 8) + 1) * 5.9604644775390625e-8; // (0, 1]: log never sees 0
    const u2 = toUnit(b);
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  };
  const truncated = (i: number) => {
    for (let attempt = 0; ; attempt++) {
      const z = normal(i, attempt);
      if (Math.abs(z) <= 2) return z;
    }
  };
  const fillUniform = (lo: number, hi: number) => {
    for (let i = 0; i < n; i++) out[i] = lo + (hi - lo) * uniform(i, 0);
  };
  const { fanIn, fanOut } = fans(shape);
  const a = init.args;
  switch (init.kind) {
    case 'zeros':
      break;
    case 'ones':
      out.fill(1);
      break;
    case 'constant':
      out.fill(a.value);
      break;
    case 'uniform':
      fillUniform(a.min, a.max);
      break;
    case 'normal':
      for (let i = 0; i < n; i++) out[i] = a.mean + a.stddev * normal(i, 0);
      break;
    case 'truncated_normal':
      for (let i = 0; i < n; i++) out[i] = a.mean + a.stddev * truncated(i);
      break;
    case 'glorot_uniform': {
      const limit = Math.sqrt(6 / (fanIn + fanOut));
      fillUniform(-limit, limit);
      break;
    }
    case 'he_uniform': {
      const limit = Math.sqrt(6 / fanIn);
      fillUniform(-limit, limit);
      break;
    }
    case 'orthogonal':
      orthogonal(shape, (i) => normal(i, 0), a.gain, out);
      break;
    case 'unit_forget_bias': {
      // LSTM's bias [4 · units] (gates i, f, c, o): ones for the forget gate, as Keras' unit_forget_bias.
      const units = n / 4;
      out.fill(1, units, 2 * units);
      break;
    }
    case 'glorot_normal':
    case 'he_normal':
    case 'lecun_normal': {
      const variance = init.kind === 'glorot_normal' ? 2 / (fanIn + fanOut) : init.kind === 'he_normal' ? 2 / fanIn : 1 / fanIn;
      const std = Math.sqrt(variance) / TRUNCATION;
      for (let i = 0; i < n; i++) out[i] = std * truncated(i);
      break;
    }
  }
  return out;
}

/**
 * Keras' Orthogonal: a normal matrix of the shape flattened to [rows, cols] (rows the product of all axes but the
 * last) made orthonormal along its shorter side by QR with the signs of R's diagonal made positive (Gram-Schmidt in
 * float64 gives exactly that factor), times `gain`.
 */
function orthogonal(shape: number[], normal: (i: number) => number, gain: number, out: Float32Array): void {
  const cols = shape.length ? shape[shape.length - 1] : 1;
  const rows = out.length / cols;
  // QR of the tall matrix [tall, short]; a wide [rows, cols] one is the transpose of the tall factor.
  const tall = Math.max(rows, cols);
  const short = Math.min(rows, cols);
  const q = Array.from({ length: short }, (_, j) => Float64Array.from({ length: tall }, (_, i) => normal(i * short + j)));
  for (let j = 0; j < short; j++) {
    const v = q[j];
    for (let k = 0; k < j; k++) {
      let dot = 0;
      for (let i = 0; i < tall; i++) dot += q[k][i] * v[i];
      for (let i = 0; i < tall; i++) v[i] -= dot * q[k][i];
    }
    let norm = 0;
    for (let i = 0; i < tall; i++) norm += v[i] * v[i];
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < tall; i++) v[i] /= norm;
  }
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) out[r * cols + c] = gain * (rows >= cols ? q[c][r] : q[r][c]);
}
