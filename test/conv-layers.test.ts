// Takes one-layer specs of the convolution family (Conv1D with same/causal/dilated windows, dilated Conv2D,
// Conv2DTranspose, the global pools, UpSampling2D), the compiler, the CPU executor and TensorFlow.js (CPU backend);
// gives the checks that each layer's gradients w.r.t. its input and parameters match central differences in float64,
// and that from the same weights its output (and shape, parameter shapes and names) matches the tf.layers layer of the
// same name (causal Conv1D, which TF.js lacks, as Keras defines it: left zero padding, then a valid convolution), and
// that one SGD step on the mse loss moves the convolutions' weights as TF.js's gradient of the same loss does.
import * as tf from '@tensorflow/tfjs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compileSource } from '../compiler/compile.js';
import { grad } from '../compiler/ir/autodiff.js';
import { Builder } from '../compiler/ir/builder.js';
import { SourceFile } from '../core/diagnostic.js';
import type { Module, Program } from '../core/ir.js';
import { execute, program as programOf } from '../runtime/cpu/execute.js';
import { CpuSession } from '../runtime/cpu/session.js';
import type { Tensor } from '../runtime/cpu/tensor.js';
import { initialize } from '../runtime/init.js';
import { centralDifference, count, differenceNoise, relativeError, Rng, scalarOutput, tensor } from './helpers/finite-difference.js';
import { maxRelativeError, useTfjsCpu } from './helpers/tfjs-peer.js';

const BATCH = 2;

interface Case {
  /** The layer call as the spec writes it, applied to `x`. */
  layer: string;
  input: number[];
  output: number[];
  /** The same layer in TF.js (its weights, if any, in mdlc's parameter order: kernel, bias). */
  tfjs: () => tf.layers.Layer;
  /** What is done to the input before TF.js's layer: TF.js has no causal Conv1D, so its definition is written out. */
  before?: (x: tf.Tensor) => tf.Tensor;
}

const cases: Case[] = [
  { layer: 'Conv1D(4, kernel=3, activation=tanh)', input: [9, 2], output: [7, 4], tfjs: () => tf.layers.conv1d({ filters: 4, kernelSize: 3, activation: 'tanh' }) },
  { layer: 'Conv1D(3, kernel=3, stride=2, padding=same)', input: [9, 2], output: [5, 3], tfjs: () => tf.layers.conv1d({ filters: 3, kernelSize: 3, strides: 2, padding: 'same' }) },
  { layer: 'Conv1D(3, kernel=4, stride=3, padding=same, use_bias=false)', input: [8, 2], output: [3, 3], tfjs: () => tf.layers.conv1d({ filters: 3, kernelSize: 4, strides: 3, padding: 'same', useBias: false }) },
  { layer: 'Conv1D(3, kernel=2, dilation=2, padding=causal, activation=tanh)', input: [7, 2], output: [7, 3], tfjs: () => tf.layers.conv1d({ filters: 3, kernelSize: 2, dilationRate: 2, activation: 'tanh' }), before: (x) => tf.pad(x, [[0, 0], [2, 0], [0, 0]]) },
  { layer: 'Conv1D(2, kernel=3, dilation=2, padding=same)', input: [8, 3], output: [8, 2], tfjs: () => tf.layers.conv1d({ filters: 2, kernelSize: 3, dilationRate: 2, padding: 'same' }) },
  { layer: 'Conv1D(2, kernel=3, dilation=3)', input: [10, 2], output: [4, 2], tfjs: () => tf.layers.conv1d({ filters: 2, kernelSize: 3, dilationRate: 3 }) },
  { layer: 'Conv2D(3, kernel=[3, 2], dilation=[2, 1], padding=same)', input: [7, 6, 2], output: [7, 6, 3], tfjs: () => tf.layers.conv2d({ filters: 3, kernelSize: [3, 2], dilationRate: [2, 1], padding: 'same' }) },
  { layer: 'Conv2D(2, kernel=3, dilation=2, activation=tanh)', input: [7, 6, 2], output: [3, 2, 2], tfjs: () => tf.layers.conv2d({ filters: 2, kernelSize: 3, dilationRate: 2, activation: 'tanh' }) },
  { layer: 'Conv2DTranspose(3, kernel=3, stride=2)', input: [4, 3, 2], output: [9, 7, 3], tfjs: () => tf.layers.conv2dTranspose({ filters: 3, kernelSize: 3, strides: 2 }) },
  { layer: 'Conv2DTranspose(3, kernel=[3, 2], stride=2, padding=same, activation=tanh)', input: [3, 4, 2], output: [6, 8, 3], tfjs: () => tf.layers.conv2dTranspose({ filters: 3, kernelSize: [3, 2], strides: 2, padding: 'same', activation: 'tanh' }) },
  { layer: 'Conv2DTranspose(2, kernel=4, stride=2, padding=same)', input: [3, 3, 3], output: [6, 6, 2], tfjs: () => tf.layers.conv2dTranspose({ filters: 2, kernelSize: 4, strides: 2, padding: 'same' }) },
  { layer: 'Conv2DTranspose(2, kernel=2, stride=[3, 1])', input: [3, 3, 2], output: [9, 4, 2], tfjs: () => tf.layers.conv2dTranspose({ filters: 2, kernelSize: 2, strides: [3, 1] }) },
  { layer: 'GlobalAvgPool1D()', input: [5, 4], output: [4], tfjs: () => tf.layers.globalAveragePooling1d() },
  { layer: 'GlobalMaxPool1D()', input: [5, 4], output: [4], tfjs: () => tf.layers.globalMaxPooling1d() },
  { layer: 'GlobalAvgPool2D()', input: [3, 4, 2], output: [2], tfjs: () => tf.layers.globalAveragePooling2d({}) },
  { layer: 'GlobalMaxPool2D()', input: [3, 4, 2], output: [2], tfjs: () => tf.layers.globalMaxPooling2d({}) },
  { layer: 'UpSampling2D([2, 3])', input: [2, 3, 2], output: [4, 9, 2], tfjs: () => tf.layers.upSampling2d({ size: [2, 3] }) },
  { layer: 'UpSampling2D()', input: [3, 2, 1], output: [6, 4, 1], tfjs: () => tf.layers.upSampling2d({}) },
];

function specOf(c: Case): string {
  return `model conv_case
input  x: f32[batch, ${c.input.join(', ')}]
target t: f32[batch, ${c.output.join(', ')}]
output y = ${c.layer}(x)
loss      mse(y, t)
optimizer sgd(lr=0.1)
train     batch_size=${BATCH}, seed=9
`;
}

function compile(c: Case): { module: Module; lowered: Module } {
  let lowered: Module | undefined;
  const r = compileSource(new SourceFile('conv-case.model', specOf(c)), { after: (stage, m) => void (stage === 'lower' && (lowered = structuredClone(m))) });
  assert.ok(r.module && lowered, `${c.layer}: ${r.diagnostics.map((d) => d.message).join('; ')}`);
  return { module: r.module, lowered };
}

/** The layer's parameters from their initializers, with each bias moved off zero so it is exercised. */
function weightsOf(m: Module, rng: Rng): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const p of m.params) out[p.path] = p.path.endsWith('.bias') ? Array.from({ length: count(p.shape) }, () => rng.uniform(-0.5, 0.5)) : Array.from(initialize(p.init, p.shape, m.seed, p.path));
  return out;
}

test.before(useTfjsCpu);

for (const c of cases) {
  test(`${c.layer}: gradients w.r.t. x and the parameters match central differences (float64)`, () => {
    const { lowered } = compile(c);
    const forward = programOf(lowered, 'train_step');
    const rng = new Rng(0xc0 + c.layer.length);
    const weights = weightsOf(lowered, rng);
    const params: Record<string, Tensor> = {};
    for (const p of lowered.params) params[p.path] = tensor('f32', p.shape, weights[p.path]);
    const feeds = {
      inputs: {
        x: tensor('f32', [BATCH, ...c.input], rng.distinct(BATCH * count(c.input), 0.05, 2 + BATCH * count(c.input) * 0.05)),
        t: tensor('f32', [BATCH, ...c.output], Array.from({ length: BATCH * count(c.output) }, () => rng.uniform(-1, 1))),
        '#weight': tensor('f32', [BATCH], new Array<number>(BATCH).fill(1)),
      },
      params,
      state: Object.fromEntries(lowered.state.map((s) => [s.path, tensor('f32', s.shape, new Array<number>(count(s.shape)).fill(s.value))])),
    };
    const targets: Record<string, number> = { x: forward.nodes.find((n) => n.op === 'input' && n.arg.name === 'x')!.id };
    for (const n of forward.nodes) if (n.op === 'param') targets[n.arg.path] = n.id;
    const lossNode = forward.outputs.find((o) => o.name === 'loss')!.node;
    const b = Builder.from(forward.nodes);
    const ids = grad(b, lossNode, Object.values(targets));
    const withGrads: Program = { ...forward, nodes: b.nodes, outputs: [{ name: 'loss', node: lossNode }, ...Object.keys(targets).map((k, i) => ({ name: k, node: ids[i] }))], updates: [] };
    const run = execute(withGrads, feeds, { precision: 'f64' });
    const h = 1e-5;
    const atol = differenceNoise(run.outputs.loss.data[0], h);
    const f = () => scalarOutput(forward, feeds, 'loss');
    const bad: string[] = [];
    let checked = 0;
    for (const name of Object.keys(targets)) {
      const data = (name === 'x' ? feeds.inputs.x : feeds.params[name]).data as Float64Array;
      const analytic = run.outputs[name].data;
      for (let i = 0; i < data.length; i++) {
        const numeric = centralDifference(f, data, i, h);
        const error = relativeError(analytic[i], numeric, 1e-8, atol);
        checked++;
        if (!(error < 1e-6)) bad.push(`${name}[${i}]: analytic ${analytic[i]} vs numeric ${numeric} (rel. error ${error.toExponential(2)})`);
      }
    }
    assert.is(checked, BATCH * count(c.input) + lowered.params.reduce((s, p) => s + count(p.shape), 0));
    assert.ok(bad.length === 0, `${bad.length} of ${checked} entries differ:\n  ${bad.slice(0, 8).join('\n  ')}`);
  });
}


/** float32 on both sides, summing in different orders. */
const TFJS_TOLERANCE = 1e-5;

for (const c of cases) {
  test(`${c.layer}: from the same weights, the output matches TF.js's layer`, () => {
    const { module } = compile(c);
    const rng = new Rng(0x7f + c.layer.length);
    const weights = weightsOf(module, rng);
    const session = new CpuSession(module);
    session.writeParams(Object.fromEntries(Object.entries(weights).map(([k, v]) => [k, Float32Array.from(v)])));
    const x = Float32Array.from({ length: BATCH * count(c.input) }, () => rng.normal());
    const ours = session.predict({ x: { dtype: 'f32', shape: [BATCH, ...c.input], data: x } }).y;
    assert.equal(ours.shape, [BATCH, ...c.output], 'the checked output shape');

    const layer = c.tfjs();
    const xs = tf.tensor(x, [BATCH, ...c.input]);
    layer.apply(tf.zeros([1, ...c.input])); // builds the weights
    const names = module.params.map((p) => p.path.slice(2));
    assert.equal(layer.getWeights().map((w) => w.shape), module.params.map((p) => p.shape), 'Keras-shaped parameters');
    assert.equal(layer.weights.map((w) => w.originalName.split('/').pop()), names, 'parameter names as Keras');
    layer.setWeights(module.params.map((p) => tf.tensor(weights[p.path], p.shape)));
    const theirs = layer.apply(c.before ? c.before(xs) : xs) as tf.Tensor;
    assert.equal(theirs.shape, [BATCH, ...c.output], "TF.js's output shape");
    const e = maxRelativeError(ours.data, theirs.dataSync());
    assert.ok(e <= TFJS_TOLERANCE, `relative error ${e.toExponential(2)} > ${TFJS_TOLERANCE}`);
    tf.dispose([xs, theirs]);
  });
}

// TF.js has no gradient of a dilated convolution (its conv2D gradient refuses dilations > 1): those are checked by the
// finite differences above only.
for (const c of cases.filter((k) => /^Conv/.test(k.layer) && !k.layer.includes('dilation'))) {
  test(`${c.layer}: from the same weights, one SGD step matches TF.js's gradient of the same loss`, () => {
    const { module } = compile(c);
    const rng = new Rng(0x5d + c.layer.length);
    const weights = weightsOf(module, rng);
    const session = new CpuSession(module);
    session.writeParams(Object.fromEntries(Object.entries(weights).map(([k, v]) => [k, Float32Array.from(v)])));
    const x = Float32Array.from({ length: BATCH * count(c.input) }, () => rng.normal());
    const t = Float32Array.from({ length: BATCH * count(c.output) }, () => rng.uniform(-1, 1));
    session.trainStep({ x: { dtype: 'f32', shape: [BATCH, ...c.input], data: x }, t: { dtype: 'f32', shape: [BATCH, ...c.output], data: t } });

    const layer = c.tfjs();
    layer.apply(tf.zeros([1, ...c.input]));
    layer.setWeights(module.params.map((p) => tf.tensor(weights[p.path], p.shape)));
    const xs = tf.tensor(x, [BATCH, ...c.input]);
    const ts = tf.tensor(t, [BATCH, ...c.output]);
    const trainable = layer.trainableWeights.map((w) => w.read() as tf.Variable);
    const { value, grads } = tf.variableGrads(() => tf.losses.meanSquaredError(ts, layer.apply(c.before ? c.before(xs) : xs) as tf.Tensor) as tf.Scalar, trainable);
    module.params.forEach((p, i) => {
      const g = grads[trainable[i].name].dataSync();
      const stepped = Float32Array.from(weights[p.path], (w, k) => w - 0.1 * g[k]);
      const e = maxRelativeError(session.params[p.path].data, stepped);
      assert.ok(e <= TFJS_TOLERANCE, `${p.path} after SGD: relative error ${e.toExponential(2)} > ${TFJS_TOLERANCE}`);
      assert.ok(maxRelativeError(stepped, weights[p.path]) > 1e-4, `${p.path} moved`);
    });
    tf.dispose([xs, ts, value, ...Object.values(grads)]);
  });
}

test('keepdims=true keeps the pooled axes with size 1', () => {
  for (const [layer, input, output] of [['GlobalAvgPool1D(keepdims=true)', [5, 3], [1, 3]], ['GlobalMaxPool2D(keepdims=true)', [3, 4, 2], [1, 1, 2]]] as const) {
    const { module } = compile({ layer, input: [...input], output: [...output], tfjs: () => tf.layers.globalMaxPooling2d({}) });
    const x = Float32Array.from({ length: BATCH * count([...input]) }, (_, i) => Math.sin(i));
    const y = new CpuSession(module).predict({ x: { dtype: 'f32', shape: [BATCH, ...input], data: x } }).y;
    assert.equal(y.shape, [BATCH, ...output]);
  }
});

test.run();
