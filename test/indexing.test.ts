// Takes specs indexing and slicing tensors (`x[:, 0:4]`, `x[..., -1]`, `x[:, 2]`, steps, on any tensor expression),
// the checker, the compiler, the CPU executor and the WebGPU device; gives the checks of NumPy-style indexing: result
// shapes, values against a direct reading of NumPy's rules, gradients against central differences in float64, and the
// GPU following the CPU through training steps and predict.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { checkSource, compileSource } from '../compiler/compile.js';
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

const SPEC = `model indexing
input  x: f32[batch, 6, 5]
target t: f32[batch, 3]
a = x[:, 0:4]                  // [batch, 4, 5]
b = x[..., -1]                 // [batch, 6]
d = x[:, 1::2, ::3]            // [batch, 3, 2]
e = Dense(3)(x[:, -1, :])      // [batch, 3]
f = Dense(5)(x)[:, 2, 1:4]     // any tensor expression: [batch, 3]
output y = tanh(e + f + d[:, :, 1] + sum(a, axis=1)[:, 0:3] * b[:, 3:])
loss      mse(y, t)
optimizer sgd(lr=0.1)
train     batch_size=3, seed=4
`;

test('indexing gives NumPy shapes: an index drops its axis, a slice keeps it, `...` fills the rest', () => {
  const r = checkSource(new SourceFile('indexing.model', SPEC));
  assert.ok(r.model, r.diagnostics.map((d) => d.message).join('; '));
  const shapes = Object.fromEntries(r.model.named.map((n) => [n.name, r.model!.nodes[n.node].type.shape]));
  assert.equal(shapes.a, ['batch', 4, 5]);
  assert.equal(shapes.b, ['batch', 6]);
  assert.equal(shapes.d, ['batch', 3, 2]);
  assert.equal(shapes.f, ['batch', 3]);
  const more = checkSource(new SourceFile('m.model', 'model m\ndim seq\ninput s: f32[batch, seq, 4, 3]\na = s[:, :, 1]\nb = s[..., 0:2, -1]\noutput y = a[:, :, ::2] + b\n'));
  assert.ok(more.model, more.diagnostics.map((d) => d.message).join('; '));
  assert.equal(more.model.nodes[more.model.outputs[0].node].type.shape, ['batch', 'seq', 2]);
});

function compileLowered(batch: number): Module {
  let lowered: Module | undefined;
  const r = compileSource(new SourceFile('indexing.model', SPEC), { batch, after: (stage, m) => void (stage === 'lower' && (lowered = structuredClone(m))) });
  assert.ok(r.module && lowered, r.diagnostics.map((d) => d.message).join('; '));
  return lowered;
}

function feedsFor(m: Module, rng: Rng, batch: number): Feeds {
  const params: Record<string, Tensor> = {};
  for (const p of m.params) params[p.path] = tensor('f32', p.shape, initialize(p.init, p.shape, m.seed, p.path).map((v) => v + rng.uniform(-0.1, 0.1)));
  const state: Record<string, Tensor> = {};
  for (const s of m.state) state[s.path] = tensor('f32', s.shape, new Array<number>(count(s.shape)).fill(s.value));
  return {
    params,
    state,
    inputs: {
      x: tensor('f32', [batch, 6, 5], Array.from({ length: batch * 30 }, () => rng.normal())),
      t: tensor('f32', [batch, 3], Array.from({ length: batch * 3 }, () => rng.uniform(-0.5, 0.5))),
      '#weight': tensor('f32', [batch], new Array<number>(batch).fill(1)),
    },
  };
}

test('values follow NumPy: x[:, 1::2, ::3], x[..., -1], x[:, -1, :] read the elements NumPy reads', () => {
  const m = compileSolo('model v\ninput x: f32[batch, 6, 5]\noutput d = x[:, 1::2, ::3]\noutput b = x[..., -1]\noutput l = x[:, -1, :]\noutput s = x[:, 4:1:1]\n');
  assert.ok(m === 'E0415', 'an empty forward slice is an error, as steps go forward only');
  const ok = compileSolo('model v\ninput x: f32[batch, 6, 5]\noutput d = x[:, 1::2, ::3]\noutput b = x[..., -1]\noutput l = x[:, -1, :]\noutput s = x[:, -5:-2, 2:]\n');
  assert.ok(typeof ok !== 'string');
  const rng = new Rng(3);
  const batch = 2;
  const xs = Array.from({ length: batch * 30 }, () => rng.normal());
  const r = execute(programOf(ok, 'predict'), { params: {}, state: {}, inputs: { x: tensor('f32', [batch, 6, 5], xs), '#weight': tensor('f32', [batch], [1, 1]) } }, { precision: 'f64' });
  const at = (n: number, i: number, j: number) => xs[n * 30 + i * 5 + j];
  const want = { d: [] as number[], b: [] as number[], l: [] as number[], s: [] as number[] };
  for (let n = 0; n < batch; n++) {
    for (const i of [1, 3, 5]) for (const j of [0, 3]) want.d.push(at(n, i, j));
    for (let i = 0; i < 6; i++) want.b.push(at(n, i, 4));
    for (let j = 0; j < 5; j++) want.l.push(at(n, 5, j));
    for (const i of [1, 2, 3]) for (const j of [2, 3, 4]) want.s.push(at(n, i, j));
  }
  for (const k of ['d', 'b', 'l', 's'] as const) assert.equal(Array.from(r.outputs[k].data), want[k], k);
});

/** The lowered module of a spec, or the first error code. */
function compileSolo(text: string): Module | string {
  const r = compileSource(new SourceFile('v.model', text), { batch: 2 });
  return r.module ?? r.diagnostics.find((d) => d.severity === 'error')?.code ?? 'no module';
}

test('gradients through indexing match central differences (float64): w.r.t. the input and the weights', () => {
  const lowered = compileLowered(3);
  const forward = programOf(lowered, 'train_step');
  const feeds = feedsFor(lowered, new Rng(21), 3);
  const xId = forward.nodes.find((n) => n.op === 'input' && n.arg.name === 'x')!.id;
  const paramIds = lowered.params.map((p) => forward.nodes.find((n) => n.op === 'param' && n.arg.path === p.path)!.id);
  const lossNode = forward.outputs.find((o) => o.name === 'loss')!.node;
  const b = Builder.from(forward.nodes);
  const names = ['x', ...lowered.params.map((p) => p.path)];
  const ids = grad(b, lossNode, [xId, ...paramIds]);
  const withGrads: Program = { ...forward, nodes: b.nodes, outputs: [{ name: 'loss', node: lossNode }, ...names.map((k, i) => ({ name: k, node: ids[i] }))], updates: [] };
  const run = execute(withGrads, feeds, { precision: 'f64' });
  const h = 1e-5;
  const atol = differenceNoise(run.outputs.loss.data[0], h);
  const f = () => scalarOutput(forward, feeds, 'loss');
  const bad: string[] = [];
  let zeros = 0;
  for (const name of names) {
    const data = (name === 'x' ? feeds.inputs.x.data : feeds.params[name].data) as Float64Array;
    const analytic = run.outputs[name].data;
    for (let i = 0; i < data.length; i++) {
      const numeric = centralDifference(f, data, i, h);
      if (name === 'x' && analytic[i] === 0) zeros++;
      const error = relativeError(analytic[i], numeric, 1e-8, atol);
      if (!(error < 1e-6)) bad.push(`${name}[${i}]: analytic ${analytic[i]} vs numeric ${numeric}`);
    }
  }
  assert.ok(bad.length === 0, `${bad.length} entries differ:\n  ${bad.slice(0, 10).join('\n  ')}`);
  // What the loss reads of each sample's 6 x 5: rows 0-3 at columns 0-2 (a), column 4 of rows 3-5 (b), column 3 of
  // rows 1, 3, 5 (d), rows 5 and 2 whole (e, f): 23 elements. The other 7 per sample get exactly zero.
  assert.is(zeros, 7 * 3);
});

test('on the GPU, training steps and predict through indexing follow the CPU executor', async () => {
  const gpu = await getTestDevice();
  if (!gpu) return;
  const cpu = await compileModel('indexing.model', { source: SPEC, backend: 'cpu' });
  const dev = await compileModel('indexing.model', { source: SPEC, backend: 'webgpu', device: gpu.device });
  const rng = new Rng(8);
  for (let s = 0; s < 3; s++) {
    const x = Float32Array.from({ length: 90 }, () => rng.normal());
    const t = Float32Array.from({ length: 9 }, () => rng.uniform(-0.5, 0.5));
    const [lc, lg] = [await cpu.trainStep({ feeds: { x, t } }), await dev.trainStep({ feeds: { x, t } })];
    assert.ok(Math.abs(lc! - lg!) <= 1e-5 * Math.max(1, Math.abs(lc!)), `step ${s}: loss ${lg} on the GPU, ${lc} on the CPU`);
  }
  const [wc, wg] = [await cpu.getWeights(), await dev.getWeights()];
  for (const p of Object.keys(wc)) for (let i = 0; i < wc[p].length; i++) assert.ok(Math.abs(wc[p][i] - wg[p][i]) <= 1e-5, `${p}[${i}]: ${wg[p][i]} vs ${wc[p][i]}`);
  const x = Float32Array.from({ length: 5 * 30 }, () => rng.normal());
  const [pc, pg] = [await cpu.predict({ x }), await dev.predict({ x })];
  for (let i = 0; i < pc.y.length; i++) assert.ok(Math.abs(pc.y[i] - pg.y[i]) <= 1e-5, `y[${i}]: ${pg.y[i]} vs ${pc.y[i]}`);
  cpu.dispose();
  dev.dispose();
  await releaseTestDevice();
});

test.run();
