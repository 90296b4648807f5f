// Takes specs with `trainable=false` on layers and block uses, the compiler, the CPU executor, the WebGPU device and the
// CLI; gives the checks of fine-tuning: the summary shows frozen weights apart; frozen parameters get no gradient, update
// or optimizer state (none in the plan, none in checkpoints) and stay bit-identical through training on CPU and GPU while
// the rest change; the unfrozen gradients equal central differences in float64; loadWeights / --init-from match another
// spec's weights by path, with the matched and skipped lists exact.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { checkSource, compileSource } from '../compiler/compile.js';
import { renderSummary, summarize } from '../compiler/summary.js';
import { SourceFile } from '../core/diagnostic.js';
import type { Module } from '../core/ir.js';
import { compileModel } from '../node/api.js';
import { loadCheckpoint } from '../node/checkpoint-file.js';
import { execute, type Feeds, program as programOf } from '../runtime/cpu/execute.js';
import type { Tensor } from '../runtime/cpu/tensor.js';
import { initialize } from '../runtime/init.js';
import { CheckpointError } from '../runtime/checkpoint.js';
import type { Model } from '../runtime/model.js';
import { encodeSafetensors } from '../runtime/safetensors.js';
import { centralDifference, count, differenceNoise, relativeError, Rng, scalarOutput, tensor } from './helpers/finite-difference.js';
import { getTestDevice, releaseTestDevice } from './helpers/gpu.js';
import { runCliAsync } from './helpers/repo.js';

/** A frozen block (Dense + BatchNorm), a frozen Dense, and a trainable head that reads both. */
const frozenSpec = (optimizer: string) => `model ft_small
input  x: f32[batch, 5]
target t: f32[batch, 2]
block Trunk()(v) {
  h = Dense(6, activation=tanh)(v)
  return BatchNorm()(h)
}
trunk = Trunk(trainable=false)(x)
mid = Dense(4, activation=tanh, trainable=false)(trunk)
head = Dense(3, activation=tanh)(trunk)
output y = Dense(2)(Concat()(mid, head))
loss      mse(y, t)
optimizer ${optimizer}
train     batch_size=4, seed=3
`;
const FROZEN = ['trunk.h.kernel', 'trunk.h.bias', 'trunk.output.gamma', 'trunk.output.beta', 'mid.kernel', 'mid.bias'];
const TRAINED = ['head.kernel', 'head.bias', 'y.kernel', 'y.bias'];

function compiled(text: string): Module {
  const r = compileSource(new SourceFile('ft.model', text), { batch: 4 });
  assert.ok(r.module, r.diagnostics.map((d) => d.message).join('; '));
  return r.module;
}

test('mdlc check shows frozen parameters apart from the trainable and non-trainable ones', () => {
  const file = new SourceFile('ft.model', frozenSpec('adam'));
  const r = checkSource(file);
  assert.ok(r.model, r.diagnostics.map((d) => d.message).join('; '));
  const s = summarize(r.model, file);
  const frozen = s.layers.flatMap((l) => l.params.filter((p) => p.frozen).map((p) => `${l.path}.${p.name}`));
  assert.equal(frozen, FROZEN);
  assert.is(s.frozenParams, 36 + 12 + 28);
  const text = renderSummary(s, file);
  assert.match(text, 'kernel [5, 6] (frozen)');
  assert.match(text, 'moving_mean [6] (non-trainable)');
  assert.match(text, `Trainable params: ${(18 + 3 + 14 + 2).toLocaleString('en-US')}\nNon-trainable params: 12\nFrozen params: 76 (trainable=false)`);
});

test('trainable takes a flag; a block declaring its own `trainable` parameter gets it and may pass it on', () => {
  const diag = (text: string) => {
    return checkSource(new SourceFile('t.model', text));
  };
  const bad = diag('model m\ninput x: f32[batch, 4]\noutput y = Dense(2, trainable=1)(x)\n');
  assert.equal(bad.diagnostics.map((d) => d.code), ['E0303']);
  const twice = diag('model m\ninput x: f32[batch, 4]\noutput y = Dense(2, trainable=false, trainable=true)(x)\n');
  assert.equal(twice.diagnostics.map((d) => d.code), ['E0305']);
  const own = diag('model m\ninput x: f32[batch, 4]\nblock B(trainable=true)(v) {\n  a = Dense(3)(v)\n  return Dense(2, trainable=trainable)(a)\n}\noutput y = B(trainable=false)(x)\n');
  assert.ok(own.model, own.diagnostics.map((d) => d.message).join('; '));
  const layers = own.model.nodes.flatMap((n) => (n.kind === 'layer' ? [[n.path, n.frozen === true]] : []));
  assert.equal(layers, [['y.a', false], ['y.output', true]]);
});

test('frozen parameters get no update and no optimizer state: not in train_step, the plan or the state', () => {
  const module = compiled(frozenSpec('adam(lr=0.01)'));
  const train = programOf(module, 'train_step');
  const updated = train.updates.map((u) => u.name);
  for (const p of FROZEN) {
    assert.ok(!updated.includes(p), `${p} is updated`);
    assert.ok(!module.state.some((s) => s.path.startsWith(p + '.')), `${p} has optimizer state`);
  }
  for (const p of TRAINED) assert.ok(updated.includes(p) && module.state.some((s) => s.path === `${p}.m`), `${p} is trained with Adam`);
  // A frozen BatchNorm runs as in inference (Keras' rule): its moving statistics are not updated either.
  assert.ok(!updated.some((u) => u.includes('moving')), 'moving statistics of a frozen BatchNorm are left alone');
  const params = module.params.map((p) => p.path).sort();
  assert.equal(params, [...FROZEN, ...TRAINED].sort(), 'frozen parameters are still parameters (saved, loaded, read)');
});

test('gradients of the unfrozen parameters equal central differences (float64, sgd lr=1: update = -gradient)', () => {
  const module = compiled(frozenSpec('sgd(lr=1)'));
  const train = programOf(module, 'train_step');
  const rng = new Rng(5);
  const params: Record<string, Tensor> = {};
  for (const p of module.params) params[p.path] = tensor('f32', p.shape, initialize(p.init, p.shape, module.seed, p.path).map((v) => v + rng.uniform(-0.2, 0.2)));
  const state: Record<string, Tensor> = {};
  for (const s of module.state) state[s.path] = tensor('f32', s.shape, new Array<number>(count(s.shape)).fill(s.value));
  state['trunk.output.moving_mean'] = tensor('f32', [6], [0.1, -0.2, 0.3, 0, 0.05, -0.1]);
  state['trunk.output.moving_variance'] = tensor('f32', [6], [0.5, 1.5, 0.8, 1.2, 2, 0.3]);
  const feeds: Feeds = {
    params,
    state,
    inputs: {
      x: tensor('f32', [4, 5], Array.from({ length: 20 }, () => rng.normal())),
      t: tensor('f32', [4, 2], Array.from({ length: 8 }, () => rng.uniform(-1, 1))),
      '#weight': tensor('f32', [4], [1, 1, 2, 1]),
    },
  };
  const r = execute(train, feeds, { precision: 'f64' });
  const f = () => scalarOutput(train, feeds, 'loss');
  const h = 1e-5;
  const atol = differenceNoise(r.outputs.loss.data[0], h);
  const bad: string[] = [];
  let checked = 0;
  for (const path of TRAINED) {
    const data = params[path].data as Float64Array;
    const before = Float64Array.from(data);
    const after = r.updates[path].data;
    for (let i = 0; i < data.length; i++) {
      const analytic = before[i] - after[i];
      const numeric = centralDifference(f, data, i, h);
      checked++;
      const error = relativeError(analytic, numeric, 1e-8, atol);
      if (!(error < 1e-6)) bad.push(`${path}[${i}]: ${analytic} vs ${numeric}`);
    }
  }
  assert.is(checked, 18 + 3 + 14 + 2);
  assert.ok(bad.length === 0, bad.join('\n'));
  for (const p of FROZEN) assert.not.ok(p in r.updates, `${p} has an update`);
});

/** Trains a few steps through the library; returns the weights before and after, and the checkpoint written. */
async function trainSome(model: Model, steps: number): Promise<{ before: Record<string, Float32Array>; after: Record<string, Float32Array> }> {
  const rng = new Rng(9);
  const before = await model.getWeights();
  for (let s = 0; s < steps; s++) {
    const x = Float32Array.from({ length: 20 }, () => rng.normal());
    const t = Float32Array.from({ length: 8 }, () => rng.uniform(-1, 1));
    await model.trainStep({ feeds: { x, t } }, false);
  }
  return { before, after: await model.getWeights() };
}

function assertFrozen(before: Record<string, Float32Array>, after: Record<string, Float32Array>, where: string): void {
  const bytes = (a: Float32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  for (const p of [...FROZEN, 'trunk.output.moving_mean', 'trunk.output.moving_variance']) assert.ok(bytes(before[p]).equals(bytes(after[p])), `${where}: frozen ${p} changed`);
  for (const p of TRAINED) assert.not.ok(bytes(before[p]).equals(bytes(after[p])), `${where}: ${p} did not change`);
}

test('frozen weights are bit-identical after training on the CPU executor, and absent from the optimizer state of the checkpoint', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mdlc-ft-'));
  try {
    const model = await compileModel('ft.model', { source: frozenSpec('adam(lr=0.05)'), backend: 'cpu' });
    // The memory plan has no room for their moments: the state arena holds Adam's m and v of the trained four only.
    const planned = model.artifact.manifest.state.map((s) => s.path);
    assert.equal(planned.filter((p) => p.endsWith('.m') || p.endsWith('.v')).sort(), TRAINED.flatMap((p) => [`${p}.m`, `${p}.v`]).sort());
    const { before, after } = await trainSome(model, 4);
    assertFrozen(before, after, 'cpu');
    const path = join(dir, 'ckpt.safetensors');
    await model.save(path, { epoch: 1, seed: 3 });
    const ckpt = await loadCheckpoint(path);
    for (const p of FROZEN) {
      assert.ok(p in ckpt.params, `${p} is saved`);
      assert.ok(!Object.keys(ckpt.state).some((s) => s.startsWith(p + '.')), `${p} has optimizer state in the checkpoint`);
    }
    assert.ok('head.kernel.m' in ckpt.state && 'head.kernel.v' in ckpt.state);
    // And it loads back whole.
    const again = await compileModel('ft.model', { source: frozenSpec('adam(lr=0.05)'), backend: 'cpu' });
    await again.restore(path);
    assert.equal(Array.from((await again.getWeights())['mid.kernel']), Array.from(after['mid.kernel']));
    model.dispose();
    again.dispose();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('frozen weights are bit-identical after training on the GPU, while the rest change', async () => {
  const gpu = await getTestDevice();
  if (!gpu) return;
  const model = await compileModel('ft.model', { source: frozenSpec('adam(lr=0.05)'), backend: 'webgpu', device: gpu.device });
  const { before, after } = await trainSome(model, 4);
  assertFrozen(before, after, 'gpu');
  model.dispose();
  await releaseTestDevice();
});

/** Two specs sharing a trunk (`trunk.*`), with heads that differ: a missing layer, a wider head, the same bias. */
const SOURCE = `model source
input  x: f32[batch, 5]
target t: f32[batch, 2]
block Trunk()(v) {
  h = Dense(6, activation=tanh)(v)
  return BatchNorm()(h)
}
trunk = Trunk()(x)
output y = Dense(2)(trunk)
loss      mse(y, t)
optimizer adam(lr=0.05)
train     batch_size=4, seed=1
`;

test('loadWeights by name: matched and skipped lists exact (missing, other shape), values taken from the file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mdlc-init-'));
  try {
    const source = await compileModel('source.model', { source: SOURCE, backend: 'cpu' });
    const { after: trained } = await trainSome(source, 3);
    const path = join(dir, 'source.safetensors');
    await source.save(path, { epoch: 1, seed: 1 });
    const target = await compileModel('ft.model', { source: frozenSpec('adam'), backend: 'cpu' });
    const report = await target.loadWeights(path, { match: 'by-name' });
    assert.is(report.kind, 'checkpoint');
    assert.equal(report.matched, ['trunk.h.kernel', 'trunk.h.bias', 'trunk.output.gamma', 'trunk.output.beta', 'y.bias', 'trunk.output.moving_mean', 'trunk.output.moving_variance']);
    assert.equal(
      report.skipped.map((s) => [s.path, s.reason, s.fileShape ?? null]),
      [
        ['mid.kernel', 'missing', null],
        ['mid.bias', 'missing', null],
        ['head.kernel', 'missing', null],
        ['head.bias', 'missing', null],
        ['y.kernel', 'shape', [6, 2]],
      ],
    );
    assert.equal(report.unused, []);
    const loaded = await target.getWeights();
    for (const p of report.matched) assert.equal(Array.from(loaded[p]), Array.from(trained[p]), p);
    // From bytes too: a plain safetensors file of weights by path, with an I32 tensor of a weight's path (other dtype).
    const plain = encodeSafetensors({
      'mid.bias': { dtype: 'F32', shape: [4], data: Float32Array.from([1, 2, 3, 4]) },
      'head.bias': { dtype: 'I32', shape: [3], data: Int32Array.from([1, 2, 3]) },
      'other.kernel': { dtype: 'F32', shape: [1], data: Float32Array.from([0]) },
    });
    const r2 = await target.loadWeights(plain, { match: 'by-name' }, 'plain.safetensors');
    assert.is(r2.kind, 'safetensors');
    assert.equal(r2.matched, ['mid.bias']);
    assert.equal(r2.skipped.find((s) => s.path === 'head.bias'), { path: 'head.bias', reason: 'dtype', shape: [3], fileShape: [3], fileDtype: 'I32' });
    assert.equal(r2.unused, ['other.kernel']);
    assert.equal(Array.from((await target.getWeights())['mid.bias']), [1, 2, 3, 4]);
    // Not a weights file at all, and a file that shares nothing: CheckpointErrors that say so.
    const text = join(dir, 'notes.txt');
    writeFileSync(text, 'not a checkpoint');
    try {
      await target.loadWeights(text, { match: 'by-name' });
      assert.unreachable('a text file was loaded');
    } catch (e) {
      assert.instance(e, CheckpointError);
      assert.match((e as Error).message, 'is not a checkpoint or safetensors weights file');
    }
    try {
      await target.loadWeights(encodeSafetensors({ z: { dtype: 'F32', shape: [1], data: Float32Array.from([0]) } }), { match: 'by-name' }, 'z.safetensors');
      assert.unreachable('a file sharing no weight was loaded');
    } catch (e) {
      assert.instance(e, CheckpointError);
      assert.match((e as Error).message, 'shares no weight with ft_small');
    }
    source.dispose();
    target.dispose();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('mdlc train --init-from prints what matched and what was skipped; with --resume it is a usage error; a non-checkpoint exits 1', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mdlc-init-cli-'));
  try {
    const a = join(dir, 'a.model');
    const b = join(dir, 'b.model');
    const iris = (name: string, head: string, trunk: string) => `model ${name}
input  measurements: f32[batch, 4]
target species: i32[batch]
trunk = Dense(8, activation=tanh${trunk})(measurements)
output logits = Dense(3)(${head})
loss      cross_entropy(logits, species)
optimizer adam(lr=0.01)
train     batch_size=16, epochs=1, seed=2
`;
    writeFileSync(a, iris('a', 'trunk', ''));
    writeFileSync(b, iris('b', 'Dense(5)(trunk)', ', trainable=false'));
    const data = ['--data', 'examples/data/iris.json', '--backend', 'cpu'];
    const first = await runCliAsync(['train', a, ...data, '--out', join(dir, 'ra')]);
    assert.is(first.code, 0, first.stderr);
    const ckpt = join(dir, 'ra', 'checkpoint.safetensors');
    const second = await runCliAsync(['train', b, ...data, '--out', join(dir, 'rb'), '--init-from', ckpt]);
    assert.is(second.code, 0, second.stderr);
    assert.match(second.stderr, '3 of 6 weights matched by name, 3 skipped');
    assert.match(second.stderr, '  matched: trunk.kernel, trunk.bias, logits.bias\n');
    assert.match(second.stderr, '  skipped (left as initialised): logits_dense.kernel (missing in the file), logits_dense.bias (missing in the file), logits.kernel (shape [8, 3] in the file, [5, 3] here)');
    const both = await runCliAsync(['train', b, ...data, '--init-from', ckpt, '--resume', ckpt]);
    assert.is(both.code, 2);
    assert.match(both.stderr, '--init-from and --resume cannot be used together');
    const notOne = await runCliAsync(['train', b, ...data, '--out', join(dir, 'rc'), '--init-from', a]);
    assert.is(notOne.code, 1);
    assert.match(notOne.stderr, 'is not a checkpoint or safetensors weights file');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
