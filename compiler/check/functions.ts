// The built-in functions: weightless tensor operations called directly, `relu(x)`, `softmax(x, axis=-1)`, `mean(x, axis=1)`.
import type { ArgSpec } from './args.js';
import type { LayerContext, LayerInput } from './layers.js';
import { formatShape, formatType, type FunctionName, type ResolvedArgs, type TensorType } from './types.js';

/** The rule of one function: its arguments after the tensor, and its shape rule. */
export interface FunctionRule {
  doc: string;
  args: ArgSpec[];
  infer(ctx: LayerContext, args: ResolvedArgs, x: LayerInput): TensorType | undefined;
}

function floatOnly(ctx: LayerContext, x: LayerInput): boolean {
  if (x.type.dtype === 'f32') return true;
  ctx.error('E0403', `${ctx.what} needs f32 input, but \`${x.name}\` is ${formatType(x.type)}`, x.span, {
    notes: [{ message: `\`${x.name}\` is defined here`, span: x.origin }],
  });
  return false;
}

function axisOf(ctx: LayerContext, args: ResolvedArgs, x: LayerInput): number | undefined {
  const rank = x.type.shape.length;
  const axis = args.axis as number;
  const a = axis < 0 ? rank + axis : axis;
  if (a === 0 && typeof x.type.shape[0] === 'string') {
    ctx.error('E0304', `${ctx.what} over axis 0 would mix the samples of a batch`, ctx.argSpan('axis'), { hint: 'use a later axis, e.g. axis=1 for the sequence or axis=-1 for features' });
    return undefined;
  }
  if (a >= 0 && a < rank) return a;
  ctx.error('E0304', `axis ${axis} is out of range for \`${x.name}\` of shape ${formatShape(x.type.shape)} (rank ${rank})`, ctx.argSpan('axis'), {
    notes: [{ message: `\`${x.name}\` is defined here`, span: x.origin }],
  });
  return undefined;
}

const elementwise = (doc: string): FunctionRule => ({
  doc,
  args: [],
  infer: (ctx, _args, x) => (floatOnly(ctx, x) ? x.type : undefined),
});

const normalise = (doc: string): FunctionRule => ({
  doc,
  args: [{ name: 'axis', type: { t: 'int' }, default: -1, doc: 'the axis normalised over' }],
  infer: (ctx, args, x) => (floatOnly(ctx, x) && axisOf(ctx, args, x) !== undefined ? x.type : undefined),
});

const reduce = (doc: string): FunctionRule => ({
  doc,
  args: [
    { name: 'axis', type: { t: 'int' }, doc: 'the axis reduced (pooled) over' },
    { name: 'keepdims', type: { t: 'bool' }, default: false, doc: 'keep the reduced axis with size 1' },
  ],
  infer(ctx, args, x) {
    if (!floatOnly(ctx, x)) return undefined;
    const a = axisOf(ctx, args, x);
    if (a === undefined) return undefined;
    const shape = args.keepdims ? x.type.shape.map((d, i) => (i === a ? 1 : d)) : x.type.shape.filter((_, i) => i !== a);
    return { dtype: 'f32', shape };
  },
});

/** Every built-in function, keyed by name. Adding a FunctionName without a rule fails to compile. */
export const functions: Record<FunctionName, FunctionRule> = {
  relu: elementwise('max(x, 0)'),
  gelu: {
    doc: 'x · Φ(x), the Gaussian error linear unit: exact (with erf), or its tanh approximation with approximate=true',
    args: [{ name: 'approximate', type: { t: 'bool' }, default: false, doc: 'use the tanh approximation x/2 · (1 + tanh(√(2/π) · (x + 0.044715 x³)))' }],
    infer: (ctx, _args, x) => (floatOnly(ctx, x) ? x.type : undefined),
  },
  silu: elementwise('x · sigmoid(x) (also called swish)'),
  sigmoid: elementwise('1 / (1 + exp(-x))'),
  tanh: elementwise('hyperbolic tangent'),
  softmax: normalise('exp(x) / sum(exp(x)) along an axis'),
  log_softmax: normalise('x - log(sum(exp(x))) along an axis'),
  mean: reduce('mean over an axis (mean pooling)'),
  sum: reduce('sum over an axis (sum pooling)'),
  max: reduce('maximum over an axis (max pooling)'),
};

/** Whether a name is a built-in function. */
export function isFunction(name: string): name is FunctionName {
  return Object.prototype.hasOwnProperty.call(functions, name);
}
