// Dead-code elimination: keeps only nodes that an output or an update depends on, renumbered in order.
import type { AnyNode, Program } from '../../../core/ir.js';

/** Removes nodes nothing reads; ids are renumbered densely, order is kept. */
export function eliminateDeadCode(p: Program): Program {
  const live = new Uint8Array(p.nodes.length);
  const stack = [...p.outputs.map((o) => o.node), ...p.updates.map((u) => u.node)];
  while (stack.length) {
    const id = stack.pop()!;
    if (live[id]) continue;
    live[id] = 1;
    stack.push(...p.nodes[id].src);
  }
  const map = new Int32Array(p.nodes.length).fill(-1);
  const nodes: AnyNode[] = [];
  for (const n of p.nodes) {
    if (!live[n.id]) continue;
    map[n.id] = nodes.length;
    nodes.push({ ...n, id: nodes.length, src: n.src.map((s) => map[s]) } as AnyNode);
  }
  return { ...p, nodes, outputs: p.outputs.map((o) => ({ ...o, node: map[o.node] })), updates: p.updates.map((u) => ({ ...u, node: map[u.node] })) };
}
