// Artifact + engine -> a trainable model: fit / evaluate / predict over datasets, weights by name, checkpoints.
import type { Module } from '../core/ir.js';
import type { Artifact, ManifestProgram, SpecTensor } from '../core/artifact.js';
import { counterPath, isReservedFeed, type MetricName, type ReservedFeedName, sumPath, type SumsPrefix } from '../core/interface.js';
// Checkpoints need node:fs, so they are imported when saved or restored: the rest of this file also runs in browsers.
import type { Checkpoint } from './checkpoint.js';
import { CpuSession } from './cpu/session.js';
import type { Tensor } from './cpu/tensor.js';
import { batches, type Dataset, shuffledOrder, split } from './data/dataset.js';
import { NoAdapterError, requestDevice, type GpuHandle } from './device.js';
import { GpuSession } from './gpu/session.js';
import { metricValues } from './metrics.js';

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
      // A CPU step is synchronous: yield first, so timers, SIGINT handlers and AbortSignals get their turn between steps.
      await yieldToEventLoop();
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

/** Where warnings go unless a `warn` option says otherwise. */
export const defaultWarn = (message: string): void => console.warn(`mdlc: warning: ${message}`);

/** Options of `Model.create`. */
export interface CreateOptions {
  /** 'auto' (default): WebGPU, else the CPU executor with a warning; 'webgpu': WebGPU or an error; 'cpu': the CPU executor. */
  backend?: BackendChoice;
  /** The IR the CPU executor runs, when the artifact does not carry it. */
  module?: Module;
  /** Where warnings go (default: console.warn). */
  warn?: (message: string) => void;
  /** A WebGPU device to share (the model then leaves it open when disposed); by default the model requests its own. */
  device?: GPUDevice;
}

/** The spec's `train` settings, as the manifest records them: what `fit` does when its options do not say. */
export interface TrainingSettings {
  epochs: number;
  batchSize: number;
  seed: number;
  shuffle: boolean;
  /** The fraction of the training data held out for validation when no validation data is given (0: none). */
  validationSplit: number;
}

/** Feeds by name: flat typed arrays or (nested) number arrays, one row per sample along the first axis. */
export type Inputs = Record<string, Float32Array | Int32Array | ArrayLike<number> | readonly unknown[]>;

/** One step's rows: feeds by input and target name, and the per-row weights (1 real, 0 padding). */
interface Batch {
  feeds: Record<string, Float32Array | Int32Array | ArrayLike<number>>;
  weight: Float32Array;
}

/** How the runtime fills each reserved feed from a batch, and how messages name it. */
const reservedSupply: Record<ReservedFeedName, { what: string; value(batch: Batch): Float32Array | Int32Array }> = {
  '#weight': { what: 'the row weights', value: (batch) => batch.weight },
};

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
  /** Epochs to run in all, counting `initialEpoch` (default: the spec's `train epochs`). */
  epochs?: number;
  /** First epoch to run (0-based), when resuming from a checkpoint. */
  initialEpoch?: number;
  /** Steps of `initialEpoch` already taken (a checkpoint saved mid-epoch): they are skipped, and the epoch's sums kept. */
  initialStep?: number;
  shuffle?: boolean;
  seed?: number;
  validation?: Dataset;
  /**
   * A fraction of `data` held out for validation (a seeded random choice of rows), when `validation` is not given
   * (default: the spec's `validation_split`; 0 for none).
   */
  validationSplit?: number;
  /** Must equal the compiled batch size when given (compile again for another batch size). */
  batchSize?: number;
  /** Read the loss back every N steps (1: every step, so a non-finite loss is caught at its step). */
  readEvery?: number;
  /** Called as each epoch starts (`epoch` 0-based, `steps` in it). */
  onEpochStart?(info: { epoch: number; steps: number }): void;
  /** Called after each step; `loss` is the batch's loss on steps that read it back (see readEvery), else undefined. */
  onStep?(info: { epoch: number; step: number; steps: number; loss?: number }): void;
  onEpoch?(result: EpochResult): void | Promise<void>;
  /**
   * Stop after `patience` epochs in a row whose monitored loss did not improve on the best by more than `minDelta`;
   * with `restoreBestWeights`, the weights of the best epoch are put back when it stops (as Keras does).
   */
  earlyStopping?: { monitor: 'loss' | 'val_loss'; patience: number; minDelta?: number; restoreBestWeights?: boolean };
  signal?: AbortSignal;
}

/** Why `fit` ended (a non-finite loss throws NonFiniteLossError instead). */
export type StopReason = 'completed' | 'early-stopping' | 'aborted';

/** What `fit` returns: one result per finished epoch, why it stopped, and where (for a checkpoint that resumes exactly). */
export interface FitResult {
  history: EpochResult[];
  stopped: StopReason;
  /** The epoch (0-based) `fit` would run next; with `stepInEpoch` > 0, the epoch it was interrupted in. */
  epoch: number;
  /** Steps of `epoch` already taken when aborted mid-epoch; 0 otherwise. */
  stepInEpoch: number;
}

/**
 * Raised for a loss that became NaN or infinite. The loss is read every `readEvery` steps, so it became non-finite at
 * some step from `firstStep` to `step` (optimizer steps counted from 1); with `readEvery` 1 they are the same.
 */
export class NonFiniteLossError extends Error {
  constructor(
    readonly epoch: number,
    readonly step: number,
    readonly firstStep: number = step,
  ) {
    super(`the loss became non-finite ${firstStep === step ? `at step ${step}` : `between steps ${firstStep} and ${step}`} (epoch ${epoch + 1}); training stopped`);
    this.name = 'NonFiniteLossError';
  }
}

/** Lets other tasks run (a CPU step never does); setImmediate where it exists, as it adds no delay. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0)));
}

/** A compiled model with its weights, ready to train and run. */
export class Model {
  /** Optimizer steps taken so far (restored from checkpoints). */
  step = 0;
  /** What `fit` uses when its options do not say: the spec's `train` settings, from the manifest. */
  defaults: { epochs: number; seed: number; shuffle: boolean; validationSplit: number };
  /** The spec's inputs and targets, per sample, with class counts and vocabularies (the manifest's `tensors`). */
  readonly tensors: SpecTensor[];
  /** The metrics `fit`, `evaluate` and `readMetrics` report: every one the programs' counters support. */
  readonly metricNames: MetricName[];
  private handle: GpuHandle | undefined;

  private constructor(
    readonly artifact: Artifact,
    readonly engine: Engine,
  ) {
    const m = artifact.manifest;
    this.tensors = m.tensors;
    this.metricNames = m.metrics.map((x) => x.name);
    this.defaults = { epochs: m.training.epochs, seed: m.seed, shuffle: m.training.shuffle, validationSplit: m.training.validationSplit };
  }

  /** The spec's text (the manifest's), stored in checkpoints. */
  get spec(): string {
    return this.artifact.manifest.specText;
  }

  /** The spec's `train` settings, with any overrides it was compiled with. */
  get settings(): TrainingSettings {
    const m = this.artifact.manifest;
    return { epochs: m.training.epochs, batchSize: m.batchSize, seed: m.seed, shuffle: m.training.shuffle, validationSplit: m.training.validationSplit };
  }

  /**
   * A model for a compiled artifact, on a backend. With 'auto' (the default) it tries WebGPU and falls back to the CPU
   * reference executor, calling `warn` with how to get a GPU adapter. The CPU executor runs the artifact's IR
   * (`artifact.module`, or `options.module`). Its tensors, metrics and `fit` defaults are the manifest's.
   */
  static async create(artifact: Artifact, options: CreateOptions = {}): Promise<Model> {
    const backend = options.backend ?? 'auto';
    if (!['auto', 'webgpu', 'cpu'].includes(backend)) throw new RangeError(`backend must be 'auto', 'webgpu' or 'cpu', got ${JSON.stringify(backend)}`);
    const module = options.module ?? artifact.module;
    const warn = options.warn ?? defaultWarn;
    let engine: Engine | undefined;
    let handle: GpuHandle | undefined;
    if (backend !== 'cpu') {
      try {
        const device = options.device ?? (handle = await requestDevice()).device;
        const session = await GpuSession.create(device, artifact);
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
        handle = undefined;
        // Only a missing adapter falls back: a device that exists but fails is a problem to report, not to hide.
        if (backend === 'webgpu' || !module || !(e instanceof NoAdapterError)) throw e;
        warn(`using the CPU reference executor, which is much slower: ${e.message}`);
      }
    }
    if (!engine) {
      if (!module) throw new Error(`the CPU executor runs the IR, which this artifact of ${artifact.manifest.model} lacks: load a folder written by mdlc compile -o (it holds program.ir.json), or compile the spec in-process`);
      engine = cpuEngine(module);
      if (artifact.weights) engine.writeParams(artifact.weights);
    }
    const model = new Model(artifact, engine);
    model.handle = handle;
    return model;
  }

  /** The batch size the programs were compiled for. */
  get batchSize(): number {
    return this.artifact.manifest.batchSize;
  }

  /** The state paths of one set of running sums: loss, weight, non-finite count and the metrics' counters. */
  private sumPaths(prefix: SumsPrefix): Set<string> {
    const counters = this.artifact.manifest.metrics.flatMap((x) => x.counters.map((c) => counterPath(prefix, c)));
    return new Set([sumPath(prefix, 'loss_sum'), sumPath(prefix, 'weight'), sumPath(prefix, 'nonfinite'), ...counters]);
  }

  private async resetSums(prefix: SumsPrefix): Promise<void> {
    const paths = this.sumPaths(prefix);
    const zeros: Record<string, Float32Array> = {};
    for (const s of this.artifact.manifest.state) if (paths.has(s.path)) zeros[s.path] = new Float32Array(s.shape.reduce((a, b) => a * b, 1));
    this.engine.writeState(zeros);
  }

  private async readSums(prefix: SumsPrefix): Promise<{ loss: number; metrics: Record<string, number>; nonfinite: number }> {
    const state = await this.engine.readState();
    const counters: Record<string, Float32Array> = {};
    for (const x of this.artifact.manifest.metrics) for (const c of x.counters) if (state[counterPath(prefix, c)]) counters[c] = state[counterPath(prefix, c)];
    const weight = state[sumPath(prefix, 'weight')]?.[0] ?? 0;
    return { loss: (state[sumPath(prefix, 'loss_sum')]?.[0] ?? NaN) / Math.max(weight, 1e-12), metrics: metricValues(this.metricNames, counters), nonfinite: state[sumPath(prefix, 'nonfinite')]?.[0] ?? 0 };
  }

  private program(name: ProgramName): ManifestProgram {
    const p = this.artifact.manifest.programs.find((q) => q.name === name);
    if (!p) throw new Error(`${this.artifact.manifest.model} has no ${name} program: ${name === 'predict' ? 'it has no outputs' : 'its spec has no loss and optimizer, so it cannot be trained or evaluated'}`);
    return p;
  }

  /** The feeds of one step in the program's order, checked (name, dtype, length) the same way for every engine. */
  private feeds(batch: Batch, program: ProgramName): Values {
    const p = this.program(program);
    const reserved = new Set<string>(this.artifact.manifest.reserved.map((r) => r.name));
    const out: Values = {};
    for (const i of p.inputs) {
      const n = i.shape.reduce((a, b) => a * b, 1);
      const type = `${i.dtype}[${i.shape.join(', ')}]`;
      const supply = isReservedFeed(i.name) && reserved.has(i.name) ? reservedSupply[i.name] : undefined;
      const v = supply ? supply.value(batch) : batch.feeds[i.name];
      const what = supply ? supply.what : `'${i.name}'`;
      if (v === undefined) throw new Error(`${program} needs ${what} (${type}); the batch has ${Object.keys(batch.feeds).map((k) => `'${k}'`).join(', ') || 'nothing'}`);
      if (v.length !== n) throw new Error(`${program}: ${what} holds ${v.length} values but one batch of ${type} is ${n} (the model was compiled for batch size ${this.batchSize})`);
      if (i.dtype === 'i32') {
        if (v instanceof Float32Array) throw new Error(`${program}: ${what} is ${type} but was given a Float32Array; pass an Int32Array`);
        out[i.name] = v instanceof Int32Array ? v : Int32Array.from(v);
      } else {
        if (v instanceof Int32Array) throw new Error(`${program}: ${what} is ${type} but was given an Int32Array; pass a Float32Array`);
        out[i.name] = v instanceof Float32Array ? v : Float32Array.from(v);
      }
    }
    return out;
  }

  /**
   * One optimizer step on one batch of exactly `batchSize` rows: `feeds` by input and target name, and per-row
   * `weight` (default all 1; rows of weight 0 are padding). Returns the batch's mean loss when `read` (a GPU read-back);
   * the epoch's loss and metric sums keep accumulating until `resetMetrics`.
   */
  async trainStep(batch: { feeds: Record<string, Float32Array | Int32Array | ArrayLike<number>>; weight?: Float32Array }, read = true): Promise<number | undefined> {
    const weight = batch.weight ?? new Float32Array(this.batchSize).fill(1);
    const out = await this.engine.run('train_step', this.feeds({ feeds: batch.feeds, weight }, 'train_step'), read);
    this.step++;
    return read ? out.loss?.[0] : undefined;
  }

  /** The loss and metrics summed on the device since the last reset, read back now (training sums, or evaluation sums). */
  async readMetrics(which: 'train' | 'eval' = 'train'): Promise<{ loss: number; metrics: Record<string, number> }> {
    const sums = await this.readSums(which);
    return { loss: sums.loss, metrics: sums.metrics };
  }

  /** Zeroes the loss and metric sums that `trainStep` accumulates. */
  resetMetrics(which: 'train' | 'eval' = 'train'): Promise<void> {
    return this.resetSums(which);
  }

  /** A dataset from feeds by name: each a flat typed array or nested arrays, with rows along the first axis. */
  dataset(inputs: Inputs | Dataset, need: 'predict' | 'train' = 'predict'): Dataset {
    if (isDataset(inputs)) return inputs;
    const wanted = this.tensors.filter((t) => need === 'train' || t.role === 'input');
    const columns: Dataset['columns'] = {};
    let size: number | undefined;
    for (const t of wanted) {
      const value = inputs[t.name];
      if (value === undefined) throw new Error(`${this.artifact.manifest.model} needs '${t.name}' (${t.dtype}[batch${t.shape.map((d) => `, ${d}`).join('')}]); got ${Object.keys(inputs).map((k) => `'${k}'`).join(', ') || 'nothing'}`);
      const flat = flatten(value);
      const per = t.shape.reduce((a, b) => a * b, 1);
      if (flat.length % per !== 0 || flat.length === 0) throw new Error(`'${t.name}' holds ${flat.length} values, which is not a whole number of samples of shape [${t.shape.join(', ')}] (${per} values each)`);
      const rows = flat.length / per;
      if (size !== undefined && rows !== size) throw new Error(`'${t.name}' holds ${rows} samples but the other feeds hold ${size}`);
      size = rows;
      let data: Float32Array | Int32Array;
      if (t.dtype === 'i32') {
        data = flat instanceof Int32Array ? flat : Int32Array.from(flat as ArrayLike<number>);
        const bad = Array.prototype.findIndex.call(flat, (v: number) => !Number.isInteger(v));
        if (bad >= 0) throw new Error(`'${t.name}' is i32, but value ${bad} is ${(flat as ArrayLike<number>)[bad]}`);
      } else data = flat instanceof Float32Array ? flat : Float32Array.from(flat as ArrayLike<number>);
      columns[t.name] = { dtype: t.dtype, shape: t.shape, data };
    }
    for (const k of Object.keys(inputs)) if (!wanted.some((t) => t.name === k)) throw new Error(`'${k}' is not ${need === 'predict' ? 'an input' : 'an input or target'} of ${this.artifact.manifest.model} (it has ${wanted.map((t) => `'${t.name}'`).join(', ')})`);
    return { size: size ?? 0, columns };
  }

  /** Trains for `epochs` passes over `data`; returns one result per epoch and why it stopped. */
  async fit(dataOrInputs: Dataset | Inputs, options: FitOptions = {}): Promise<FitResult> {
    this.program('train_step');
    if (options.batchSize !== undefined && options.batchSize !== this.batchSize) throw new RangeError(`this model was compiled for batch size ${this.batchSize}, not ${options.batchSize}: compile again with that batch size`);
    const epochs = options.epochs ?? this.defaults.epochs;
    if (epochs === undefined) throw new RangeError('fit: say how many epochs (options.epochs); this model has no spec settings to take them from');
    if (!Number.isInteger(epochs) || epochs < 0) throw new RangeError(`epochs must be a non-negative integer, got ${epochs}`);
    const seed = options.seed ?? this.defaults.seed;
    const shuffle = options.shuffle ?? this.defaults.shuffle;
    let data = this.dataset(dataOrInputs, 'train');
    const validationSplit = options.validationSplit ?? this.defaults.validationSplit;
    if (validationSplit > 0 && !options.validation) {
      const f = validationSplit;
      if (!(f > 0 && f < 1)) throw new RangeError(`validationSplit must be between 0 and 1, got ${f}`);
      const parts = split(data, { validation: f }, seed);
      data = parts.train;
      options = { ...options, validation: parts.validation };
    }
    if (data.size === 0) throw new RangeError('fit: the training data is empty');
    const history: EpochResult[] = [];
    const readEvery = Math.max(1, options.readEvery ?? 1);
    let best = Infinity;
    let waited = 0;
    let bestWeights: Record<string, Float32Array> | undefined;
    const first = options.initialEpoch ?? 0;
    for (let epoch = first; epoch < epochs; epoch++) {
      const t0 = performance.now();
      const skip = epoch === first ? (options.initialStep ?? 0) : 0;
      if (skip === 0) await this.resetSums('train');
      const order = shuffle ? shuffledOrder(data.size, seed, epoch) : undefined;
      const steps = Math.ceil(data.size / this.batchSize);
      if (!Number.isInteger(skip) || skip < 0 || skip >= steps) throw new RangeError(`initialStep must be a whole number below the ${steps} steps of an epoch, got ${skip}`);
      options.onEpochStart?.({ epoch, steps });
      let step = 0;
      let lastRead = this.step;
      for (const batch of batches(data, this.batchSize, order)) {
        if (step < skip) {
          step++;
          continue;
        }
        if (options.signal?.aborted) return { history, stopped: 'aborted', epoch, stepInEpoch: step };
        const read = (step + 1) % readEvery === 0 || step + 1 === steps;
        const loss = await this.trainStep(batch, read);
        if (loss !== undefined && !Number.isFinite(loss)) throw new NonFiniteLossError(epoch, this.step, lastRead + 1);
        if (read) lastRead = this.step;
        options.onStep?.({ epoch, step: step + 1, steps, loss });
        step++;
      }
      const sums = await this.readSums('train');
      if (sums.nonfinite > 0) throw new NonFiniteLossError(epoch, this.step, lastRead + 1);
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
          if (options.earlyStopping.restoreBestWeights) bestWeights = await this.getWeights();
        } else if (++waited >= options.earlyStopping.patience) {
          if (bestWeights) this.setWeights(bestWeights);
          return { history, stopped: 'early-stopping', epoch: epoch + 1, stepInEpoch: 0 };
        }
      }
    }
    return { history, stopped: 'completed', epoch: Math.max(epochs, first), stepInEpoch: 0 };
  }

  /** Loss and metrics over a whole dataset (the last batch is padded and its padding ignored). */
  async evaluate(dataOrInputs: Dataset | Inputs): Promise<{ loss: number; metrics: Record<string, number> }> {
    this.program('eval_step');
    const data = this.dataset(dataOrInputs, 'train');
    await this.resetSums('eval');
    for (const batch of batches(data, this.batchSize)) await this.engine.run('eval_step', this.feeds(batch, 'eval_step'), false);
    const sums = await this.readSums('eval');
    return { loss: sums.loss, metrics: sums.metrics };
  }

  /** The model's outputs for every row of `data`, in order. */
  async predict(dataOrInputs: Dataset | Inputs): Promise<Values> {
    const data = this.dataset(dataOrInputs, 'predict');
    const p = this.program('predict');
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

  /** Sets parameters by path (any subset); each must be a known parameter with its number of values. */
  setWeights(values: Record<string, Float32Array | ArrayLike<number>>): void {
    const params = new Map(this.artifact.manifest.params.map((p) => [p.path, p.shape]));
    const out: Record<string, Float32Array> = {};
    for (const [path, v] of Object.entries(values)) {
      const shape = params.get(path);
      if (!shape) throw new Error(`'${path}' is not a parameter of ${this.artifact.manifest.model}; its parameters are ${[...params.keys()].join(', ')}`);
      const n = shape.reduce((a, b) => a * b, 1);
      if (v.length !== n) throw new Error(`'${path}' has shape [${shape.join(', ')}] (${n} values), got ${v.length} values`);
      out[path] = v instanceof Float32Array ? v : Float32Array.from(v);
    }
    this.engine.writeParams(out);
  }

  /** Writes weights, optimizer state and step counter (atomically) with the spec text and program hash. */
  async save(path: string, meta: { epoch: number; seed: number; stepInEpoch?: number; history?: unknown }): Promise<void> {
    const m = this.artifact.manifest;
    const shapes = { params: Object.fromEntries(m.params.map((p) => [p.path, p.shape])), state: Object.fromEntries(m.state.map((s) => [s.path, s.shape])) };
    const { saveCheckpoint } = await import('./checkpoint.js');
    await saveCheckpoint(path, {
      params: await this.engine.readParams(),
      state: await this.engine.readState(),
      shapes,
      meta: { spec: this.spec, specHash: m.specHash, programHash: m.programHash, model: m.model, epoch: meta.epoch, step: this.step, seed: meta.seed, stepInEpoch: meta.stepInEpoch, history: meta.history },
    });
  }

  /**
   * Restores a checkpoint written by `save` for the same compiled program: weights, optimizer state and step counter;
   * returns it (its meta says where to resume). With `weightsOnly`, only the parameters are loaded, and the checkpoint
   * may come from another compilation of the spec (another batch size, learning rate or target): for evaluation and
   * inference, or to fine-tune from trained weights with a fresh optimizer.
   */
  async restore(path: string, options: { weightsOnly?: boolean } = {}): Promise<Checkpoint> {
    const { checkCompatible, CheckpointError, loadCheckpoint } = await import('./checkpoint.js');
    const ckpt = await loadCheckpoint(path);
    const m = this.artifact.manifest;
    const problems = checkCompatible(ckpt, { programHash: options.weightsOnly ? ckpt.meta.programHash : m.programHash, params: m.params.map((p) => ({ path: p.path, shape: p.shape })) });
    if (problems.length) throw new CheckpointError(`checkpoint ${path} does not fit ${m.model}: ${problems.join('; ')}`);
    this.engine.writeParams(ckpt.params);
    if (options.weightsOnly) return ckpt;
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

function isDataset(x: Inputs | Dataset): x is Dataset {
  return typeof (x as Dataset).size === 'number' && typeof (x as Dataset).columns === 'object' && (x as Dataset).columns !== null && !ArrayBuffer.isView((x as Dataset).columns);
}

/** Nested number arrays (or a typed array) -> one flat array, row-major. */
function flatten(value: Inputs[string]): Float32Array | Int32Array | ArrayLike<number> {
  if (ArrayBuffer.isView(value)) return value as Float32Array | Int32Array;
  const out: number[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'number') out.push(v);
    else if (Array.isArray(v) || ArrayBuffer.isView(v)) for (const x of Array.from(v as ArrayLike<unknown>)) walk(x);
    else throw new TypeError(`feeds must hold numbers, got ${typeof v}`);
  };
  walk(value);
  return out;
}
