// The page's side of the protocol: WorkerModel, a proxy with Model's API (fit, evaluate, predict, weights, checkpoints)
// whose model lives in a Web Worker (runtime/worker/serve.ts), so training never blocks the page's main thread.
import type { Artifact, Manifest, SpecTensor } from '../../core/artifact.js';
import type { ArtifactContents } from '../load.js';
import { artifactContents } from '../contents.js';
import type { BackendChoice, EpochResult, FitOptions, FitResult, RunOptions, TrainingSettings } from '../model.js';
import type { Checkpoint, CheckpointMeta, RestoreOptions } from '../checkpoint.js';
import { encodeCheckpoint } from '../checkpoint.js';
import { checkPreprocessing, type Preprocessing } from '../data/preprocessing.js';
import type { Classified } from '../model/classify.js';
import type { SaveMeta } from '../model/checkpoints.js';
import { ModelDisposedError } from '../model/calls.js';
import { workerProtocolVersion, type Endpoint, type ErrorData, type ModelInfo, type Reply, type Request, type WorkerData } from './protocol.js';

/** An error thrown in the worker: `name` is its class there (`CheckpointError`, `ModelBusyError`, ...), `fields` its data. */
export class WorkerCallError extends Error {
  readonly fields: Record<string, unknown>;
  constructor(readonly call: string, data: ErrorData) {
    super(data.message);
    this.name = data.name;
    this.fields = data.fields;
  }
}

/** Options of `WorkerModel.create`. */
export interface WorkerCreateOptions {
  backend?: BackendChoice;
  /** Where the worker's warnings go (the CPU fallback's), default console.warn. */
  warn?: (message: string) => void;
  /** Names the artifact in error messages. */
  name?: string;
}

type Pending = { call: string; resolve(value: unknown): void; reject(e: unknown): void; onEvent?(reply: Reply): void };

/** A request without its id, as the client sends it. */
type Outgoing = Request extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

/**
 * A model served in a Web Worker, with Model's API on the page: every method is async and posts one request. Progress
 * callbacks of `fit` run on the page, not awaited by the worker (it never waits for the page); `signal` stops it.
 */
export class WorkerModel {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private info!: ModelInfo;
  private isDisposed = false;
  /** Optimizer steps taken so far, updated by every reply and progress event. */
  step = 0;
  /** The model's preprocessing in the worker, as Model.preprocessing: set by setPreprocessing and by a restored checkpoint that carries it. */
  preprocessing?: Preprocessing;

  private constructor(
    private readonly endpoint: Endpoint,
    private readonly warn: (message: string) => void,
  ) {
    endpoint.addEventListener('message', (event) => this.receive(event.data as Reply));
  }

  /** Sends the artifact (an in-memory Artifact, or its files' contents) to the worker, which checks it and creates the model. */
  static async create(endpoint: Endpoint, artifact: Artifact | ArtifactContents, options: WorkerCreateOptions = {}): Promise<WorkerModel> {
    const client = new WorkerModel(endpoint, options.warn ?? ((m) => console.warn(`mdlc: warning: ${m}`)));
    const contents = 'manifest' in artifact ? artifactContents(artifact) : artifact;
    client.info = (await client.send({ kind: 'create', version: workerProtocolVersion, contents, backend: options.backend, name: options.name })) as ModelInfo;
    client.step = client.info.step;
    return client;
  }

  private receive(reply: Reply): void {
    const p = this.pending.get(reply.id);
    if (reply.kind === 'warning') return this.warn(reply.message);
    if (!p) return;
    if (reply.kind === 'result' || reply.kind === 'error') {
      this.pending.delete(reply.id);
      this.step = reply.step;
      if (reply.kind === 'result') p.resolve(reply.value);
      else p.reject(new WorkerCallError(p.call, reply.error));
      return;
    }
    this.step = reply.kind === 'epoch-start' ? this.step : reply.modelStep;
    p.onEvent?.(reply);
  }

  private send(request: Outgoing, onEvent?: (reply: Reply) => void, transfer: Transferable[] = []): Promise<unknown> & { id: number } {
    const id = this.nextId++;
    const promise = new Promise<unknown>((resolve, reject) => {
      if (this.isDisposed && request.kind !== 'dispose') return reject(new ModelDisposedError(this.info?.manifest.model ?? 'the model', request.kind));
      this.pending.set(id, { call: request.kind, resolve, reject, onEvent });
      this.endpoint.postMessage({ ...request, id } as Request, transfer);
    });
    return Object.assign(promise, { id });
  }

  /** 'webgpu' or 'cpu': where the worker runs the model. */
  get engine(): { kind: 'webgpu' | 'cpu' } {
    return { kind: this.info.engine };
  }
  /** The artifact's manifest, as the worker checked it. */
  get manifest(): Manifest {
    return this.info.manifest;
  }
  /** The batch size the programs were compiled for. */
  get batchSize(): number {
    return this.info.batchSize;
  }
  /** The spec's inputs and targets, per sample. */
  get tensors(): SpecTensor[] {
    return this.info.tensors;
  }
  /** The metrics fit and evaluate report. */
  get metricNames(): string[] {
    return this.info.metricNames;
  }
  /** The spec's train settings, as Model.settings. */
  get settings(): TrainingSettings {
    return this.info.settings;
  }
  /** The spec's text. */
  get spec(): string {
    return this.info.manifest.specText;
  }
  /** Whether dispose() was called. */
  get disposed(): boolean {
    return this.isDisposed;
  }

  /** Trains in the worker, as Model.fit; the callbacks get the worker's progress events, `signal` sends a stop. */
  async fit(data: WorkerData, options: FitOptions = {}): Promise<FitResult> {
    const { onEpochStart, onStep, onEpoch, signal, ...rest } = options;
    const call = this.send({ kind: 'fit', data, options: rest as Extract<Request, { kind: 'fit' }>['options'], steps: onStep !== undefined }, (e) => {
      if (e.kind === 'epoch-start') onEpochStart?.({ epoch: e.epoch, steps: e.steps });
      else if (e.kind === 'step') onStep?.({ epoch: e.epoch, step: e.step, steps: e.steps, loss: e.loss });
      else if (e.kind === 'epoch') void onEpoch?.(e.result as EpochResult);
    });
    const stop = () => void this.send({ kind: 'stop', fit: call.id });
    if (signal?.aborted) stop();
    signal?.addEventListener('abort', stop, { once: true });
    try {
      return (await call) as FitResult;
    } finally {
      signal?.removeEventListener('abort', stop);
    }
  }

  /** The mean loss and metrics over `data`, as Model.evaluate. */
  async evaluate(data: WorkerData, options: RunOptions = {}): Promise<{ loss: number; metrics: Record<string, number> }> {
    return (await this.send({ kind: 'evaluate', data, options })) as { loss: number; metrics: Record<string, number> };
  }

  /** Every output for every row of `data`, as Model.predict. */
  async predict(data: WorkerData, options: RunOptions = {}): Promise<Record<string, Float32Array | Int32Array>> {
    return (await this.send({ kind: 'predict', data, options })) as Record<string, Float32Array | Int32Array>;
  }

  /** `predict`, and each row's class name and probabilities, as Model.classify (raw texts are tokenised in the worker by the preprocessing). */
  async classify(data: WorkerData, options: RunOptions = {}): Promise<Classified> {
    return (await this.send({ kind: 'classify', data, options })) as Classified;
  }

  /** Sets how the model's data was prepared (what raw inputs and saved checkpoints use), as assigning Model.preprocessing. */
  async setPreprocessing(preprocessing: Preprocessing | undefined): Promise<void> {
    await this.send({ kind: 'setPreprocessing', preprocessing });
    this.preprocessing = preprocessing;
  }

  /** A copy of every parameter and non-trainable weight, by path. */
  async getWeights(): Promise<Record<string, Float32Array>> {
    return (await this.send({ kind: 'getWeights' })) as Record<string, Float32Array>;
  }

  /** Sets weights by path, as Model.setWeights (checked in the worker; a refusal rejects). */
  async setWeights(values: Record<string, Float32Array>): Promise<void> {
    await this.send({ kind: 'setWeights', values });
  }

  /** The model's checkpoint now, as Model.checkpoint. */
  async checkpoint(meta: SaveMeta): Promise<Checkpoint> {
    return (await this.send({ kind: 'checkpoint', meta, encode: false })) as Checkpoint;
  }

  /** The checkpoint as safetensors bytes (what Model.save writes and `mdlc train --resume` reads), encoded in the worker: a download. */
  async checkpointBytes(meta: SaveMeta): Promise<Uint8Array> {
    return (await this.send({ kind: 'checkpoint', meta, encode: true })) as Uint8Array;
  }

  /** Restores a checkpoint (its safetensors bytes, or a decoded Checkpoint) in the worker, checked there as Model.restoreCheckpoint; returns its meta. */
  async restoreCheckpoint(ckpt: Uint8Array | Checkpoint, options: RestoreOptions = {}, name?: string): Promise<CheckpointMeta> {
    const bytes = ckpt instanceof Uint8Array ? ckpt : encodeCheckpoint(ckpt, name);
    const meta = (await this.send({ kind: 'restoreCheckpoint', bytes, options, name })) as CheckpointMeta;
    // The worker checked it before restoring; a checkpoint without it keeps the model's own, as Model does.
    if (meta.preprocessing !== undefined) this.preprocessing = checkPreprocessing(meta.preprocessing, name ?? 'the checkpoint');
    return meta;
  }

  /** Disposes the model in the worker (the worker keeps running: terminate it yourself, or create another model in it). */
  async dispose(): Promise<void> {
    if (this.isDisposed) return;
    this.isDisposed = true;
    await this.send({ kind: 'dispose' });
  }
}
