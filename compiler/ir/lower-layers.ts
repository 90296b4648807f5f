// Per-layer lowering rules: each built-in layer becomes primitive IR ops (a table keyed by kind; convolutions in lower-conv.ts).
import type { Activation, LayerKind } from '../check/types.js';
import type { Builder } from './builder.js';
import { activations } from '../check/layers.js';
import { layerArg, oneOf, sizesAfterBatch } from './lower-args.js';
import { type LayerLowering, type LayerNode, type LowerContext, NEG_LARGE, params } from './lower-context.js';
import { convLowerings } from './lower-conv.js';
import { normLowerings } from './lower-norm.js';
import { activate, softmax } from './lower-activations.js';
import { recurrentLowerings } from './lower-recurrent.js';

export { type LowerContext, NEG_LARGE } from './lower-context.js';

/** A layer's `activation=` argument, one of the names the checker accepts. */
function activationOf(node: LayerNode): Activation {
  return oneOf('activation', layerArg(node, 'activation', 'choice'), activations);
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
    // A frozen BatchNorm (trainable=false) runs as in inference, as Keras' does: moving statistics, left unchanged.
    if (!ctx.training || node.frozen) {
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
    // Padding masks, as Keras: a padded key gets no weight, and a padded query row none anywhere (a uniform row, as
    // Keras' masked softmax gives it; its output is masked downstream).
    const keyMask = ctx.mask(node.inputs[1] ?? node.inputs[0]);
    const queryMask = ctx.mask(node.inputs[0]);
    if (keyMask !== undefined || queryMask !== undefined) {
      const perHead = (m: number | undefined, shape: number[]) => (m === undefined ? b.const(1) : b.reshape(b.broadcast(b.reshape(m, [batch, 1, ...shape]), [batch, heads, sq, sk]), [batch * heads, sq, sk]));
      const allowed = b.mul(perHead(keyMask, [1, sk]), perHead(queryMask, [sq, 1]));
      scores = b.where(allowed, scores, b.const(NEG_LARGE));
    }
    const probs = softmax(b, scores, 2);
    ctx.expose('attention_weights', node, () => b.reshape(probs, [batch, heads, sq, sk]));
    const weights = dropout(ctx, probs, layerArg(node, 'dropout', 'number'));
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
  ...normLowerings,
  ...convLowerings((b, x, node) => activate(b, x, activationOf(node))),
  ...recurrentLowerings,
};

export { functionLowering, type FunctionLowering } from './lower-functions.js';
export { activate, geluTanh, logSoftmax, softmax } from './lower-activations.js';
