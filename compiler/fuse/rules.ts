// The merging rules of fusion (4, 5, 7, 8 and dropping private outputs), each a small function over the shared state.
import type { Program } from '../../core/ir.js';
import { fuseInfo } from './classify.js';
import { absorb, dependsWithin, type Draft, directlyIdentity, type FuseState, indirect, inPlaceHazard, mark, numel, readsFrom, sameShape, storageOf, tooDeep } from './draft.js';

/** Rule 4: a reduction and the elementwise kernels over the same rows that read it or feed it become one kernel per row. */
export function rowGroups(s: FuseState): void {
  const rowLevel = (d: Draft) => d.shape.map((x, i) => (d.axes.includes(i) ? 1 : x));
  const readers = readersOf(s);
  // A pair found to make a cycle keeps making one until either of them merges with something (a path through other
  // drafts survives their merging): remembered with both drafts' merge counts, so passes do not search again.
  const merges = new Map<Draft, number>();
  const cyclic = new Map<Draft, Map<Draft, string>>();
  const stamp = (a: Draft, b: Draft) => `${merges.get(a) ?? 0}:${merges.get(b) ?? 0}`;
  for (let changed = true; changed; ) {
    changed = false;
    for (const d of s.drafts) {
      if (!d.alive || d.kind !== 'reduce') continue;
      // The drafts `d` reads from or is read by (a superset, kept as `d` grows): only they can pass the test below.
      const linked = new Set<Draft>();
      const link = (x: Draft) => {
        for (const o of x.outputs) for (const r of readers.get(o) ?? []) linked.add(r);
        for (const i of x.inputs) {
          const q = s.producer.get(i);
          if (q) linked.add(q);
        }
      };
      link(d);
      // Element-level work runs serially along each row, so it joins only groups with short rows or many of them.
      const level = rowLevel(d); // absorbing keeps d's shape and axes, so once per d (not per candidate)
      const rows = numel(level);
      const rowLen = numel(d.shape) / rows;
      const serialOk = rowLen <= 8192 && (rows > 1 || rowLen <= 1024);
      for (const e of s.drafts) {
        if (e === d || !e.alive || !linked.has(e)) continue;
        const fits =
          (e.kind === 'reduce' && sameShape(e.shape, d.shape) && sameShape(e.axes, d.axes)) ||
          (e.kind === 'elementwise' && ((serialOk && sameShape(e.shape, d.shape)) || sameShape(e.shape, level)));
        if (!fits) continue;
        if (!readsFrom(e, d) && !readsFrom(d, e)) continue;
        const [first, second] = e.order < d.order ? [e, d] : [d, e];
        if (cyclic.get(d)?.get(e) === stamp(d, e)) continue;
        if (indirect(s, first, second) || inPlaceHazard(s, d, e) || tooDeep(s, d, e)) {
          if (!cyclic.has(d)) cyclic.set(d, new Map());
          cyclic.get(d)!.set(e, stamp(d, e));
          continue;
        }
        absorb(s, d, e, 'row-groups');
        merges.set(d, (merges.get(d) ?? 0) + 1);
        for (const i of e.inputs) addReader(readers, i, d);
        link(e);
        changed = true;
      }
    }
  }
}

/**
 * The drafts that read each node: a superset of the truth that stays one as long as every absorb also adds the
 * absorber under the inputs it took over (inputs only shrink otherwise). Lets the merging rules look at neighbours
 * instead of every pair of drafts, which was quadratic in the size of the program (deep `repeat`).
 */
function readersOf(s: FuseState): Map<number, Set<Draft>> {
  const readers = new Map<number, Set<Draft>>();
  for (const d of s.drafts) if (d.alive) for (const i of d.inputs) addReader(readers, i, d);
  return readers;
}

function addReader(readers: Map<number, Set<Draft>>, node: number, d: Draft): void {
  const set = readers.get(node);
  if (set) set.add(d);
  else readers.set(node, new Set([d]));
}

/** Rule 5: an elementwise kernel that reads a matmul's result element for element runs inside the matmul kernel. */
export function matmulEpilogues(s: FuseState): void {
  const { p } = s;
  const readersOfNode = readersOf(s);
  const position = new Map(s.drafts.map((d, i) => [d, i]));
  /** Live drafts reading a node, in draft order (the index is a superset; the test is redone). */
  const reading = (node: number) => [...(readersOfNode.get(node) ?? [])].filter((e) => e.alive && e.inputs.has(node)).sort((x, y) => position.get(x)! - position.get(y)!);
  for (const m of s.drafts) {
    if (!m.alive || m.kind !== 'matmul') continue;
    const root = m.root!;
    const readers = s.consumers[root];
    const epilogue = reading(root).find((e) => e.kind === 'elementwise' && sameShape(e.shape, m.shape) && directlyIdentity(p, e, root));
    if (!epilogue || readers.some((r) => !epilogue.members.has(r)) || indirect(s, m, epilogue) || inPlaceHazard(s, m, epilogue) || tooDeep(s, m, epilogue)) continue;
    absorb(s, m, epilogue, 'matmul-epilogues');
    for (const i of epilogue.inputs) addReader(readersOfNode, i, m);
    // The product itself needs memory only when the program returns it or another kernel reads it (a scalar epilogue
    // is recomputed by each of its readers, which then read the product too).
    const returned = p.outputs.some((o) => storageOf(p, o.node) === root) || p.updates.some((u) => storageOf(p, u.node) === root);
    const readElsewhere = reading(root).some((d) => d !== m);
    if (!returned && !readElsewhere) m.outputs.delete(root);
  }
}

/**
 * Rule 7: elementwise kernels over the same domain where one reads the other's result element for element become one
 * kernel with several outputs (an optimizer's moment and parameter updates).
 */
export function multiOutput(s: FuseState): void {
  const readers = readersOf(s);
  const position = new Map(s.drafts.map((d, i) => [d, i]));
  for (let changed = true; changed; ) {
    changed = false;
    for (const a of s.drafts) {
      if (!a.alive || a.kind !== 'elementwise') continue;
      // Only drafts reading an output of `a` can pass the test below, and none starts reading one while `a` is merged.
      const candidates = new Set<Draft>();
      for (const o of a.outputs) for (const r of readers.get(o) ?? []) candidates.add(r);
      for (const b of [...candidates].sort((x, y) => position.get(x)! - position.get(y)!)) {
        // Once absorbed, `a` is computed by its absorber: merging it again would make a second kernel recompute and
        // write its outputs (an unrolled LSTM's cell states were rewritten by every later step's kernel).
        if (!a.alive) break;
        if (b === a || !b.alive || b.kind !== 'elementwise' || !sameShape(a.shape, b.shape) || b.order < a.order) continue;
        if (![...a.outputs].some((o) => b.inputs.has(o) && directlyIdentity(s.p, b, o))) continue;
        if (indirect(s, a, b) || inPlaceHazard(s, a, b) || tooDeep(s, a, b)) continue;
        absorb(s, b, a, 'multi-output');
        for (const i of a.inputs) addReader(readers, i, b);
        changed = true;
      }
    }
  }
}

/** Rule 8: elementwise kernels computing the same expression on different tensors become one kernel of segments laid end to end. */
export function horizontal(s: FuseState): void {
  const { p } = s;
  const byKey = new Map<string, Draft[]>();
  const shapes = new Map<Draft, { nodes: number[]; inputs: number[] }>();
  for (const d of s.drafts) {
    if (!d.alive || d.kind !== 'elementwise') continue;
    const st = structure(p, d);
    if (!st) continue;
    shapes.set(d, st);
    const list = byKey.get(st.key) ?? [];
    list.push(d);
    byKey.set(st.key, list);
  }
  for (const group of byKey.values()) {
    if (group.length < 2) continue;
    group.sort((a, b) => a.order - b.order);
    // The template's shape indexes every segment by its flat position, so it must have no size-1 axes.
    const t = group.findIndex((d) => d.shape.every((x) => x > 1));
    if (t < 0) continue;
    const [first, ...rest] = [group[t], ...group.filter((_, i) => i !== t)];
    // Independent of each other, or merging would create a cycle: the template too, which is not always the earliest
    // (a size-1 axis rules a draft out as the template: cnn.model with `Conv2D(1, ...)` merged c1's gradient mask, the
    // template, with c2's, which it depends on). Every member is a target, so a path between any two is found.
    if (dependsWithin(s, group, group) || rest.some((d) => inPlaceHazard(s, first, d))) continue;
    const { nodes: template, inputs: templateInputs } = shapes.get(first)!;
    first.segments = [{ size: numel(first.shape), map: Object.fromEntries([...template, ...templateInputs].map((id) => [id, id])) }];
    mark(first, 'horizontal');
    for (const d of rest) {
      const { nodes: members, inputs } = shapes.get(d)!;
      const map: Record<number, number> = {};
      template.forEach((id, i) => (map[id] = members[i]));
      templateInputs.forEach((id, i) => (map[id] = inputs[i]));
      first.segments.push({ size: numel(d.shape), map });
      for (const o of d.outputs) s.producer.set(o, first);
      for (const i of d.inputs) first.inputs.add(i);
      first.order = Math.max(first.order, d.order);
      d.alive = false;
      // Merged outside absorb: the draft order no longer holds (no later rule needs it).
      s.order = undefined;
      // Outputs of other segments are written through the map; the template's outputs name the roles.
      for (const o of d.outputs) first.outputs.add(o);
      for (const m of d.members) first.members.add(m);
      for (const r of d.rules) mark(first, r);
    }
  }
}

/** Outputs that nothing outside their kernel reads need no memory: dropped from multi-output and row-group kernels. */
export function privateOutputs(s: FuseState): void {
  const { p } = s;
  const live = s.drafts.filter((d) => d.alive);
  const external = new Set<number>([...p.outputs, ...p.updates].map((b) => storageOf(p, b.node)));
  for (const d of live) for (const i of d.inputs) external.add(i);
  for (const d of live) {
    for (const o of [...d.outputs]) if (!external.has(o) && d.outputs.size > 1) d.outputs.delete(o);
    for (const o of [...d.outputs]) if (!external.has(o) && d.kind === 'reduce' && !p.nodes[o].shape.some((x) => x > 1)) d.outputs.delete(o);
  }
}

/**
 * The structure of an elementwise draft for rule 8, or undefined when it cannot be merged horizontally. Nodes are
 * numbered in depth-first order from the outputs, so drafts built by the same code get the same key whatever the
 * global ids of shared nodes. Every member must be elementwise on the whole domain or a scalar; tensors of the
 * domain's size are read element for element (reshapes are transparent: they keep element order).
 */
export function structure(p: Program, d: Pick<Draft, 'members' | 'inputs' | 'outputs' | 'shape'>): { key: string; nodes: number[]; inputs: number[] } | undefined {
  const total = numel(d.shape);
  const full = (shape: number[]) => (numel(shape) === 1 && total !== 1 ? 'S' : numel(shape) === total ? 'F' : undefined);
  const index = new Map<number, string>();
  const nodes: number[] = [];
  const inputs: number[] = [];
  const parts: string[] = [];
  let ok = true;
  const visit = (id: number): string => {
    const seen = index.get(id);
    if (seen !== undefined) return seen;
    const n = p.nodes[id];
    if (!d.members.has(id)) {
      const f = full(n.shape);
      // Shared scalars (the step counter, a global norm) must be the very same node in every segment.
      const ref = f === 'S' ? `s${id}` : f === 'F' ? `r${inputs.length}${n.op === 'param' ? 'p' : n.op === 'state' ? 's' : 'c'}` : 'X';
      if (f === 'F') inputs.push(id);
      if (ref === 'X') ok = false;
      index.set(id, ref);
      return ref;
    }
    const f = full(n.shape);
    if (!f || !fuseInfo[n.op].flat) ok = false;
    const refs = n.src.map(visit);
    if (n.op === 'reshape') {
      if (d.outputs.has(id)) ok = false;
      index.set(id, refs[0]);
      return refs[0];
    }
    const ref = `m${nodes.length}`;
    nodes.push(id);
    index.set(id, ref);
    parts.push(`${n.op}:${n.dtype}:${f}:${JSON.stringify(n.arg)}:${refs.join(',')}:${d.outputs.has(id) ? 'out' : ''}`);
    return ref;
  };
  for (const o of [...d.outputs].sort((a, b) => a - b)) visit(o);
  if (!ok || nodes.length < 2) return undefined;
  return { key: parts.join(';'), nodes, inputs };
}
