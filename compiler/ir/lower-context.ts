// What a layer's lowering rule is given (the LowerContext of the program being lowered) and the helpers every rule shares.
import type { GraphNode, Initializer } from '../check/types.js';
import type { Builder } from './builder.js';
import type { IntermediateKind } from '../../core/artifact.js';

/**
 * What a lowering rule can use: the builder, the program it lowers for, parameters, randomness, the layer's own
 * non-trainable variables (read, and given new values in train_step) and the batch's row mask.
 */
export interface LowerContext {
  b: Builder;
  /** True in train_step: dropout is active and BatchNorm uses (and updates from) batch statistics. */
  training: boolean;
  /** The parameter node for a path (created once, shared by every use). */
  param(path: string, shape: number[], init: Initializer): number;
  /** A fresh uniform [0, 1) tensor for dropout, different at every step. */
  random(shape: number[]): number;
  /** The current value of a non-trainable variable the checker declared (a `state` node, shared by every use). */
  variable(path: string): number;
  /** The variable's value after this train_step; written back with the optimizer's updates. Only while training. */
  update(path: string, value: number): void;
  /** f32 [batch]: 1 for a real row, 0 for a padding row (from the per-sample weights), so padding never counts. */
  rowMask(): number;
  /**
   * The padding mask a checked tensor carries (compiler/check/masks.ts), as f32 [batch, steps]: 1 for a real step
   * (a non-zero id), 0 for padding; undefined when the tensor has none.
   */
  mask(tensor: number): number | undefined;
  /**
   * Offers an intermediate tensor of `layer` (batch first) as an extra predict output; `make` runs only when the
   * compilation exposes that kind (compiler/ir/expose.ts), so no other program gains nodes.
   */
  expose(kind: IntermediateKind, layer: LayerNode, make: () => number): void;
}

/** A layer use in the checked graph. */
export type LayerNode = Extract<GraphNode, { kind: 'layer' }>;

/** A layer's lowering: its inputs' IR nodes -> the output's IR node. */
export type LayerLowering = (ctx: LowerContext, node: LayerNode, inputs: number[]) => number;

/** Large negative value standing in for -infinity (masks, max-pool padding); finite so JSON and WGSL can carry it. */
export const NEG_LARGE = -3.0e38;

/** The layer's parameter nodes, keyed by their name relative to the layer (`kernel`, `query.bias`). */
export function params(ctx: LowerContext, node: LayerNode): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of node.params) out[p.path.slice(node.path.length + 1)] = ctx.param(p.path, p.shape, p.init);
  return out;
}
