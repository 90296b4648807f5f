// Deep stacks: an inlined chain longer than MAX_INLINE_DEPTH (gradient clipping's global norm over 150 blocks' weights)
// is cut by storing nodes along it, so emission never recurses past the bound (it overflowed the stack at repeat(300)),
// and the program still trains on the GPU as on the CPU executor (SGD: Adam's first step is the sign of the gradient,
// which turns rounding noise in near-zero gradients of a 150-block stack into whole steps).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compileSource } from '../compiler/compile.js';
import { fuse } from '../compiler/fuse/fuse.js';
import { MAX_INLINE_DEPTH } from '../compiler/fuse/draft.js';
import { SourceFile } from '../core/diagnostic.js';
import type { Program } from '../core/ir.js';
import { compileModel } from '../node/api.js';
import { getTestDevice, releaseTestDevice } from './helpers/gpu.js';
import { Rng } from './helpers/gpu-compare.js';

test.after(() => releaseTestDevice());

/** A stack of `blocks` residual blocks under gradient clipping: its global norm sums one term per weight, a chain of 2·blocks + 2 adds. */
const deep = (blocks: number) => `model deep
input x: f32[batch, 4]
target y: i32[batch]
block B()(h) {
  return h + Dense(4, activation=tanh)(h)
}
z = repeat(${blocks}) B()(x)
output logits = Dense(3)(z)
loss cross_entropy(logits, y)
optimizer sgd(lr=0.01, clip_norm=0.5)
train batch_size=4
`;
// Compiling alone: 150 blocks (the chain is 2.4x the bound). On the GPU: 70 blocks, a chain of 142 adds, just past the
// bound, so the program is still cut, while its norm kernel stays small enough for lavapipe to compile in seconds
// rather than minutes with a cold shader cache (its compile time grows faster than the kernel).
const spec = deep(150);
const gpuSpec = deep(70);

/** The longest chain of nodes a kernel of the program evaluates inline. */
function deepestInline(p: Program, members: Set<number>[]): number {
  let deepest = 0;
  for (const m of members) {
    const depth = new Map<number, number>();
    for (const n of p.nodes) {
      if (!m.has(n.id)) continue;
      const d = Math.max(0, ...n.src.filter((s) => m.has(s)).map((s) => depth.get(s)! + 1));
      depth.set(n.id, d);
      deepest = Math.max(deepest, d);
    }
  }
  return deepest;
}

test(`no kernel inlines a chain deeper than ${MAX_INLINE_DEPTH}, and the program compiles to WGSL`, () => {
  const r = compileSource(new SourceFile('deep.model', spec), { backend: true });
  assert.ok(r.artifact, r.diagnostics.map((d) => d.message).join('\n'));
  const train = r.module!.programs.find((p) => p.name === 'train_step')!;
  // Without the cut, the norm's chain of adds alone is longer than the bound: the test is about a real deep chain.
  const unbounded = train.nodes.filter((n) => n.op === 'add' && n.shape.length === 0).length;
  assert.ok(unbounded > MAX_INLINE_DEPTH, `${unbounded} scalar adds`);
  const kernels = fuse(train).kernels;
  assert.ok(deepestInline(train, kernels.flatMap((k) => [k, ...(k.sideTasks ?? [])]).map((k) => new Set(k.members))) <= MAX_INLINE_DEPTH);
});

test('the deep program trains on the GPU as on the CPU executor', async () => {
  const gpu = await getTestDevice();
  if (!gpu) return;
  const source = gpuSpec;
  const r0 = compileSource(new SourceFile('deep.model', source), { backend: true });
  const train = r0.module!.programs.find((p) => p.name === 'train_step')!;
  assert.ok(train.nodes.filter((n) => n.op === 'add' && n.shape.length === 0).length > MAX_INLINE_DEPTH, 'the GPU spec also has a chain past the bound');
  const onGpu = await compileModel('deep.model', { source, backend: 'webgpu', device: gpu.device });
  const onCpu = await compileModel('deep.model', { source, backend: 'cpu' });
  const r = new Rng(3);
  for (let step = 0; step < 3; step++) {
    const feeds = { x: Float32Array.from({ length: 16 }, () => r.normal()), y: Int32Array.from({ length: 4 }, () => r.int(3)) };
    const [lg, lc] = [await onGpu.trainStep({ feeds }), await onCpu.trainStep({ feeds })];
    assert.ok(lg !== undefined && lc !== undefined && Number.isFinite(lc));
    assert.ok(Math.abs(lg - lc) <= 1e-4 * Math.abs(lc), `step ${step}: loss ${lg} on the GPU, ${lc} on the CPU`);
  }
  onGpu.dispose();
  onCpu.dispose();
});

test.run();
