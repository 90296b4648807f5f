// Op -> its role in fusion: one table keyed by op, so an op added to the IR fails to compile until it is classified.
import type { AnyNode, Op } from '../../core/ir.js';
import type { KernelKind } from './kernel.js';

/** How fusion treats an op. */
export type FuseClass =
  /** Lives in memory before the program runs: parameters, optimizer state, inputs. */
  | 'resident'
  /** Computed from nothing: recomputed inline wherever it is read, never stored for its own sake. */
  | 'leaf'
  /** The value at an index depends on the operands at that (broadcast) index: inlined into its reader. */
  | 'elementwise'
  /** Index arithmetic over an operand, never a copy: always inlined, even when read by several kernels. */
  | 'view'
  /** A reduction: a kernel of its own kind (one invocation per kept index). */
  | 'reduce'
  | 'matmul'
  | 'scatter'
  /** Sums windows into each output element (col2im): an elementwise kernel of its own, always stored. */
  | 'window';

/** An op's fusion properties. */
export interface FuseInfo {
  class: FuseClass;
  /**
   * Whether it may run inside a horizontally fused segment (rule 8), which reads every operand at one flat index:
   * true when its value depends only on its operands at the same flat position (reshape keeps element order).
   */
  flat: boolean;
}

const resident = { class: 'resident', flat: false } as const;
const elementwise = { class: 'elementwise', flat: true } as const;
const view = { class: 'view', flat: false } as const;
const reduce = { class: 'reduce', flat: false } as const;

/** Every op's fusion properties. Adding an Op without one fails to compile; the classes stay literal for `OpsOfClass`. */
export const fuseInfo = {
  param: resident,
  input: resident,
  state: resident,
  const: { class: 'leaf', flat: true },
  // Reads its own multi-index, which a flat segment does not have.
  iota: { class: 'leaf', flat: false },
  // Elementwise, but keyed by the element's position in its own tensor, which differs between segments.
  random: { class: 'elementwise', flat: false },
  neg: elementwise,
  exp: elementwise,
  log: elementwise,
  sqrt: elementwise,
  tanh: elementwise,
  sigmoid: elementwise,
  relu: elementwise,
  abs: elementwise,
  sign: elementwise,
  floor: elementwise,
  cos: elementwise,
  erf: elementwise,
  cast: elementwise,
  add: elementwise,
  sub: elementwise,
  mul: elementwise,
  div: elementwise,
  max: elementwise,
  min: elementwise,
  lt: elementwise,
  le: elementwise,
  eq: elementwise,
  where: elementwise,
  detach: elementwise,
  sum: reduce,
  reduce_max: reduce,
  argmax: reduce,
  matmul: { class: 'matmul', flat: false },
  gather: view,
  scatter_add: { class: 'scatter', flat: false },
  // Same elements in the same order: shares its operand's memory, transparent in a flat segment.
  reshape: { class: 'view', flat: true },
  transpose: view,
  broadcast: view,
  slice: view,
  concat: view,
  pad: view,
  im2col: view,
  col2im: { class: 'window', flat: false },
} as const satisfies Record<Op, FuseInfo>;

/** The ops of one class, as a type: tables keyed by it (the reduce templates, say) fail to compile when an op joins the class. */
export type OpsOfClass<C extends FuseClass> = { [O in Op]: (typeof fuseInfo)[O]['class'] extends C ? O : never }[Op];

/** When a node is written to memory (rules 1-3): outputs and updates always are, whatever their class. */
export type Storage =
  /** Always stored, however many kernels read it. */
  | 'always'
  /** Inlined into its reader; stored once when several kernels read it (and it is not a scalar). */
  | 'shared'
  /** Recomputed by every reader: views cost index arithmetic, not memory traffic. */
  | 'inline';

/** What each class means to the rules: when its nodes are stored, and the kind of kernel a stored one roots. */
const classRules: Record<FuseClass, { storage: Storage; kernel: KernelKind }> = {
  resident: { storage: 'always', kernel: 'elementwise' },
  leaf: { storage: 'inline', kernel: 'elementwise' },
  elementwise: { storage: 'shared', kernel: 'elementwise' },
  view: { storage: 'inline', kernel: 'elementwise' },
  reduce: { storage: 'always', kernel: 'reduce' },
  matmul: { storage: 'always', kernel: 'matmul' },
  scatter: { storage: 'always', kernel: 'scatter' },
  window: { storage: 'always', kernel: 'elementwise' },
};

/** An op's fusion class. */
export function classOf(op: Op): FuseClass {
  return fuseInfo[op].class;
}

/** When nodes of this op are written to memory. */
export function whenStored(op: Op): Storage {
  return classRules[classOf(op)].storage;
}

/** The kind of kernel a stored node of this op roots (views and leaves stored as outputs are copied elementwise). */
export function kernelKindOf(op: Op): KernelKind {
  return classRules[classOf(op)].kernel;
}

/** Whether a node is a reduction (narrowed to the reduce-class ops). */
export function isReduction(n: AnyNode): n is Extract<AnyNode, { op: OpsOfClass<'reduce'> }> {
  return classOf(n.op) === 'reduce';
}

/** The axes a node reduces over; none for other ops. A reduction missing here fails to compile (the switch must return). */
export function axesOf(n: AnyNode): number[] {
  if (!isReduction(n)) return [];
  switch (n.op) {
    case 'sum':
    case 'reduce_max':
      return n.arg.axes;
    case 'argmax':
      return [n.arg.axis];
  }
}
