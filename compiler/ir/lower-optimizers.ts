// Learning-rate schedules, gradient clipping and the optimizer updates (a table keyed by optimizer), lowered to IR.
import type { OptimizerKind, OptimizerSpec, Schedule } from '../check/types.js';
import type { Binding } from '../../core/ir.js';
import type { Builder } from './builder.js';
import { decayGroups } from '../check/training.js';
import { optimizerArg } from './lower-args.js';
import { total } from './lower-training.js';

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
    case 'exponential': {
      // Keras' ExponentialDecay: lr · rate^(step / steps), the exponent floored under staircase.
      const progress = b.scale(step, 1 / s.steps);
      return b.scale(b.unary('exp', b.scale(s.staircase ? b.unary('floor', progress) : progress, Math.log(s.rate))), s.lr);
    }
    case 'linear': {
      // Keras' PolynomialDecay with power 1: from lr to end_lr over `steps` steps, then end_lr.
      const left = b.sub(b.const(1), b.scale(b.binary('min', step, b.const(s.steps)), 1 / s.steps));
      return b.addN(b.const(s.end_lr), b.scale(left, s.lr - s.end_lr));
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
  /** Reads (creating on first use) an optimizer state tensor of the parameter's shape, every element `value` (0) at first. */
  slot(name: string, value?: number): number;
}

/** Scales gradients so their global L2 norm is at most `clip` (no-op when clip is 0). */
export function clipByGlobalNorm(b: Builder, grads: number[], clip: number): number[] {
  if (clip <= 0 || grads.length === 0) return grads;
  const sq = grads.map((g) => total(b, b.mul(g, g))).reduce((acc, s) => b.addN(acc, s));
  const norm = b.unary('sqrt', sq);
  const scale = b.div(b.const(clip), b.binary('max', norm, b.const(clip)));
  return grads.map((g) => b.mul(g, scale));
}

/** One optimizer's update of the parameters: pushes each new value and each state slot it used. */
type Update = (b: Builder, opt: OptimizerSpec, params: Trainable[], lr: number, t: number, updates: Binding[]) => void;

const sgd: Update = (b, opt, params, lr, _t, updates) => {
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
};

/** The decay group of a parameter, by its last path segment: the names the layers give their parameters (check/layers.ts). */
const groupOf: Record<string, (typeof decayGroups)[number]> = { bias: 'bias', gamma: 'norm', beta: 'norm', embeddings: 'embedding', positions: 'embedding' };

/** Whether `adamw(decay_exclude=...)` leaves this parameter out of the weight decay. */
function excluded(path: string, groups: readonly string[]): boolean {
  const group = groupOf[path.slice(path.lastIndexOf('.') + 1)];
  return group !== undefined && groups.includes(group);
}

const adam: Update = (b, opt, params, lr, t, updates) => {
  const [b1, b2, eps] = [optimizerArg(opt, 'beta1', 'number'), optimizerArg(opt, 'beta2', 'number'), optimizerArg(opt, 'epsilon', 'number')];
  const c1 = oneMinusPower(b, t, b1);
  const c2 = oneMinusPower(b, t, b2);
  for (const p of params) {
    const m = b.addN(b.scale(p.slot('m'), b1), b.scale(p.grad, 1 - b1));
    const v = b.addN(b.scale(p.slot('v'), b2), b.scale(b.mul(p.grad, p.grad), 1 - b2));
    updates.push({ name: `${p.path}.m`, node: m }, { name: `${p.path}.v`, node: v });
    const step_ = b.div(b.div(m, c1), b.addN(b.unary('sqrt', b.div(v, c2)), b.const(eps)));
    let value = p.value;
    if (opt.kind === 'adamw' && !excluded(p.path, optimizerArg(opt, 'decay_exclude', 'choices'))) value = b.sub(value, b.mul(b.scale(lr, optimizerArg(opt, 'weight_decay', 'number')), value));
    updates.push({ name: p.path, node: b.sub(value, b.mul(lr, step_)) });
  }
};

/** Keras' RMSprop: epsilon is added to the mean square inside the root, lr · g / sqrt(v + eps) (as TensorFlow.js). */
const rmsprop: Update = (b, opt, params, lr, _t, updates) => {
  const [rho, mu, eps] = [optimizerArg(opt, 'rho', 'number'), optimizerArg(opt, 'momentum', 'number'), optimizerArg(opt, 'epsilon', 'number')];
  const centered = optimizerArg(opt, 'centered', 'bool');
  for (const p of params) {
    const v = b.addN(b.scale(p.slot('rms'), rho), b.scale(b.mul(p.grad, p.grad), 1 - rho));
    updates.push({ name: `${p.path}.rms`, node: v });
    let denominator = b.addN(v, b.const(eps));
    if (centered) {
      const mg = b.addN(b.scale(p.slot('mean_grad'), rho), b.scale(p.grad, 1 - rho));
      updates.push({ name: `${p.path}.mean_grad`, node: mg });
      denominator = b.sub(denominator, b.mul(mg, mg));
    }
    let increment = b.div(b.mul(lr, p.grad), b.unary('sqrt', denominator));
    if (mu > 0) {
      increment = b.addN(b.scale(p.slot('momentum'), mu), increment);
      updates.push({ name: `${p.path}.momentum`, node: increment });
    }
    updates.push({ name: p.path, node: b.sub(p.value, increment) });
  }
};

/** Keras' Adagrad: the sum of squares starts at initial_accumulator_value; epsilon inside the root, lr · g / sqrt(acc + eps). */
const adagrad: Update = (b, opt, params, lr, _t, updates) => {
  const [initial, eps] = [optimizerArg(opt, 'initial_accumulator_value', 'number'), optimizerArg(opt, 'epsilon', 'number')];
  for (const p of params) {
    const acc = b.addN(p.slot('accumulator', initial), b.mul(p.grad, p.grad));
    updates.push({ name: `${p.path}.accumulator`, node: acc });
    updates.push({ name: p.path, node: b.sub(p.value, b.div(b.mul(lr, p.grad), b.unary('sqrt', b.addN(acc, b.const(eps))))) });
  }
};

/** Keras' Lion (Chen et al. 2023): w -= lr · sign(beta1 · m + (1 - beta1) · g), then m = beta2 · m + (1 - beta2) · g. */
const lion: Update = (b, opt, params, lr, _t, updates) => {
  const [b1, b2] = [optimizerArg(opt, 'beta1', 'number'), optimizerArg(opt, 'beta2', 'number')];
  for (const p of params) {
    const m = p.slot('m');
    const direction = b.unary('sign', b.addN(b.scale(m, b1), b.scale(p.grad, 1 - b1)));
    updates.push({ name: p.path, node: b.sub(p.value, b.mul(lr, direction)) });
    updates.push({ name: `${p.path}.m`, node: b.addN(b.scale(m, b2), b.scale(p.grad, 1 - b2)) });
  }
};

/** Every optimizer's update. Adding an OptimizerKind without one fails to compile. */
const optimizerUpdates: Record<OptimizerKind, Update> = { sgd, adam, adamw: adam, rmsprop, adagrad, lion };

/**
 * The optimizer update: new value of each parameter and of each state slot it used. `t` is the 1-based number of
 * this update (the step counter after incrementing), so nothing here reads the counter's old value.
 */
export function lowerOptimizer(b: Builder, opt: OptimizerSpec, params: Trainable[], t: number, updates: Binding[]): void {
  const lr = lowerSchedule(b, opt.schedule, b.sub(t, b.const(1)));
  optimizerUpdates[opt.kind](b, opt, params, lr, t, updates);
}
