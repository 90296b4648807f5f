// The messages between a page's WorkerModel (runtime/worker/client.ts) and the model served in a Web Worker
// (runtime/worker/serve.ts): plain, structured-cloneable data, one request per call, progress events while `fit` runs.
import type { ArtifactContents } from '../load.js';
import type { BackendChoice, EpochResult, FitOptions, Inputs, RunOptions, TrainingSettings } from '../model.js';
import type { Dataset } from '../data/dataset.js';
import type { RestoreOptions } from '../checkpoint.js';
import type { SaveMeta } from '../model/checkpoints.js';
import type { Manifest, SpecTensor } from '../../core/artifact.js';
import type { Preprocessing } from '../data/preprocessing.js';

/** The protocol's version: a worker answers a `create` of another version with an error. */
export const workerProtocolVersion = 1;

/** A request the worker cannot serve as asked (no model yet, one already there, another protocol version); the message says what to do. */
export class WorkerUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkerUsageError';
  }
}

/** Either side of the channel: a Worker on the page, the worker's global scope inside it, or a MessagePort. */
export interface Endpoint {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}

/** Data for fit, evaluate and predict: a Dataset (`{ size, columns }`) or feeds by name, as `Model` takes them. */
export type WorkerData = Dataset | Inputs;

/** fit's options that cross to the worker: all but the callbacks and the signal, which stay on the page. */
export type WorkerFitOptions = Omit<FitOptions, 'onEpochStart' | 'onStep' | 'onEpoch' | 'signal' | 'validation'> & { validation?: WorkerData };

/** A request from the page; `id` pairs it with its reply and, for fit, its progress events. */
export type Request =
  | { id: number; kind: 'create'; version: number; contents: ArtifactContents; backend?: BackendChoice; name?: string }
  | { id: number; kind: 'fit'; data: WorkerData; options: WorkerFitOptions; steps: boolean }
  | { id: number; kind: 'stop'; fit: number }
  | { id: number; kind: 'evaluate'; data: WorkerData; options: RunOptions }
  | { id: number; kind: 'predict'; data: WorkerData; options: RunOptions }
  | { id: number; kind: 'classify'; data: WorkerData; options: RunOptions }
  | { id: number; kind: 'setPreprocessing'; preprocessing: Preprocessing | undefined }
  | { id: number; kind: 'getWeights' }
  | { id: number; kind: 'setWeights'; values: Record<string, Float32Array> }
  | { id: number; kind: 'checkpoint'; meta: SaveMeta; encode: boolean }
  | { id: number; kind: 'restoreCheckpoint'; bytes: Uint8Array; options: RestoreOptions; name?: string }
  | { id: number; kind: 'dispose' };

/** What the model is, sent once it is created: what `WorkerModel` shows as properties. */
export interface ModelInfo {
  engine: 'webgpu' | 'cpu';
  manifest: Manifest;
  batchSize: number;
  step: number;
  tensors: SpecTensor[];
  metricNames: string[];
  settings: TrainingSettings;
}

/** An error thrown in the worker, as data: its class name, message, and its own fields (`problems`, `epoch`, ...). */
export interface ErrorData {
  name: string;
  message: string;
  fields: Record<string, unknown>;
}

/** A reply or event from the worker. Every reply carries the model's step counter after the call. */
export type Reply =
  | { id: number; kind: 'result'; value: unknown; step: number }
  | { id: number; kind: 'error'; error: ErrorData; step: number }
  | { id: number; kind: 'epoch-start'; epoch: number; steps: number }
  | { id: number; kind: 'step'; epoch: number; step: number; steps: number; loss?: number; modelStep: number }
  | { id: number; kind: 'epoch'; result: EpochResult; modelStep: number }
  | { id: number; kind: 'warning'; message: string };
