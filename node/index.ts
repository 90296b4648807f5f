// The public API: compile a spec into a model and train it, load artifacts and data; check a spec and render what was found.
import { installNodeHost } from './host.js';

installNodeHost(); // `Model` from here gets Dawn and checkpoint files, however it is made

export { exportOnnx, type ExportOnnxOptions } from './export-onnx.js';
export { compileModel, loadModel, loadDataFor, tuneSpec, tuneArtifact, profileSpec, SpecError, type CompileModelOptions, type SpecTraining, type SpecTuning, type SpecProfile } from './api.js';
export { exportToPyTorch, type PyTorchExportOptions, type PyTorchExportResult } from './export-pytorch.js';
export { EnvironmentError, OutputPathError, FileSystemError } from './fs-errors.js';
export { Model, NonFiniteLossError, ModelBusyError, ModelDisposedError, ModelOptionError, NonFiniteInputError, IdOutOfRangeError, type BackendChoice, type CreateOptions, type TrainingSettings, type EpochResult, type FitOptions, type EarlyStopping, type RunOptions, type Inputs, type StopReason, type Engine, type GenerateOptions, type Generated, GenerationError, type ClassRow, type Classified, describeSkipped, type LoadWeightsOptions, type SkippedWeight, type WeightsReport } from '../runtime/model.js';
export { loadData, type LoadedData, type DataInfo } from './data/load.js';
export { DataError } from '../runtime/data/errors.js';
export { MissingPreprocessingError, PreprocessingError, RawInputError, type Preprocessing } from '../runtime/data/preprocessing.js';
export type { DataConfig } from './data/config.js';
export type { Dataset, Column } from '../runtime/data/dataset.js';
export { ArtifactError } from '../runtime/load.js';
export { loadArtifact } from './load-artifact.js';
export { CheckpointError, type Checkpoint, type CheckpointMeta, type RestoreOptions } from '../runtime/checkpoint.js';
export { saveCheckpoint, loadCheckpoint, nodeCheckpointFiles } from './checkpoint-file.js';
export { dawnGpuProvider } from './device.js'; // with installNodeHost: the Node-only pieces of the runtime, for `mdlc/node`
export { installNodeHost } from './host.js';
export { compileSource, type CompileOptions, type CompileResult } from '../compiler/compile.js';
export { checkSource, type FrontEndResult } from '../compiler/compile.js';
export { parse, type ParseResult } from '../grammar/parse.js';
export { check, type CheckOptions, type CheckResult, type Purpose } from '../compiler/check/check.js';
export type * from '../compiler/check/types.js';
export type { Span } from '../grammar/ast.js';
export { SourceFile, type Diagnostic, type Note, type Severity } from '../core/diagnostic.js';
export { codes, type Code } from '../core/codes.js';
export { renderDiagnostics, diagnosticsToJson, type JsonDiagnostic } from '../compiler/diagnostics/render.js';
export { summarize, renderSummary, type Summary } from '../compiler/summary.js';
