// The rewrite driver: rebuilds a program node by node, offering each node to named rules until none applies.
import { Builder } from '../builder.js';
import type { AnyNode, Op, Program } from '../../../core/ir.js';

/** A rule: a replacement node id (built with `b`) for `n`, whose operands are already rewritten, or undefined. */
export type Rule = (n: AnyNode, b: Builder) => number | undefined;

/** A named list of rules; the name labels `--dump-ir` output. */
export interface RuleSet {
  name: string;
  rules: Rule[];
}

/** Copies a node into a builder with operands remapped (hash-consing if the builder does). */
function copy(n: AnyNode, src: number[], b: Builder): number {
  const given = { dtype: n.dtype, shape: n.shape };
  return b.add(n.op as Op, src, n.arg as never, given, { span: n.span, name: n.name });
}

/** One pass over a program: every node is rebuilt, rules first; returns the new program. */
export function rewrite(p: Program, rules: Rule[], cse: boolean): Program {
  const b = new Builder(cse);
  const map = new Array<number>(p.nodes.length);
  for (const n of p.nodes) {
    const src = n.src.map((s) => map[s]);
    const remapped = { ...n, src } as AnyNode;
    let id: number | undefined;
    b.origin = { span: n.span, name: n.name };
    for (const rule of rules) {
      id = rule(remapped, b);
      if (id !== undefined) break;
    }
    map[n.id] = id ?? copy(n, src, b);
  }
  return {
    ...p,
    nodes: b.nodes,
    outputs: p.outputs.map((o) => ({ name: o.name, node: map[o.node] })),
    updates: p.updates.map((u) => ({ name: u.name, node: map[u.node] })),
  };
}

/** Rewrites until the node count stops shrinking (rules only ever simplify), at most `limit` rounds. */
export function rewriteToFixedPoint(p: Program, rules: Rule[], cse: boolean, limit = 8): Program {
  let current = p;
  for (let i = 0; i < limit; i++) {
    const next = rewrite(current, rules, cse);
    const same = next.nodes.length === current.nodes.length;
    current = next;
    if (same) break;
  }
  return current;
}
