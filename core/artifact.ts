// The compiled artifact: everything the runtime needs to train and run a model, with no compiler involved.
// Written by `mdlc compile -o dir` as manifest.json + one .wgsl file per kernel + initial weights (safetensors) + the IR.
import type { Module, StateRole } from './ir.js';

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

/** One entry point: its kernels in dispatch order (one compute pass, one submit per step). */
export interface ManifestProgram {
  name: 'train_step' | 'eval_step' | 'predict';
  inputs: ManifestTensor[];
  outputs: ManifestTensor[];
  /** Elements needed in the data and work arenas. */
  elements: { data: number; work: number };
  kernels: ManifestKernel[];
}

/** The manifest: model, memory layout, parameters, optimizer state and programs. */
export interface Manifest {
  format: 'mdlc-artifact';
  version: 1;
  model: string;
  /** SHA-256 of the spec text and of the compiled programs, to match checkpoints to the program that wrote them. */
  specHash: string;
  programHash: string;
  batch: number;
  seed: number;
  elements: { params: number; state: number };
  params: { path: string; shape: number[]; offset: number; init: { kind: string; args: Record<string, number> } }[];
  /** State tensors; `role: 'variable'` marks a layer's non-trainable variable (kept with the weights), absent for optimizer and epoch state. */
  state: { path: string; shape: number[]; offset: number; value: number; role?: StateRole }[];
  programs: ManifestProgram[];
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

/** An input or target of the spec, as the caller knows it from the compiled model. */
export interface SpecTensor {
  name: string;
  dtype: 'f32' | 'i32';
  /** Per-sample shape, without the batch axis. */
  shape: number[];
  role: 'input' | 'target';
  /** The class count the spec implies (logits width), when this is a class target and the caller knows it. */
  classes?: number;
  /** How many ids an i32 input may hold (its Embedding's rows), when the caller knows it; tokenized text must fit. */
  vocab?: number;
}
