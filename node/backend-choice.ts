// Dawn's Vulkan and GL ES adapters on one machine -> the backend that runs mdlc's kernels faster there, by timing one
// small fixed workload on each once, then remembered in the cache folder per adapter pair and mdlc version.
import { join } from 'node:path';
import { cacheDir, readJsonCache, writeJsonCache } from './kernel-choices.js';
import { mdlcVersion } from './version.js';

/** The two backends measured against each other. */
export type MeasuredBackend = 'vulkan' | 'opengles';

/** What was decided for one adapter pair, and the figures it rests on (milliseconds per probe dispatch). */
export interface BackendDecision {
  backend: MeasuredBackend;
  ms: Record<MeasuredBackend, number>;
}

interface DecisionFile {
  format: 'mdlc-backend-choice';
  version: 1;
  pairs: Record<string, BackendDecision>;
}

/** Where the decisions live. */
export function backendChoicePath(): string {
  return join(cacheDir(), 'backend-choice.json');
}

const n = 256;

// A plain 256³ matmul, 8x8 outputs per workgroup: the work mdlc's steps spend most of their time on, in a form neither
// backend's compiler favours. Values stay small (inputs are zeros), so only speed differs.
const probeShader = `
@group(0) @binding(0) var<storage, read> a: array<f32>;
@group(0) @binding(1) var<storage, read> b: array<f32>;
@group(0) @binding(2) var<storage, read_write> c: array<f32>;
@compute @workgroup_size(8, 8)
fn main(@builtin(global_invocation_id) g: vec3u) {
  var acc = 0.0;
  for (var k = 0u; k < ${n}u; k++) { acc += a[g.y * ${n}u + k] * b[k * ${n}u + g.x]; }
  c[g.y * ${n}u + g.x] = acc;
}`;

/** Names an adapter for the cache key: vendor, architecture and description (which carries the driver). */
function adapterName(a: GPUAdapter): string {
  const i = a.info;
  return [i.vendor, i.architecture, i.description].join(' / ');
}

/**
 * Milliseconds per dispatch of the probe on a device of this adapter: one dispatch to compile (lavapipe compiles at
 * first use), then the median of 3 more (about 1 s in all on a CPU device); the device is destroyed before it returns.
 */
async function probe(adapter: GPUAdapter): Promise<number> {
  const device = await adapter.requestDevice({ label: 'mdlc backend probe' });
  try {
    const module = device.createShaderModule({ label: 'mdlc backend probe', code: probeShader });
    const pipeline = await device.createComputePipelineAsync({ label: 'mdlc backend probe', layout: 'auto', compute: { module, entryPoint: 'main' } });
    const buffers = [0, 1, 2].map(() => device.createBuffer({ size: n * n * 4, usage: GPUBufferUsage.STORAGE }));
    const bindGroup = device.createBindGroup({ layout: pipeline.getBindGroupLayout(0), entries: buffers.map((buffer, binding) => ({ binding, resource: { buffer } })) });
    const run = async (dispatches: number) => {
      const enc = device.createCommandEncoder();
      const pass = enc.beginComputePass();
      pass.setPipeline(pipeline);
      pass.setBindGroup(0, bindGroup);
      for (let i = 0; i < dispatches; i++) pass.dispatchWorkgroups(n / 8, n / 8);
      pass.end();
      const t = performance.now();
      device.queue.submit([enc.finish()]);
      await device.queue.onSubmittedWorkDone();
      return (performance.now() - t) / dispatches;
    };
    await run(1);
    const times: number[] = [];
    for (let i = 0; i < 3; i++) times.push(await run(1));
    for (const b of buffers) b.destroy();
    return times.sort((x, y) => x - y)[1];
  } finally {
    device.destroy();
  }
}

/**
 * The faster backend for this pair of adapters: remembered if measured before (same adapters, same mdlc), else timed
 * now (1-2 s on a CPU device), remembered, and reported once through `report`. When it measured, each adapter
 * has made a probe device: the caller asks the GPU objects for fresh adapters, and keeps those objects alive.
 */
export async function chooseBackend(adapters: Record<MeasuredBackend, GPUAdapter>, report: (line: string) => void): Promise<BackendDecision & { measured: boolean }> {
  const path = backendChoicePath();
  const key = `mdlc ${mdlcVersion()} | vulkan: ${adapterName(adapters.vulkan)} | opengles: ${adapterName(adapters.opengles)}`;
  const file = readJsonCache(path) as Partial<DecisionFile> | undefined;
  const pairs = file?.format === 'mdlc-backend-choice' && file.version === 1 && file.pairs && typeof file.pairs === 'object' ? file.pairs : {};
  const known = pairs[key];
  if (known && (known.backend === 'vulkan' || known.backend === 'opengles')) return { ...known, measured: false };
  const ms = { vulkan: await probe(adapters.vulkan), opengles: await probe(adapters.opengles) };
  const backend: MeasuredBackend = ms.opengles < ms.vulkan ? 'opengles' : 'vulkan';
  const other: MeasuredBackend = backend === 'vulkan' ? 'opengles' : 'vulkan';
  writeJsonCache(path, { format: 'mdlc-backend-choice', version: 1, pairs: { ...pairs, [key]: { backend, ms } } } satisfies DecisionFile);
  report(`mdlc: chose Dawn's ${backend} backend (${ms[backend].toFixed(1)} ms vs ${ms[other].toFixed(1)} ms on ${other} per probe, a 256³ matmul); remembered in ${path} (MDLC_WEBGPU_BACKEND pins one)`);
  return { backend, ms, measured: true };
}
