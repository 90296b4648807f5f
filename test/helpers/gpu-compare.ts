// Takes IR programs (hand-built or compiled from specs), GPU outputs and CPU reference values; gives what the GPU
// comparison tests share: seeded data, running a predict-only module on both backends, error measures with the worst
// entry named, the L2 comparison of whole tensors, and a counter of queue submissions.
import { mkdirSync, writeFileSync } from 'node:fs';
import type { DType, Module, Program } from '../../core/ir.js';
import { emitModule, type Backend } from '../../compiler/emit/emit.js';
import { execute } from '../../runtime/cpu/execute.js';
import type { Tensor } from '../../runtime/cpu/tensor.js';
import { GpuSession, type Feeds as GpuFeeds } from '../../runtime/gpu/session.js';
import type { Manifest } from '../../core/artifact.js';
import { weightFeed } from '../../core/interface.js';
import { Rng } from './finite-difference.js';

export { Rng };

/** Number of elements of a shape. */
export function numel(shape: number[]): number {
  return shape.reduce((a, b) => a * b, 1);
}

/** A host tensor in f32 (or i32), as both backends take it. */
export function hostTensor(dtype: DType, shape: number[], values: ArrayLike<number>): Tensor {
  const data = dtype === 'i32' ? Int32Array.from(values) : Float32Array.from(values);
  if (data.length !== numel(shape)) throw new Error(`tensor of shape [${shape}] needs ${numel(shape)} values, got ${data.length}`);
  return { dtype, shape, data };
}

/**
 * One batch of seeded feeds for a program of a manifest, as the CPU session takes them and as the GPU session does:
 * `weights` for the per-sample weight feed, class ids below `classes` for i32 inputs, `float()` for the rest.
 */
export function programFeeds(manifest: Manifest, program: Program['name'], rng: Rng, o: { weights: (n: number) => Float32Array; classes: number; float: () => number }): { cpu: Record<string, Tensor>; gpu: GpuFeeds } {
  const p = manifest.programs.find((q) => q.name === program)!;
  const cpu: Record<string, Tensor> = {};
  for (const i of p.inputs) {
    const n = numel(i.shape);
    const data = i.name === weightFeed ? o.weights(n) : i.dtype === 'i32' ? Int32Array.from({ length: n }, () => rng.int(o.classes)) : Float32Array.from({ length: n }, o.float);
    cpu[i.name] = { dtype: i.dtype, shape: i.shape, data };
  }
  return { cpu, gpu: Object.fromEntries(Object.entries(cpu).map(([k, t]) => [k, t.data as Float32Array | Int32Array])) };
}

/** Fills `n` values from a generator function of the index. */
export function fill(n: number, f: (i: number) => number): number[] {
  return Array.from({ length: n }, (_, i) => f(i));
}

// ---------------------------------------------------------------------------------------------------------------------
// Error measures
// ---------------------------------------------------------------------------------------------------------------------

/**
 * How a GPU value is compared with the CPU reference, per element:
 *  - `rel`: |gpu − cpu| ≤ tol · max(|cpu|, floor)            (floor defaults to the smallest normal f32)
 *  - `abs`: |gpu − cpu| ≤ tol
 *  - `scaled`: |gpu − cpu| ≤ tol · scale[i], where scale is a CPU-only tensor of the same shape, e.g. Σ|a·b| for a
 *    matmul entry or Σ|x| for a sum: the size rounding can reach in a sum of many terms, whatever the cancellation.
 *  - `exact`: bit-for-bit equal (i32 results, views that only move data).
 */
export type Tolerance = { mode: 'rel'; tol: number; floor?: number } | { mode: 'abs'; tol: number } | { mode: 'scaled'; tol: number } | { mode: 'exact' };

/** The outcome of comparing one tensor: the worst entry (as a fraction of its allowance) and the raw error there. */
export interface Comparison {
  /** Largest |gpu − cpu| / allowed over all entries (≤ 1 passes; 0 for identical tensors). */
  ratio: number;
  /** The error in the tolerance's own unit at the worst entry (relative, absolute or scaled). */
  error: number;
  index: number;
  gpu: number;
  cpu: number;
  /** Entries that are NaN on one side and not on the other, or differ in an exact comparison. */
  mismatches: number;
  n: number;
}

const F32_MIN_NORMAL = 1.1754943508222875e-38;

/** Compares a GPU result with the CPU reference entry by entry under a tolerance. */
export function compare(gpu: ArrayLike<number>, cpu: ArrayLike<number>, t: Tolerance, scale?: ArrayLike<number>): Comparison {
  if (gpu.length !== cpu.length) throw new Error(`length mismatch: gpu ${gpu.length}, cpu ${cpu.length}`);
  const out: Comparison = { ratio: 0, error: 0, index: -1, gpu: NaN, cpu: NaN, mismatches: 0, n: cpu.length };
  for (let i = 0; i < cpu.length; i++) {
    const g = gpu[i];
    const c = cpu[i];
    let error: number;
    let ratio: number;
    if (Number.isNaN(g) || Number.isNaN(c)) {
      if (Number.isNaN(g) && Number.isNaN(c)) continue;
      out.mismatches++;
      error = Infinity;
      ratio = Infinity;
    } else if (g === c) {
      continue; // also equal infinities
    } else if (t.mode === 'exact') {
      out.mismatches++;
      error = Math.abs(g - c);
      ratio = Infinity;
    } else {
      const diff = Math.abs(g - c);
      if (t.mode === 'abs') error = diff;
      else if (t.mode === 'rel') error = diff / Math.max(Math.abs(c), t.floor ?? F32_MIN_NORMAL);
      else {
        if (!scale) throw new Error('a scaled comparison needs a scale tensor');
        error = diff / Math.max(Math.abs(scale[i]), F32_MIN_NORMAL);
      }
      ratio = error / t.tol;
    }
    if (ratio > out.ratio || out.index < 0) Object.assign(out, { ratio, error, index: i, gpu: g, cpu: c });
  }
  return out;
}

/** The multi-index of a flat index in a shape, e.g. `[3,0,12]`. */
export function indexOf(flat: number, shape: number[]): string {
  const idx: number[] = [];
  for (let d = shape.length - 1; d >= 0; d--) {
    idx.unshift(flat % shape[d]);
    flat = Math.floor(flat / shape[d]);
  }
  return `[${idx.join(',')}]`;
}

/** A one-line account of a comparison: worst error, where, and the two values there. */
export function describeComparison(c: Comparison, shape: number[]): string {
  if (c.index < 0) return 'identical';
  const mism = c.mismatches ? `, ${c.mismatches} mismatches` : '';
  return `worst ${c.error.toExponential(2)} at ${indexOf(c.index, shape)} (gpu ${c.gpu}, cpu ${c.cpu})${mism}`;
}

/** ‖gpu − cpu‖₂ / ‖cpu‖₂ (and the two norms), in float64. */
export function l2Relative(gpu: ArrayLike<number>, cpu: ArrayLike<number>): { rel: number; diff: number; norm: number } {
  let d = 0;
  let n = 0;
  for (let i = 0; i < cpu.length; i++) {
    const e = gpu[i] - cpu[i];
    d += e * e;
    n += cpu[i] * cpu[i];
  }
  const diff = Math.sqrt(d);
  const norm = Math.sqrt(n);
  return { rel: norm > 0 ? diff / norm : diff === 0 ? 0 : Infinity, diff, norm };
}

/** max |x[i]| */
export function maxAbs(x: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < x.length; i++) m = Math.max(m, Math.abs(x[i]));
  return m;
}

// ---------------------------------------------------------------------------------------------------------------------
// Running hand-built predict programs on both backends
// ---------------------------------------------------------------------------------------------------------------------

/** What the two backends gave for a predict-only module, with timings (ms). */
export interface DualRun {
  backend: Backend;
  gpu: Record<string, Float32Array | Int32Array>;
  cpu: Record<string, Tensor>;
  kernels: number;
  distinctShaders: number;
  /** emit + GpuSession.create (pipeline creation), the first run (includes lavapipe's lazy shader JIT), the CPU run. */
  ms: { emit: number; create: number; run: number; cpu: number };
}

/**
 * Runs a hand-built predict program on the GPU and on the CPU reference executor.
 * `gpuProgram` is what the GPU runs; `cpuProgram` (by default the same) may carry extra CPU-only outputs after the
 * GPU's nodes, e.g. the Σ|terms| scales of the tolerances. Parameters get their values through writeParams.
 */
export async function runBoth(
  device: GPUDevice,
  module: Module,
  feeds: { inputs: Record<string, Tensor>; params: Record<string, Tensor> },
  cpuProgram?: Program,
): Promise<DualRun> {
  const t0 = performance.now();
  const backend = emitModule(module, { text: `// hand-built module ${module.model}` });
  dumpShaders(backend, module.model);
  const t1 = performance.now();
  const session = await GpuSession.create(device, backend.artifact);
  const t2 = performance.now();
  try {
    session.writeParams(Object.fromEntries(Object.entries(feeds.params).map(([k, t]) => [k, t.data as Float32Array])));
    const gpuFeeds: GpuFeeds = Object.fromEntries(Object.entries(feeds.inputs).map(([k, t]) => [k, t.data as Float32Array | Int32Array]));
    const gpu = await session.run('predict', gpuFeeds);
    const t3 = performance.now();
    const program = cpuProgram ?? module.programs[0];
    const cpu = execute(program, { inputs: feeds.inputs, params: feeds.params, state: {} }).outputs;
    const t4 = performance.now();
    const manifest = backend.artifact.manifest.programs[0];
    return {
      backend,
      gpu,
      cpu,
      kernels: manifest.kernels.length,
      distinctShaders: new Set(manifest.kernels.map((k) => backend.artifact.shaders[k.shader])).size,
      ms: { emit: t1 - t0, create: t2 - t1, run: t3 - t2, cpu: t4 - t3 },
    };
  } finally {
    session.destroy();
  }
}

/** With MDLC_DUMP_WGSL=<folder>, writes every shader of an artifact there (to time or read kernels one by one). */
export function dumpShaders(backend: Backend, prefix: string): void {
  const dir = process.env.MDLC_DUMP_WGSL;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  for (const [file, code] of Object.entries(backend.artifact.shaders)) writeFileSync(`${dir}/${prefix}.${file}`, code);
}

// ---------------------------------------------------------------------------------------------------------------------
// Submissions
// ---------------------------------------------------------------------------------------------------------------------

/** Counts `device.queue.submit` calls while installed; `restore()` puts the original method back. */
export function countSubmits(device: GPUDevice): { readonly count: number; reset(): void; restore(): void } {
  const queue = device.queue;
  const original = queue.submit;
  let count = 0;
  const counting = function (this: GPUQueue, buffers: Iterable<GPUCommandBuffer>) {
    count++;
    return original.call(this, buffers);
  };
  Object.defineProperty(queue, 'submit', { value: counting, configurable: true, writable: true });
  return {
    get count() {
      return count;
    },
    reset() {
      count = 0;
    },
    restore() {
      // Remove the own property so the prototype's method shows through again (or restore an own original).
      if (Object.prototype.hasOwnProperty.call(queue, 'submit')) delete (queue as unknown as Record<string, unknown>).submit;
      if (queue.submit !== original) Object.defineProperty(queue, 'submit', { value: original, configurable: true, writable: true });
    },
  };
}

/** Seconds with one decimal, for reports. */
export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
