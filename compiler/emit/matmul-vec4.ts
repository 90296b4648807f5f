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
  if (s.K % 4 !== 0 || tile[0] % 4 !== 0 || tile[1] % 4 !== 0) return false;
  const members = new Set(k.members);
  return (['a', 'b'] as const).every((w) => {
    const id = w === 'a' ? s.a : s.b;
    const at = plan.placements.get(id);
    if (members.has(id) || !at || at.offset % 4 !== 0) return false;
    return alongK(s, w) || (w === 'a' ? s.M : s.N) % 4 === 0;
  });
}

/**
 * Emits the vec4 matmul. Reads are four scalar loads combined, not an `array<vec4<f32>>` view of the arena: a view
 * would be a second binding of the same buffer, which Dawn refuses whenever the kernel also writes that arena, and a
 * variant shares its kernel's bindings. Each depth k + c adds the outer product of A's tile column and B's tile row
 * (vec4 fma along the columns). A laid out along K gives one run per tile row, along M four runs (depths) per four
 * rows; B laid out along N gives its rows directly, along K one run per column, gathered into rows in registers.
 */
export function emitMatmulVec4(e: Emitter, p: Program, k: Kernel, options: KernelOptions): TemplateShape {
  const s = matmulShape(p, k);
  // Whole tiles even past a small M or N (their extra rows and columns are clamped reads, never stored): the
  // accumulators are vec4 along the columns.
  const [TM, TN] = options.matmulTile;
  const tilesM = Math.ceil(s.M / TM);
  const tilesN = Math.ceil(s.N / TN);
  const total = product(s.batch) * tilesM * tilesN;
  e.open(`for (var t = gid.x; t < ${total}u; t += stride)`);
  const tb = product(s.batch) > 1 ? e.unflatten(`t / ${tilesM * tilesN}u`, s.batch) : s.batch.map(() => '0u');
  e.line(`let rem = t % ${tilesM * tilesN}u;`);
  e.line(`let m0 = (rem / ${tilesN}u) * ${TM}u;`);
  e.line(`let n0 = (rem % ${tilesN}u) * ${TN}u;`);
  // Accumulators are vec4 along the columns: acc_i_q holds columns 4q..4q+3 of tile row i.
  for (let i = 0; i < TM; i++) for (let q = 0; q < TN / 4; q++) e.line(`var acc_${i}_${q} = vec4<f32>(0.0f);`);
  e.open(`for (var k = 0u; k < ${s.K}u + opaque; k += 4u)`);
  const lane = ['x', 'y', 'z', 'w'];
  const run = (id: number, idx: string[]) => {
    const f = e.bind(flatIndex(idx, p.nodes[id].shape), 'u32');
    return e.bind(`vec4<f32>(${[0, 1, 2, 3].map((c) => e.load(id, c ? `${f} + ${c}u` : f)).join(', ')})`, 'vec4<f32>');
  };
  const depth = (c: number) => (c ? `(k + ${c}u)` : 'k');
  // Runs along the output axis past its edge start at size - 4 instead: in bounds, and their outputs are never stored.
  const edge = (start: string, q: number, size: number) => (q ? `min(${start} + ${4 * q}u, ${size - 4}u)` : start);
  // a(i, c): A at tile row i and depth k + c, a scalar lane of a run along K (one per row) or along M (one per depth).
  let a: (i: number, c: number) => string;
  if (alongK(s, 'a')) {
    const rows = [...Array(TM).keys()].map((i) => run(s.a, operandIndex(s, 'a', tb, i ? `min(m0 + ${i}u, ${s.M - 1}u)` : 'm0', 'k')));
    a = (i, c) => `${rows[i]}.${lane[c]}`;
  } else {
    const runs = [0, 1, 2, 3].map((c) => [...Array(TM / 4).keys()].map((q) => run(s.a, operandIndex(s, 'a', tb, edge('m0', q, s.M), depth(c)))));
    a = (i, c) => `${runs[c][i >> 2]}.${lane[i & 3]}`;
  }
  // b(c, q): B at depth k + c, columns 4q..4q+3, a run along N, or gathered from runs along K (one per column).
  let b: (c: number, q: number) => string;
  if (alongK(s, 'b')) {
    const cols = [...Array(TN).keys()].map((j) => run(s.b, operandIndex(s, 'b', tb, j ? `min(n0 + ${j}u, ${s.N - 1}u)` : 'n0', 'k')));
    b = (c, q) => `vec4<f32>(${[0, 1, 2, 3].map((x) => `${cols[Math.min(4 * q + x, TN - 1)]}.${lane[c]}`).join(', ')})`;
  } else {
    const runs = [0, 1, 2, 3].map((c) => [...Array(TN / 4).keys()].map((q) => run(s.b, operandIndex(s, 'b', tb, edge('n0', q, s.N), depth(c)))));
    b = (c, q) => runs[c][q];
  }
  for (let c = 0; c < 4; c++) {
    const bq = [...Array(TN / 4).keys()].map((q) => e.bind(b(c, q), 'vec4<f32>'));
    for (let i = 0; i < TM; i++) for (let q = 0; q < TN / 4; q++) e.line(`acc_${i}_${q} = fma(vec4<f32>(${a(i, c)}), ${bq[q]}, acc_${i}_${q});`);
  }
  e.close();
  for (let i = 0; i < TM; i++) for (let j = 0; j < TN; j++) storeOutput(e, p, k, s, tb, i ? `(m0 + ${i}u)` : 'm0', j ? `(n0 + ${j}u)` : 'n0', `acc_${i}_${j >> 2}.${lane[j & 3]}`);
  e.close();
  return { work: total };
}
