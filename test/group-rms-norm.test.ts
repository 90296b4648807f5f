// Takes a spec with GroupNorm over the channels of NHWC images and over the last axis, and RMSNorm over sequences, the
// compiler, the CPU executor and the WebGPU device; gives their checks against PyTorch's definitions written out in
// float64 here (TensorFlow.js has neither layer), gradients against central differences in float64, padding rows that
// change nothing of the real rows, and the GPU following the CPU through training steps and predict.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compileSource } from '../compiler/compile.js';
import { grad } from '../compiler/ir/autodiff.js';
import { Builder } from '../compiler/ir/builder.js';
import { SourceFile } from '../core/diagnostic.js';
import type { Module, Program } from '../core/ir.js';
import { compileModel } from '../node/api.js';
import { execute, type Feeds, program as programOf } from '../runtime/cpu/execute.js';
import type { Tensor } from '../runtime/cpu/tensor.js';
import { initialize } from '../runtime/init.js';
import { centralDifference, count, differenceNoise, relativeError, Rng, scalarOutput, tensor } from './helpers/finite-difference.js';
import { getTestDevice, releaseTestDevice } from './helpers/gpu.js';

const SPEC = `model norms
input  img: f32[batch, 3, 2, 6]
input  seq: f32[batch, 4, 6]
target t: f32[batch, 2]
g = GroupNorm(3)(img)                           // images: 3 groups of 2 channels, over height, width and the group
r = RMSNorm(epsilon=0.001)(seq)
h = GroupNorm(2, epsilon=0.01)(mean(seq, axis=1)) // the last axis of [batch, 6]
output y = Dense(2)(Flatten()(g)) + Dense(2)(Flatten()(r)) + tanh(Dense(2)(h))
loss      mse(y, t)
optimizer adam(lr=0.01)
train     batch_size=3, seed=5
`;
const BATCH = 3;

function lowered(): Module {
  let m: Module | undefined;
  const r = compileSource(new SourceFile('norms.model', SPEC), { batch: BATCH, after: (stage, x) => void (stage === 'lower' && (m = structuredClone(x))) });
  assert.ok(r.module && m, r.diagnostics.map((d) => d.message).join('; '));
  return m;
}

/** Feeds with gamma and beta moved off ones and zeros, and inputs off zero mean. */
function feedsFor(m: Module, rng: Rng, weights = [1, 2, 1]): Feeds {
  const params: Record<string, Tensor> = {};
  for (const p of m.params) params[p.path] = tensor('f32', p.shape, initialize(p.init, p.shape, m.seed, p.path).map((v) => v + rng.uniform(-0.3, 0.3)));
  const state: Record<string, Tensor> = {};
  for (const s of m.state) state[s.path] = tensor('f32', s.shape, new Array<number>(count(s.shape)).fill(s.value));
  return {
    params,
    state,
    inputs: {
      img: tensor('f32', [BATCH, 3, 2, 6], Array.from({ length: BATCH * 36 }, (_, i) => rng.normal() * 2 + (i % 6) - 1)),
      seq: tensor('f32', [BATCH, 4, 6], Array.from({ length: BATCH * 24 }, () => rng.normal() + 0.5)),
      t: tensor('f32', [BATCH, 2], Array.from({ length: BATCH * 2 }, () => rng.uniform(-1, 1))),
      '#weight': tensor('f32', [BATCH], weights),
    },
  };
}

/** PyTorch's GroupNorm, channels last: per sample and group, (x - mean) / sqrt(biased variance + eps) · gamma + beta over the group's channels and every other non-batch axis. */
function groupNorm(x: ArrayLike<number>, batch: number, channels: number, groups: number, eps: number, gamma: ArrayLike<number>, beta: ArrayLike<number>): number[] {
  const per = x.length / batch;
  const width = channels / groups;
  const out = new Array<number>(x.length);
  for (let n = 0; n < batch; n++) {
    for (let g = 0; g < groups; g++) {
      const idx: number[] = [];
      for (let i = 0; i < per; i++) if (Math.floor((i % channels) / width) === g) idx.push(n * per + i);
      const mean = idx.reduce((a, i) => a + x[i], 0) / idx.length;
      const variance = idx.reduce((a, i) => a + (x[i] - mean) ** 2, 0) / idx.length;
      for (const i of idx) out[i] = ((x[i] - mean) / Math.sqrt(variance + eps)) * gamma[i % channels] + beta[i % channels];
    }
  }
  return out;
}

/** PyTorch's RMSNorm over the last axis: x / sqrt(mean(x²) + eps) · weight. */
function rmsNorm(x: ArrayLike<number>, width: number, eps: number, gamma: ArrayLike<number>): number[] {
  const out = new Array<number>(x.length);
  for (let row = 0; row < x.length / width; row++) {
    let sq = 0;
    for (let j = 0; j < width; j++) sq += x[row * width + j] ** 2;
    const scale = 1 / Math.sqrt(sq / width + eps);
    for (let j = 0; j < width; j++) out[row * width + j] = x[row * width + j] * scale * gamma[j];
  }
  return out;
}

test("GroupNorm and RMSNorm compute PyTorch's definitions (float64 reference formulas)", () => {
  const m = lowered();
  const train = programOf(m, 'train_step');
  const feeds = feedsFor(m, new Rng(1));
  const node = (name: string) => train.nodes.filter((n) => n.name === name).at(-1)!.id;
  const probe: Program = { ...train, outputs: ['g', 'r', 'h'].map((n) => ({ name: n, node: node(n) })), updates: [] };
  const out = execute(probe, feeds, { precision: 'f64' }).outputs;
  const p = (path: string) => feeds.params[path].data;
  const seq = feeds.inputs.seq.data;
  const pooled = Array.from({ length: BATCH * 6 }, (_, i) => {
    const [n, c] = [Math.floor(i / 6), i % 6];
    let s = 0;
    for (let k = 0; k < 4; k++) s += seq[n * 24 + k * 6 + c];
    return s / 4;
  });
  const want = {
    g: groupNorm(feeds.inputs.img.data, BATCH, 6, 3, 1e-5, p('g.gamma'), p('g.beta')),
    r: rmsNorm(seq, 6, 1e-3, p('r.gamma')),
    h: groupNorm(pooled, BATCH, 6, 2, 0.01, p('h.gamma'), p('h.beta')),
  };
  for (const k of ['g', 'r', 'h'] as const) {
    const got = out[k].data;
    assert.is(got.length, want[k].length, k);
    for (let i = 0; i < got.length; i++) assert.ok(Math.abs(got[i] - want[k][i]) <= 1e-12 * Math.max(1, Math.abs(want[k][i])), `${k}[${i}]: ${got[i]}, want ${want[k][i]}`);
  }
});

test('gradients w.r.t. the inputs, gamma and beta match central differences (float64, a weighted and a padding row)', () => {
  const m = lowered();
  const forward = programOf(m, 'train_step');
  const feeds = feedsFor(m, new Rng(2), [1, 2, 0]);
  const targets: Record<string, number> = {};
  for (const name of ['img', 'seq']) targets[name] = forward.nodes.find((n) => n.op === 'input' && n.arg.name === name)!.id;
  for (const path of ['g.gamma', 'g.beta', 'r.gamma', 'h.gamma', 'h.beta']) targets[path] = forward.nodes.find((n) => n.op === 'param' && n.arg.path === path)!.id;
  const lossNode = forward.outputs.find((o) => o.name === 'loss')!.node;
  const b = Builder.from(forward.nodes);
  const ids = grad(b, lossNode, Object.values(targets));
  const names = Object.keys(targets);
  const withGrads: Program = { ...forward, nodes: b.nodes, outputs: [{ name: 'loss', node: lossNode }, ...names.map((k, i) => ({ name: k, node: ids[i] }))], updates: [] };
  const run = execute(withGrads, feeds, { precision: 'f64' });
  const h = 1e-5;
  const atol = differenceNoise(run.outputs.loss.data[0], h);
  const f = () => scalarOutput(forward, feeds, 'loss');
  const bad: string[] = [];
  let checked = 0;
  for (const name of names) {
    const data = (name in feeds.inputs ? feeds.inputs[name].data : feeds.params[name].data) as Float64Array;
    const analytic = run.outputs[name].data;
    for (let i = 0; i < data.length; i++) {
      const numeric = centralDifference(f, data, i, h);
      checked++;
      const error = relativeError(analytic[i], numeric, 1e-8, atol);
      if (!(error < 1e-6)) bad.push(`${name}[${i}]: analytic ${analytic[i]} vs numeric ${numeric}`);
    }
  }
  assert.is(checked, BATCH * 36 + BATCH * 24 + 6 * 5);
  assert.ok(bad.length === 0, `${bad.length} entries differ:\n  ${bad.slice(0, 10).join('\n  ')}`);
  // Statistics are per sample, so the padding row reaches neither the loss nor the real rows: its gradient is zero.
  assert.ok(Array.from(run.outputs.img.data).slice(2 * 36).every((g) => g === 0));
});

test('on the GPU, training steps and predict with GroupNorm and RMSNorm follow the CPU executor', async () => {
  const gpu = await getTestDevice();
  if (!gpu) return;
  const cpu = await compileModel('norms.model', { source: SPEC, backend: 'cpu' });
  const dev = await compileModel('norms.model', { source: SPEC, backend: 'webgpu', device: gpu.device });
  const rng = new Rng(6);
  const batch = () => ({ img: Float32Array.from({ length: BATCH * 36 }, () => rng.normal() + 1), seq: Float32Array.from({ length: BATCH * 24 }, () => rng.normal()), t: Float32Array.from({ length: BATCH * 2 }, () => rng.uniform(-1, 1)) });
  for (let s = 0; s < 3; s++) {
    const feeds = batch();
    const [lc, lg] = [await cpu.trainStep({ feeds }), await dev.trainStep({ feeds })];
    assert.ok(Math.abs(lc! - lg!) <= 1e-4 * Math.max(1, Math.abs(lc!)), `step ${s}: loss ${lg} on the GPU, ${lc} on the CPU`);
  }
  const [wc, wg] = [await cpu.getWeights(), await dev.getWeights()];
  for (const p of Object.keys(wc)) for (let i = 0; i < wc[p].length; i++) assert.ok(Math.abs(wc[p][i] - wg[p][i]) <= 1e-4 * Math.max(1, Math.abs(wc[p][i])), `${p}[${i}]: ${wg[p][i]} vs ${wc[p][i]}`);
  const { img, seq } = batch();
  const [pc, pg] = [await cpu.predict({ img, seq }), await dev.predict({ img, seq })];
  for (let i = 0; i < pc.y.length; i++) assert.ok(Math.abs(pc.y[i] - pg.y[i]) <= 1e-4 * Math.max(1, Math.abs(pc.y[i])), `y[${i}]: ${pg.y[i]} vs ${pc.y[i]}`);
  cpu.dispose();
  dev.dispose();
  await releaseTestDevice();
});

test.run();
