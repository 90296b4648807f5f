// Draft kernels and the state the fusion rules share: which draft produces what, merging, dependency questions.
import type { Program } from '../../core/ir.js';
import { classOf } from './classify.js';
import type { KernelKind } from './kernel.js';

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
  // a plain loop: this runs for every pair of drafts a rule considers, so it allocates nothing
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
  // Every draft is pushed once (marked when pushed, not when popped): rules ask this of many pairs, so the walk stays linear.
  const seen = new Set<Draft>([from, to]);
  const stack: Draft[] = [];
  const push = (d: Draft) => {
    for (const i of d.inputs) {
      const q = s.producer.get(i);
      if (q && !seen.has(q)) {
        seen.add(q);
        stack.push(q);
      }
    }
  };
  push(to);
  while (stack.length) {
    const d = stack.pop()!;
    if (readsFrom(d, from)) return true;
    push(d);
  }
  return false;
}

/**
 * `indirect` with a memory of the pairs found to depend on each other through other drafts: such a path survives every
 * merge except one into either end (which can turn it into a direct read), so only that forgets. Rules ask again and
 * again about the same pairs until nothing changes; without this each question walks the whole program.
 */
export class IndirectMemo {
  private readonly known = new Map<Draft, Set<Draft>>();
  constructor(private readonly s: FuseState) {}

  /** `indirect(s, from, to)`, remembered when true. */
  indirect(from: Draft, to: Draft): boolean {
    if (this.known.get(from)?.has(to)) return true;
    if (!indirect(this.s, from, to)) return false;
    const set = this.known.get(from) ?? new Set<Draft>();
    set.add(to);
    this.known.set(from, set);
    return true;
  }

  /** Forgets what was known about `d` (it absorbed another draft). */
  changed(d: Draft): void {
    this.known.delete(d);
    for (const set of this.known.values()) set.delete(d);
  }
}

/** Merges `d` into `into` under `rule`: `into` writes both outputs and runs where the later of the two did. */
export function absorb(s: FuseState, into: Draft, d: Draft, rule: string): void {
  for (const o of d.outputs) {
    into.outputs.add(o);
    s.producer.set(o, into);
  }
  for (const m of d.members) into.members.add(m);
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
