// The built-in functions: weightless tensor operations called directly, `relu(x)`, `softmax(x, axis=-1)`, `where(m, x, 0)`.
import type { ArgSpec } from './args.js';
import { alongAxis, broadcasting, clipped, type FnInfer, joined, matmulShape, reduction, sameAsInput, sliced, transposed } from './function-shapes.js';
import type { FunctionName } from './types.js';

/**
 * What a function takes before its arguments: a `tensor`, a `value` (a tensor or a number, as either side of `+`),
 * or `tensors` (a list of tensors, as concat's).
 */
export type OperandKind = 'tensor' | 'value' | 'tensors';

/** The rule of one function: its operands, its arguments after them, and its shape rule. */
export interface FunctionRule {
  doc: string;
  operands: OperandKind[];
  args: ArgSpec[];
  infer: FnInfer;
}

const unary = (doc: string, args: ArgSpec[] = []): FunctionRule => ({ doc, operands: ['tensor'], args, infer: sameAsInput });

const axis = (def: number | undefined, doc: string): ArgSpec => ({ name: 'axis', type: { t: 'int' }, ...(def === undefined ? {} : { default: def }), doc });

const normalise = (doc: string): FunctionRule => ({ doc, operands: ['tensor'], args: [axis(-1, 'the axis normalised over')], infer: alongAxis });

const reduce = (doc: string): FunctionRule => ({
  doc,
  operands: ['tensor'],
  args: [axis(undefined, 'the axis reduced (pooled) over'), { name: 'keepdims', type: { t: 'bool' }, default: false, doc: 'keep the reduced axis with size 1' }],
  infer: reduction,
});

const pairwise = (doc: string): FunctionRule => ({ doc, operands: ['value', 'value'], args: [], infer: broadcasting() });

const join = (stack: boolean, def: number, doc: string): FunctionRule => ({ doc, operands: ['tensors'], args: [axis(def, stack ? 'the new axis' : 'the axis joined along')], infer: joined(stack) });

const intList = (name: string, doc: string, def?: number[]): ArgSpec => ({ name, type: { t: 'intlist' }, ...(def ? { default: def } : {}), doc });

/** Every built-in function, keyed by name. Adding a FunctionName without a rule fails to compile. */
export const functions: Record<FunctionName, FunctionRule> = {
  relu: unary('max(x, 0)'),
  gelu: unary('x · Φ(x), the Gaussian error linear unit: exact (with erf), or its tanh approximation with approximate=true', [
    { name: 'approximate', type: { t: 'bool' }, default: false, doc: 'use the tanh approximation x/2 · (1 + tanh(√(2/π) · (x + 0.044715 x³)))' },
  ]),
  silu: unary('x · sigmoid(x) (also called swish)'),
  swish: unary('x · sigmoid(x), the same as silu'),
  sigmoid: unary('1 / (1 + exp(-x))'),
  tanh: unary('hyperbolic tangent'),
  softmax: normalise('exp(x) / sum(exp(x)) along an axis'),
  log_softmax: normalise('x - log(sum(exp(x))) along an axis'),
  leaky_relu: unary('x where x >= 0, else negative_slope · x', [{ name: 'negative_slope', type: { t: 'number' }, default: 0.2, doc: 'the slope below 0' }]),
  elu: unary('x where x > 0, else alpha · (exp(x) - 1)', [{ name: 'alpha', type: { t: 'number' }, default: 1, doc: 'the value approached as x goes to -∞ is -alpha' }]),
  selu: unary('scale · elu(x, alpha) with alpha = 1.67326324 and scale = 1.05070098'),
  softplus: unary('log(1 + exp(x)), computed without overflow'),
  hard_sigmoid: unary('clip(x / 6 + 1/2, 0, 1), as Keras 3'),
  exp: unary('e to the power x'),
  log: unary('natural logarithm (-inf at 0, NaN below)'),
  abs: unary('absolute value'),
  sqrt: unary('square root (NaN below 0)'),
  square: unary('x · x'),
  pow: { doc: 'x to the power p (a number or a tensor); a non-integer power needs x > 0', operands: ['tensor', 'value'], args: [], infer: broadcasting() },
  maximum: pairwise('the larger of a and b, elementwise with broadcasting'),
  minimum: pairwise('the smaller of a and b, elementwise with broadcasting'),
  clip: {
    doc: 'x limited to [min, max]',
    operands: ['tensor'],
    args: [
      { name: 'min', type: { t: 'number' }, doc: 'the lower bound' },
      { name: 'max', type: { t: 'number' }, doc: 'the upper bound' },
    ],
    infer: clipped,
  },
  where: { doc: 'a where condition is non-zero, else b, elementwise with broadcasting', operands: ['tensor', 'value', 'value'], args: [], infer: broadcasting(0) },
  mean: reduce('mean over an axis (mean pooling)'),
  sum: reduce('sum over an axis (sum pooling)'),
  max: reduce('maximum over an axis (max pooling)'),
  min: reduce('minimum over an axis'),
  matmul: { doc: 'matrix product of the last two axes, the leading ones broadcast (also written a @ b)', operands: ['tensor', 'tensor'], args: [], infer: matmulShape },
  transpose: {
    doc: 'x with its axes reordered by perm (the batch axis stays first); without perm, the last two axes swapped',
    operands: ['tensor'],
    args: [intList('perm', 'the new order of the axes, e.g. [0, 2, 1]', [])],
    infer: transposed,
  },
  slice: {
    doc: 'the block of x starting at begin with extent size, one entry per axis; a size of -1 runs to the end',
    operands: ['tensor'],
    args: [intList('begin', 'the first index on each axis'), intList('size', 'the extent on each axis (-1: to the end)')],
    infer: sliced,
  },
  concat: join(false, -1, 'the tensors joined along an existing axis'),
  stack: join(true, 1, 'the tensors stacked along a new axis'),
};

/** Whether a name is a built-in function. */
export function isFunction(name: string): name is FunctionName {
  return Object.prototype.hasOwnProperty.call(functions, name);
}
