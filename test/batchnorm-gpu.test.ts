// Takes test/cases/batchnorm.model (BatchNorm on conv channels of NHWC images and on dense features), the WGSL backend
// and the shared test device; gives the check that train_step on the GPU follows the CPU reference executor for a few
// steps with a padding row in every batch: losses, weights, and the moving statistics after the steps, then eval_step
// and predict on the moving statistics.
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

const PATH = 'test/cases/batchnorm.model';
const BATCH = 4;
const STEPS = 3;
/** Losses per step and outputs: |gpu − cpu| ≤ TOL · max(|cpu|, 1e-3); tensors: ‖gpu − cpu‖₂ ≤ TOL · ‖cpu‖₂. */
const TOL = 1e-4;
/** Every batch's last row is padding (weight 0): the GPU must leave it out of the statistics as the CPU does. */
const WEIGHT = Float32Array.from([1, 1, 1, 0]);

const Gpu = suite('BatchNorm: gpu vs cpu');
let device: GPUDevice | undefined;
Gpu.before(async () => {
  device = (await getTestDevice())?.device;
});
Gpu.after(async () => {
  await releaseTestDevice();
});

Gpu(`${STEPS} train_steps on the GPU match the CPU, moving statistics included; then eval_step and predict`, async () => {
  const text = readFileSync(repoRoot + PATH, 'utf8');
  const file = new SourceFile(PATH, text);
  const compiled = compileSource(file, { batch: BATCH });
  assert.ok(compiled.module, compiled.diagnostics.map((d) => d.message).join('; '));
  const module = compiled.module;
  const backend = emitModule(module, { text, file });
  const manifest = backend.artifact.manifest;
  const variables = manifest.state.filter((s) => s.role === 'variable').map((s) => s.path);
  assert.is(variables.length, 4, 'two BatchNorms, two moving statistics each');
  if (!device) return;

  const gpu = await GpuSession.create(device, backend.artifact);
  const cpu = new CpuSession(module);
  const rng = new Rng(0xb17);
  const batchOf = (program: 'train_step' | 'eval_step' | 'predict') => programFeeds(manifest, program, rng, { weights: () => WEIGHT, classes: 3, float: () => rng.normal() * 2 + 0.5 });
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
    const state = await gpu.readState();
    const worst: string[] = [];
    for (const [path, value, reference] of [
      ...module.params.map((p) => [p.path, params[p.path], cpu.params[p.path].data] as const),
      ...variables.map((v) => [v, state[v], cpu.state[v].data] as const),
    ]) {
      const { rel } = l2Relative(value, reference);
      worst.push(`${path} ${rel.toExponential(1)}`);
      if (!(rel <= TOL)) failures.push(`${path}: ‖gpu − cpu‖₂ / ‖cpu‖₂ = ${rel.toExponential(2)}`);
    }
    // The moving statistics moved away from their start (0 and 1), so the comparison above means something.
    for (const v of variables) assert.ok(Array.from(cpu.state[v].data).some((x) => Math.abs(x - (v.endsWith('mean') ? 0 : 1)) > 1e-3), `${v} moved`);
    const evalFeeds = batchOf('eval_step');
    near((await gpu.run('eval_step', evalFeeds.gpu)).loss, cpu.evalStep(evalFeeds.cpu).loss.data, 'eval loss');
    const predictFeeds = batchOf('predict');
    near((await gpu.run('predict', predictFeeds.gpu)).logits, cpu.predict(predictFeeds.cpu).logits.data, 'predicted logits');
    console.log(`  BatchNorm gpu vs cpu: losses ${losses.join(' -> ')}; kernels ${manifest.programs.map((p) => `${p.name} ${p.kernels.length}`).join(', ')}\n    L2 rel: ${worst.join(', ')}`);
  } finally {
    gpu.destroy();
  }
  assert.is(failures.length, 0, failures.join('\n'));
});

Gpu.run();
