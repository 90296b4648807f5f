// GELU's two forms, `gelu(x)` (exact, with erf) and `gelu(x, approximate=true)` (tanh), against independent oracles:
// the closed-form formula in float64, central differences in float64, and TensorFlow.js' `gelu` and `gelu_new`.
import * as tf from '@tensorflow/tfjs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compileSource } from '../compiler/compile.js';
import { grad } from '../compiler/ir/autodiff.js';
import { Builder } from '../compiler/ir/builder.js';
import { functionLowering } from '../compiler/ir/lower-layers.js';
import { SourceFile } from '../core/diagnostic.js';
import type { Program } from '../core/ir.js';
import { execute } from '../runtime/cpu/execute.js';
import { CpuSession } from '../runtime/cpu/session.js';
import { compareWithFiniteDifferences, describe, tensor, worst } from './helpers/finite-difference.js';
import { getTestDevice, releaseTestDevice } from './helpers/gpu.js';
import { runBoth } from './helpers/gpu-compare.js';

tf.enableProdMode();

/** Points across GELU's range: both tails (where tanh and erf saturate), the bend around 0, and 0 itself. */
const xs = [-8, -5, -3.2, -2, -1.3, -0.7, -0.25, -1e-3, 0, 1e-3, 0.3, 0.8, 1.1, 1.7, 2.5, 4, 6.5, 9];

/** The tanh form in float64, written from its definition. */
function geluTanh(x: number): number {
  return 0.5 * x * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (x + 0.044715 * x ** 3)));
}

test('gelu(x, approximate=true) computes x/2 · (1 + tanh(√(2/π) · (x + 0.044715 x³))) in float64', () => {
  const b = new Builder(false);
  const x = b.input('x', 'f32', [xs.length]);
  const y = functionLowering.gelu(b, x, { approximate: true });
  const p: Program = { name: 'predict', nodes: b.nodes, outputs: [{ name: 'y', node: y }], updates: [] };
  const got = execute(p, { inputs: { x: tensor('f32', [xs.length], xs) }, params: {}, state: {} }, { precision: 'f64' }).outputs.y.data;
  xs.forEach((v, i) => assert.ok(Math.abs(got[i] - geluTanh(v)) <= 1e-15 * Math.max(1, Math.abs(v)), `gelu_tanh(${v}) = ${got[i]}, want ${geluTanh(v)}`));
});

test('the gradient of gelu(x, approximate=true) matches central differences in float64', () => {
  const b = new Builder(false);
  const path = 'p';
  // Beyond |x| = 4 the slope is within 1e-6 of 0 or 1, where a central difference measures mostly rounding.
  const values = xs.filter((v) => Math.abs(v) < 4);
  const param = b.param(path, [values.length], { kind: 'zeros', args: {} });
  const out = b.binary('mul', functionLowering.gelu(b, param, { approximate: true }), b.input('w', 'f32', [values.length]));
  const loss = b.reshape(b.sum(out, [0]), []);
  const forward: Program = { name: 'train_step', nodes: b.nodes.slice(0, loss + 1), outputs: [{ name: 'loss', node: loss }], updates: [] };
  const [g] = grad(b, loss, [param]);
  const full: Program = { name: 'train_step', nodes: b.nodes, outputs: [{ name: 'loss', node: loss }, { name: 'grad', node: g }], updates: [] };
  const weights = values.map((_, i) => 0.5 + ((i * 7) % 11) / 10);
  const feeds = { inputs: { w: tensor('f32', [values.length], weights) }, params: { [path]: tensor('f32', [values.length], values) }, state: {} };
  const analytic = execute(full, feeds, { precision: 'f64' }).outputs.grad;
  const checks = compareWithFiniteDifferences(forward, feeds, 'loss', { [path]: analytic }, values.map((_, index) => ({ param: path, index })));
  const w = worst(checks);
  assert.ok(w && w.error < 1e-6, describe(w));
});

test('gelu(x) is the exact form and gelu(x, approximate=true) the tanh form: the same values as TensorFlow.js gelu and gelu_new', async () => {
  await tf.setBackend('cpu');
  const text = 'model g\ninput x: f32[batch, 18]\noutput exact = gelu(x)\noutput approx = gelu(x, approximate=true)\noutput dense = Dense(18, activation=gelu)(x)\n';
  const r = compileSource(new SourceFile('g.model', text), { batch: 1 });
  assert.ok(r.module, r.diagnostics.map((d) => d.message).join('; '));
  const session = new CpuSession(r.module);
  const got = session.predict({ x: { dtype: 'f32', shape: [1, xs.length], data: Float32Array.from(xs) } });
  const input = tf.tensor2d(xs, [1, xs.length]);
  const want = (activation: 'gelu' | 'gelu_new', t: tf.Tensor) => (tf.layers.activation({ activation }).apply(t) as tf.Tensor).dataSync();
  const kernel = session.params['dense.kernel'].data;
  const dense = tf.matMul(input, tf.tensor2d(Array.from(kernel), [xs.length, xs.length]));
  const cases: [string, ArrayLike<number>, ArrayLike<number>][] = [
    ['exact', got.exact.data, want('gelu', input)],
    ['approx', got.approx.data, want('gelu_new', input)],
    ['dense', got.dense.data, want('gelu', dense)],
  ];
  for (const [name, a, b] of cases) {
    for (let i = 0; i < xs.length; i++) assert.ok(Math.abs(a[i] - b[i]) <= 2e-6 * Math.max(1, Math.abs(b[i])), `${name}[${i}]: mdlc ${a[i]}, tfjs ${b[i]}`);
  }
  // The two forms are different functions: near |x| = 2.5 they differ by up to about 5e-4, far more than float32 rounding.
  const gap = Math.max(...xs.map((_, i) => Math.abs(got.exact.data[i] - got.approx.data[i])));
  assert.ok(gap > 1e-4 && gap < 1e-3, `largest difference between the forms: ${gap}`);
});

test('on the WebGPU device, both forms agree with the CPU executor', async () => {
  const handle = await getTestDevice();
  if (!handle) return;
  const r = compileSource(new SourceFile('g.model', 'model g\ninput x: f32[batch, 18]\noutput exact = gelu(x)\noutput approx = gelu(x, approximate=true)\n'), { batch: 1 });
  assert.ok(r.module, r.diagnostics.map((d) => d.message).join('; '));
  const run = await runBoth(handle.device, r.module, { inputs: { x: { dtype: 'f32', shape: [1, xs.length], data: Float32Array.from(xs) } }, params: {} });
  // The GPU's erf is an approximation good to a few 1e-7 absolute (see gpu-kernels.test.ts), so the bound is 2e-6.
  for (const name of ['exact', 'approx']) {
    const gpu = run.gpu[name];
    const cpu = run.cpu[name].data;
    for (let i = 0; i < xs.length; i++) assert.ok(Math.abs(gpu[i] - cpu[i]) <= 2e-6 * Math.max(1, Math.abs(cpu[i])), `${name}(${xs[i]}): GPU ${gpu[i]}, CPU ${cpu[i]}`);
  }
});

test.after(() => releaseTestDevice());

test.run();
