// The library's front door: a spec file or an artifact folder -> a Model on the WebGPU device (or the CPU executor).
import { readFileSync } from 'node:fs';
import { loadArtifact } from './load-artifact.js';
import { installNodeHost } from './host.js';
import { type LoadedData, loadData } from './data/load.js';
import type { DataLimits } from './data/limits.js';
import type { DataConfig } from './data/config.js';
import { preprocessingOf } from './data/preprocessing.js';
import { type BackendChoice, type CreateOptions, defaultWarn, Model, type TrainingSettings } from '../runtime/model.js';
import { NoAdapterError, requestDevice } from '../runtime/device.js';
import { deviceKey, kernelChoiceStore, tuneKernels, type TuneOptions, type TuneResult } from '../runtime/gpu/tune.js';
import type { Artifact, ManifestProgram } from '../core/artifact.js';
import { GpuSession } from '../runtime/gpu/session.js';
import { type ProfileOptions, type ProgramProfile, profileProgram } from '../runtime/gpu/profile.js';
import { compileSource, type SourcePurpose } from '../compiler/compile.js';
import { settingKey } from '../compiler/overrides.js';
import { type Diagnostic, SourceFile } from '../core/diagnostic.js';
import { renderDiagnostics } from '../compiler/diagnostics/render.js';
import { fileSystemError } from './fs-errors.js';

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
  /** The batch size to compile for (default: the spec's `train batch_size`); the override `train.batch_size`. */
  batchSize?: number;
  /** Overrides of the spec's constants (`{ d_model: 128 }`) and settings (`{ 'train.epochs': 5 }`), as `--set` gives them. */
  set?: Record<string, string | number>;
  /** A constant learning rate instead of the spec's optimizer schedule; the override `optimizer.lr`. */
  lr?: number;
  /** The seed of initial weights, dropout and `fit`'s shuffling (default: the spec's `train seed`); the override `train.seed`. */
  seed?: number;
  /** 'auto' (default): for training when the spec has a loss, else for inference; 'train' makes a missing loss or optimizer an error. */
  purpose?: SourcePurpose;
  /** The spec's text when it is not read from `path` (then `path` only names it in messages). */
  source?: string;
  /** Where warnings go: the spec's and the device fallback's (default: console.warn). */
  warn?: (message: string) => void;
  /** Receives the spec's warnings as data instead of `warn` getting them rendered (the CLI renders them in color). */
  onWarnings?: (file: SourceFile, warnings: Diagnostic[]) => void;
  /** A WebGPU device to share between models (default: the model requests its own). */
  device?: GPUDevice;
  /** The variant of each kernel shape to run (default: what `mdlc tune` remembered for the device); false: the defaults. */
  kernelChoices?: Readonly<Record<string, string>> | false;
  /** First time the kernel shapes not yet remembered for the device, within the budget (see `tuneSpec`). */
  tune?: boolean | Pick<TuneOptions, 'budgetMs' | 'onProgress' | 'onCheck' | 'stepCheck'>;
}

/** What the spec says about training (the manifest's record of it): `model.settings`. */
export type SpecTraining = TrainingSettings;

/** The override each option stands for: every setting reaches the checker the way `--set section.name=value` does. */
const settingNames = { batchSize: settingKey('train', 'batch_size'), seed: settingKey('train', 'seed'), lr: settingKey('optimizer', 'lr') } satisfies Partial<Record<keyof CompileModelOptions, string>>;

/** The overrides `compileSource` takes for these options: `set`, then `batchSize`, `seed` and `lr` as settings. */
export function settingOverrides(options: Pick<CompileModelOptions, 'set' | keyof typeof settingNames>): Record<string, string> {
  const out = Object.fromEntries(Object.entries(options.set ?? {}).map(([k, v]) => [k, String(v)]));
  for (const [option, setting] of Object.entries(settingNames) as [keyof typeof settingNames, string][]) {
    const v = options[option];
    if (v !== undefined) out[setting] = String(v);
  }
  return out;
}

/**
 * Compiles a spec (a `.model` file, or `options.source` named `path`) in-process and creates its model: weights
 * initialized as the spec says, on the WebGPU device (or the CPU executor). Throws a SpecError for a spec with errors,
 * a bad override among them, and an EnvironmentError for a spec file that cannot be read.
 */
export async function compileModel(path: string, options: CompileModelOptions = {}): Promise<Model> {
  const artifact = compileArtifact(path, options);
  if (options.tune && options.backend !== 'cpu' && options.kernelChoices === undefined) {
    await tuneArtifact(artifact, { ...(typeof options.tune === 'object' ? options.tune : {}), onlyNew: true }).catch((e: unknown) => {
      // Without an adapter there is nothing to tune, and Model.create says so (or falls back to the CPU).
      if (!(e instanceof NoAdapterError)) throw e;
    });
  }
  return Model.create(artifact, { backend: options.backend, warn: options.warn ?? defaultWarn, device: options.device, kernelChoices: options.kernelChoices });
}

/** What tuning a spec found, and for which device. */
export interface SpecTuning extends TuneResult {
  /** The device the choices are remembered for (backend, vendor, architecture, description). */
  device: string;
  /** How many kernels of the spec's programs have variants. */
  kernels: number;
}

/**
 * Times the kernel variants of an artifact on the default WebGPU device and remembers the fastest per kernel shape in
 * the host's store (Node: the cache folder). With `onlyNew`, shapes already remembered are not timed again.
 */
export async function tuneArtifact(artifact: Artifact, options: Pick<TuneOptions, 'budgetMs' | 'onProgress' | 'onCheck' | 'stepCheck'> & { onlyNew?: boolean } = {}): Promise<SpecTuning> {
  const handle = await requestDevice();
  try {
    const device = deviceKey(handle.adapterInfo);
    const store = kernelChoiceStore();
    const known = options.onlyNew ? await store?.load(device) : undefined;
    const result = await tuneKernels(handle.device, artifact, { budgetMs: options.budgetMs, onProgress: options.onProgress, onCheck: options.onCheck, stepCheck: options.stepCheck, known });
    // Every measured shape is remembered, the defaults a whole-step check fell back to among them: never timed again.
    await store?.save(device, result.choices);
    return { ...result, device, kernels: artifact.manifest.programs.reduce((n, p) => n + p.kernels.filter((k) => k.variants).length, 0) };
  } finally {
    handle.release();
  }
}

/** Compiles a spec (as `compileModel` does) and tunes its kernels on the default device: `mdlc tune`. */
export async function tuneSpec(path: string, options: Omit<CompileModelOptions, 'tune' | 'kernelChoices'> & Pick<TuneOptions, 'budgetMs' | 'onProgress' | 'onCheck' | 'stepCheck'> & { onlyNew?: boolean } = {}): Promise<SpecTuning> {
  return tuneArtifact(compileArtifact(path, options), options);
}

/** What profiling a spec found, and on which device. */
export interface SpecProfile extends ProgramProfile {
  /** The adapter (backend, vendor, architecture, description). */
  device: string;
  /** Whether the kernels ran the variants remembered for the device (else every default). */
  tuned: boolean;
}

/**
 * Compiles a spec and runs one of its programs a few steps on the default WebGPU device with each kernel timed
 * (`mdlc profile`): the variants `mdlc tune` remembered for the device unless `kernelChoices` is false. Throws a
 * SpecError for a spec with errors and a NoAdapterError without a device.
 */
export async function profileSpec(
  path: string,
  options: Omit<CompileModelOptions, 'tune' | 'backend'> & ProfileOptions & { program?: ManifestProgram['name']; onCompiled?(programs: ManifestProgram['name'][]): void } = {},
): Promise<SpecProfile> {
  // Every matmul with a key ('all' variants), so each one's FLOPs are known; only the forms that run are compiled for the GPU.
  const artifact = compileArtifact(path, { ...options, variants: 'all' });
  options.onCompiled?.(artifact.manifest.programs.map((p) => p.name));
  const handle = await requestDevice();
  let session: GpuSession | undefined;
  try {
    const device = deviceKey(handle.adapterInfo);
    const choices = options.kernelChoices === false ? {} : (options.kernelChoices ?? (await kernelChoiceStore()?.load(device)) ?? {});
    session = await GpuSession.create(handle.device, artifact, choices);
    const program = options.program ?? (artifact.manifest.programs.some((p) => p.name === 'train_step') ? 'train_step' : 'predict');
    const profile = await profileProgram(session, program, options);
    return { ...profile, device, tuned: Object.keys(choices).length > 0 };
  } finally {
    session?.destroy();
    handle.release();
  }
}

/** A spec as a SourceFile: `source` when given (then `path` only names it), else the file's text; an unreadable file is an EnvironmentError. */
export function readSpec(path: string, source?: string): SourceFile {
  if (source !== undefined) return new SourceFile(path, source);
  try {
    return new SourceFile(path, readFileSync(path, 'utf8'));
  } catch (e) {
    throw fileSystemError(e, 'read', path, false);
  }
}

/** The front half of `compileModel`: the spec read and compiled to an artifact, warnings reported, errors thrown. */
function compileArtifact(path: string, options: CompileModelOptions & { variants?: boolean | 'all' }): Artifact {
  const file = readSpec(path, options.source);
  // 'auto': a spec with a loss compiles for training (a missing optimizer is then an error); one without, for predict only.
  // Kernel variants only where a device may choose among them (the CPU executor runs the IR).
  const variants = options.variants ?? (options.backend !== 'cpu' && options.kernelChoices !== false);
  const compiled = compileSource(file, { purpose: options.purpose ?? 'auto', backend: true, variants, overrides: settingOverrides(options) });
  const errors = compiled.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length || !compiled.artifact) throw new SpecError(file, compiled.diagnostics);
  const warnings = compiled.diagnostics.filter((d) => d.severity !== 'error');
  const warn = options.warn ?? defaultWarn;
  if (warnings.length) {
    if (options.onWarnings) options.onWarnings(file, warnings);
    else warn(renderDiagnostics(file, warnings, { color: false }).trimEnd());
  }
  return compiled.artifact;
}

/**
 * Loads an artifact folder written by `mdlc compile -o` and creates its model with the folder's weights. The manifest
 * describes the model, so it does all a compiled one does. Throws an ArtifactError naming each file at fault.
 */
export async function loadModel(dir: string, options: Omit<CreateOptions, 'module'> = {}): Promise<Model> {
  const artifact = await loadArtifact(dir);
  return Model.create(artifact, options);
}

/**
 * Loads data for a model and sets `model.preprocessing` to what was fitted: a config file path, a data file (.csv, .jsonl, .npy) or folder whose columns match the model's
 * names, a config object or a dataset name (mnist, spam-assassin, iris), fitted to the model's inputs and targets
 * (normalization, label encoding, tokenization) and split as the config says; `options.maxDataSize` raises the 1 GiB limit.
 * Throws a DataError naming the file, row and column at fault.
 */
export function loadDataFor(model: Model, configOrName: string | DataConfig, baseDir: string = process.cwd(), options: DataLimits = {}): LoadedData {
  const data = loadData(configOrName, model.tensors, baseDir, options);
  // What was fitted becomes the model's preprocessing: its checkpoints carry it, and raw inputs are prepared with it.
  model.preprocessing = preprocessingOf(data.info, model.tensors);
  return data;
}
