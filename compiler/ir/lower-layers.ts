// Per-layer and per-function lowering rules: each built-in becomes primitive IR ops (tables keyed by kind).
import type { Activation, FunctionName, LayerKind, ResolvedArgs } from '../check/types.js';
import type { Builder } from './builder.js';
import { activations } from '../check/layers.js';
import { arg, layerArg, oneOf, sizesAfterBatch } from './lower-args.js';
import { type LayerLowering, type LayerNode, type LowerContext, NEG_LARGE, params } from './lower-context.js';
import { convLowerings } from './lower-conv.js';

export { type LowerContext, NEG_LARGE } from './lower-context.js';

const SQRT1_2 = Math.SQRT1_2;

/** Every activation's lowering. Adding an Activation without one fails to compile. */
const activationLowering: Record<Activation, (b: Builder, x: number) => number> = {
  none: (_b, x) => x,
  linear: (_b, x) => x,
  relu: (b, x) => b.unary('relu', x),
  sigmoid: (b, x) => b.unary('sigmoid', x),
  tanh: (b, x) => b.unary('tanh', x),
  // exact GELU, as Keras' default (approximate=False): x/2 · (1 + erf(x/√2))
  gelu: (b, x) => b.mul(b.scale(x, 0.5), b.binary('add', b.const(1), b.unary('erf', b.scale(x, SQRT1_2)))),
  silu: (b, x) => b.mul(x, b.unary('sigmoid', x)),
  softmax: (b, x) => softmax(b, x, b.shape(x).length - 1),
};

/** Applies an activation function by name. */
export function activate(b: Builder, x: number, kind: Activation): number {
  return activationLowering[kind](b, x);
}

/** A layer's `activation=` argument, one of the names the checker accepts. */
function activationOf(node: LayerNode): Activation {
  return oneOf('activation', layerArg(node, 'activation', 'choice'), activations);
}

/** GELU's tanh approximation, as Keras' `approximate=True`: x/2 · (1 + tanh(√(2/π) · (x + 0.044715 x³))). */
export function geluTanh(b: Builder, x: number): number {
  const cube = b.mul(b.mul(x, x), x);
  const inner = b.scale(b.binary('add', x, b.scale(cube, 0.044715)), Math.sqrt(2 / Math.PI));
  return b.mul(b.scale(x, 0.5), b.binary('add', b.const(1), b.unary('tanh', inner)));
}

/** Numerically stable softmax: the row maximum is subtracted (and not differentiated; it cancels). */
export function softmax(b: Builder, x: number, axis: number): number {
  const e = b.unary('exp', b.sub(x, b.detach(b.reduceMax(x, [axis]))));
  return b.div(e, b.sum(e, [axis]));
}

/** Numerically stable log-softmax. */
export function logSoftmax(b: Builder, x: number, axis: number): number {
  const shifted = b.sub(x, b.detach(b.reduceMax(x, [axis])));
  return b.sub(shifted, b.unary('log', b.sum(b.unary('exp', shifted), [axis])));
}

/** x · W + b over the last axis of x (any rank), via one 2-D matmul. */
function dense(ctx: LowerContext, x: number, kernel: number, bias: number | undefined): number {
  const { b } = ctx;
  const s = b.shape(x);
  const [inW, units] = b.shape(kernel);
  const rows = s.slice(0, -1).reduce((p, d) => p * d, 1);
  let y = b.matmul(b.reshape(x, [rows, inW]), kernel);
  if (bias !== undefined) y = b.addN(y, b.reshape(bias, [1, units]));
  return b.reshape(y, [...s.slice(0, -1), units]);
}

/** Inverted dropout: zero with probability `rate`, scale the rest by 1/(1-rate); identity outside training. */
export function dropout(ctx: LowerContext, x: number, rate: number): number {
  if (!ctx.training || rate === 0) return x;
  const { b } = ctx;
  const keep = b.binary('le', b.const(rate), ctx.random(b.shape(x)));
  return b.mul(x, b.scale(keep, 1 / (1 - rate)));
}

/** Every layer's lowering. Adding a LayerKind without one fails to compile. */
export const layerLowering: Record<LayerKind, LayerLowering> = {
  Dense(ctx, node, [x]) {
    const p = params(ctx, node);
    return activate(ctx.b, dense(ctx, x, p.kernel, p.bias), activationOf(node));
  },
  Embedding(ctx, node, [ids]) {
    return ctx.b.gather(params(ctx, node).embeddings, ids);
  },
  PositionalEmbedding(ctx, node, [x]) {
    const { b } = ctx;
    const [, len, width] = b.shape(x);
    const table = params(ctx, node).positions;
    return b.addN(x, b.reshape(b.slice(table, [0, 0], [len, width]), [1, len, width]));
  },
  LayerNorm(ctx, node, [x]) {
    const { b } = ctx;
    const axis = b.shape(x).length - 1;
    const width = b.shape(x)[axis];
    const lead = b.shape(x).map(() => 1).slice(1);
    const centered = b.sub(x, b.mean(x, [axis]));
    const variance = b.mean(b.mul(centered, centered), [axis]);
    let y = b.div(centered, b.unary('sqrt', b.addN(variance, b.const(layerArg(node, 'epsilon', 'number')))));
    const p = params(ctx, node);
    if (p.gamma !== undefined) y = b.mul(y, b.reshape(p.gamma, [...lead, width]));
    if (p.beta !== undefined) y = b.addN(y, b.reshape(p.beta, [...lead, width]));
    return y;
  },
  BatchNorm(ctx, node, [x]) {
    const { b } = ctx;
    const s = b.shape(x);
    const width = s[s.length - 1];
    const channels = (t: number) => b.reshape(t, [...s.slice(1).map(() => 1), width]);
    const meanPath = node.path + '.moving_mean';
    const variancePath = node.path + '.moving_variance';
    let mean: number;
    let variance: number;
    if (!ctx.training) {
      mean = channels(ctx.variable(meanPath));
      variance = channels(ctx.variable(variancePath));
    } else {
      // Statistics of the real rows only: padding rows are selected out (not multiplied, so no value of theirs leaks in).
      const axes = s.map((_, i) => i).slice(0, -1);
      const real = b.reshape(ctx.rowMask(), [s[0], ...s.slice(1).map(() => 1)]);
      const perRow = s.slice(1, -1).reduce((p, d) => p * d, 1);
      const n = b.binary('max', b.scale(b.reshape(b.sum(real, axes), []), perRow), b.const(1));
      const zero = b.const(0);
      mean = b.div(b.sum(b.where(real, x, zero), axes), n);
      const d = b.sub(x, mean);
      variance = b.div(b.sum(b.where(real, b.mul(d, d), zero), axes), n);
      // Keras' rule, with the biased batch variance: moving = moving · momentum + batch · (1 - momentum).
      const momentum = layerArg(node, 'momentum', 'number');
      const follow = (path: string, batch: number) => ctx.update(path, b.addN(b.scale(ctx.variable(path), momentum), b.scale(b.reshape(batch, [width]), 1 - momentum)));
      follow(meanPath, mean);
      follow(variancePath, variance);
    }
    let y = b.div(b.sub(x, mean), b.unary('sqrt', b.addN(variance, b.const(layerArg(node, 'epsilon', 'number')))));
    const p = params(ctx, node);
    if (p.gamma !== undefined) y = b.mul(y, channels(p.gamma));
    if (p.beta !== undefined) y = b.addN(y, channels(p.beta));
    return y;
  },
  Dropout(ctx, node, [x]) {
    return dropout(ctx, x, layerArg(node, 'rate', 'number'));
  },
  MultiHeadAttention(ctx, node, inputs) {
    const { b } = ctx;
    const [q0] = inputs;
    const c0 = inputs[1] ?? q0;
    const [batch, sq, width] = b.shape(q0);
    const sk = b.shape(c0)[1];
    const heads = layerArg(node, 'heads', 'int');
    const dk = width / heads;
    const p = params(ctx, node);
    /** [B, S, D] -> [B*H, S, dk] */
    const split = (t: number, s: number) => b.reshape(b.transpose(b.reshape(t, [batch, s, heads, dk]), [0, 2, 1, 3]), [batch * heads, s, dk]);
    const q = split(dense(ctx, q0, p['query.kernel'], p['query.bias']), sq);
    const k = split(dense(ctx, c0, p['key.kernel'], p['key.bias']), sk);
    const v = split(dense(ctx, c0, p['value.kernel'], p['value.bias']), sk);
    let scores = b.scale(b.matmul(q, k, false, true), 1 / Math.sqrt(dk));
    if (layerArg(node, 'causal', 'bool')) {
      const allowed = b.binary('le', b.iota([1, sq, sk], 2), b.iota([1, sq, sk], 1));
      scores = b.where(allowed, scores, b.const(NEG_LARGE));
    }
    const weights = dropout(ctx, softmax(b, scores, 2), layerArg(node, 'dropout', 'number'));
    const mixed = b.reshape(b.transpose(b.reshape(b.matmul(weights, v), [batch, heads, sq, dk]), [0, 2, 1, 3]), [batch, sq, width]);
    return dense(ctx, mixed, p['output.kernel'], p['output.bias']);
  },
  Flatten(ctx, node, [x]) {
    return ctx.b.reshape(x, [ctx.b.shape(x)[0], ...sizesAfterBatch(node.type.shape)]);
  },
  Reshape(ctx, node, [x]) {
    return ctx.b.reshape(x, [ctx.b.shape(x)[0], ...sizesAfterBatch(node.type.shape)]);
  },
  Concat(ctx, node, inputs) {
    const rank = ctx.b.shape(inputs[0]).length;
    const axis = layerArg(node, 'axis', 'int');
    return ctx.b.concat(inputs, axis < 0 ? rank + axis : axis);
  },
  ...convLowerings((b, x, node) => activate(b, x, activationOf(node))),
};

/** A function's lowering. */
export type FunctionLowering = (b: Builder, x: number, args: ResolvedArgs) => number;

function axisOf(b: Builder, x: number, args: ResolvedArgs): number {
  const a = arg(args, 'axis', 'int');
  return a < 0 ? b.shape(x).length + a : a;
}

function reduction(op: 'sum' | 'mean' | 'max'): FunctionLowering {
  return (b, x, args) => {
    const axis = axisOf(b, x, args);
    const r = op === 'sum' ? b.sum(x, [axis]) : op === 'mean' ? b.mean(x, [axis]) : b.reduceMax(x, [axis]);
    return arg(args, 'keepdims', 'bool') ? r : b.reshape(r, b.shape(x).filter((_, i) => i !== axis));
  };
}

/** Every function's lowering. Adding a FunctionName without one fails to compile. */
export const functionLowering: Record<FunctionName, FunctionLowering> = {
  relu: (b, x) => activate(b, x, 'relu'),
  gelu: (b, x, args) => (args.approximate === true ? geluTanh(b, x) : activate(b, x, 'gelu')),
  silu: (b, x) => activate(b, x, 'silu'),
  sigmoid: (b, x) => activate(b, x, 'sigmoid'),
  tanh: (b, x) => activate(b, x, 'tanh'),
  softmax: (b, x, args) => softmax(b, x, axisOf(b, x, args)),
  log_softmax: (b, x, args) => logSoftmax(b, x, axisOf(b, x, args)),
  mean: reduction('mean'),
  sum: reduction('sum'),
  max: reduction('max'),
};
