// Matmul kernel -> the workgroup-tiled form: a workgroup of 8x8 invocations computes a BM x BN block of the output,
// staging BK-deep slices of A and B in workgroup memory, and each invocation keeps a TM x TN block in registers.
import type { Kernel } from '../fuse/kernel.js';
import type { Program } from '../../core/ir.js';
import { Emitter } from './expr.js';
import type { KernelOptions, TemplateShape } from './kernels.js';
import { matmulShape, operandIndex, storeOutput } from './matmul-shape.js';

/** Invocations along each side of the workgroup (8 x 8 = 64), and the depth of one staged slice. */
const SIDE = 8;
const BK = 16;

/**
 * Emits the tiled matmul. Blocks are numbered (batch, block row, block column) and visited by workgroup id with a
 * grid stride, so every invocation of a workgroup runs the same iterations and reaches both barriers of each slice;
 * the cooperative loads zero what lies past the ragged edges of M, N and K, so the inner loop has no bounds checks.
 */
export function emitMatmulTiled(e: Emitter, p: Program, k: Kernel, options: KernelOptions): TemplateShape {
  const s = matmulShape(p, k);
  const [TM, TN] = options.matmulTile;
  const BM = SIDE * TM;
  const BN = SIDE * TN;
  const blocksM = Math.ceil(s.M / BM);
  const blocksN = Math.ceil(s.N / BN);
  const batch = s.batch.reduce((a, b) => a * b, 1);
  const blocks = batch * blocksM * blocksN;
  e.open(`for (var blk = wid.x; blk < ${blocks}u; blk += nwg.x)`);
  const tb = batch > 1 ? e.unflatten(`blk / ${blocksM * blocksN}u`, s.batch) : s.batch.map(() => '0u');
  e.line(`let rem = blk % ${blocksM * blocksN}u;`);
  e.line(`let m0 = (rem / ${blocksN}u) * ${BM}u;`);
  e.line(`let n0 = (rem % ${blocksN}u) * ${BN}u;`);
  e.line(`let tm = (lid / ${SIDE}u) * ${TM}u;`);
  e.line(`let tn = (lid % ${SIDE}u) * ${TN}u;`);
  // Accumulators are vec4 along the columns: acc_i_q holds columns 4q..4q+3 of row i of the invocation's block.
  for (let i = 0; i < TM; i++) for (let q = 0; q < TN / 4; q++) e.line(`var acc_${i}_${q} = vec4<f32>(0.0f);`);
  e.open(`for (var k0 = 0u; k0 < ${s.K}u; k0 += ${BK}u)`);
  // Each slice is stored k-major (element kk * BM + mm of tile_a, four to a vec4, so the inner loop reads a row's
  // TM values as TM / 4 vectors); the load order follows the operand's memory order.
  const stage = (which: 'a' | 'b', tile: string, B: number, size: number) => {
    const trans = which === 'a' ? s.transA : !s.transB;
    e.open(`for (var l = lid; l < ${BK * B}u; l += ${SIDE * SIDE}u)`);
    e.line(trans ? `let kk = l / ${B}u;` : `let kk = l % ${BK}u;`);
    e.line(trans ? `let oo = l % ${B}u;` : `let oo = l / ${BK}u;`);
    e.line(`let go = ${which === 'a' ? 'm0' : 'n0'} + oo;`);
    e.line('let gk = k0 + kk;');
    const v = e.value(which === 'a' ? s.a : s.b, operandIndex(s, which, tb, `min(go, ${size - 1}u)`, `min(gk, ${s.K - 1}u)`));
    e.line(`let at = kk * ${B}u + oo;`);
    e.line(`${tile}[at / 4u][at % 4u] = select(0.0f, ${v}, go < ${size}u && gk < ${s.K}u);`);
    e.close();
  };
  stage('a', 'tile_a', BM, s.M);
  stage('b', 'tile_b', BN, s.N);
  e.line('workgroupBarrier();');
  e.open(`for (var kk = 0u; kk < ${BK}u + opaque; kk++)`);
  for (let q = 0; q < TM / 4; q++) e.line(`let a${q} = tile_a[kk * ${BM / 4}u + tm / 4u + ${q}u];`);
  for (let q = 0; q < TN / 4; q++) e.line(`let b${q} = tile_b[kk * ${BN / 4}u + tn / 4u + ${q}u];`);
  const lane = ['x', 'y', 'z', 'w'];
  for (let i = 0; i < TM; i++) for (let q = 0; q < TN / 4; q++) e.line(`acc_${i}_${q} = fma(vec4<f32>(a${i >> 2}.${lane[i & 3]}), b${q}, acc_${i}_${q});`);
  e.close();
  // The next slice overwrites the tiles only after every invocation has read this one.
  e.line('workgroupBarrier();');
  e.close();
  e.line('let row0 = m0 + tm;');
  e.line('let col0 = n0 + tn;');
  for (let i = 0; i < TM; i++) for (let j = 0; j < TN; j++) storeOutput(e, p, k, s, tb, i ? `(row0 + ${i}u)` : 'row0', j ? `(col0 + ${j}u)` : 'col0', `acc_${i}_${j >> 2}.${lane[j & 3]}`);
  e.close();
  return {
    work: blocks * SIDE * SIDE,
    decls: [`var<workgroup> tile_a: array<vec4<f32>, ${(BK * BM) / 4}>;`, `var<workgroup> tile_b: array<vec4<f32>, ${(BK * BN) / 4}>;`],
    workgroupBuiltins: true,
  };
}
