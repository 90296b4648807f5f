// How Keras' padding mask travels through the checked graph: per layer kind and function, whether a new tensor keeps
// the mask of its input, drops it, or sets its own (the rule decides), as Keras' `supports_masking` and `compute_mask`.
import { nodeReads } from './graph.js';
import type { FunctionName, GraphNode, LayerKind, TensorType } from './types.js';

/**
 * `keep`: the output carries the mask of its first masked input (where the output still has the masked axes);
 * `drop`: the output has no mask (the layer does not look at one, as Keras' Flatten or Conv1D);
 * `own`: the layer's shape rule sets the output's mask itself (Embedding makes one, the recurrent layers keep or drop
 * it by `return_sequences`, GlobalAvgPool1D consumes it, attention keeps the query's).
 */
export type MaskRule = 'keep' | 'drop' | 'own';

/** Each layer kind's mask rule. Adding a LayerKind without one fails to compile. */
export const layerMasks: Record<LayerKind, MaskRule> = {
  Dense: 'keep',
  Embedding: 'own',
  PositionalEmbedding: 'keep',
  LayerNorm: 'keep',
  BatchNorm: 'keep',
  Dropout: 'keep',
  MultiHeadAttention: 'own',
  Flatten: 'drop',
  Reshape: 'drop',
  Concat: 'keep',
  Conv2D: 'drop',
  MaxPool2D: 'drop',
  AvgPool2D: 'drop',
  Conv1D: 'drop',
  Conv2DTranspose: 'drop',
  GlobalAvgPool1D: 'own',
  GlobalAvgPool2D: 'drop',
  GlobalMaxPool1D: 'drop',
  GlobalMaxPool2D: 'drop',
  UpSampling2D: 'drop',
  // RMSNorm normalises each step alone; GroupNorm mixes every step of a sample, padded ones too, as mdlc computes it.
  RMSNorm: 'keep',
  GroupNorm: 'drop',
  SimpleRNN: 'own',
  LSTM: 'own',
  GRU: 'own',
  Bidirectional: 'own',
};

/**
 * Each function's mask rule: elementwise functions keep it, the reductions keep it when they reduce an axis the mask
 * does not cover (`reduce`; `mean` over a masked axis averages the real steps only, then the mask is gone), and the
 * rearrangements drop it.
 */
export const functionMasks: Record<FunctionName, MaskRule | 'reduce'> = {
  relu: 'keep', gelu: 'keep', silu: 'keep', swish: 'keep', sigmoid: 'keep', tanh: 'keep', softmax: 'keep', log_softmax: 'keep',
  leaky_relu: 'keep', elu: 'keep', selu: 'keep', softplus: 'keep', hard_sigmoid: 'keep',
  exp: 'keep', log: 'keep', abs: 'keep', sqrt: 'keep', square: 'keep', pow: 'keep', maximum: 'keep', minimum: 'keep', clip: 'keep', where: 'keep',
  mean: 'reduce', sum: 'reduce', max: 'reduce', min: 'reduce',
  matmul: 'drop', transpose: 'drop', slice: 'drop', concat: 'drop', stack: 'drop',
};

/** Whether `mask` (the ids' graph node) can cover a tensor of this type: the ids' shape is the type's leading axes. */
export function maskFits(nodes: readonly GraphNode[], mask: number, type: TensorType): boolean {
  const ids = nodes[mask].type.shape;
  return type.shape.length >= ids.length && ids.every((d, i) => d === type.shape[i]);
}

/**
 * The mask a new node carries: the one its rule set (`own`), none (`drop`), or the first masked input's where the rule
 * keeps it and it still fits the output (operators keep it too, as Keras' merge layers).
 */
export function maskFor(nodes: readonly GraphNode[], n: GraphNode): number | undefined {
  const rule = n.kind === 'layer' ? layerMasks[n.layer] : n.kind === 'function' ? functionMasks[n.fn] : n.kind === 'input' ? 'drop' : 'keep';
  if (rule === 'own') return n.type.mask;
  if (rule === 'drop') return undefined;
  const mask = nodeReads(n).map((i) => nodes[i].type.mask).find((m) => m !== undefined);
  if (mask === undefined) return undefined;
  if (rule === 'reduce' && n.kind === 'function') {
    const rank = nodes[nodeReads(n)[0]].type.shape.length;
    const axis = n.args.axis;
    if (typeof axis !== 'number' || (axis < 0 ? rank + axis : axis) < nodes[mask].type.shape.length) return undefined;
  }
  return maskFits(nodes, mask, n.type) ? mask : undefined;
}
