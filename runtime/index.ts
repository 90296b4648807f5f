// The public runtime API: a WebGPU device, artifacts, and sessions that train and run models (GPU, or the CPU fallback).
export { requestDevice, NoAdapterError } from './device.js';
export type { Backend, RequestDeviceOptions, AdapterInfo, DeviceLostRecord, GpuHandle } from './device.js';
export type { Artifact, Manifest, ManifestKernel, ManifestProgram, ManifestTensor, ArenaName } from '../core/artifact.js';
export { GpuSession, GpuError, type Feeds, type Outputs } from './gpu/session.js';
export { CpuSession } from './cpu/session.js';
export { execute, ExecutionError } from './cpu/execute.js';
export type { Tensor, Precision } from './cpu/tensor.js';
export { initialize, fans } from './init.js';
export { loadArtifact, parseArtifact, ArtifactError } from './load.js';
export { encodeSafetensors, decodeSafetensors, SafetensorsError } from './safetensors.js';
export { Model, NonFiniteLossError, type BackendChoice, type CreateOptions, type TrainingSettings, type EpochResult, type FitOptions, type Inputs, type StopReason, type Engine } from './model.js';
export type { Checkpoint, CheckpointMeta } from './checkpoint.js';
