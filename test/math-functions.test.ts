// The math functions, comparison operators and `@` of the language against independent oracles: TensorFlow.js on the
// same inputs (or the closed form where TF.js defines the function differently), central differences in float64,
// and the WebGPU device against the CPU executor.
import * as tf from '@tensorflow/tfjs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compileSource } from '../compiler/compile.js';
import { functions } from '../compiler/check/functions.js';
import type { FunctionName, ResolvedArgs } from '../compiler/check/types.js';
import { grad } from '../compiler/ir/autodiff.js';
import { Builder } from '../compiler/ir/builder.js';
import { functionLowering } from '../compiler/ir/lower-layers.js';
import { SourceFile } from '../core/diagnostic.js';
import type { Program } from '../core/ir.js';
import type { Tensor } from '../runtime/cpu/tensor.js';
import { execute } from '../runtime/cpu/execute.js';
import { CpuSession } from '../runtime/cpu/session.js';
import { compareWithFiniteDifferences, describe, Rng, tensor, worst } from './helpers/finite-difference.js';
import { getTestDevice, releaseTestDevice } from './helpers/gpu.js';
import { compare, describeComparison, runBoth } from './helpers/gpu-compare.js';

tf.enableProdMode();

const shape = [2, 4, 6];
const n = shape.reduce((a, b) => a * b, 1);
const rng = new Rng(12);
/** x in [-3, 3], kept 0.05 away from 0, ±1 and 1.5 (the kinks of relu-like functions and of the clip below). */
const xs = Array.from({ length: n }, () => {
  for (;;) {
    const v = -3 + 6 * rng.next();
    if ([0, -1, 1, 1.5, 0.5].every((k) => Math.abs(v - k) > 0.05)) return v;
  }
});
/** y in [0.5, 2]: positive, for log, sqrt and powers; kept 0.05 away from x so maximum/minimum have no ties. */
const ys = xs.map((x) => {
  for (;;) {
    const v = 0.5 + 1.5 * rng.next();
    if (Math.abs(v - x) > 0.05) return v;
  }
});

interface Case {
  /** The output's name and its expression over `x` and `y` (both f32[batch, 4, 6]). */
  name: string;
  expr: string;
  /** TensorFlow.js on the same inputs. */
  tfjs: (x: tf.Tensor, y: tf.Tensor) => tf.Tensor;
}

const f = (t: tf.Tensor) => t.cast('float32');
const cases: Case[] = [
  { name: 'exp', expr: 'exp(x)', tfjs: (x) => tf.exp(x) },
  { name: 'log', expr: 'log(y)', tfjs: (_x, y) => tf.log(y) },
  { name: 'abs', expr: 'abs(x)', tfjs: (x) => tf.abs(x) },
  { name: 'sqrt', expr: 'sqrt(y)', tfjs: (_x, y) => tf.sqrt(y) },
  { name: 'square', expr: 'square(x)', tfjs: (x) => tf.square(x) },
  { name: 'cube', expr: 'pow(x, 3)', tfjs: (x) => tf.pow(x, 3) },
  { name: 'inverse_square', expr: 'pow(x, -2)', tfjs: (x) => tf.pow(x, -2) },
  { name: 'fractional_power', expr: 'pow(y, 1.7)', tfjs: (_x, y) => tf.pow(y, 1.7) },
  { name: 'tensor_power', expr: 'pow(y, x)', tfjs: (x, y) => tf.pow(y, x) },
  { name: 'maximum', expr: 'maximum(x, y)', tfjs: (x, y) => tf.maximum(x, y) },
  { name: 'minimum', expr: 'minimum(0.5, x)', tfjs: (x) => tf.minimum(0.5, x) },
  { name: 'clip', expr: 'clip(x, -1, 1.5)', tfjs: (x) => tf.clipByValue(x, -1, 1.5) },
  { name: 'where', expr: 'where(x > 0, x, y)', tfjs: (x, y) => tf.where(tf.greater(x, 0), x, y) },
  { name: 'where_scalars', expr: 'where(x < y, 1, -1)', tfjs: (x, y) => tf.where(tf.less(x, y), tf.onesLike(x), tf.onesLike(x).neg()) },
  { name: 'lt', expr: 'x < y', tfjs: (x, y) => f(tf.less(x, y)) },
  { name: 'le', expr: 'x <= 0.5', tfjs: (x) => f(tf.lessEqual(x, 0.5)) },
  { name: 'gt', expr: 'x > y', tfjs: (x, y) => f(tf.greater(x, y)) },
  { name: 'ge', expr: '1 >= x', tfjs: (x) => f(tf.greaterEqual(1, x)) },
  { name: 'eq', expr: 'x == x', tfjs: (x) => f(tf.equal(x, x)) },
  { name: 'ne', expr: 'x != y', tfjs: (x, y) => f(tf.notEqual(x, y)) },
  { name: 'leaky_relu', expr: 'leaky_relu(x)', tfjs: (x) => tf.leakyRelu(x, 0.2) },
  { name: 'leaky_relu_slope', expr: 'leaky_relu(x, negative_slope=0.01)', tfjs: (x) => tf.leakyRelu(x, 0.01) },
  { name: 'elu', expr: 'elu(x)', tfjs: (x) => tf.elu(x) },
  { name: 'selu', expr: 'selu(x)', tfjs: (x) => tf.selu(x) },
  { name: 'softplus', expr: 'softplus(x)', tfjs: (x) => tf.softplus(x) },
  { name: 'swish', expr: 'swish(x)', tfjs: (x) => tf.mul(x, tf.sigmoid(x)) },
  // TF.js' hardSigmoid is Keras 2's 0.2x + 0.5; Keras 3 (and mdlc) use relu6(x + 3) / 6, so the oracle is that formula.
  { name: 'hard_sigmoid', expr: 'hard_sigmoid(x)', tfjs: (x) => tf.div(tf.relu6(tf.add(x, 3)), 6) },
  { name: 'matmul', expr: 'x @ transpose(y)', tfjs: (x, y) => tf.matMul(x, y, false, true) },
  { name: 'matmul_fn', expr: 'matmul(transpose(x, perm=[0, 2, 1]), y)', tfjs: (x, y) => tf.matMul(x, y, true, false) },
  { name: 'transpose', expr: 'transpose(x, perm=[0, 2, 1])', tfjs: (x) => tf.transpose(x, [0, 2, 1]) },
  { name: 'slice', expr: 'slice(x, [0, 1, 2], [-1, 2, -1])', tfjs: (x) => tf.slice(x, [0, 1, 2], [-1, 2, -1]) },
  { name: 'concat', expr: 'concat([x, y], axis=1)', tfjs: (x, y) => tf.concat([x, y], 1) },
  { name: 'stack', expr: 'stack([x, y, x], axis=-1)', tfjs: (x, y) => tf.stack([x, y, x], 3) },
  { name: 'min', expr: 'min(x, axis=2, keepdims=true)', tfjs: (x) => tf.min(x, 2, true) },
  { name: 'precedence', expr: 'x + 1 > y * 2', tfjs: (x, y) => f(tf.greater(tf.add(x, 1), tf.mul(y, 2))) },
  { name: 'dense_elu', expr: 'Dense(6, activation=elu)(x)', tfjs: (x) => tf.elu(x) },
];

const source = `model math\ninput x: f32[batch, 4, 6]\ninput y: f32[batch, 4, 6]\n${cases.map((c) => `output o_${c.name} = ${c.expr}\n`).join('')}`;
const feeds = (): Record<string, Tensor> => ({
  x: { dtype: 'f32', shape, data: Float32Array.from(xs) },
  y: { dtype: 'f32', shape, data: Float32Array.from(ys) },
});

test('every function and operator gives TensorFlow.js values on the same inputs (float32, CPU executor)', async () => {
  await tf.setBackend('cpu');
  const r = compileSource(new SourceFile('math.model', source), { batch: 2 });
  assert.ok(r.module, r.diagnostics.map((d) => d.message).join('; '));
  const session = new CpuSession(r.module);
  const got = session.predict(feeds());
  const x = tf.tensor(xs, shape);
  const y = tf.tensor(ys, shape);
  // The Dense case feeds the layer's own kernel through TF.js: the same weights on both sides.
  const kernel = tf.tensor2d(Array.from(session.params['o_dense_elu.kernel'].data), [6, 6]);
  for (const c of cases) {
    const want = c.name === 'dense_elu' ? tf.elu(tf.matMul(x.reshape([8, 6]), kernel)).reshape([2, 4, 6]) : c.tfjs(x, y);
    const g = got[`o_${c.name}`];
    assert.equal(g.shape, want.shape, `${c.name}: shape`);
    const w = want.dataSync();
    for (let i = 0; i < w.length; i++) assert.ok(Math.abs(g.data[i] - w[i]) <= 2e-6 * Math.max(1, Math.abs(w[i])), `${c.name}[${i}]: mdlc ${g.data[i]}, tfjs ${w[i]}`);
  }
});

interface GradCase {
  fn: FunctionName;
  args?: ResolvedArgs;
  /** Shapes of the differentiated operands (the first, then the others). */
  shapes: number[][];
  /** Values by operand: 'x' (signed) or 'y' (positive). */
  values: ('x' | 'y')[];
}

const s3 = [2, 3, 4];
const gradCases: GradCase[] = [
  ...(['exp', 'abs', 'square', 'leaky_relu', 'elu', 'selu', 'softplus', 'swish', 'hard_sigmoid'] as const).map((fn) => ({ fn, shapes: [s3], values: ['x' as const] })),
  ...(['log', 'sqrt'] as const).map((fn) => ({ fn, shapes: [s3], values: ['y' as const] })),
  { fn: 'leaky_relu', args: { negative_slope: 0.3 }, shapes: [s3], values: ['x'] },
  { fn: 'elu', args: { alpha: 0.7 }, shapes: [s3], values: ['x'] },
  { fn: 'pow', shapes: [s3, s3], values: ['y', 'x'] },
  { fn: 'maximum', shapes: [s3, s3], values: ['x', 'y'] },
  { fn: 'minimum', shapes: [s3, [1, 3, 1]], values: ['x', 'y'] },
  { fn: 'clip', args: { min: -1, max: 1.5 }, shapes: [s3], values: ['x'] },
  { fn: 'matmul', shapes: [s3, [2, 4, 5]], values: ['x', 'y'] },
  { fn: 'transpose', args: { perm: [0, 2, 1] }, shapes: [s3], values: ['x'] },
  { fn: 'slice', args: { begin: [0, 1, 1], size: [-1, 2, 2] }, shapes: [s3], values: ['x'] },
  { fn: 'concat', args: { axis: 1 }, shapes: [s3, [2, 1, 4]], values: ['x', 'y'] },
  { fn: 'stack', args: { axis: 1 }, shapes: [s3, s3], values: ['x', 'y'] },
  { fn: 'min', args: { axis: 2, keepdims: false }, shapes: [s3], values: ['x'] },
];

for (const c of gradCases) {
  test(`the gradient of ${c.fn}${c.args ? `(${JSON.stringify(c.args)})` : ''} matches central differences in float64`, () => {
    const b = new Builder(false);
    const params = c.shapes.map((s, i) => b.param(`p${i}`, s, { kind: 'zeros', args: {} }));
    const [first, ...more] = params;
    const defaults = Object.fromEntries(functions[c.fn].args.flatMap((a) => (a.default === undefined ? [] : [[a.name, a.default]])));
    const out = functionLowering[c.fn](b, first, { ...defaults, ...c.args }, more);
    const os = b.shape(out);
    const count = os.reduce((p, d) => p * d, 1);
    const loss = b.reshape(b.sum(b.mul(out, b.input('w', 'f32', os)), os.map((_, i) => i)), []);
    const forward: Program = { name: 'train_step', nodes: b.nodes.slice(0, loss + 1), outputs: [{ name: 'loss', node: loss }], updates: [] };
    const grads = grad(b, loss, params);
    const full: Program = { name: 'train_step', nodes: b.nodes, outputs: [{ name: 'loss', node: loss }, ...grads.map((g, i) => ({ name: `g${i}`, node: g }))], updates: [] };
    const values: Record<string, Tensor> = {};
    c.shapes.forEach((s, i) => {
      const pool = c.values[i] === 'x' ? xs : ys;
      const size = s.reduce((p, d) => p * d, 1);
      values[`p${i}`] = tensor('f32', s, Float64Array.from({ length: size }, (_, k) => pool[(k * 5 + i * 7) % pool.length]));
    });
    const w = tensor('f32', os, Float64Array.from({ length: count }, (_, i) => 0.5 + ((i * 7) % 11) / 10));
    const fd = { inputs: { w }, params: values, state: {} };
    const result = execute(full, fd, { precision: 'f64' }).outputs;
    const analytic = Object.fromEntries(c.shapes.map((_, i) => [`p${i}`, result[`g${i}`]]));
    const entries = c.shapes.flatMap((s, i) => Array.from({ length: s.reduce((p, d) => p * d, 1) }, (_, index) => ({ param: `p${i}`, index })));
    const check = worst(compareWithFiniteDifferences(forward, fd, 'loss', analytic, entries));
    assert.ok(check && check.error < 1e-6, describe(check));
  });
}

test('on the WebGPU device, every function and operator agrees with the CPU executor', async () => {
  const handle = await getTestDevice();
  if (!handle) return;
  const r = compileSource(new SourceFile('math.model', source), { batch: 2 });
  assert.ok(r.module, r.diagnostics.map((d) => d.message).join('; '));
  const session = new CpuSession(r.module);
  const run = await runBoth(handle.device, r.module, { inputs: feeds(), params: session.params });
  for (const c of cases) {
    // exp and log are the GPU's own, good to a few ulps; the bound leaves room for that and for pow's exp(p · log y).
    const o = `o_${c.name}`;
    const cmp = compare(run.gpu[o], run.cpu[o].data, { mode: 'rel', tol: 1e-5, floor: 1e-6 });
    assert.ok(cmp.ratio <= 1 && cmp.mismatches === 0, `${c.name}: ${describeComparison(cmp, run.cpu[o].shape)}`);
  }
});

test.after(() => releaseTestDevice());

test.run();
