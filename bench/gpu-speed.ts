// Benchmark: train-step and inference time, dispatches and submits per step, and time to first step on the WebGPU device.
// Run: npm run bench:gpu. Prints medians; nothing is asserted (timings on shared machines are noisy).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileSource } from '../compiler/compile.js';
import { SourceFile } from '../core/diagnostic.js';
import { emitModule } from '../compiler/emit/emit.js';
import { requestDevice } from '../node/runtime.js';
import { type Feeds, GpuSession } from '../runtime/gpu/session.js';
import { median } from './stats.js';

const root = fileURLToPath(new URL('../../', import.meta.url));


/** Random feeds for every input of a program: ids below `classes`, floats in [0, 1). */
function feedsFor(inputs: { name: string; dtype: string; shape: number[] }[], classes: Record<string, number>): Feeds {
  let seed = 12345;
  const rnd = () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
  const out: Feeds = {};
  for (const i of inputs) {
    const n = i.shape.reduce((a, b) => a * b, 1);
    out[i.name] = i.dtype === 'i32' ? Int32Array.from({ length: n }, () => Math.floor(rnd() * (classes[i.name] ?? 2))) : Float32Array.from({ length: n }, () => (classes[i.name] === 2 ? Math.round(rnd()) : rnd()));
  }
  return out;
}

async function bench(spec: string, classes: Record<string, number>, steps: number): Promise<void> {
  const file = new SourceFile(`specs/${spec}.model`, readFileSync(`${root}specs/${spec}.model`, 'utf8'));
  const compiled = compileSource(file, { purpose: 'train' });
  if (!compiled.module) throw new Error(`${spec} does not compile`);
  const { artifact } = emitModule(compiled.module, { text: file.text, file });
  const handle = await requestDevice();
  const t0 = performance.now();
  const session = await GpuSession.create(handle.device, artifact);
  const train = artifact.manifest.programs.find((p) => p.name === 'train_step')!;
  const predict = artifact.manifest.programs.find((p) => p.name === 'predict')!;
  const feeds = feedsFor(train.inputs, classes);
  let submits = 0;
  const queue = handle.device.queue;
  const submit = queue.submit.bind(queue);
  queue.submit = (buffers: Iterable<GPUCommandBuffer>) => {
    submits++;
    submit(buffers);
  };
  await session.run('train_step', feeds);
  const first = performance.now() - t0;
  await session.run('predict', feeds);
  const trainTimes: number[] = [];
  submits = 0;
  for (let i = 0; i < steps; i++) {
    const t = performance.now();
    await session.run('train_step', feeds);
    trainTimes.push(performance.now() - t);
  }
  const submitsPerStep = submits / steps;
  const inferTimes: number[] = [];
  for (let i = 0; i < steps; i++) {
    const t = performance.now();
    await session.run('predict', feeds);
    inferTimes.push(performance.now() - t);
  }
  console.log(
    `${spec} (batch ${artifact.manifest.batchSize}, ${handle.adapterInfo.backend}): train step median ${median(trainTimes).toFixed(1)} ms, ` +
      `inference ${median(inferTimes).toFixed(1)} ms, ${train.kernels.length} dispatches + ${submitsPerStep} submit per train step, ` +
      `${predict.kernels.length} dispatches per inference, first step ${(first / 1000).toFixed(1)} s after start (pipelines + lazy shader JIT)`,
  );
  session.destroy();
  handle.release();
}

await bench('mlp', { label: 10 }, 20);
await bench('text-classifier', { tokens: 2000, label: 2 }, 10);
