// Draft kernels and the state the fusion rules share: which draft produces what, merging, dependency questions.
import type { Program } from '../../core/ir.js';
import { classOf } from './classify.js';
import type { KernelKind } from './kernel.js';
import { type DraftOrder, draftOrder, mergeOrder } from './order.js';

/** A kernel while the rules shape it: node sets that grow as drafts merge. */
export interface Draft {
  kind: KernelKind;
  outputs: Set<number>;
  members: Set<number>;
  inputs: Set<number>;
  shape: number[];
  axes: number[];
  root?: number;
  /** Position in dispatch order before scheduling: the latest of the merged drafts. */
  order: number;
  alive: boolean;
  segments?: { size: number; map: Record<number, number> }[];
  sideTasks?: Draft[];
  /** A run of single-invocation kernels executed one after another (rule 9). */
  bundle?: true;
  /** Names of the rules that merged something into this draft, in the order they did (for dumps). */
  rules: string[];
  /** At least the longest chain of members evaluated inline (inlineDepth), kept at most MAX_INLINE_DEPTH by the rules. */
  depth?: number;
}

/** What the rules read and change: the program, who reads each node, what is stored, and the drafts. */
export interface FuseState {
  p: Program;
  /** Readers of each node, by node id. */
  consumers: number[][];
  /** Nodes written to memory (rules 1-3). */
  realized: Set<number>;
  /** Every draft made; merged-away ones have `alive` false. After scheduling: the live drafts in dispatch order. */
  drafts: Draft[];
  /** The draft that writes each stored node. */
  producer: Map<number, Draft>;
  /** A topological order of the live drafts for pruning cycle checks (order.ts): made on first use; null once given up. */
  order?: DraftOrder | null;
}

/** Whether two shapes are equal. */
export function sameShape(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

/** Number of elements of a shape. */
export function numel(shape: number[]): number {
  return shape.reduce((a, b) => a * b, 1);
}

/** Notes that `rule` shaped a draft. */
export function mark(d: Draft, rule: string): void {
  if (!d.rules.includes(rule)) d.rules.push(rule);
}

/** The node whose memory holds a value: reshapes share their operand's memory (same elements, same order). */
export function storageOf(p: Program, id: number): number {
  let n = p.nodes[id];
  while (n.op === 'reshape' && classOf(p.nodes[n.src[0]].op) !== 'resident') n = p.nodes[n.src[0]];
  return n.id;
}

/** Whether `d` reads something `other` writes. */
export function readsFrom(d: Draft, other: Draft): boolean {
  for (const i of d.inputs) if (other.outputs.has(i)) return true;
  return false;
}

/**
 * Whether `d` depends on a draft of `group` other than itself, directly or through others: one walk up its producers,
 * which stops at the first member of the group (asking `readsFrom || indirect` of every pair is quadratic in the group).
 */
export function dependsOnAny(s: FuseState, d: Draft, group: ReadonlySet<Draft>): boolean {
  const seen = new Set<Draft>([d]);
  const stack = [d];
  while (stack.length) {
    const x = stack.pop()!;
    for (const i of x.inputs) {
      const q = s.producer.get(i);
      if (!q || seen.has(q)) continue;
      if (group.has(q)) return true;
      seen.add(q);
      stack.push(q);
    }
  }
  return false;
}

/** Whether `to` depends on `from` through some draft other than `from` and `to` themselves (merging them would make a cycle). */
export function indirect(s: FuseState, from: Draft, to: Draft): boolean {
  // In a topological order, every draft on a path from `from` comes after it: the search stops at those before.
  const order = draftOrder(s);
  const start = order?.pos.get(from) ?? -1;
  const seen = new Set<Draft>();
  const stack = [...to.inputs].map((i) => s.producer.get(i)).filter((x): x is Draft => !!x && x !== from && x !== to);
  while (stack.length) {
    const d = stack.pop()!;
    if (seen.has(d) || (order && order.pos.get(d)! < start)) continue;
    seen.add(d);
    if (readsFrom(d, from)) return true;
    for (const i of d.inputs) {
      const q = s.producer.get(i);
      if (q && q !== from && q !== to) stack.push(q);
    }
  }
  return false;
}

/**
 * Whether some draft of `later` depends on another draft of `group` (`later` a subset of it), directly or through
 * other drafts: one forward walk from the whole group instead of a search per pair, so wide groups (the optimizer
 * update of each of thousands of parameters) stay linear.
 */
export function dependsWithin(s: FuseState, group: Draft[], later: Draft[]): boolean {
  const readers = new Map<Draft, Draft[]>();
  for (const d of s.drafts) {
    if (!d.alive) continue;
    for (const i of d.inputs) {
      const q = s.producer.get(i);
      if (!q || q === d) continue;
      const list = readers.get(q);
      if (list) list.push(d);
      else readers.set(q, [d]);
    }
  }
  const targets = new Set(later);
  const seen = new Set<Draft>();
  const stack = group.flatMap((g) => readers.get(g) ?? []);
  while (stack.length) {
    const d = stack.pop()!;
    if (seen.has(d)) continue;
    seen.add(d);
    if (targets.has(d)) return true;
    for (const r of readers.get(d) ?? []) stack.push(r);
  }
  return false;
}

/** Longest chain of inlined nodes one kernel may evaluate: emission walks it recursively, and so do shader compilers. */
export const MAX_INLINE_DEPTH = 128;

/** The longest chain of nodes, each reading the one before, within `members` (ids are in topological order). */
export function inlineDepth(p: Program, members: Iterable<number>): number {
  const depth = new Map<number, number>();
  let deepest = 0;
  for (const id of [...members].sort((a, b) => a - b)) {
    let d = 0;
    for (const src of p.nodes[id].src) {
      const e = depth.get(src);
      if (e !== undefined && e + 1 > d) d = e + 1;
    }
    depth.set(id, d);
    if (d > deepest) deepest = d;
  }
  return deepest;
}

/** Whether merging two drafts would make a kernel evaluate a chain longer than MAX_INLINE_DEPTH inline. */
export function tooDeep(s: FuseState, a: Draft, b: Draft): boolean {
  // Without a cycle a chain crosses between the two at most once, so the sum bounds it; count exactly only past the bound.
  if ((a.depth ?? 0) + (b.depth ?? 0) + 1 <= MAX_INLINE_DEPTH) return false;
  return inlineDepth(s.p, [...a.members, ...b.members]) > MAX_INLINE_DEPTH;
}

/** Merges `d` into `into` under `rule`: `into` writes both outputs and runs where the later of the two did. */
export function absorb(s: FuseState, into: Draft, d: Draft, rule: string): void {
  mergeOrder(s, into, d);
  for (const o of d.outputs) {
    into.outputs.add(o);
    s.producer.set(o, into);
  }
  const bound = (into.depth ?? 0) + (d.depth ?? 0) + 1;
  for (const m of d.members) into.members.add(m);
  into.depth = bound <= MAX_INLINE_DEPTH ? bound : inlineDepth(s.p, into.members);
  for (const i of d.inputs) into.inputs.add(i);
  for (const o of into.outputs) into.inputs.delete(o);
  into.order = Math.max(into.order, d.order);
  d.alive = false;
  for (const r of d.rules) mark(into, r);
  mark(into, rule);
}

/** Whether an elementwise draft reads `root` at its own index everywhere (no broadcast or view in between). */
export function directlyIdentity(p: Program, e: Draft, root: number): boolean {
  for (const m of e.members) {
    const n = p.nodes[m];
    if (!n.src.includes(root)) continue;
    const c = classOf(n.op);
    if (c === 'view' || c === 'reduce' || !sameShape(n.shape, e.shape)) return false;
  }
  return true;
}

const overwrittenBy = new WeakMap<Program, Map<number, number>>();

/** The old value's node of each parameter or state a program updates, to the node whose memory holds the new value. */
function overwritten(p: Program): Map<number, number> {
  let m = overwrittenBy.get(p);
  if (m) return m;
  const residentOf = new Map<string, number>();
  for (const n of p.nodes) if (n.op === 'param' || n.op === 'state') residentOf.set(n.arg.path, n.id);
  m = new Map();
  for (const u of p.updates) {
    const old = residentOf.get(u.name);
    if (old !== undefined) m.set(old, storageOf(p, u.node));
  }
  overwrittenBy.set(p, m);
  return m;
}

/**
 * Whether merging `a` and `b` would make a kernel that reads the old value of a parameter or state and depends on the
 * other kernel that writes the new value over it: rule 6 runs that writer after every reader, so neither could go first.
 */
export function inPlaceHazard(s: FuseState, a: Draft, b: Draft): boolean {
  const writes = overwritten(s.p);
  for (const d of [a, b])
    for (const i of d.inputs) {
      const stored = writes.get(i);
      const w = stored === undefined ? undefined : s.producer.get(stored);
      if (!w || w === a || w === b) continue;
      const writer = new Set([w]);
      if (dependsOnAny(s, a, writer) || dependsOnAny(s, b, writer)) return true;
    }
  return false;
}
