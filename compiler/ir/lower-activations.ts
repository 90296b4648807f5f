// Activations and softmax as IR: the formulas behind `activation=` and the functions of the same names (builder + tensor -> tensor).
import type { Activation } from '../check/types.js';
import type { Builder } from './builder.js';

const SQRT1_2 = Math.SQRT1_2;

/** Keras' SELU constants (Klambauer et al.): the fixed point of mean 0, variance 1. */
export const SELU_ALPHA = 1.6732632423543772;
export const SELU_SCALE = 1.0507009873554805;

/** Keras' `leaky_relu`: x where x >= 0, else slope · x. */
export function leakyRelu(b: Builder, x: number, slope: number): number {
  return b.where(b.binary('lt', x, b.const(0)), b.scale(x, slope), x);
}

/** Keras' `elu`: x where x > 0, else alpha · (exp(x) - 1); exp reads min(x, 0) so a large x cannot overflow into the unused branch's gradient. */
export function elu(b: Builder, x: number, alpha: number): number {
  const negative = b.scale(b.sub(b.unary('exp', b.binary('min', x, b.const(0))), b.const(1)), alpha);
  return b.where(b.binary('lt', b.const(0), x), x, negative);
}

/** Keras' `selu`: scale · elu(x, alpha) with the fixed constants. */
export function selu(b: Builder, x: number): number {
  return b.scale(elu(b, x, SELU_ALPHA), SELU_SCALE);
}

/**
 * log(1 + exp(x)) as log(1 + exp(-|x|)) + (x + |x|)/2: no exp of a large number, and the gradient at 0 is 1/2
 * (sign(0) = 0 in both halves), as sigmoid(0).
 */
export function softplus(b: Builder, x: number): number {
  const a = b.unary('abs', x);
  const tail = b.unary('log', b.addN(b.const(1), b.unary('exp', b.unary('neg', a))));
  return b.addN(tail, b.scale(b.addN(x, a), 0.5));
}

/** Keras 3's `hard_sigmoid`: relu6(x + 3) / 6 = clip(x / 6 + 1/2, 0, 1). */
export function hardSigmoid(b: Builder, x: number): number {
  return clip(b, b.addN(b.scale(x, 1 / 6), b.const(0.5)), 0, 1);
}

/** x limited to [lo, hi]. */
export function clip(b: Builder, x: number, lo: number, hi: number): number {
  return b.binary('min', b.binary('max', x, b.const(lo)), b.const(hi));
}

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
  swish: (b, x) => b.mul(x, b.unary('sigmoid', x)),
  softmax: (b, x) => softmax(b, x, b.shape(x).length - 1),
  // Keras' default arguments, as the functions of the same names.
  leaky_relu: (b, x) => leakyRelu(b, x, 0.2),
  elu: (b, x) => elu(b, x, 1),
  selu,
  softplus,
  hard_sigmoid: hardSigmoid,
};

/** Applies an activation function by name. */
export function activate(b: Builder, x: number, kind: Activation): number {
  return activationLowering[kind](b, x);
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

