// The fit loop: epochs of seeded shuffles and padded batches, sums read once per epoch, validation, early stopping,
// abort and exact resume mid-epoch; a non-finite loss stops it with the steps it happened between.
import type { Artifact, ManifestProgram } from '../../core/artifact.js';
import type { SumsPrefix } from '../../core/interface.js';
import { batches, type Batch, type Dataset, shuffledOrder, split } from '../data/dataset.js';
import type { Inputs } from './feeds.js';
import { checkFitOptions, checkSetting, ModelOptionError } from './options.js';

/**
 * What the fit loop needs of a model. Each async member runs in its turn among the model's calls, so a `predict` or
 * `evaluate` issued during `fit` runs between two of its steps and sees the weights of the last one.
 */
export interface Trainable {
  readonly artifact: Artifact;
  readonly batchSize: number;
  readonly step: number;
  readonly defaults: { epochs: number; seed: number; shuffle: boolean; validationSplit: number };
  program(name: ManifestProgram['name']): ManifestProgram;
  dataset(inputs: Inputs | Dataset, need: 'predict' | 'train'): Dataset;
  /** Throws the first NaN, infinity or out-of-range id of a dataset, before any step uses it. */
  checkData(data: Dataset, what: string): void;
  trainStep(batch: Batch, read: boolean): Promise<number | undefined>;
  evaluate(data: Dataset): Promise<{ loss: number; metrics: Record<string, number> }>;
  resetSums(which: SumsPrefix): Promise<void>;
  readSums(which: SumsPrefix): Promise<{ loss: number; metrics: Record<string, number>; nonfinite: number }>;
  getWeights(): Promise<Record<string, Float32Array>>;
  setWeights(values: Record<string, Float32Array>): Promise<void>;
}

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
  /** Data evaluated after every epoch (a Dataset, or feeds by name). */
  validation?: Dataset | Inputs;
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
  earlyStopping?: EarlyStopping;
  signal?: AbortSignal;
}

/** When `fit` stops early: `patience` epochs without an improvement of the monitored loss by more than `minDelta`. */
export interface EarlyStopping {
  monitor: 'loss' | 'val_loss';
  patience: number;
  minDelta?: number;
  restoreBestWeights?: boolean;
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

/** Trains `model` for `epochs` passes over `data`; returns one result per epoch and why it stopped. */
export async function fitLoop(model: Trainable, dataOrInputs: Dataset | Inputs, options: FitOptions = {}): Promise<FitResult> {
  checkFitOptions(options);
  model.program('train_step');
  if (options.batchSize !== undefined && options.batchSize !== model.batchSize)
    throw new ModelOptionError('fit', 'batchSize', `this model was compiled for batch size ${model.batchSize}, not ${options.batchSize}: compile again with that batch size`);
  // Defaults are checked too: `model.defaults` is the user's to change.
  const setting = <K extends 'epochs' | 'seed' | 'shuffle' | 'validationSplit'>(name: K): Trainable['defaults'][K] => {
    const value = options[name] ?? model.defaults[name];
    checkSetting('fit', name, value, options[name] === undefined ? `model.defaults.${name}` : 'the option');
    return value as Trainable['defaults'][K];
  };
  const epochs = setting('epochs');
  const seed = setting('seed');
  const shuffle = setting('shuffle');
  const validationSplit = setting('validationSplit');
  let data = model.dataset(dataOrInputs, 'train');
  let validation = options.validation === undefined ? undefined : model.dataset(options.validation, 'train');
  if (validationSplit > 0 && !validation) {
    const parts = split(data, { validation: validationSplit }, seed);
    data = parts.train;
    validation = parts.validation;
  }
  if (data.size === 0) throw new RangeError('fit: the training data is empty');
  model.checkData(data, 'the training data');
  if (validation) model.checkData(validation, 'the validation data');
  const history: EpochResult[] = [];
  const readEvery = options.readEvery ?? 1;
  let best = Infinity;
  let waited = 0;
  let bestWeights: Record<string, Float32Array> | undefined;
  const first = options.initialEpoch ?? 0;
  for (let epoch = first; epoch < epochs; epoch++) {
    const t0 = performance.now();
    const skip = epoch === first ? (options.initialStep ?? 0) : 0;
    const steps = Math.ceil(data.size / model.batchSize);
    if (skip >= steps) throw new ModelOptionError('fit', 'initialStep', `'initialStep' must be below the ${steps} steps of an epoch, got ${skip}`);
    if (skip === 0) await model.resetSums('train');
    const order = shuffle ? shuffledOrder(data.size, seed, epoch) : undefined;
    options.onEpochStart?.({ epoch, steps });
    let step = 0;
    let lastRead = model.step;
    for (const batch of batches(data, model.batchSize, order)) {
      if (step < skip) {
        step++;
        continue;
      }
      if (options.signal?.aborted) return { history, stopped: 'aborted', epoch, stepInEpoch: step };
      const read = (step + 1) % readEvery === 0 || step + 1 === steps;
      const loss = await model.trainStep(batch, read);
      if (loss !== undefined && !Number.isFinite(loss)) throw new NonFiniteLossError(epoch, model.step, lastRead + 1);
      if (read) lastRead = model.step;
      options.onStep?.({ epoch, step: step + 1, steps, loss });
      step++;
    }
    const sums = await model.readSums('train');
    if (sums.nonfinite > 0) throw new NonFiniteLossError(epoch, model.step, lastRead + 1);
    const result: EpochResult = { epoch, loss: sums.loss, metrics: sums.metrics, seconds: 0, steps };
    if (validation) result.val = await model.evaluate(validation);
    result.seconds = (performance.now() - t0) / 1000;
    history.push(result);
    await options.onEpoch?.(result);
    if (options.earlyStopping) {
      const value = options.earlyStopping.monitor === 'val_loss' ? (result.val?.loss ?? result.loss) : result.loss;
      if (value < best - (options.earlyStopping.minDelta ?? 0)) {
        best = value;
        waited = 0;
        if (options.earlyStopping.restoreBestWeights) bestWeights = await model.getWeights();
      } else if (++waited >= options.earlyStopping.patience) {
        if (bestWeights) await model.setWeights(bestWeights);
        return { history, stopped: 'early-stopping', epoch: epoch + 1, stepInEpoch: 0 };
      }
    }
  }
  return { history, stopped: 'completed', epoch: Math.max(epochs, first), stepInEpoch: 0 };
}
