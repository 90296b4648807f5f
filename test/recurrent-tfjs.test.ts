// Takes small specs of Embedding(mask_zero=true) feeding SimpleRNN, LSTM, GRU and Bidirectional, the compiler, the CPU
// executor and TensorFlow.js (CPU backend); gives the check that from the same weights the predictions, one SGD
// step's loss and the updated weights agree with tf.layers (masks from padding included). TF.js' GRU has no
// reset_after=true, so that form is checked against its definition written in TF.js ops under tf.grads.
import * as tf from '@tensorflow/tfjs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compileSource } from '../compiler/compile.js';
import { SourceFile } from '../core/diagnostic.js';
import { CpuSession } from '../runtime/cpu/session.js';
import type { Tensor } from '../runtime/cpu/tensor.js';
import { Rng } from './helpers/finite-difference.js';
import { maxRelativeError, useTfjsCpu } from './helpers/tfjs-peer.js';

const [BATCH, STEPS, VOCAB, DIM] = [4, 5, 9, 3];
const LR = 0.5;
/** Predictions and loss: float32 on both sides, different summation orders differ by rounding, far inside this. */
const TOLERANCE = 2e-5;
/** Each weight's SGD step (mdlc's in float64, so the difference of weights is exact) against LR · tfjs' float32 gradient. */
const STEP_TOLERANCE = 1e-4;
/** Ids with zeros (padding) at the end, in the middle and a row that is all padding. */
const IDS = [3, 1, 4, 0, 0, 2, 5, 0, 6, 1, 7, 8, 2, 3, 5, 0, 0, 0, 0, 0];

test.before(useTfjsCpu);


interface Case {
  name: string;
  /** The layer applied to the embeddings `e`, in mdlc. */
  layer: string;
  /** The same in tf.layers. */
  peer: () => tf.layers.Layer;
  /** The output's per-sample shape. */
  out: number[];
}

const sig = { recurrentActivation: 'sigmoid' as const };
const cases: Case[] = [
  { name: 'SimpleRNN, last step', layer: 'SimpleRNN(3)', peer: () => tf.layers.simpleRNN({ units: 3 }), out: [3] },
  { name: 'LSTM, every step', layer: 'LSTM(3, return_sequences=true)', peer: () => tf.layers.lstm({ units: 3, returnSequences: true, ...sig }), out: [STEPS, 3] },
  { name: 'GRU (reset_after=false), last step', layer: 'GRU(3, reset_after=false)', peer: () => tf.layers.gru({ units: 3, ...sig }), out: [3] },
  { name: 'SimpleRNN backwards, every step', layer: 'SimpleRNN(2, go_backwards=true, return_sequences=true)', peer: () => tf.layers.simpleRNN({ units: 2, goBackwards: true, returnSequences: true }), out: [STEPS, 2] },
  {
    name: 'Bidirectional LSTM, concat, every step',
    layer: 'Bidirectional(LSTM(2, return_sequences=true))',
    peer: () => tf.layers.bidirectional({ layer: tf.layers.lstm({ units: 2, returnSequences: true, ...sig }) as tf.RNN, mergeMode: 'concat' }),
    out: [STEPS, 4],
  },
  {
    name: 'Bidirectional GRU, ave, last step',
    layer: 'Bidirectional(GRU(3, reset_after=false), merge_mode=ave)',
    peer: () => tf.layers.bidirectional({ layer: tf.layers.gru({ units: 3, ...sig }) as tf.RNN, mergeMode: 'ave' }),
    out: [3],
  },
];

function specOf(c: Case): string {
  return `model rnn_peer
input  ids: i32[batch, ${STEPS}]
target t: f32[batch, ${c.out.join(', ')}]
e = Embedding(${VOCAB}, ${DIM}, init=uniform(min=-1, max=1), mask_zero=true)(ids)
output y = ${c.layer}(e)
loss      mse(y, t)
optimizer sgd(lr=${LR})
train     batch_size=${BATCH}, seed=3
`;
}

for (const c of cases) {
  test(`${c.name}: predictions, one SGD step's loss and updated weights agree with tf.layers (masked)`, () => {
    const r = compileSource(new SourceFile('rnn-peer.model', specOf(c)));
    assert.ok(r.module, r.diagnostics.map((d) => d.message).join('; '));
    const session = new CpuSession(r.module, 'f64');
    const paths = r.module.params.map((p) => p.path);
    // The initial weights, rounded to float32 for both sides.
    session.writeParams(Object.fromEntries(paths.map((p) => [p, Float32Array.from(session.params[p].data)])));
    const before = paths.map((p) => Float64Array.from(session.params[p].data));
    const rng = new Rng(31);
    const outSize = c.out.reduce((a, b) => a * b, 1);
    const t = Float32Array.from({ length: BATCH * outSize }, () => rng.normal() * 0.5);
    const ids: Tensor = { dtype: 'i32', shape: [BATCH, STEPS], data: Int32Array.from(IDS) };
    const predicted = session.predict({ ids }).y.data;
    const loss = session.trainStep({ ids, t: { dtype: 'f32', shape: [BATCH, ...c.out], data: t } }).loss.data;

    // tfjs: the same stack with the same weights (Keras' order: embeddings, then the layer's kernel, recurrent kernel, bias).
    const input = tf.input({ shape: [STEPS], dtype: 'int32' });
    const emb = tf.layers.embedding({ inputDim: VOCAB, outputDim: DIM, maskZero: true });
    const peer = c.peer();
    const model = tf.model({ inputs: input, outputs: peer.apply(emb.apply(input)) as tf.SymbolicTensor });
    assert.equal(model.getWeights().map((w) => w.shape), r.module.params.map((p) => p.shape), 'the weights have Keras\' shapes in Keras\' order');
    model.setWeights(before.map((v, i) => tf.tensor(Float32Array.from(v), r.module!.params[i].shape)));
    const xs = tf.tensor2d(IDS, [BATCH, STEPS], 'int32');
    const ts = tf.tensor(t, [BATCH, ...c.out]);
    const peerPrediction = (model.predict(xs) as tf.Tensor).dataSync();
    const variables = model.trainableWeights.map((w) => w.read() as tf.Variable);
    const { value, grads } = tf.variableGrads(() => tf.losses.meanSquaredError(ts, model.apply(xs) as tf.Tensor) as tf.Scalar, variables);
    const errors: [string, number][] = [
      ['prediction', maxRelativeError(predicted, peerPrediction)],
      ['loss', maxRelativeError(loss, value.dataSync())],
      ...paths.map((p, i): [string, number] => {
        const g = grads[variables[i].name].dataSync();
        return [`${p} step`, maxRelativeError(Float64Array.from(before[i], (v, k) => v - session.params[p].data[k]), Float64Array.from(g, (x) => LR * x))];
      }),
    ];
    console.log(`  ${c.name} vs tfjs: ${errors.map(([k, e]) => `${k} ${e.toExponential(1)}`).join(', ')}`);
    for (const [what, e] of errors) {
      const tol = what.endsWith('step') ? STEP_TOLERANCE : TOLERANCE;
      assert.ok(e <= tol, `${what}: relative error ${e.toExponential(2)} > ${tol}`);
    }
    // The step did something to every weight the mask lets through.
    assert.ok(maxRelativeError(session.params[paths[1]].data, before[1]) > 1e-4, 'the kernel moved');
    tf.dispose([xs, ts, value, ...Object.values(grads)]);
    model.layers.forEach((l) => l.dispose());
  });
}

test("GRU's reset_after=true (Keras' default; TF.js has no such GRU) agrees with its definition in TF.js ops, gradients by tf.grads", () => {
  const UNITS = 3;
  const spec = specOf({ name: '', layer: `GRU(${UNITS})`, peer: () => tf.layers.dense({ units: 1 }), out: [UNITS] });
  const r = compileSource(new SourceFile('gru-after.model', spec));
  assert.ok(r.module, r.diagnostics.map((d) => d.message).join('; '));
  const session = new CpuSession(r.module, 'f64');
  const shapes = Object.fromEntries(r.module.params.map((p) => [p.path, p.shape]));
  assert.equal(shapes['y.bias'], [2, 3 * UNITS], 'Keras\' reset_after bias: input and recurrent rows');
  const before = Object.fromEntries(r.module.params.map((p) => [p.path, Float64Array.from(session.params[p.path].data)]));
  const rng = new Rng(32);
  const t = Float32Array.from({ length: BATCH * UNITS }, () => rng.normal() * 0.5);
  const ids: Tensor = { dtype: 'i32', shape: [BATCH, STEPS], data: Int32Array.from(IDS) };
  const predicted = Float32Array.from(session.predict({ ids }).y.data);
  const loss = session.trainStep({ ids, t: { dtype: 'f32', shape: [BATCH, UNITS], data: t } }).loss.data;

  // Keras' GRUCell with reset_after=True, written out: x·W + b_in, h·U + b_rec, r applied to the recurrent h part.
  const mask = tf.tensor2d(IDS.map((i) => (i === 0 ? 0 : 1)), [BATCH, STEPS]);
  const forward = (E: tf.Tensor, W: tf.Tensor, U: tf.Tensor, B: tf.Tensor): tf.Tensor => {
    const e = tf.gather(E, tf.tensor2d(IDS, [BATCH, STEPS], 'int32'));
    const [bIn, bRec] = tf.split(B, 2, 0);
    let h: tf.Tensor = tf.zeros([BATCH, UNITS]);
    for (let s = 0; s < STEPS; s++) {
      const x = tf.reshape(tf.slice(e, [0, s, 0], [BATCH, 1, DIM]), [BATCH, DIM]);
      const [xz, xr, xh] = tf.split(tf.add(tf.matMul(x, W), bIn), 3, 1);
      const [rz, rr, rh] = tf.split(tf.add(tf.matMul(h, U), bRec), 3, 1);
      const z = tf.sigmoid(tf.add(xz, rz));
      const rg = tf.sigmoid(tf.add(xr, rr));
      const hh = tf.tanh(tf.add(xh, tf.mul(rg, rh)));
      const next = tf.add(tf.mul(z, h), tf.mul(tf.sub(1, z), hh));
      const m = tf.reshape(tf.slice(mask, [0, s], [BATCH, 1]), [BATCH, 1]);
      h = tf.add(tf.mul(m, next), tf.mul(tf.sub(1, m), h));
    }
    return h;
  };
  const names = ['e.embeddings', 'y.kernel', 'y.recurrent_kernel', 'y.bias'];
  const weights = names.map((n) => tf.tensor(Float32Array.from(before[n]), shapes[n]));
  const ts = tf.tensor2d(t, [BATCH, UNITS]);
  const peerPrediction = tf.tidy(() => (forward as (...w: tf.Tensor[]) => tf.Tensor)(...weights).dataSync());
  const lossOf = (...w: tf.Tensor[]) => tf.losses.meanSquaredError(ts, (forward as (...w: tf.Tensor[]) => tf.Tensor)(...w)) as tf.Scalar;
  const peerLoss = tf.tidy(() => lossOf(...weights).dataSync());
  const g = tf.grads(lossOf)(weights);
  const errors: [string, number][] = [
    ['prediction', maxRelativeError(predicted, peerPrediction)],
    ['loss', maxRelativeError(loss, peerLoss)],
    ...names.map((n, i): [string, number] => {
      const gi = g[i].dataSync();
      return [`${n} step`, maxRelativeError(Float64Array.from(before[n], (v, k) => v - session.params[n].data[k]), Float64Array.from(gi, (x) => LR * x))];
    }),
  ];
  console.log(`  GRU reset_after vs tfjs ops: ${errors.map(([k, e]) => `${k} ${e.toExponential(1)}`).join(', ')}`);
  for (const [what, e] of errors) {
    const tol = what.endsWith('step') ? STEP_TOLERANCE : TOLERANCE;
    assert.ok(e <= tol, `${what}: relative error ${e.toExponential(2)} > ${tol}`);
  }
  tf.dispose([mask, ts, ...weights, ...g]);
});

test.run();
