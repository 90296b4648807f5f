// Losses and metric counters, lowered to IR (schedules, clipping and optimizer updates are in lower-optimizers.ts).
import type { LossSpec, MetricSpec } from '../check/types.js';
import type { Builder } from './builder.js';
import { lossArg, metricArg } from './lower-args.js';
import { clip, logSoftmax } from './lower-activations.js';
import { integerPower } from './lower-functions.js';
import { type CounterName, weightFeed } from '../../core/interface.js';

/** Classification view of a loss: what the metrics count. */
interface Classes {
  /** f32 1/0 of the predicted class per row: [..., C] one-hot, or [...] positive flags for binary. */
  predicted: number;
  actual: number;
  /** Rows counted. */
  rows: number;
}

function allAxes(b: Builder, x: number): number[] {
  return b.shape(x).map((_, i) => i);
}

/** Sum over every axis, to a scalar. */
export function total(b: Builder, x: number): number {
  return b.reshape(b.sum(x, allAxes(b, x)), []);
}

/** Mean over every axis, to a scalar. */
export function average(b: Builder, x: number): number {
  return b.reshape(b.mean(x, allAxes(b, x)), []);
}

/** The name of the per-sample weight input every train and eval program reads (1 for real rows, 0 for padding). */
export const WEIGHT_INPUT = weightFeed;

/** w reshaped to broadcast over a tensor whose first axis is the batch: [B, 1, ..., 1]. */
function perSample(b: Builder, w: number, like: number): number {
  const rank = b.shape(like).length;
  return b.reshape(w, [b.shape(w)[0], ...new Array<number>(Math.max(0, rank - 1)).fill(1)]);
}

/** Σ_b w_b · mean(x_b) / Σ_b w_b: the batch mean over real samples only (Keras' sample weights). */
function weightedMean(b: Builder, x: number, w: number): number {
  const s = b.shape(x);
  const per = s.length > 1 ? b.reshape(b.mean(x, s.map((_, i) => i).slice(1)), [s[0]]) : x;
  return b.div(total(b, b.mul(per, w)), b.binary('max', total(b, w), b.const(1e-12)));
}

/** One-hot rows (f32) of integer class ids [...] for C classes: [..., C]. */
function oneHot(b: Builder, ids: number, classes: number): number {
  const s = b.shape(ids);
  return b.binary('eq', b.iota([...s, classes], s.length), b.reshape(ids, [...s, 1]));
}

/** The loss as a scalar IR node: mean over all rows/elements, plus L2 on kernels when asked. */
export function lowerLoss(b: Builder, loss: LossSpec, pred: number, target: number, kernels: number[], w: number): number {
  const average = (_: Builder, x: number) => weightedMean(b, x, w);
  let value: number;
  switch (loss.kind) {
    case 'mse': {
      const d = b.sub(pred, target);
      value = average(b, b.mul(d, d));
      break;
    }
    case 'mae':
      value = average(b, b.unary('abs', b.sub(pred, target)));
      break;
    case 'cross_entropy': {
      const s = b.shape(pred);
      const classes = s[s.length - 1];
      let t = loss.sparse ? oneHot(b, target, classes) : target;
      const eps = lossArg(loss, 'label_smoothing', 'number');
      if (eps > 0) t = b.addN(b.scale(t, 1 - eps), b.const(eps / classes));
      const perRow = b.unary('neg', b.sum(b.mul(t, logSoftmax(b, pred, s.length - 1)), [s.length - 1]));
      const cw = lossArg(loss, 'class_weight', 'numbers');
      // Each row weighs as its true class (Keras' class_weight): the one-hot target picks the weight, before smoothing.
      const truth = () => (loss.sparse ? oneHot(b, target, classes) : target);
      value = average(b, cw.length ? b.mul(perRow, b.sum(b.mul(truth(), vector(b, cw)), [s.length - 1])) : perRow);
      break;
    }
    case 'binary_cross_entropy':
      if (lossArg(loss, 'class_weight', 'numbers').length) {
        const bce = lossArg(loss, 'from_logits', 'bool') ? logitCrossEntropy(b, pred, target) : b.unary('neg', logLikelihood(b, clippedProbability(b, pred), target));
        value = average(b, b.mul(bce, binaryClassWeight(b, loss, target)));
      } else value = lossArg(loss, 'from_logits', 'bool') ? average(b, logitCrossEntropy(b, pred, target)) : b.unary('neg', average(b, logLikelihood(b, clippedProbability(b, pred), target)));
      break;
    case 'binary_focal_cross_entropy': {
      // Keras' BinaryFocalCrossentropy: (1 - p_t)^gamma · bce, p_t the probability given to the true label.
      const fromLogits = lossArg(loss, 'from_logits', 'bool');
      const p = fromLogits ? b.unary('sigmoid', pred) : clippedProbability(b, pred);
      const bce = fromLogits ? logitCrossEntropy(b, pred, target) : b.unary('neg', logLikelihood(b, p, target));
      const one = b.const(1);
      const pt = b.addN(b.mul(target, p), b.mul(b.sub(one, target), b.sub(one, p)));
      const gamma = lossArg(loss, 'gamma', 'number');
      let focal = b.mul(power(b, b.sub(one, pt), gamma), bce);
      if (lossArg(loss, 'apply_class_balancing', 'bool')) {
        const alpha = lossArg(loss, 'alpha', 'number');
        focal = b.mul(focal, b.addN(b.scale(target, alpha), b.scale(b.sub(one, target), 1 - alpha)));
      }
      value = average(b, lossArg(loss, 'class_weight', 'numbers').length ? b.mul(focal, binaryClassWeight(b, loss, target)) : focal);
      break;
    }
    case 'huber': {
      // 0.5 d² for |d| <= delta, delta · (|d| - delta/2) beyond: with q = min(|d|, delta), 0.5 q² + delta · (|d| - q).
      const delta = lossArg(loss, 'delta', 'number');
      const a = b.unary('abs', b.sub(pred, target));
      const q = b.binary('min', a, b.const(delta));
      value = average(b, b.addN(b.scale(b.mul(q, q), 0.5), b.scale(b.sub(a, q), delta)));
      break;
    }
    case 'kl_divergence': {
      // Keras' KLDivergence: both sides clipped into [1e-7, 1], then sum(t · log(t / p)) over the last axis.
      const last = b.shape(pred).length - 1;
      const t = clip(b, target, KERAS_EPSILON, 1);
      const p = clip(b, pred, KERAS_EPSILON, 1);
      value = average(b, b.reshape(b.sum(b.mul(t, b.unary('log', b.div(t, p))), [last]), b.shape(pred).slice(0, -1)));
      break;
    }
    case 'cosine_similarity': {
      // Keras' CosineSimilarity: -sum(t̂ · p̂) over the last axis, each side divided by max(its L2 norm, 1e-6).
      const last = b.shape(pred).length - 1;
      const unit = (x: number) => b.div(x, b.unary('sqrt', b.binary('max', b.sum(b.mul(x, x), [last]), b.const(1e-12))));
      value = average(b, b.reshape(b.unary('neg', b.sum(b.mul(unit(target), unit(pred)), [last])), b.shape(pred).slice(0, -1)));
      break;
    }
  }
  const l2 = lossArg(loss, 'l2', 'number');
  if (l2 > 0 && kernels.length) {
    const squares = kernels.map((k) => total(b, b.mul(k, k)));
    value = b.addN(value, b.scale(squares.reduce((acc, s) => b.addN(acc, s)), l2));
  }
  return value;
}

/** A constant vector [n] of the given values. */
function vector(b: Builder, values: number[]): number {
  return b.concat(values.map((v) => b.reshape(b.const(v), [1])), 0);
}

/** The weight of each element's true class under a binary loss's class_weight [negative, positive]: z · w1 + (1 - z) · w0. */
function binaryClassWeight(b: Builder, loss: LossSpec, target: number): number {
  const [w0, w1] = lossArg(loss, 'class_weight', 'numbers');
  return b.addN(b.scale(target, w1), b.scale(b.sub(b.const(1), target), w0));
}

/** Keras' backend epsilon: probabilities are clipped into [eps, 1 - eps] before a log. */
const KERAS_EPSILON = 1e-7;

/** x ** k for a constant k: an integer power by multiplication (exact at 0), any other as exp(k · log x). */
function power(b: Builder, x: number, k: number): number {
  if (Number.isInteger(k) && k >= 0 && k <= 64) return integerPower(b, x, k);
  return b.unary('exp', b.scale(b.unary('log', b.binary('max', x, b.const(1e-30))), k));
}

/** Elementwise binary cross-entropy of logits x: max(x, 0) - x·z + log(1 + exp(-|x|)), stable for large |x|. */
function logitCrossEntropy(b: Builder, x: number, z: number): number {
  const soft = b.unary('log', b.addN(b.const(1), b.unary('exp', b.unary('neg', b.unary('abs', x)))));
  return b.addN(b.sub(b.unary('relu', x), b.mul(x, z)), soft);
}

/** A probability clipped into [eps, 1 - eps], so neither log below is infinite. */
function clippedProbability(b: Builder, p: number): number {
  return clip(b, p, KERAS_EPSILON, 1 - KERAS_EPSILON);
}

/** Elementwise z · log p + (1 - z) · log(1 - p): minus the binary cross-entropy of probabilities. */
function logLikelihood(b: Builder, p: number, z: number): number {
  const one = b.const(1);
  return b.addN(b.mul(z, b.unary('log', p)), b.mul(b.sub(one, z), b.unary('log', b.sub(one, p))));
}

function classes(b: Builder, loss: LossSpec, pred: number, target: number, threshold: number): Classes {
  if (loss.kind === 'cross_entropy') {
    const s = b.shape(pred);
    const c = s[s.length - 1];
    const last = s.length - 1;
    const predicted = oneHot(b, b.reshape(b.argmax(pred, last), s.slice(0, -1)), c);
    const actual = loss.sparse ? oneHot(b, target, c) : oneHot(b, b.reshape(b.argmax(target, last), s.slice(0, -1)), c);
    return { predicted, actual, rows: s.slice(0, -1).reduce((p, d) => p * d, 1) };
  }
  // binary: the prediction is positive when its probability exceeds the threshold
  const cut = lossArg(loss, 'from_logits', 'bool') ? Math.log(threshold / (1 - threshold)) : threshold;
  const predicted = b.binary('lt', b.const(cut), pred);
  const actual = b.binary('lt', b.const(0.5), target);
  return { predicted, actual, rows: b.shape(pred).reduce((p, d) => p * d, 1) };
}

/** Metric counter nodes by counter name (names shared with the runtime in core/interface.ts). */
export type Counters = Partial<Record<CounterName, number>>;

/** The counters present, in the order they were lowered. */
export function counterEntries(c: Counters): [CounterName, number][] {
  return Object.entries(c) as [CounterName, number][];
}

/** Metric counters summed over the batch, read back and combined by the runtime (e.g. accuracy = correct / count). */
export function lowerMetricCounters(b: Builder, loss: LossSpec, metrics: MetricSpec[], pred: number, target: number, w: number): Counters {
  const out: Counters = {};
  const weighted = (x: number) => b.mul(x, perSample(b, w, x));
  const samples = total(b, w);
  const perSampleCount = (x: number) => b.shape(x).slice(1).reduce((p, d) => p * d, 1);
  const kinds = new Set(metrics.map((m) => m.kind));
  const withThreshold = metrics.find((m) => 'threshold' in m.args);
  const threshold = withThreshold ? metricArg(withThreshold, 'threshold', 'number') : 0.5;
  if (kinds.has('accuracy') || kinds.has('precision') || kinds.has('recall') || kinds.has('f1')) {
    const c = classes(b, loss, pred, target, threshold);
    const binary = loss.kind !== 'cross_entropy';
    const agree = weighted(b.mul(c.predicted, c.actual));
    out.correct = binary ? total(b, weighted(b.binary('eq', c.predicted, c.actual))) : total(b, agree);
    out.count = b.scale(samples, binary ? perSampleCount(c.predicted) : perSampleCount(c.predicted) / b.shape(c.predicted)[b.shape(c.predicted).length - 1]);
    if (kinds.has('precision') || kinds.has('recall') || kinds.has('f1')) {
      const one = b.const(1);
      const rowsAxes = b.shape(agree).map((_, i) => i).slice(0, binary ? undefined : -1);
      const perClass = (x: number) => (binary ? total(b, x) : b.reshape(b.sum(x, rowsAxes), [b.shape(x)[b.shape(x).length - 1]]));
      out.tp = perClass(agree);
      out.fp = perClass(weighted(b.mul(c.predicted, b.sub(one, c.actual))));
      out.fn = perClass(weighted(b.mul(b.sub(one, c.predicted), c.actual)));
    }
  }
  if (kinds.has('mse') || kinds.has('mae')) {
    const d = b.sub(pred, target);
    if (kinds.has('mse')) out.sse = total(b, weighted(b.mul(d, d)));
    if (kinds.has('mae')) out.sae = total(b, weighted(b.unary('abs', d)));
    out.elements = b.scale(samples, perSampleCount(d));
  }
  return out;
}
