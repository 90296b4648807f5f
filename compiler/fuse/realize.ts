// Rules 1-3: which nodes are written to memory, and one draft kernel per stored computed node with what it inlines.
import type { Program } from '../../core/ir.js';
import { axesOf, classOf, kernelKindOf, whenStored } from './classify.js';
import { type Draft, type FuseState, inlineDepth, MAX_INLINE_DEPTH, storageOf } from './draft.js';

/** Decides which nodes are written to memory (rules 1-3). Scalars are recomputed where used rather than stored. */
export function realize(p: Program, consumers: number[][]): Set<number> {
  const realized = new Set<number>();
  for (const b of [...p.outputs, ...p.updates]) {
    const id = storageOf(p, b.node);
    if (p.nodes[id].op !== 'const') realized.add(id);
  }
  for (const n of p.nodes) {
    const storage = whenStored(n.op);
    if (storage === 'always') realized.add(n.id);
    else if (storage === 'shared' && consumers[n.id].length > 1 && n.shape.some((d) => d > 1)) realized.add(n.id);
  }
  // Matmul and scatter operands are read many times each: only views (index arithmetic) may stand between them and memory.
  for (const n of p.nodes) {
    if (classOf(n.op) !== 'matmul' && classOf(n.op) !== 'scatter') continue;
    for (const s of n.src) {
      const stack = [s];
      while (stack.length) {
        const id = stack.pop()!;
        const m = p.nodes[id];
        const c = classOf(m.op);
        if (realized.has(id) || c === 'leaf') continue;
        // Every operand of a view is read through it, a gather's ids as much as its table.
        if (c === 'view') stack.push(...m.src);
        else realized.add(id);
      }
    }
  }
  for (const id of oldValueReaders(p, consumers, realized)) realized.add(id);
  for (const id of depthBreaks(p, realized)) realized.add(id);
  return realized;
}

/**
 * Elementwise nodes at which an inlined chain grows past MAX_INLINE_DEPTH, stored so the chain restarts from memory.
 * Deep stacks make such chains (the global norm of gradient clipping sums one term per parameter); shipped specs stay
 * far below the bound. Nodes are in topological order, so one pass gives each its depth.
 */
function depthBreaks(p: Program, realized: Set<number>): number[] {
  const out: number[] = [];
  const depth = new Int32Array(p.nodes.length);
  for (const n of p.nodes) {
    if (realized.has(n.id)) continue;
    let d = 0;
    for (const s of n.src) if (!realized.has(s) && depth[s] + 1 > d) d = depth[s] + 1;
    if (d >= MAX_INLINE_DEPTH && classOf(n.op) === 'elementwise') {
      out.push(n.id);
      realized.add(n.id);
      d = 0;
    }
    depth[n.id] = d;
  }
  return out;
}

/**
 * Rule 6 guard: nodes that read a parameter's or state's old value and would be inlined into a kernel that depends on
 * the new value (which is written over the old one, so that kernel could run neither before nor after the write): they
 * are stored by a kernel of their own, which runs before the write. The compiler's own programs read old values only on
 * the way to the update, so this finds nothing in them; hand-made IR can.
 */
function oldValueReaders(p: Program, consumers: number[][], realized: Set<number>): number[] {
  const out: number[] = [];
  const residentOf = new Map<string, number>();
  for (const n of p.nodes) if (n.op === 'param' || n.op === 'state') residentOf.set(n.arg.path, n.id);
  for (const u of p.updates) {
    const old = residentOf.get(u.name);
    if (old === undefined) continue;
    const written = storageOf(p, u.node);
    let after: boolean[] | undefined; // after[i]: node i depends on the new value
    for (const x of consumers[old]) {
      if (realized.has(x) || classOf(p.nodes[x].op) === 'view') continue;
      // the kernels that would inline x: the stored nodes reached from it through nodes that are not stored
      const roots: number[] = [];
      const seen = new Set<number>([x]);
      const stack = [x];
      while (stack.length)
        for (const c of consumers[stack.pop()!]) {
          if (seen.has(c)) continue;
          seen.add(c);
          if (realized.has(c)) roots.push(c);
          else stack.push(c);
        }
      if (!roots.some((r) => r !== written)) continue;
      after ??= p.nodes.map(() => false);
      if (!after[written]) for (const n of p.nodes) after[n.id] = n.id === written || n.src.some((s) => after![s]);
      if (roots.some((r) => r !== written && after![r])) out.push(x);
    }
  }
  return out;
}

/** The nodes a kernel rooted at `root` evaluates inline: its non-realized ancestors up to realized boundaries. */
function collect(p: Program, root: number, realized: Set<number>): { members: Set<number>; inputs: Set<number> } {
  const members = new Set<number>([root]);
  const inputs = new Set<number>();
  const stack = [...p.nodes[root].src];
  while (stack.length) {
    const id = stack.pop()!;
    if (realized.has(id)) {
      inputs.add(id);
      continue;
    }
    if (members.has(id)) continue;
    members.add(id);
    stack.push(...p.nodes[id].src);
  }
  return { members, inputs };
}

/** Rules 1-3 as the first step of fusion: what is stored, and one draft kernel per stored computed node. */
export function initialDrafts(s: FuseState): void {
  const { p } = s;
  s.realized = realize(p, s.consumers);
  for (const n of p.nodes) {
    if (!s.realized.has(n.id) || classOf(n.op) === 'resident') continue;
    const { members, inputs } = collect(p, n.id, s.realized);
    const kind = kernelKindOf(n.op);
    const shape = kind === 'reduce' ? p.nodes[n.src[0]].shape : n.shape;
    const axes = axesOf(n);
    const root = kind === 'matmul' || kind === 'scatter' ? n.id : undefined;
    const d: Draft = { kind, outputs: new Set([n.id]), members, inputs, shape, axes, root, order: s.drafts.length, alive: true, rules: [], depth: inlineDepth(p, members) };
    s.drafts.push(d);
    s.producer.set(n.id, d);
  }
}
