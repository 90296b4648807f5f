// What every layer rule shares: the rule's interfaces, the activation names, Keras' default initializers, the common
// arguments and the checks of input dtype, rank and known sizes (each reporting at the layer's spans).
import type { Span } from '../../../grammar/ast.js';
import type { Code } from '../../../core/codes.js';
import type { Note } from '../../../core/diagnostic.js';
import type { ArgSpec } from '../args.js';
import { type Dim, type DType, formatShape, formatType, type Initializer, type LayerKind, type ResolvedArgs, type TensorType } from '../types.js';

/** A tensor given to a layer: its node, type, where it was written and where it was defined. */
export interface LayerInput {
  id: number;
  type: TensorType;
  span: Span;
  origin: Span;
  name: string;
}

/** What a shape rule can do: report problems at the layer's spans. */
export interface LayerContext {
  what: string;
  span: Span;
  argSpan(name: string): Span;
  error(code: Code, message: string, span: Span, extra?: { notes?: Note[]; hint?: string }): void;
}

/** A parameter a layer creates, relative to the layer's path. */
export interface LayerParam {
  name: string;
  shape: number[];
  init: Initializer;
}

/** A non-trainable variable a layer keeps between steps (relative to the layer's path), with its starting value. */
export interface LayerVariable {
  name: string;
  shape: number[];
  value: number;
}

/** The rule of one layer kind. */
export interface LayerRule {
  doc: string;
  args: ArgSpec[];
  inputs: { min: number; max: number; doc: string };
  /** Output type, parameters and non-trainable variables, or undefined after reporting why the inputs do not fit. */
  infer(ctx: LayerContext, args: ResolvedArgs, inputs: LayerInput[]): { type: TensorType; params: LayerParam[]; variables?: LayerVariable[] } | undefined;
}

/** The activation names `activation=` accepts (`linear` is the same as `none`). */
export const activations = ['none', 'linear', 'relu', 'gelu', 'silu', 'swish', 'sigmoid', 'tanh', 'softmax', 'leaky_relu', 'elu', 'selu', 'softplus', 'hard_sigmoid'] as const;

/** An initializer of a kind with its arguments. */
export const init = (kind: Initializer['kind'], args: Record<string, number> = {}): Initializer => ({ kind, args });
/** Keras' default kernel initializer. */
export const glorot = init('glorot_uniform');
/** All zeros (Keras' default bias). */
export const zeros = init('zeros');
/** All ones (default scale). */
export const ones = init('ones');
/** Keras' default embeddings initializer, uniform in [-0.05, 0.05]. */
export const kerasUniform = init('uniform', { min: -0.05, max: 0.05 });

/** The `activation=` argument. */
export const activationArg: ArgSpec = { name: 'activation', type: { t: 'choice', options: activations }, default: 'none', doc: 'activation applied to the output' };
/** The `use_bias=` argument. */
export const useBias: ArgSpec = { name: 'use_bias', type: { t: 'bool' }, default: true, doc: 'whether to add a learned bias' };
/** The `kernel_init=` argument. */
export const kernelInit: ArgSpec = { name: 'kernel_init', type: { t: 'initializer' }, default: glorot, doc: 'initializer of the weights', keras: 'kernel_initializer' };
/** The `bias_init=` argument. */
export const biasInit: ArgSpec = { name: 'bias_init', type: { t: 'initializer' }, default: zeros, doc: 'initializer of the bias', keras: 'bias_initializer' };

/** A note pointing at where an input was defined, with its type. */
export function noteFor(input: LayerInput): Note {
  return { message: `\`${input.name}\` is ${formatType(input.type)}, defined here`, span: input.origin };
}

/** Whether the input has the dtype, reporting E0403 if not. */
export function needDtype(ctx: LayerContext, input: LayerInput, dtype: DType, why?: string): boolean {
  if (input.type.dtype === dtype) return true;
  ctx.error('E0403', `${ctx.what} needs ${dtype} input, but \`${input.name}\` is ${formatType(input.type)}`, input.span, {
    notes: [noteFor(input)],
    hint: why,
  });
  return false;
}

/** Whether the input's rank is in [min, max], reporting E0402 if not. */
export function needRank(ctx: LayerContext, input: LayerInput, min: number, max: number, expected: string, hint?: string): boolean {
  const r = input.type.shape.length;
  if (r >= min && r <= max) return true;
  ctx.error('E0402', `${ctx.what} needs input of rank ${min === max ? min : max === Infinity ? `${min} or more` : `${min} to ${max}`} (${expected}), but \`${input.name}\` has rank ${r}: ${formatShape(input.type.shape)}`, input.span, {
    notes: [noteFor(input)],
    hint,
  });
  return false;
}

/** A dimension that must be a known size (weights are sized from it). */
export function known(ctx: LayerContext, input: LayerInput, axis: number, what: string): number | undefined {
  const shape = input.type.shape;
  const d = shape[axis < 0 ? shape.length + axis : axis];
  if (typeof d === 'number') return d;
  ctx.error('E0401', `${ctx.what} needs a known ${what}, but dimension ${axis} of \`${input.name}\` is the symbolic \`${d}\``, input.span, { notes: [noteFor(input)] });
  return undefined;
}

/** An axis argument made non-negative, or undefined after reporting it out of range. */
export function normAxis(ctx: LayerContext, axis: number, rank: number, arg: string): number | undefined {
  const a = axis < 0 ? rank + axis : axis;
  if (a >= 0 && a < rank) return a;
  ctx.error('E0304', `${arg} ${axis} is out of range for a tensor of rank ${rank}`, ctx.argSpan(arg));
  return undefined;
}

/** Whether two dimensions are the same (equal sizes or the same symbol). */
export function sameDims(a: Dim, b: Dim): boolean {
  return a === b;
}

/** The rules of some layer kinds: each family file gives its own, and layers.ts joins them into the one table. */
export type LayerRules<K extends LayerKind> = Record<K, LayerRule>;
