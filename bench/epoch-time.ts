// Benchmark: one epoch of the MNIST MLP (specs/mlp.model, 8,000 training digits, batch 128) on mdlc's WebGPU engine,
// mdlc's CPU reference executor, TensorFlow.js' WebGPU backend (on the same Dawn device) and TensorFlow.js' wasm
// backend, in one run; plus how much of an mdlc WebGPU step is spent outside the GPU (batch assembly, upload, encoding,
// submit). Each engine warms up on a few steps first (pipelines, shader JIT), so the epoch times are steady-state.
// Run: npm run bench:epoch [-- --skip-cpu]. Prints figures; nothing is asserted (timings here are noisy).
import * as tf from '@tensorflow/tfjs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileModel, loadDataFor } from '../node/api.js';
import { batches, type Dataset, shuffledOrder } from '../runtime/data/dataset.js';
import type { Model } from '../runtime/model.js';
import { weightFeed } from '../core/interface.js';
import { installNavigatorGpu } from './tfjs-backends.js';

tf.enableProdMode();
const root = fileURLToPath(new URL('../../', import.meta.url));
const skipCpu = process.argv.includes('--skip-cpu');
const WARMUP_STEPS = 3;

interface Row {
  engine: string;
  epochSeconds: number;
  stepMs: number;
}
const rows: Row[] = [];

/** Prints a row as soon as it is measured (a crash of a later engine must not lose it). */
function report(r: Row): void {
  rows.push(r);
  const base = rows[0].epochSeconds;
  console.log(`  ${r.engine.padEnd(24)} ${r.epochSeconds.toFixed(2).padStart(7)} s/epoch  ${r.stepMs.toFixed(1).padStart(7)} ms/step  ${(r.epochSeconds / base).toFixed(2)}x mdlc WebGPU`);
}

async function mdlcEpoch(backend: 'webgpu' | 'cpu'): Promise<{ model: Model; data: Dataset }> {
  const model = await compileModel(join(root, 'specs/mlp.model'), { backend });
  const data = loadDataFor(model, 'mnist').train;
  const warm = batches(data, model.batchSize);
  for (let i = 0; i < WARMUP_STEPS; i++) await model.trainStep(warm.next().value!);
  const t0 = performance.now();
  const { history } = await model.fit(data, { epochs: 1, seed: 1, readEvery: backend === 'cpu' ? 1 : 10 });
  const seconds = (performance.now() - t0) / 1000;
  report({ engine: `mdlc ${backend === 'webgpu' ? 'WebGPU' : 'CPU executor'}`, epochSeconds: seconds, stepMs: (seconds * 1000) / history[0].steps });
  return { model, data };
}

/** Host time per step: assembling the batch, uploading it, encoding and submitting, without waiting for the GPU. */
async function hostShare(model: Model, data: Dataset): Promise<void> {
  const order = shuffledOrder(data.size, 1, 7);
  let host = 0;
  let steps = 0;
  const t0 = performance.now();
  for (const batch of batches(data, model.batchSize, order)) {
    const t = performance.now();
    // What fit does per step, minus the periodic loss read-back: feeds (the batch already built is timed below).
    await model.engine.run('train_step', { ...batch.feeds, [weightFeed]: batch.weight }, false);
    host += performance.now() - t;
    steps++;
  }
  await model.readMetrics(); // waits for the GPU to finish every queued step
  const total = performance.now() - t0;
  // Batch assembly, timed on its own (the generator's work per step).
  const t1 = performance.now();
  let n = 0;
  for (const b of batches(data, model.batchSize, order)) n += b.count;
  const assemble = (performance.now() - t1) / steps;
  const hostPerStep = host / steps + assemble;
  const stepMs = total / steps;
  console.log(
    `mdlc WebGPU, outside the GPU per step: ${hostPerStep.toFixed(2)} ms (batch assembly ${assemble.toFixed(2)} ms, upload + encode + submit ${(host / steps).toFixed(2)} ms) ` +
      `of a ${stepMs.toFixed(1)} ms step = ${((100 * hostPerStep) / stepMs).toFixed(1)}% (${n} rows)`,
  );
}

async function tfjsEpoch(backend: 'webgpu' | 'wasm', data: Dataset): Promise<void> {
  if (!(await tf.setBackend(backend))) throw new Error(`tfjs backend ${backend} did not start`);
  const model = tf.sequential({
    layers: [tf.layers.dense({ inputShape: [784], units: 256, activation: 'relu' }), tf.layers.dense({ units: 128, activation: 'relu' }), tf.layers.dense({ units: 10, activation: 'softmax' })],
  });
  model.compile({ optimizer: tf.train.adam(1e-3), loss: 'categoricalCrossentropy' });
  const x = tf.tensor2d(data.columns.image.data as Float32Array, [data.size, 784]);
  const y = tf.oneHot(tf.tensor1d(data.columns.label.data as Int32Array, 'int32'), 10).toFloat();
  await model.fit(x.slice(0, 128 * WARMUP_STEPS), y.slice(0, 128 * WARMUP_STEPS), { epochs: 1, batchSize: 128, verbose: 0 });
  const t0 = performance.now();
  await model.fit(x, y, { epochs: 1, batchSize: 128, shuffle: true, verbose: 0 });
  const seconds = (performance.now() - t0) / 1000;
  report({ engine: `TensorFlow.js ${backend}`, epochSeconds: seconds, stepMs: (seconds * 1000) / Math.ceil(data.size / 128) });
  model.dispose();
  tf.dispose([x, y]);
}

console.log(`MNIST MLP, one epoch of 8000 digits at batch 128 (steady state, after ${WARMUP_STEPS} warm-up steps):`);
const gpu = await mdlcEpoch('webgpu');
await hostShare(gpu.model, gpu.data);
if (!skipCpu) (await mdlcEpoch('cpu')).model.dispose();
await import('@tensorflow/tfjs-backend-wasm');
await tfjsEpoch('wasm', gpu.data);
// Last: tfjs-webgpu has crashed Dawn on lavapipe in long runs, and a crash must not take the other rows with it.
installNavigatorGpu();
await import('@tensorflow/tfjs-backend-webgpu');
await tfjsEpoch('webgpu', gpu.data);
gpu.model.dispose();
process.exit(0);
