// The tensor IR: one node type (op, dtype, shape, src, arg, span, name), hash-consed so equal subgraphs are one node.
import type { Span } from './span.js';
import type { Initializer } from './initializer.js';

/** Element types in the IR. */
export type DType = 'f32' | 'i32';

/** Elementwise ops of one operand. */
export type UnaryOp = 'neg' | 'exp' | 'log' | 'sqrt' | 'tanh' | 'sigmoid' | 'relu' | 'abs' | 'sign' | 'floor' | 'cos' | 'erf' | 'cast';
/** Elementwise ops of two operands, numpy broadcasting (equal ranks with size-1 axes, or a rank-0 operand). Comparisons give 1.0 or 0.0. */
export type BinaryOp = 'add' | 'sub' | 'mul' | 'div' | 'max' | 'min' | 'lt' | 'le' | 'eq';

/** Every IR op. Typed tables keyed by Op (shape rules, gradients, reference kernels) must cover all of them. */
export type Op =
  | 'param'
  | 'input'
  | 'state'
  | 'const'
  | 'iota'
  | 'random'
  | UnaryOp
  | BinaryOp
  | 'where'
  | 'detach'
  | 'sum'
  | 'reduce_max'
  | 'argmax'
  | 'matmul'
  | 'gather'
  | 'scatter_add'
  | 'reshape'
  | 'transpose'
  | 'broadcast'
  | 'slice'
  | 'concat'
  | 'pad'
  | 'im2col'
  | 'col2im';

/** Window geometry of im2col/col2im (NHWC images). */
export interface Window {
  kh: number;
  kw: number;
  sh: number;
  sw: number;
  /** Padding before the first row/column; the rest is implied by the output size. */
  padTop: number;
  padLeft: number;
  /** Value read outside the image: 0 for convolution and average pooling, a large negative number for max pooling. */
  padValue: number;
  /** Dilation: kernel taps dh rows and dw columns apart (absent = 1, an ordinary window). */
  dh?: number;
  dw?: number;
}

type NoArg = Record<string, never>;

/** The argument of each op, typed per op: no `any` on IR args. */
export interface OpArgs {
  param: { path: string; init: Initializer };
  input: { name: string };
  /** A persistent tensor that is not a trained parameter (optimizer moments, step counter, epoch sums, layer variables); filled with `value` before the first step. */
  state: { path: string; value: number };
  const: { value: number };
  iota: { axis: number };
  /** Uniform [0, 1) from Threefry-2x32 keyed by (seed, stream), counted by (step, element index); src = [step counter]. */
  random: { seed: number; stream: number };
  neg: NoArg;
  exp: NoArg;
  log: NoArg;
  sqrt: NoArg;
  tanh: NoArg;
  sigmoid: NoArg;
  relu: NoArg;
  abs: NoArg;
  sign: NoArg;
  floor: NoArg;
  cos: NoArg;
  erf: NoArg;
  /** Converts to the node's dtype. */
  cast: NoArg;
  add: NoArg;
  sub: NoArg;
  mul: NoArg;
  div: NoArg;
  max: NoArg;
  min: NoArg;
  lt: NoArg;
  le: NoArg;
  eq: NoArg;
  /** src = [condition (non-zero = true), a, b]. */
  where: NoArg;
  /** Identity forward, zero gradient (stop-gradient). */
  detach: NoArg;
  /** Sums over `axes`, keeping them with size 1. */
  sum: { axes: number[] };
  reduce_max: { axes: number[] };
  /** Index of the maximum along `axis` (kept with size 1), i32. */
  argmax: { axis: number };
  /** [..., M, K] x [..., K, N] with equal batch axes; a transposed operand is read in place. */
  matmul: { transA: boolean; transB: boolean };
  /** src = [table [V, D], ids i32 [...]] -> [..., D]. */
  gather: NoArg;
  /** src = [ids i32 [...], updates [..., D]] -> [rows, D], summing rows with equal ids. */
  scatter_add: { rows: number };
  reshape: NoArg;
  transpose: { perm: number[] };
  /** Expands size-1 axes to the node's shape. */
  broadcast: NoArg;
  slice: { begin: number[] };
  concat: { axis: number };
  /** Zero-pads each axis by before[i] and after[i]. */
  pad: { before: number[]; after: number[] };
  /** [B, H, W, C] -> [B, OH, OW, kh*kw*C] patches, (ky, kx, c) order. */
  im2col: Window;
  /** The adjoint of im2col: sums patch gradients back into [B, H, W, C]. */
  col2im: Window;
}

/** One IR node. `src` are ids of earlier nodes (the IR is SSA and topologically ordered). */
export interface Node<O extends Op = Op> {
  id: number;
  op: O;
  dtype: DType;
  shape: number[];
  src: number[];
  arg: OpArgs[O];
  /** The spec text this node was lowered from. */
  span: Span;
  /** Readable path, e.g. `encoded.attn.scores`; kernel names derive from it. */
  name: string;
}

/** Any node, discriminated by op. */
export type AnyNode = { [O in Op]: Node<O> }[Op];

/** Something the program reads or writes by name: a data feed, a parameter, an optimizer state, an output. */
export interface Binding {
  name: string;
  node: number;
}

/** One entry point (train_step, eval_step or predict): a flat node list with named inputs, outputs and state updates. */
export interface Program {
  name: 'train_step' | 'eval_step' | 'predict';
  nodes: AnyNode[];
  /** Values computed by the program and returned to the caller (loss, metric counters, predictions). */
  outputs: Binding[];
  /** New values of parameters and optimizer state, written back after the step. */
  updates: Binding[];
}

/**
 * What a state tensor is for. Absent: the optimizer's or the epoch's bookkeeping (moments, step counter, metric sums).
 * `variable`: a layer's non-trainable variable (BatchNorm's moving statistics), part of the model's weights.
 */
export type StateRole = 'variable';

/** Everything about a model that the programs share: its parameters, its state tensors and the batch size they are compiled for. */
export interface Module {
  model: string;
  batch: number;
  seed: number;
  params: { path: string; shape: number[]; init: Initializer }[];
  state: { path: string; shape: number[]; value: number; role?: StateRole }[];
  programs: Program[];
}

/** Number of elements of a shape. */
export function numel(shape: number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}
