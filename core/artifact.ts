// The compiled artifact: everything the runtime needs to train and run a model, with no compiler involved.
// Written by `mdlc compile -o dir` as manifest.json + one .wgsl file per kernel + initial weights (safetensors) + the IR.
import type { Module, StateRole } from './ir.js';
import type { CounterName, MetricName, ReservedFeedName } from './interface.js';

/** Memory arenas: one GPU buffer each. params and state persist across steps; data holds a step's inputs; work is scratch. */
export type ArenaName = 'params' | 'state' | 'data' | 'work';

/** One kernel: its WGSL file, the arenas it binds (binding number fixed per arena) and its dispatch size. */
export interface ManifestKernel {
  name: string;
  kind: 'elementwise' | 'reduce' | 'matmul' | 'scatter';
  /** File name of the WGSL source inside the artifact folder (or the key in `Artifact.shaders`). */
  shader: string;
  bindings: { arena: ArenaName; binding: number; write: boolean }[];
  workgroups: number;
  /** Spec lines the kernel came from, e.g. `specs/mlp.model:12`. */
  source: string[];
  /** The kernel's shape (kind and sizes), under which a device's fastest variant is remembered; set with `variants`. */
  key?: string;
  /**
   * Forms of this kernel that compute the same values (register tiles, workgroup sizes), the default (`shader`) first:
   * the runtime may time them on its device and run the fastest. Absent where there is only one form.
   */
  variants?: KernelVariant[];
}

/** One form of a kernel: its label (`tile8x8`, `wg128`), its WGSL file and its dispatch size. */
export interface KernelVariant {
  label: string;
  shader: string;
  workgroups: number;
  /** Device features its shader needs (e.g. `subgroups`); absent: it runs on every device. */
  features?: string[];
  /** The narrowest subgroup its shader is correct on; a device whose subgroups may be narrower (or says nothing of their width) runs another form. */
  minSubgroupSize?: number;
}

/** What decides whether a device can run a variant (a GPUDevice will do): its features and its adapter's narrowest subgroup. */
export interface VariantTarget {
  features: { has(name: string): boolean };
  adapterInfo?: { subgroupMinSize?: number };
}

/** Whether a device can run a variant: it has every feature the shader needs, and subgroups at least as wide as it assumes. */
export function variantRunsOn(v: Pick<KernelVariant, 'features' | 'minSubgroupSize'>, device: VariantTarget): boolean {
  if (!(v.features ?? []).every((f) => device.features.has(f))) return false;
  return v.minSubgroupSize === undefined || (device.adapterInfo?.subgroupMinSize ?? 0) >= v.minSubgroupSize;
}

/** A tensor the program reads or returns. `constant` outputs are known at compile time and never stored. */
export interface ManifestTensor {
  name: string;
  dtype: 'f32' | 'i32';
  shape: number[];
  arena: ArenaName;
  offset: number;
  constant?: number;
}

/** The programs of an artifact: the IR's three, and predict compiled again for one row (`Manifest.rowPredict`). */
export type ManifestProgramName = 'train_step' | 'eval_step' | 'predict' | 'predict_row';

/** One entry point: its kernels in dispatch order (one compute pass, one submit per step). */
export interface ManifestProgram {
  name: ManifestProgramName;
  inputs: ManifestTensor[];
  outputs: ManifestTensor[];
  /** Elements needed in the data and work arenas. */
  elements: { data: number; work: number };
  kernels: ManifestKernel[];
}

/** A feed the runtime supplies itself (see `reservedFeeds` in core/interface.ts), and the programs that read it. */
export interface ReservedFeed {
  name: ReservedFeedName;
  dtype: 'f32' | 'i32';
  /** Per-sample shape, without the batch axis. */
  shape: number[];
  programs: ManifestProgram['name'][];
}

/** A metric the programs' counters support, and the counters it is computed from (state `<train|eval>.metrics.<counter>`). */
export interface ManifestMetric {
  name: MetricName;
  counters: CounterName[];
}

/** What `fit` does when its options do not say: the spec's `train` settings besides the batch size and seed. */
export interface ManifestTraining {
  epochs: number;
  shuffle: boolean;
  /** The fraction of the training data held out for validation when no validation data is given (0: none). */
  validationSplit: number;
}

/**
 * The manifest: the model and what it reads (inputs and targets, reserved feeds), what it reports (metrics), the spec's
 * training settings, then the memory layout, parameters, optimizer state and programs.
 */
export interface Manifest {
  format: 'mdlc-artifact';
  version: 1;
  model: string;
  /** SHA-256 of the spec text and of the compiled programs, to match checkpoints to the program that wrote them. */
  specHash: string;
  programHash: string;
  /** The spec's text, stored in checkpoints so they can be inspected or resumed without the original file. */
  specText: string;
  /** Rows per step: the batch size every program was compiled for (the spec's `batch_size`). */
  batchSize: number;
  seed: number;
  /** The spec's inputs and targets, per sample, with class counts and vocabularies: what data must provide. */
  tensors: SpecTensor[];
  /** Program inputs that are not data: the runtime fills them itself. */
  reserved: ReservedFeed[];
  /** Every metric the counters support, in report order. */
  metrics: ManifestMetric[];
  training: ManifestTraining;
  /** The class target of a classification loss and the output it scores (absent without one, and in manifests written before it). */
  scores?: ClassScores;
  elements: { params: number; state: number };
  params: { path: string; shape: number[]; offset: number; init: { kind: string; args: Record<string, number> } }[];
  /** State tensors; `role: 'variable'` marks a layer's non-trainable variable (kept with the weights), absent for optimizer and epoch state. */
  state: { path: string; shape: number[]; offset: number; value: number; role?: StateRole }[];
  programs: ManifestProgram[];
  /**
   * predict compiled for batch 1 (name `predict_row`), for a few rows without padding them to `batchSize`: same
   * parameters and state, its own data and work needs inside the same arenas. Kept out of `programs`, which are the IR's
   * programs one for one; absent when the batch size is 1, and in manifests written before it.
   */
  rowPredict?: ManifestProgram;
  /** Intermediate tensors the predict program also returns (compiled with `expose`), and where each came from; absent when none. */
  intermediates?: ManifestIntermediate[];
}

/** Every program a manifest holds: `programs`, then `rowPredict` when it has one. */
export function manifestPrograms(m: Pick<Manifest, 'programs' | 'rowPredict'>): ManifestProgram[] {
  return m.rowPredict ? [...m.programs, m.rowPredict] : m.programs;
}

/** Kinds of intermediate tensors a compilation can expose as extra outputs of predict. */
export const intermediateKindNames = ['attention_weights'] as const;

/** One of intermediateKindNames. */
export type IntermediateKind = (typeof intermediateKindNames)[number];

/** An intermediate tensor predict returns: its output name, kind, the layer and spec line it came from, its shape and axes. */
export interface ManifestIntermediate {
  output: string;
  kind: IntermediateKind;
  layer: string;
  source: string;
  shape: number[];
  axes: string[];
}

/**
 * An artifact in memory: the manifest, WGSL sources by file name, optional initial weights by parameter path, and the
 * optimized IR the kernels were fused from (program.ir.json), which the CPU reference executor runs when there is no GPU.
 */
export interface Artifact {
  manifest: Manifest;
  shaders: Record<string, string>;
  weights?: Record<string, Float32Array>;
  module?: Module;
}

/** The fields a manifest of format 1 gained with its description of the model (`batch` became `batchSize`). */
export const describedFields = ['specText', 'batchSize', 'tensors', 'reserved', 'metrics', 'training'] as const;

/**
 * Why a manifest that says format 1 was written by an earlier mdlc, before manifests described the model's inputs,
 * targets and metrics (a sentence to show), or undefined when it has those fields.
 */
export function outdatedManifest(value: Record<string, unknown>): string | undefined {
  const missing = describedFields.filter((f) => !(f in value));
  if (missing.length === 0) return undefined;
  const old = 'batch' in value && !('batchSize' in value) ? ' (it has "batch" where this mdlc reads "batchSize")' : '';
  return `was written by an earlier mdlc: it lacks ${missing.map((f) => `"${f}"`).join(', ')}, the description of the model's inputs, targets, metrics and settings that this mdlc reads${old}; compile the spec again with mdlc compile -o`;
}

/** An input or target of the spec, as the compiler describes it in the manifest. */
export interface SpecTensor {
  name: string;
  dtype: 'f32' | 'i32';
  /** Per-sample shape, without the batch axis. */
  shape: number[];
  role: 'input' | 'target';
  /** The class count the spec implies (logits width), when this is a class target. */
  classes?: number;
  /** How many ids an i32 input may hold (its Embedding's rows), when it feeds an Embedding; tokenized text must fit. */
  vocab?: number;
}

/** A class target's scores: the output its loss compares with it, and what turns that output into probabilities. */
export interface ClassScores {
  target: string;
  output: string;
  activation: ScoreActivation;
}

/** How a class target's output becomes probabilities: softmax of logits, sigmoid of one logit, or none (already probabilities). */
export type ScoreActivation = 'softmax' | 'sigmoid' | 'none';
