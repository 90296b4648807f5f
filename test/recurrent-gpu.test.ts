// Takes a spec with a masked Embedding feeding a Bidirectional LSTM, a backwards GRU and masked pooling, the WGSL backend and the shared test device; gives the check that train_step on the GPU (lavapipe) follows
// the CPU reference executor for a few steps (losses and every weight), then predict (eval_step is the same forward pass).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { compileSource } from '../compiler/compile.js';
import { emitModule } from '../compiler/emit/emit.js';
import { SourceFile } from '../core/diagnostic.js';
import { CpuSession } from '../runtime/cpu/session.js';
import { GpuSession } from '../runtime/gpu/session.js';
import { l2Relative, programFeeds, Rng } from './helpers/gpu-compare.js';
import { getTestDevice, releaseTestDevice } from './helpers/gpu.js';

// Small on purpose: every unrolled step is a few kernels of its own, and lavapipe compiles each on its first dispatch.
const SPEC = `model rnn_gpu
input  ids: i32[batch, 3]
target label: i32[batch]
e = Embedding(4, 5, mask_zero=true)(ids)
s = Bidirectional(LSTM(4, return_sequences=true))(e)
g = GRU(3, go_backwards=true)(s)
output logits = Dense(3)(Concat()(g, GlobalAvgPool1D()(s)))
loss      cross_entropy(logits, label)
optimizer adam(lr=0.01)
train     batch_size=4, seed=9
`;
const BATCH = 4;
const STEPS = 2;
/** Losses and outputs: |gpu − cpu| ≤ TOL · max(|cpu|, 1e-3); weights: ‖gpu − cpu‖₂ ≤ TOL · ‖cpu‖₂. */
const TOL = 1e-4;

const Gpu = suite('recurrent layers: gpu vs cpu');
let device: GPUDevice | undefined;
Gpu.before(async () => {
  device = (await getTestDevice())?.device;
});
Gpu.after(async () => {
  await releaseTestDevice();
});

Gpu(`${STEPS} train_steps on the GPU match the CPU (masked ids, both directions), then predict`, async () => {
  const file = new SourceFile('rnn-gpu.model', SPEC);
  const compiled = compileSource(file, { batch: BATCH });
  assert.ok(compiled.module, compiled.diagnostics.map((d) => d.message).join('; '));
  const module = compiled.module;
  const backend = emitModule(module, { text: SPEC, file });
  const manifest = backend.artifact.manifest;
  if (!device) return;

  const gpu = await GpuSession.create(device, backend.artifact);
  const cpu = new CpuSession(module);
  const rng = new Rng(0x5eed);
  // Ids 0..3: about one step in four is padding, anywhere in the sequence; one row's weight is 0 (a padding row).
  const batchOf = (program: 'train_step' | 'predict') => programFeeds(manifest, program, rng, { weights: () => Float32Array.from([1, 1, 0, 1]), classes: 4, float: () => rng.normal() });
  const failures: string[] = [];
  const near = (g: ArrayLike<number>, c: ArrayLike<number>, what: string) => {
    for (let i = 0; i < c.length; i++) if (!(Math.abs(g[i] - c[i]) <= TOL * Math.max(Math.abs(c[i]), 1e-3))) failures.push(`${what}[${i}]: gpu ${g[i]}, cpu ${c[i]}`);
  };
  try {
    const losses: string[] = [];
    for (let step = 0; step < STEPS; step++) {
      const feeds = batchOf('train_step');
      for (let i = 0; i < BATCH; i++) (feeds.cpu.label.data as Int32Array)[i] %= 3;
      const g = await gpu.run('train_step', feeds.gpu);
      const c = cpu.trainStep(feeds.cpu);
      near(g.loss, c.loss.data, `step ${step + 1} loss`);
      losses.push(c.loss.data[0].toPrecision(5));
    }
    const params = await gpu.readParams();
    const worst: string[] = [];
    for (const p of module.params) {
      const { rel } = l2Relative(params[p.path], cpu.params[p.path].data);
      worst.push(`${p.path} ${rel.toExponential(1)}`);
      if (!(rel <= TOL)) failures.push(`${p.path}: ‖gpu − cpu‖₂ / ‖cpu‖₂ = ${rel.toExponential(2)}`);
    }
    const predictFeeds = batchOf('predict');
    near((await gpu.run('predict', predictFeeds.gpu)).logits, cpu.predict(predictFeeds.cpu).logits.data, 'predicted logits');
    console.log(`  recurrent gpu vs cpu: losses ${losses.join(' -> ')}; kernels ${manifest.programs.map((p) => `${p.name} ${p.kernels.length}`).join(', ')}\n    L2 rel: ${worst.join(', ')}`);
  } finally {
    gpu.destroy();
  }
  assert.is(failures.length, 0, failures.join('\n'));
});

Gpu.run();
