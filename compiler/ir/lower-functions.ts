// Per-function lowering rules: each built-in function and comparison operator becomes primitive IR ops (a table keyed by name).
import type { ComparisonOp } from '../../grammar/ast.js';
import { InternalError } from '../../core/diagnostic.js';
import type { AxisSelection, FunctionName, ResolvedArgs } from '../check/types.js';
import { permOf } from '../check/function-shapes.js';
import { Builder } from './builder.js';
import { arg } from './lower-args.js';
import { activate, clip, elu, geluTanh, hardSigmoid, leakyRelu, logSoftmax, selu, softmax, softplus } from './lower-activations.js';

/**
 * A function's lowering: the first operand, the arguments, the other operands (numbers arrive as rank-0 constants) and
 * the first operand's padding mask, f32 [batch, steps], when it carries one.
 */
export type FunctionLowering = (b: Builder, x: number, args: ResolvedArgs, more?: readonly number[], mask?: number) => number;

/**
 * The mean over the steps axis (1) of the real steps only, as Keras' masked GlobalAveragePooling1D; a sample with no
 * real step averages to 0 (Keras divides 0 by 0).
 */
export function maskedMean(b: Builder, x: number, mask: number): number {
  const s = b.shape(x);
  const m = b.reshape(mask, [s[0], s[1], ...s.slice(2).map(() => 1)]);
  const count = b.binary('max', b.sum(m, [1]), b.const(1));
  return b.div(b.sum(b.where(m, x, b.const(0)), [1]), count);
}

function operand(more: readonly number[] | undefined, i: number): number {
  const id = more?.[i];
  if (id === undefined) throw new InternalError(`function operand ${i + 2} is missing after checking`);
  return id;
}

function axisOf(b: Builder, x: number, args: ResolvedArgs, rank = b.shape(x).length): number {
  const a = arg(args, 'axis', 'int');
  return a < 0 ? rank + a : a;
}

function reduction(op: 'sum' | 'mean' | 'max' | 'min'): FunctionLowering {
  return (b, x, args, _more, mask) => {
    const axis = axisOf(b, x, args);
    const r = op === 'sum' ? b.sum(x, [axis]) : op === 'mean' ? (mask !== undefined && axis === 1 ? maskedMean(b, x, mask) : b.mean(x, [axis])) : op === 'max' ? b.reduceMax(x, [axis]) : b.unary('neg', b.reduceMax(b.unary('neg', x), [axis]));
    return arg(args, 'keepdims', 'bool') ? r : b.reshape(r, b.shape(x).filter((_, i) => i !== axis));
  };
}

/** x ** k for an integer k by repeated squaring, so negative x works as in NumPy. */
export function integerPower(b: Builder, x: number, k: number): number {
  if (k === 0) return b.broadcast(b.const(1), b.shape(x));
  let result: number | undefined;
  let base = x;
  for (let n = Math.abs(k); n > 0; n = Math.floor(n / 2)) {
    if (n % 2 === 1) result = result === undefined ? base : b.mul(result, base);
    if (n > 1) base = b.mul(base, base);
  }
  return k < 0 ? b.div(b.const(1), result as number) : (result as number);
}

/** x ** p: a constant integer power by multiplication, 1/2 as sqrt, anything else as exp(p · log x). */
function power(b: Builder, x: number, p: number): number {
  const n = b.nodes[p];
  if (n.op === 'const' && n.shape.length === 0) {
    const k = n.arg.value;
    if (Number.isInteger(k) && Math.abs(k) <= 64) return integerPower(b, x, k);
    if (k === 0.5) return b.unary('sqrt', x);
  }
  return b.unary('exp', b.mul(p, b.unary('log', x)));
}

/** [..., m, k] x [..., k, n] with the leading axes broadcast to one shape first (the IR's matmul wants them equal). */
function matmul(b: Builder, x: number, y: number): number {
  const sx = b.shape(x);
  const sy = b.shape(y);
  const lead = Builder.broadcastShape([sx.slice(0, -2), sy.slice(0, -2)]);
  return b.matmul(b.broadcast(x, [...lead, ...sx.slice(-2)]), b.broadcast(y, [...lead, ...sy.slice(-2)]));
}

/** A comparison as the IR's lt/le/eq (f32 1/0): `>` and `>=` swap the operands, `!=` is 1 - eq. */
export function compare(b: Builder, op: ComparisonOp, x: number, y: number): number {
  const table: Record<ComparisonOp, () => number> = {
    '<': () => b.binary('lt', x, y),
    '<=': () => b.binary('le', x, y),
    '>': () => b.binary('lt', y, x),
    '>=': () => b.binary('le', y, x),
    '==': () => b.binary('eq', x, y),
    '!=': () => b.sub(b.const(1), b.binary('eq', x, y)),
  };
  return table[op]();
}

/** Every function's lowering. Adding a FunctionName without one fails to compile. */
export const functionLowering: Record<FunctionName, FunctionLowering> = {
  relu: (b, x) => activate(b, x, 'relu'),
  gelu: (b, x, args) => (args.approximate === true ? geluTanh(b, x) : activate(b, x, 'gelu')),
  silu: (b, x) => activate(b, x, 'silu'),
  swish: (b, x) => activate(b, x, 'silu'),
  sigmoid: (b, x) => activate(b, x, 'sigmoid'),
  tanh: (b, x) => activate(b, x, 'tanh'),
  softmax: (b, x, args) => softmax(b, x, axisOf(b, x, args)),
  log_softmax: (b, x, args) => logSoftmax(b, x, axisOf(b, x, args)),
  leaky_relu: (b, x, args) => leakyRelu(b, x, arg(args, 'negative_slope', 'number')),
  elu: (b, x, args) => elu(b, x, arg(args, 'alpha', 'number')),
  selu: (b, x) => selu(b, x),
  softplus: (b, x) => softplus(b, x),
  hard_sigmoid: (b, x) => hardSigmoid(b, x),
  exp: (b, x) => b.unary('exp', x),
  log: (b, x) => b.unary('log', x),
  abs: (b, x) => b.unary('abs', x),
  sqrt: (b, x) => b.unary('sqrt', x),
  square: (b, x) => b.mul(x, x),
  pow: (b, x, _args, more) => power(b, x, operand(more, 0)),
  maximum: (b, x, _args, more) => b.binary('max', x, operand(more, 0)),
  minimum: (b, x, _args, more) => b.binary('min', x, operand(more, 0)),
  clip: (b, x, args) => clip(b, x, arg(args, 'min', 'number'), arg(args, 'max', 'number')),
  where: (b, x, _args, more) => b.where(x, operand(more, 0), operand(more, 1)),
  mean: reduction('mean'),
  sum: reduction('sum'),
  max: reduction('max'),
  min: reduction('min'),
  matmul: (b, x, _args, more) => matmul(b, x, operand(more, 0)),
  transpose: (b, x, args) => b.transpose(x, permOf(arg(args, 'perm', 'intlist'), b.shape(x).length)),
  slice: (b, x, args) => {
    const begin = arg(args, 'begin', 'intlist');
    const size = arg(args, 'size', 'intlist').map((n, i) => (n === -1 ? b.shape(x)[i] - begin[i] : n));
    return b.slice(x, begin, size);
  },
  concat: (b, x, args, more = []) => b.concat([x, ...more], axisOf(b, x, args)),
  stack: (b, x, args, more = []) => {
    const s = b.shape(x);
    const axis = axisOf(b, x, args, s.length + 1);
    return b.concat([x, ...more].map((t) => b.reshape(t, [...s.slice(0, axis), 1, ...s.slice(axis)])), axis);
  },
};

/**
 * `x[...]` with its per-axis selections: one slice of the selected range; for stepped axes a pad to a whole number of
 * steps, a reshape of each into [count, step] and a slice of every step's first element; then the dropped axes
 * reshaped away. Each piece has its gradient rule already (slice <-> pad, reshape).
 */
export function lowerIndex(b: Builder, x: number, axes: AxisSelection[]): number {
  const s = b.shape(x);
  const count = axes.map((a, i) => (a.size === -1 ? s[i] : a.size));
  const span = axes.map((a, i) => Math.min(s[i] - a.begin, count[i] * a.step));
  let y = span.every((n, i) => n === s[i]) ? x : b.slice(x, axes.map((a) => a.begin), span);
  if (axes.some((a) => a.step > 1)) {
    y = b.pad(y, axes.map(() => 0), axes.map((a, i) => count[i] * a.step - span[i]));
    const split = axes.flatMap((a, i) => (a.step > 1 ? [count[i], a.step] : [count[i]]));
    y = b.slice(b.reshape(y, split), split.map(() => 0), axes.flatMap((a, i) => (a.step > 1 ? [count[i], 1] : [count[i]])));
  }
  return b.reshape(y, count.filter((_, i) => !axes[i].drop));
}
