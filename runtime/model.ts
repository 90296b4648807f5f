// Artifact + engine -> a trainable model: fit / evaluate / predict over datasets, weights by name, checkpoints, its
// calls taken in turn. The pieces live in runtime/model/: engines, feeds, value checks, options, the call queue, the
// fit loop, running sums and checkpoint glue.
import type { Artifact, ManifestProgram, SpecTensor } from '../core/artifact.js';
import type { MetricName } from '../core/interface.js';
import type { SumsPrefix } from '../core/interface.js';
import type { Checkpoint, RestoreOptions } from './checkpoint.js';
import { batches, type Dataset } from './data/dataset.js';
import { suggest } from './data/errors.js';
import { CallQueue, ModelBusyError } from './model/calls.js';
import { type CreateOptions, createEngine, type Engine, type ProgramName, type Values } from './model/engine.js';
import { type Batch, type Inputs, stepFeeds, toDataset } from './model/feeds.js';
import { type FitOptions, type FitResult, fitLoop, type Trainable } from './model/fit.js';
import { checkRunOptions, ModelOptionError, type RunOptions } from './model/options.js';
import { readSums, resetSums } from './model/sums.js';
import { checkValues } from './model/values.js';
import { checkpointOf, restoreCheckpointInto, restoreModel, type SaveMeta, saveModel } from './model/checkpoints.js';
import type { Preprocessing } from './data/preprocessing.js';
import { type Classified, classLayout, classRows, preparedInputs } from './model/classify.js';
import { type Generated, type GenerateOptions, generateText } from './model/generate.js';
import { predictRows } from './model/predict-rows.js';
import { type LoadWeightsOptions, type WeightsReport, weightsByName } from './model/weights-by-name.js';
import { CheckpointError, checkpointFiles } from './checkpoint.js';

export { type BackendChoice, type CreateOptions, defaultWarn, type Engine } from './model/engine.js';
export type { Inputs } from './model/feeds.js';
export { type EarlyStopping, type EpochResult, type FitOptions, type FitResult, NonFiniteLossError, type StopReason } from './model/fit.js';
export { ModelBusyError, ModelDisposedError } from './model/calls.js';
export { ModelOptionError, type RunOptions } from './model/options.js';
export { IdOutOfRangeError, NonFiniteInputError } from './model/values.js';
export { type Generated, type GenerateOptions, GenerationError } from './model/generate.js';
export type { ClassRow, Classified } from './model/classify.js';
export { describeSkipped, type LoadWeightsOptions, type SkippedWeight, type WeightsReport } from './model/weights-by-name.js';

/** A step's rows as trainStep takes them: feeds by input and target name, and optional per-row weights. */
type StepBatch = { feeds: Record<string, Float32Array | Int32Array | ArrayLike<number>>; weight?: Float32Array };

/** The spec's `train` settings, as the manifest records them: what `fit` does when its options do not say. */
export interface TrainingSettings {
  epochs: number;
  batchSize: number;
  seed: number;
  shuffle: boolean;
  /** The fraction of the training data held out for validation when no validation data is given (0: none). */
  validationSplit: number;
}

/**
 * A compiled model with its weights, ready to train and run. Its calls take turns: one that overlaps another waits for
 * it (a `predict` or `evaluate` during `fit` runs between two of fit's steps), so overlapping calls are safe on every
 * engine; a second `fit`, or a call that would change what a running `fit` relies on, is a ModelBusyError.
 */
export class Model {
  /** Optimizer steps taken so far (restored from checkpoints). */
  step = 0;
  /** What `fit` uses when its options do not say: the spec's `train` settings, from the manifest. */
  defaults: { epochs: number; seed: number; shuffle: boolean; validationSplit: number };
  /** The spec's inputs and targets, per sample, with class counts and vocabularies (the manifest's `tensors`). */
  readonly tensors: SpecTensor[];
  /** The metrics `fit`, `evaluate` and `readMetrics` report: every one the programs' counters support. */
  readonly metricNames: MetricName[];
  /**
   * How the model's data was prepared (vocabulary, padding, normalisation statistics, class names): set by `loadDataFor`
   * and by restoring a checkpoint that carries it, saved with every checkpoint; raw inputs of predict and generate use it.
   */
  preprocessing?: Preprocessing;
  private readonly calls: CallQueue;

  private constructor(
    readonly artifact: Artifact,
    readonly engine: Engine,
  ) {
    const m = artifact.manifest;
    this.tensors = m.tensors;
    this.metricNames = m.metrics.map((x) => x.name);
    this.defaults = { epochs: m.training.epochs, seed: m.seed, shuffle: m.training.shuffle, validationSplit: m.training.validationSplit };
    this.calls = new CallQueue(m.model);
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

  /** Whether `dispose` was called: every call is then a ModelDisposedError. */
  get disposed(): boolean {
    return this.calls.isDisposed;
  }

  /** A program of the manifest, or an error saying why the model lacks it. */
  program(name: ProgramName): ManifestProgram {
    const p = this.artifact.manifest.programs.find((q) => q.name === name);
    if (!p) throw new ModelOptionError(name, 'program', `${this.artifact.manifest.model} has no ${name} program: ${name === 'predict' ? 'it has no outputs' : 'its spec has no loss and optimizer, so it cannot be trained or evaluated'}`);
    return p;
  }

  private feeds(batch: Batch, program: ProgramName): Values {
    return stepFeeds(this.artifact.manifest, this.program(program), batch);
  }

  /**
   * One optimizer step on one batch of exactly `batchSize` rows: `feeds` by input and target name, and per-row
   * `weight` (default all 1; rows of weight 0 are padding). Returns the batch's mean loss when `read` (a GPU read-back);
   * the epoch's loss and metric sums keep accumulating until `resetMetrics`. Refused while `fit` runs (fit takes the steps).
   */
  async trainStep(batch: StepBatch, read = true): Promise<number | undefined> {
    this.calls.notDuringFit('trainStep', 'fit is taking the steps; call trainStep once it has returned, or stop it with its signal');
    return this.calls.turn('trainStep', () => this.trainStepNow(batch, read, true));
  }

  /** One step in the caller's turn; a batch of the caller's own (`check`) has its values checked first. */
  private async trainStepNow(batch: StepBatch, read: boolean, check: boolean): Promise<number | undefined> {
    const weight = batch.weight ?? new Float32Array(this.batchSize).fill(1);
    const feeds = this.feeds({ feeds: batch.feeds, weight }, 'train_step');
    if (check) checkValues(feeds, this.tensors, this.artifact.manifest.model, { call: 'trainStep', data: 'the batch', step: this.step + 1 });
    const out = await this.engine.run('train_step', feeds, read);
    this.step++;
    return read ? out.loss?.[0] : undefined;
  }

  /** The loss and metrics summed on the device since the last reset, read back now (training sums, or evaluation sums). */
  async readMetrics(which: SumsPrefix = 'train'): Promise<{ loss: number; metrics: Record<string, number> }> {
    checkWhich('readMetrics', which);
    const sums = await this.calls.turn('readMetrics', () => readSums(this.engine, this.artifact.manifest, which));
    return { loss: sums.loss, metrics: sums.metrics };
  }

  /** Zeroes the loss and metric sums that `trainStep` (or `evaluate`) accumulates; the training sums not while `fit` runs. */
  async resetMetrics(which: SumsPrefix = 'train'): Promise<void> {
    checkWhich('resetMetrics', which);
    if (which === 'train') this.calls.notDuringFit('resetMetrics', "fit is summing this epoch's loss; reset after it has returned");
    return this.calls.turn('resetMetrics', () => resetSums(this.engine, this.artifact.manifest, which));
  }

  /** A dataset from feeds by name: each a flat typed array or nested arrays, with rows along the first axis. */
  dataset(inputs: Inputs | Dataset, need: 'predict' | 'train' = 'predict'): Dataset {
    this.calls.open('dataset');
    return toDataset(inputs, this.tensors, this.artifact.manifest.model, need);
  }

  /** Throws the first NaN, infinity or out-of-range id of the tensors a call reads, before any step uses them. */
  private checkData(data: Dataset, call: string, what: string, need: 'predict' | 'train'): void {
    const tensors = this.tensors.filter((t) => need === 'train' || t.role === 'input');
    checkValues(Object.fromEntries(Object.entries(data.columns).map(([k, c]) => [k, c.data])), tensors, this.artifact.manifest.model, { call, data: what });
  }

  /** Trains for `epochs` passes over `data`; returns one result per epoch and why it stopped. One `fit` at a time. */
  async fit(dataOrInputs: Dataset | Inputs, options: FitOptions = {}): Promise<FitResult> {
    this.calls.notDuringFit('fit', 'a model trains one fit at a time; await the first one');
    this.calls.fitting = true;
    try {
      return await fitLoop(this.trainable(), dataOrInputs, options);
    } finally {
      this.calls.fitting = false;
    }
  }

  /** What the fit loop drives: each piece in its own turn, so other calls run between fit's steps. */
  private trainable(): Trainable {
    const turn = <T>(work: () => T | Promise<T>) => this.calls.turn('fit', work);
    const model = this;
    return {
      artifact: this.artifact,
      batchSize: this.batchSize,
      get step() {
        return model.step;
      },
      defaults: this.defaults,
      program: (name) => this.program(name),
      dataset: (inputs, need) => this.dataset(inputs, need),
      checkData: (data, what) => this.checkData(data, 'fit', what, 'train'),
      trainStep: (batch, read) => turn(() => this.trainStepNow(batch, read, false)),
      evaluate: (data) => turn(() => this.evaluateNow(data)),
      resetSums: (which) => turn(() => resetSums(this.engine, this.artifact.manifest, which)),
      readSums: (which) => turn(() => readSums(this.engine, this.artifact.manifest, which)),
      getWeights: () => turn(() => this.readWeightsNow()),
      setWeights: (values) => turn(() => this.writeWeightsNow(values)),
    };
  }

  /** Loss and metrics over a whole dataset (the last batch is padded and its padding ignored). */
  async evaluate(dataOrInputs: Dataset | Inputs, options: RunOptions = {}): Promise<{ loss: number; metrics: Record<string, number> }> {
    this.calls.open('evaluate');
    this.checkRun('evaluate', options);
    this.program('eval_step');
    const data = this.dataset(dataOrInputs, 'train');
    this.checkData(data, 'evaluate', 'the data', 'train');
    return this.calls.turn('evaluate', () => this.evaluateNow(data));
  }

  /** evaluate's work, in the caller's turn: the eval sums zeroed, every batch run, the sums read back. */
  private async evaluateNow(data: Dataset): Promise<{ loss: number; metrics: Record<string, number> }> {
    resetSums(this.engine, this.artifact.manifest, 'eval');
    for (const batch of batches(data, this.batchSize)) await this.engine.run('eval_step', this.feeds(batch, 'eval_step'), false);
    const sums = await readSums(this.engine, this.artifact.manifest, 'eval');
    return { loss: sums.loss, metrics: sums.metrics };
  }

  /**
   * The model's outputs for every row of `data`, in order. Feeds named by source columns (`{ text: ['free money now'] }`)
   * are raw, and are prepared first as the training data was (see `preprocessing`).
   */
  async predict(dataOrInputs: Dataset | Inputs, options: RunOptions = {}): Promise<Values> {
    this.calls.open('predict');
    this.checkRun('predict', options);
    const data = this.dataset(preparedInputs(dataOrInputs, this.tensors, this.preprocessing, this.artifact.manifest.model), 'predict');
    this.program('predict');
    this.checkData(data, 'predict', 'the data', 'predict');
    // A short tail runs row by row on predict_row where the artifact has it (runtime/model/predict-rows.ts).
    return this.calls.turn('predict', () => predictRows(this.engine, this.artifact.manifest, data));
  }

  /** `predict`, and each row's class name and probabilities (class names from the preprocessing, else the ids). */
  async classify(dataOrInputs: Dataset | Inputs, options: RunOptions = {}): Promise<Classified> {
    this.calls.open('classify');
    const layout = classLayout(this.artifact.manifest, this.preprocessing);
    if (!layout) throw new ModelOptionError('classify', 'model', `${this.artifact.manifest.model} predicts no classes: its loss is not a cross-entropy on one of its outputs`);
    const outputs = await this.predict(dataOrInputs, options);
    return { target: layout.target, classes: layout.names, rows: classRows(outputs, layout), outputs };
  }

  /**
   * Text from a next-token model of characters (specs/char-gpt.model): `tokens` characters after `prompt`, each drawn
   * on the host from the logits of the last `context` characters, with `temperature` and `topK`; the same `seed` gives
   * the same text on WebGPU and on the CPU. Compile for batch size 1 ({ batchSize: 1 }) to compute one window per step.
   */
  async generate(options: GenerateOptions): Promise<Generated> {
    this.calls.open('generate');
    return generateText(this.artifact.manifest, this.preprocessing, options, (feeds) => this.predict(feeds));
  }

  /** The options of evaluate and predict: known names and types, and the compiled batch size. */
  private checkRun(call: 'evaluate' | 'predict', options: RunOptions): void {
    checkRunOptions(call, options);
    if (options.batchSize !== undefined && options.batchSize !== this.batchSize)
      throw new ModelOptionError(call, 'batchSize', `this model was compiled for batch size ${this.batchSize}, not ${options.batchSize}: compile again with that batch size`);
  }

  /** Parameter values by path, and the layers' non-trainable variables (BatchNorm's moving statistics), as Keras' get_weights. */
  async getWeights(): Promise<Record<string, Float32Array>> {
    return this.calls.turn('getWeights', () => this.readWeightsNow());
  }

  /** getWeights' work, in the caller's turn. */
  private async readWeightsNow(): Promise<Record<string, Float32Array>> {
    const variables = this.artifact.manifest.state.filter((s) => s.role === 'variable');
    if (!variables.length) return this.engine.readParams();
    const state = await this.engine.readState();
    return { ...(await this.engine.readParams()), ...Object.fromEntries(variables.map((v) => [v.path, state[v.path]])) };
  }

  /**
   * Sets parameters and layer variables by path (any subset); each must be a known one with its number of values.
   * They are checked now, and written now when no call is running, else in their turn (calls made later see them).
   */
  setWeights(values: Record<string, Float32Array | ArrayLike<number>>): void {
    this.calls.open('setWeights');
    const m = this.artifact.manifest;
    const params = new Map(m.params.map((p) => [p.path, p.shape]));
    const variables = new Map(m.state.filter((s) => s.role === 'variable').map((s) => [s.path, s.shape]));
    const checked: Record<string, Float32Array> = {};
    for (const [path, v] of Object.entries(values)) {
      const shape = params.get(path) ?? variables.get(path);
      if (!shape) throw new ModelOptionError('setWeights', path, `'${path}' is not a parameter of ${m.model}; its parameters are ${[...params.keys(), ...variables.keys()].join(', ')}`);
      const n = shape.reduce((a, b) => a * b, 1);
      if (v.length !== n) throw new ModelOptionError('setWeights', path, `'${path}' has shape [${shape.join(', ')}] (${n} values), got ${v.length} values`);
      checked[path] = v instanceof Float32Array ? v : Float32Array.from(v);
    }
    if (this.calls.idle) this.writeWeightsNow(checked);
    // Written in its turn; only a dispose before then can stop it, and then the weights are gone anyway.
    else void this.calls.turn('setWeights', () => this.writeWeightsNow(checked)).catch(() => undefined);
  }

  /** Writes checked weights and layer variables, in the caller's turn. */
  private writeWeightsNow(values: Record<string, Float32Array>): void {
    const params = new Set(this.artifact.manifest.params.map((p) => p.path));
    const out: Record<string, Float32Array> = {};
    const vars: Record<string, Float32Array> = {};
    for (const [path, v] of Object.entries(values)) (params.has(path) ? out : vars)[path] = v;
    this.engine.writeParams(out);
    if (Object.keys(vars).length) this.engine.writeState(vars);
  }

  /**
   * Starts from another spec's trained weights (fine-tuning): every parameter and layer variable whose path is in the
   * file with the same shape and dtype is loaded; the others keep their values. `source` is the bytes of an mdlc
   * checkpoint (its optimizer state and step are ignored) or of a safetensors file of weights named by path, or a path
   * (Node). Returns which weights matched, which were skipped and why, and the file's parameters nothing took.
   */
  async loadWeights(source: string | Uint8Array, options: LoadWeightsOptions, name?: string): Promise<WeightsReport> {
    this.calls.open('loadWeights');
    const label = name ?? (typeof source === 'string' ? source : 'the weights');
    let bytes: Uint8Array;
    if (typeof source === 'string') {
      const files = checkpointFiles();
      if (!files.readBytes) throw new CheckpointError(`loading weights from ${source} by path needs a file system that can read bytes; pass the file's bytes instead`);
      bytes = await files.readBytes(source);
    } else bytes = source;
    const { params, variables, report } = weightsByName(this.artifact.manifest, bytes, label, options);
    await this.calls.turn('loadWeights', () => this.writeWeightsNow({ ...params, ...variables }));
    return report;
  }

  /** This model's checkpoint now: weights, optimizer state and step counter, with the spec text and program hash (`encodeCheckpoint` makes it bytes). */
  checkpoint(meta: SaveMeta): Promise<Checkpoint> {
    return this.calls.turn('checkpoint', () => checkpointOf(this, meta));
  }

  /** Writes weights, optimizer state and step counter (atomically, in Node) with the spec text and program hash. */
  save(path: string, meta: SaveMeta): Promise<void> {
    return this.calls.turn('save', () => saveModel(this, path, meta));
  }

  /**
   * Restores a checkpoint written by `save` for the same compiled program: weights, optimizer state and step counter;
   * returns it (its meta says where to resume). With `weightsOnly`, only the parameters are loaded, and the checkpoint
   * may come from another compilation of the spec (another batch size, learning rate or target): for evaluation and
   * inference, or to fine-tune from trained weights with a fresh optimizer. Every tensor is checked before any is written
   * (see RestoreOptions for what `allowOtherSpec` and `allowNonFinite` let through). Only `weightsOnly` while `fit` runs.
   */
  async restore(path: string, options: RestoreOptions = {}): Promise<Checkpoint> {
    if (!options.weightsOnly) this.calls.notDuringFit('restore', "it would replace the optimizer state and step counter of the running fit; restore with { weightsOnly: true }, or after fit has returned");
    return this.calls.turn('restore', () => restoreModel(this, path, options));
  }

  /**
   * `restore` from a checkpoint in memory (`decodeCheckpoint` of its bytes, in a browser); `name` labels it in the
   * CheckpointError. It runs at once, so it is refused (ModelBusyError) while another call runs: await that first.
   */
  restoreCheckpoint(ckpt: Checkpoint, options: RestoreOptions = {}, name?: string): Checkpoint {
    if (!options.weightsOnly) this.calls.notDuringFit('restoreCheckpoint', "it would replace the optimizer state and step counter of the running fit; restore with { weightsOnly: true }, or after fit has returned");
    this.calls.open('restoreCheckpoint');
    const running = this.calls.running;
    if (running !== undefined) throw new ModelBusyError(this.artifact.manifest.model, 'restoreCheckpoint', running, 'it writes the weights at once; await the call in progress first, or use restore(), which waits its turn');
    return restoreCheckpointInto(this, ckpt, options, name);
  }

  /** Frees the device once the call in progress (if any) ends; calls still waiting, and every later one, are a ModelDisposedError. */
  dispose(): void {
    this.calls.dispose(() => this.engine.destroy());
  }
}

/** Which running sums a call reads or resets: 'train' or 'eval'. */
function checkWhich(call: string, which: unknown): void {
  if (which !== 'train' && which !== 'eval') throw new ModelOptionError(call, 'which', `which sums: 'train' or 'eval', got ${JSON.stringify(which)}${typeof which === 'string' ? suggest(which, ['train', 'eval']) : ''}`);
}
