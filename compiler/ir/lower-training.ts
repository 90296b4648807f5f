// Losses, metric counters, learning-rate schedules, gradient clipping and optimizer updates, lowered to IR.
import type { LossSpec, MetricSpec, OptimizerSpec, Schedule } from '../check/types.js';
import type { Builder } from './builder.js';
import { lossArg, metricArg, optimizerArg } from './lower-args.js';
import { logSoftmax } from './lower-layers.js';
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
      value = average(b, perRow);
      break;
    }
    case 'binary_cross_entropy': {
      if (lossArg(loss, 'from_logits', 'bool')) {
        // max(x, 0) - x·z + log(1 + exp(-|x|)): stable for large |x|.
        const x = pred;
        const soft = b.unary('log', b.addN(b.const(1), b.unary('exp', b.unary('neg', b.unary('abs', x)))));
        value = average(b, b.addN(b.sub(b.unary('relu', x), b.mul(x, target)), soft));
      } else {
        const eps = 1e-7; // Keras' backend epsilon: probabilities are clipped into [eps, 1 - eps]
        const p = b.binary('min', b.binary('max', pred, b.const(eps)), b.const(1 - eps));
        const one = b.const(1);
        const ll = b.addN(b.mul(target, b.unary('log', p)), b.mul(b.sub(one, target), b.unary('log', b.sub(one, p))));
        value = b.unary('neg', average(b, ll));
      }
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

/** The learning rate at `step` (0-based count of updates done so far), as a scalar node. */
export function lowerSchedule(b: Builder, s: Schedule, step: number): number {
  switch (s.kind) {
    case 'constant':
      return b.const(s.lr);
    case 'step':
      return b.scale(b.unary('exp', b.scale(b.unary('floor', b.scale(step, 1 / s.every)), Math.log(s.factor))), s.lr);
    case 'cosine': {
      const progress = b.scale(b.binary('min', step, b.const(s.steps)), 1 / s.steps);
      const wave = b.scale(b.addN(b.const(1), b.unary('cos', b.scale(progress, Math.PI))), 0.5);
      return b.addN(b.const(s.min_lr), b.scale(wave, s.lr - s.min_lr));
    }
    case 'warmup': {
      const after = lowerSchedule(b, s.after, b.binary('max', b.sub(step, b.const(s.steps)), b.const(0)));
      const start = lowerSchedule(b, s.after, b.const(0));
      const ramp = b.mul(start, b.scale(b.addN(step, b.const(1)), 1 / s.steps));
      return b.where(b.binary('lt', step, b.const(s.steps)), ramp, after);
    }
  }
}

/**
 * 1 - beta^t without cancellation: for small |t ln beta| (early steps, beta2 = 0.999) a series, which float32
 * evaluates to full precision where 1 - exp(x) would lose three digits; exp elsewhere.
 */
function oneMinusPower(b: Builder, t: number, beta: number): number {
  const x = b.scale(t, Math.log(beta));
  // -x (1 + x/2 + x²/6 + x³/24 + x⁴/120): error below x^5/720 < 2e-8 for |x| < 0.1
  let poly = b.const(1 / 120);
  for (const c of [1 / 24, 1 / 6, 1 / 2, 1]) poly = b.addN(b.mul(poly, x), b.const(c));
  const series = b.unary('neg', b.mul(x, poly));
  const direct = b.sub(b.const(1), b.unary('exp', x));
  return b.where(b.binary('lt', b.unary('abs', x), b.const(0.1)), series, direct);
}

/** One parameter with its gradient, and the state slots its optimizer needs. */
export interface Trainable {
  path: string;
  value: number;
  grad: number;
  /** Reads (creating on first use) an optimizer state tensor of the parameter's shape. */
  slot(name: string): number;
}

/** Scales gradients so their global L2 norm is at most `clip` (no-op when clip is 0). */
export function clipByGlobalNorm(b: Builder, grads: number[], clip: number): number[] {
  if (clip <= 0 || grads.length === 0) return grads;
  const sq = grads.map((g) => total(b, b.mul(g, g))).reduce((acc, s) => b.addN(acc, s));
  const norm = b.unary('sqrt', sq);
  const scale = b.div(b.const(clip), b.binary('max', norm, b.const(clip)));
  return grads.map((g) => b.mul(g, scale));
}

/**
 * The optimizer update: new value of each parameter and of each state slot it used. `t` is the 1-based number of
 * this update (the step counter after incrementing), so nothing here reads the counter's old value.
 */
export function lowerOptimizer(b: Builder, opt: OptimizerSpec, params: Trainable[], t: number, updates: { name: string; node: number }[]): void {
  const one = b.const(1);
  const lr = lowerSchedule(b, opt.schedule, b.sub(t, one));
  const a = opt.args;
  if (opt.kind === 'sgd') {
    const mu = optimizerArg(opt, 'momentum', 'number');
    for (const p of params) {
      let delta = p.grad;
      if (mu > 0) {
        const buf = b.addN(b.scale(p.slot('momentum'), mu), p.grad);
        updates.push({ name: `${p.path}.momentum`, node: buf });
        delta = optimizerArg(opt, 'nesterov', 'bool') ? b.addN(p.grad, b.scale(buf, mu)) : buf;
      }
      updates.push({ name: p.path, node: b.sub(p.value, b.mul(lr, delta)) });
    }
    return;
  }
  const [b1, b2, eps] = [optimizerArg(opt, 'beta1', 'number'), optimizerArg(opt, 'beta2', 'number'), optimizerArg(opt, 'epsilon', 'number')];
  const c1 = oneMinusPower(b, t, b1);
  const c2 = oneMinusPower(b, t, b2);
  for (const p of params) {
    const m = b.addN(b.scale(p.slot('m'), b1), b.scale(p.grad, 1 - b1));
    const v = b.addN(b.scale(p.slot('v'), b2), b.scale(b.mul(p.grad, p.grad), 1 - b2));
    updates.push({ name: `${p.path}.m`, node: m }, { name: `${p.path}.v`, node: v });
    const step_ = b.div(b.div(m, c1), b.addN(b.unary('sqrt', b.div(v, c2)), b.const(eps)));
    let value = p.value;
    if (opt.kind === 'adamw') value = b.sub(value, b.mul(b.scale(lr, optimizerArg(opt, 'weight_decay', 'number')), value));
    updates.push({ name: p.path, node: b.sub(value, b.mul(lr, step_)) });
  }
}
