// Takes a spec, a batch size and how to fill its batches; gives what the layer-family GPU tests share: a few
// train_steps on the GPU beside the CPU reference executor (loss per step, then every weight and the named state
// tensors by L2), then the forward programs asked for, every mismatch collected as one line.
import { compileSource } from '../../compiler/compile.js';
import { emitModule } from '../../compiler/emit/emit.js';
import type { Manifest } from '../../core/artifact.js';
import type { SourceFile } from '../../core/diagnostic.js';
import type { Module } from '../../core/ir.js';
import { CpuSession } from '../../runtime/cpu/session.js';
import type { Tensor } from '../../runtime/cpu/tensor.js';
import { GpuSession, type Feeds } from '../../runtime/gpu/session.js';
import { l2Relative, programFeeds, Rng } from './gpu-compare.js';

/** What to run and how to fill the batches. */
export interface TrainCompareOptions {
  /** Names the comparison in the log line. */
  name: string;
  file: SourceFile;
  batch: number;
  steps: number;
  seed: number;
  /** Sample weights of a batch of `n` rows (a 0 is a padding row). */
  weights(n: number): Float32Array;
  /** Class ids are drawn below this. */
  classes: number;
  /** A float input's values, from the test's generator. */
  float(rng: Rng): number;
  /** Changes a train batch before both backends see it (e.g. labels into range); gpu and cpu feeds share buffers. */
  adjust?(feeds: { cpu: Record<string, Tensor>; gpu: Feeds }): void;
  /** Optimizer state tensors compared after the steps as the weights are (e.g. moving statistics). */
  state?(manifest: Manifest): string[];
  /** Forward programs run once after the steps (default eval_step and predict): eval_step's loss and predict's `logits` are compared. */
  after?: ('eval_step' | 'predict')[];
}

/** What the comparison found, with the CPU session for further checks. */
export interface TrainComparison {
  failures: string[];
  cpu: CpuSession;
  module: Module;
  manifest: Manifest;
}

/** |gpu − cpu| ≤ tol · max(|cpu|, 1e-3) entry by entry; whole tensors: ‖gpu − cpu‖₂ ≤ tol · ‖cpu‖₂. */
export const trainTolerance = 1e-4;

/** Compiles the spec (always, so a compile failure shows without a GPU), then, when there is a device, trains on both backends. */
export async function trainAgainstCpu(device: GPUDevice | undefined, o: TrainCompareOptions): Promise<TrainComparison | undefined> {
  const text = o.file.text;
  const compiled = compileSource(o.file, { batch: o.batch });
  if (!compiled.module) throw new Error(`${o.file.path} did not compile: ${compiled.diagnostics.map((d) => d.message).join('; ')}`);
  const module = compiled.module;
  const backend = emitModule(module, { text, file: o.file });
  const manifest = backend.artifact.manifest;
  const stateNames = o.state?.(manifest) ?? [];
  if (!device) return undefined;
  const tol = trainTolerance;
  const gpu = await GpuSession.create(device, backend.artifact);
  const cpu = new CpuSession(module);
  const rng = new Rng(o.seed);
  const batchOf = (program: 'train_step' | 'eval_step' | 'predict') => programFeeds(manifest, program, rng, { weights: o.weights, classes: o.classes, float: () => o.float(rng) });
  const failures: string[] = [];
  const near = (g: ArrayLike<number>, c: ArrayLike<number>, what: string) => {
    for (let i = 0; i < c.length; i++) if (!(Math.abs(g[i] - c[i]) <= tol * Math.max(Math.abs(c[i]), 1e-3))) failures.push(`${what}[${i}]: gpu ${g[i]}, cpu ${c[i]}`);
  };
  try {
    const losses: string[] = [];
    for (let step = 0; step < o.steps; step++) {
      const feeds = batchOf('train_step');
      o.adjust?.(feeds);
      const g = await gpu.run('train_step', feeds.gpu);
      const c = cpu.trainStep(feeds.cpu);
      near(g.loss, c.loss.data, `step ${step + 1} loss`);
      losses.push(c.loss.data[0].toPrecision(5));
    }
    const params = await gpu.readParams();
    const state = stateNames.length ? await gpu.readState() : {};
    const worst: string[] = [];
    for (const [path, value, reference] of [
      ...module.params.map((p) => [p.path, params[p.path], cpu.params[p.path].data] as const),
      ...stateNames.map((v) => [v, state[v], cpu.state[v].data] as const),
    ]) {
      const { rel } = l2Relative(value, reference);
      worst.push(`${path} ${rel.toExponential(1)}`);
      if (!(rel <= tol)) failures.push(`${path}: ‖gpu − cpu‖₂ / ‖cpu‖₂ = ${rel.toExponential(2)}`);
    }
    for (const program of o.after ?? ['eval_step', 'predict']) {
      const feeds = batchOf(program);
      if (program === 'eval_step') near((await gpu.run('eval_step', feeds.gpu)).loss, cpu.evalStep(feeds.cpu).loss.data, 'eval loss');
      else near((await gpu.run('predict', feeds.gpu)).logits, cpu.predict(feeds.cpu).logits.data, 'predicted logits');
    }
    console.log(`  ${o.name} gpu vs cpu: losses ${losses.join(' -> ')}; kernels ${manifest.programs.map((p) => `${p.name} ${p.kernels.length}`).join(', ')}\n    L2 rel: ${worst.join(', ')}`);
  } finally {
    gpu.destroy();
  }
  return { failures, cpu, module, manifest };
}
