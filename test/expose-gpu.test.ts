// Takes specs with attention compiled with `expose: ['attention_weights']` and the shared test device; gives the checks
// that predict returns each layer's softmax weights on the GPU equal to the CPU executor's, that every query's row sums
// to 1, that the manifest says where each came from, and that the model's own outputs do not change.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { compileSource } from '../compiler/compile.js';
import { SourceFile } from '../core/diagnostic.js';
import { CpuSession } from '../runtime/cpu/session.js';
import { GpuSession } from '../runtime/gpu/session.js';
import { parseManifest } from '../runtime/load.js';
import { programFeeds, Rng } from './helpers/gpu-compare.js';
import { getTestDevice, releaseTestDevice } from './helpers/gpu.js';
import { repoRoot } from './helpers/repo.js';

/** Two stacked attention layers (one causal) over masked ids: two exposed tensors, masked keys with no weight. */
const STACKED = `model two_attentions
input  ids: i32[batch, 5]
target label: i32[batch]
e = Embedding(7, 8, mask_zero=true)(ids)
a = MultiHeadAttention(heads=2)(e)
c = MultiHeadAttention(heads=1, causal=true)(a)
output logits = Dense(3)(GlobalAvgPool1D()(c))
loss      cross_entropy(logits, label)
optimizer adam(lr=0.01)
train     batch_size=3, seed=4
`;

const TOL = 1e-4;
const Expose = suite('exposed attention weights');
let device: GPUDevice | undefined;
Expose.before(async () => {
  device = (await getTestDevice())?.device;
});
Expose.after(async () => {
  await releaseTestDevice();
});

function compiled(path: string, text: string, batch?: number) {
  const file = new SourceFile(path, text);
  const plain = compileSource(file, { backend: true, batch });
  const exposed = compileSource(file, { backend: true, batch, expose: ['attention_weights'] });
  assert.ok(plain.artifact && exposed.artifact && exposed.module, exposed.diagnostics.map((d) => d.message).join('; '));
  return { plain: plain.artifact, exposed: exposed.artifact, module: exposed.module };
}

Expose('the manifest names each exposed tensor, its layer, line, shape and axes; a plain compilation has none', () => {
  const { plain, exposed } = compiled('stacked.model', STACKED);
  assert.is(plain.manifest.intermediates, undefined);
  assert.equal(exposed.manifest.intermediates, [
    { output: 'a.attention_weights', kind: 'attention_weights', layer: 'a', source: 'stacked.model:5', shape: [3, 2, 5, 5], axes: ['batch', 'head', 'query', 'key'] },
    { output: 'c.attention_weights', kind: 'attention_weights', layer: 'c', source: 'stacked.model:6', shape: [3, 1, 5, 5], axes: ['batch', 'head', 'query', 'key'] },
  ]);
  // The manifest still satisfies the artifact schema (a reader of mdlc compile -o folders takes it).
  parseManifest(JSON.parse(JSON.stringify(exposed.manifest)), 'stacked');
  // Only predict gains outputs; train_step and eval_step are the same programs.
  for (const name of ['train_step', 'eval_step'] as const) assert.equal(exposed.manifest.programs.find((p) => p.name === name)!.kernels.length, plain.manifest.programs.find((p) => p.name === name)!.kernels.length);
});

for (const [label, path, text, batch] of [
  ['specs/text-classifier.model', 'specs/text-classifier.model', readFileSync(`${repoRoot}specs/text-classifier.model`, 'utf8'), 2],
  ['two stacked attention layers, masked and causal', 'stacked.model', STACKED, undefined],
] as const) {
  Expose(`${label}: the GPU's weights equal the CPU executor's, rows sum to 1, outputs unchanged`, async () => {
    const { plain, exposed, module } = compiled(path, text, batch);
    if (!device) return;
    const rng = new Rng(0xa77e);
    const vocab = exposed.manifest.tensors.find((t) => t.role === 'input')!.vocab!;
    const feeds = programFeeds(exposed.manifest, 'predict', rng, { weights: (n) => new Float32Array(n).fill(1), classes: vocab, float: () => rng.normal() });
    // Some padding ids (0) at the end of the first row, so a masked spec's padded keys must get no weight.
    const ids = feeds.gpu[Object.keys(feeds.gpu).find((k) => feeds.gpu[k] instanceof Int32Array)!] as Int32Array;
    ids[ids.length / (batch ?? 3) - 1] = 0;
    ids[ids.length / (batch ?? 3) - 2] = 0;
    const gpu = await GpuSession.create(device, exposed);
    const gpuPlain = await GpuSession.create(device, plain);
    try {
      const cpu = new CpuSession(module).predict(feeds.cpu);
      const g = await gpu.run('predict', feeds.gpu);
      const gp = await gpuPlain.run('predict', feeds.gpu);
      const failures: string[] = [];
      for (const info of exposed.manifest.intermediates!) {
        const w = g[info.output];
        const c = cpu[info.output].data;
        assert.is(w.length, info.shape.reduce((a, b) => a * b, 1), `${info.output} has its manifest shape`);
        for (let i = 0; i < c.length; i++) if (!(Math.abs(w[i] - c[i]) <= TOL * Math.max(Math.abs(c[i]), 1e-3))) failures.push(`${info.output}[${i}]: gpu ${w[i]}, cpu ${c[i]}`);
        const keys = info.shape[3];
        let spread = 0;
        for (let row = 0; row < w.length / keys; row++) {
          const r = Array.from(w.subarray(row * keys, (row + 1) * keys));
          const total = r.reduce((a, b) => a + b, 0);
          if (Math.abs(total - 1) > 1e-5) failures.push(`${info.output} row ${row} sums to ${total}`);
          spread = Math.max(spread, Math.max(...r) - Math.min(...r));
        }
        // Not a uniform matrix: the weights depend on the tokens.
        assert.ok(spread > 1e-4, `${info.output}: every row is uniform`);
      }
      if (path === 'stacked.model') {
        // Row 0's last two ids are padding: its first query gives those keys no weight, in either layer.
        for (const name of ['a.attention_weights', 'c.attention_weights']) assert.ok(g[name][3] === 0 && g[name][4] === 0, `${name}: padded keys get weight ${g[name][3]}, ${g[name][4]}`);
      }
      for (const o of plain.manifest.programs.find((p) => p.name === 'predict')!.outputs) assert.equal(Array.from(g[o.name]), Array.from(gp[o.name]), `${o.name} is the same with and without exposed weights`);
      assert.is(failures.length, 0, failures.slice(0, 10).join('\n'));
    } finally {
      gpu.destroy();
      gpuPlain.destroy();
    }
  });
}

Expose.run();
