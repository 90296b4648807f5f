// Rules 6 and 9: the kernels in dispatch order (in-place writers after every other reader), then single-invocation riders.
import { InternalError } from '../../core/diagnostic.js';
import type { Program } from '../../core/ir.js';
import { type Draft, type FuseState, mark, numel, storageOf } from './draft.js';

/** Rule 6 as a step: the live drafts in dependency order. */
export function scheduleStep(s: FuseState): void {
  s.drafts = schedule(s.p, s.drafts.filter((d) => d.alive));
}

/** Rule 9 as a step: single-invocation kernels ride in a neighbour. */
export function rideAlongStep(s: FuseState): void {
  s.drafts = rideAlong(s.p, s.drafts);
}

/** The resident node (parameter or state) of each path. */
function residentNodes(p: Program): Map<string, number> {
  const residentOf = new Map<string, number>();
  for (const n of p.nodes) if (n.op === 'param' || n.op === 'state') residentOf.set(n.arg.path, n.id);
  return residentOf;
}

/** Rule 9: single-invocation kernels move into an adjacent kernel with which they share no data. */
function rideAlong(p: Program, order: Draft[]): Draft[] {
  const single = (d: Draft) => !d.segments && (d.kind === 'elementwise' || d.kind === 'reduce') && numel(d.shape.filter((_, i) => !d.axes.includes(i))) === 1;
  const residentOf = residentNodes(p);
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
        bundle = { kind: 'elementwise', outputs: new Set(last.outputs), members: new Set(), inputs: new Set(last.inputs), shape: [], axes: [], order: last.order, alive: true, sideTasks: [last], bundle: true, rules: ['ride-along'] };
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
        mark(h, 'ride-along');
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
  const residentOf = residentNodes(p);
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
      throw new InternalError(`kernel dependencies form a cycle:\n${stuck.slice(0, 6).join('\n')}`);
    }
    const [d] = pending.splice(i, 1);
    done.add(d);
    out.push(d);
  }
  return out;
}
