// Matmul kernel -> the vec4 form: register tiles as in the default, but the K loop advances four at a time and every
// operand is read in runs of four contiguous floats, where its memory layout allows it.
import type { Kernel } from '../fuse/kernel.js';
import type { Program } from '../../core/ir.js';
import type { ProgramPlan } from '../plan/plan.js';
import { Emitter, flatIndex } from './expr.js';
import type { KernelOptions, TemplateShape } from './kernels.js';
import { matmulShape, operandIndex, storeOutput, type MatmulShape } from './matmul-shape.js';

const product = (xs: number[]) => xs.reduce((a, b) => a * b, 1);

/** Whether an operand's last (contiguous) axis is K, else it is the output axis (M for A, N for B). */
function alongK(s: MatmulShape, which: 'a' | 'b'): boolean {
  return which === 'a' ? !s.transA : s.transB;
}

/**
 * Whether the vec4 form may be emitted for a kernel: both operands are read from memory (not computed in the kernel),
 * start at a multiple of 4 in their arena, and the axis read in runs (their last) has a length divisible by 4, as K
 * must be too; then every run starts at a multiple of 4, so a later `array<vec4<f32>>` view could serve it.
 */
export function vec4Fits(p: Program, k: Kernel, plan: ProgramPlan, tile: [number, number]): boolean {
  if (k.kind !== 'matmul' || k.root === undefined || p.nodes[k.root].op !== 'matmul') return false;
  const s = matmulShape(p, k);
  if (s.K % 4 !== 0) return false;
  const members = new Set(k.members);
  return (['a', 'b'] as const).every((w) => {
    const id = w === 'a' ? s.a : s.b;
    const at = plan.placements.get(id);
    if (members.has(id) || !at || at.offset % 4 !== 0) return false;
    const [size, t] = w === 'a' ? [s.M, tile[0]] : [s.N, tile[1]];
    return alongK(s, w) || (size % 4 === 0 && t % 4 === 0);
  });
}

/**
 * Emits the vec4 matmul. Reads are four scalar loads combined, not an `array<vec4<f32>>` view of the arena: a view
 * would be a second binding of the same buffer, which Dawn refuses whenever the kernel also writes that arena, and a
 * variant shares its kernel's bindings. An operand laid out along K gives one run per tile row; one laid out along
 * the output axis gives four runs (depths k..k+3) per four tile rows, transposed in registers.
 */
export function emitMatmulVec4(e: Emitter, p: Program, k: Kernel, options: KernelOptions): TemplateShape {
  const s = matmulShape(p, k);
  const [TM, TN] = [Math.min(options.matmulTile[0], s.M), Math.min(options.matmulTile[1], s.N)];
  const tilesM = Math.ceil(s.M / TM);
  const tilesN = Math.ceil(s.N / TN);
  const total = product(s.batch) * tilesM * tilesN;
  e.open(`for (var t = gid.x; t < ${total}u; t += stride)`);
  const tb = product(s.batch) > 1 ? e.unflatten(`t / ${tilesM * tilesN}u`, s.batch) : s.batch.map(() => '0u');
  e.line(`let rem = t % ${tilesM * tilesN}u;`);
  e.line(`let m0 = (rem / ${tilesN}u) * ${TM}u;`);
  e.line(`let n0 = (rem % ${tilesN}u) * ${TN}u;`);
  for (let i = 0; i < TM; i++) for (let j = 0; j < TN; j++) e.line(`var acc_${i}_${j}: f32 = 0.0f;`);
  e.open(`for (var k = 0u; k < ${s.K}u + opaque; k += 4u)`);
  const run = (id: number, idx: string[]) => {
    const f = e.bind(flatIndex(idx, p.nodes[id].shape), 'u32');
    return e.bind(`vec4<f32>(${[0, 1, 2, 3].map((c) => e.load(id, c ? `${f} + ${c}u` : f)).join(', ')})`, 'vec4<f32>');
  };
  // One vec4 over k..k+3 per tile row (of A) or tile column (of B).
  const operand = (which: 'a' | 'b', start: string, count: number, size: number): string[] => {
    const id = which === 'a' ? s.a : s.b;
    if (alongK(s, which)) return [...Array(count).keys()].map((i) => run(id, operandIndex(s, which, tb, i ? `min(${start} + ${i}u, ${size - 1}u)` : start, 'k')));
    const out: string[] = [];
    for (let q = 0; q < count / 4; q++) {
      // Runs past the edge start at size - 4 instead: still in bounds, and their outputs are never stored.
      const at = q ? `min(${start} + ${4 * q}u, ${size - 4}u)` : start;
      const rows = [0, 1, 2, 3].map((c) => run(id, operandIndex(s, which, tb, at, c ? `(k + ${c}u)` : 'k')));
      for (const c of ['x', 'y', 'z', 'w']) out.push(e.bind(`vec4<f32>(${rows.map((r) => `${r}.${c}`).join(', ')})`, 'vec4<f32>'));
    }
    return out;
  };
  const a = operand('a', 'm0', TM, s.M);
  const b = operand('b', 'n0', TN, s.N);
  for (let i = 0; i < TM; i++) for (let j = 0; j < TN; j++) e.line(`acc_${i}_${j} += dot(${a[i]}, ${b[j]});`);
  e.close();
  for (let i = 0; i < TM; i++) for (let j = 0; j < TN; j++) storeOutput(e, p, k, s, tb, i ? `(m0 + ${i}u)` : 'm0', j ? `(n0 + ${j}u)` : 'n0', `acc_${i}_${j}`);
  e.close();
  return { work: total };
}
