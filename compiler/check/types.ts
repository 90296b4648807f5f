// The checker's output: a typed, fully instantiated dataflow graph of the spec, every node carrying its span.
import type { BinaryOp, Span } from '../../grammar/ast.js';

/** Element types of tensors. */
export type DType = 'f32' | 'i32';

/** A dimension: a known size, or the name of a symbolic dimension such as `batch`. */
export type Dim = number | string;

/** A tensor's element type and shape. */
export interface TensorType {
  dtype: DType;
  shape: Dim[];
  /**
   * Keras' padding mask, when the tensor carries one: the graph node of the i32 ids (an `Embedding(mask_zero=true)`'s
   * input) whose non-zero entries are the real steps. It covers the tensor's leading axes, as many as the ids have
   * ([batch, seq]); see compiler/check/masks.ts for how it travels.
   */
  mask?: number;
}

import type { Initializer } from '../../core/initializer.js';
export type { Initializer, InitializerKind } from '../../core/initializer.js';

/** A learning-rate schedule, evaluated per optimizer step. */
export type Schedule =
  | { kind: 'constant'; lr: number }
  | { kind: 'step'; lr: number; every: number; factor: number }
  | { kind: 'cosine'; lr: number; steps: number; min_lr: number }
  | { kind: 'exponential'; lr: number; steps: number; rate: number; staircase: boolean }
  | { kind: 'linear'; lr: number; steps: number; end_lr: number }
  | { kind: 'warmup'; steps: number; after: Schedule };

/** A layer configured inside another layer's arguments, as `LSTM(8)` in `Bidirectional(LSTM(8))`. */
export interface LayerConfig {
  kind: 'layer';
  layer: LayerKind;
  args: ResolvedArgs;
}

/** A resolved argument value. */
export type ArgValue = number | boolean | string | number[] | string[] | Initializer | Schedule | LayerConfig;

/** Resolved arguments of a layer, function, loss, optimizer or metric, keyed by argument name. */
export type ResolvedArgs = Record<string, ArgValue>;

/** A trainable parameter of a layer instance. */
export interface ParamDecl {
  /** Full dotted path, e.g. `enc[1].attn.query.kernel`. */
  path: string;
  shape: number[];
  init: Initializer;
  /** True when the layer (or a block use around it) says `trainable=false`: kept and saved, never updated. */
  frozen?: true;
}

/** A non-trainable variable of a layer instance (e.g. BatchNorm's moving mean): kept as state, updated by train_step. */
export interface VariableDecl {
  /** Full dotted path, e.g. `bn.moving_mean`. */
  path: string;
  shape: number[];
  /** Every element's value before the first step. */
  value: number;
}

/** What `x[...]` makes of one input axis: the first element, how many (-1: the whole symbolic axis), the step, and whether the axis is dropped. */
export interface AxisSelection {
  begin: number;
  size: number;
  step: number;
  drop: boolean;
}

/** Names of the built-in layers. */
export type LayerKind =
  | 'Dense'
  | 'Embedding'
  | 'PositionalEmbedding'
  | 'LayerNorm'
  | 'BatchNorm'
  | 'RMSNorm'
  | 'GroupNorm'
  | 'Dropout'
  | 'MultiHeadAttention'
  | 'Flatten'
  | 'Reshape'
  | 'Concat'
  | 'Conv2D'
  | 'MaxPool2D'
  | 'AvgPool2D'
  | 'Conv1D'
  | 'Conv2DTranspose'
  | 'GlobalAvgPool1D'
  | 'GlobalAvgPool2D'
  | 'GlobalMaxPool1D'
  | 'GlobalMaxPool2D'
  | 'UpSampling2D'
  | 'SimpleRNN'
  | 'LSTM'
  | 'GRU'
  | 'Bidirectional';

/** Names of the built-in functions (weightless, called directly on a tensor). */
export type FunctionName =
  | 'relu' | 'gelu' | 'silu' | 'swish' | 'sigmoid' | 'tanh' | 'softmax' | 'log_softmax'
  | 'leaky_relu' | 'elu' | 'selu' | 'softplus' | 'hard_sigmoid'
  | 'exp' | 'log' | 'abs' | 'sqrt' | 'square' | 'pow' | 'maximum' | 'minimum' | 'clip' | 'where'
  | 'mean' | 'sum' | 'max' | 'min'
  | 'matmul' | 'transpose' | 'slice' | 'concat' | 'stack';

/** The activation names accepted by `activation=`. */
export type Activation = 'none' | 'linear' | 'relu' | 'gelu' | 'silu' | 'swish' | 'sigmoid' | 'tanh' | 'softmax' | 'leaky_relu' | 'elu' | 'selu' | 'softplus' | 'hard_sigmoid';

/** An operand of an elementwise binary op: a tensor or a scalar constant. */
export type Operand = { tensor: number } | { scalar: number };

interface NodeBase {
  id: number;
  type: TensorType;
  /** The spec text that produced this tensor. */
  span: Span;
  /** Readable path of the tensor, e.g. `enc[0].a`; generated for unnamed intermediates. */
  name: string;
}

/** One node of the checked graph. */
export type GraphNode =
  | (NodeBase & { kind: 'input'; role: 'input' | 'target' })
  /** `frozen`: `trainable=false` on the layer or a block use around it (its parameters are not trained, a BatchNorm runs as in inference). */
  | (NodeBase & { kind: 'layer'; layer: LayerKind; path: string; args: ResolvedArgs; params: ParamDecl[]; variables: VariableDecl[]; inputs: number[]; frozen?: true })
  /** `inputs` are the operands in order (a list operand, as concat's, spread in place). */
  | (NodeBase & { kind: 'function'; fn: FunctionName; args: ResolvedArgs; inputs: Operand[] })
  /** `@` becomes a `matmul` function node, so a binary node is elementwise. */
  | (NodeBase & { kind: 'binary'; op: Exclude<BinaryOp, '@'>; lhs: Operand; rhs: Operand })
  | (NodeBase & { kind: 'neg'; input: number })
  /** `x[...]`: per input axis its selection (see check/indexing.ts); axes indexed by a number are dropped. */
  | (NodeBase & { kind: 'index'; input: number; axes: AxisSelection[] });

/** The loss kinds. */
export type LossKind = 'mse' | 'mae' | 'huber' | 'cross_entropy' | 'binary_cross_entropy' | 'binary_focal_cross_entropy' | 'kl_divergence' | 'cosine_similarity';
/** The optimizer kinds. */
export type OptimizerKind = 'sgd' | 'adam' | 'adamw' | 'rmsprop' | 'adagrad' | 'lion';
/** The metric kinds. */
export type MetricKind = 'accuracy' | 'precision' | 'recall' | 'f1' | 'mse' | 'mae';

/** The loss, resolved: which tensors it compares and its options. */
export interface LossSpec {
  kind: LossKind;
  prediction: number;
  target: number;
  args: ResolvedArgs;
  /** For cross-entropy: whether targets are class ids (`i32`) rather than one-hot rows. */
  sparse: boolean;
  span: Span;
}

/** The optimizer, resolved. */
export interface OptimizerSpec {
  kind: OptimizerKind;
  args: ResolvedArgs;
  schedule: Schedule;
  span: Span;
}

/** A metric, resolved. */
export interface MetricSpec {
  kind: MetricKind;
  args: ResolvedArgs;
  span: Span;
}

/** Training settings with defaults filled in. */
export interface TrainSettings {
  batch_size: number;
  epochs: number;
  seed: number;
  shuffle: boolean;
  validation_split: number;
}

/** A tensor name written in the spec, with its full path (`enc[0].a`) and where it was written. */
export interface NamedTensor {
  name: string;
  node: number;
  span: Span;
}

/** One use of a block (or one copy of a repeat of one): the graph nodes it made are ids first..end-1, nested uses included. */
export interface BlockUse {
  /** The block's name as declared (`Encoder`). */
  block: string;
  /** Where its layers live (`encoded`, `blocks[1]`). */
  path: string;
  inputs: number[];
  output: number;
  first: number;
  end: number;
  /** How many block uses enclose this one (0 at the top level). */
  depth: number;
  /** The names of the block's input tensors, in order. */
  inputNames: string[];
  span: Span;
}

/** A checked spec: everything later stages need, with no unresolved names left. */
export interface CheckedModel {
  name: string;
  constants: Record<string, number>;
  nodes: GraphNode[];
  /** Every tensor the spec names (inputs, targets, assignments, also inside each block use), in order. */
  named: NamedTensor[];
  inputs: number[];
  targets: number[];
  outputs: { name: string; node: number }[];
  loss?: LossSpec;
  optimizer?: OptimizerSpec;
  metrics: MetricSpec[];
  train: TrainSettings;
  /** Every block use, outer ones before the uses inside them (exporters rebuild the spec's blocks from these). */
  blockUses: BlockUse[];
}

/** `[batch, 784]` */
export function formatShape(shape: Dim[]): string {
  return `[${shape.join(', ')}]`;
}

/** `f32[batch, 784]` */
export function formatType(t: TensorType): string {
  return `${t.dtype}${formatShape(t.shape)}`;
}

/** Number of elements of a fully known shape. */
export function sizeOf(shape: number[]): number {
  return shape.reduce((a, b) => a * b, 1);
}
