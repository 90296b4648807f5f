// Takes test/cases/conv-family.model (Conv1D same/causal/dilated/strided, dilated Conv2D, UpSampling2D,
// Conv2DTranspose, the global pools), the WGSL backend and the shared test device; gives the check that train_step on
// the GPU follows the CPU reference executor for a few steps (losses and every weight), then eval_step and predict:
// dilated im2col and col2im (forward and backward) and col2im as a forward op, against the reference kernels.
import { readFileSync } from 'node:fs';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { SourceFile } from '../core/diagnostic.js';
import { trainAgainstCpu } from './helpers/train-compare.js';
import { getTestDevice, releaseTestDevice } from './helpers/gpu.js';
import { repoRoot } from './helpers/repo.js';

const PATH = 'test/cases/conv-family.model';
const BATCH = 4;
const STEPS = 3;

const Gpu = suite('convolution family: gpu vs cpu');
let device: GPUDevice | undefined;
Gpu.before(async () => {
  device = (await getTestDevice())?.device;
});
Gpu.after(async () => {
  await releaseTestDevice();
});

Gpu(`${STEPS} train_steps on the GPU match the CPU; then eval_step and predict`, async () => {
  const r = await trainAgainstCpu(device, {
    name: 'conv family',
    file: new SourceFile(PATH, readFileSync(repoRoot + PATH, 'utf8')),
    batch: BATCH,
    steps: STEPS,
    seed: 0xc0f,
    weights: (n) => new Float32Array(n).fill(1),
    classes: 3,
    float: (rng) => rng.normal(),
  });
  if (r) assert.is(r.failures.length, 0, r.failures.join('\n'));
});

Gpu.run();
