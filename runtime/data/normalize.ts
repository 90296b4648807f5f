// Numeric rows + a method (standardize, min-max, or scale by a constant) -> per-feature statistics fitted on the training rows, applied to all.

/** How to normalise a numeric input: standardise or min-max with training-set statistics, or `x * scale + offset`. */
export type NormalizeSetting = 'standardize' | 'minmax' | { scale: number; offset?: number };

/** Fitted statistics, one entry per feature (the last axis of the per-sample shape), kept for reports and for predict. */
export type NormalizationStats =
  | { method: 'standardize'; mean: number[]; std: number[] }
  | { method: 'minmax'; min: number[]; max: number[] }
  | { method: 'scale'; scale: number; offset: number };

/** Features per sample along the last axis (1 for scalars): statistics are kept per feature, as Keras' Normalization(axis=-1) does. */
function featureCount(shape: readonly number[]): number {
  return shape.length === 0 ? 1 : shape[shape.length - 1];
}

/** Fits `setting` on the rows `fit` of `values` (size * prod(shape) numbers); population statistics, as scikit-learn and Keras use. */
export function fitNormalization(setting: NormalizeSetting, values: Float64Array, shape: readonly number[], fit: ArrayLike<number>): NormalizationStats {
  if (typeof setting === 'object') return { method: 'scale', scale: setting.scale, offset: setting.offset ?? 0 };
  const features = featureCount(shape);
  const width = shape.reduce((a, b) => a * b, 1);
  const perRow = width / features;
  // Each feature's values in the fitted rows, visited in order: element e of row r is feature e % features.
  const visit = (f: (feature: number, v: number) => void) => {
    for (let i = 0; i < fit.length; i++) {
      const base = fit[i] * width;
      for (let e = 0; e < width; e++) f(e % features, values[base + e]);
    }
  };
  if (setting === 'minmax') {
    const min = new Array<number>(features).fill(Infinity);
    const max = new Array<number>(features).fill(-Infinity);
    visit((k, v) => {
      if (v < min[k]) min[k] = v;
      if (v > max[k]) max[k] = v;
    });
    return { method: 'minmax', min, max };
  }
  const count = fit.length * perRow;
  const mean = new Array<number>(features).fill(0);
  visit((k, v) => (mean[k] += v));
  for (let k = 0; k < features; k++) mean[k] /= count;
  const squares = new Array<number>(features).fill(0);
  visit((k, v) => (squares[k] += (v - mean[k]) ** 2));
  return { method: 'standardize', mean, std: squares.map((s) => Math.sqrt(s / count)) };
}

/** Applies fitted statistics to every row, in place; a constant feature (std or range 0) is only shifted, as scikit-learn does. */
export function applyNormalization(stats: NormalizationStats, values: Float64Array | Float32Array, shape: readonly number[]): void {
  const features = featureCount(shape);
  if (stats.method === 'scale') {
    for (let i = 0; i < values.length; i++) values[i] = values[i] * stats.scale + stats.offset;
    return;
  }
  const shift = stats.method === 'standardize' ? stats.mean : stats.min;
  const divide = stats.method === 'standardize' ? stats.std.map((s) => s || 1) : stats.max.map((m, k) => m - stats.min[k] || 1);
  for (let i = 0; i < values.length; i++) {
    const k = i % features;
    values[i] = (values[i] - shift[k]) / divide[k];
  }
}
