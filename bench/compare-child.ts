// One engine of the side-by-side benchmark, in a process of its own (a Dawn backend and a TF.js backend are chosen
// once per process): runs each workload's warm-up and timed steps and prints one JSON line of results.
// Run by bench/compare.ts: node dist/bench/compare-child.js <mdlc|tfjs-webgpu|tfjs-wasm> '<options JSON>'.
import * as tf from '@tensorflow/tfjs';
import { globals } from 'webgpu';
import { weightFeed } from '../core/interface.js';
import { Model } from '../runtime/model.js';
import { installNodeHost } from '../node/host.js';
import { requestDevice } from '../runtime/device.js';
import { tuneKernels } from '../runtime/gpu/tune.js';
import { cnn, mlp, textClassifier } from './peer-models.js';
import { installNavigatorGpu, registerConv2dFilterGradient } from './tfjs-backends.js';
import { median } from './stats.js';
import { prepare, type Prepared, type WorkloadName } from './workloads.js';

/** What the parent asks of a child. */
export interface ChildOptions {
  workloads: WorkloadName[];
  warmup: number;
  steps: number;
  reps: number;
  /** Only the first step of each workload (the cold-cache run). */
  firstOnly?: boolean;
  /** mdlc: time the kernel variants first (tuneKernels, this budget in ms) and run the fastest. */
  tuneMs?: number;
}

/** What a child reports per workload. */
export interface WorkloadResult {
  /** Median ms per step of each repetition. */
  reps: number[];
  /** Compile (or model setup), pipelines and the first step, from nothing. */
  firstStepMs: number;
  /** Losses of the first and the last timed step (train workloads). */
  losses?: [number, number];
  dispatches?: number;
  submits?: number;
  gpuBytes?: number;
  flops: number;
  /** With tuneMs: how long tuning took, and what it chose. */
  tuneMs?: number;
  choices?: Record<string, string>;
  error?: string;
}

const [engine, optionsJson] = process.argv.slice(2);
const options = JSON.parse(optionsJson ?? '{}') as ChildOptions;

// Dispatches and submits, counted on the webgpu package's classes before any device exists.
let dispatches = 0;
let submits = 0;
const classes = globals as unknown as Record<'GPUComputePassEncoder' | 'GPUQueue', { prototype: object }>;
const passProto = classes.GPUComputePassEncoder.prototype as { dispatchWorkgroups(...a: number[]): void };
const dispatch = passProto.dispatchWorkgroups;
passProto.dispatchWorkgroups = function (this: unknown, ...a: number[]) {
  dispatches++;
  return dispatch.apply(this, a);
};
const queueProto = classes.GPUQueue.prototype as { submit(b: unknown[]): void };
const submit = queueProto.submit;
queueProto.submit = function (this: unknown, b: unknown[]) {
  submits++;
  return submit.call(this, b);
};

const isTrain = (w: WorkloadName) => w.endsWith('-train');
const program = (w: WorkloadName) => (isTrain(w) ? 'train_step' : 'predict');

/** Runs `step` warm-up times, then `reps` × `steps` timed times; the counts are of one timed step. */
async function timeSteps(p: Prepared, step: (i: number) => Promise<number | undefined>): Promise<Pick<WorkloadResult, 'reps' | 'losses' | 'dispatches' | 'submits'>> {
  const at = (i: number) => i % p.feeds.length;
  let i = 1;
  for (; i < 1 + options.warmup; i++) await step(at(i));
  const reps: number[] = [];
  const losses: number[] = [];
  let counted: { dispatches: number; submits: number } | undefined;
  for (let r = 0; r < options.reps; r++) {
    const ms: number[] = [];
    for (let s = 0; s < options.steps; s++, i++) {
      const [d0, s0] = [dispatches, submits];
      const t0 = performance.now();
      const loss = await step(at(i));
      ms.push(performance.now() - t0);
      counted ??= { dispatches: dispatches - d0, submits: submits - s0 };
      if (loss !== undefined) losses.push(loss);
    }
    reps.push(median(ms));
  }
  return { reps, ...(losses.length ? { losses: [losses[0], losses[losses.length - 1]] as [number, number] } : {}), ...counted };
}

async function runMdlc(w: WorkloadName): Promise<WorkloadResult> {
  const p = prepare(w, 1 + options.warmup + options.steps * options.reps);
  let kernelChoices: Record<string, string> | false = false;
  let tuneMs: number | undefined;
  if (options.tuneMs !== undefined) {
    const t = performance.now();
    const handle = await requestDevice();
    try {
      kernelChoices = (await tuneKernels(handle.device, p.variants, { budgetMs: options.tuneMs })).choices;
    } finally {
      handle.release();
    }
    tuneMs = performance.now() - t;
  }
  const t0 = performance.now();
  const model = await Model.create(options.tuneMs === undefined ? p.artifact : p.variants, { backend: 'webgpu', kernelChoices });
  try {
    model.setWeights(p.weights);
    const inputs = new Set(p.artifact.manifest.programs.find((q) => q.name === program(w))!.inputs.map((x) => x.name));
    const feedsOf = (i: number) => {
      const f: Record<string, Float32Array | Int32Array> = { ...p.feeds[i], [weightFeed]: new Float32Array(p.artifact.manifest.batchSize).fill(1) };
      return Object.fromEntries(Object.entries(f).filter(([k]) => inputs.has(k)));
    };
    const step = async (i: number) => {
      const out = await model.engine.run(program(w), feedsOf(i), true);
      return isTrain(w) ? out.loss[0] : undefined;
    };
    await step(0);
    const firstStepMs = performance.now() - t0;
    const m = p.artifact.manifest;
    const gpuBytes = 4 * (m.elements.params + m.elements.state + Math.max(...m.programs.map((q) => q.elements.data)) + Math.max(...m.programs.map((q) => q.elements.work)));
    if (options.firstOnly) return { reps: [], firstStepMs, flops: p.flops[isTrain(w) ? 'train' : 'predict'] };
    return { ...(await timeSteps(p, step)), firstStepMs, gpuBytes, flops: p.flops[isTrain(w) ? 'train' : 'predict'], ...(tuneMs === undefined ? {} : { tuneMs, choices: kernelChoices || {} }) };
  } finally {
    model.dispose();
  }
}

async function runTfjs(w: WorkloadName): Promise<WorkloadResult> {
  const p = prepare(w, 1 + options.warmup + options.steps * options.reps);
  const t0 = performance.now();
  const v = Object.fromEntries(Object.entries(p.weights).map(([k, x]) => [k, tf.variable(tf.tensor(x, p.artifact.manifest.params.find((q) => q.path === k)!.shape), true, k)]));
  // The spec's optimizer: Adam with Keras' defaults (mdlc's too), lr 1e-3.
  const opt = tf.train.adam(1e-3, 0.9, 0.999, 1e-7);
  const B = p.artifact.manifest.batchSize;
  // Inputs become tensors outside the function minimize differentiates (gatherRows' gradient reads the ids).
  const tensorsOf = (i: number): Record<string, tf.Tensor> => {
    const f = p.feeds[i];
    if (w.startsWith('mlp') || w.startsWith('cnn')) return { x: tf.tensor2d(f.image as Float32Array, [B, 784]), y: tf.oneHot(tf.tensor1d(f.label as Int32Array, 'int32'), 10) };
    if (w.startsWith('tc')) return { x: tf.tensor2d(f.tokens as Int32Array, [B, 64], 'int32'), y: tf.tensor2d(f.label as Float32Array, [B, 1]) };
    return { x: tf.tensor2d(f.x as Float32Array, [B, 1024]) };
  };
  const forward = (t: Record<string, tf.Tensor>): tf.Tensor => {
    if (w.startsWith('mlp')) return mlp(v, t.x);
    if (w.startsWith('cnn')) return cnn(v, t.x);
    if (w.startsWith('tc')) return textClassifier(v, t.x as tf.Tensor2D, 2);
    return tf.matMul(t.x as tf.Tensor2D, v['y.kernel'] as tf.Tensor2D);
  };
  const lossOf = (t: Record<string, tf.Tensor>): tf.Scalar =>
    (w.startsWith('mlp') || w.startsWith('cnn') ? tf.losses.softmaxCrossEntropy(t.y, forward(t)) : tf.losses.sigmoidCrossEntropy(t.y, forward(t))) as tf.Scalar;
  const step = async (i: number): Promise<number | undefined> => {
    const t = tensorsOf(i);
    try {
      if (isTrain(w)) {
        const loss = opt.minimize(() => lossOf(t), true)!;
        const value = (await loss.data())[0];
        loss.dispose();
        return value;
      }
      const y = tf.tidy(() => forward(t));
      await y.data();
      y.dispose();
      return undefined;
    } finally {
      tf.dispose(Object.values(t));
    }
  };
  await step(0);
  const firstStepMs = performance.now() - t0;
  const flops = p.flops[isTrain(w) ? 'train' : 'predict'];
  try {
    if (options.firstOnly) return { reps: [], firstStepMs, flops };
    const timed = await timeSteps(p, step);
    const mem = tf.memory() as tf.MemoryInfo & { numBytesInGPU?: number };
    return { ...timed, firstStepMs, flops, gpuBytes: mem.numBytesInGPU ?? mem.numBytes };
  } finally {
    opt.dispose();
    tf.dispose(Object.values(v));
  }
}

async function main(): Promise<void> {
  let run: (w: WorkloadName) => Promise<WorkloadResult>;
  if (engine === 'mdlc') {
    installNodeHost();
    run = runMdlc;
  } else if (engine === 'tfjs-webgpu' || engine === 'tfjs-wasm') {
    tf.enableProdMode();
    if (engine === 'tfjs-webgpu') {
      installNavigatorGpu();
      await import('@tensorflow/tfjs-backend-webgpu');
    } else await import('@tensorflow/tfjs-backend-wasm');
    if (!(await tf.setBackend(engine === 'tfjs-webgpu' ? 'webgpu' : 'wasm'))) throw new Error(`tfjs backend ${engine} did not start`);
    await tf.ready();
    if (engine === 'tfjs-wasm') registerConv2dFilterGradient();
    run = runTfjs;
  } else throw new Error(`unknown engine ${engine}`);
  const results: Partial<Record<WorkloadName, WorkloadResult>> = {};
  for (const w of options.workloads) {
    try {
      results[w] = await run(w);
    } catch (e) {
      if (process.env.MDLC_BENCH_DEBUG) console.error(e);
      results[w] = { reps: [], firstStepMs: NaN, flops: 0, error: e instanceof Error ? e.message.split('\n')[0] : String(e) };
    }
  }
  process.stdout.write('MDLC-BENCH ' + JSON.stringify(results) + '\n');
  process.exit(0);
}

await main();
