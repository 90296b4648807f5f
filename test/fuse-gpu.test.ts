// A fusion regression on the device: the text classifier at batch 1, whose scalar matmul result is read by several
// kernels (rule 5 once dropped it from memory, an internal error), trains on the GPU as on the CPU executor.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compileModel } from '../node/api.js';
import { getTestDevice, releaseTestDevice } from './helpers/gpu.js';
import { Rng } from './helpers/gpu-compare.js';
import { repoRoot } from './helpers/repo.js';

test.after(() => releaseTestDevice());

test('text-classifier at batch 1: three train steps give the same losses and weights on the GPU and the CPU', async () => {
  const gpu = await getTestDevice();
  if (!gpu) return;
  const path = repoRoot + 'specs/text-classifier.model';
  const onGpu = await compileModel(path, { batchSize: 1, backend: 'webgpu', device: gpu.device });
  const onCpu = await compileModel(path, { batchSize: 1, backend: 'cpu' });
  const r = new Rng(5);
  for (let step = 0; step < 3; step++) {
    const feeds = { tokens: Int32Array.from({ length: 64 }, () => r.int(2000)), label: Float32Array.of(step % 2) };
    const [lg, lc] = [await onGpu.trainStep({ feeds }), await onCpu.trainStep({ feeds })];
    assert.ok(lg !== undefined && lc !== undefined && Number.isFinite(lc));
    assert.ok(Math.abs(lg - lc) <= 1e-4 * Math.abs(lc), `step ${step}: loss ${lg} on the GPU, ${lc} on the CPU`);
  }
  const [pg, pc] = [await onGpu.getWeights(), await onCpu.getWeights()];
  for (const [name, c] of Object.entries(pc)) {
    // Attention key biases have a zero gradient in exact arithmetic: both sides move on rounding noise (gpu-train.test.ts).
    if (name.endsWith('.key.bias')) continue;
    const g = pg[name];
    let diff = 0;
    let norm = 0;
    for (let i = 0; i < c.length; i++) {
      diff += (g[i] - c[i]) ** 2;
      norm += c[i] ** 2;
    }
    assert.ok(Math.sqrt(diff) <= 1e-4 * Math.sqrt(norm), `${name}: ‖gpu − cpu‖ = ${Math.sqrt(diff)}, ‖cpu‖ = ${Math.sqrt(norm)}`);
  }
});

test.run();
