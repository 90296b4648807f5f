// Takes test/cases/batchnorm.model (BatchNorm on conv channels of NHWC images and on dense features), the WGSL backend
// and the shared test device; gives the check that train_step on the GPU follows the CPU reference executor for a few
// steps with a padding row in every batch: losses, weights, and the moving statistics after the steps, then eval_step
// and predict on the moving statistics.
import { readFileSync } from 'node:fs';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { SourceFile } from '../core/diagnostic.js';
import { trainAgainstCpu } from './helpers/train-compare.js';
import { getTestDevice, releaseTestDevice } from './helpers/gpu.js';
import { repoRoot } from './helpers/repo.js';

const PATH = 'test/cases/batchnorm.model';
const BATCH = 4;
const STEPS = 3;
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
  let variables: string[] = [];
  const r = await trainAgainstCpu(device, {
    name: 'BatchNorm',
    file: new SourceFile(PATH, readFileSync(repoRoot + PATH, 'utf8')),
    batch: BATCH,
    steps: STEPS,
    seed: 0xb17,
    weights: () => WEIGHT,
    classes: 3,
    float: (rng) => rng.normal() * 2 + 0.5,
    state: (manifest) => {
      variables = manifest.state.filter((s) => s.role === 'variable').map((s) => s.path);
      assert.is(variables.length, 4, 'two BatchNorms, two moving statistics each');
      return variables;
    },
  });
  if (!r) return;
  // The moving statistics moved away from their start (0 and 1), so the comparison means something.
  for (const v of variables) assert.ok(Array.from(r.cpu.state[v].data).some((x) => Math.abs(x - (v.endsWith('mean') ? 0 : 1)) > 1e-3), `${v} moved`);
  assert.is(r.failures.length, 0, r.failures.join('\n'));
});

Gpu.run();
