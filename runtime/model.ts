// Artifact + engine -> a trainable model: fit / evaluate / predict over datasets, weights by name, checkpoints.
// The pieces live in runtime/model/: engines, feeds, the fit loop, running sums and checkpoint glue.
import type { Artifact, ManifestProgram, SpecTensor } from '../core/artifact.js';
import type { MetricName } from '../core/interface.js';
import type { Checkpoint, RestoreOptions } from './checkpoint.js';
import { batches, type Dataset } from './data/dataset.js';
import { type CreateOptions, createEngine, type Engine, type ProgramName, type Values } from './model/engine.js';
import { type Batch, type Inputs, stepFeeds, toDataset } from './model/feeds.js';
import { type FitOptions, type FitResult, fitLoop } from './model/fit.js';
import { readSums, resetSums } from './model/sums.js';
import { checkpointOf, restoreCheckpointInto, restoreModel, type SaveMeta, saveModel } from './model/checkpoints.js';

export { type BackendChoice, type CreateOptions, defaultWarn, type Engine } from './model/engine.js';
export type { Inputs } from './model/feeds.js';
export { type EpochResult, type FitOptions, type FitResult, NonFiniteLossError, type StopReason } from './model/fit.js';

/** The spec's `train` settings, as the manifest records them: what `fit` does when its options do not say. */
export interface TrainingSettings {
  epochs: number;
  batchSize: number;
  seed: number;
  shuffle: boolean;
  /** The fraction of the training data held out for validation when no validation data is given (0: none). */
  validationSplit: number;
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
    return new Model(artifact, await createEngine(artifact, options));
  }

  /** The batch size the programs were compiled for. */
  get batchSize(): number {
    return this.artifact.manifest.batchSize;
  }

  /** A program of the manifest, or an error saying why the model lacks it. */
  program(name: ProgramName): ManifestProgram {
    const p = this.artifact.manifest.programs.find((q) => q.name === name);
    if (!p) throw new Error(`${this.artifact.manifest.model} has no ${name} program: ${name === 'predict' ? 'it has no outputs' : 'its spec has no loss and optimizer, so it cannot be trained or evaluated'}`);
    return p;
  }

  private feeds(batch: Batch, program: ProgramName): Values {
    return stepFeeds(this.artifact.manifest, this.program(program), batch);
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
    const sums = await readSums(this.engine, this.artifact.manifest, which);
    return { loss: sums.loss, metrics: sums.metrics };
  }

  /** Zeroes the loss and metric sums that `trainStep` accumulates. */
  async resetMetrics(which: 'train' | 'eval' = 'train'): Promise<void> {
    resetSums(this.engine, this.artifact.manifest, which);
  }

  /** A dataset from feeds by name: each a flat typed array or nested arrays, with rows along the first axis. */
  dataset(inputs: Inputs | Dataset, need: 'predict' | 'train' = 'predict'): Dataset {
    return toDataset(inputs, this.tensors, this.artifact.manifest.model, need);
  }

  /** Trains for `epochs` passes over `data`; returns one result per epoch and why it stopped. */
  fit(dataOrInputs: Dataset | Inputs, options: FitOptions = {}): Promise<FitResult> {
    return fitLoop(this, dataOrInputs, options);
  }

  /** Loss and metrics over a whole dataset (the last batch is padded and its padding ignored). */
  async evaluate(dataOrInputs: Dataset | Inputs): Promise<{ loss: number; metrics: Record<string, number> }> {
    this.program('eval_step');
    const data = this.dataset(dataOrInputs, 'train');
    resetSums(this.engine, this.artifact.manifest, 'eval');
    for (const batch of batches(data, this.batchSize)) await this.engine.run('eval_step', this.feeds(batch, 'eval_step'), false);
    return this.readMetrics('eval');
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

  /** Parameter values by path, and the layers' non-trainable variables (BatchNorm's moving statistics), as Keras' get_weights. */
  async getWeights(): Promise<Record<string, Float32Array>> {
    const variables = this.artifact.manifest.state.filter((s) => s.role === 'variable');
    if (!variables.length) return this.engine.readParams();
    const state = await this.engine.readState();
    return { ...(await this.engine.readParams()), ...Object.fromEntries(variables.map((v) => [v.path, state[v.path]])) };
  }

  /** Sets parameters and layer variables by path (any subset); each must be a known one with its number of values. */
  setWeights(values: Record<string, Float32Array | ArrayLike<number>>): void {
    const m = this.artifact.manifest;
    const params = new Map(m.params.map((p) => [p.path, p.shape]));
    const variables = new Map(m.state.filter((s) => s.role === 'variable').map((s) => [s.path, s.shape]));
    const out: Record<string, Float32Array> = {};
    const vars: Record<string, Float32Array> = {};
    for (const [path, v] of Object.entries(values)) {
      const shape = params.get(path) ?? variables.get(path);
      if (!shape) throw new Error(`'${path}' is not a parameter of ${m.model}; its parameters are ${[...params.keys(), ...variables.keys()].join(', ')}`);
      const n = shape.reduce((a, b) => a * b, 1);
      if (v.length !== n) throw new Error(`'${path}' has shape [${shape.join(', ')}] (${n} values), got ${v.length} values`);
      (params.has(path) ? out : vars)[path] = v instanceof Float32Array ? v : Float32Array.from(v);
    }
    this.engine.writeParams(out);
    if (Object.keys(vars).length) this.engine.writeState(vars);
  }

  /** This model's checkpoint now: weights, optimizer state and step counter, with the spec text and program hash (`encodeCheckpoint` makes it bytes). */
  checkpoint(meta: SaveMeta): Promise<Checkpoint> {
    return checkpointOf(this, meta);
  }

  /** Writes weights, optimizer state and step counter (atomically, in Node) with the spec text and program hash. */
  save(path: string, meta: SaveMeta): Promise<void> {
    return saveModel(this, path, meta);
  }

  /**
   * Restores a checkpoint written by `save` for the same compiled program: weights, optimizer state and step counter;
   * returns it (its meta says where to resume). With `weightsOnly`, only the parameters are loaded, and the checkpoint
   * may come from another compilation of the spec (another batch size, learning rate or target): for evaluation and
   * inference, or to fine-tune from trained weights with a fresh optimizer. Every tensor is checked before any is written
   * (see RestoreOptions for what `allowOtherSpec` and `allowNonFinite` let through).
   */
  restore(path: string, options: RestoreOptions = {}): Promise<Checkpoint> {
    return restoreModel(this, path, options);
  }

  /** `restore` from a checkpoint in memory (`decodeCheckpoint` of its bytes, in a browser); `name` labels it in the CheckpointError. */
  restoreCheckpoint(ckpt: Checkpoint, options: RestoreOptions = {}, name?: string): Checkpoint {
    return restoreCheckpointInto(this, ckpt, options, name);
  }

  /** Frees the device. */
  dispose(): void {
    this.engine.destroy();
  }
}
