// Takes hand-built predict-only IR modules (Builder), the WGSL backend and the shared test device; gives a check of every
// kernel kind the fusion produces against the CPU reference executor on seeded random inputs: elementwise chains, views
// inlined into elementwise kernels, reductions and row groups (softmax, log-softmax, LayerNorm), matmuls with every
// transpose flag and epilogues, scatter_add, Threefry random numbers, multi-output and horizontally fused kernels.
//
// Shader compilation dominates the time on a software device (lavapipe JITs each pipeline at its first dispatch), so
// each test builds ONE module with many outputs and runs it in ONE GpuSession: one kernel per output, one submit.
// Sizes are deliberately awkward (1, 3, 17, 63, 65, 129, 257): not multiples of the workgroup (64) or of the 4x4 tile.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { Builder } from '../compiler/ir/builder.js';
import type { DType, Module, Program, Window } from '../core/ir.js';
import type { Tensor } from '../runtime/cpu/tensor.js';
import { compare, describeComparison, fill, hostTensor, numel, Rng, runBoth, seconds, type Comparison, type DualRun, type Tolerance } from './helpers/gpu-compare.js';
import { getTestDevice, releaseTestDevice } from './helpers/gpu.js';

// ---- Tolerances, per kind of computation ---------------------------------------------------------------------------
// WGSL's accuracy rules set the scale: + - * are correctly rounded, / and sqrt within 2.5 ULP (about 3e-7 relative),
// exp within 3 + 2|x| ULP (so about 1.2e-5 relative at |x| = 50), log within 3 ULP or 2^-21 absolute near 1.
/** Views and data movement (reshape, transpose, broadcast, slice, pad, concat, gather, im2col), max, argmax, compares, casts, iota, i32 math: bit for bit. */
const EXACT: Tolerance = { mode: 'exact' };
/** Correctly rounded or nearly (add, sub, mul, div, sqrt, and chains of them): 1e-6 relative. */
const ELEMENTWISE: Tolerance = { mode: 'rel', tol: 1e-6 };
/** exp, log, tanh, sigmoid (and chains through them) on moderate arguments: 1e-5 relative. */
const TRANSCENDENTAL: Tolerance = { mode: 'rel', tol: 1e-5 };
/** exp at |x| up to 50: WGSL allows 3 + 2·50 ULP ≈ 1.2e-5 relative, so 2e-5. */
const EXP_LARGE: Tolerance = { mode: 'rel', tol: 2e-5 };
/**
 * tanh: 1e-5 relative, but absolute (1e-7) below |tanh| = 0.01. WGSL gives tanh the accuracy of sinh/cosh, an absolute
 * one: lavapipe's tanh near 0 is (e^2x − 1)/(e^2x + 1) with cancellation (measured: 19% relative error at x = 1e-7,
 * 1.4e-3 at 1e-5, 1.7e-5 at 1e-3; absolute error ≤ 2e-8 throughout).
 */
const TANH: Tolerance = { mode: 'rel', tol: 1e-5, floor: 0.01 };
/** cos: absolute error (its relative error near its zeros is meaningless; WGSL allows 2^-11 absolute, lavapipe does far better). */
const COS: Tolerance = { mode: 'abs', tol: 1e-6 };
/**
 * erf: the GPU uses Abramowitz-Stegun 7.1.26 (absolute error ≤ 1.5e-7 in exact arithmetic; its f32 Horner evaluation adds
 * a few 1e-7: measured 4.6e-7 on lavapipe) against the CPU's near-exact series: 1e-6 absolute. (Relative error near 0 is
 * large: 47% at x = 1e-7.)
 */
const ERF: Tolerance = { mode: 'abs', tol: 1e-6 };
/** Sums (reductions, col2im, scatter_add): |gpu − cpu| ≤ 1e-5 · Σ|terms| (the same op on |operands|, run on the CPU). */
const SUMS: Tolerance = { mode: 'scaled', tol: 1e-5 };
/** Softmax rows: 1e-5 relative. */
const SOFTMAX: Tolerance = { mode: 'rel', tol: 1e-5 };
/** Log-softmax and LayerNorm rows: 1e-5 relative, absolute below magnitude 1 (cancellation in x − max − log Σ, x − mean). */
const ROWS: Tolerance = { mode: 'rel', tol: 1e-5, floor: 1 };
/** Matmul: |gpu − cpu| ≤ 1e-5 · Σ_k |a_ik · b_kj| (plus |bias| with an epilogue). */
const MATMUL: Tolerance = { mode: 'scaled', tol: 1e-5 };
/** Threefry uniforms are multiples of 2^-24 computed with integer arithmetic: the same bits on both sides (1e-7 absolute allowed). */
const UNIFORM: Tolerance = { mode: 'abs', tol: 1e-7 };

/** A value the test compares: a node of the GPU program, its tolerance, and optionally a CPU-only scale node. */
interface Check {
  kind: string;
  name: string;
  node: number;
  tol: Tolerance;
  scaleOf?: (b: Builder) => number;
  scaleNode?: number;
}

/** Worst result per kind over the whole file, printed at the end. */
const worstByKind = new Map<string, { ratio: number; error: number; name: string; tol: Tolerance; checks: number }>();
const runs: { name: string; run: DualRun }[] = [];
const fileStarted = performance.now();

/**
 * One module under test: inputs and parameters with seeded data, the values to check, and CPU-only scale nodes built
 * after every GPU node (so the GPU program is a prefix of the CPU program's node list).
 */
class Bench {
  readonly b = new Builder(false);
  readonly rng: Rng;
  readonly inputs: Record<string, Tensor> = {};
  readonly params: Record<string, Tensor> = {};
  readonly paramDecls: Module['params'] = [];
  readonly checks: Check[] = [];

  constructor(
    readonly name: string,
    seed: number,
  ) {
    this.rng = new Rng(seed);
  }

  input(name: string, dtype: DType, shape: number[], gen: (i: number, r: Rng) => number): number {
    this.inputs[name] = hostTensor(dtype, shape, fill(numel(shape), (i) => gen(i, this.rng)));
    return this.b.input(name, dtype, shape);
  }

  /** A parameter (params arena); its values reach the GPU through writeParams. */
  param(path: string, shape: number[], gen: (i: number, r: Rng) => number): number {
    this.params[path] = hostTensor('f32', shape, fill(numel(shape), (i) => gen(i, this.rng)));
    this.paramDecls.push({ path, shape, init: { kind: 'zeros', args: {} } });
    return this.b.param(path, shape, { kind: 'zeros', args: {} });
  }

  check(kind: string, name: string, node: number, tol: Tolerance, scaleOf?: (b: Builder) => number): void {
    if (this.checks.some((c) => c.name === name)) throw new Error(`duplicate check name ${name}`);
    this.checks.push({ kind, name, node, tol, scaleOf });
  }

  async run(device: GPUDevice): Promise<{ run: DualRun; failures: string[]; lines: string[] }> {
    const gpuNodes = this.b.nodes.length;
    for (const c of this.checks) if (c.scaleOf) c.scaleNode = c.scaleOf(this.b);
    const outputs = this.checks.map((c) => ({ name: c.name, node: c.node }));
    const gpuProgram: Program = { name: 'predict', nodes: this.b.nodes.slice(0, gpuNodes), outputs, updates: [] };
    const cpuProgram: Program = {
      name: 'predict',
      nodes: this.b.nodes,
      outputs: [...outputs, ...this.checks.filter((c) => c.scaleNode !== undefined).map((c) => ({ name: `scale:${c.name}`, node: c.scaleNode! }))],
      updates: [],
    };
    const module: Module = { model: `kernels_${this.name}`, batch: 1, seed: 1, params: this.paramDecls, state: [], programs: [gpuProgram] };
    const run = await runBoth(device, module, { inputs: this.inputs, params: this.params }, cpuProgram);
    runs.push({ name: this.name, run });
    const failures: string[] = [];
    const lines: string[] = [];
    for (const c of this.checks) {
      const g = run.gpu[c.name];
      const cpu = run.cpu[c.name];
      const shape = this.b.nodes[c.node].shape;
      if (!g) {
        failures.push(`${c.name}: no GPU output`);
        continue;
      }
      const r: Comparison = compare(g, cpu.data, c.tol, c.scaleNode !== undefined ? run.cpu[`scale:${c.name}`].data : undefined);
      const ok = r.ratio <= 1 && r.mismatches === 0;
      const text = `${ok ? 'ok  ' : 'FAIL'} ${c.kind.padEnd(16)} ${c.name.padEnd(34)} [${shape}] ${describeComparison(r, shape)}`;
      lines.push(text);
      if (!ok) failures.push(text);
      const w = worstByKind.get(c.kind);
      if (!w) worstByKind.set(c.kind, { ratio: r.ratio, error: r.error, name: c.name, tol: c.tol, checks: 1 });
      else {
        w.checks++;
        if (r.ratio > w.ratio) Object.assign(w, { ratio: r.ratio, error: r.error, name: c.name, tol: c.tol });
      }
    }
    return { run, failures, lines };
  }
}

/** Runs a bench, prints its per-check lines when VERBOSE=1 or something failed, and asserts every check passed. */
async function verify(bench: Bench, device: GPUDevice): Promise<DualRun> {
  const { run, failures, lines } = await bench.run(device);
  const header = `  [${bench.name}] ${bench.checks.length} checks, ${run.kernels} kernels (${run.distinctShaders} distinct shaders): emit ${run.ms.emit.toFixed(0)} ms, pipelines ${run.ms.create.toFixed(0)} ms, first run ${run.ms.run.toFixed(0)} ms, cpu ${run.ms.cpu.toFixed(0)} ms`;
  console.log(header);
  if (process.env.VERBOSE === '1' || failures.length) for (const l of lines) console.log(`    ${l}`);
  assert.is(failures.length, 0, `${bench.name}: ${failures.length} of ${bench.checks.length} checks failed:\n${failures.join('\n')}`);
  return run;
}

const absOf = (b: Builder, x: number) => b.unary('abs', x);

const Kernels = suite('gpu kernels vs the CPU reference');

let device: GPUDevice | undefined;
Kernels.before(async () => {
  device = (await getTestDevice())?.device;
});
Kernels.after(async () => {
  if (device) {
    console.log(`\n  gpu-kernels: worst error per kind (ratio = error / tolerance; ≤ 1 passes)`);
    for (const [kind, w] of [...worstByKind].sort()) {
      const tol = w.tol.mode === 'exact' ? 'exact' : `${w.tol.mode} ${w.tol.tol}`;
      console.log(`    ${kind.padEnd(16)} ${String(w.checks).padStart(3)} checks  worst ${w.error.toExponential(2)} (${tol}, ratio ${w.ratio.toFixed(3)}) in ${w.name}`);
    }
    const kernels = runs.reduce((a, r) => a + r.run.kernels, 0);
    console.log(`  gpu-kernels: ${runs.length} modules, ${kernels} kernels, ${seconds(performance.now() - fileStarted)} in all\n`);
  }
  await releaseTestDevice();
});

// =====================================================================================================================
// Elementwise chains: every unary op, binary ops with broadcasting and scalars, comparisons, where, cast, iota
// =====================================================================================================================
Kernels('elementwise: unary ops (incl. |x| up to 50), binary ops broadcasting [n,1]x[1,m] and scalars, compares, where, cast, iota', async () => {
  if (!device) return;
  const t = new Bench('elementwise', 101);
  const { b } = t;
  const x = t.input('x', 'f32', [17, 63], (_, r) => r.uniform(-3, 3));
  // ±50, ±30, ±15.5 (tanh's clamp), then uniform in ±50
  const bigFixed = [50, -50, 30, -30, 15.5, -15.5, 0.5, -0.5, 0];
  const big = t.input('big', 'f32', [65], (i, r) => (i < bigFixed.length ? bigFixed[i] : r.uniform(-50, 50)));
  const pos = t.input('pos', 'f32', [257], (_, r) => Math.exp(r.uniform(Math.log(1e-3), Math.log(1e3))));
  const col = t.input('col', 'f32', [17, 1], (_, r) => r.awayFromZero(0.25, 2));
  const row = t.input('row', 'f32', [1, 65], (_, r) => r.awayFromZero(0.25, 2));
  const s = t.input('s', 'f32', [], () => 1.75);
  // tiny arguments, where relative accuracy is hardest (tanh, erf, sigmoid and exp near 0)
  const tinyFixed = [0, 1e-7, -1e-7, 1e-5, -3e-5, 1e-4, 1e-3, -3e-3, 1e-2];
  const tiny = t.input('tiny', 'f32', [17], (i, r) => (i < tinyFixed.length ? tinyFixed[i] : r.awayFromZero(1e-6, 1e-2)));
  const levels = [-2, -1, -0.5, 0, 0.5, 1, 2];
  const q = t.input('q', 'f32', [3, 129], (_, r) => levels[r.int(levels.length)]);
  const qr = t.input('qr', 'f32', [3, 129], (_, r) => levels[r.int(levels.length)]);
  const k = t.input('k', 'i32', [3, 129], (_, r) => r.int(11) - 5);
  const k2 = t.input('k2', 'i32', [1, 129], (_, r) => r.int(7) - 3);

  // unary, exact
  t.check('unary-exact', 'neg(x)', b.unary('neg', x), EXACT);
  t.check('unary-exact', 'abs(x)', b.unary('abs', x), EXACT);
  t.check('unary-exact', 'relu(x)', b.unary('relu', x), EXACT);
  t.check('unary-exact', 'sign(x)', b.unary('sign', x), EXACT);
  t.check('unary-exact', 'floor(x)', b.unary('floor', x), EXACT);
  t.check('unary-exact', 'relu(k) i32', b.unary('relu', k), EXACT);
  t.check('unary-exact', 'abs(k) i32', b.unary('abs', k), EXACT);
  t.check('elementwise', 'sqrt(pos)', b.unary('sqrt', pos), ELEMENTWISE);
  // transcendental
  t.check('transcendental', 'exp(x)', b.unary('exp', x), TRANSCENDENTAL);
  t.check('exp-large', 'exp(big)', b.unary('exp', big), EXP_LARGE);
  t.check('transcendental', 'log(pos)', b.unary('log', pos), TRANSCENDENTAL);
  t.check('tanh', 'tanh(x)', b.unary('tanh', x), TANH);
  t.check('tanh', 'tanh(big)', b.unary('tanh', big), TANH);
  t.check('tanh', 'tanh(tiny)', b.unary('tanh', tiny), TANH);
  t.check('transcendental', 'sigmoid(tiny)', b.unary('sigmoid', tiny), TRANSCENDENTAL);
  t.check('transcendental', 'exp(tiny)', b.unary('exp', tiny), TRANSCENDENTAL);
  t.check('erf', 'erf(tiny)', b.unary('erf', tiny), ERF);
  t.check('transcendental', 'sigmoid(x)', b.unary('sigmoid', x), TRANSCENDENTAL);
  t.check('transcendental', 'sigmoid(big)', b.unary('sigmoid', big), TRANSCENDENTAL);
  t.check('cos', 'cos(x)', b.unary('cos', x), COS);
  t.check('cos', 'cos(big)', b.unary('cos', b.scale(big, 0.1)), COS);
  t.check('erf', 'erf(x)', b.unary('erf', x), ERF);
  t.check('erf', 'erf(big)', b.unary('erf', big), ERF);
  // a chain fused into one kernel
  const chain = b.addN(b.unary('sigmoid', b.mul(b.unary('tanh', x), b.unary('exp', b.unary('neg', b.unary('abs', x))))), b.unary('log', b.addN(b.const(1), b.mul(x, x))));
  t.check('transcendental', 'sigmoid(tanh·exp(-|x|))+log(1+x²)', chain, { mode: 'rel', tol: 1e-5, floor: 0.01 });

  // binary ops broadcasting [17,1] x [1,65] -> [17,65]
  for (const op of ['add', 'sub', 'mul', 'max', 'min'] as const) t.check('binary', `${op}(col,row)`, b.binary(op, col, row), EXACT);
  t.check('binary', 'div(col,row)', b.div(col, row), ELEMENTWISE);
  // with a rank-0 input and with constants
  t.check('binary', 'x*s (rank-0 input)', b.mul(x, s), EXACT);
  t.check('binary', 's-x (rank-0 input)', b.sub(s, x), EXACT);
  t.check('binary', 'x/3+0.25 (constants)', b.addN(b.div(x, b.const(3)), b.const(0.25)), ELEMENTWISE);
  t.check('binary', 'x broadcast [1,63] row', b.mul(x, b.slice(x, [4, 0], [1, 63])), EXACT);
  // i32 arithmetic with broadcasting
  t.check('binary', 'k+k2 i32 [3,129]x[1,129]', b.addN(k, k2), EXACT);
  t.check('binary', 'k*k2 i32', b.mul(k, k2), EXACT);
  t.check('binary', 'max(k,k2) i32', b.binary('max', k, k2), EXACT);
  // comparisons (ties are frequent: values on a grid)
  t.check('compare', 'lt(q,qr)', b.binary('lt', q, qr), EXACT);
  t.check('compare', 'le(q,qr)', b.binary('le', q, qr), EXACT);
  t.check('compare', 'eq(q,qr)', b.binary('eq', q, qr), EXACT);
  t.check('compare', 'lt(k,k2) i32', b.binary('lt', k, k2), EXACT);
  t.check('compare', 'eq(q,0.5) scalar', b.binary('eq', q, b.const(0.5)), EXACT);
  // where: f32 and i32 conditions, broadcast operands
  t.check('where', 'where(le(q,qr), q, qr*2)', b.where(b.binary('le', q, qr), q, b.scale(qr, 2)), EXACT);
  t.check('where', 'where(k i32, q, -1)', b.where(k, q, b.const(-1)), EXACT);
  t.check('where', 'where(col>0, row, s)', b.where(b.binary('lt', b.const(0), col), row, s), EXACT);
  // casts
  t.check('cast', 'cast(x*3, i32)', b.cast(b.scale(x, 3), 'i32'), EXACT);
  t.check('cast', 'cast(k, f32)*0.5', b.scale(b.cast(k, 'f32'), 0.5), EXACT);
  // iota
  t.check('iota', 'iota([3,129],1) i32', b.iota([3, 129], 1), EXACT);
  t.check('iota', 'iota([17,63],0) f32 * x', b.mul(b.iota([17, 63], 0, 'f32'), x), EXACT);
  t.check('iota', 'eq(iota, k) one-hot-like', b.binary('eq', b.iota([3, 129], 0), b.addN(k, b.const(0, 'i32'))), EXACT);

  await verify(t, device);
});

// =====================================================================================================================
// Views inlined into elementwise kernels
// =====================================================================================================================
Kernels('views: reshape, transpose (rank 3 and 4), broadcast, slice, pad, concat, gather, im2col (stride, padding, padValue), col2im', async () => {
  if (!device) return;
  const t = new Bench('views', 202);
  const { b } = t;
  const x = t.input('x', 'f32', [17, 63], (_, r) => r.uniform(-3, 3));
  const t3 = t.input('t3', 'f32', [3, 17, 5], (_, r) => r.uniform(-3, 3));
  const u4 = t.input('u4', 'f32', [2, 3, 5, 7], (_, r) => r.uniform(-3, 3));
  const col = t.input('col', 'f32', [17, 1], (_, r) => r.uniform(-3, 3));
  const row = t.input('row', 'f32', [1, 65], (_, r) => r.uniform(-3, 3));
  const mid = t.input('mid', 'f32', [3, 1, 5], (_, r) => r.uniform(-3, 3));
  const s = t.input('s', 'f32', [], () => -0.75);

  // reshape (inlined into a multiply by 2: exact)
  t.check('view', 'reshape [17,63]->[63,17] *2', b.scale(b.reshape(x, [63, 17]), 2), EXACT);
  t.check('view', 'reshape->transpose [51,5]^T', b.transpose(b.reshape(t3, [51, 5]), [1, 0]), EXACT);
  // transpose: every non-identity rank-3 permutation, several rank-4 ones
  for (const perm of [[0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]]) t.check('transpose', `transpose3 [${perm}]`, b.transpose(t3, perm), EXACT);
  for (const perm of [[0, 3, 1, 2], [0, 2, 3, 1], [3, 2, 1, 0], [1, 0, 3, 2], [2, 3, 0, 1]]) t.check('transpose', `transpose4 [${perm}]`, b.transpose(u4, perm), EXACT);
  t.check('transpose', 'transpose4 [0,2,1,3] + 1', b.addN(b.transpose(u4, [0, 2, 1, 3]), b.const(1)), EXACT);
  // broadcast
  t.check('view', 'broadcast [17,1]->[17,65]', b.broadcast(col, [17, 65]), EXACT);
  t.check('view', 'broadcast [1,65]->[17,65]', b.broadcast(row, [17, 65]), EXACT);
  t.check('view', 'broadcast [3,1,5]->[3,17,5]', b.broadcast(mid, [3, 17, 5]), EXACT);
  t.check('view', 'broadcast []->[3,5]', b.broadcast(s, [3, 5]), EXACT);
  // slice
  t.check('view', 'slice x [2:15, 5:62]', b.slice(x, [2, 5], [13, 57]), EXACT);
  t.check('view', 'slice u4 [1,0:3,2:5,3:7]', b.slice(u4, [1, 0, 2, 3], [1, 3, 3, 4]), EXACT);
  t.check('view', 'slice last column', b.slice(x, [0, 62], [17, 1]), EXACT);
  // pad
  t.check('view', 'pad x (1,0)x(2,3)', b.pad(x, [1, 0], [2, 3]), EXACT);
  t.check('view', 'pad t3 (0,2,1)/(1,0,3)', b.pad(t3, [0, 2, 1], [1, 0, 3]), EXACT);
  // concat
  t.check('view', 'concat axis 1 [17,1|63|2]', b.concat([col, x, b.slice(x, [0, 10], [17, 2])], 1), EXACT);
  t.check('view', 'concat axis 0 [1|17|3,63]', b.concat([b.slice(x, [5, 0], [1, 63]), x, b.slice(x, [0, 0], [3, 63])], 0), EXACT);
  t.check('view', 'concat axis 1 rank 3', b.concat([t3, b.broadcast(mid, [3, 4, 5]), t3], 1), EXACT);
  // a chain of views: pad -> slice -> transpose -> *(-1)
  t.check('view', 'pad->slice->transpose->neg', b.unary('neg', b.transpose(b.slice(b.pad(t3, [1, 1, 1], [1, 1, 1]), [0, 1, 0], [4, 18, 7]), [2, 0, 1])), EXACT);
  // gather (embedding lookup) with duplicate ids, from a parameter table; ids computed inline (+1)
  const table = t.param('table', [257, 17], (_, r) => r.uniform(-1, 1));
  const ids = t.input('ids', 'i32', [3, 65], (i, r) => (i < 5 ? [0, 256, 7, 7, 7][i] : r.int(257)));
  const ids2 = t.input('ids2', 'i32', [129], (_, r) => r.int(256));
  t.check('gather', 'gather [257,17] by [3,65] ids', b.gather(table, ids), EXACT);
  t.check('gather', 'gather by ids+1 (inline i32)', b.gather(table, b.addN(ids2, b.const(1, 'i32'))), EXACT);
  t.check('gather', 'gather * 2 + row-broadcast', b.addN(b.scale(b.gather(table, ids), 2), b.reshape(b.slice(table, [3, 0], [1, 17]), [1, 1, 17])), EXACT);
  // im2col: 3x3 stride (2,1) padding 1 (zeros); 2x2 stride 2 no padding (pooling); 3x2 stride (2,3) with -3e38 padding
  const img = t.input('img', 'f32', [2, 9, 11, 3], (_, r) => r.uniform(-2, 2));
  const winA: Window = { kh: 3, kw: 3, sh: 2, sw: 1, padTop: 1, padLeft: 1, padValue: 0 };
  const winB: Window = { kh: 2, kw: 2, sh: 2, sw: 2, padTop: 0, padLeft: 0, padValue: 0 };
  const winC: Window = { kh: 3, kw: 2, sh: 2, sw: 3, padTop: 0, padLeft: 1, padValue: -3.0e38 };
  t.check('im2col', 'im2col 3x3 s(2,1) p1 -> [2,5,11,27]', b.im2col(img, winA, 5, 11), EXACT);
  t.check('im2col', 'im2col 2x2 s2 -> [2,4,5,12]', b.im2col(img, winB, 4, 5), EXACT);
  t.check('im2col', 'im2col 3x2 s(2,3) pad -3e38', b.im2col(img, winC, 5, 4), EXACT);
  t.check('im2col', 'im2col 1x1 s1 single channel', b.im2col(b.slice(img, [0, 0, 0, 1], [2, 9, 11, 1]), { kh: 1, kw: 1, sh: 1, sw: 1, padTop: 0, padLeft: 0, padValue: 0 }, 9, 11), EXACT);
  // col2im (the adjoint): sums overlapping patches
  const colsA = t.input('colsA', 'f32', [2, 5, 11, 27], (_, r) => r.uniform(-1, 1));
  const colsC = t.input('colsC', 'f32', [2, 5, 4, 18], (_, r) => r.uniform(-1, 1));
  const colsD = t.input('colsD', 'f32', [1, 4, 4, 9 * 2], (_, r) => r.uniform(-1, 1));
  const winD: Window = { kh: 3, kw: 3, sh: 2, sw: 2, padTop: 1, padLeft: 1, padValue: 0 };
  t.check('col2im', 'col2im 3x3 s(2,1) p1 -> [2,9,11,3]', b.col2im(colsA, winA, [2, 9, 11, 3]), SUMS, (bb) => bb.col2im(absOf(bb, colsA), winA, [2, 9, 11, 3]));
  t.check('col2im', 'col2im 3x2 s(2,3) p(0,1)', b.col2im(colsC, winC, [2, 9, 11, 3]), SUMS, (bb) => bb.col2im(absOf(bb, colsC), winC, [2, 9, 11, 3]));
  t.check('col2im', 'col2im 3x3 s2 p1 -> [1,7,8,2]', b.col2im(colsD, winD, [1, 7, 8, 2]), SUMS, (bb) => bb.col2im(absOf(bb, colsD), winD, [1, 7, 8, 2]));

  await verify(t, device);
});

// =====================================================================================================================
// Reductions and row groups
// =====================================================================================================================
Kernels('reductions: sum / reduce_max / argmax over last, first, middle and all axes; softmax, log-softmax, LayerNorm rows', async () => {
  if (!device) return;
  const t = new Bench('reductions', 303);
  const { b } = t;
  const x = t.input('x', 'f32', [17, 63], (_, r) => r.uniform(-3, 3));
  const y = t.input('y', 'f32', [17, 63], (_, r) => r.uniform(-3, 3));
  const t3 = t.input('t3', 'f32', [5, 17, 7], (_, r) => r.uniform(-3, 3));
  const long = t.input('long', 'f32', [1, 257], (_, r) => r.uniform(-3, 3));
  const tall = t.input('tall', 'f32', [257, 3], (_, r) => r.uniform(-3, 3));
  const ties = t.input('ties', 'f32', [17, 65], (_, r) => r.int(4)); // many equal maxima: argmax must pick the first
  const logits = t.input('logits', 'f32', [17, 65], (_, r) => r.uniform(-5, 5));
  const wide = t.input('wide', 'f32', [3, 257], (_, r) => r.uniform(-50, 50));

  const sums: [string, number, number[]][] = [
    ['x last', x, [1]],
    ['x first', x, [0]],
    ['x all', x, [0, 1]],
    ['t3 middle', t3, [1]],
    ['t3 first+last', t3, [0, 2]],
    ['t3 last', t3, [2]],
    ['long (one row of 257)', long, [1]],
    ['tall first (257 rows)', tall, [0]],
  ];
  for (const [name, v, axes] of sums) {
    t.check('sum', `sum ${name}`, b.sum(v, axes), SUMS, (bb) => bb.sum(absOf(bb, v), axes));
    t.check('reduce_max', `max ${name}`, b.reduceMax(v, axes), EXACT);
  }
  t.check('sum', 'sum (x*y) last (inlined product)', b.sum(b.mul(x, y), [1]), SUMS, (bb) => bb.sum(absOf(bb, bb.mul(x, y)), [1]));
  t.check('sum', 'sum all of x*s+1 [17,63] -> [1,1]', b.sum(b.addN(b.scale(x, 0.5), b.const(1)), [0, 1]), SUMS, (bb) => bb.sum(absOf(bb, bb.addN(bb.scale(x, 0.5), bb.const(1))), [0, 1]));
  for (const [name, v, axis] of [['x last', x, 1], ['x first', x, 0], ['t3 middle', t3, 1], ['t3 first', t3, 0], ['long', long, 1], ['tall first', tall, 0]] as [string, number, number][])
    t.check('argmax', `argmax ${name}`, b.argmax(v, axis), EXACT);
  t.check('argmax', 'argmax ties last (first wins)', b.argmax(ties, 1), EXACT);
  t.check('argmax', 'argmax ties first (first wins)', b.argmax(ties, 0), EXACT);
  t.check('argmax', 'argmax of x+y (inlined)', b.argmax(b.addN(x, y), 1), EXACT);

  // softmax rows: max, exp(x - max), sum, divide: one row-group kernel
  const softmax = (v: number, axis: number) => {
    const e = b.unary('exp', b.sub(v, b.reduceMax(v, [axis])));
    return b.div(e, b.sum(e, [axis]));
  };
  const logSoftmax = (v: number, axis: number) => {
    const shifted = b.sub(v, b.reduceMax(v, [axis]));
    return b.sub(shifted, b.unary('log', b.sum(b.unary('exp', shifted), [axis])));
  };
  t.check('softmax', 'softmax rows [17,65]', softmax(logits, 1), SOFTMAX);
  t.check('softmax', 'softmax rows |x|≤50 [3,257]', softmax(wide, 1), { mode: 'rel', tol: 1e-5, floor: 1e-30 });
  t.check('softmax', 'softmax one row [1,257]', softmax(long, 1), SOFTMAX);
  t.check('softmax', 'softmax middle axis [5,17,7]', softmax(t3, 1), SOFTMAX);
  t.check('softmax', 'softmax first axis [257,3]', softmax(tall, 0), SOFTMAX);
  // causal mask as attention builds it: where(key <= query, score, -3e38), iota inlined into the row group
  const scores = b.slice(logits, [0, 0], [17, 17]);
  const causal = b.where(b.binary('le', b.iota([17, 17], 1), b.iota([17, 17], 0)), scores, b.const(-3.0e38));
  t.check('softmax', 'causal-masked softmax [17,17]', softmax(causal, 1), SOFTMAX);
  t.check('log-softmax', 'log_softmax rows [17,65]', logSoftmax(logits, 1), ROWS);
  t.check('log-softmax', 'log_softmax |x|≤50 [3,257]', logSoftmax(wide, 1), ROWS);
  // LayerNorm rows: mean, variance, normalise, scale and shift by parameters
  const gamma = t.param('ln.gamma', [65], (_, r) => r.uniform(0.5, 1.5));
  const beta = t.param('ln.beta', [65], (_, r) => r.uniform(-0.5, 0.5));
  const layerNorm = (v: number) => {
    const mean = b.mean(v, [1]);
    const d = b.sub(v, mean);
    const variance = b.mean(b.mul(d, d), [1]);
    return b.addN(b.mul(b.div(d, b.unary('sqrt', b.addN(variance, b.const(1e-5)))), gamma), beta);
  };
  const shiftedLogits = b.addN(logits, b.const(10)); // mean far from 0: cancellation in x - mean
  t.check('layernorm', 'LayerNorm rows [17,65]', layerNorm(shiftedLogits), ROWS);
  t.check('layernorm', 'row variance [17,1]', b.mean(b.mul(b.sub(logits, b.mean(logits, [1])), b.sub(logits, b.mean(logits, [1]))), [1]), TRANSCENDENTAL);

  await verify(t, device);
});

// =====================================================================================================================
// Matmul
// =====================================================================================================================
Kernels('matmul: every transA/transB, batched rank 3, sizes off the 4x4 tile (17x63x65, 1x17x257), epilogues, im2col operand', async () => {
  if (!device) return;
  const t = new Bench('matmul', 404);
  const { b } = t;
  const g = (_: number, r: Rng) => r.uniform(-1, 1);
  const [M, K, N] = [17, 63, 65];
  const a = t.input('a', 'f32', [M, K], g);
  const aT = t.input('aT', 'f32', [K, M], g);
  const bm = t.input('b', 'f32', [K, N], g);
  const bT = t.input('bT', 'f32', [N, K], g);
  const mm = (name: string, p: number, q: number, ta: boolean, tb: boolean) =>
    t.check('matmul', name, b.matmul(p, q, ta, tb), MATMUL, (bb) => bb.matmul(absOf(bb, p), absOf(bb, q), ta, tb));
  mm('17x63x65', a, bm, false, false);
  mm('17x63x65 transA', aT, bm, true, false);
  mm('17x63x65 transB', a, bT, false, true);
  mm('17x63x65 transA transB', aT, bT, true, true);
  // (K is a JIT-time matter on lavapipe: a constant inner loop of 9-24 iterations is unrolled and costs 2-12 s to compile)
  const row1 = t.input('row1', 'f32', [1, 63], g);
  const w257 = t.input('w257', 'f32', [63, 257], g);
  mm('M=1 1x63x257', row1, w257, false, false);
  const w257T = t.input('w257T', 'f32', [257, 63], g);
  mm('M=1 1x63x257 transB', row1, w257T, false, true);
  const tallA = t.input('tallA', 'f32', [65, 129], g);
  const thinB = t.input('thinB', 'f32', [129, 3], g);
  mm('65x129x3', tallA, thinB, false, false);
  const colK1 = t.input('colK1', 'f32', [17, 1], g);
  const rowK1 = t.input('rowK1', 'f32', [1, 65], g);
  mm('K=1 outer product 17x1x65', colK1, rowK1, false, false);
  // batched rank 3
  const ba = t.input('ba', 'f32', [3, 17, 33], g);
  const bb3 = t.input('bb3', 'f32', [3, 33, 65], g);
  const baT = t.input('baT', 'f32', [3, 33, 17], g);
  const bbT = t.input('bbT', 'f32', [3, 65, 33], g);
  mm('batched 3x[17x33x65]', ba, bb3, false, false);
  mm('batched transA transB', baT, bbT, true, true);
  mm('batched transB (attention scores)', ba, t.input('keys', 'f32', [3, 63, 33], g), false, true);
  // an operand that is an inlined view (transpose) rather than a flag
  mm('A = transpose view of aT', b.transpose(aT, [1, 0]), bm, false, false);
  // epilogues: bias + relu (rule 5), residual add
  const bias = t.param('bias', [65], (_, r) => r.uniform(-1, 1));
  const res = t.input('res', 'f32', [M, N], g);
  t.check('matmul+epilogue', 'relu(a·b + bias)', b.unary('relu', b.addN(b.matmul(a, bm), bias)), MATMUL, (bb) => bb.addN(bb.matmul(absOf(bb, a), absOf(bb, bm)), absOf(bb, bias)));
  t.check('matmul+epilogue', 'aT^T·b + residual', b.addN(b.matmul(aT, bm, true, false), res), MATMUL, (bb) => bb.addN(bb.matmul(absOf(bb, aT), absOf(bb, bm), true, false), absOf(bb, res)));
  t.check('matmul+epilogue', 'tanh(batched + bias) epilogue', b.unary('tanh', b.addN(b.matmul(ba, bb3), bias)), MATMUL, (bb) => bb.addN(bb.matmul(absOf(bb, ba), absOf(bb, bb3)), absOf(bb, bias)));
  // convolution: im2col (3x3, stride (2,1), padding 1) read in place as the A operand, bias and relu epilogue
  const img = t.input('img', 'f32', [2, 9, 11, 3], g);
  const win: Window = { kh: 3, kw: 3, sh: 2, sw: 1, padTop: 1, padLeft: 1, padValue: 0 };
  const kernel = t.param('conv.kernel', [27, 8], (_, r) => r.uniform(-0.5, 0.5));
  const convBias = t.param('conv.bias', [8], (_, r) => r.uniform(-0.5, 0.5));
  const patches = b.reshape(b.im2col(img, win, 5, 11), [110, 27]);
  t.check('matmul+epilogue', 'conv: relu(im2col·W + b)', b.unary('relu', b.addN(b.matmul(patches, kernel), convBias)), MATMUL, (bb) =>
    bb.addN(bb.matmul(absOf(bb, bb.reshape(bb.im2col(img, win, 5, 11), [110, 27])), absOf(bb, kernel)), absOf(bb, convBias)));

  await verify(t, device);
});

// =====================================================================================================================
// scatter_add, random, multi-output and horizontally fused kernels
// =====================================================================================================================
Kernels('scatter_add with duplicate ids; Threefry random and dropout vs the CPU; multi-output (rule 7) and horizontal (rule 8) kernels', async () => {
  if (!device) return;
  const t = new Bench('scatter-random-fusion', 505);
  const { b } = t;
  const g = (_: number, r: Rng) => r.uniform(-1, 1);
  // scatter_add: 51 ids into 10 rows (every row repeated; some rows possibly unused), width 65; and 257 ids into 63 rows of width 1
  const ids = t.input('ids', 'i32', [3, 17], (i, r) => (i < 4 ? [9, 9, 0, 9][i] : r.int(10)));
  const upd = t.input('upd', 'f32', [3, 17, 65], g);
  t.check('scatter_add', 'scatter_add [3,17]->[10,65]', b.scatterAdd(ids, upd, 10), SUMS, (bb) => bb.scatterAdd(ids, absOf(bb, upd), 10));
  const ids257 = t.input('ids257', 'i32', [257], (_, r) => r.int(63));
  const upd257 = t.input('upd257', 'f32', [257, 1], g);
  t.check('scatter_add', 'scatter_add [257]->[63,1]', b.scatterAdd(ids257, upd257, 63), SUMS, (bb) => bb.scatterAdd(ids257, absOf(bb, upd257), 63));
  const ids1 = t.input('ids1', 'i32', [1], () => 2);
  const upd1 = t.input('upd1', 'f32', [1, 3], g);
  t.check('scatter_add', 'scatter_add one id -> [5,3]', b.scatterAdd(ids1, upd1, 5), SUMS, (bb) => bb.scatterAdd(ids1, absOf(bb, upd1), 5));

  // random: uniforms from Threefry-2x32 keyed by (seed, stream), counted by (step, index): the same bits on both sides
  const step = t.input('step', 'f32', [], () => 7);
  const bigStep = t.input('bigStep', 'f32', [], () => 123456);
  const r1 = b.random([17, 65], 1234, 99, step);
  t.check('random', 'uniform [17,65] step 7', r1, UNIFORM);
  t.check('random', 'uniform [257,129] step 123456', b.random([257, 129], 5, 0xdeadbeef, bigStep), UNIFORM);
  // more elements than 4096 workgroups × 64 invocations: the grid-stride loop goes round a second time
  t.check('random', 'uniform [65,4097] (grid-stride)', b.random([65, 4097], 9, 1, step), UNIFORM);
  // dropout: keep where rate <= u, scale by 1/(1-rate)
  const rate = 0.25;
  const x = t.input('x', 'f32', [17, 65], g);
  const keep = b.binary('le', b.const(rate), r1);
  t.check('random', 'dropout x·le(rate,u)/(1-rate)', b.mul(b.mul(x, keep), b.const(1 / (1 - rate))), EXACT);
  const mask = b.binary('le', b.const(rate), b.random([3, 129], 77, 3, step));
  t.check('random', 'dropout mask [3,129]', mask, EXACT);

  // rule 7: m' = 0.9 m + 0.1 g and p' = p − lr · m' over one domain become one kernel with two outputs
  const m = t.input('m', 'f32', [17, 65], g);
  const grad = t.input('grad', 'f32', [17, 65], g);
  const p = t.param('p', [17, 65], g);
  const lr = t.input('lr', 'f32', [], () => 0.01);
  const m2 = b.addN(b.scale(m, 0.9), b.scale(grad, 0.1));
  t.check('multi-output', "m' = 0.9m + 0.1g", m2, ELEMENTWISE);
  t.check('multi-output', "p' = p - lr·m'", b.sub(p, b.mul(lr, m2)), ELEMENTWISE);
  // rule 8: the same expression on four parameters of different shapes becomes one kernel over four segments
  const segShapes = [[17, 63], [65, 3], [257], [33, 1]];
  segShapes.forEach((shape, i) => {
    const w = t.param(`seg${i}.w`, shape, g);
    const gw = t.input(`seg${i}.g`, 'f32', shape, g);
    t.check('segments', `seg${i}: w - lr·g·0.5 [${shape}]`, b.sub(w, b.mul(b.mul(lr, gw), b.const(0.5))), ELEMENTWISE);
  });

  const run = await verify(t, device);
  // The fused program really has the kernel kinds this test is about (it documents coverage, not performance).
  const fp = run.backend.fused[0];
  const kinds = new Set(fp.kernels.map((k) => k.kind));
  assert.ok(kinds.has('scatter'), 'no scatter kernel');
  assert.ok(fp.kernels.some((k) => k.segments && k.segments.length >= 4), `no horizontally fused kernel with 4 segments: ${fp.kernels.map((k) => `${k.name}(${k.segments?.length ?? 1})`).join(' ')}`);
  assert.ok(fp.kernels.some((k) => k.kind === 'elementwise' && k.outputs.length >= 2 && !k.segments), 'no multi-output elementwise kernel');
  // uniforms: about 1 - rate of the mask is kept
  const kept = (run.gpu['dropout mask [3,129]'] as Float32Array).reduce((a, v) => a + v, 0) / (3 * 129);
  assert.ok(Math.abs(kept - (1 - rate)) < 0.06, `dropout kept ${kept}, expected about ${1 - rate}`);
});

Kernels('the fusion produced every kernel kind across this file (elementwise, reduce, matmul with epilogue, scatter, row groups)', () => {
  if (!device) return;
  const all = runs.flatMap((r) => r.run.backend.fused[0].kernels.map((k) => ({ k, p: r.run.backend.fused[0].program })));
  const kinds = new Set(all.map(({ k }) => k.kind));
  for (const kind of ['elementwise', 'reduce', 'matmul', 'scatter'] as const) assert.ok(kinds.has(kind), `no ${kind} kernel was tested`);
  assert.ok(all.some(({ k, p }) => k.kind === 'matmul' && k.members.some((m) => p.nodes[m].op === 'relu')), 'no matmul kernel with a fused relu epilogue');
  assert.ok(all.some(({ k, p }) => k.kind === 'reduce' && k.members.some((m) => p.nodes[m].op === 'exp') && k.members.some((m) => p.nodes[m].op === 'div')), 'no softmax row-group kernel');
  const sideTasks = all.filter(({ k }) => (k as { sideTasks?: unknown[] }).sideTasks?.length).length;
  console.log(`  kernel kinds tested: ${[...kinds].join(', ')}; kernels carrying single-invocation side tasks: ${sideTasks}`);
});

Kernels.run();
