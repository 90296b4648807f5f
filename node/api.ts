// The library's front door: a spec file or an artifact folder -> a Model on the WebGPU device (or the CPU executor).
import { readFileSync } from 'node:fs';
import { loadArtifact } from './load-artifact.js';
import { installNodeHost } from './host.js';
import { type LoadedData, loadData } from './data/load.js';
import type { DataConfig } from './data/config.js';
import type { MetricName } from '../runtime/metrics.js';
import { type BackendChoice, type CreateOptions, defaultWarn, Model } from '../runtime/model.js';
import { specTensors } from './cli-train.js';
import { compileSource } from '../compiler/compile.js';
import { type Diagnostic, SourceFile } from '../core/diagnostic.js';
import { renderDiagnostics } from '../compiler/diagnostics/render.js';

installNodeHost(); // Models made here get Dawn and checkpoint files

/** A spec with errors: `diagnostics` as data, `message` rendered as `mdlc check` prints them (file:line:col, carets). */
export class SpecError extends Error {
  constructor(
    readonly file: SourceFile,
    readonly diagnostics: Diagnostic[],
  ) {
    super(renderDiagnostics(file, diagnostics, { color: false }).trimEnd());
    this.name = 'SpecError';
  }
}

/** Options of `compileModel`. */
export interface CompileModelOptions {
  /** 'auto' (default): WebGPU, else the CPU reference executor with a warning; 'webgpu' or 'cpu' to insist. */
  backend?: BackendChoice;
  /** The batch size to compile for (default: the spec's `train batch_size`). */
  batchSize?: number;
  /** Overrides of the spec's constants, as `--set` gives them. */
  set?: Record<string, string | number>;
  /** A constant learning rate instead of the spec's optimizer schedule. */
  lr?: number;
  /** The seed of initial weights, dropout and `fit`'s shuffling (default: the spec's `train seed`). */
  seed?: number;
  /** The spec's text when it is not read from `path` (then `path` only names it in messages). */
  source?: string;
  /** Where warnings go: the spec's and the device fallback's (default: console.warn). */
  warn?: (message: string) => void;
  /** A WebGPU device to share between models (default: the model requests its own). */
  device?: GPUDevice;
}

/** What the spec says about training, for callers that want the spec's own settings. */
export interface SpecTraining {
  epochs: number;
  batchSize: number;
  seed: number;
  shuffle: boolean;
  validationSplit: number;
}

/**
 * Compiles a spec (a `.model` file, or `options.source` named `path`) in-process and creates its model: weights
 * initialized as the spec says, on the WebGPU device (or the CPU executor). Throws a SpecError for a spec with errors.
 */
export async function compileModel(path: string, options: CompileModelOptions = {}): Promise<Model & { settings: SpecTraining }> {
  let text = options.source;
  if (text === undefined) {
    try {
      text = readFileSync(path, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new Error(`cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (e as Error).message}`);
    }
  }
  const file = new SourceFile(path, text);
  const overrides = Object.fromEntries(Object.entries(options.set ?? {}).map(([k, v]) => [k, String(v)]));
  // A spec with a loss compiles for training (a missing optimizer is then an error); one without, for predict only.
  const compiled = compileSource(file, { purpose: 'auto', backend: true, overrides, batch: options.batchSize, training: { lr: options.lr, seed: options.seed } });
  const errors = compiled.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length || !compiled.artifact || !compiled.model) throw new SpecError(file, compiled.diagnostics);
  const warnings = compiled.diagnostics.filter((d) => d.severity !== 'error');
  const warn = options.warn ?? defaultWarn;
  if (warnings.length) warn(renderDiagnostics(file, warnings, { color: false }).trimEnd());
  const checked = compiled.model;
  const t = checked.train;
  const training = { epochs: t.epochs, seed: t.seed, shuffle: t.shuffle, validationSplit: t.validation_split };
  const model = await Model.create(compiled.artifact, {
    backend: options.backend,
    module: compiled.module,
    metrics: checked.metrics.map((m) => m.kind as MetricName),
    tensors: specTensors(checked),
    spec: text,
    warn,
    device: options.device,
    training,
  });
  return Object.assign(model, { settings: { ...training, batchSize: model.batchSize } });
}

/**
 * Loads an artifact folder written by `mdlc compile -o` and creates its model with the
 * folder's weights. Throws an ArtifactError naming each file at fault.
 */
export async function loadModel(dir: string, options: Omit<CreateOptions, 'module'> = {}): Promise<Model> {
  const artifact = await loadArtifact(dir);
  return Model.create(artifact, options);
}

/**
 * Loads data for a model: a config file path, a config object or a dataset name (mnist, spam-assassin, iris), fitted to
 * the model's inputs and targets (normalization, label encoding, tokenization) and split as the config says.
 * Throws a DataError naming the file, row and column at fault.
 */
export function loadDataFor(model: Model, configOrName: string | DataConfig, baseDir: string = process.cwd()): LoadedData {
  return loadData(configOrName, model.tensors, baseDir);
}
