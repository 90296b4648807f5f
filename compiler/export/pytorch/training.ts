// Per-loss, per-optimizer and per-schedule knowledge of the PyTorch exporter: the call into mdlc_layers.py that reproduces each,
// tables keyed by kind so a new loss, optimizer or schedule fails tsc until it has an entry.
import type { LossKind, LossSpec, OptimizerKind, OptimizerSpec, Schedule } from '../../check/types.js';
import { decayGroups } from '../../check/training.js';
import { py } from './python-text.js';

/** How one loss is exported: the arguments it reproduces and its per-row call on `pred` and `target`. */
export interface LossExport {
  args: readonly string[];
  call(loss: LossSpec): string;
}

const n = (spec: { args: Record<string, unknown> }, k: string) => py(spec.args[k] as number);
const b = (spec: { args: Record<string, unknown> }, k: string) => py(spec.args[k] === true);
const weights = (spec: LossSpec) => {
  const cw = spec.args.class_weight as number[] | undefined;
  return cw && cw.length ? `, class_weight=${py(cw)}` : '';
};
const pairArgs = ['prediction', 'target', 'l2'] as const;

/** Every loss's export. Adding a LossKind without one fails to compile. */
export const lossExports: Record<LossKind, LossExport> = {
  mse: { args: pairArgs, call: () => 'L.mse(pred, target)' },
  mae: { args: pairArgs, call: () => 'L.mae(pred, target)' },
  huber: { args: [...pairArgs, 'delta'], call: (l) => `L.huber(pred, target, delta=${n(l, 'delta')})` },
  cross_entropy: {
    args: [...pairArgs, 'label_smoothing', 'class_weight'],
    call: (l) => `L.cross_entropy(pred, target, sparse=${py(l.sparse)}${(l.args.label_smoothing as number) > 0 ? `, label_smoothing=${n(l, 'label_smoothing')}` : ''}${weights(l)})`,
  },
  binary_cross_entropy: { args: [...pairArgs, 'from_logits', 'class_weight'], call: (l) => `L.binary_cross_entropy(pred, target, from_logits=${b(l, 'from_logits')}${weights(l)})` },
  binary_focal_cross_entropy: {
    args: [...pairArgs, 'from_logits', 'gamma', 'alpha', 'apply_class_balancing', 'class_weight'],
    call: (l) => `L.binary_focal_cross_entropy(pred, target, from_logits=${b(l, 'from_logits')}, gamma=${n(l, 'gamma')}, alpha=${n(l, 'alpha')}, apply_class_balancing=${b(l, 'apply_class_balancing')}${weights(l)})`,
  },
  kl_divergence: { args: pairArgs, call: () => 'L.kl_divergence(pred, target)' },
  cosine_similarity: { args: pairArgs, call: () => 'L.cosine_similarity(pred, target)' },
};

/** How one optimizer is exported: its class in mdlc_layers.py, the arguments it reproduces, and its options (lr and clip_norm are the loop's). */
export interface OptimizerExport {
  cls: string;
  args: readonly string[];
  options(opt: OptimizerSpec): string;
}

const common = ['lr', 'clip_norm'] as const;

/** Every optimizer's export. Adding an OptimizerKind without one fails to compile. */
export const optimizerExports: Record<OptimizerKind, OptimizerExport> = {
  sgd: { cls: 'SGD', args: [...common, 'momentum', 'nesterov'], options: (o) => `momentum=${n(o, 'momentum')}, nesterov=${b(o, 'nesterov')}` },
  adam: { cls: 'Adam', args: [...common, 'beta1', 'beta2', 'epsilon'], options: (o) => `beta1=${n(o, 'beta1')}, beta2=${n(o, 'beta2')}, epsilon=${n(o, 'epsilon')}, weight_decay=0.0` },
  adamw: {
    cls: 'Adam',
    args: [...common, 'beta1', 'beta2', 'epsilon', 'weight_decay', 'decay_exclude'],
    options: (o) => `beta1=${n(o, 'beta1')}, beta2=${n(o, 'beta2')}, epsilon=${n(o, 'epsilon')}, weight_decay=${n(o, 'weight_decay')}`,
  },
  rmsprop: { cls: 'RMSprop', args: [...common, 'rho', 'momentum', 'epsilon', 'centered'], options: (o) => `rho=${n(o, 'rho')}, momentum=${n(o, 'momentum')}, epsilon=${n(o, 'epsilon')}, centered=${b(o, 'centered')}` },
  adagrad: { cls: 'Adagrad', args: [...common, 'initial_accumulator_value', 'epsilon'], options: (o) => `initial_accumulator_value=${n(o, 'initial_accumulator_value')}, epsilon=${n(o, 'epsilon')}` },
  lion: { cls: 'Lion', args: [...common, 'beta1', 'beta2'], options: (o) => `beta1=${n(o, 'beta1')}, beta2=${n(o, 'beta2')}` },
};

/** The parameter name endings each adamw decay_exclude group stands for (as compiler/ir/lower-optimizers.ts groups them). */
export const decayGroupEndings: Record<(typeof decayGroups)[number], readonly string[]> = {
  bias: ['bias'],
  norm: ['gamma', 'beta'],
  embedding: ['embeddings', 'positions'],
};

/** Every schedule's export as a callable of the 0-based step. Adding a schedule kind without one fails to compile. */
const scheduleExports: { [K in Schedule['kind']]: (s: Extract<Schedule, { kind: K }>) => string } = {
  constant: (s) => `L.Constant(${py(s.lr)})`,
  step: (s) => `L.StepDecay(${py(s.lr)}, every=${py(s.every)}, factor=${py(s.factor)})`,
  cosine: (s) => `L.Cosine(${py(s.lr)}, steps=${py(s.steps)}, min_lr=${py(s.min_lr)})`,
  exponential: (s) => `L.Exponential(${py(s.lr)}, steps=${py(s.steps)}, rate=${py(s.rate)}, staircase=${py(s.staircase)})`,
  linear: (s) => `L.Linear(${py(s.lr)}, steps=${py(s.steps)}, end_lr=${py(s.end_lr)})`,
  warmup: (s) => `L.Warmup(${py(s.steps)}, ${scheduleText(s.after)})`,
};

/** A schedule as Python text. */
export function scheduleText(s: Schedule): string {
  return (scheduleExports[s.kind] as (s: Schedule) => string)(s);
}
