// Takes test/cases/conv-family.model (Conv1D same/causal/dilated/strided, dilated Conv2D, UpSampling2D,
// Conv2DTranspose, the global pools), the WGSL backend and the shared test device; gives the check that train_step on
// the GPU follows the CPU reference executor for a few steps (losses and every weight), then eval_step and predict:
// dilated im2col and col2im (forward and backward) and col2im as a forward op, against the reference kernels.
import { readFileSync } from 'node:fs';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { compileSource } from '../compiler/compile.js';
import { emitModule } from '../compiler/emit/emit.js';
import { SourceFile } from '../core/diagnostic.js';
import { CpuSession } from '../runtime/cpu/session.js';
import { GpuSession } from '../runtime/gpu/session.js';
import { l2Relative, programFeeds, Rng } from './helpers/gpu-compare.js';
import { getTestDevice, releaseTestDevice } from './helpers/gpu.js';
import { repoRoot } from './helpers/repo.js';

const PATH = 'test/cases/conv-family.model';
const BATCH = 4;
const STEPS = 3;
/** Losses per step and outputs: |gpu − cpu| ≤ TOL · max(|cpu|, 1e-3); weights: ‖gpu − cpu‖₂ ≤ TOL · ‖cpu‖₂. */
const TOL = 1e-4;

const Gpu = suite('convolution family: gpu vs cpu');
let device: GPUDevice | undefined;
Gpu.before(async () => {
  device = (await getTestDevice())?.device;
});
Gpu.after(async () => {
  await releaseTestDevice();
});

Gpu(`${STEPS} train_steps on the GPU match the CPU; then eval_step and predict`, async () => {
  const text = readFileSync(repoRoot + PATH, 'utf8');
  const file = new SourceFile(PATH, text);
  const compiled = compileSource(file, { batch: BATCH });
  assert.ok(compiled.module, compiled.diagnostics.map((d) => d.message).join('; '));
  const module = compiled.module;
  const backend = emitModule(module, { text, file });
  const manifest = backend.artifact.manifest;
  if (!device) return;

  const gpu = await GpuSession.create(device, backend.artifact);
  const cpu = new CpuSession(module);
  const rng = new Rng(0xc0f);
  const batchOf = (program: 'train_step' | 'eval_step' | 'predict') => programFeeds(manifest, program, rng, { weights: (n) => new Float32Array(n).fill(1), classes: 3, float: () => rng.normal() });
  const failures: string[] = [];
  const near = (g: ArrayLike<number>, c: ArrayLike<number>, what: string) => {
    for (let i = 0; i < c.length; i++) if (!(Math.abs(g[i] - c[i]) <= TOL * Math.max(Math.abs(c[i]), 1e-3))) failures.push(`${what}[${i}]: gpu ${g[i]}, cpu ${c[i]}`);
  };
  try {
    const losses: string[] = [];
    for (let step = 0; step < STEPS; step++) {
      const feeds = batchOf('train_step');
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
    const evalFeeds = batchOf('eval_step');
    near((await gpu.run('eval_step', evalFeeds.gpu)).loss, cpu.evalStep(evalFeeds.cpu).loss.data, 'eval loss');
    const predictFeeds = batchOf('predict');
    near((await gpu.run('predict', predictFeeds.gpu)).logits, cpu.predict(predictFeeds.cpu).logits.data, 'predicted logits');
    console.log(`  conv family gpu vs cpu: losses ${losses.join(' -> ')}; kernels ${manifest.programs.map((p) => `${p.name} ${p.kernels.length}`).join(', ')}\n    L2 rel: ${worst.join(', ')}`);
  } finally {
    gpu.destroy();
  }
  assert.is(failures.length, 0, failures.join('\n'));
});

Gpu.run();
