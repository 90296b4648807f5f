// Benchmark: an LSTM text classifier over 32 and 64 steps on the WebGPU device: dispatches and submits per train step,
// dispatches per step of the sequence, and the median train-step and inference time. Run: npm run bench:rnn. Prints
// figures; nothing is asserted (timings on shared machines are noisy).
import { compileSource } from '../compiler/compile.js';
import { SourceFile } from '../core/diagnostic.js';
import { emitModule } from '../compiler/emit/emit.js';
import { requestDevice } from '../node/runtime.js';
import { type Feeds, GpuSession } from '../runtime/gpu/session.js';
import { median } from './stats.js';

const BATCH = 32;


function spec(steps: number, layer: string): string {
  return `model lstm_bench
input  tokens: i32[batch, ${steps}]
target label: i32[batch]
e = Embedding(2000, 32, mask_zero=true)(tokens)
h = ${layer}(e)
output logits = Dense(2)(h)
loss      cross_entropy(logits, label)
optimizer adam(lr=0.001)
train     batch_size=${BATCH}
`;
}

/** Token ids with the last quarter of each row padding (id 0), labels 0/1. */
function feedsFor(inputs: { name: string; shape: number[] }[], steps: number): Feeds {
  let seed = 12345;
  const rnd = () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
  const out: Feeds = {};
  for (const i of inputs) {
    const n = i.shape.reduce((a, b) => a * b, 1);
    if (i.name === 'tokens') out[i.name] = Int32Array.from({ length: n }, (_, k) => (k % steps < (3 * steps) / 4 ? 1 + Math.floor(rnd() * 1999) : 0));
    else if (i.name === 'label') out[i.name] = Int32Array.from({ length: n }, () => Math.floor(rnd() * 2));
    else out[i.name] = new Float32Array(n).fill(1);
  }
  return out;
}

async function bench(steps: number, layer: string, repeats: number): Promise<void> {
  const text = spec(steps, layer);
  const file = new SourceFile('lstm-bench.model', text);
  const compiled = compileSource(file, { purpose: 'train' });
  if (!compiled.module) throw new Error(compiled.diagnostics.map((d) => d.message).join('; '));
  const { artifact } = emitModule(compiled.module, { text, file });
  const handle = await requestDevice();
  const t0 = performance.now();
  const session = await GpuSession.create(handle.device, artifact);
  const train = artifact.manifest.programs.find((p) => p.name === 'train_step')!;
  const predict = artifact.manifest.programs.find((p) => p.name === 'predict')!;
  const feeds = feedsFor(train.inputs, steps);
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
  for (let i = 0; i < repeats; i++) {
    const t = performance.now();
    await session.run('train_step', feeds);
    trainTimes.push(performance.now() - t);
  }
  const submitsPerStep = submits / repeats;
  const inferTimes: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t = performance.now();
    await session.run('predict', feeds);
    inferTimes.push(performance.now() - t);
  }
  console.log(
    `${layer} over ${steps} steps (batch ${BATCH}, embedding 32, ${handle.adapterInfo.backend}): ${train.kernels.length} dispatches + ${submitsPerStep} submit per train step ` +
      `(${(train.kernels.length / steps).toFixed(1)} per sequence step), ${predict.kernels.length} per inference (${(predict.kernels.length / steps).toFixed(1)} per sequence step); ` +
      `train step median ${median(trainTimes).toFixed(1)} ms (best ${Math.min(...trainTimes).toFixed(1)}), inference ${median(inferTimes).toFixed(1)} ms; first step ${(first / 1000).toFixed(1)} s (pipelines + lazy shader JIT)`,
  );
  session.destroy();
  handle.release();
}

const which = process.argv.slice(2);
for (const steps of which.length ? which.map(Number) : [32, 64]) await bench(steps, 'LSTM(64)', 10);
