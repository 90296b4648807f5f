// Artifact + engine -> a trainable model: fit / evaluate / predict over datasets, weights by name, checkpoints.
import type { Module } from '../compiler/ir/ir.js';
import type { Artifact, ManifestProgram } from './artifact.js';
import { type Checkpoint, checkCompatible, loadCheckpoint, saveCheckpoint } from './checkpoint.js';
import { CpuSession } from './cpu/session.js';
import type { Tensor } from './cpu/tensor.js';
import { batches, type Dataset, shuffledOrder } from './data/dataset.js';
import type { SpecTensor } from './data/fit.js';
import { requestDevice, type GpuHandle } from './device.js';
import { GpuSession } from './gpu/session.js';
import { type MetricName, metricValues } from './metrics.js';

type ProgramName = ManifestProgram['name'];
type Values = Record<string, Float32Array | Int32Array>;

/** What runs the programs: the WebGPU session, or the CPU reference executor. */
export interface Engine {
  kind: 'webgpu' | 'cpu';
  run(program: ProgramName, feeds: Values, read: boolean): Promise<Values>;
  readParams(): Promise<Record<string, Float32Array>>;
  readState(): Promise<Record<string, Float32Array>>;
  writeParams(values: Record<string, Float32Array>): void;
  writeState(values: Record<string, Float32Array>): void;
  destroy(): void;
}

function cpuEngine(module: Module): Engine {
  const s = new CpuSession(module);
  const shapes = new Map<string, number[]>();
  for (const p of module.programs) for (const n of p.nodes) if (n.op === 'input') shapes.set(n.arg.name, n.shape);
  const f32 = (t: Tensor) => (t.data instanceof Float32Array ? t.data : Float32Array.from(t.data));
  return {
    kind: 'cpu',
    async run(program, feeds) {
      const inputs: Record<string, Tensor> = {};
      for (const [k, v] of Object.entries(feeds)) inputs[k] = { dtype: v instanceof Int32Array ? 'i32' : 'f32', shape: shapes.get(k) ?? [v.length], data: v };
      const out = program === 'train_step' ? s.trainStep(inputs) : program === 'eval_step' ? s.evalStep(inputs) : s.predict(inputs);
      return Object.fromEntries(Object.entries(out).map(([k, t]) => [k, t.data instanceof Int32Array ? t.data : f32(t)]));
    },
    async readParams() {
      return Object.fromEntries(Object.entries(s.params).map(([k, t]) => [k, f32(t).slice()]));
    },
    async readState() {
      return Object.fromEntries(Object.entries(s.state).map(([k, t]) => [k, f32(t).slice()]));
    },
    writeParams: (v) => s.writeParams(v),
    writeState: (v) => s.writeState(v),
    destroy() {},
  };
}

/** Where to run: the WebGPU device (default), the CPU reference executor, or WebGPU falling back to the CPU. */
export type BackendChoice = 'auto' | 'webgpu' | 'cpu';

/** One epoch's results: loss and metrics on the training data, and on validation data when given. */
export interface EpochResult {
  epoch: number;
  loss: number;
  metrics: Record<string, number>;
  val?: { loss: number; metrics: Record<string, number> };
  seconds: number;
  steps: number;
}

/** Options of `fit`. */
export interface FitOptions {
  epochs: number;
  /** First epoch to run (0-based), when resuming from a checkpoint. */
  initialEpoch?: number;
  shuffle?: boolean;
  seed?: number;
  validation?: Dataset;
  /** Read the loss back every N steps (1: every step, so a non-finite loss is caught at its step). */
  readEvery?: number;
  onStep?(info: { epoch: number; step: number; steps: number; loss?: number }): void;
  onEpoch?(result: EpochResult): void | Promise<void>;
  earlyStopping?: { monitor: 'loss' | 'val_loss'; patience: number; minDelta?: number };
  signal?: AbortSignal;
}

/** Why `fit` ended. */
export type StopReason = 'completed' | 'early-stopping' | 'aborted' | 'non-finite-loss';

/** Raised for a loss that became NaN or infinite; says at which step. */
export class NonFiniteLossError extends Error {
  constructor(
    readonly epoch: number,
    readonly step: number,
  ) {
    super(`the loss became non-finite at step ${step} (epoch ${epoch + 1}); training stopped`);
    this.name = 'NonFiniteLossError';
  }
}

/** A compiled model with its weights, ready to train and run. */
export class Model {
  /** Optimizer steps taken so far (restored from checkpoints). */
  step = 0;
  private handle: GpuHandle | undefined;

  private constructor(
    readonly artifact: Artifact,
    readonly engine: Engine,
    readonly metricNames: MetricName[],
    readonly tensors: SpecTensor[],
    readonly spec: string,
  ) {}

  /**
   * Creates a model on a backend. With 'auto' it tries WebGPU and falls back to the CPU executor, calling `warn`
   * with how to get a GPU adapter.
   */
  static async create(artifact: Artifact, module: Module, options: { backend?: BackendChoice; metrics: MetricName[]; tensors: SpecTensor[]; spec: string; warn?: (m: string) => void }): Promise<Model> {
    const backend = options.backend ?? 'auto';
    let engine: Engine | undefined;
    let handle: GpuHandle | undefined;
    if (backend !== 'cpu') {
      try {
        handle = await requestDevice();
        const session = await GpuSession.create(handle.device, artifact);
        engine = {
          kind: 'webgpu',
          run: (p, f, r) => session.run(p, f, r),
          readParams: () => session.readParams(),
          readState: () => session.readState(),
          writeParams: (v) => session.writeParams(v),
          writeState: (v) => session.writeState(v),
          destroy: () => {
            session.destroy();
            handle?.release();
          },
        };
      } catch (e) {
        handle?.release();
        if (backend === 'webgpu') throw e;
        options.warn?.(`no WebGPU device (${(e as Error).message.split('. ')[0]}); using the CPU reference executor, which is much slower`);
      }
    }
    const model = new Model(artifact, engine ?? cpuEngine(module), options.metrics, options.tensors, options.spec);
    model.handle = handle;
    return model;
  }

  /** The batch size the programs were compiled for. */
  get batchSize(): number {
    return this.artifact.manifest.batch;
  }

  private async resetSums(prefix: 'train' | 'eval'): Promise<void> {
    const zeros: Record<string, Float32Array> = {};
    for (const s of this.artifact.manifest.state) if (s.path.startsWith(`${prefix}.`)) zeros[s.path] = new Float32Array(s.shape.reduce((a, b) => a * b, 1));
    this.engine.writeState(zeros);
  }

  private async readSums(prefix: 'train' | 'eval'): Promise<{ loss: number; metrics: Record<string, number>; nonfinite: number }> {
    const state = await this.engine.readState();
    const counters: Record<string, Float32Array> = {};
    for (const [k, v] of Object.entries(state)) if (k.startsWith(`${prefix}.metrics.`)) counters[k.slice(prefix.length + 9)] = v;
    const weight = state[`${prefix}.weight`]?.[0] ?? 0;
    return { loss: (state[`${prefix}.loss_sum`]?.[0] ?? NaN) / Math.max(weight, 1e-12), metrics: metricValues(this.metricNames, counters), nonfinite: state[`${prefix}.nonfinite`]?.[0] ?? 0 };
  }

  private feeds(batch: { feeds: Values; weight: Float32Array }, program: ProgramName): Values {
    const p = this.artifact.manifest.programs.find((q) => q.name === program)!;
    const out: Values = {};
    for (const i of p.inputs) out[i.name] = i.name === '#weight' ? batch.weight : batch.feeds[i.name];
    return out;
  }

  /** One optimizer step on a batch (rows beyond `weight` 0 are padding); returns the loss when `read`. */
  async trainStep(batch: { feeds: Values; weight: Float32Array }, read = true): Promise<number | undefined> {
    const out = await this.engine.run('train_step', this.feeds(batch, 'train_step'), read);
    this.step++;
    return read ? out.loss?.[0] : undefined;
  }

  /** Trains for `epochs` passes over `data`; returns one result per epoch and why it stopped. */
  async fit(data: Dataset, options: FitOptions): Promise<{ history: EpochResult[]; stopped: StopReason }> {
    const history: EpochResult[] = [];
    const readEvery = Math.max(1, options.readEvery ?? 1);
    let best = Infinity;
    let waited = 0;
    for (let epoch = options.initialEpoch ?? 0; epoch < options.epochs; epoch++) {
      const t0 = performance.now();
      await this.resetSums('train');
      const order = options.shuffle === false ? undefined : shuffledOrder(data.size, options.seed ?? 0, epoch);
      const steps = Math.ceil(data.size / this.batchSize);
      let step = 0;
      for (const batch of batches(data, this.batchSize, order)) {
        if (options.signal?.aborted) return { history, stopped: 'aborted' };
        const read = (step + 1) % readEvery === 0 || step + 1 === steps;
        const loss = await this.trainStep(batch, read);
        if (loss !== undefined && !Number.isFinite(loss)) throw new NonFiniteLossError(epoch, this.step);
        options.onStep?.({ epoch, step: step + 1, steps, loss });
        step++;
      }
      const sums = await this.readSums('train');
      if (sums.nonfinite > 0) throw new NonFiniteLossError(epoch, this.step);
      const result: EpochResult = { epoch, loss: sums.loss, metrics: sums.metrics, seconds: 0, steps };
      if (options.validation) result.val = await this.evaluate(options.validation);
      result.seconds = (performance.now() - t0) / 1000;
      history.push(result);
      await options.onEpoch?.(result);
      if (options.earlyStopping) {
        const value = options.earlyStopping.monitor === 'val_loss' ? (result.val?.loss ?? result.loss) : result.loss;
        if (value < best - (options.earlyStopping.minDelta ?? 0)) {
          best = value;
          waited = 0;
        } else if (++waited >= options.earlyStopping.patience) return { history, stopped: 'early-stopping' };
      }
    }
    return { history, stopped: 'completed' };
  }

  /** Loss and metrics over a whole dataset (the last batch is padded and its padding ignored). */
  async evaluate(data: Dataset): Promise<{ loss: number; metrics: Record<string, number> }> {
    await this.resetSums('eval');
    for (const batch of batches(data, this.batchSize)) await this.engine.run('eval_step', this.feeds(batch, 'eval_step'), false);
    const sums = await this.readSums('eval');
    return { loss: sums.loss, metrics: sums.metrics };
  }

  /** The model's outputs for every row of `data`, in order. */
  async predict(data: Dataset): Promise<Values> {
    const p = this.artifact.manifest.programs.find((q) => q.name === 'predict')!;
    const parts: Record<string, (Float32Array | Int32Array)[]> = {};
    for (const batch of batches(data, this.batchSize)) {
      const out = await this.engine.run('predict', this.feeds(batch, 'predict'), true);
      for (const o of p.outputs) {
        const per = o.shape.slice(1).reduce((a, b) => a * b, 1);
        (parts[o.name] ??= []).push(out[o.name].slice(0, batch.count * per));
      }
    }
    const result: Values = {};
    for (const [name, list] of Object.entries(parts)) {
      const total = list.reduce((a, x) => a + x.length, 0);
      const out = list[0] instanceof Int32Array ? new Int32Array(total) : new Float32Array(total);
      let at = 0;
      for (const x of list) {
        out.set(x, at);
        at += x.length;
      }
      result[name] = out;
    }
    return result;
  }

  /** Parameter values by path. */
  getWeights(): Promise<Record<string, Float32Array>> {
    return this.engine.readParams();
  }

  /** Sets parameters by path. */
  setWeights(values: Record<string, Float32Array>): void {
    this.engine.writeParams(values);
  }

  /** Writes weights, optimizer state and step counter (atomically) with the spec text and program hash. */
  async save(path: string, meta: { epoch: number; seed: number; history?: unknown }): Promise<void> {
    const m = this.artifact.manifest;
    const shapes = { params: Object.fromEntries(m.params.map((p) => [p.path, p.shape])), state: Object.fromEntries(m.state.map((s) => [s.path, s.shape])) };
    await saveCheckpoint(path, {
      params: await this.engine.readParams(),
      state: await this.engine.readState(),
      shapes,
      meta: { spec: this.spec, specHash: m.specHash, programHash: m.programHash, model: m.model, epoch: meta.epoch, step: this.step, seed: meta.seed, history: meta.history },
    });
  }

  /** Restores a checkpoint written by `save` for the same compiled program; returns it (its meta says where to resume). */
  async restore(path: string): Promise<Checkpoint> {
    const ckpt = await loadCheckpoint(path);
    const m = this.artifact.manifest;
    const problems = checkCompatible(ckpt, { programHash: m.programHash, params: m.params.map((p) => ({ path: p.path, shape: p.shape })) });
    if (problems.length) throw new Error(`${path}: ${problems.join('; ')}`);
    this.engine.writeParams(ckpt.params);
    this.engine.writeState(ckpt.state);
    this.step = ckpt.meta.step;
    return ckpt;
  }

  /** Frees the device. */
  dispose(): void {
    this.engine.destroy();
    this.handle = undefined;
  }
}
