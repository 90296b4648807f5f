// A checked graph node -> the graph tensors it reads. One exhaustive switch, so a new node kind fails `tsc` here rather
// than being skipped by each walk over the graph (masks, the exporters).
import type { GraphNode } from './types.js';

/** The ids of the graph tensors a node reads, in operand order (numbers among the operands are not tensors). */
export function nodeReads(n: GraphNode): number[] {
  switch (n.kind) {
    case 'input':
      return [];
    case 'layer':
      return n.inputs;
    case 'function':
      return n.inputs.flatMap((o) => ('tensor' in o ? [o.tensor] : []));
    case 'binary':
      return [n.lhs, n.rhs].flatMap((o) => ('tensor' in o ? [o.tensor] : []));
    case 'neg':
    case 'index':
      return [n.input];
  }
}
