// Takes the shared test device; gives a smoke test that a real WGSL compute shader runs on it and reads back exactly what JS computes.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { getTestDevice, releaseTestDevice } from './helpers/gpu.js';

const N = 1000;
const A = 1.5;
const B = -2.25;
const SALT = 0x9e3779b9;
const HASH = 2654435761; // Knuth's multiplicative hash constant, as a u32

const SHADER = /* wgsl */ `
struct Params { a: f32, b: f32, n: u32, salt: u32 }
@group(0) @binding(0) var<uniform> p: Params;
@group(0) @binding(1) var<storage, read> x: array<f32>;
@group(0) @binding(2) var<storage, read> k: array<u32>;
@group(0) @binding(3) var<storage, read_write> y: array<f32>;
@group(0) @binding(4) var<storage, read_write> z: array<u32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
  let i = gid.x;
  if (i >= p.n) { return; }
  y[i] = p.a * x[i] + p.b;
  z[i] = (k[i] * ${HASH}u + i) ^ (p.salt >> (i % 7u));
}
`;

const Smoke = suite('webgpu smoke');

Smoke.after(async () => {
  await releaseTestDevice(); // deferred a moment, so a later GPU test file can still reuse the device
});

Smoke('saxpy and an integer hash on a real WebGPU device match JS exactly', async () => {
  const t0 = performance.now();
  const gpu = await getTestDevice();
  if (!gpu) return; // no adapter and not CI: getTestDevice() printed why
  const tDevice = performance.now();
  const { device, adapterInfo } = gpu;

  // Inputs chosen so every f32 result is exact: x has 3 fractional bits, A and B have 2.
  const x = new Float32Array(N);
  const k = new Uint32Array(N);
  for (let i = 0; i < N; i++) {
    x[i] = (i - 500) / 8;
    k[i] = (i * 7919 + 12345) >>> 0;
  }
  const params = new ArrayBuffer(16);
  new Float32Array(params, 0, 2).set([A, B]);
  new Uint32Array(params, 8, 2).set([N, SALT]);

  device.pushErrorScope('validation');
  const module = device.createShaderModule({ label: 'smoke', code: SHADER });
  const pipeline = device.createComputePipeline({ label: 'smoke', layout: 'auto', compute: { module, entryPoint: 'main' } });
  const storage = GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_DST | GPUBufferUsage.COPY_SRC;
  const uniform = device.createBuffer({ size: 16, usage: GPUBufferUsage.UNIFORM | GPUBufferUsage.COPY_DST });
  const xBuf = device.createBuffer({ size: N * 4, usage: storage });
  const kBuf = device.createBuffer({ size: N * 4, usage: storage });
  const yBuf = device.createBuffer({ size: N * 4, usage: storage });
  const zBuf = device.createBuffer({ size: N * 4, usage: storage });
  const readBuf = device.createBuffer({ size: 2 * N * 4, usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST });
  device.queue.writeBuffer(uniform, 0, params);
  device.queue.writeBuffer(xBuf, 0, x);
  device.queue.writeBuffer(kBuf, 0, k);
  const bindGroup = device.createBindGroup({
    layout: pipeline.getBindGroupLayout(0),
    entries: [uniform, xBuf, kBuf, yBuf, zBuf].map((buffer, binding) => ({ binding, resource: { buffer } })),
  });

  const encoder = device.createCommandEncoder();
  const pass = encoder.beginComputePass();
  pass.setPipeline(pipeline);
  pass.setBindGroup(0, bindGroup);
  pass.dispatchWorkgroups(Math.ceil(N / 64));
  pass.end();
  encoder.copyBufferToBuffer(yBuf, 0, readBuf, 0, N * 4);
  encoder.copyBufferToBuffer(zBuf, 0, readBuf, N * 4, N * 4);
  device.queue.submit([encoder.finish()]);
  const error = await device.popErrorScope();
  assert.is(error, null, `WebGPU validation error: ${error?.message}`);

  await readBuf.mapAsync(GPUMapMode.READ);
  const mapped = readBuf.getMappedRange();
  const y = new Float32Array(mapped.slice(0, N * 4));
  const z = new Uint32Array(mapped.slice(N * 4));
  readBuf.unmap();
  const tDone = performance.now();

  let checked = 0;
  for (let i = 0; i < N; i++) {
    const yRef = Math.fround(A * x[i] + B);
    const zRef = ((Math.imul(k[i], HASH) + i) ^ (SALT >>> i % 7)) >>> 0;
    if (y[i] !== yRef) assert.unreachable(`y[${i}] = ${y[i]}, expected ${yRef}`);
    if (z[i] !== zRef) assert.unreachable(`z[${i}] = ${z[i]}, expected ${zRef}`);
    checked += 2;
  }
  assert.is(checked, 2 * N);
  assert.is(gpu.lost, undefined, 'device was lost during the test');
  for (const b of [uniform, xBuf, kBuf, yBuf, zBuf, readBuf]) b.destroy();

  console.log(
    `\n  webgpu-smoke: backend=${adapterInfo.backend} (${adapterInfo.featureLevel}) adapter="${adapterInfo.description}"` +
      `\n  adapter features: ${adapterInfo.features.join(', ') || '(none)'}` +
      `\n  device features: ${[...device.features].sort().join(', ') || '(none)'}` +
      `\n  device ${(tDevice - t0).toFixed(0)} ms, compile+dispatch+readback ${(tDone - tDevice).toFixed(0)} ms\n`,
  );
});

Smoke.run();
