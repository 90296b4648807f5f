// mdlc export --pytorch against mdlc itself, with Debian's PyTorch: each shipped spec's (and five coverage specs') generated forward equals the CPU
// executor from the same perturbed weights; 10 steps of the generated training loop give the executor's losses and weights;
// torch.distributed (gloo, 2 processes started with torchrun's environment) trains the MNIST MLP on a slice, and its checkpoint
// loads into mdlc eval, predict and train --resume with the accuracy of a one-process run. All torch work in 4 processes.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileModel, exportToPyTorch, loadCheckpoint, loadData, type Model } from '../node/index.js';
import { decodeSafetensors, encodeSafetensors, type SafetensorsTensor } from '../runtime/safetensors.js';
import { type Dataset, shuffledOrder } from '../runtime/data/dataset.js';
import { freePort, python, run, torchMissing, writeNpy } from './helpers/python.js';
import { repoRoot, runCliAsync } from './helpers/repo.js';

const missing = torchMissing();
if (missing && process.env.CI === 'true') throw new Error(`PyTorch tests need torch in CI: ${missing}`);

const driver = join(repoRoot, 'test/python/pytorch_check.py');
const B = 4;
const STEPS = 10;

/**
 * The shipped specs; dropout set to 0 where a spec has it, so the training loops draw no masks (PyTorch's would differ),
 * and char-gpt with a context of 16 characters instead of 64, so that its 10 steps on the CPU executor take seconds.
 */
const cases: { spec: string; path?: string; set?: Record<string, number>; edit?: (t: string) => string }[] = [
  { spec: 'mlp' },
  { spec: 'iris' },
  { spec: 'autoencoder' },
  { spec: 'text-classifier' },
  { spec: 'cnn', edit: (t) => t.replace('Dropout(0.25)', 'Dropout(0)') },
  { spec: 'char-gpt', set: { dropout: 0, context: 16 } },
  { spec: 'names-gpt' },
  { spec: 'cnn-batchnorm', edit: (t) => t.replace('Dropout(0.25)', 'Dropout(0)') },
  // Beyond the shipped specs: every other layer, function, operator, optimizer and schedule, and most losses.
  ...['conv-zoo', 'function-zoo', 'attention-zoo', 'dense-zoo', 'sgd-zoo', 'norm-zoo'].map((spec) => ({ spec, path: `test/fixtures/pytorch/${spec}.model` })),
];

/** Seeded uniform numbers in [0, 1) (a small LCG: the tests need the same values every run, not good randomness). */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** `rows` random rows for every input and target of a model: ids below the vocabulary or class count, binary labels for a sigmoid loss. */
function rowsFor(model: Model, rows: number, rand: () => number): Dataset {
  const binary = /binary_(focal_)?cross_entropy/.test(model.spec);
  const columns: Dataset['columns'] = {};
  for (const t of model.tensors) {
    const n = rows * t.shape.reduce((a, b) => a * b, 1);
    if (t.dtype === 'i32') {
      const top = t.vocab ?? t.classes ?? 2;
      columns[t.name] = { dtype: 'i32', shape: t.shape, data: Int32Array.from({ length: n }, () => Math.floor(rand() * top)) };
    } else columns[t.name] = { dtype: 'f32', shape: t.shape, data: Float32Array.from({ length: n }, () => (t.role === 'target' && binary ? (rand() < 0.5 ? 1 : 0) : rand())) };
  }
  return { size: rows, columns };
}

function tensorsOf(d: Dataset, prefix = ''): Record<string, SafetensorsTensor> {
  return Object.fromEntries(Object.entries(d.columns).map(([k, c]) => [prefix + k, { dtype: c.dtype === 'i32' ? 'I32' : 'F32', shape: [d.size, ...c.shape], data: c.data } as SafetensorsTensor]));
}

/** Largest |a - b| over the largest |b| (a relative error that small entries near zero do not inflate). */
function relative(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let diff = 0;
  let scale = 1e-6;
  for (let i = 0; i < b.length; i++) {
    diff = Math.max(diff, Math.abs(a[i] - b[i]));
    scale = Math.max(scale, Math.abs(b[i]));
  }
  return diff / scale;
}

interface Prepared {
  name: string;
  dir: string;
  outputs: Record<string, Float32Array | Int32Array>;
  losses: number[];
  trained: Model;
  compile: () => Promise<Model>;
}

const work = mkdtempSync(join(tmpdir(), 'mdlc-pytorch-'));
const prepared: Prepared[] = [];
let torchResult: Record<string, number[]> = {};
/** Wall time of the PyTorch processes (the budget is about a minute on the 2-core reference machine). */
let torchSeconds = 0;

async function prepare(c: (typeof cases)[number], index: number): Promise<Prepared> {
  const specPath = join(repoRoot, c.path ?? `specs/${c.spec}.model`);
  const source = (c.edit ?? ((t: string) => t))(readFileSync(specPath, 'utf8'));
  const options = { backend: 'cpu' as const, source, batchSize: B, set: c.set, warn: () => undefined };
  const compile = () => compileModel(specPath, options);
  const dir = join(work, c.spec);
  mkdirSync(dir, { recursive: true });
  // Non-trivial weights: the spec's initial ones moved by up to ±0.05, so biases, betas and gammas are not 0 and 1.
  const model = await compile();
  const rand = random(1000 + index);
  const weights = await model.getWeights();
  model.setWeights(Object.fromEntries(Object.entries(weights).map(([k, w]) => [k, w.map((v) => v + (rand() - 0.5) * 0.1)])));
  const start = join(dir, 'start.safetensors');
  await model.save(start, { epoch: 0, seed: 1 });
  await exportToPyTorch(specPath, { out: join(dir, 'export'), checkpoint: start, source, set: c.set, batchSize: B });
  const inputs = rowsFor(model, B, rand);
  writeFileSync(join(dir, 'inputs.safetensors'), encodeSafetensors(tensorsOf(inputs)));
  const outputs = await model.predict(inputs);
  const batches = Array.from({ length: STEPS }, () => rowsFor(model, B, rand));
  writeFileSync(join(dir, 'batches.safetensors'), encodeSafetensors(Object.assign({}, ...batches.map((b, i) => tensorsOf(b, `${i}/`)))));
  const losses: number[] = [];
  for (const b of batches) losses.push((await model.trainStep({ feeds: Object.fromEntries(Object.entries(b.columns).map(([k, col]) => [k, col.data])) }))!);
  return { name: c.spec, dir, outputs, losses, trained: model, compile };
}

test.before(async () => {
  if (missing) {
    console.log(`  NOTICE: PyTorch export tests skipped: ${missing}`);
    return;
  }
  for (const [i, c] of cases.entries()) prepared.push(await prepare(c, i));
  const jobs = prepared.map((p) => ({ name: p.name, dir: join(p.dir, 'export'), inputs: join(p.dir, 'inputs.safetensors'), batches: join(p.dir, 'batches.safetensors'), steps: STEPS, out: p.dir }));
  writeFileSync(join(work, 'jobs.json'), JSON.stringify(jobs));
  const started = performance.now();
  const r = await run(python, [driver, join(work, 'jobs.json')], { timeoutMs: 300_000, env: { ...process.env, OMP_NUM_THREADS: '1' } });
  torchSeconds += (performance.now() - started) / 1000;
  assert.ok(!r.timedOut && r.code === 0, `the PyTorch driver failed (code ${r.code}${r.timedOut ? ', timed out' : ''}):\n${r.stderr.slice(-4000)}`);
  torchResult = JSON.parse(r.stdout.trim().split("\n").pop()!);
});

test.after(() => {
  for (const p of prepared) p.trained.dispose();
  rmSync(work, { recursive: true, force: true });
});

for (const c of cases) {
  test(`${c.spec}: the generated module's forward equals the CPU executor from the same weights`, () => {
    if (missing) return;
    const p = prepared.find((x) => x.name === c.spec)!;
    const torchOut = decodeSafetensors(readFileSync(join(p.dir, 'outputs.safetensors'))).tensors;
    assert.equal(Object.keys(torchOut).sort(), Object.keys(p.outputs).sort());
    for (const [name, want] of Object.entries(p.outputs)) {
      const got = torchOut[name].data;
      assert.is(got.length, want.length, name);
      const err = relative(got, want);
      assert.ok(err < 1e-5, `${c.spec} output ${name}: relative difference ${err.toExponential(2)}`);
    }
  });

  test(`${c.spec}: ${STEPS} steps of the generated training loop give the CPU executor's losses, weights and optimizer state`, async () => {
    if (missing) return;
    const p = prepared.find((x) => x.name === c.spec)!;
    const losses = torchResult[c.spec];
    assert.is(losses.length, STEPS);
    losses.forEach((l, i) => assert.ok(Math.abs(l - p.losses[i]) <= 1e-4 * Math.abs(p.losses[i]), `${c.spec} step ${i + 1}: PyTorch ${l}, mdlc ${p.losses[i]}`));
    // The loop's checkpoint (weights, optimizer slots, step) is a full checkpoint of the same compilation for mdlc.
    const back = await p.compile();
    try {
      const ckpt = await back.restore(join(p.dir, 'trained.safetensors'));
      assert.is(back.step, STEPS);
      const want = await p.trained.checkpoint({ epoch: 0, seed: 1 });
      // An attention key bias adds the same amount to every score of a query, which softmax cancels: its gradient is 0
      // but for rounding, which Adam-like optimizers scale up to steps of size lr. Its values are noise on both sides.
      const noise = (path: string) => /\.key\.bias(\.|$)/.test(path);
      for (const [path, w] of Object.entries(want.params)) if (!noise(path)) assert.ok(relative(ckpt.params[path], w) < 1e-3, `${c.spec} parameter ${path}: relative difference ${relative(ckpt.params[path], w).toExponential(2)}`);
      for (const [path, s] of Object.entries(want.state))
        if (!/^(train|eval)\./.test(path) && !noise(path)) assert.ok(relative(ckpt.state[path], s) < 1e-3, `${c.spec} state ${path}: relative difference ${relative(ckpt.state[path], s).toExponential(2)}`);
    } finally {
      back.dispose();
    }
  });
}

test("train.py draws mdlc's row order of an epoch (the seeded shuffle of mdlc train)", () => {
  if (missing) return;
  assert.equal(torchResult.order, [...shuffledOrder(1000, 1234, 3)]);
});

/** The data config of the MNIST slice the distributed test writes, for the test after it. */
let slice = '';

/** The first `n` rows of a dataset. */
function head(d: Dataset, n: number): Dataset {
  return { size: n, columns: Object.fromEntries(Object.entries(d.columns).map(([k, c]) => [k, { ...c, data: c.data.slice(0, n * c.shape.reduce((a, b) => a * b, 1)) }])) };
}

/** Held-out accuracy of a checkpoint by `mdlc eval` (CPU executor). */
async function evalAccuracy(ckpt: string, config: string): Promise<number> {
  const r = await runCliAsync(['eval', 'specs/mlp.model', '--checkpoint', ckpt, '--data', config, '--backend', 'cpu', '--json']);
  assert.is(r.code, 0, r.stderr);
  return (JSON.parse(r.stdout.trim().split('\n').pop()!) as { accuracy: number }).accuracy;
}

test('torch.distributed (gloo, 2 processes) trains the MNIST MLP on a slice; its checkpoint loads into mdlc eval, predict and train --resume, with the accuracy of one process', async () => {
  if (missing) return;
  const dir = join(work, 'ddp');
  const mlp = await compileModel(join(repoRoot, 'specs/mlp.model'), { backend: 'cpu', warn: () => undefined });
  const mnist = loadData('mnist', mlp.tensors);
  mlp.dispose();
  // 1,024 training and 512 held-out digits of mdlc's MNIST split, as NumPy files a data config names.
  const parts = { train: head(mnist.train, 1024), test: head(mnist.test!, 512) };
  const sources: Record<string, { npy: Record<string, string> }> = {};
  for (const [part, d] of Object.entries(parts)) {
    mkdirSync(join(dir, part), { recursive: true });
    sources[part] = { npy: {} };
    for (const [name, c] of Object.entries(d.columns)) {
      writeNpy(join(dir, part, `${name}.npy`), c.data, [d.size, ...c.shape]);
      sources[part].npy[name] = join(dir, part, `${name}.npy`);
    }
  }
  const config = join(dir, 'data.json');
  writeFileSync(config, JSON.stringify({ sources }));
  slice = config;
  const exported = await exportToPyTorch(join(repoRoot, 'specs/mlp.model'), { out: join(dir, 'export'), data: config });
  assert.equal(exported.rows, { train: 1024, test: 512 });
  const trainPy = join(dir, 'export', 'train.py');
  // Gloo on the loopback interface, whatever the host name resolves to.
  const env = (rank: number, world: number, port: number) => ({ ...process.env, OMP_NUM_THREADS: '1', GLOO_SOCKET_IFNAME: 'lo', RANK: String(rank), LOCAL_RANK: String(rank), WORLD_SIZE: String(world), MASTER_ADDR: '127.0.0.1', MASTER_PORT: String(port) });
  // torchrun's contract by hand (Debian's torchrun fails on Python 3.11); train.py reads only these variables.
  // The two ranks take a few seconds; a run that hangs (seen twice in full suites on this machine, never alone, cause
  // not found) is killed and tried once more on a fresh port, and the flake is reported.
  const started = performance.now();
  const attempt = async () => {
    const port = await freePort();
    return Promise.all([
      run(python, [trainPy, '--epochs', '2', '--out', join(dir, 'two')], { env: env(0, 2, port), timeoutMs: 150_000 }),
      run(python, [trainPy, '--epochs', '2', '--out', join(dir, 'two')], { env: env(1, 2, port), timeoutMs: 150_000 }),
    ]);
  };
  let ranks = await attempt();
  if (ranks.some((r) => r.timedOut)) {
    console.log('  torch.distributed: the 2-process run hung; trying once more on a fresh port');
    ranks = await attempt();
  }
  const single = await run(python, [trainPy, '--epochs', '2', '--out', join(dir, 'one')], { env: { ...process.env, OMP_NUM_THREADS: '1' }, timeoutMs: 150_000 });
  const runs = [...ranks, single];
  torchSeconds += (performance.now() - started) / 1000;
  for (const r of runs) assert.ok(r.code === 0 && !r.timedOut, `train.py failed (code ${r.code}${r.timedOut ? ', timed out' : ''}):\n${r.stderr.slice(-3000)}`);
  assert.match(runs[0].stderr, /over 2 process\(es\) \(gloo\)/);
  const two = await evalAccuracy(join(dir, 'two', 'checkpoint.safetensors'), config);
  const one = await evalAccuracy(join(dir, 'one', 'checkpoint.safetensors'), config);
  console.log(`  MNIST MLP, 1,024 digits, 2 epochs: held-out accuracy ${(two * 100).toFixed(2)}% with 2 processes (gloo), ${(one * 100).toFixed(2)}% with one`);
  assert.ok(two > 0.75, `2 processes reach ${two} held-out accuracy`);
  assert.ok(Math.abs(two - one) <= 0.005, `held-out accuracy: 2 processes ${two}, one process ${one}`);
  const predicted = await runCliAsync(['predict', 'specs/mlp.model', '--checkpoint', join(dir, 'two', 'checkpoint.safetensors'), '--data', config, '--backend', 'cpu', '-o', join(dir, 'predictions.csv')]);
  assert.is(predicted.code, 0, predicted.stderr);
  assert.is(readFileSync(join(dir, 'predictions.csv'), 'utf8').trim().split('\n').length, 513);
  // The optimizer state and step came along: mdlc continues the run from epoch 2.
  const resumed = await runCliAsync(['train', 'specs/mlp.model', '--data', config, '--resume', join(dir, 'two', 'checkpoint.safetensors'), '--epochs', '3', '--backend', 'cpu', '-o', join(dir, 'resumed'), '--json']);
  assert.is(resumed.code, 0, resumed.stderr);
  assert.match(resumed.stderr, /resumed from .* after epoch 2 \(step 16 in all\)/);
});

test("an mdlc checkpoint's optimizer state, step and epoch carry over: train.py continues a run as mdlc train --resume does", async () => {
  if (missing) return;
  assert.ok(slice, 'the distributed test wrote the data');
  const dir = join(work, 'continue');
  const first = await runCliAsync(['train', 'specs/mlp.model', '--data', slice, '--epochs', '1', '--backend', 'cpu', '-o', join(dir, 'mdlc-1')]);
  assert.is(first.code, 0, first.stderr);
  const ckpt = join(dir, 'mdlc-1', 'checkpoint.safetensors');
  await exportToPyTorch(join(repoRoot, 'specs/mlp.model'), { out: join(dir, 'export'), checkpoint: ckpt, data: slice });
  const started = performance.now();
  const [torchRun, mdlcRun] = await Promise.all([
    run(python, [join(dir, 'export', 'train.py'), '--resume', join(dir, 'export', 'init.safetensors'), '--epochs', '2', '--out', join(dir, 'torch-2')], { env: { ...process.env, OMP_NUM_THREADS: '1' }, timeoutMs: 300_000 }),
    runCliAsync(['train', 'specs/mlp.model', '--data', slice, '--resume', ckpt, '--epochs', '2', '--backend', 'cpu', '-o', join(dir, 'mdlc-2')]),
  ]);
  torchSeconds += (performance.now() - started) / 1000;
  assert.ok(torchRun.code === 0 && !torchRun.timedOut, torchRun.stderr.slice(-3000));
  assert.is(mdlcRun.code, 0, mdlcRun.stderr);
  const torch2 = await loadCheckpoint(join(dir, 'torch-2', 'checkpoint.safetensors'));
  const mdlc2 = await loadCheckpoint(join(dir, 'mdlc-2', 'checkpoint.safetensors'));
  assert.equal([torch2.meta.epoch, torch2.meta.step], [mdlc2.meta.epoch, mdlc2.meta.step]);
  for (const [path, w] of Object.entries(mdlc2.params)) assert.ok(relative(torch2.params[path], w) < 1e-3, `parameter ${path}: relative difference ${relative(torch2.params[path], w).toExponential(2)}`);
  for (const [path, v] of Object.entries(mdlc2.state)) if (/\.(m|v)$/.test(path)) assert.ok(relative(torch2.state[path], v) < 1e-3, `state ${path}: relative difference ${relative(torch2.state[path], v).toExponential(2)}`);
  console.log(`  PyTorch processes ${torchSeconds.toFixed(1)} s in all`);
});

test.run();
