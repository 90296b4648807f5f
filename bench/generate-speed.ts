// Benchmark: time per generated character of the fixed-context window (the forward program at batch 1 on the last
// `context` characters), against the same program compiled for a context of 1, which is what one step of a KV cache
// would at least cost (the same layers and dispatches for one position, before any attention over the cache).
// Run: npm run bench:generate. Prints medians per backend; nothing is asserted (timings on shared machines are noisy).
import { compileModel } from '../node/api.js';
import type { Model } from '../runtime/model.js';
import { median } from './stats.js';

const specs = (process.argv[2] ?? 'specs/names-gpt.model,specs/char-gpt.model').split(',');
const backends = (process.argv[3] ?? 'webgpu,cpu').split(',') as ('webgpu' | 'cpu')[];
const steps = Number(process.argv[4] ?? 30);


/** Median milliseconds of one batch-1 predict of a full window, after two warm-up calls (the first JIT-compiles the shaders). */
async function perStep(model: Model): Promise<number> {
  const input = model.tensors.find((t) => t.role === 'input')!;
  const row = Int32Array.from({ length: input.shape[0] }, (_, i) => i % 7);
  for (let i = 0; i < 2; i++) await model.predict({ [input.name]: row });
  const times: number[] = [];
  for (let i = 0; i < steps; i++) {
    const t = performance.now();
    await model.predict({ [input.name]: row });
    times.push(performance.now() - t);
  }
  return median(times);
}

for (const spec of specs) {
  for (const backend of backends) {
    const window = await compileModel(spec, { batchSize: 1, purpose: 'inference', backend, warn: () => undefined });
    const context = window.tensors.find((t) => t.role === 'input')!.shape[0];
    const full = await perStep(window);
    window.dispose();
    const one = await compileModel(spec, { batchSize: 1, purpose: 'inference', backend, set: { context: 1 }, warn: () => undefined });
    const single = await perStep(one);
    one.dispose();
    console.log(`${spec} on ${backend}: window of ${context}: ${full.toFixed(2)} ms per character; context 1 (a KV-cache step's floor): ${single.toFixed(2)} ms; a cache saves at most ${(100 * (1 - single / full)).toFixed(0)}%`);
  }
}
