// The public runtime API, for browsers as for Node: a WebGPU device, artifacts from their files' contents, checkpoints as bytes, and models that train and run (GPU, or the CPU fallback).
// Nothing here touches a file system or Node: node/runtime.ts adds those pieces (Dawn, loadArtifact, checkpoint files).
export { requestDevice, NoAdapterError, DeviceSetupError, setGpuProvider, browserGpuProvider } from './device.js';
export type { Backend, RequestDeviceOptions, AdapterInfo, DeviceLostRecord, GpuHandle, GpuProvider, FoundAdapter } from './device.js';
export type { Artifact, Manifest, ManifestKernel, KernelVariant, ManifestProgram, ManifestTensor, ArenaName } from '../core/artifact.js';
export { GpuSession, GpuError, type Feeds, type Outputs } from './gpu/session.js';
export { tuneKernels, setKernelChoiceStore, kernelChoiceStore, deviceKey, defaultTuneBudgetMs, type TuneOptions, type TuneResult, type ShapeTiming, type KernelChoiceStore } from './gpu/tune.js';
export { checkWholeStep, type StepCheck, type StepCheckOptions } from './gpu/step-check.js';
export { indexedDbKernelChoiceStore, memoryKernelChoiceStore, exportKernelChoices, importKernelChoices, parseKernelChoiceTable, type KernelChoiceTable, type KernelChoiceTableStore, type ChoiceStoreOptions } from './gpu/choice-store.js';
export { profileProgram, type ProgramProfile, type KernelProfile, type ProfileOptions } from './gpu/profile.js';
// The CPU executor (CpuSession, execute, ExecutionError) is a chunk of its own, loaded where there is no WebGPU.
export { loadCpuExecutor } from './cpu-executor.js';
export type { Tensor, Precision } from './cpu/tensor.js';
export { initialize, fans } from './init.js';
export { parseArtifact, parseManifest, shaderFiles, ArtifactError, type ArtifactContents } from './load.js';
export { encodeSafetensors, decodeSafetensors, SafetensorsError } from './safetensors.js';
export { Model, NonFiniteLossError, ModelBusyError, ModelDisposedError, ModelOptionError, NonFiniteInputError, IdOutOfRangeError, type BackendChoice, type CreateOptions, type TrainingSettings, type EpochResult, type FitOptions, type EarlyStopping, type RunOptions, type Inputs, type StopReason, type Engine, type GenerateOptions, type Generated, GenerationError, type ClassRow, type Classified, describeSkipped, type LoadWeightsOptions, type SkippedWeight, type WeightsReport } from './model.js';
export { encodeCheckpoint, decodeCheckpoint, checkCompatible, CheckpointError, setCheckpointFiles, type Checkpoint, type CheckpointMeta, type CheckpointFiles, type CheckpointExpectation, type RestoreOptions } from './checkpoint.js';
export { checkPreprocessing, prepareRaw, rawColumns, MissingPreprocessingError, PreprocessingError, RawInputError, type Preprocessing, type InputPreprocessing, type TargetPreprocessing } from './data/preprocessing.js';
export { sampleToken, argmax, drawUniform, type SampleSettings } from './sample.js';
export { loadEmbedded, base64Bytes, type EmbeddedModel, type EmbeddedLoadOptions } from './embedded.js';
export { artifactContents } from './contents.js';
export { WorkerModel, WorkerCallError, WorkerUsageError, serveModel, workerProtocolVersion, type WorkerCreateOptions, type Endpoint, type WorkerData, type WorkerFitOptions, type ModelInfo } from './worker/index.js';
export type { SaveMeta } from './model/checkpoints.js';
export type { Dataset, Column } from './data/dataset.js';
