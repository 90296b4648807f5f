// What `mdlc compile --stats` and `-o` report: node counts per IR stage, and the kernels and memory of each program.
import type { ArenaName, Manifest } from '../core/artifact.js';
import { numel, type Module } from '../core/ir.js';
import type { Backend } from '../compiler/emit/emit.js';

/** Node counts of each program after each IR stage, for --stats. */
export type Stats = { stage: string; programs: Record<string, number> }[];

/** A text table: the first column left-aligned, the others right-aligned. */
function renderTable(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')).join('\n');
}

/** The --stats table of node counts: one row per program, one column per IR stage. */
export function renderStats(stats: Stats): string {
  const programs = [...new Set(stats.flatMap((s) => Object.keys(s.programs)))];
  return renderTable([['program', ...stats.map((s) => s.stage)], ...programs.map((p) => [p, ...stats.map((s) => String(s.programs[p] ?? '-'))])]);
}

/** The arenas, in the order reports list them. */
export const arenas: readonly ArenaName[] = ['params', 'state', 'data', 'work'];

/** What one program costs, for --stats: dispatches, submits per step, bytes of the arenas it binds, and the naive sum of its IR nodes' bytes. */
export interface ProgramMemory {
  name: string;
  kernels: number;
  submits: number;
  planned: Partial<Record<ArenaName, number>> & { total: number };
  naive: number;
}

export function programMemory(m: Module, backend: Backend): ProgramMemory[] {
  return backend.artifact.manifest.programs.map((p, i) => {
    // A program is charged for the arenas it touches: predict never binds the optimizer state, so that is not its memory.
    const used = new Set<ArenaName>(p.kernels.flatMap((k) => k.bindings.map((b) => b.arena)));
    if (p.inputs.length) used.add('data');
    for (const o of p.outputs) if (o.constant === undefined) used.add(o.arena);
    // The shared state arena is charged by the state tensors this program reads (eval_step reads its metric sums, not Adam's moments).
    const stateBytes = m.programs[i].nodes.filter((n) => n.op === 'state').reduce((sum, n) => sum + Math.ceil(numel(n.shape) / 4) * 16, 0);
    const planned = Object.fromEntries(arenas.filter((a) => used.has(a)).map((a) => [a, a === 'state' ? stateBytes : backend.plans[i].elements[a] * 4])) as Partial<Record<ArenaName, number>>;
    const total = Object.values(planned).reduce((a, b) => a + b, 0);
    const naive = m.programs[i].nodes.reduce((sum, n) => sum + numel(n.shape) * 4, 0);
    return { name: p.name, kernels: p.kernels.length, submits: 1, planned: { ...planned, total }, naive };
  });
}

/** Bytes as people read them: `812 B`, `4.0 KiB`, `1.6 MiB`. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let v = n / 1024;
  let u = 0;
  for (; v >= 1024 && u < units.length - 1; u++) v /= 1024;
  return `${v.toFixed(1)} ${units[u]}`;
}

/** The --stats table of kernels, submits and planned against naive memory per program. */
export function renderMemory(rows: ProgramMemory[]): string {
  const table = renderTable([
    ['program', 'kernels', 'submits/step', ...arenas, 'planned', 'naive', 'saved'],
    ...rows.map((r) => [
      r.name,
      String(r.kernels),
      String(r.submits),
      ...arenas.map((a) => (r.planned[a] === undefined ? '-' : formatBytes(r.planned[a]!))),
      formatBytes(r.planned.total),
      formatBytes(r.naive),
      `${Math.round((1 - r.planned.total / r.naive) * 100)}%`,
    ]),
  ]);
  return `${table}\nplanned: the arenas each program binds (params and state are shared by all programs); naive: one buffer per IR node`;
}

/** Bytes of each arena as a session allocates them: params and state once, data and work as large as the largest program needs. */
export function arenaBytes(manifest: Manifest): Record<ArenaName, number> {
  const most = (f: (p: Manifest['programs'][number]) => number) => Math.max(4, ...manifest.programs.map(f)) * 4;
  return { params: manifest.elements.params * 4, state: manifest.elements.state * 4, data: most((p) => p.elements.data), work: most((p) => p.elements.work) };
}
