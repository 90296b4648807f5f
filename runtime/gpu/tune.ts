// An artifact's kernel variants + a device -> the fastest variant of each kernel shape, timed on scratch buffers,
// and where the choices are remembered between runs (a store the host installs: a file in Node).
import { variantRunsOn, type Artifact, type KernelVariant, type ManifestKernel } from '../../core/artifact.js';
import type { AdapterInfo } from '../device.js';

/** How long tuning may take in all; shapes left when it runs out keep their default and are timed next time. */
export const defaultTuneBudgetMs = 5000;

/** A variant replaces the default only when it is faster by more than this fraction: less is timing noise. */
export const minGain = 0.05;

/** Options of `tuneKernels`. */
export interface TuneOptions {
  budgetMs?: number;
  /** Choices already known for this device (a store's): those shapes are not timed again. */
  known?: Readonly<Record<string, string>>;
  /** Called before each shape is timed (`done` of `total`), e.g. for a progress line. */
  onProgress?(info: { done: number; total: number; key: string }): void;
}

/** What tuning found for one kernel shape. */
export interface ShapeTiming {
  key: string;
  /** A kernel of this shape, e.g. `train_step dense_1_matmul`. */
  kernel: string;
  /** Milliseconds per dispatch of each variant, by label (empty when the choice was known already). */
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
}

/** Where a host keeps each device's choices between runs. */
export interface KernelChoiceStore {
  load(device: string): Record<string, string>;
  save(device: string, choices: Record<string, string>): void;
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

/**
 * Times every variant of each kernel shape of an artifact on a device and picks the fastest. Kernels run on scratch
 * arenas of the artifact's sizes (zeros), never on a model's buffers, so tuning changes no weights.
 */
export async function tuneKernels(device: GPUDevice, artifact: Artifact, options: TuneOptions = {}): Promise<TuneResult> {
  const t0 = now();
  const budget = options.budgetMs ?? defaultTuneBudgetMs;
  const m = artifact.manifest;
  const max = (f: (e: { data: number; work: number }) => number) => Math.max(4, ...m.programs.map((p) => f(p.elements)));
  const sizes = { params: m.elements.params, state: m.elements.state, data: max((e) => e.data), work: max((e) => e.work) };
  const usage = GPUBufferUsage.STORAGE;
  const buffers = Object.fromEntries(Object.entries(sizes).map(([arena, n]) => [arena, device.createBuffer({ label: `mdlc tuning ${arena}`, size: Math.max(16, n * 4), usage })]));
  const choices: Record<string, string> = {};
  const shapes: ShapeTiming[] = [];
  const all = shapesOf(artifact);
  try {
    for (const [done, { key, program, kernel }] of all.entries()) {
      const variants = kernel.variants!.filter((v) => variantRunsOn(v, device.features));
      const name = `${program} ${kernel.name}`;
      const known = options.known?.[key];
      if (known !== undefined && variants.some((v) => v.label === known)) {
        choices[key] = known;
        shapes.push({ key, kernel: name, ms: {}, chosen: known, how: 'known' });
        continue;
      }
      if (shapes.some((x) => x.how === 'measured') && now() - t0 > budget) {
        shapes.push({ key, kernel: name, ms: {}, chosen: variants[0].label, how: 'skipped' });
        continue;
      }
      options.onProgress?.({ done, total: all.length, key });
      const prepare = async (v: KernelVariant) => {
        const module = device.createShaderModule({ label: `${kernel.name} ${v.label}`, code: artifact.shaders[v.shader] });
        const pipeline = await device.createComputePipelineAsync({ label: `${kernel.name} ${v.label}`, layout: 'auto', compute: { module, entryPoint: 'main' } });
        const bindGroup = device.createBindGroup({ layout: pipeline.getBindGroupLayout(0), entries: kernel.bindings.map((b) => ({ binding: b.binding, resource: { buffer: buffers[b.arena] } })) });
        return { v, pipeline, bindGroup };
      };
      const run = async (x: Awaited<ReturnType<typeof prepare>>, dispatches: number) => {
        const enc = device.createCommandEncoder();
        const pass = enc.beginComputePass();
        pass.setPipeline(x.pipeline);
        pass.setBindGroup(0, x.bindGroup);
        for (let i = 0; i < dispatches; i++) pass.dispatchWorkgroups(x.v.workgroups);
        pass.end();
        const start = now();
        device.queue.submit([enc.finish()]);
        await device.queue.onSubmittedWorkDone();
        return (now() - start) / dispatches;
      };
      // One variant at a time, so the budget holds within a shape too (a driver may compile a pipeline at its first
      // dispatch, which on a CPU device costs a second or more); the first use is compilation, not speed.
      const prepared: Awaited<ReturnType<typeof prepare>>[] = [];
      for (const v of variants) {
        if (prepared.length >= 2 && now() - t0 > budget) break;
        const x = await prepare(v);
        await run(x, 1);
        prepared.push(x);
      }
      // Round robin, best of three, so a slow moment of the machine does not fall on one variant only.
      const best = new Map<string, number>();
      for (let round = 0; round < 3; round++)
        for (const x of prepared) {
          const ms = await run(x, 2);
          best.set(x.v.label, Math.min(best.get(x.v.label) ?? Infinity, ms));
        }
      const ms = Object.fromEntries(best);
      const base = ms[variants[0].label];
      let chosen = variants[0].label;
      for (const v of variants) if (ms[v.label] !== undefined && ms[v.label] < Math.min(base * (1 - minGain), ms[chosen])) chosen = v.label;
      choices[key] = chosen;
      shapes.push({ key, kernel: name, ms, chosen, how: 'measured' });
    }
  } finally {
    for (const b of Object.values(buffers)) b.destroy();
  }
  return { choices, shapes, elapsedMs: now() - t0 };
}
