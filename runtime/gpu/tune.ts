// An artifact's kernel variants + a device -> the fastest variant of each kernel shape (GPU timestamps where the device
// has them, interleaved rounds, medians), kept only if the whole step gets faster, and where the choices are
// remembered between runs (a store the host installs: a file in Node, IndexedDB in a browser: choice-store.ts).
import { variantRunsOn, type Artifact, type KernelVariant, type ManifestKernel } from '../../core/artifact.js';
import type { AdapterInfo } from '../device.js';
import { checkWholeStep, type StepCheck, type StepCheckOptions } from './step-check.js';
import { hasTimestamps, median, PassTimer } from './timing.js';

/** How long tuning may take in all; shapes left when it runs out keep their default and are timed next time. */
export const defaultTuneBudgetMs = 5000;

/** A variant replaces the default only when it is faster by more than this fraction: less is timing noise. */
export const minGain = 0.05;

/** Share of the budget for timing shapes; the rest is the whole-step check's (which times at least 4 steps of each form). */
const shapeShare = 0.6;

/** A timed sample should last about this long on the GPU, so the clock's grain and one dispatch's overhead vanish. */
const sampleMs = 2;

/** Interleaved rounds per shape (a variant's time is its median over them). */
const rounds = 5;

/** Options of `tuneKernels`. */
export interface TuneOptions {
  budgetMs?: number;
  /** Choices already known for this device (a store's): those shapes are not timed again. */
  known?: Readonly<Record<string, string>>;
  /** Called before each shape is timed (`done` of `total`), e.g. for a progress line. */
  onProgress?(info: { done: number; total: number; key: string }): void;
  /** Called before the whole-step check, with the program it times. */
  onCheck?(program: string): void;
  /** The whole-step check's options (`minGain`: 1 always drops new choices, -Infinity always keeps them); false: no check. */
  stepCheck?: Pick<StepCheckOptions, 'minGain'> | false;
}

/** What tuning found for one kernel shape. */
export interface ShapeTiming {
  key: string;
  /** A kernel of this shape, e.g. `train_step dense_1_matmul`. */
  kernel: string;
  /** Median milliseconds per dispatch of each variant, by label (empty when the choice was known already). */
  ms: Record<string, number>;
  chosen: string;
  /** 'measured' now, 'known' from the store, or 'skipped' when the budget ran out first. */
  how: 'measured' | 'known' | 'skipped';
}

/** The choices by kernel key, and how each was found. */
export interface TuneResult {
  choices: Record<string, string>;
  shapes: ShapeTiming[];
  elapsedMs: number;
  /** How each dispatch was timed: GPU timestamps (`timestamp-query`), or wall clock where the device has none. */
  clock: 'gpu' | 'wall';
  /**
   * The whole-step check of the new choices against the remembered ones (absent when no shape left its default): when
   * not kept, every shape measured now was set back to its default, and that is what is remembered.
   */
  step?: StepCheck;
}

/** Where a host keeps each device's choices between runs; a browser's IndexedDB answers later, so both may be async. */
export interface KernelChoiceStore {
  load(device: string): Record<string, string> | Promise<Record<string, string>>;
  /** Merges `choices` into what is remembered for the device. */
  save(device: string, choices: Record<string, string>): void | Promise<void>;
}

let store: KernelChoiceStore | undefined;

/** Installs the store `Model.create` reads choices from and `tuneModel` writes them to (Node: a JSON file in the cache folder). */
export function setKernelChoiceStore(s: KernelChoiceStore | undefined): void {
  store = s;
}

/** The installed store, if any. */
export function kernelChoiceStore(): KernelChoiceStore | undefined {
  return store;
}

/** Names a device for the store: backend, vendor, architecture and description (which carries the driver). */
export function deviceKey(info: AdapterInfo): string {
  return [info.backend, info.vendor, info.architecture, info.description].join(' | ');
}

const now = () => performance.now();

/** One kernel of each shape that has variants, largest work first (the ones most worth the budget). */
function shapesOf(artifact: Artifact): { key: string; program: string; kernel: ManifestKernel }[] {
  const seen = new Map<string, { key: string; program: string; kernel: ManifestKernel }>();
  for (const p of artifact.manifest.programs)
    for (const k of p.kernels) if (k.key !== undefined && k.variants && !seen.has(k.key)) seen.set(k.key, { key: k.key, program: p.name, kernel: k });
  // Matmuls first (their tiles change speed most), then the rest; within each, the largest dispatch first.
  const rank = (k: ManifestKernel) => (k.kind === 'matmul' ? 0 : 1);
  return [...seen.values()].sort((a, b) => rank(a.kernel) - rank(b.kernel) || b.kernel.workgroups - a.kernel.workgroups);
}

/** Scratch arenas of the artifact's sizes; parameters and state hold small non-zero values, as a model's would. */
function scratchArenas(device: GPUDevice, artifact: Artifact): Record<string, GPUBuffer> {
  const m = artifact.manifest;
  const max = (f: (e: { data: number; work: number }) => number) => Math.max(4, ...m.programs.map((p) => f(p.elements)));
  const sizes = { params: m.elements.params, state: m.elements.state, data: max((e) => e.data), work: max((e) => e.work) };
  const usage = GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_DST;
  const buffers: Record<string, GPUBuffer> = {};
  for (const [arena, n] of Object.entries(sizes)) {
    buffers[arena] = device.createBuffer({ label: `mdlc tuning ${arena}`, size: Math.max(16, n * 4), usage });
    if (arena === 'params' || arena === 'state') device.queue.writeBuffer(buffers[arena], 0, Float32Array.from({ length: n }, (_, i) => 0.01 * ((i % 7) - 3)));
  }
  return buffers;
}

/**
 * Times every variant of each kernel shape of an artifact on a device, picks the fastest, and keeps the new choices only
 * if the whole step (train_step, else predict) then runs faster than with the remembered ones. Kernels run on scratch
 * arenas of the artifact's sizes, never on a model's buffers, so tuning changes no weights.
 */
export async function tuneKernels(device: GPUDevice, artifact: Artifact, options: TuneOptions = {}): Promise<TuneResult> {
  const t0 = now();
  const budget = options.budgetMs ?? defaultTuneBudgetMs;
  const buffers = scratchArenas(device, artifact);
  const timer = hasTimestamps(device) ? new PassTimer(device, 1) : undefined;
  const choices: Record<string, string> = {};
  const shapes: ShapeTiming[] = [];
  const all = shapesOf(artifact);
  try {
    for (const [done, { key, program, kernel }] of all.entries()) {
      const variants = kernel.variants!.filter((v) => variantRunsOn(v, device));
      const name = `${program} ${kernel.name}`;
      const known = options.known?.[key];
      if (known !== undefined && variants.some((v) => v.label === known)) {
        choices[key] = known;
        shapes.push({ key, kernel: name, ms: {}, chosen: known, how: 'known' });
        continue;
      }
      if (shapes.some((x) => x.how === 'measured') && now() - t0 > budget * shapeShare) {
        shapes.push({ key, kernel: name, ms: {}, chosen: variants[0].label, how: 'skipped' });
        continue;
      }
      options.onProgress?.({ done, total: all.length, key });
      const prepare = async (v: KernelVariant) => {
        const module = device.createShaderModule({ label: `${kernel.name} ${v.label}`, code: artifact.shaders[v.shader] });
        const pipeline = await device.createComputePipelineAsync({ label: `${kernel.name} ${v.label}`, layout: 'auto', compute: { module, entryPoint: 'main' } });
        const bindGroup = device.createBindGroup({ layout: pipeline.getBindGroupLayout(0), entries: kernel.bindings.map((b) => ({ binding: b.binding, resource: { buffer: buffers[b.arena] } })) });
        return { v, pipeline, bindGroup, reps: 1 };
      };
      // ms per dispatch of `reps` dispatches in one pass: the pass's GPU time where there are timestamps, else the submit's wall time.
      const run = async (x: Awaited<ReturnType<typeof prepare>>, reps: number) => {
        const enc = device.createCommandEncoder();
        const pass = enc.beginComputePass(timer?.pass());
        pass.setPipeline(x.pipeline);
        pass.setBindGroup(0, x.bindGroup);
        for (let i = 0; i < reps; i++) pass.dispatchWorkgroups(x.v.workgroups);
        pass.end();
        timer?.resolve(enc);
        const start = now();
        device.queue.submit([enc.finish()]);
        await device.queue.onSubmittedWorkDone();
        const wall = now() - start;
        if (!timer) return wall / reps;
        const [t] = await timer.read();
        return (t.end - t.begin) / reps;
      };
      // One variant at a time, so the budget holds within a shape too (a driver may compile a pipeline at its first
      // dispatch, which on a CPU device costs a second or more); the first use is compilation, not speed. The second
      // sizes the samples: enough dispatches per pass that one sample lasts about `sampleMs`.
      const prepared: Awaited<ReturnType<typeof prepare>>[] = [];
      for (const v of variants) {
        if (prepared.length >= 2 && now() - t0 > budget * shapeShare) break;
        const x = await prepare(v);
        await run(x, 1);
        x.reps = Math.max(2, Math.min(16, Math.ceil(sampleMs / Math.max(1e-3, await run(x, 1)))));
        prepared.push(x);
      }
      // Interleaved rounds, each starting at another variant, and the median of each: a slow moment of the machine
      // then falls on every variant alike, and one lucky sample decides nothing.
      const samples = new Map<string, number[]>(prepared.map((x) => [x.v.label, []]));
      for (let round = 0; round < rounds; round++) {
        for (let i = 0; i < prepared.length; i++) {
          const x = prepared[(i + round) % prepared.length];
          samples.get(x.v.label)!.push(await run(x, x.reps));
        }
        if (round >= 2 && now() - t0 > budget * shapeShare) break;
      }
      const ms = Object.fromEntries([...samples].map(([label, xs]) => [label, median(xs)]));
      const base = ms[variants[0].label];
      let best = variants[0].label;
      for (const v of variants) if (ms[v.label] !== undefined && ms[v.label] < ms[best]) best = v.label;
      const chosen = ms[best] < base * (1 - minGain) ? best : variants[0].label;
      choices[key] = chosen;
      shapes.push({ key, kernel: name, ms, chosen, how: 'measured' });
    }
  } finally {
    for (const b of Object.values(buffers)) b.destroy();
    timer?.destroy();
  }
  const step = await wholeStep(device, artifact, options, choices, shapes, budget - (now() - t0));
  return { choices, shapes, elapsedMs: now() - t0, clock: timer ? 'gpu' : 'wall', ...(step ? { step } : {}) };
}

/** The whole-step check of the shapes measured now; when it fails they are set back to their defaults (in place). */
async function wholeStep(device: GPUDevice, artifact: Artifact, options: TuneOptions, choices: Record<string, string>, shapes: ShapeTiming[], leftMs: number): Promise<StepCheck | undefined> {
  const defaults = new Map(shapesOf(artifact).map((s) => [s.key, s.kernel.variants![0].label]));
  const changed = shapes.filter((s) => s.how === 'measured' && s.chosen !== defaults.get(s.key));
  if (options.stepCheck === false || !changed.length) return undefined;
  // The baseline is what ran before: the remembered choices, every other shape in its default form.
  const baseline = Object.fromEntries(shapes.filter((s) => s.how === 'known').map((s) => [s.key, s.chosen]));
  options.onCheck?.(artifact.manifest.programs.some((p) => p.name === 'train_step') ? 'train_step' : 'predict');
  const step = await checkWholeStep(device, artifact, choices, baseline, { ...options.stepCheck, budgetMs: Math.max(300, leftMs) });
  if (!step.kept)
    for (const s of changed) {
      s.chosen = defaults.get(s.key)!;
      choices[s.key] = s.chosen;
    }
  return step;
}
