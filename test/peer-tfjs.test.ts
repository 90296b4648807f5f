// mdlc's CPU executor against an independent peer, TensorFlow.js (CPU backend): the same models, built by hand in
// tfjs from the same initial weights, trained on the same batches of real data with the same optimizer, must give
// the same losses and the same final weights; the transformer text classifier must give the same forward loss
// (and the same gradients).
import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compileSource } from '../compiler/compile.js';
import { SourceFile } from '../core/diagnostic.js';
import type { Module } from '../core/ir.js';
import { CpuSession } from '../runtime/cpu/session.js';
import type { Tensor } from '../runtime/cpu/tensor.js';
import { batches, type Dataset, loadIris, loadMnist, MNIST_PIXELS, permutation, seededRandom } from './helpers/datasets.js';
import { repoRoot } from './helpers/repo.js';
import { dense, softmaxCrossEntropy, textClassifier } from '../bench/peer-models.js';

/**
 * Tolerance of the comparisons: 1e-4 relative. Losses are compared per step as |a - b| / |b| (b = tfjs); tensors
 * norm-wise, per tensor, both as ||a - b||₂ / ||b||₂ and as max|a - b| / max|b|, so elements near zero are judged
 * on their tensor's scale. Both sides store float32, but mdlc's CPU executor also accumulates sums in float32 (as
 * the GPU does) where tfjs' CPU kernels accumulate in float64; agreement is typically 1e-7..1e-5.
 */
const TOLERANCE = 1e-4;

/**
 * The element-wise (max-norm) bound on weights after Adam steps: 1e-3. Adam divides by sqrt(v̂) + eps with
 * eps = 1e-7, so a weight whose gradient is itself ~1e-7 (an input pixel that is blank in nearly every image, a
 * unit that is almost dead) moves by lr·g/(|g| + eps), whose sensitivity to rounding in g is up to
 * lr / (4·eps) = 2500: float32 noise of 1e-10 in such a gradient becomes ~3e-7 of weight per step. Measured:
 * h1.kernel 2.9e-4 max-norm but 2.9e-6 in the 2-norm (mdlc in float64 differs from mdlc in float32 by the same
 * 3.5e-4, and from tfjs by 7e-5, so this is conditioning, not a disagreement). The 2-norm stays at TOLERANCE.
 */
const ADAM_ELEMENT_TOLERANCE = 1e-3;

/** Steps of the training comparisons. */
const STEPS = 20;

// Prod mode turns tfjs' console warnings off (the "install tfjs-node" notice of the CPU backend goes through
// tfjs' warn(), which is silent in prod mode). Nothing here loads a model, so tfjs makes no network requests.
tf.enableProdMode();

test.before(async () => {
  assert.ok(await tf.setBackend('cpu'), 'the tfjs cpu backend is available');
  await tf.ready();
});

function compile(spec: string, batch: number): Module {
  const file = new SourceFile(`specs/${spec}`, readFileSync(repoRoot + 'specs/' + spec, 'utf8'));
  const r = compileSource(file, { batch });
  assert.ok(r.module, `${spec} compiles: ${r.diagnostics.map((d) => d.message).join('; ')}`);
  return r.module;
}

/** ||a - b||₂ / ||b||₂ (b is the reference). */
function relativeL2(a: ArrayLike<number>, b: ArrayLike<number>): number {
  assert.is(a.length, b.length, 'sizes agree');
  let diff = 0;
  let scale = 0;
  for (let i = 0; i < a.length; i++) {
    diff += (a[i] - b[i]) ** 2;
    scale += b[i] ** 2;
  }
  return scale === 0 ? Math.sqrt(diff) : Math.sqrt(diff / scale);
}

/** max|a - b| / max|b| (b is the reference). */
function relativeError(a: ArrayLike<number>, b: ArrayLike<number>): number {
  assert.is(a.length, b.length, 'sizes agree');
  let diff = 0;
  let scale = 0;
  for (let i = 0; i < a.length; i++) {
    diff = Math.max(diff, Math.abs(a[i] - b[i]));
    scale = Math.max(scale, Math.abs(b[i]));
  }
  return scale === 0 ? diff : diff / scale;
}

/** A tfjs variable per mdlc parameter, holding a copy of its current value (same shapes: Dense kernels are [in, out]). */
function variablesFrom(session: CpuSession, prefix: string): Record<string, tf.Variable> {
  const vars: Record<string, tf.Variable> = {};
  for (const [path, t] of Object.entries(session.params)) vars[path] = tf.variable(tf.tensor(Float32Array.from(t.data), t.shape, 'float32'), true, `${prefix}/${path}`);
  return vars;
}

function f32(data: Float32Array, shape: number[]): Tensor {
  return { dtype: 'f32', shape, data };
}

function i32(data: Int32Array, shape: number[]): Tensor {
  return { dtype: 'i32', shape, data };
}



interface Trajectory {
  losses: { mdlc: number; tfjs: number }[];
  /** Per parameter path: the relative errors of the final weights, max-norm and 2-norm. */
  weights: Record<string, { max: number; l2: number }>;
  mdlcMs: number;
  tfjsMs: number;
}

/**
 * Trains the same model in mdlc and tfjs for the given batches: mdlc's train_step against
 * `optimizer.minimize(loss)` on variables copied from mdlc's initial parameters.
 */
function trainBoth(
  name: string,
  module: Module,
  data: Dataset[],
  feed: (d: Dataset) => Record<string, Tensor>,
  optimizer: tf.Optimizer,
  loss: (vars: Record<string, tf.Variable>, d: Dataset) => tf.Scalar,
): Trajectory {
  const session = new CpuSession(module);
  const vars = variablesFrom(session, name);
  const losses: Trajectory['losses'] = [];
  let mdlcMs = 0;
  let tfjsMs = 0;
  try {
    for (const d of data) {
      let t0 = performance.now();
      const mdlcLoss = session.trainStep(feed(d)).loss.data[0];
      mdlcMs += performance.now() - t0;
      t0 = performance.now();
      const l = optimizer.minimize(() => loss(vars, d), true, Object.values(vars));
      const tfjsLoss = l!.dataSync()[0];
      tfjsMs += performance.now() - t0;
      l!.dispose();
      losses.push({ mdlc: mdlcLoss, tfjs: tfjsLoss });
    }
    const weights: Trajectory['weights'] = {};
    for (const [path, v] of Object.entries(vars)) {
      const a = session.params[path].data;
      const b = v.dataSync();
      weights[path] = { max: relativeError(a, b), l2: relativeL2(a, b) };
    }
    return { losses, weights, mdlcMs, tfjsMs };
  } finally {
    for (const v of Object.values(vars)) v.dispose();
    optimizer.dispose();
  }
}

/** Prints the figures and asserts: every step's loss within TOLERANCE, final weights within TOLERANCE (2-norm) and `elementTolerance` (max-norm). */
function report(name: string, batch: number, r: Trajectory, elementTolerance: number): void {
  const lossErr = Math.max(...r.losses.map((l) => Math.abs(l.mdlc - l.tfjs) / Math.abs(l.tfjs)));
  const worst = (k: 'max' | 'l2') => Object.entries(r.weights).reduce((a, b) => (b[1][k] > a[1][k] ? b : a));
  const [maxPath, maxErr] = worst('max');
  const [l2Path, l2Err] = worst('l2');
  const first = r.losses[0];
  const last = r.losses[r.losses.length - 1];
  console.log(
    `  ${name}: ${r.losses.length} steps of batch ${batch}; loss ${first.tfjs.toFixed(4)} -> ${last.tfjs.toFixed(4)}; ` +
      `max loss rel. diff ${lossErr.toExponential(2)}; final weights rel. diff: max-norm ${maxErr.max.toExponential(2)} (${maxPath}), ` +
      `2-norm ${l2Err.l2.toExponential(2)} (${l2Path}); ` +
      `mdlc ${(r.mdlcMs / 1000).toFixed(1)} s, tfjs ${(r.tfjsMs / 1000).toFixed(1)} s`,
  );
  r.losses.forEach((l, i) => assert.ok(Math.abs(l.mdlc - l.tfjs) <= TOLERANCE * Math.abs(l.tfjs), `${name} step ${i + 1}: loss mdlc ${l.mdlc} vs tfjs ${l.tfjs}`));
  for (const [path, e] of Object.entries(r.weights)) {
    assert.ok(e.l2 <= TOLERANCE, `${name}: final ${path} differs by ${e.l2.toExponential(2)} (relative, 2-norm)`);
    assert.ok(e.max <= elementTolerance, `${name}: final ${path} differs by ${e.max.toExponential(2)} (relative, max-norm)`);
  }
  assert.ok(last.tfjs < first.tfjs, `${name}: the loss goes down over the ${r.losses.length} steps (${first.tfjs} -> ${last.tfjs})`);
}

test('mlp.model: 20 Adam steps on MNIST match tfjs (losses and final weights)', () => {
  // The spec's batch is 128; 64 keeps the file's runtime down on a 2-core machine (tfjs' CPU matmuls are slow).
  const batch = 64;
  const module = compile('mlp.model', batch);
  const mnist = loadMnist(STEPS * batch, { seed: 1 });
  const data = batches(mnist, Int32Array.from({ length: mnist.n }, (_, i) => i), batch, STEPS);
  const r = trainBoth(
    'mlp',
    module,
    data,
    (d) => ({ image: f32(d.features, [d.n, MNIST_PIXELS]), label: i32(d.labels, [d.n]) }),
    // specs/mlp.model: adam(lr=1e-3) with mdlc's defaults beta1 0.9, beta2 0.999, epsilon 1e-7 (Keras')
    tf.train.adam(1e-3, 0.9, 0.999, 1e-7),
    (v, d) => {
      const x = tf.tensor2d(d.features, [d.n, MNIST_PIXELS]);
      const h1 = tf.relu(dense(x, v['h1.kernel'], v['h1.bias']));
      const h2 = tf.relu(dense(h1, v['h2.kernel'], v['h2.bias']));
      return softmaxCrossEntropy(dense(h2, v['logits.kernel'], v['logits.bias']), d.labels, 10);
    },
  );
  report('mlp', batch, r, ADAM_ELEMENT_TOLERANCE);
});

test('iris.model: 20 SGD-momentum steps on Iris match tfjs (losses and final weights)', () => {
  const batch = 16; // the spec's
  const module = compile('iris.model', batch);
  const iris = loadIris();
  // a fresh seeded shuffle of all 150 rows per epoch; 20 batches of 16 span three epochs
  const random = seededRandom(42);
  const order = [...permutation(iris.n, random), ...permutation(iris.n, random), ...permutation(iris.n, random)];
  const data = batches(iris, order, batch, STEPS);
  const r = trainBoth(
    'iris',
    module,
    data,
    (d) => ({ measurements: f32(d.features, [d.n, 4]), species: i32(d.labels, [d.n]) }),
    // specs/iris.model: sgd(lr=0.05, momentum=0.9): buf = 0.9 buf + g; p -= 0.05 buf, as tfjs' MomentumOptimizer
    tf.train.momentum(0.05, 0.9),
    (v, d) => {
      const x = tf.tensor2d(d.features, [d.n, 4]);
      const hidden = tf.tanh(dense(x, v['hidden.kernel'], v['hidden.bias']));
      return softmaxCrossEntropy(dense(hidden, v['logits.kernel'], v['logits.bias']), d.labels, 3);
    },
  );
  report('iris', batch, r, TOLERANCE); // plain momentum SGD is linear in the gradient: no amplification
});




test('text-classifier.model: forward loss, probabilities and gradients match tfjs (batch 4, random tokens)', () => {
  const batch = 4;
  const seq = 64;
  const vocab = 2000;
  const module = compile('text-classifier.model', batch);
  const session = new CpuSession(module);
  const random = seededRandom(7);
  const ids = Int32Array.from({ length: batch * seq }, () => Math.floor(random() * vocab));
  const labels = Float32Array.from({ length: batch }, (_, i) => i % 2); // both classes present
  const feed = { tokens: i32(ids, [batch, seq]), label: f32(labels, [batch, 1]) };
  // tfjs copies of the initial weights, taken before train_step updates them
  const names = module.params.map((p) => p.path);
  const vars: Record<string, tf.Tensor> = {};
  for (const n of names) vars[n] = tf.tensor(Float32Array.from(session.params[n].data), session.params[n].shape, 'float32');

  const t0 = performance.now();
  const evaluated = session.evalStep(feed);
  const predicted = session.predict({ tokens: feed.tokens });
  // train_step's loss is on the weights before its update; Adam's first moment after one step is (1 - beta1) * grad
  const trained = session.trainStep(feed);
  const mdlcMs = performance.now() - t0;

  const t1 = performance.now();
  const idsT = tf.tensor2d(ids, [batch, seq], 'int32');
  const labelsT = tf.tensor2d(labels, [batch, 1]);
  const lossOf = (...ws: tf.Tensor[]) => {
    const v = Object.fromEntries(names.map((n, i) => [n, ws[i]]));
    return tf.losses.sigmoidCrossEntropy(labelsT, textClassifier(v, idsT, 2)) as tf.Scalar;
  };
  const { value, grads } = tf.valueAndGrads(lossOf)(names.map((n) => vars[n]));
  const tfjsLoss = value.dataSync()[0];
  const probability = tf.tidy(() => tf.sigmoid(textClassifier(vars, idsT, 2)));
  const tfjsProbability = probability.dataSync();
  const mdlcGrads: Record<string, Float32Array> = {};
  const tfjsGrads: Record<string, Float32Array> = {};
  names.forEach((n, i) => {
    mdlcGrads[n] = Float32Array.from(session.state[`${n}.m`].data, (x) => x / (1 - 0.9));
    tfjsGrads[n] = grads[i].dataSync() as Float32Array;
  });
  const tfjsMs = performance.now() - t1;
  tf.dispose([value, ...grads, ...Object.values(vars), idsT, labelsT, probability]);

  const evalLoss = evaluated.loss.data[0];
  const trainLoss = trained.loss.data[0];
  const lossErr = Math.abs(evalLoss - tfjsLoss) / Math.abs(tfjsLoss);
  const probErr = relativeError(predicted.probability.data, tfjsProbability);
  // The key bias shifts every score of a query row by the same q·b, which softmax cancels: its gradient is zero in
  // exact arithmetic, and what both sides compute is rounding noise. It must be negligible, not equal.
  const ZERO_GRADIENT = 'encoded.attn.key.bias';
  const maxAbs = (g: Float32Array) => g.reduce((m, x) => Math.max(m, Math.abs(x)), 0);
  const largest = Math.max(...Object.values(tfjsGrads).map(maxAbs));
  const noise = (g: Float32Array) => maxAbs(g) / largest;
  const gradErr: Record<string, number> = {};
  for (const n of names) if (n !== ZERO_GRADIENT) gradErr[n] = relativeError(mdlcGrads[n], tfjsGrads[n]);
  const worstGrad = Object.entries(gradErr).reduce((a, b) => (b[1] > a[1] ? b : a));
  console.log(
    `  text-classifier: loss mdlc ${evalLoss} vs tfjs ${tfjsLoss} (rel. diff ${lossErr.toExponential(2)}); ` +
      `probabilities ${probErr.toExponential(2)}; gradients max-norm ${worstGrad[1].toExponential(2)} (${worstGrad[0]}); ` +
      `key bias |g| / largest |g|: mdlc ${noise(mdlcGrads[ZERO_GRADIENT]).toExponential(1)}, tfjs ${noise(tfjsGrads[ZERO_GRADIENT]).toExponential(1)}; ` +
      `mdlc ${(mdlcMs / 1000).toFixed(1)} s, tfjs ${(tfjsMs / 1000).toFixed(1)} s`,
  );
  assert.ok(lossErr <= TOLERANCE, `eval_step loss: mdlc ${evalLoss} vs tfjs ${tfjsLoss}`);
  assert.ok(Math.abs(trainLoss - tfjsLoss) <= TOLERANCE * Math.abs(tfjsLoss), `train_step loss: mdlc ${trainLoss} vs tfjs ${tfjsLoss}`);
  assert.ok(probErr <= TOLERANCE, `predict probabilities differ by ${probErr}`);
  for (const [n, e] of Object.entries(gradErr)) assert.ok(e <= TOLERANCE, `gradient of ${n} differs by ${e.toExponential(2)} (relative, max-norm)`);
  assert.ok(noise(mdlcGrads[ZERO_GRADIENT]) <= 1e-5, `the key bias's gradient is rounding noise in mdlc`);
  assert.ok(noise(tfjsGrads[ZERO_GRADIENT]) <= 1e-5, `the key bias's gradient is rounding noise in tfjs`);
});

test.run();
