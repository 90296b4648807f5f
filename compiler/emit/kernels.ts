// Kernel templates: one WGSL compute shader per kernel kind, with its bindings and dispatch size.
import { InternalError, type SourceFile } from '../../core/diagnostic.js';
import { isReduction } from '../fuse/classify.js';
import type { Kernel } from '../fuse/kernel.js';
import type { Program } from '../../core/ir.js';
import type { ArenaName, ProgramPlan } from '../plan/plan.js';
import { bindingOf, Emitter, flatIndex, literal, preludeFunctions } from './expr.js';
import { emitMatmulTiled } from './matmul-tiled.js';
import { emitMatmulVec4 } from './matmul-vec4.js';
import { emitReduceRows } from './reduce-rows.js';
import { emitScatterColumns } from './scatter-columns.js';
import { reductions } from './reductions.js';

/** Tunable parameters of the templates (a later performance pass can choose them per device). */
export interface KernelOptions {
  workgroupSize: number;
  /** Most workgroups in one dispatch; larger domains are covered by grid-stride loops (never above 65,535). */
  maxWorkgroups: number;
  /** Output rows and columns per matmul invocation (register blocking). */
  matmulTile: [number, number];
  /** Matmul template: `registers` (the default), `tiled` (workgroup memory, compiler/emit/matmul-tiled.ts) or `vec4`. */
  matmulForm?: 'registers' | 'tiled' | 'vec4';
  /** Reduce template: `invocation` per row (the default), or a workgroup per row combining by `tree` or `subgroup`. */
  reduceForm?: 'invocation' | 'tree' | 'subgroup';
  /** Scatter template: one invocation per table `row` (the default) or per table `entry` (row and column). */
  scatterForm?: 'row' | 'entry';
  /** Elements each elementwise invocation computes, consecutive (1 by default). */
  elementsPerInvocation?: number;
  /** Emit the variants of large kernels too (compiler/emit/variants.ts), for the runtime to choose among; 'all': of every kernel. */
  variants?: boolean | 'all';
}

/** Defaults measured to be good on lavapipe (see docs): 64-wide workgroups, 4x4 register tiles. */
export const defaultKernelOptions: KernelOptions = { workgroupSize: 64, maxWorkgroups: 4096, matmulTile: [4, 4] };

/** A kernel ready to run: WGSL source, which arenas it binds (and whether it writes them), and its dispatch size. */
export interface EmittedKernel {
  name: string;
  kind: Kernel['kind'];
  wgsl: string;
  bindings: { arena: ArenaName; binding: number; write: boolean }[];
  workgroups: number;
  /** Spec lines the kernel came from, e.g. `specs/mlp.model:12`. */
  source: string[];
}

/**
 * What a template other than the default needs around its body: the work (invocations) it dispatches, module-scope
 * declarations (workgroup arrays), a WGSL extension to enable, whether it reads `wid` (workgroup id) and `lid`
 * (local invocation index), and the workgroup size it was written for.
 */
export interface TemplateShape {
  work: number;
  decls?: string[];
  enable?: string;
  workgroupBuiltins?: boolean;
  workgroupSize?: number;
}

function product(xs: number[]): number {
  return xs.reduce((a, b) => a * b, 1);
}

/** Emits one kernel. */
export function emitKernel(p: Program, kernel: Kernel, plan: ProgramPlan, options: KernelOptions, file?: SourceFile): EmittedKernel {
  let k = kernel;
  const members = new Set(k.members);
  let segmentBase: ((id: number) => string | undefined) | undefined;
  const segmentDecls: string[] = [];
  if (k.segments) {
    // Horizontal fusion: one base-offset table per template tensor, indexed by the segment number `seg`.
    const roles = new Map<number, string>();
    const template = k.segments[0].map;
    for (const tid of Object.keys(template).map(Number)) {
      if (members.has(tid) && !k.outputs.includes(tid)) continue;
      const offsets = k.segments.map((s) => plan.placements.get(s.map[tid])?.offset);
      if (offsets.some((o) => o === undefined)) continue;
      if (offsets.every((o) => o === offsets[0])) continue;
      const name = `base${roles.size}`;
      roles.set(tid, name);
      segmentDecls.push(`var<private> ${name}: array<u32, ${k.segments.length}> = array<u32, ${k.segments.length}>(${offsets.map((o) => `${o}u`).join(', ')});`);
    }
    segmentBase = (id) => (roles.has(id) ? `${roles.get(id)}[seg]` : undefined);
  }
  // Rule 9 side tasks: single-invocation work placed before the kernel's own loop (only invocation 0 enters it).
  const sideLines: string[] = [];
  const sideOutputs = new Set<number>();
  (k.sideTasks ?? []).forEach((t, n) => {
    const se = new Emitter(p, plan.placements, new Set(t.members), undefined, `s${n}_`);
    const task = { ...k, ...t, segments: undefined, sideTasks: undefined, root: undefined };
    if (t.kind === 'reduce') emitReduce(se, p, task, 1, options.workgroupSize);
    else emitElementwise(se, p, task, 1, options.workgroupSize);
    sideLines.push('  {', ...se.lines.map((l) => '  ' + l), '  }');
    for (const o of t.outputs) sideOutputs.add(o);
  });
  k = { ...k, outputs: k.outputs.filter((o) => !sideOutputs.has(o)) };
  const e = new Emitter(p, plan.placements, members, segmentBase);
  let wg = options.workgroupSize;
  let work: number;
  let shape: TemplateShape | undefined;
  switch (k.kind) {
    case 'elementwise':
      work = k.segments ? k.segments.reduce((a, s) => a + s.size, 0) : product(k.shape);
      if ((options.elementsPerInvocation ?? 1) > 1) shape = { work: emitElementwise(e, p, k, work, wg, options.elementsPerInvocation) };
      else emitElementwise(e, p, k, work, wg);
      break;
    case 'reduce':
      work = product(k.shape.filter((_, i) => !k.axes.includes(i)));
      if (options.reduceForm === 'tree' || options.reduceForm === 'subgroup') shape = emitReduceRows(e, p, k, work, wg, options.reduceForm);
      else emitReduce(e, p, k, work, wg);
      break;
    case 'matmul':
      if (options.matmulForm === 'tiled') shape = emitMatmulTiled(e, p, k, options);
      else if (options.matmulForm === 'vec4') shape = emitMatmulVec4(e, p, k, options);
      work = shape?.work ?? emitMatmul(e, p, k, options, wg);
      break;
    case 'scatter':
      work = p.nodes[k.root!].shape[0];
      if (options.scatterForm === 'entry') shape = emitScatterColumns(e, p, k);
      else emitScatter(e, p, k, work, wg);
      break;
  }
  if (shape) {
    work = shape.work;
    wg = shape.workgroupSize ?? wg;
  }
  const written = new Set<ArenaName>([...k.outputs, ...sideOutputs].map((o) => plan.placements.get(o)!.arena));
  const read = new Set<ArenaName>([...k.inputs].map((i) => plan.placements.get(i)?.arena).filter((a): a is ArenaName => a !== undefined));
  const arenas = (['params', 'state', 'data', 'work'] as ArenaName[]).filter((a) => written.has(a) || read.has(a));
  const bindings = arenas.map((arena) => ({ arena, binding: bindingOf[arena], write: written.has(arena) }));
  const source = k.spans.map((s) => (file ? `${file.path}:${file.position(s.start).line}` : `offset ${s.start}`));
  const body = e.lines.join('\n');
  const uses = (fn: string) => body.includes(fn) || sideLines.some((l) => l.includes(fn));
  const wgsl = [
    ...(shape?.enable ? [`enable ${shape.enable};`] : []),
    `// ${k.name}: ${k.kind} kernel (mdlc)`,
    `// from ${[...new Set(source)].slice(0, 6).join(', ') || 'generated code'}`,
    ...bindings.map((b) => `@group(0) @binding(${b.binding}) var<storage, ${b.write ? 'read_write' : 'read'}> ${b.arena}: array<f32>;`),
    ...segmentDecls,
    ...(shape?.decls ?? []),
    uses('mdlc_uniform') || uses('mdlc_erf') ? preludeFunctions : '',
    `@compute @workgroup_size(${wg})`,
    `fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>${shape?.workgroupBuiltins ? ', @builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32' : ''}) {`,
    `  let stride = nwg.x * ${wg}u;`,
    // A bound lavapipe cannot see as constant: it would otherwise unroll short inner loops, which multiplies
    // shader compile time (seconds per kernel at a first dispatch) for no speed gain on a CPU.
    `  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);`,
    ...sideLines,
    body,
    `}`,
    '',
  ].join('\n');
  return { name: k.name, kind: k.kind, wgsl, bindings, workgroups: Math.max(1, Math.min(Math.ceil(work / wg), options.maxWorkgroups)), source: [...new Set(source)] };
}

/** Emits an elementwise kernel; `per` > 1 gives each invocation that many consecutive elements. Returns the invocations needed. */
function emitElementwise(e: Emitter, p: Program, k: Kernel, total: number, wg: number, per = 1): number {
  void wg;
  const invocations = Math.ceil(total / per);
  e.open(per === 1 ? `for (var i = gid.x; i < ${total}u; i += stride)` : `for (var q = gid.x; q < ${invocations}u; q += stride)`);
  for (let c = 0; c < per; c++) {
    if (per > 1) {
      e.open(`if (q * ${per}u + ${c}u < ${total}u)`);
      e.line(`let i = q * ${per}u + ${c}u;`);
    }
    elementBody(e, p, k);
    if (per > 1) e.close();
  }
  e.close();
  return invocations;
}

/** The statements computing and storing element `i` of every output. */
function elementBody(e: Emitter, p: Program, k: Kernel): void {
  let flat = 'i';
  if (k.segments) {
    const starts: number[] = [];
    let acc = 0;
    for (const s of k.segments) {
      starts.push(acc);
      acc += s.size;
    }
    e.line(`var seg = 0u;`);
    for (let s = 1; s < starts.length; s++) e.line(`if (i >= ${starts[s]}u) { seg = ${s}u; }`);
    e.line(`var starts = array<u32, ${starts.length}>(${starts.map((x) => `${x}u`).join(', ')});`);
    e.line(`let j = i - starts[seg];`);
    flat = 'j';
    e.flat = { index: 'j', size: product(k.shape) };
  }
  const idx = k.segments ? [] : e.unflatten(flat, k.shape);
  for (const o of k.outputs) {
    if (k.segments && !k.segments[0].map[o] && !(o in k.segments[0].map)) continue;
    const n = p.nodes[o];
    e.store(o, flat === 'j' ? 'j' : flatIndex(idx, n.shape), e.value(o, idx));
  }
}

function emitReduce(e: Emitter, p: Program, k: Kernel, rows: number, wg: number): void {
  void wg;
  const kept = k.shape.map((_, i) => i).filter((i) => !k.axes.includes(i));
  const reducedShape = k.axes.map((a) => k.shape[a]);
  const rowLen = product(reducedShape);
  e.open(`for (var r = gid.x; r < ${rows}u; r += stride)`);
  const keptIdx = e.unflatten('r', kept.map((a) => k.shape[a]));
  const full = (red: string[]) => k.shape.map((_, i) => (k.axes.includes(i) ? red[k.axes.indexOf(i)] : keptIdx[kept.indexOf(i)]));
  for (const m of k.members) {
    const n = p.nodes[m];
    if (!isReduction(n)) continue;
    const r = reductions[n.op];
    const acc = e.fresh('acc');
    const best = e.fresh('best');
    for (const l of r.init(acc, best)) e.line(l);
    e.open(`for (var j = 0u; j < ${rowLen}u + opaque; j++)`);
    const v = e.value(n.src[0], full(e.unflatten('j', reducedShape)));
    e.line(r.step(acc, best, v));
    e.close();
    e.registers.set(m, acc);
  }
  const rowIdx = full(reducedShape.map(() => '0u'));
  const elementOutputs: number[] = [];
  for (const o of k.outputs) {
    const n = p.nodes[o];
    if (k.axes.every((a) => n.shape[a] === 1)) e.store(o, flatIndex(rowIdx, n.shape), e.value(o, rowIdx));
    else elementOutputs.push(o);
  }
  if (elementOutputs.length) {
    e.open(`for (var j = 0u; j < ${rowLen}u + opaque; j++)`);
    const idx = full(e.unflatten('j', reducedShape));
    for (const o of elementOutputs) e.store(o, flatIndex(idx, p.nodes[o].shape), e.value(o, idx));
    e.close();
  }
  e.close();
}

function emitMatmul(e: Emitter, p: Program, k: Kernel, options: KernelOptions, wg: number): number {
  void wg;
  const root = p.nodes[k.root!];
  if (root.op !== 'matmul') throw new InternalError('matmul kernel without a matmul');
  const [aId, bId] = root.src;
  const r = root.shape.length;
  const M = root.shape[r - 2];
  const N = root.shape[r - 1];
  const aShape = p.nodes[aId].shape;
  const K = root.arg.transA ? aShape[r - 2] : aShape[r - 1];
  const batchShape = root.shape.slice(0, r - 2);
  const [TM, TN] = [Math.min(options.matmulTile[0], M), Math.min(options.matmulTile[1], N)];
  const tilesM = Math.ceil(M / TM);
  const tilesN = Math.ceil(N / TN);
  const total = product(batchShape) * tilesM * tilesN;
  e.open(`for (var t = gid.x; t < ${total}u; t += stride)`);
  const tb = product(batchShape) > 1 ? e.unflatten(`t / ${tilesM * tilesN}u`, batchShape) : batchShape.map(() => '0u');
  e.line(`let rem = t % ${tilesM * tilesN}u;`);
  e.line(`let m0 = (rem / ${tilesN}u) * ${TM}u;`);
  e.line(`let n0 = (rem % ${tilesN}u) * ${TN}u;`);
  for (let i = 0; i < TM; i++) for (let j = 0; j < TN; j++) e.line(`var acc_${i}_${j}: f32 = 0.0f;`);
  const rows = [...Array(TM).keys()].map((i) => (i === 0 ? 'm0' : `min(m0 + ${i}u, ${M - 1}u)`));
  const cols = [...Array(TN).keys()].map((j) => (j === 0 ? 'n0' : `min(n0 + ${j}u, ${N - 1}u)`));
  e.open(`for (var k = 0u; k < ${K}u + opaque; k++)`);
  const a = rows.map((m) => e.bind(e.value(aId, root.arg.transA ? [...tb, 'k', m] : [...tb, m, 'k']), 'f32'));
  const b = cols.map((n) => e.bind(e.value(bId, root.arg.transB ? [...tb, n, 'k'] : [...tb, 'k', n]), 'f32'));
  for (let i = 0; i < TM; i++) for (let j = 0; j < TN; j++) e.line(`acc_${i}_${j} = fma(${a[i]}, ${b[j]}, acc_${i}_${j});`);
  e.close();
  for (let i = 0; i < TM; i++)
    for (let j = 0; j < TN; j++) {
      e.open(`if (m0 + ${i}u < ${M}u && n0 + ${j}u < ${N}u)`);
      e.registers.set(root.id, `acc_${i}_${j}`);
      const idx = [...tb, i === 0 ? 'm0' : `(m0 + ${i}u)`, j === 0 ? 'n0' : `(n0 + ${j}u)`];
      for (const o of k.outputs) e.store(o, flatIndex(idx, p.nodes[o].shape), e.value(o, idx));
      e.registers.delete(root.id);
      e.close();
    }
  e.close();
  return total;
}

function emitScatter(e: Emitter, p: Program, k: Kernel, rows: number, wg: number): void {
  void wg;
  const root = p.nodes[k.root!];
  const [idsId, updId] = root.src;
  const idsShape = p.nodes[idsId].shape;
  const n = product(idsShape);
  const width = root.shape[1];
  const at = (col: string) => flatIndex(['v', col], root.shape);
  e.open(`for (var v = gid.x; v < ${rows}u; v += stride)`);
  e.open(`for (var d = 0u; d < ${width}u; d++)`);
  e.store(root.id, at('d'), '0.0f');
  e.close();
  e.open(`for (var i = 0u; i < ${n}u; i++)`);
  const pos = e.unflatten('i', idsShape);
  const id = e.value(idsId, pos);
  e.open(`if (${id} == i32(v))`);
  e.open(`for (var d = 0u; d < ${width}u; d++)`);
  const upd = e.value(updId, [...pos, 'd']);
  e.store(root.id, at('d'), `${e.load(root.id, at('d'))} + ${upd}`);
  e.close();
  e.close();
  e.close();
  e.close();
  void literal;
}
