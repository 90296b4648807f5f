// RMSprop, Adagrad and Lion, the exponential and linear schedules, and the Huber, KL-divergence, cosine-similarity and
// binary focal losses against independent oracles: TensorFlow.js from the same weights on the same batches (its own
// optimizers and losses where it has them, the update or loss written out in tfjs ops from the definition where it
// has not), the closed forms in float64, central differences in float64, and the WebGPU device against the CPU.
import * as tf from '@tensorflow/tfjs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { losses } from '../compiler/check/training.js';
import type { LossKind, LossSpec, ResolvedArgs, Schedule } from '../compiler/check/types.js';
import { compileSource } from '../compiler/compile.js';
import { emitModule } from '../compiler/emit/emit.js';
import { grad } from '../compiler/ir/autodiff.js';
import { Builder } from '../compiler/ir/builder.js';
import { lowerSchedule } from '../compiler/ir/lower-optimizers.js';
import { lowerLoss } from '../compiler/ir/lower-training.js';
import { SourceFile } from '../core/diagnostic.js';
import type { Module, Program } from '../core/ir.js';
import { execute } from '../runtime/cpu/execute.js';
import { CpuSession } from '../runtime/cpu/session.js';
import type { Tensor } from '../runtime/cpu/tensor.js';
import { GpuSession } from '../runtime/gpu/session.js';
import { compareWithFiniteDifferences, describe, Rng, tensor, worst } from './helpers/finite-difference.js';
import { getTestDevice, releaseTestDevice } from './helpers/gpu.js';

tf.enableProdMode();

const BATCH = 16;
const STEPS = 12;

function compile(optimizer: string, loss = 'mse(y, t)'): Module {
  const text = `model opt\ninput x: f32[batch, 5]\ntarget t: f32[batch, 3]\nh = Dense(8, activation=tanh)(x)\ny = Dense(3)(h)\nloss ${loss}\noptimizer ${optimizer}\n`;
  const r = compileSource(new SourceFile('opt.model', text), { batch: BATCH });
  assert.ok(r.module, r.diagnostics.map((d) => d.message).join('; '));
  return r.module;
}

/** STEPS batches of x in [-1, 1) and targets in [-1, 1), the same on every side. */
function batches(seed: number): { x: Float32Array; t: Float32Array }[] {
  const rng = new Rng(seed);
  const fill = (n: number) => Float32Array.from({ length: n }, () => 2 * rng.next() - 1);
  return Array.from({ length: STEPS }, () => ({ x: fill(BATCH * 5), t: fill(BATCH * 3) }));
}

const feedsOf = (d: { x: Float32Array; t: Float32Array }): Record<string, Tensor> => ({
  x: { dtype: 'f32', shape: [BATCH, 5], data: d.x },
  t: { dtype: 'f32', shape: [BATCH, 3], data: d.t },
});

type Vars = Record<string, tf.Variable>;
const names = ['h.kernel', 'h.bias', 'y.kernel', 'y.bias'];

function tfLoss(v: Vars, d: { x: Float32Array; t: Float32Array }): tf.Scalar {
  const x = tf.tensor2d(d.x, [BATCH, 5]);
  const h = tf.tanh(tf.add(tf.matMul(x, v['h.kernel'] as tf.Tensor2D), v['h.bias']));
  const y = tf.add(tf.matMul(h as tf.Tensor2D, v['y.kernel'] as tf.Tensor2D), v['y.bias']);
  return tf.losses.meanSquaredError(tf.tensor2d(d.t, [BATCH, 3]), y) as tf.Scalar;
}

/** Trains mdlc (CPU executor) and a tfjs step function from the same initial weights; returns the worst final-weight difference. */
function trainBoth(module: Module, step: (v: Vars, d: { x: Float32Array; t: Float32Array }) => void): number {
  const session = new CpuSession(module);
  const vars: Vars = {};
  for (const n of names) vars[n] = tf.variable(tf.tensor(Float32Array.from(session.params[n].data), session.params[n].shape));
  const data = batches(7);
  const start = Object.fromEntries(names.map((n) => [n, Float32Array.from(session.params[n].data)]));
  for (const d of data) {
    session.trainStep(feedsOf(d));
    tf.tidy(() => step(vars, d));
  }
  let worstError = 0;
  for (const n of names) {
    const a = session.params[n].data;
    const b = vars[n].dataSync();
    let moved = 0;
    for (let i = 0; i < a.length; i++) {
      worstError = Math.max(worstError, Math.abs(a[i] - b[i]) / Math.max(1e-3, Math.abs(b[i])));
      moved = Math.max(moved, Math.abs(a[i] - start[n][i]));
    }
    assert.ok(moved > 1e-4, `${n} moved by ${moved}: the optimizer did nothing`);
  }
  for (const v of Object.values(vars)) v.dispose();
  return worstError;
}

const minimize = (opt: tf.Optimizer) => (v: Vars, d: { x: Float32Array; t: Float32Array }) => {
  opt.minimize(() => tfLoss(v, d), false, names.map((n) => v[n]));
};

test.before(async () => {
  await tf.setBackend('cpu');
});

test('rmsprop, rmsprop with momentum and centered, and adagrad give TensorFlow.js weights after 12 steps', () => {
  const cases: [string, tf.Optimizer][] = [
    // Keras' and TF.js' RMSprop agree: epsilon inside the root, sqrt(v + eps).
    ['rmsprop(lr=0.01)', tf.train.rmsprop(0.01, 0.9, 0, 1e-7, false)],
    ['rmsprop(lr=0.01, rho=0.8, momentum=0.5, epsilon=1e-6)', tf.train.rmsprop(0.01, 0.8, 0.5, 1e-6, false)],
    // TF.js' Adagrad adds its backend epsilon (1e-7 on the CPU backend) inside the root, as Keras does.
    ['adagrad(lr=0.05)', tf.train.adagrad(0.05, 0.1)],
    ['adagrad(lr=0.05, initial_accumulator_value=0.5)', tf.train.adagrad(0.05, 0.5)],
  ];
  for (const [spec, opt] of cases) {
    const e = trainBoth(compile(spec), minimize(opt));
    assert.ok(e < 1e-4, `${spec}: final weights differ from TF.js by ${e}`);
    opt.dispose();
  }
});

test('centered rmsprop gives the weights of Keras\' definition written in TensorFlow.js ops (TF.js\' own subtracts epsilon)', () => {
  // Keras: sqrt(v - mg² + eps). TF.js' centered RMSprop takes sqrt(v - (mg² + eps)), which is NaN once the variance
  // of a gradient falls below eps, so the oracle here is Keras' update in tfjs ops.
  const [lr, rho, mu, eps] = [0.01, 0.8, 0.5, 1e-6];
  const slots: Record<string, tf.Variable[]> = {};
  const e = trainBoth(compile(`rmsprop(lr=${lr}, rho=${rho}, momentum=${mu}, centered=true, epsilon=${eps})`), (v, d) => {
    const { grads } = tf.variableGrads(() => tfLoss(v, d), names.map((n) => v[n]));
    for (const n of names) {
      const g = grads[v[n].name];
      slots[n] ??= [0, 1, 2].map(() => tf.variable(tf.zerosLike(g)));
      const [ms, mg, mom] = slots[n];
      ms.assign(tf.add(tf.mul(ms, rho), tf.mul(tf.square(g), 1 - rho)));
      mg.assign(tf.add(tf.mul(mg, rho), tf.mul(g, 1 - rho)));
      mom.assign(tf.add(tf.mul(mom, mu), tf.div(tf.mul(g, lr), tf.sqrt(tf.add(tf.sub(ms, tf.square(mg)), eps)))));
      v[n].assign(tf.sub(v[n], mom));
    }
  });
  assert.ok(e < 1e-4, `centered rmsprop: final weights differ from TF.js by ${e}`);
  for (const x of Object.values(slots).flat()) x.dispose();
});

test('lion gives the weights of its definition written in TensorFlow.js ops after 12 steps', () => {
  for (const [b1, b2, lr] of [[0.9, 0.99, 1e-3], [0.5, 0.9, 3e-3]]) {
    const m: Record<string, tf.Variable> = {};
    const e = trainBoth(compile(`lion(lr=${lr}, beta1=${b1}, beta2=${b2})`), (v, d) => {
      const { grads } = tf.variableGrads(() => tfLoss(v, d), names.map((n) => v[n]));
      for (const n of names) {
        const g = grads[v[n].name];
        m[n] ??= tf.variable(tf.zerosLike(g));
        v[n].assign(tf.sub(v[n], tf.mul(lr, tf.sign(tf.add(tf.mul(m[n], b1), tf.mul(g, 1 - b1))))));
        m[n].assign(tf.add(tf.mul(m[n], b2), tf.mul(g, 1 - b2)));
      }
    });
    // Lion's steps are ±lr whatever the gradient's size, so a weight agrees to rounding or, where a sign flips on
    // rounding noise (the momentum crossing 0), by 2 lr; none does here, and the bound says so.
    assert.ok(e < 1e-4, `lion beta1=${b1}: final weights differ from TF.js by ${e}`);
    for (const x of Object.values(m)) x.dispose();
  }
});

test('the exponential and linear schedules follow Keras ExponentialDecay and PolynomialDecay(power=1) in float64', () => {
  const schedules: [Schedule, (s: number) => number][] = [
    [{ kind: 'exponential', lr: 0.1, steps: 10, rate: 0.5, staircase: false }, (s) => 0.1 * 0.5 ** (s / 10)],
    [{ kind: 'exponential', lr: 0.1, steps: 10, rate: 0.5, staircase: true }, (s) => 0.1 * 0.5 ** Math.floor(s / 10)],
    [{ kind: 'linear', lr: 0.1, steps: 30, end_lr: 1e-4 }, (s) => (0.1 - 1e-4) * (1 - Math.min(s, 30) / 30) + 1e-4],
    [{ kind: 'warmup', steps: 5, after: { kind: 'linear', lr: 0.1, steps: 30, end_lr: 0 } }, (s) => (s < 5 ? (0.1 * (s + 1)) / 5 : 0.1 * (1 - Math.min(s - 5, 30) / 30))],
  ];
  const steps = Array.from({ length: 50 }, (_, i) => i);
  for (const [schedule, want] of schedules) {
    const b = new Builder(false);
    const step = b.input('step', 'f32', [steps.length]);
    const lr = lowerSchedule(b, schedule, step);
    const p: Program = { name: 'predict', nodes: b.nodes, outputs: [{ name: 'lr', node: lr }], updates: [] };
    const got = execute(p, { inputs: { step: tensor('f32', [steps.length], steps) }, params: {}, state: {} }, { precision: 'f64' }).outputs.lr.data;
    steps.forEach((s) => assert.ok(Math.abs(got[s] - want(s)) <= 1e-12, `${JSON.stringify(schedule)} at step ${s}: ${got[s]}, want ${want(s)}`));
  }
});

test('adamw(decay_exclude=[bias, norm]) decays kernels and embeddings, and leaves biases and LayerNorm gamma and beta to Adam', () => {
  const spec = (opt: string) =>
    `model decay\ninput ids: i32[batch, 3]\ntarget t: f32[batch, 3, 2]\ne = Embedding(10, 4)(ids)\nh = LayerNorm()(Dense(4)(e))\ny = Dense(2)(h)\nloss mse(y, t)\noptimizer ${opt}\n`;
  const run = (opt: string) => {
    const r = compileSource(new SourceFile('decay.model', spec(opt)), { batch: 2 });
    assert.ok(r.module, r.diagnostics.map((d) => d.message).join('; '));
    const session = new CpuSession(r.module);
    const before = Object.fromEntries(Object.entries(session.params).map(([k, v]) => [k, Float32Array.from(v.data)]));
    const rng = new Rng(9);
    session.trainStep({
      ids: { dtype: 'i32', shape: [2, 3], data: Int32Array.from({ length: 6 }, () => Math.floor(10 * rng.next())) },
      t: { dtype: 'f32', shape: [2, 3, 2], data: Float32Array.from({ length: 12 }, () => rng.next()) },
    });
    return { before, after: session.params };
  };
  const [lr, wd] = [0.01, 0.5];
  const adam = run(`adam(lr=${lr})`);
  const adamw = run(`adamw(lr=${lr}, weight_decay=${wd}, decay_exclude=[bias, norm])`);
  const decayed = ['e.embeddings', 'h_dense.kernel', 'y.kernel'];
  const kept = ['h_dense.bias', 'h.gamma', 'h.beta', 'y.bias'];
  assert.equal(Object.keys(adam.after).sort(), [...decayed, ...kept].sort());
  for (const path of [...decayed, ...kept]) {
    const w0 = adam.before[path];
    const a = adam.after[path].data;
    const w = adamw.after[path].data;
    // One step from the same weights: AdamW is Adam's step less lr · wd · w, or Adam's step alone for an excluded parameter.
    const decay = decayed.includes(path) ? lr * wd : 0;
    for (let i = 0; i < w.length; i++) assert.ok(Math.abs(w[i] - (a[i] - decay * w0[i])) <= 1e-6 * Math.max(1, Math.abs(a[i])), `${path}[${i}]: adamw ${w[i]}, adam ${a[i]}, w0 ${w0[i]}`);
  }
});

/** The loss's arguments with its schema's defaults, overridden by `args`. */
function lossSpec(kind: LossKind, args: ResolvedArgs = {}): LossSpec {
  const defaults = Object.fromEntries(losses[kind].args.flatMap((a) => (a.default === undefined ? [] : [[a.name, a.default]])));
  return { kind, prediction: 0, target: 0, args: { ...defaults, ...args }, sparse: false, span: { start: 0, end: 0 } };
}

const rows = 6;
const width = 4;
const rng = new Rng(3);
const signed = Array.from({ length: rows * width }, () => 4 * rng.next() - 2);
/** Rows of probabilities (softmax of random logits) for the KL divergence. */
function distributions(seed: number): number[] {
  const r = new Rng(seed);
  return Array.from({ length: rows }, () => {
    const e = Array.from({ length: width }, () => Math.exp(3 * r.next()));
    const s = e.reduce((a, b) => a + b, 0);
    return e.map((v) => v / s);
  }).flat();
}
const labels = Array.from({ length: rows * width }, () => (rng.next() < 0.3 ? 1 : 0));
/** One-hot rows over `width` classes, row r of class 3r mod width. */
const oneHotRows = Array.from({ length: rows }, (_, r) => Array.from({ length: width }, (_, k) => (k === (r * 3) % width ? 1 : 0))).flat();

/** Binary focal cross-entropy of logits in float64, from Keras' definition. */
function focalOracle(logits: number[], z: number[], gamma: number, alpha: number | undefined, classWeights?: number[]): number {
  const terms = logits.map((x, i) => {
    const p = 1 / (1 + Math.exp(-x));
    const bce = -(z[i] * Math.log(p) + (1 - z[i]) * Math.log(1 - p));
    const pt = z[i] * p + (1 - z[i]) * (1 - p);
    const w = alpha === undefined ? 1 : z[i] * alpha + (1 - z[i]) * (1 - alpha);
    return (classWeights?.[i] ?? 1) * w * (1 - pt) ** gamma * bce;
  });
  return terms.reduce((a, b) => a + b, 0) / terms.length;
}

interface LossCase {
  name: string;
  spec: LossSpec;
  pred: number[];
  target: number[];
  /** The loss on the same values: TF.js where it has the loss, else the float64 formula. */
  oracle: () => number;
}

const lossCases: LossCase[] = [
  { name: 'huber', spec: lossSpec('huber'), pred: signed, target: signed.map((v, i) => (i % 3) - 1 + 0.3 * v), oracle: () => tfScalar(() => tf.losses.huberLoss(t2(lossCases[0].target), t2(signed), undefined, 1)) },
  { name: 'huber delta=0.5', spec: lossSpec('huber', { delta: 0.5 }), pred: signed, target: signed.map((v) => -0.5 * v), oracle: () => tfScalar(() => tf.losses.huberLoss(t2(signed.map((v) => -0.5 * v)), t2(signed), undefined, 0.5)) },
  { name: 'kl_divergence', spec: lossSpec('kl_divergence'), pred: distributions(5), target: distributions(6), oracle: () => tfScalar(() => tfKl(t2(distributions(6)), t2(distributions(5)))) },
  { name: 'cosine_similarity', spec: lossSpec('cosine_similarity'), pred: signed, target: signed.map((v, i) => v + ((i * 7) % 5) - 2), oracle: () => tfScalar(() => tf.mean(tf.metrics.cosineProximity(t2(signed.map((v, i) => v + ((i * 7) % 5) - 2)), t2(signed)))) },
  { name: 'binary_focal_cross_entropy', spec: lossSpec('binary_focal_cross_entropy'), pred: signed, target: labels, oracle: () => focalOracle(signed, labels, 2, undefined) },
  { name: 'binary_focal_cross_entropy balanced gamma=1.5', spec: lossSpec('binary_focal_cross_entropy', { gamma: 1.5, apply_class_balancing: true, alpha: 0.3 }), pred: signed, target: labels, oracle: () => focalOracle(signed, labels, 1.5, 0.3) },
  { name: 'binary_focal_cross_entropy gamma=0 is binary cross-entropy', spec: lossSpec('binary_focal_cross_entropy', { gamma: 0 }), pred: signed, target: labels, oracle: () => tfScalar(() => tf.losses.sigmoidCrossEntropy(t2(labels), t2(signed))) },
  {
    name: 'cross_entropy class_weight',
    spec: lossSpec('cross_entropy', { class_weight: [1, 3, 0.5, 2] }),
    pred: signed,
    target: oneHotRows,
    // TF.js' weighted reduction (sum of weighted losses over the count of non-zero weights) is Keras' class_weight here.
    oracle: () => tfScalar(() => tf.losses.softmaxCrossEntropy(t2(oneHotRows), t2(signed), tf.tensor1d(Array.from({ length: rows }, (_, r) => [1, 3, 0.5, 2][(r * 3) % width])))),
  },
  { name: 'binary_cross_entropy class_weight', spec: lossSpec('binary_cross_entropy', { class_weight: [1, 4] }), pred: signed, target: labels, oracle: () => tfScalar(() => tf.losses.sigmoidCrossEntropy(t2(labels), t2(signed), t2(labels.map((z) => (z ? 4 : 1))))) },
  {
    name: 'binary_focal_cross_entropy class_weight',
    spec: lossSpec('binary_focal_cross_entropy', { class_weight: [0.5, 3] }),
    pred: signed,
    target: labels,
    oracle: () => focalOracle(signed, labels, 2, undefined, labels.map((z) => (z ? 3 : 0.5))),
  },
];

/** Keras' KL divergence in TF.js ops (TF.js exports none): both sides clipped into [1e-7, 1], sum(t · log(t / p)) per row, mean. */
function tfKl(t: tf.Tensor, p: tf.Tensor): tf.Tensor {
  const tc = tf.clipByValue(t, 1e-7, 1);
  const pc = tf.clipByValue(p, 1e-7, 1);
  return tf.mean(tf.sum(tf.mul(tc, tf.log(tf.div(tc, pc))), -1));
}

function t2(v: number[]): tf.Tensor2D {
  return tf.tensor2d(v, [rows, width]);
}
function tfScalar(f: () => tf.Tensor): number {
  return tf.tidy(() => f().dataSync()[0]);
}

/** The loss of `c` on its prediction (a parameter, for the gradient) and target, as a forward and a gradient program. */
function lossPrograms(c: LossCase): { forward: Program; full: Program; feeds: { inputs: Record<string, Tensor>; params: Record<string, Tensor>; state: Record<string, Tensor> } } {
  const b = new Builder(false);
  const pred = b.param('pred', [rows, width], { kind: 'zeros', args: {} });
  const target = b.input('target', 'f32', [rows, width]);
  const w = b.input('w', 'f32', [rows]);
  const loss = lowerLoss(b, c.spec, pred, target, [], w);
  const forward: Program = { name: 'train_step', nodes: b.nodes.slice(0, loss + 1), outputs: [{ name: 'loss', node: loss }], updates: [] };
  const [g] = grad(b, loss, [pred]);
  const full: Program = { name: 'train_step', nodes: b.nodes, outputs: [{ name: 'loss', node: loss }, { name: 'grad', node: g }], updates: [] };
  const feeds = {
    inputs: { target: tensor('f32', [rows, width], c.target), w: tensor('f32', [rows], new Array<number>(rows).fill(1)) },
    params: { pred: tensor('f32', [rows, width], c.pred) },
    state: {},
  };
  return { forward, full, feeds };
}

/** Whether a case's oracle is the float64 formula (TF.js has no focal loss) rather than TF.js. */
function usesFormula(c: LossCase): boolean {
  return c.name.includes('focal') && !c.name.includes('gamma=0');
}

for (const c of lossCases) {
  test(`${c.name}: the loss matches ${usesFormula(c) ? 'its definition in float64' : 'TensorFlow.js'}, its gradient central differences in float64`, () => {
    const { forward, full, feeds } = lossPrograms(c);
    const out = execute(full, feeds, { precision: 'f64' }).outputs;
    const want = c.oracle();
    // TF.js computes in float32: 1e-6 relative; the float64 formulas agree to 1e-12.
    const tol = usesFormula(c) ? 1e-12 : 1e-6;
    assert.ok(Math.abs(out.loss.data[0] - want) <= tol * Math.max(1, Math.abs(want)), `${c.name}: mdlc ${out.loss.data[0]}, oracle ${want}`);
    const entries = Array.from({ length: rows * width }, (_, index) => ({ param: 'pred', index }));
    const check = worst(compareWithFiniteDifferences(forward, feeds, 'loss', { pred: out.grad }, entries));
    assert.ok(check && check.error < 1e-6, describe(check));
  });
}

test('on the WebGPU device, three steps of each new optimizer and loss give the CPU executor\'s losses and weights', async () => {
  const handle = await getTestDevice();
  if (!handle) return;
  const specs: [string, string][] = [
    ['rmsprop(lr=0.01, momentum=0.5, centered=true)', 'huber(y, t)'],
    ['adagrad(lr=0.05)', 'kl_divergence(softmax(y), softmax(t))'],
    ['lion(lr=exponential(1e-3, steps=2, rate=0.5))', 'cosine_similarity(y, t)'],
    ['adamw(lr=linear(1e-2, steps=2), decay_exclude=[bias])', 'binary_focal_cross_entropy(y, t, apply_class_balancing=true)'],
  ];
  for (const [optimizer, loss] of specs) {
    const module = compile(optimizer, loss);
    const backend = emitModule(module, { text: 'opt.model' });
    const gpu = await GpuSession.create(handle.device, backend.artifact);
    const cpu = new CpuSession(module);
    try {
      for (const d of batches(11).slice(0, 3)) {
        // Focal loss needs targets in [0, 1]; the others take any.
        const feeds = feedsOf(loss.startsWith('binary') ? { x: d.x, t: d.t.map((v) => (v > 0 ? 1 : 0)) } : d);
        const g = await gpu.run('train_step', { x: feeds.x.data as Float32Array, t: feeds.t.data as Float32Array });
        const c = cpu.trainStep(feeds);
        assert.ok(Math.abs(g.loss[0] - c.loss.data[0]) <= 1e-5 * Math.max(1, Math.abs(c.loss.data[0])), `${optimizer} / ${loss}: loss GPU ${g.loss[0]}, CPU ${c.loss.data[0]}`);
      }
      const params = await gpu.readParams();
      for (const n of names) {
        const a = params[n];
        const b = cpu.params[n].data;
        for (let i = 0; i < a.length; i++) assert.ok(Math.abs(a[i] - b[i]) <= 1e-5 * Math.max(1e-2, Math.abs(b[i])), `${optimizer} / ${loss}: ${n}[${i}] GPU ${a[i]}, CPU ${b[i]}`);
      }
    } finally {
      gpu.destroy();
    }
  }
});

test.after(() => releaseTestDevice());

test.run();
