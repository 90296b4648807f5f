// Artifact + backend choice -> an Engine: the WebGPU session or the CPU reference executor behind one interface.
import type { Module } from '../../core/ir.js';
import type { Artifact, ManifestProgram } from '../../core/artifact.js';
import type { Tensor } from '../cpu/tensor.js';
import { loadCpuExecutor } from '../cpu-executor.js';
import { NoAdapterError, requestDevice, type GpuHandle } from '../device.js';
import { GpuSession } from '../gpu/session.js';
import { deviceKey, kernelChoiceStore } from '../gpu/tune.js';
import { ArtifactError } from '../load.js';

/** A program's name: train_step, eval_step, predict, or predict_row (predict for one row, WebGPU only). */
export type ProgramName = ManifestProgram['name'];

/** Tensors by name, flat. */
export type Values = Record<string, Float32Array | Int32Array>;

/** What runs the programs: the WebGPU session, or the CPU reference executor. */
export interface Engine {
  kind: 'webgpu' | 'cpu';
  /** Whether `run('predict_row')` works: WebGPU with an artifact that has the row program. */
  rowPredict: boolean;
  run(program: ProgramName, feeds: Values, read: boolean): Promise<Values>;
  readParams(): Promise<Record<string, Float32Array>>;
  readState(): Promise<Record<string, Float32Array>>;
  writeParams(values: Record<string, Float32Array>): void;
  writeState(values: Record<string, Float32Array>): void;
  destroy(): void;
}

/** Where to run: the WebGPU device (default), the CPU reference executor, or WebGPU falling back to the CPU. */
export type BackendChoice = 'auto' | 'webgpu' | 'cpu';

/** Where warnings go unless a `warn` option says otherwise. */
export const defaultWarn = (message: string): void => console.warn(`mdlc: warning: ${message}`);

/** Options of `Model.create`. */
export interface CreateOptions {
  /** 'auto' (default): WebGPU, else the CPU executor with a warning; 'webgpu': WebGPU or an error; 'cpu': the CPU executor. */
  backend?: BackendChoice;
  /** The IR the CPU executor runs, when the artifact does not carry it. */
  module?: Module;
  /** Where warnings go (default: console.warn). */
  warn?: (message: string) => void;
  /** A WebGPU device to share (the model then leaves it open when disposed); by default the model requests its own. */
  device?: GPUDevice;
  /**
   * Which variant of each kernel shape to run (by kernel key, from `tuneKernels`). By default, the choices the host's
   * store remembers for the device (`mdlc tune` writes them); `false`: every kernel's default form.
   */
  kernelChoices?: Readonly<Record<string, string>> | false;
  /** Programs whose WebGPU pipelines to create in `Model.create` (default all of `manifest.programs`; others are made at their first step). */
  warm?: readonly ProgramName[];
}

/** Lets other tasks run (a CPU step never does); setImmediate where it exists, as it adds no delay. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0)));
}

/** The CPU executor as an engine; its code is loaded here, on first use, so a page on WebGPU never fetches it. */
async function cpuEngine(module: Module): Promise<Engine> {
  const { CpuSession } = await loadCpuExecutor();
  const s = new CpuSession(module);
  const shapes = new Map<string, number[]>();
  for (const p of module.programs) for (const n of p.nodes) if (n.op === 'input') shapes.set(n.arg.name, n.shape);
  const f32 = (t: Tensor) => (t.data instanceof Float32Array ? t.data : Float32Array.from(t.data));
  return {
    kind: 'cpu',
    rowPredict: false,
    async run(program, feeds) {
      if (program === 'predict_row') throw new RangeError('the CPU executor runs predict at the batch size only (engine.rowPredict is false)');
      // A CPU step is synchronous: yield first, so timers, SIGINT handlers and AbortSignals get their turn between steps.
      await yieldToEventLoop();
      const inputs: Record<string, Tensor> = {};
      for (const [k, v] of Object.entries(feeds)) inputs[k] = { dtype: v instanceof Int32Array ? 'i32' : 'f32', shape: shapes.get(k) ?? [v.length], data: v };
      const out = program === 'train_step' ? s.trainStep(inputs) : program === 'eval_step' ? s.evalStep(inputs) : s.predict(inputs);
      return Object.fromEntries(Object.entries(out).map(([k, t]) => [k, t.data instanceof Int32Array ? t.data : f32(t)]));
    },
    async readParams() {
      return Object.fromEntries(Object.entries(s.params).map(([k, t]) => [k, f32(t).slice()]));
    },
    async readState() {
      return Object.fromEntries(Object.entries(s.state).map(([k, t]) => [k, f32(t).slice()]));
    },
    writeParams: (v) => s.writeParams(v),
    writeState: (v) => s.writeState(v),
    destroy() {},
  };
}

/** The WebGPU engine; its `session` is there for tests and benches that count pipelines. */
function gpuEngine(session: GpuSession, handle: GpuHandle | undefined): Engine & { session: GpuSession } {
  return {
    kind: 'webgpu',
    rowPredict: session.has('predict_row'),
    session,
    run: (p, f, r) => session.run(p, f, r),
    readParams: () => session.readParams(),
    readState: () => session.readState(),
    writeParams: (v) => session.writeParams(v),
    writeState: (v) => session.writeState(v),
    destroy: () => {
      session.destroy();
      handle?.release();
    },
  };
}

/**
 * The engine for an artifact on a backend. With 'auto' it tries WebGPU and falls back to the CPU reference executor,
 * calling `warn` with how to get a GPU adapter; the CPU executor runs the artifact's IR (or `options.module`).
 */
export async function createEngine(artifact: Artifact, options: CreateOptions = {}): Promise<Engine> {
  const backend = options.backend ?? 'auto';
  if (!['auto', 'webgpu', 'cpu'].includes(backend)) throw new RangeError(`backend must be 'auto', 'webgpu' or 'cpu', got ${JSON.stringify(backend)}`);
  const module = options.module ?? artifact.module;
  const warn = options.warn ?? defaultWarn;
  if (backend !== 'cpu') {
    let handle: GpuHandle | undefined;
    try {
      const device = options.device ?? (handle = await requestDevice()).device;
      const store = kernelChoiceStore();
      const remembered = handle && store && options.kernelChoices === undefined ? await store.load(deviceKey(handle.adapterInfo)) : {};
      const choices = options.kernelChoices === false ? {} : (options.kernelChoices ?? remembered);
      // Every program's pipelines up front unless `warm` names fewer (e.g. ['predict'] for a model that only predicts;
      // the rest are made at their first step). Making pipelines lazily in the middle of running other programs crashed
      // Dawn on lavapipe inside a long test process (std::system_error from a native thread), so it is not the default.
      const session = await GpuSession.create(device, artifact, choices, { programs: options.warm ?? artifact.manifest.programs.map((p) => p.name) });
      return gpuEngine(session, handle);
    } catch (e) {
      handle?.release();
      // Only a missing adapter falls back: a device that exists but fails is a problem to report, not to hide.
      if (backend === 'webgpu' || !module || !(e instanceof NoAdapterError)) throw e;
      warn(`using the CPU reference executor, which is much slower: ${e.message}`);
    }
  }
  if (!module) throw new ArtifactError([`the CPU executor runs the IR, which this artifact of ${artifact.manifest.model} lacks: load a folder written by mdlc compile -o (it holds program.ir.json), or compile the spec in-process`]);
  const engine = await cpuEngine(module);
  if (artifact.weights) engine.writeParams(artifact.weights);
  return engine;
}
