// IR Program -> kernels: the fusion rules, named and in order, run by one driver. The rules:
//  1. Parameters, optimizer state and inputs live in memory. Every program output and update is written to memory.
//  2. Matmuls, reductions and scatter_adds are kernels of their own kind, and col2im (a sum over windows) a kernel of
//     its own; their results are written to memory.
//  3. Elementwise ops and views (reshape, transpose, broadcast, slice, pad, concat, gather, im2col) are inlined into
//     the kernel that reads them; an elementwise one read by several kernels is written to memory instead (views are
//     always inlined: they cost index arithmetic, not memory traffic). Each op's part is its class in classify.ts.
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
// Each rule is a step in `fuseRules` below (realize.ts, rules.ts, schedule.ts); a kernel lists the rules that shaped it.
import type { AnyNode, Module, Program } from '../../core/ir.js';
import { classOf } from './classify.js';
import type { Draft, FuseState } from './draft.js';
import type { Kernel } from './kernel.js';
import { initialDrafts } from './realize.js';
import { horizontal, matmulEpilogues, multiOutput, privateOutputs, rowGroups } from './rules.js';
import { rideAlongStep, scheduleStep } from './schedule.js';

export { storageOf } from './draft.js';

/** The kernels of a program, in dispatch order, and which nodes live in memory. */
export interface FusedProgram {
  program: Program;
  kernels: Kernel[];
  /** Nodes that occupy memory: resident leaves and every kernel output. */
  realized: Set<number>;
}

/** One fusion step: its name (in dumps and `Kernel.rules`), the numbered rule of the list above it implements, and what it does. */
export interface FuseRule {
  name: string;
  rule?: string;
  run(s: FuseState): void;
}

/** The fusion steps in the order they run. */
export const fuseRules: FuseRule[] = [
  { name: 'realize', rule: '1-3', run: initialDrafts },
  { name: 'row-groups', rule: '4', run: rowGroups },
  { name: 'matmul-epilogues', rule: '5', run: matmulEpilogues },
  { name: 'multi-output', rule: '7', run: multiOutput },
  { name: 'horizontal', rule: '8', run: horizontal },
  { name: 'private-outputs', run: privateOutputs },
  { name: 'schedule', rule: '6', run: scheduleStep },
  { name: 'ride-along', rule: '9', run: rideAlongStep },
];

/** Groups a program's nodes into kernels and orders them for dispatch. */
export function fuse(p: Program, rules: readonly FuseRule[] = fuseRules): FusedProgram {
  const consumers: number[][] = p.nodes.map(() => []);
  for (const n of p.nodes) for (const s of new Set(n.src)) consumers[s].push(n.id);
  const state: FuseState = { p, consumers, realized: new Set(), drafts: [], producer: new Map() };
  for (const r of rules) r.run(state);
  return { program: p, kernels: kernelsOf(p, state.drafts), realized: realizedBy(p, state.drafts) };
}

/** Stage 6, fuse: each program's nodes grouped into kernels. */
export function fuseModule(m: Module): FusedProgram[] {
  return m.programs.map((p) => fuse(p));
}

/** Nodes in memory once fusion is done: resident leaves and every kernel output. */
function realizedBy(p: Program, ordered: Draft[]): Set<number> {
  const realized = new Set<number>();
  for (const n of p.nodes) if (classOf(n.op) === 'resident') realized.add(n.id);
  for (const d of ordered) for (const o of d.outputs) realized.add(o);
  return realized;
}

/** The final kernels from the scheduled drafts, named after the spec. */
function kernelsOf(p: Program, ordered: Draft[]): Kernel[] {
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
      rules: d.rules,
      sideTasks: d.sideTasks?.map((t) => ({ kind: t.kind, outputs: [...t.outputs].sort((a, b) => a - b), members: [...t.members].sort((a, b) => a - b), inputs: [...t.inputs].sort((a, b) => a - b), shape: t.shape, axes: t.axes })),
    };
  });
  dedupeNames(kernels);
  return kernels;
}

function kernelName(n: AnyNode, what: string): string {
  const base = (n.name || 'tmp').replace(/\[(\d+)\]/g, '$1').replace(/[^A-Za-z0-9]+/g, '_').replace(/^_|_$/g, '');
  return `${base}_${what}`;
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

