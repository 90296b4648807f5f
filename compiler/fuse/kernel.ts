// Kernels: groups of IR nodes that run as one GPU dispatch, with the tensors they read and write.
import type { Span } from '../../grammar/ast.js';

/** How a kernel iterates. */
export type KernelKind =
  /** One invocation per output element (grid-stride); inline views and elementwise ops. */
  | 'elementwise'
  /** One invocation per kept index; loops over the reduced axes, possibly several reductions and elementwise outputs (softmax, LayerNorm). */
  | 'reduce'
  /** A (batched) matrix product with its elementwise epilogue. */
  | 'matmul'
  /** scatter_add: one invocation per table row, summing the updates whose id is that row. */
  | 'scatter';

/** One kernel: what it computes and how. Node ids refer to the program's IR nodes. */
export interface Kernel {
  id: number;
  kind: KernelKind;
  /** Readable name derived from the spec, e.g. `encoded_attn_softmax`. */
  name: string;
  /** The realized nodes this kernel writes to memory. */
  outputs: number[];
  /** Every IR node evaluated inside the kernel (outputs and inlined nodes), ascending. */
  members: number[];
  /** Realized nodes (and parameters, state, inputs) this kernel reads. */
  inputs: number[];
  /** Iteration domain: the output shape (elementwise, matmul), the full unreduced shape (reduce), the table shape (scatter). */
  shape: number[];
  /** Reduced axes (reduce kernels). */
  axes: number[];
  /** The matmul or scatter_add node (matmul and scatter kernels). */
  root?: number;
  /** Spec spans the kernel came from, for comments and error messages. */
  spans: Span[];
  /**
   * Horizontal fusion (rule 8): the kernel runs the same elementwise code over several segments laid end to end
   * (one per parameter, for the optimizer update). Members, inputs and outputs above describe the first segment;
   * `map` sends each of its nodes to the corresponding node of another segment.
   */
  segments?: { size: number; map: Record<number, number> }[];
  /** Names of the fusion rules that merged work into this kernel, in the order they did (`fuseRules` in fuse.ts). */
  rules: string[];
  /** Rule 9: single-invocation kernels run by this kernel's first invocation before its own work. */
  sideTasks?: Pick<Kernel, 'kind' | 'outputs' | 'members' | 'inputs' | 'shape' | 'axes'>[];
}
