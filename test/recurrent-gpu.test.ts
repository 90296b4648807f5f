// Takes a spec with a masked Embedding feeding a Bidirectional LSTM, a backwards GRU and masked pooling, the WGSL backend and the shared test device; gives the check that train_step on the GPU (lavapipe) follows
// the CPU reference executor for a few steps (losses and every weight), then predict (eval_step is the same forward pass).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { SourceFile } from '../core/diagnostic.js';
import { trainAgainstCpu } from './helpers/train-compare.js';
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

const Gpu = suite('recurrent layers: gpu vs cpu');
let device: GPUDevice | undefined;
Gpu.before(async () => {
  device = (await getTestDevice())?.device;
});
Gpu.after(async () => {
  await releaseTestDevice();
});

Gpu(`${STEPS} train_steps on the GPU match the CPU (masked ids, both directions), then predict`, async () => {
  const r = await trainAgainstCpu(device, {
    name: 'recurrent',
    file: new SourceFile('rnn-gpu.model', SPEC),
    batch: BATCH,
    steps: STEPS,
    seed: 0x5eed,
    // Ids 0..3: about one step in four is padding, anywhere in the sequence; one row's weight is 0 (a padding row).
    weights: () => Float32Array.from([1, 1, 0, 1]),
    classes: 4,
    float: (rng) => rng.normal(),
    adjust: (feeds) => {
      for (let i = 0; i < BATCH; i++) (feeds.cpu.label.data as Int32Array)[i] %= 3;
    },
    after: ['predict'],
  });
  if (r) assert.is(r.failures.length, 0, r.failures.join('\n'));
});

Gpu.run();
