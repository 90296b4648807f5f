// Runs an artifact on a WebGPU device: arenas as buffers, each program's pipelines created once when first needed, one command encoder and one submit per step.
import { variantRunsOn, type VariantTarget, type Artifact, type ArenaName, type ManifestKernel, type ManifestProgram, type ManifestProgramName, manifestPrograms } from '../../core/artifact.js';
import { initialize } from '../init.js';
import { weightFeed } from '../../core/interface.js';

/** A GPU failure, naming the kernel and the spec lines it came from. */
export class GpuError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GpuError';
  }
}

/** What makes each arena smaller, for the message when one is beyond the device's limits. */
const arenaRemedy: Record<ArenaName, string> = {
  params: 'fewer or smaller layers',
  state: 'fewer or smaller layers, or an optimizer with less state (sgd without momentum keeps none)',
  data: 'a smaller batch size',
  work: 'a smaller batch size, or fewer or smaller layers',
};

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(bytes < 2 ** 20 ? 3 : 1)} MiB`;

/** Refuses, before any buffer is made, an arena larger than one buffer (or one storage binding) of the device may be. */
function checkArenaLimits(device: GPUDevice, elements: Record<ArenaName, number>): void {
  const limits = [['maxBufferSize', device.limits.maxBufferSize], ['maxStorageBufferBindingSize', device.limits.maxStorageBufferBindingSize]] as const;
  for (const arena of Object.keys(elements) as ArenaName[]) {
    const bytes = Math.max(16, elements[arena] * 4);
    for (const [name, limit] of limits) {
      if (bytes > limit) throw new GpuError(`the model's ${arena} arena needs ${mib(bytes)} (${bytes} bytes), more than this device's ${name} of ${mib(limit)} (${limit} bytes); try ${arenaRemedy[arena]}, or the CPU executor (backend 'cpu')`);
    }
  }
}

/** Host data for a program's inputs, by input name. */
export type Feeds = Record<string, Float32Array | Int32Array>;

/** Output values read back from the GPU, by output name (i32 outputs come back as Int32Array). */
export type Outputs = Record<string, Float32Array | Int32Array>;

interface PreparedKernel {
  kernel: ManifestKernel;
  pipeline: GPUComputePipeline;
  bindGroup: GPUBindGroup;
}

/** The kernel as it will run: its chosen variant's shader and dispatch size, or itself (also where the device lacks the variant's features). */
export function chosenForm(k: ManifestKernel, choices: Readonly<Record<string, string>>, device?: VariantTarget): ManifestKernel {
  const label = k.key === undefined ? undefined : choices[k.key];
  const form = label === undefined ? undefined : k.variants?.find((v) => v.label === label && (!device || variantRunsOn(v, device)));
  return form ? { ...k, shader: form.shader, workgroups: form.workgroups } : k;
}

const USAGE = () => GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC | GPUBufferUsage.COPY_DST;

/** Options of `GpuSession.create`. */
export interface SessionOptions {
  /**
   * The programs whose pipelines to create now, in parallel (default: every program of `manifest.programs`); the
   * others are created on their first `run` or `warm`. `[]` creates none up front.
   */
  programs?: readonly ManifestProgramName[];
}

/** A model resident on a device: parameters, optimizer state and scratch memory; each program's pipelines made once, when first needed. */
export class GpuSession {
  private readonly buffers: Record<ArenaName, GPUBuffer>;
  /** Each program's kernels with their pipelines and bind groups, being made or made (a failure stays: it would fail again). */
  private readonly prepared = new Map<ManifestProgramName, Promise<PreparedKernel[]>>();
  /** Pipelines by WGSL text: identical kernels of different programs (or of one) share one. */
  private readonly pipelines = new Map<string, Promise<GPUComputePipeline>>();
  private staging: GPUBuffer | undefined;
  private lostReason: string | undefined;
  /** Programs whose command stream passed validation once (later steps skip the error scope round trip). */
  private readonly validated = new Set<string>();

  private constructor(
    readonly device: GPUDevice,
    readonly artifact: Artifact,
    private readonly choices: Readonly<Record<string, string>>,
  ) {
    const m = artifact.manifest;
    // The row program shares the data and work arenas with the others: each arena is as large as the largest need.
    const max = (f: (p: ManifestProgram) => number) => Math.max(4, ...manifestPrograms(m).map(f));
    const elements: Record<ArenaName, number> = { params: m.elements.params, state: m.elements.state, data: max((p) => p.elements.data), work: max((p) => p.elements.work) };
    checkArenaLimits(device, elements);
    const make = (label: ArenaName) => device.createBuffer({ label: `mdlc ${label} arena`, size: Math.max(16, elements[label] * 4), usage: USAGE() });
    this.buffers = { params: make('params'), state: make('state'), data: make('data'), work: make('work') };
    void device.lost.then((info) => {
      this.lostReason = `${info.reason}: ${info.message}`;
    });
  }

  /**
   * Creates buffers, uploads the initial weights and state, and creates the pipelines of `options.programs` (default:
   * every program of `manifest.programs`) in parallel; other programs' are made when first run. `choices` names, by
   * kernel key, the variant to run (see runtime/gpu/tune.ts); kernels without a choice run their default form.
   */
  static async create(device: GPUDevice, artifact: Artifact, choices: Readonly<Record<string, string>> = {}, options: SessionOptions = {}): Promise<GpuSession> {
    const s = new GpuSession(device, artifact, choices);
    s.resetWeights();
    await s.warm(options.programs ?? artifact.manifest.programs.map((p) => p.name));
    return s;
  }

  /** Creates the pipelines of these programs now (in parallel; those already made are kept), so their first step does not wait for them. */
  async warm(names: readonly ManifestProgramName[]): Promise<void> {
    await Promise.all(names.map((n) => this.prepare(n)));
  }

  /** How many distinct pipelines (one per distinct WGSL text) the session has created so far. */
  get pipelineCount(): number {
    return this.pipelines.size;
  }

  /** Whether the artifact has this program (`predict_row` is absent from artifacts of batch 1 and older ones). */
  has(name: ManifestProgramName): boolean {
    return manifestPrograms(this.artifact.manifest).some((p) => p.name === name);
  }

  /** A program's kernels ready to dispatch: pipelines created (shared by WGSL text) and bind groups made, the first time it is asked for. */
  private prepare(name: ManifestProgramName): Promise<PreparedKernel[]> {
    let ready = this.prepared.get(name);
    if (!ready) {
      const p = this.program(name);
      ready = Promise.all(
        p.kernels.map(async (kernel) => {
          const k = chosenForm(kernel, this.choices, this.device);
          const pipeline = await this.pipeline(k);
          // Pushed and popped with no await between them, so programs prepared at the same time never share a scope.
          this.device.pushErrorScope('out-of-memory');
          this.device.pushErrorScope('validation');
          const bindGroup = this.device.createBindGroup({
            label: k.name,
            layout: pipeline.getBindGroupLayout(0),
            entries: k.bindings.map((b) => ({ binding: b.binding, resource: { buffer: this.buffers[b.arena] } })),
          });
          const invalid = this.device.popErrorScope();
          const oom = this.device.popErrorScope();
          const e = (await invalid) ?? (await oom);
          if (e) throw new GpuError(`kernel ${k.name} (from ${k.source.join(', ') || 'generated code'}): creating its bind group failed: ${e.message}`);
          return { kernel: k, pipeline, bindGroup };
        }),
      );
      this.prepared.set(name, ready);
    }
    return ready;
  }

  /** The pipeline of a kernel's WGSL, created once per distinct text; a shader that does not compile is a GpuError naming the kernel and its spec lines. */
  private pipeline(k: ManifestKernel): Promise<GPUComputePipeline> {
    const code = this.artifact.shaders[k.shader];
    if (code === undefined) return Promise.reject(new GpuError(`kernel ${k.name}: shader ${k.shader} is missing from the artifact`));
    let made = this.pipelines.get(code);
    if (!made) {
      const device = this.device;
      device.pushErrorScope('validation');
      const module = device.createShaderModule({ label: k.name, code });
      const scope = device.popErrorScope();
      const failed = async (e: { message: string }) => {
        const info = await module.getCompilationInfo();
        const msgs = info.messages.filter((x) => x.type === 'error').map((x) => `line ${x.lineNum}: ${x.message}`);
        return new GpuError(`kernel ${k.name} (from ${k.source.join(', ') || 'generated code'}) failed to compile: ${msgs.join('; ') || e.message}`);
      };
      made = device.createComputePipelineAsync({ label: k.name, layout: 'auto', compute: { module, entryPoint: 'main' } }).then(
        async (pl) => {
          const e = await scope;
          if (e) throw await failed(e);
          return pl;
        },
        async (e: Error) => {
          await scope;
          throw await failed(e);
        },
      );
      this.pipelines.set(code, made);
    }
    return made;
  }

  /** Rewrites parameters with their initial values (or the artifact's weights) and resets the optimizer state. */
  resetWeights(): void {
    const m = this.artifact.manifest;
    const params = new Float32Array(m.elements.params);
    for (const p of m.params) params.set(this.artifact.weights?.[p.path] ?? initialize(p.init as never, p.shape, m.seed, p.path), p.offset);
    const state = new Float32Array(m.elements.state);
    for (const s of m.state) state.fill(s.value, s.offset, s.offset + s.shape.reduce((a, b) => a * b, 1));
    this.device.queue.writeBuffer(this.buffers.params, 0, params);
    this.device.queue.writeBuffer(this.buffers.state, 0, state);
  }

  private program(name: ManifestProgramName): ManifestProgram {
    const p = manifestPrograms(this.artifact.manifest).find((q) => q.name === name);
    if (!p) throw new GpuError(`the artifact has no ${name} program`);
    return p;
  }

  /**
   * Runs one step of a program: uploads the inputs, records every kernel into one compute pass, submits once.
   * With `read` (default true) the outputs are copied back and returned once the GPU is done.
   */
  async run(name: ManifestProgramName, feeds: Feeds, read = true): Promise<Outputs> {
    if (this.lostReason) throw new GpuError(`the GPU device was lost (${this.lostReason})`);
    const p = this.program(name);
    const kernels = await this.prepare(name);
    for (const input of p.inputs) {
      // Sample weights default to 1 (every row real).
      const data = feeds[input.name] ?? (input.name === weightFeed ? new Float32Array(input.shape.reduce((a, b) => a * b, 1)).fill(1) : undefined);
      const n = input.shape.reduce((a, b) => a * b, 1);
      if (!data) throw new GpuError(`${name}: no data for input \`${input.name}\``);
      if (data.length !== n) throw new GpuError(`${name}: input \`${input.name}\` has ${data.length} values but the program needs ${n} (shape [${input.shape}])`);
      this.device.queue.writeBuffer(this.buffers.data, input.offset * 4, data.buffer, data.byteOffset, data.byteLength);
    }
    const encoder = this.device.createCommandEncoder({ label: name });
    const pass = encoder.beginComputePass({ label: name });
    for (const k of kernels) {
      pass.setPipeline(k.pipeline);
      pass.setBindGroup(0, k.bindGroup);
      pass.dispatchWorkgroups(k.kernel.workgroups);
    }
    pass.end();
    const stored = p.outputs.filter((o) => o.constant === undefined);
    const bytes = stored.reduce((a, o) => a + o.shape.reduce((x, y) => x * y, 1) * 4, 0);
    let staging: GPUBuffer | undefined;
    if (read && bytes > 0) {
      if (!this.staging || this.staging.size < bytes) {
        this.staging?.destroy();
        this.staging = this.device.createBuffer({ label: 'mdlc readback', size: Math.max(16, bytes), usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST });
      }
      staging = this.staging;
      let at = 0;
      for (const o of stored) {
        const size = o.shape.reduce((x, y) => x * y, 1) * 4;
        encoder.copyBufferToBuffer(this.buffers[o.arena], o.offset * 4, staging, at, size);
        at += size;
      }
    }
    const check = !this.validated.has(name);
    if (check) {
      this.device.pushErrorScope('validation');
      this.device.pushErrorScope('out-of-memory');
    }
    this.device.queue.submit([encoder.finish()]);
    if (check) {
      const oom = await this.device.popErrorScope();
      const invalid = await this.device.popErrorScope();
      if (oom) throw new GpuError(`${name}: the GPU ran out of memory (${oom.message}); try a smaller batch size`);
      if (invalid) throw new GpuError(`${name} failed: ${await this.locate(kernels)}`);
      this.validated.add(name);
    }
    const out: Outputs = {};
    for (const o of p.outputs) if (o.constant !== undefined) out[o.name] = new Float32Array(o.shape.reduce((x, y) => x * y, 1)).fill(o.constant);
    if (!staging) return out;
    await staging.mapAsync(GPUMapMode.READ, 0, bytes);
    const copy = staging.getMappedRange(0, bytes).slice(0);
    staging.unmap();
    let at = 0;
    for (const o of stored) {
      const n = o.shape.reduce((x, y) => x * y, 1);
      out[o.name] = o.dtype === 'i32' ? new Int32Array(copy, at, n) : new Float32Array(copy, at, n);
      at += n * 4;
    }
    return out;
  }

  /** Finds which kernel a failed step tripped on, by dispatching each alone in its own error scope. */
  private async locate(kernels: PreparedKernel[]): Promise<string> {
    for (const k of kernels) {
      this.device.pushErrorScope('validation');
      const enc = this.device.createCommandEncoder();
      const pass = enc.beginComputePass();
      pass.setPipeline(k.pipeline);
      pass.setBindGroup(0, k.bindGroup);
      pass.dispatchWorkgroups(k.kernel.workgroups);
      pass.end();
      this.device.queue.submit([enc.finish()]);
      const e = await this.device.popErrorScope();
      if (e) return `kernel ${k.kernel.name} (from ${k.kernel.source.join(', ') || 'generated code'}): ${e.message}`;
    }
    return 'a validation error no single kernel reproduces';
  }

  /** Reads every parameter back, by path. */
  async readParams(): Promise<Record<string, Float32Array>> {
    const m = this.artifact.manifest;
    const all = await this.readArena('params', m.elements.params);
    return Object.fromEntries(m.params.map((p) => [p.path, all.slice(p.offset, p.offset + p.shape.reduce((a, b) => a * b, 1))]));
  }

  /** Reads every optimizer state tensor back, by path. */
  async readState(): Promise<Record<string, Float32Array>> {
    const m = this.artifact.manifest;
    const all = await this.readArena('state', m.elements.state);
    return Object.fromEntries(m.state.map((s) => [s.path, all.slice(s.offset, s.offset + s.shape.reduce((a, b) => a * b, 1))]));
  }

  /** Overwrites optimizer state tensors by path (e.g. zeros to reset the metric sums of an epoch). */
  writeState(values: Record<string, Float32Array>): void {
    for (const s of this.artifact.manifest.state) {
      const v = values[s.path];
      if (!v) continue;
      this.device.queue.writeBuffer(this.buffers.state, s.offset * 4, v.buffer, v.byteOffset, v.byteLength);
    }
  }

  /** Overwrites parameters by path (shapes must match). */
  writeParams(values: Record<string, Float32Array>): void {
    for (const p of this.artifact.manifest.params) {
      const v = values[p.path];
      if (!v) continue;
      const n = p.shape.reduce((a, b) => a * b, 1);
      if (v.length !== n) throw new GpuError(`parameter ${p.path} needs ${n} values, got ${v.length}`);
      this.device.queue.writeBuffer(this.buffers.params, p.offset * 4, v.buffer, v.byteOffset, v.byteLength);
    }
  }

  private async readArena(arena: ArenaName, elements: number): Promise<Float32Array> {
    const bytes = elements * 4;
    const staging = this.device.createBuffer({ size: bytes, usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST });
    const enc = this.device.createCommandEncoder();
    enc.copyBufferToBuffer(this.buffers[arena], 0, staging, 0, bytes);
    this.device.queue.submit([enc.finish()]);
    await staging.mapAsync(GPUMapMode.READ);
    const out = new Float32Array(staging.getMappedRange().slice(0));
    staging.unmap();
    staging.destroy();
    return out;
  }

  /** Frees the GPU buffers. */
  destroy(): void {
    for (const b of Object.values(this.buffers)) b.destroy();
    this.staging?.destroy();
  }

  /** A program's kernels as prepared (pipelines, bind groups, dispatch sizes; made now if not yet), in dispatch order: for runtime/gpu/profile.ts. */
  preparedKernels(name: ManifestProgramName): Promise<readonly { kernel: ManifestKernel; pipeline: GPUComputePipeline; bindGroup: GPUBindGroup }[]> {
    this.program(name);
    return this.prepare(name);
  }
}
