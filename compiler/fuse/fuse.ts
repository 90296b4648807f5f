// IR Program -> kernels. The rules, in order:
//  1. Parameters, optimizer state and inputs live in memory. Every program output and update is written to memory.
//  2. Matmuls, reductions and scatter_adds are kernels of their own kind; their results are written to memory.
//  3. Elementwise ops and views (reshape, transpose, broadcast, slice, pad, concat, gather, im2col, col2im) are
//     inlined into the kernel that reads them; one read by several kernels is written to memory instead
//     (views are always inlined: they cost index arithmetic, not memory traffic).
//  4. Reduction groups: a reduction and the elementwise kernels over the same rows that read it or feed it become
//     one kernel with one invocation per row (softmax, LayerNorm and their gradients, cross-entropy with its gradient).
//  5. Matmul epilogues: an elementwise kernel that reads a matmul's result element for element (bias, activation,
//     residual add, an activation's derivative) runs inside the matmul kernel.
//  6. Kernels that read the same memory as they write (in-place updates) run after every other reader of it.
//  7. Elementwise kernels over one domain where one reads the other's result element for element merge (multi-output).
//  8. Elementwise kernels that compute the same expression on different tensors element for element (the optimizer
//     update of each parameter) become one kernel over all of them, laid end to end as segments.
//  9. Kernels of a single invocation (a loss total, the step counter) ride along in a neighbouring kernel they share
//     no data with, run by its first invocation: a dispatch saved per ride.
import type { AnyNode, Program } from '../../core/ir.js';
import type { Kernel, KernelKind } from './kernel.js';

const VIEWS = new Set<AnyNode['op']>(['reshape', 'transpose', 'broadcast', 'slice', 'pad', 'concat', 'gather', 'im2col']);
const REDUCTIONS = new Set<AnyNode['op']>(['sum', 'reduce_max', 'argmax']);
const RESIDENT = new Set<AnyNode['op']>(['param', 'input', 'state']);
const INLINE_LEAVES = new Set<AnyNode['op']>(['const', 'iota']);

/** The kernels of a program, in dispatch order, and which nodes live in memory. */
export interface FusedProgram {
  program: Program;
  kernels: Kernel[];
  /** Nodes that occupy memory: resident leaves and every kernel output. */
  realized: Set<number>;
}

function sameShape(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

function kernelName(n: AnyNode, what: string): string {
  const base = (n.name || 'tmp').replace(/\[(\d+)\]/g, '$1').replace(/[^A-Za-z0-9]+/g, '_').replace(/^_|_$/g, '');
  return `${base}_${what}`;
}

/** The node whose memory holds a value: reshapes share their operand's memory (same elements, same order). */
export function storageOf(p: Program, id: number): number {
  let n = p.nodes[id];
  while (n.op === 'reshape' && !RESIDENT.has(p.nodes[n.src[0]].op)) n = p.nodes[n.src[0]];
  return n.id;
}

/** Decides which nodes are written to memory (rules 1-3). Scalars are recomputed where used rather than stored. */
function realize(p: Program, consumers: number[][]): Set<number> {
  const realized = new Set<number>();
  for (const b of [...p.outputs, ...p.updates]) {
    const id = storageOf(p, b.node);
    if (p.nodes[id].op !== 'const') realized.add(id);
  }
  for (const n of p.nodes) {
    if (RESIDENT.has(n.op) || n.op === 'matmul' || REDUCTIONS.has(n.op) || n.op === 'scatter_add' || n.op === 'col2im') realized.add(n.id);
    else if (!VIEWS.has(n.op) && !INLINE_LEAVES.has(n.op) && consumers[n.id].length > 1 && n.shape.some((d) => d > 1)) realized.add(n.id);
  }
  // Matmul operands are read many times each: only views (index arithmetic) may stand between them and memory.
  for (const n of p.nodes) {
    if (n.op !== 'matmul' && n.op !== 'scatter_add') continue;
    for (const s of n.src) {
      const stack = [s];
      while (stack.length) {
        const id = stack.pop()!;
        const m = p.nodes[id];
        if (realized.has(id) || INLINE_LEAVES.has(m.op)) continue;
        if (VIEWS.has(m.op)) stack.push(...(m.op === 'gather' ? m.src : m.src));
        else realized.add(id);
      }
    }
  }
  return realized;
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

function kindOf(n: AnyNode): KernelKind {
  if (n.op === 'matmul') return 'matmul';
  if (REDUCTIONS.has(n.op)) return 'reduce';
  if (n.op === 'scatter_add') return 'scatter';
  return 'elementwise';
}

interface Draft {
  kind: KernelKind;
  outputs: Set<number>;
  members: Set<number>;
  inputs: Set<number>;
  shape: number[];
  axes: number[];
  root?: number;
  order: number;
  alive: boolean;
  segments?: { size: number; map: Record<number, number> }[];
  sideTasks?: Draft[];
  /** A run of single-invocation kernels executed one after another (rule 9). */
  bundle?: true;
}

/** Groups a program's nodes into kernels and orders them for dispatch. */
export function fuse(p: Program): FusedProgram {
  const consumers: number[][] = p.nodes.map(() => []);
  for (const n of p.nodes) for (const s of new Set(n.src)) consumers[s].push(n.id);
  const realized = realize(p, consumers);

  // Rules 1-3: one draft kernel per realized computed node.
  const drafts: Draft[] = [];
  const producer = new Map<number, Draft>();
  for (const n of p.nodes) {
    if (!realized.has(n.id) || RESIDENT.has(n.op)) continue;
    const { members, inputs } = collect(p, n.id, realized);
    const kind = kindOf(n);
    const shape = kind === 'reduce' ? p.nodes[n.src[0]].shape : n.shape;
    const axes = n.op === 'sum' || n.op === 'reduce_max' ? n.arg.axes : n.op === 'argmax' ? [n.arg.axis] : [];
    const d: Draft = { kind, outputs: new Set([n.id]), members, inputs, shape, axes, root: kind === 'matmul' || kind === 'scatter' ? n.id : undefined, order: drafts.length, alive: true };
    drafts.push(d);
    producer.set(n.id, d);
  }

  const readsFrom = (d: Draft, other: Draft) => [...d.inputs].some((i) => other.outputs.has(i));
  /** Whether `to` depends on `from` through some draft other than `from` and `to` themselves. */
  const indirect = (from: Draft, to: Draft): boolean => {
    const seen = new Set<Draft>();
    const stack = [...to.inputs].map((i) => producer.get(i)).filter((x): x is Draft => !!x && x !== from && x !== to);
    while (stack.length) {
      const d = stack.pop()!;
      if (seen.has(d)) continue;
      seen.add(d);
      if (readsFrom(d, from)) return true;
      for (const i of d.inputs) {
        const q = producer.get(i);
        if (q && q !== from && q !== to) stack.push(q);
      }
    }
    return false;
  };
  const absorb = (into: Draft, d: Draft) => {
    for (const o of d.outputs) {
      into.outputs.add(o);
      producer.set(o, into);
    }
    for (const m of d.members) into.members.add(m);
    for (const i of d.inputs) into.inputs.add(i);
    for (const o of into.outputs) into.inputs.delete(o);
    into.order = Math.max(into.order, d.order);
    d.alive = false;
  };

  // Rule 4: reduction groups over the same rows.
  const rowLevel = (d: Draft, shape: number[]) => d.shape.map((s, i) => (d.axes.includes(i) ? 1 : s));
  for (let changed = true; changed; ) {
    changed = false;
  for (const d of drafts) {
    if (!d.alive || d.kind !== 'reduce') continue;
    for (const e of drafts) {
      if (e === d || !e.alive) continue;
      // Element-level work runs serially along each row, so it joins only groups with short rows or many of them.
      const rows = numel(rowLevel(d, d.shape));
      const rowLen = numel(d.shape) / rows;
      const serialOk = rowLen <= 8192 && (rows > 1 || rowLen <= 1024);
      const fits =
        (e.kind === 'reduce' && sameShape(e.shape, d.shape) && sameShape(e.axes, d.axes)) ||
        (e.kind === 'elementwise' && ((serialOk && sameShape(e.shape, d.shape)) || sameShape(e.shape, rowLevel(d, d.shape))));
      if (!fits) continue;
      const linked = readsFrom(e, d) || readsFrom(d, e);
      if (!linked) continue;
      const [first, second] = e.order < d.order ? [e, d] : [d, e];
      if (indirect(first, second)) continue;
      absorb(d, e);
      changed = true;
    }
  }
  }

  // Rule 5: matmul epilogues.
  for (const m of drafts) {
    if (!m.alive || m.kind !== 'matmul') continue;
    const root = m.root!;
    const readers = consumers[root];
    const epilogue = drafts.find((e) => e.alive && e.kind === 'elementwise' && sameShape(e.shape, m.shape) && e.inputs.has(root) && directlyIdentity(p, e, root));
    if (!epilogue || readers.some((r) => !epilogue.members.has(r)) || indirect(m, epilogue)) continue;
    absorb(m, epilogue);
    if (!p.outputs.some((o) => storageOf(p, o.node) === root) && !p.updates.some((u) => storageOf(p, u.node) === root)) m.outputs.delete(root);
  }

  // Rule 7: elementwise kernels over the same domain where one reads the other's result element for element
  // become one kernel with several outputs (an optimizer's moment and parameter updates).
  for (let changed = true; changed; ) {
    changed = false;
    for (const a of drafts) {
      if (!a.alive || a.kind !== 'elementwise') continue;
      for (const b of drafts) {
        if (b === a || !b.alive || b.kind !== 'elementwise' || !sameShape(a.shape, b.shape) || b.order < a.order) continue;
        if (![...a.outputs].some((o) => b.inputs.has(o) && directlyIdentity(p, b, o))) continue;
        if (indirect(a, b)) continue;
        absorb(b, a);
        changed = true;
      }
    }
  }

  // Rule 8: horizontal fusion of isomorphic elementwise kernels.
  const byShape = new Map<string, Draft[]>();
  const shapes = new Map<Draft, { nodes: number[]; inputs: number[] }>();
  for (const d of drafts) {
    if (!d.alive || d.kind !== 'elementwise') continue;
    const st = structure(p, d);
    if (!st) continue;
    shapes.set(d, st);
    const list = byShape.get(st.key) ?? [];
    list.push(d);
    byShape.set(st.key, list);
  }
  for (const group of byShape.values()) {
    if (group.length < 2) continue;
    group.sort((a, b) => a.order - b.order);
    // The template's shape indexes every segment by its flat position, so it must have no size-1 axes.
    const t = group.findIndex((d) => d.shape.every((x) => x > 1));
    if (t < 0) continue;
    const [first, ...rest] = [group[t], ...group.filter((_, i) => i !== t)];
    // Independent of each other, or merging would create a cycle.
    if (rest.some((d) => group.some((e) => e !== d && (readsFrom(d, e) || indirect(e, d))))) continue;
    const { nodes: template, inputs: templateInputs } = shapes.get(first)!;
    first.segments = [{ size: numel(first.shape), map: Object.fromEntries([...template, ...templateInputs].map((id) => [id, id])) }];
    for (const d of rest) {
      const { nodes: members, inputs } = shapes.get(d)!;
      const map: Record<number, number> = {};
      template.forEach((id, i) => (map[id] = members[i]));
      templateInputs.forEach((id, i) => (map[id] = inputs[i]));
      first.segments.push({ size: numel(d.shape), map });
      for (const o of d.outputs) producer.set(o, first);
      for (const i of d.inputs) first.inputs.add(i);
      first.order = Math.max(first.order, d.order);
      d.alive = false;
      // Outputs of other segments are written through the map; the template's outputs name the roles.
      for (const o of d.outputs) first.outputs.add(o);
      for (const m of d.members) first.members.add(m);
    }
  }

  // Outputs that nothing outside the kernel reads need no memory.
  const live = drafts.filter((d) => d.alive);
  const external = new Set<number>([...p.outputs, ...p.updates].map((b) => storageOf(p, b.node)));
  for (const d of live) for (const i of d.inputs) external.add(i);
  for (const d of live) {
    for (const o of [...d.outputs]) if (!external.has(o) && d.outputs.size > 1) d.outputs.delete(o);
    for (const o of [...d.outputs]) if (!external.has(o) && d.kind === 'reduce' && !p.nodes[o].shape.some((x) => x > 1)) d.outputs.delete(o);
  }

  const ordered = rideAlong(p, schedule(p, live));
  const finalRealized = new Set<number>();
  for (const n of p.nodes) if (RESIDENT.has(n.op)) finalRealized.add(n.id);
  for (const d of ordered) for (const o of d.outputs) finalRealized.add(o);
  const kernels: Kernel[] = ordered.map((d, id) => {
    const first = p.nodes[[...d.outputs][0] ?? d.root!];
    for (const t of d.sideTasks ?? []) for (const i of t.inputs) if (!d.outputs.has(i)) d.inputs.add(i);
    const what = d.kind === 'matmul' ? 'matmul' : d.kind === 'scatter' ? 'scatter' : d.kind === 'reduce' ? reduceWhat(p, d) : first.op;
    return {
      id,
      kind: d.kind,
      name: kernelName(first, what),
      outputs: [...d.outputs].sort((a, b) => a - b),
      members: [...d.members].sort((a, b) => a - b),
      inputs: [...d.inputs].filter((i) => !d.outputs.has(i)).sort((a, b) => a - b),
      shape: d.shape,
      axes: d.axes,
      root: d.root,
      spans: uniqueSpans(p, d),
      segments: d.segments,
      sideTasks: d.sideTasks?.map((t) => ({ kind: t.kind, outputs: [...t.outputs].sort((a, b) => a - b), members: [...t.members].sort((a, b) => a - b), inputs: [...t.inputs].sort((a, b) => a - b), shape: t.shape, axes: t.axes })),
    };
  });
  dedupeNames(kernels);
  return { program: p, kernels, realized: finalRealized };
}

function numel(shape: number[]): number {
  return shape.reduce((a, b) => a * b, 1);
}

/**
 * The structure of an elementwise draft for rule 8, or undefined when it cannot be merged horizontally. Nodes are
 * numbered in depth-first order from the outputs, so drafts built by the same code get the same key whatever the
 * global ids of shared nodes. Every member must be elementwise on the whole domain or a scalar; tensors of the
 * domain's size are read element for element (reshapes are transparent: they keep element order).
 */
export function structure(p: Program, d: Draft | { members: Set<number>; inputs: Set<number>; outputs: Set<number>; shape: number[] }): { key: string; nodes: number[]; inputs: number[] } | undefined {
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
    if (!f || (VIEWS.has(n.op) && n.op !== 'reshape') || n.op === 'iota' || n.op === 'random' || REDUCTIONS.has(n.op)) ok = false;
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

/** Whether an elementwise draft reads `root` at its own index everywhere (no broadcast or view in between). */
function directlyIdentity(p: Program, e: Draft, root: number): boolean {
  for (const m of e.members) {
    const n = p.nodes[m];
    if (!n.src.includes(root)) continue;
    if (VIEWS.has(n.op) || REDUCTIONS.has(n.op) || !sameShape(n.shape, e.shape)) return false;
  }
  return true;
}

function reduceWhat(p: Program, d: Draft): string {
  const ops = [...d.members].map((m) => p.nodes[m].op);
  if (ops.includes('reduce_max') && ops.includes('exp') && ops.includes('log')) return 'log_softmax';
  if (ops.includes('reduce_max') && ops.includes('exp')) return 'softmax';
  if (ops.includes('sqrt') && ops.filter((o) => o === 'sum').length >= 2) return 'norm';
  if (ops.includes('argmax')) return 'argmax';
  return ops.includes('reduce_max') ? 'max' : 'sum';
}

function uniqueSpans(p: Program, d: Draft) {
  const seen = new Set<string>();
  const out = [];
  for (const m of d.members) {
    const s = p.nodes[m].span;
    const key = `${s.start}:${s.end}`;
    if (s.end === 0 || seen.has(key)) continue;
    seen.add(key);
    out.push(s);
  }
  return out;
}

function dedupeNames(kernels: Kernel[]): void {
  const count = new Map<string, number>();
  for (const k of kernels) {
    const n = count.get(k.name) ?? 0;
    count.set(k.name, n + 1);
    if (n > 0) k.name = `${k.name}_${n}`;
  }
}

/** Rule 9: single-invocation kernels move into an adjacent kernel with which they share no data. */
function rideAlong(p: Program, order: Draft[]): Draft[] {
  const single = (d: Draft) => !d.segments && (d.kind === 'elementwise' || d.kind === 'reduce') && numel(d.shape.filter((_, i) => !d.axes.includes(i))) === 1;
  const residentOf = new Map<string, number>();
  for (const n of p.nodes) if (n.op === 'param' || n.op === 'state') residentOf.set(n.arg.path, n.id);
  /** Resident nodes a draft overwrites in place. */
  const overwrites = (d: Draft) => p.updates.filter((u) => d.outputs.has(storageOf(p, u.node))).map((u) => residentOf.get(u.name)).filter((x): x is number => x !== undefined);
  const touches = (a: Draft, b: Draft) =>
    [...a.inputs].some((i) => b.outputs.has(i)) || [...b.inputs].some((i) => a.outputs.has(i)) || overwrites(a).some((r) => b.inputs.has(r)) || overwrites(b).some((r) => a.inputs.has(r));
  // Consecutive single-invocation kernels form one bundle, run one after another by one invocation (so they may
  // depend on each other); the bundle then rides as a whole.
  const list: Draft[] = [];
  for (const d of order) {
    const last = list[list.length - 1];
    if (last && single(d) && single(last)) {
      let bundle = last;
      if (!last.bundle) {
        bundle = { kind: 'elementwise', outputs: new Set(last.outputs), members: new Set(), inputs: new Set(last.inputs), shape: [], axes: [], order: last.order, alive: true, sideTasks: [last], bundle: true };
        list[list.length - 1] = bundle;
      }
      bundle.sideTasks!.push(d);
      for (const o of d.outputs) bundle.outputs.add(o);
      for (const x of d.inputs) if (!bundle.outputs.has(x)) bundle.inputs.add(x);
      bundle.order = d.order;
    } else list.push(d);
  }
  for (let pass = 0, moved = true; moved && pass < 4; pass++) {
    moved = false;
  for (let i = 0; i < list.length; i++) {
    const s = list[i];
    if (!single(s)) continue;
    for (const j of [i + 1, i - 1]) {
      const h = list[j];
      if (!h || single(h) || touches(s, h)) continue;
      // Moving s to h's position must keep every dependency: nothing between them may read s or feed s.
      const between = j > i ? list.slice(i + 1, j) : list.slice(j + 1, i);
      if (between.some((x) => touches(s, x))) continue;
      (h.sideTasks ??= []).push(...(s.bundle ? s.sideTasks! : [s]));
      for (const o of s.outputs) h.outputs.add(o);
      // The host now reads what the rider reads: later riders must not depend on it (they would run in one invocation, out of order).
      for (const x of s.inputs) if (!h.outputs.has(x)) h.inputs.add(x);
      list.splice(i, 1);
      i--;
      moved = true;
      break;
    }
  }
  }
  return list;
}

/** Topological order of the kernels (stable by original position), with rule 6: in-place writers go after other readers. */
function schedule(p: Program, drafts: Draft[]): Draft[] {
  const producer = new Map<number, Draft>();
  for (const d of drafts) for (const o of d.outputs) producer.set(o, d);
  const deps = new Map<Draft, Set<Draft>>();
  for (const d of drafts) {
    const s = new Set<Draft>();
    for (const i of d.inputs) {
      const q = producer.get(i);
      if (q && q !== d) s.add(q);
    }
    deps.set(d, s);
  }
  // In-place updates: the kernel writing the new value of a parameter/state runs after every other reader of the old one.
  const residentOf = new Map<string, number>();
  for (const n of p.nodes) if (n.op === 'param' || n.op === 'state') residentOf.set(n.arg.path, n.id);
  for (const u of p.updates) {
    const old = residentOf.get(u.name);
    const writer = producer.get(storageOf(p, u.node));
    if (old === undefined || !writer) continue;
    for (const d of drafts) if (d !== writer && d.inputs.has(old)) deps.get(writer)!.add(d);
  }
  const out: Draft[] = [];
  const done = new Set<Draft>();
  const pending = [...drafts].sort((a, b) => a.order - b.order);
  while (pending.length) {
    const i = pending.findIndex((d) => [...deps.get(d)!].every((q) => done.has(q)));
    if (i < 0) {
      const stuck = pending.map((d) => `${[...d.outputs].map((o) => `%${o} ${p.nodes[o].op} ${p.nodes[o].name}`).join(', ')} <- waits for ${[...deps.get(d)!].filter((q) => !done.has(q)).map((q) => [...q.outputs].map((o) => '%' + o).join('+')).join(' ')}`);
      throw new Error(`internal compiler error: kernel dependencies form a cycle:\n${stuck.slice(0, 6).join('\n')}`);
    }
    const [d] = pending.splice(i, 1);
    done.add(d);
    out.push(d);
  }
  return out;
}
