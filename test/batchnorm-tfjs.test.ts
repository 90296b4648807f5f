// Takes a one-layer BatchNorm spec, the compiler, the CPU executor and TensorFlow.js (CPU backend); gives the check
// that from the same weights one training step agrees with tf.layers.batchNormalization in training mode: the outputs
// (batch statistics), the loss, the moving statistics after the step and the SGD-updated gamma and beta.
import * as tf from '@tensorflow/tfjs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compileSource } from '../compiler/compile.js';
import { SourceFile } from '../core/diagnostic.js';
import type { Module, Program } from '../core/ir.js';
import { execute, program as programOf } from '../runtime/cpu/execute.js';
import { CpuSession } from '../runtime/cpu/session.js';
import type { Tensor } from '../runtime/cpu/tensor.js';
import { Rng } from './helpers/finite-difference.js';
import { maxRelativeError, useTfjsCpu } from './helpers/tfjs-peer.js';

const [BATCH, H, W, C] = [5, 3, 3, 4];
const MOMENTUM = 0.9;
const EPSILON = 1e-3;
const LR = 0.1;
const SPEC = `model bn_peer
input  x: f32[batch, ${H}, ${W}, ${C}]
target t: f32[batch, ${H}, ${W}, ${C}]
output y = BatchNorm(momentum=${MOMENTUM}, epsilon=${EPSILON})(x)
loss      mse(y, t)
optimizer sgd(lr=${LR})
train     batch_size=${BATCH}
`;
/** float32 on both sides; tfjs accumulates its moments differently, so agreement is to rounding, far inside this. */
const TOLERANCE = 1e-5;

test.before(useTfjsCpu);


test('one training step agrees with tf.layers.batchNormalization (training: true): outputs, loss, moving statistics, gamma and beta', async () => {
  let lowered: Module | undefined;
  const r = compileSource(new SourceFile('bn-peer.model', SPEC), { after: (stage, m) => void (stage === 'lower' && (lowered = structuredClone(m))) });
  assert.ok(r.module && lowered, r.diagnostics.map((d) => d.message).join('; '));
  const rng = new Rng(21);
  const n = BATCH * H * W * C;
  const x = Float32Array.from({ length: n }, (_, i) => rng.normal() * (1 + (i % C)) + (i % C) - 1);
  const t = Float32Array.from({ length: n }, () => rng.normal());
  const weights = {
    'y.gamma': Float32Array.from([0.8, 1.2, 1.5, 0.6]),
    'y.beta': Float32Array.from([0.1, -0.2, 0.3, 0]),
    'y.moving_mean': Float32Array.from([0.5, -1, 0.2, 2]),
    'y.moving_variance': Float32Array.from([1.5, 0.7, 3, 1]),
  };

  // mdlc: the forward train_step (to read the layer's output), then the compiled step (moving statistics, SGD update).
  const session = new CpuSession(r.module);
  session.writeParams({ 'y.gamma': weights['y.gamma'], 'y.beta': weights['y.beta'] });
  session.writeState({ 'y.moving_mean': weights['y.moving_mean'], 'y.moving_variance': weights['y.moving_variance'] });
  const feeds: Record<string, Tensor> = { x: { dtype: 'f32', shape: [BATCH, H, W, C], data: x }, t: { dtype: 'f32', shape: [BATCH, H, W, C], data: t } };
  const forward = programOf(lowered, 'train_step');
  const target = forward.nodes.find((m) => m.op === 'input' && m.arg.name === 't')!.id;
  const prediction = forward.nodes.find((m) => m.op === 'sub' && m.src[1] === target)!.src[0];
  const probe: Program = { ...forward, outputs: [...forward.outputs, { name: 'y', node: prediction }], updates: [] };
  const weightFeed: Tensor = { dtype: 'f32', shape: [BATCH], data: new Float32Array(BATCH).fill(1) };
  const ours = execute(probe, { inputs: { ...feeds, '#weight': weightFeed }, params: session.params, state: session.state }).outputs;
  session.trainStep(feeds);

  // tfjs: the same layer with the same weights, applied once in training mode under a gradient tape.
  const layer = tf.layers.batchNormalization({ axis: -1, momentum: MOMENTUM, epsilon: EPSILON });
  layer.apply(tf.zeros([1, H, W, C])); // builds the weights (inference mode changes nothing)
  layer.setWeights([weights['y.gamma'], weights['y.beta'], weights['y.moving_mean'], weights['y.moving_variance']].map((v) => tf.tensor1d(v)));
  const xs = tf.tensor4d(x, [BATCH, H, W, C]);
  const ts = tf.tensor4d(t, [BATCH, H, W, C]);
  let output: tf.Tensor | undefined;
  const trainable = layer.trainableWeights.map((w) => w.read() as tf.Variable);
  const { value, grads } = tf.variableGrads(() => {
    const y = layer.apply(xs, { training: true }) as tf.Tensor;
    output = tf.keep(y);
    return tf.losses.meanSquaredError(ts, y) as tf.Scalar;
  }, trainable);
  const [gamma, beta, movingMean, movingVariance] = layer.getWeights().map((w) => w.dataSync());
  assert.equal(layer.weights.map((w) => w.originalName.split('/').pop()), ['gamma', 'beta', 'moving_mean', 'moving_variance']);
  /** gamma or beta (trainable weight i) after one SGD step on the gradient tfjs computed. */
  const stepped = (before: ArrayLike<number>, i: number) => {
    const g = grads[trainable[i].name].dataSync();
    return Float32Array.from(before, (v, k) => v - LR * g[k]);
  };

  const errors: [string, number][] = [
    ['output', maxRelativeError(ours.y.data, output!.dataSync())],
    ['loss', maxRelativeError(ours.loss.data, value.dataSync())],
    ['moving_mean', maxRelativeError(session.state['y.moving_mean'].data, movingMean)],
    ['moving_variance', maxRelativeError(session.state['y.moving_variance'].data, movingVariance)],
    ['gamma after SGD', maxRelativeError(session.params['y.gamma'].data, stepped(gamma, 0))],
    ['beta after SGD', maxRelativeError(session.params['y.beta'].data, stepped(beta, 1))],
  ];
  console.log(`  BatchNorm vs tfjs: ${errors.map(([k, e]) => `${k} ${e.toExponential(1)}`).join(', ')}`);
  for (const [what, e] of errors) assert.ok(e <= TOLERANCE, `${what}: relative error ${e.toExponential(2)} > ${TOLERANCE}`);
  // The step did something: the moving statistics left their values, by (1 − momentum) of the way to the batch's.
  assert.ok(maxRelativeError(movingMean, weights['y.moving_mean']) > 1e-3, 'tfjs moved the moving mean');
  tf.dispose([xs, ts, output!, value, ...Object.values(grads)]);
});

test.run();
