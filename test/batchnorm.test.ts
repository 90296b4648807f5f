// Takes a small spec with BatchNorm, the compiler and the CPU executor; gives the checks of a layer with state:
// train_step gradients w.r.t. the input, gamma and beta against central differences in float64 (padding row included),
// the moving statistics' update (Keras' rule, no gradient reaches it), inference on the moving statistics, padded
// batches giving the statistics of the unpadded batch, and checkpoints and weights carrying the moving statistics.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compileSource } from '../compiler/compile.js';
import { grad } from '../compiler/ir/autodiff.js';
import { Builder } from '../compiler/ir/builder.js';
import { SourceFile } from '../core/diagnostic.js';
import type { AnyNode, Module, Program } from '../core/ir.js';
import { emitModule } from '../compiler/emit/emit.js';
import { moduleFromJson, moduleToJson } from '../core/ir-json.js';
import { compileModel } from '../node/api.js';
import { loadCheckpoint } from '../node/checkpoint-file.js';
import { execute, type Feeds, program as programOf } from '../runtime/cpu/execute.js';
import { CpuSession } from '../runtime/cpu/session.js';
import type { Tensor } from '../runtime/cpu/tensor.js';
import { initialize } from '../runtime/init.js';
import { centralDifference, count, differenceNoise, relativeError, Rng, scalarOutput, tensor } from './helpers/finite-difference.js';

const SPEC = `model bn_small
input  x: f32[batch, 2, 3, 4]
target t: f32[batch, 3]
h = BatchNorm(momentum=0.8, epsilon=0.01)(x)
output y = Dense(3, activation=tanh)(Flatten()(h))
loss      mse(y, t)
optimizer sgd(lr=0.1)
train     batch_size=4, seed=7
`;
const MOMENTUM = 0.8;
const EPSILON = 0.01;
const CHANNELS = 4;
/** Row weights of the gradient check: a double-weighted row, two plain rows and a padding row. */
const WEIGHTS = [2, 1, 1, 0];

function compile(batch: number): { module: Module; lowered: Module } {
  let lowered: Module | undefined;
  const r = compileSource(new SourceFile('bn-small.model', SPEC), { batch, after: (stage, m) => void (stage === 'lower' && (lowered = structuredClone(m))) });
  assert.ok(r.module && lowered, r.diagnostics.map((d) => d.message).join('; '));
  return { module: r.module, lowered };
}

/** Float64 feeds: initial parameters with gamma and beta moved off ones/zeros, moving statistics off 0/1, random data. */
function feedsFor(m: Module, rng: Rng, batch: number): Feeds {
  const params: Record<string, Tensor> = {};
  for (const p of m.params) params[p.path] = tensor('f32', p.shape, initialize(p.init, p.shape, m.seed, p.path));
  params['h.gamma'] = tensor('f32', [CHANNELS], [0.7, 1.3, 0.9, 1.1]);
  params['h.beta'] = tensor('f32', [CHANNELS], [0.2, -0.3, 0.1, 0.4]);
  const state: Record<string, Tensor> = {};
  for (const s of m.state) state[s.path] = tensor('f32', s.shape, new Array<number>(count(s.shape)).fill(s.value));
  state['h.moving_mean'] = tensor('f32', [CHANNELS], [0.5, -0.5, 0.25, 0]);
  state['h.moving_variance'] = tensor('f32', [CHANNELS], [2, 0.5, 1, 1.5]);
  const x = Array.from({ length: batch * 24 }, (_, i) => (i >= 3 * 24 ? 40 + rng.normal() : rng.normal() * 1.5 + (i % 4)));
  const inputs = {
    x: tensor('f32', [batch, 2, 3, 4], x),
    t: tensor('f32', [batch, 3], Array.from({ length: batch * 3 }, () => rng.uniform(-0.8, 0.8))),
    '#weight': tensor('f32', [batch], WEIGHTS.slice(0, batch)),
  };
  return { inputs, params, state };
}

/** Per-channel mean and biased variance over the rows with weight > 0, computed directly. */
function maskedMoments(x: ArrayLike<number>, weights: number[]): { mean: number[]; variance: number[] } {
  const perRow = x.length / weights.length;
  const sums = new Array<number>(CHANNELS).fill(0);
  let n = 0;
  for (let i = 0; i < x.length; i++) if (weights[Math.floor(i / perRow)] > 0) sums[i % CHANNELS] += x[i];
  for (const w of weights) if (w > 0) n += perRow / CHANNELS;
  const mean = sums.map((s) => s / n);
  const sq = new Array<number>(CHANNELS).fill(0);
  for (let i = 0; i < x.length; i++) if (weights[Math.floor(i / perRow)] > 0) sq[i % CHANNELS] += (x[i] - mean[i % CHANNELS]) ** 2;
  return { mean, variance: sq.map((s) => s / n) };
}

test('train_step gradients w.r.t. the input, gamma and beta match central differences (float64, padding row included)', () => {
  const { lowered } = compile(4);
  const forward = programOf(lowered, 'train_step');
  const feeds = feedsFor(lowered, new Rng(11), 4);
  const node = (f: (n: AnyNode) => boolean) => forward.nodes.find(f)!.id;
  const targets = { x: node((n) => n.op === 'input' && n.arg.name === 'x'), 'h.gamma': node((n) => n.op === 'param' && n.arg.path === 'h.gamma'), 'h.beta': node((n) => n.op === 'param' && n.arg.path === 'h.beta') };
  const lossNode = forward.outputs.find((o) => o.name === 'loss')!.node;
  const b = Builder.from(forward.nodes);
  const ids = grad(b, lossNode, Object.values(targets));
  const withGrads: Program = { ...forward, nodes: b.nodes, outputs: [{ name: 'loss', node: lossNode }, ...Object.keys(targets).map((k, i) => ({ name: k, node: ids[i] }))], updates: [] };
  const run = execute(withGrads, feeds, { precision: 'f64' });
  const loss = run.outputs.loss.data[0];
  const h = 1e-5;
  const atol = differenceNoise(loss, h);
  const f = () => scalarOutput(forward, feeds, 'loss');
  const bad: string[] = [];
  let checked = 0;
  for (const [name, data] of [['x', feeds.inputs.x.data], ['h.gamma', feeds.params['h.gamma'].data], ['h.beta', feeds.params['h.beta'].data]] as const) {
    const analytic = run.outputs[name].data;
    for (let i = 0; i < data.length; i++) {
      const numeric = centralDifference(f, data as Float64Array, i, h);
      const error = relativeError(analytic[i], numeric, 1e-8, atol);
      checked++;
      if (!(error < 1e-6)) bad.push(`${name}[${i}]: analytic ${analytic[i]} vs numeric ${numeric} (rel. error ${error.toExponential(2)})`);
    }
  }
  assert.is(checked, 96 + 8);
  assert.ok(bad.length === 0, `${bad.length} entries differ:\n  ${bad.join('\n  ')}`);
  // The padding row (weight 0) reaches neither the loss nor the statistics: its gradient is exactly zero.
  const padding = Array.from(run.outputs.x.data).slice(3 * 24);
  assert.ok(padding.every((g) => g === 0), `padding row gradient: ${padding.slice(0, 4)}`);
});

test("the compiled train_step moves the moving statistics by Keras' rule from the masked batch statistics, with no gradient", () => {
  const { module } = compile(4);
  assert.ok(!module.params.some((p) => p.path.includes('moving')), 'moving statistics are not parameters');
  const variables = module.state.filter((s) => s.role === 'variable').map((s) => s.path);
  assert.equal(variables, ['h.moving_mean', 'h.moving_variance']);
  assert.ok(!module.state.some((s) => /moving_(mean|variance)\./.test(s.path)), 'no optimizer slot for a moving statistic');
  const train = programOf(module, 'train_step');
  assert.ok(!train.nodes.some((n) => n.name.includes('moving') && n.name.endsWith('.grad')), 'no gradient node of a moving statistic');
  const feeds = feedsFor(module, new Rng(12), 4);
  const before = { mean: Array.from(feeds.state['h.moving_mean'].data), variance: Array.from(feeds.state['h.moving_variance'].data) };
  const r = execute(train, feeds, { precision: 'f64' });
  const batch = maskedMoments(feeds.inputs.x.data, WEIGHTS);
  for (const k of ['mean', 'variance'] as const) {
    const got = r.updates[`h.moving_${k}`].data;
    for (let c = 0; c < CHANNELS; c++) {
      const want = before[k][c] * MOMENTUM + batch[k][c] * (1 - MOMENTUM);
      assert.ok(Math.abs(got[c] - want) <= 1e-12 * Math.max(1, Math.abs(want)), `moving_${k}[${c}]: ${got[c]}, want ${want}`);
    }
  }
});

test('eval_step and predict normalise with the moving statistics and update nothing of the layer', () => {
  const { module } = compile(4);
  const feeds = feedsFor(module, new Rng(13), 4);
  const predict = programOf(module, 'predict');
  assert.equal(programOf(module, 'eval_step').updates.map((u) => u.name).filter((n) => n.startsWith('h.')), []);
  assert.equal(predict.updates, []);
  // y = tanh(kernelᵀ · flatten(h) + bias) with h from the moving statistics, computed directly.
  const x = feeds.inputs.x.data;
  const [mm, mv, gamma, beta] = [feeds.state['h.moving_mean'], feeds.state['h.moving_variance'], feeds.params['h.gamma'], feeds.params['h.beta']].map((t) => t.data);
  const hv = Array.from(x, (v, i) => ((v - mm[i % 4]) / Math.sqrt(mv[i % 4] + EPSILON)) * gamma[i % 4] + beta[i % 4]);
  const [kernel, bias] = [feeds.params['y.kernel'].data, feeds.params['y.bias'].data];
  const y = execute(predict, feeds, { precision: 'f64' }).outputs.y.data;
  for (let r = 0; r < 4; r++)
    for (let u = 0; u < 3; u++) {
      let s = bias[u];
      for (let k = 0; k < 24; k++) s += hv[r * 24 + k] * kernel[k * 3 + u];
      assert.ok(Math.abs(y[r * 3 + u] - Math.tanh(s)) < 1e-12, `y[${r},${u}] = ${y[r * 3 + u]}, want ${Math.tanh(s)}`);
    }
});

test('a padded last batch gives the statistics, loss and weights of the unpadded batch (train and eval)', () => {
  const padded = new CpuSession(compile(4).module, 'f64');
  const exact = new CpuSession(compile(3).module, 'f64');
  const rng = new Rng(14);
  const close = (a: ArrayLike<number>, b: ArrayLike<number>, what: string) => {
    for (let i = 0; i < b.length; i++) assert.ok(Math.abs(a[i] - b[i]) <= 1e-12 * Math.max(1, Math.abs(b[i])), `${what}[${i}]: padded ${a[i]}, unpadded ${b[i]}`);
  };
  for (let step = 0; step < 3; step++) {
    const x = Array.from({ length: 72 }, () => rng.normal() * 2 + 1);
    const t = Array.from({ length: 9 }, () => rng.uniform(-0.8, 0.8));
    // The padding row holds values far from the batch's, so counting it would move every statistic.
    const pad = { x: tensor('f32', [4, 2, 3, 4], [...x, ...new Array<number>(24).fill(100)]), t: tensor('f32', [4, 3], [...t, 5, 5, 5]), '#weight': tensor('f32', [4], [1, 1, 1, 0]) };
    const real = { x: tensor('f32', [3, 2, 3, 4], x), t: tensor('f32', [3, 3], t) };
    close(padded.trainStep(pad).loss.data, exact.trainStep(real).loss.data, `step ${step} loss`);
    const evalPadded = padded.evalStep(pad).loss.data;
    close(evalPadded, exact.evalStep(real).loss.data, `step ${step} eval loss`);
  }
  for (const path of ['h.moving_mean', 'h.moving_variance']) close(padded.state[path].data, exact.state[path].data, path);
  for (const path of Object.keys(exact.params)) close(padded.params[path].data, exact.params[path].data, path);
  assert.ok(Math.abs(padded.state['h.moving_mean'].data[0]) > 0.1, 'the moving mean moved');
});

test('checkpoints and weights carry the moving statistics; a weights-only restore brings them for inference', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mdlc-bn-'));
  try {
    const open = () => compileModel('bn-small.model', { source: SPEC, backend: 'cpu', warn: () => undefined });
    const model = await open();
    const rng = new Rng(15);
    const feeds = () => ({ x: Float32Array.from({ length: 96 }, () => rng.normal() + 2), t: Float32Array.from({ length: 12 }, () => rng.uniform(-0.5, 0.5)) });
    for (let i = 0; i < 3; i++) await model.trainStep({ feeds: feeds(), weight: Float32Array.from([1, 1, 1, 0]) });
    const trained = await model.getWeights();
    assert.ok(trained['h.moving_mean'] && trained['h.moving_variance'], 'getWeights includes the moving statistics');
    assert.ok(trained['h.moving_mean'].some((v) => Math.abs(v) > 0.1), `moving mean trained: ${trained['h.moving_mean']}`);
    const path = join(dir, 'bn.safetensors');
    await model.save(path, { epoch: 1, seed: 7 });
    const ckpt = await loadCheckpoint(path);
    assert.equal(Array.from(ckpt.state['h.moving_mean']), Array.from(trained['h.moving_mean']));
    const probe = feeds();
    const want = (await model.predict({ x: probe.x })).y;
    for (const weightsOnly of [false, true]) {
      const fresh = await open();
      assert.equal(Array.from((await fresh.getWeights())['h.moving_variance']), [1, 1, 1, 1], 'fresh moving variance');
      await fresh.restore(path, { weightsOnly });
      const got = await fresh.getWeights();
      for (const [k, v] of Object.entries(trained)) assert.equal(Array.from(got[k]), Array.from(v), `${k} after restore (weightsOnly ${weightsOnly})`);
      assert.equal(Array.from((await fresh.predict({ x: probe.x })).y), Array.from(want), `predictions after restore (weightsOnly ${weightsOnly})`);
      fresh.dispose();
    }
    // setWeights takes the moving statistics too.
    model.setWeights({ 'h.moving_mean': [1, 2, 3, 4] });
    assert.equal(Array.from((await model.getWeights())['h.moving_mean']), [1, 2, 3, 4]);
    model.dispose();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the IR JSON and the manifest mark the moving statistics as layer variables (role 'variable'), and only them", () => {
  const { module } = compile(4);
  const back = moduleFromJson(JSON.parse(JSON.stringify(moduleToJson(module))));
  assert.equal(back.errors, []);
  assert.equal(back.module!.state, module.state);
  const manifest = emitModule(module, { text: SPEC }).artifact.manifest;
  assert.equal(manifest.state.filter((s) => s.role === 'variable').map((s) => [s.path, s.value]), [['h.moving_mean', 0], ['h.moving_variance', 1]]);
  assert.ok(manifest.state.filter((s) => s.role === undefined).every((s) => /^(train|eval)\.|^optimizer\.step$/.test(s.path)), 'the rest is the step counter and epoch sums');
});

test.run();
