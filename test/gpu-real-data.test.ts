// End-to-end training on the WebGPU device, through the library API, on small slices of the real datasets each shipped
// spec is meant for: Iris, MNIST (MLP and CNN) and SpamAssassin (the transformer text classifier, word-tokenized).
// Each case evaluates held-out rows before and after a few epochs: the loss must fall by the stated factor and the
// accuracy must reach the stated floor. Slices and batch sizes are small so the software device (lavapipe) runs the
// whole file in a few minutes; the full-size runs and their figures are in the README.
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compileModel, loadDataFor } from '../node/api.js';
import { type Dataset, take } from '../runtime/data/dataset.js';
import { getTestDevice, releaseTestDevice } from './helpers/gpu.js';
import { repoRoot } from './helpers/repo.js';

interface Case {
  spec: string;
  data: string;
  /** Compile for this batch size (smaller than the spec's, for the software device). */
  batch: number;
  epochs: number;
  /** Training and held-out rows taken from the front of each (already shuffled) part. */
  trainRows: number;
  testRows: number;
  /** Held-out loss after training must be at most (loss before) / lossFactor. */
  lossFactor: number;
  /** Held-out accuracy after training must be at least this. */
  accuracy: number;
  lr?: number;
}

const cases: Case[] = [
  { spec: 'iris', data: 'examples/data/iris.json', batch: 16, epochs: 40, trainRows: 120, testRows: 30, lossFactor: 4, accuracy: 0.9 },
  { spec: 'mlp', data: 'mnist', batch: 64, epochs: 3, trainRows: 1536, testRows: 512, lossFactor: 4, accuracy: 0.85 },
  { spec: 'cnn', data: 'mnist', batch: 32, epochs: 2, trainRows: 640, testRows: 256, lossFactor: 3, accuracy: 0.78 },
  { spec: 'text-classifier', data: 'spam-assassin', batch: 32, epochs: 3, trainRows: 1024, testRows: 256, lossFactor: 3, accuracy: 0.9 },
];

const head = (d: Dataset, n: number) => take(d, Int32Array.from({ length: Math.min(n, d.size) }, (_, i) => i));

for (const c of cases) {
  test(`${c.spec} on ${c.data} (WebGPU): held-out loss falls ${c.lossFactor}x and accuracy reaches ${c.accuracy * 100}%`, async () => {
    const handle = await getTestDevice();
    if (!handle) return;
    const t0 = performance.now();
    const model = await compileModel(join(repoRoot, 'specs', `${c.spec}.model`), { backend: 'webgpu', device: handle.device, batchSize: c.batch, lr: c.lr, warn: () => {} });
    try {
      assert.is(model.engine.kind, 'webgpu');
      const data = loadDataFor(model, c.data.endsWith('.json') ? join(repoRoot, c.data) : c.data, repoRoot);
      const train = head(data.train, c.trainRows);
      const heldOut = head(data.test ?? data.validation!, c.testRows);
      const before = await model.evaluate(heldOut);
      const { history, stopped } = await model.fit(train, { epochs: c.epochs, seed: model.settings.seed, readEvery: 8 });
      const after = await model.evaluate(heldOut);
      const seconds = (performance.now() - t0) / 1000;
      console.log(`  ${c.spec}: held-out loss ${before.loss.toFixed(4)} -> ${after.loss.toFixed(4)}, accuracy ${(before.metrics.accuracy * 100).toFixed(1)}% -> ${(after.metrics.accuracy * 100).toFixed(1)}% (${train.size} rows x ${c.epochs} epochs, batch ${c.batch}, ${seconds.toFixed(0)} s)`);
      assert.is(stopped, 'completed');
      assert.is(history.length, c.epochs);
      assert.ok(history.every((h) => Number.isFinite(h.loss)));
      assert.ok(after.loss <= before.loss / c.lossFactor, `${c.spec}: held-out loss ${before.loss} -> ${after.loss}, wanted a fall of ${c.lossFactor}x`);
      assert.ok(after.metrics.accuracy >= c.accuracy, `${c.spec}: held-out accuracy ${after.metrics.accuracy}, wanted >= ${c.accuracy}`);
    } finally {
      model.dispose();
    }
  });
}

test.after(() => releaseTestDevice());
test.run();
