// The built-in layers: for each, its arguments, input count, shape rule and parameters (with Keras' default initializers).
import type { Span } from '../../grammar/ast.js';
import type { Code } from '../../core/codes.js';
import type { Note } from '../../core/diagnostic.js';
import type { ArgSpec } from './args.js';
import { type Dim, type DType, formatShape, formatType, type Initializer, type LayerKind, type ResolvedArgs, type TensorType } from './types.js';

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

const init = (kind: Initializer['kind'], args: Record<string, number> = {}): Initializer => ({ kind, args });
const glorot = init('glorot_uniform');
const zeros = init('zeros');
const ones = init('ones');
const kerasUniform = init('uniform', { min: -0.05, max: 0.05 });

const activationArg: ArgSpec = { name: 'activation', type: { t: 'choice', options: activations }, default: 'none', doc: 'activation applied to the output' };
const useBias: ArgSpec = { name: 'use_bias', type: { t: 'bool' }, default: true, doc: 'whether to add a learned bias' };
const kernelInit: ArgSpec = { name: 'kernel_init', type: { t: 'initializer' }, default: glorot, doc: 'initializer of the weights' };
const biasInit: ArgSpec = { name: 'bias_init', type: { t: 'initializer' }, default: zeros, doc: 'initializer of the bias' };

function noteFor(input: LayerInput): Note {
  return { message: `\`${input.name}\` is ${formatType(input.type)}, defined here`, span: input.origin };
}

function needDtype(ctx: LayerContext, input: LayerInput, dtype: DType, why?: string): boolean {
  if (input.type.dtype === dtype) return true;
  ctx.error('E0403', `${ctx.what} needs ${dtype} input, but \`${input.name}\` is ${formatType(input.type)}`, input.span, {
    notes: [noteFor(input)],
    hint: why,
  });
  return false;
}

function needRank(ctx: LayerContext, input: LayerInput, min: number, max: number, expected: string, hint?: string): boolean {
  const r = input.type.shape.length;
  if (r >= min && r <= max) return true;
  ctx.error('E0402', `${ctx.what} needs input of rank ${min === max ? min : max === Infinity ? `${min} or more` : `${min} to ${max}`} (${expected}), but \`${input.name}\` has rank ${r}: ${formatShape(input.type.shape)}`, input.span, {
    notes: [noteFor(input)],
    hint,
  });
  return false;
}

/** A dimension that must be a known size (weights are sized from it). */
function known(ctx: LayerContext, input: LayerInput, axis: number, what: string): number | undefined {
  const shape = input.type.shape;
  const d = shape[axis < 0 ? shape.length + axis : axis];
  if (typeof d === 'number') return d;
  ctx.error('E0401', `${ctx.what} needs a known ${what}, but dimension ${axis} of \`${input.name}\` is the symbolic \`${d}\``, input.span, { notes: [noteFor(input)] });
  return undefined;
}

function normAxis(ctx: LayerContext, axis: number, rank: number, arg: string): number | undefined {
  const a = axis < 0 ? rank + axis : axis;
  if (a >= 0 && a < rank) return a;
  ctx.error('E0304', `${arg} ${axis} is out of range for a tensor of rank ${rank}`, ctx.argSpan(arg));
  return undefined;
}

function sameDims(a: Dim, b: Dim): boolean {
  return a === b;
}

/** Output size of a windowed op along one axis. */
function windowed(size: number, window: number, stride: number, padding: string): number {
  return padding === 'same' ? Math.ceil(size / stride) : Math.floor((size - window) / stride) + 1;
}

function spatial(ctx: LayerContext, input: LayerInput, window: number[], stride: number[], padding: string, windowArg: string): Dim[] | undefined {
  const [b, h, w] = input.type.shape;
  const H = known(ctx, input, 1, 'height');
  const W = known(ctx, input, 2, 'width');
  if (H === undefined || W === undefined) return undefined;
  if (padding === 'valid' && (window[0] > H || window[1] > W)) {
    ctx.error('E0401', `${ctx.what}'s window ${formatShape(window)} is larger than the input's ${H}x${W} image`, ctx.argSpan(windowArg), {
      notes: [noteFor(input)],
      hint: "use padding=same, a smaller window, or fewer pooling layers before this one",
    });
    return undefined;
  }
  void h;
  void w;
  return [b, windowed(H, window[0], stride[0], padding), windowed(W, window[1], stride[1], padding)];
}

const pool = (kind: string): LayerRule => ({
  doc: `${kind} pooling over height and width of NHWC images`,
  args: [
    { name: 'pool', type: { t: 'ints', length: 2, min: 1 }, default: [2, 2], doc: 'window size (an integer or [height, width])' },
    { name: 'stride', type: { t: 'ints', length: 2, min: 1 }, default: [0, 0], doc: 'step between windows; defaults to the window size' },
    { name: 'padding', type: { t: 'choice', options: ['valid', 'same'] }, default: 'valid', doc: 'valid: only whole windows; same: pad so the output is ceil(size / stride)' },
  ],
  inputs: { min: 1, max: 1, doc: 'f32[batch, height, width, channels]' },
  infer(ctx, args, [x]) {
    if (!needDtype(ctx, x, 'f32') || !needRank(ctx, x, 4, 4, '[batch, height, width, channels]')) return undefined;
    const window = args.pool as number[];
    const given = args.stride as number[];
    const stride = given[0] === 0 ? window : given;
    const hw = spatial(ctx, x, window, stride, args.padding as string, 'pool');
    return hw && { type: { dtype: 'f32', shape: [...hw, x.type.shape[3]] }, params: [] };
  },
});

/** Every built-in layer, keyed by the name users write. Adding a LayerKind without a rule fails to compile. */
export const layers: Record<LayerKind, LayerRule> = {
  Dense: {
    doc: 'fully connected layer on the last axis: y = activation(x · kernel + bias)',
    args: [{ name: 'units', type: { t: 'int', min: 1 }, doc: 'output width' }, activationArg, useBias, kernelInit, biasInit],
    inputs: { min: 1, max: 1, doc: 'f32[..., in]' },
    infer(ctx, args, [x]) {
      if (!needDtype(ctx, x, 'f32', x.type.dtype === 'i32' ? 'integer ids go through Embedding first' : undefined)) return undefined;
      if (!needRank(ctx, x, 1, Infinity, '[..., features]')) return undefined;
      const inWidth = known(ctx, x, -1, 'input width');
      if (inWidth === undefined) return undefined;
      const units = args.units as number;
      const params: LayerParam[] = [{ name: 'kernel', shape: [inWidth, units], init: args.kernel_init as Initializer }];
      if (args.use_bias) params.push({ name: 'bias', shape: [units], init: args.bias_init as Initializer });
      return { type: { dtype: 'f32', shape: [...x.type.shape.slice(0, -1), units] }, params };
    },
  },
  Embedding: {
    doc: 'looks up a learned vector for each integer id',
    args: [
      { name: 'vocab', type: { t: 'int', min: 1 }, doc: 'number of distinct ids (ids are 0 .. vocab-1)' },
      { name: 'dim', type: { t: 'int', min: 1 }, doc: 'width of each vector' },
      { name: 'init', type: { t: 'initializer' }, default: kerasUniform, doc: 'initializer of the table' },
    ],
    inputs: { min: 1, max: 1, doc: 'i32[...]' },
    infer(ctx, args, [x]) {
      if (!needDtype(ctx, x, 'i32', 'declare the ids as i32, e.g. `input tokens: i32[batch, 64]`')) return undefined;
      const dim = args.dim as number;
      return { type: { dtype: 'f32', shape: [...x.type.shape, dim] }, params: [{ name: 'embeddings', shape: [args.vocab as number, dim], init: args.init as Initializer }] };
    },
  },
  PositionalEmbedding: {
    doc: 'adds a learned vector for each position along the sequence axis',
    args: [
      { name: 'max_length', type: { t: 'int', min: 1 }, doc: 'longest sequence it can embed' },
      { name: 'init', type: { t: 'initializer' }, default: glorot, doc: 'initializer of the position table' },
    ],
    inputs: { min: 1, max: 1, doc: 'f32[batch, sequence, width]' },
    infer(ctx, args, [x]) {
      if (!needDtype(ctx, x, 'f32') || !needRank(ctx, x, 3, 3, '[batch, sequence, width]', 'apply it to the output of Embedding')) return undefined;
      const len = known(ctx, x, 1, 'sequence length');
      const width = known(ctx, x, 2, 'width');
      if (len === undefined || width === undefined) return undefined;
      const max = args.max_length as number;
      if (len > max) {
        ctx.error('E0401', `the sequence has ${len} positions but PositionalEmbedding has only max_length=${max}`, ctx.argSpan('max_length'), { notes: [noteFor(x)] });
        return undefined;
      }
      return { type: x.type, params: [{ name: 'positions', shape: [max, width], init: args.init as Initializer }] };
    },
  },
  LayerNorm: {
    doc: 'normalises the last axis to zero mean and unit variance, then scales and shifts',
    args: [
      { name: 'epsilon', type: { t: 'number', min: 0, minOpen: true }, default: 1e-3, doc: 'added to the variance' },
      { name: 'center', type: { t: 'bool' }, default: true, doc: 'learn a shift (beta)' },
      { name: 'scale', type: { t: 'bool' }, default: true, doc: 'learn a scale (gamma)' },
    ],
    inputs: { min: 1, max: 1, doc: 'f32[..., width]' },
    infer(ctx, args, [x]) {
      if (!needDtype(ctx, x, 'f32') || !needRank(ctx, x, 1, Infinity, '[..., width]')) return undefined;
      const width = known(ctx, x, -1, 'width');
      if (width === undefined) return undefined;
      const params: LayerParam[] = [];
      if (args.scale) params.push({ name: 'gamma', shape: [width], init: ones });
      if (args.center) params.push({ name: 'beta', shape: [width], init: zeros });
      return { type: x.type, params };
    },
  },
  BatchNorm: {
    doc: 'normalises each channel (the last axis) over the batch: batch statistics in training, moving averages of them otherwise',
    args: [
      { name: 'momentum', type: { t: 'number', min: 0, max: 1 }, default: 0.99, doc: 'weight of the old value in each moving-average update' },
      { name: 'epsilon', type: { t: 'number', min: 0, minOpen: true }, default: 1e-3, doc: 'added to the variance' },
      { name: 'center', type: { t: 'bool' }, default: true, doc: 'learn a shift (beta)' },
      { name: 'scale', type: { t: 'bool' }, default: true, doc: 'learn a scale (gamma)' },
    ],
    inputs: { min: 1, max: 1, doc: 'f32[batch, ..., channels]' },
    infer(ctx, args, [x]) {
      if (!needDtype(ctx, x, 'f32') || !needRank(ctx, x, 2, Infinity, '[batch, ..., channels]', 'it normalises the last axis over the batch axis')) return undefined;
      const width = known(ctx, x, -1, 'channel count');
      if (width === undefined) return undefined;
      const params: LayerParam[] = [];
      if (args.scale) params.push({ name: 'gamma', shape: [width], init: ones });
      if (args.center) params.push({ name: 'beta', shape: [width], init: zeros });
      const variables: LayerVariable[] = [{ name: 'moving_mean', shape: [width], value: 0 }, { name: 'moving_variance', shape: [width], value: 1 }];
      return { type: x.type, params, variables };
    },
  },
  Dropout: {
    doc: 'while training, zeroes each element with probability rate and scales the rest by 1/(1-rate); identity otherwise',
    args: [{ name: 'rate', type: { t: 'number', min: 0, max: 1, maxOpen: true }, doc: 'fraction dropped, in [0, 1)' }],
    inputs: { min: 1, max: 1, doc: 'f32[...]' },
    infer(ctx, _args, [x]) {
      return needDtype(ctx, x, 'f32') ? { type: x.type, params: [] } : undefined;
    },
  },
  MultiHeadAttention: {
    doc: 'scaled dot-product attention with `heads` heads of width width/heads; self-attention with one input, cross-attention with (query, context)',
    args: [
      { name: 'heads', type: { t: 'int', min: 1 }, doc: 'number of heads; must divide the model width' },
      { name: 'causal', type: { t: 'bool' }, default: false, doc: 'mask future positions (for autoregressive models)' },
      { name: 'dropout', type: { t: 'number', min: 0, max: 1, maxOpen: true }, default: 0, doc: 'dropout on the attention weights' },
      useBias,
      kernelInit,
      biasInit,
    ],
    inputs: { min: 1, max: 2, doc: 'query f32[batch, seq, width] and optionally context f32[batch, seq2, width2]' },
    infer(ctx, args, inputs) {
      const [q] = inputs;
      const c = inputs[1] ?? q;
      for (const t of new Set([q, c])) {
        if (!needDtype(ctx, t, 'f32') || !needRank(ctx, t, 3, 3, '[batch, sequence, width]')) return undefined;
      }
      const width = known(ctx, q, 2, 'model width');
      const cWidth = known(ctx, c, 2, 'context width');
      if (width === undefined || cWidth === undefined) return undefined;
      if (!sameDims(q.type.shape[0], c.type.shape[0])) {
        ctx.error('E0401', `query and context have different batch sizes: ${formatShape(q.type.shape)} and ${formatShape(c.type.shape)}`, ctx.span, { notes: [noteFor(q), noteFor(c)] });
        return undefined;
      }
      const heads = args.heads as number;
      if (width % heads !== 0) {
        const divisors = [...Array(Math.min(width, 64)).keys()].map((i) => i + 1).filter((d) => width % d === 0);
        ctx.error('E0306', `heads=${heads} does not divide the model width ${width}, so the heads cannot have equal width`, ctx.argSpan('heads'), {
          notes: [noteFor(q)],
          hint: `heads must be one of ${divisors.slice(-8).join(', ')}`,
        });
        return undefined;
      }
      if (args.causal && inputs.length === 2 && !sameDims(q.type.shape[1], c.type.shape[1])) {
        ctx.error('E0306', 'causal=true needs query and context of the same length', ctx.argSpan('causal'), { notes: [noteFor(q), noteFor(c)] });
        return undefined;
      }
      const kInit = args.kernel_init as Initializer;
      const bInit = args.bias_init as Initializer;
      const params: LayerParam[] = [];
      for (const [name, inW] of [['query', width], ['key', cWidth], ['value', cWidth], ['output', width]] as const) {
        params.push({ name: `${name}.kernel`, shape: [inW, width], init: kInit });
        if (args.use_bias) params.push({ name: `${name}.bias`, shape: [width], init: bInit });
      }
      return { type: q.type, params };
    },
  },
  Flatten: {
    doc: 'flattens every axis but the batch axis',
    args: [],
    inputs: { min: 1, max: 1, doc: '[batch, ...]' },
    infer(ctx, _args, [x]) {
      if (!needRank(ctx, x, 2, Infinity, '[batch, ...]')) return undefined;
      let n = 1;
      for (let a = 1; a < x.type.shape.length; a++) {
        const d = known(ctx, x, a, 'size for every axis but the first');
        if (d === undefined) return undefined;
        n *= d;
      }
      return { type: { dtype: x.type.dtype, shape: [x.type.shape[0], n] }, params: [] };
    },
  },
  Reshape: {
    doc: 'reshapes every axis but the batch axis; one size may be -1 (inferred)',
    args: [{ name: 'shape', type: { t: 'shape' }, doc: 'the new per-sample shape, e.g. [28, 28, 1]' }],
    inputs: { min: 1, max: 1, doc: '[batch, ...]' },
    infer(ctx, args, [x]) {
      if (!needRank(ctx, x, 1, Infinity, '[batch, ...]')) return undefined;
      let n = 1;
      for (let a = 1; a < x.type.shape.length; a++) {
        const d = known(ctx, x, a, 'size for every axis but the first');
        if (d === undefined) return undefined;
        n *= d;
      }
      const target = [...(args.shape as number[])];
      const knownProduct = target.filter((d) => d !== -1).reduce((a, b) => a * b, 1);
      const hole = target.indexOf(-1);
      if (hole >= 0 && n % knownProduct === 0) target[hole] = n / knownProduct;
      const product = target.reduce((a, b) => a * b, 1);
      if (product !== n || target.some((d) => d < 1)) {
        ctx.error('E0401', `cannot reshape ${formatShape(x.type.shape.slice(1))} (${n} elements per sample) into ${formatShape(args.shape as number[])}`, ctx.argSpan('shape'), {
          notes: [noteFor(x)],
          hint: 'the batch axis is kept; give only the per-sample shape',
        });
        return undefined;
      }
      return { type: { dtype: x.type.dtype, shape: [x.type.shape[0], ...target] }, params: [] };
    },
  },
  Concat: {
    doc: 'joins tensors along an axis; all other axes must match',
    args: [{ name: 'axis', type: { t: 'int' }, default: -1, doc: 'the axis to join along' }],
    inputs: { min: 2, max: 64, doc: 'two or more tensors of equal rank and dtype' },
    infer(ctx, args, inputs) {
      const [first] = inputs;
      const rank = first.type.shape.length;
      const axis = normAxis(ctx, args.axis as number, rank, 'axis');
      if (axis === undefined) return undefined;
      let total = 0;
      for (const t of inputs) {
        if (t.type.dtype !== first.type.dtype) {
          ctx.error('E0403', `Concat needs one dtype, but \`${first.name}\` is ${first.type.dtype} and \`${t.name}\` is ${t.type.dtype}`, t.span, { notes: [noteFor(first), noteFor(t)] });
          return undefined;
        }
        if (t.type.shape.length !== rank || t.type.shape.some((d, i) => i !== axis && !sameDims(d, first.type.shape[i]))) {
          ctx.error('E0401', `Concat along axis ${axis} needs equal sizes on every other axis, but \`${first.name}\` is ${formatShape(first.type.shape)} and \`${t.name}\` is ${formatShape(t.type.shape)}`, t.span, {
            notes: [noteFor(first), noteFor(t)],
          });
          return undefined;
        }
        const d = known(ctx, t, axis, 'size along the concatenation axis');
        if (d === undefined) return undefined;
        total += d;
      }
      const shape = [...first.type.shape];
      shape[axis] = total;
      return { type: { dtype: first.type.dtype, shape }, params: [] };
    },
  },
  Conv2D: {
    doc: '2-D convolution over NHWC images (channels last, as Keras)',
    args: [
      { name: 'filters', type: { t: 'int', min: 1 }, doc: 'output channels' },
      { name: 'kernel', type: { t: 'ints', length: 2, min: 1 }, doc: 'window size (an integer or [height, width])' },
      { name: 'stride', type: { t: 'ints', length: 2, min: 1 }, default: [1, 1], doc: 'step between windows' },
      { name: 'padding', type: { t: 'choice', options: ['valid', 'same'] }, default: 'valid', doc: 'valid: no padding; same: zero-pad so the output is ceil(size / stride)' },
      activationArg,
      useBias,
      kernelInit,
      biasInit,
    ],
    inputs: { min: 1, max: 1, doc: 'f32[batch, height, width, channels]' },
    infer(ctx, args, [x]) {
      if (!needDtype(ctx, x, 'f32')) return undefined;
      if (!needRank(ctx, x, 4, 4, '[batch, height, width, channels]', x.type.shape.length === 2 ? 'add Reshape([height, width, channels]) before Conv2D' : undefined)) return undefined;
      const channels = known(ctx, x, 3, 'channel count');
      const kernel = args.kernel as number[];
      const hw = spatial(ctx, x, kernel, args.stride as number[], args.padding as string, 'kernel');
      if (!hw || channels === undefined) return undefined;
      const filters = args.filters as number;
      const params: LayerParam[] = [{ name: 'kernel', shape: [kernel[0], kernel[1], channels, filters], init: args.kernel_init as Initializer }];
      if (args.use_bias) params.push({ name: 'bias', shape: [filters], init: args.bias_init as Initializer });
      return { type: { dtype: 'f32', shape: [...hw, filters] }, params };
    },
  },
  MaxPool2D: pool('max'),
  AvgPool2D: pool('average'),
};

/** Keras' names of layers that mdlc calls otherwise, for the checker's hint on an unknown name. */
export const layerAliases: Record<string, LayerKind> = { BatchNormalization: 'BatchNorm', LayerNormalization: 'LayerNorm' };

/** Whether a name is a built-in layer. */
export function isLayer(name: string): name is LayerKind {
  return Object.prototype.hasOwnProperty.call(layers, name);
}
