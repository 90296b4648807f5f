// The library API a program imports (`mdlc`): compileModel / loadModel / loadDataFor, and Model's fit (callbacks,
// validation split, early stopping, AbortSignal), evaluate, predict on plain arrays, trainStep, metrics on request,
// weights by name, checkpoints. Runs on the CPU executor so it needs no GPU; the WebGPU path of the same API is
// exercised on real data by gpu-real-data.test.ts.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compileModel, loadDataFor, loadModel, SpecError } from '../node/api.js';
import { take } from '../runtime/data/dataset.js';
import type { EpochResult } from '../runtime/model.js';
import { repoRoot, runCli } from './helpers/repo.js';

const tmp = mkdtempSync(join(tmpdir(), 'mdlc-library-'));
const spec = join(repoRoot, 'specs/iris.model');
const config = join(repoRoot, 'examples/data/iris.json');
const quiet = { backend: 'cpu' as const, warn: (m: string) => assert.unreachable(`unexpected warning: ${m}`) };

test('fit trains with a validation split, calls back per step and per epoch, and evaluate/predict agree with it', async () => {
  const model = await compileModel(spec, quiet);
  assert.equal(model.settings, { epochs: 100, batchSize: 16, seed: 42, shuffle: true, validationSplit: 0 });
  const data = loadDataFor(model, config);
  const steps: number[] = [];
  const epochs: EpochResult[] = [];
  const { history, stopped } = await model.fit(data.train, { epochs: 40, validationSplit: 0.25, onStep: (s) => steps.push(s.step), onEpoch: (r) => void epochs.push(r) });
  assert.is(stopped, 'completed');
  assert.is(history.length, 40);
  assert.equal(epochs, history);
  // 120 training rows, a quarter held out: 90 rows, 6 steps of 16 per epoch.
  assert.is(history[0].steps, 6);
  assert.is(steps.length, 40 * 6);
  assert.equal(steps.slice(0, 7), [1, 2, 3, 4, 5, 6, 1]);
  assert.is(model.step, 240);
  assert.ok(history[39].loss < history[0].loss / 3, `training loss ${history[0].loss} -> ${history[39].loss}`);
  assert.ok(history.every((h) => h.val !== undefined && Number.isFinite(h.val.loss)));
  assert.ok(history[39].val!.metrics.accuracy >= 0.85, `validation accuracy ${history[39].val!.metrics.accuracy}`);
  // evaluate() on the test part and predict() on the same rows give the same accuracy.
  const test = data.test!;
  const evaluated = await model.evaluate(test);
  const logits = (await model.predict(test)).logits as Float32Array;
  const labels = test.columns.species.data;
  let correct = 0;
  for (let r = 0; r < test.size; r++) {
    const row = Array.from(logits.subarray(r * 3, r * 3 + 3));
    if (row.indexOf(Math.max(...row)) === labels[r]) correct++;
  }
  assert.is(evaluated.metrics.accuracy, correct / test.size);
  model.dispose();
});

test('early stopping, an AbortSignal, and a batch size the model was not compiled for', async () => {
  const model = await compileModel(spec, quiet);
  const data = loadDataFor(model, config);
  const early = await model.fit(data.train, { epochs: 10, earlyStopping: { monitor: 'loss', patience: 1, minDelta: 1e9 } });
  assert.is(early.stopped, 'early-stopping');
  assert.is(early.history.length, 2);
  // restoreBestWeights: the weights after stopping are those of the best epoch, not of the last one.
  const watched = await compileModel(spec, quiet);
  const snapshots: Record<string, Float32Array>[] = [];
  const losses: number[] = [];
  const r = await watched.fit(data.train, {
    epochs: 30,
    validation: data.test,
    earlyStopping: { monitor: 'val_loss', patience: 2, minDelta: 0.05, restoreBestWeights: true },
    onEpoch: async (e) => {
      losses.push(e.val!.loss);
      snapshots.push(await watched.getWeights());
    },
  });
  assert.is(r.stopped, 'early-stopping');
  // The best epoch by the rule: the last one that improved on the best so far by more than minDelta.
  let best = Infinity;
  let bestEpoch = -1;
  losses.forEach((l, i) => {
    if (l < best - 0.05) {
      best = l;
      bestEpoch = i;
    }
  });
  assert.is(losses.length, bestEpoch + 3, `val losses ${losses.join(', ')}`);
  const restored = await watched.getWeights();
  for (const k of Object.keys(restored)) assert.ok(Buffer.from(restored[k].buffer).equals(Buffer.from(snapshots[bestEpoch][k].buffer)), k);
  watched.dispose();
  const controller = new AbortController();
  const before = model.step;
  const aborted = await model.fit(data.train, { epochs: 10, signal: controller.signal, onStep: ({ step }) => step === 3 && controller.abort() });
  assert.is(aborted.stopped, 'aborted');
  assert.is(model.step - before, 3);
  await model.fit(data.train, { epochs: 1, batchSize: 32 }).then(
    () => assert.unreachable('fit accepted another batch size'),
    (e: Error) => assert.match(e.message, 'compile again with that batch size'),
  );
  model.dispose();
});

test('an aborted fit saved mid-epoch resumes (initialEpoch, initialStep) to the weights of an uninterrupted fit, bit for bit', async () => {
  const straight = await compileModel(spec, quiet);
  const data = loadDataFor(straight, config);
  await straight.fit(data.train, { epochs: 3 });
  const first = await compileModel(spec, quiet);
  const controller = new AbortController();
  const stop = await first.fit(data.train, { epochs: 3, signal: controller.signal, onStep: ({ epoch, step }) => epoch === 1 && step === 3 && controller.abort() });
  assert.equal([stop.stopped, stop.epoch, stop.stepInEpoch], ['aborted', 1, 3]);
  const path = join(tmp, 'mid-epoch.safetensors');
  await first.save(path, { epoch: stop.epoch, stepInEpoch: stop.stepInEpoch, seed: 42 });
  const second = await compileModel(spec, quiet);
  const ckpt = await second.restore(path);
  assert.equal([ckpt.meta.epoch, ckpt.meta.stepInEpoch, second.step], [1, 3, 8 + 3]);
  const rest = await second.fit(data.train, { epochs: 3, initialEpoch: ckpt.meta.epoch, initialStep: ckpt.meta.stepInEpoch });
  assert.equal(rest.history.map((h) => h.epoch), [1, 2]);
  const a = await straight.getWeights();
  const b = await second.getWeights();
  for (const k of Object.keys(a)) assert.ok(Buffer.from(a[k].buffer).equals(Buffer.from(b[k].buffer)), k);
  // The interrupted epoch's loss counts its steps from before the interruption too (its sums were in the checkpoint).
  const reference = await compileModel(spec, quiet);
  const full = await reference.fit(data.train, { epochs: 3 });
  assert.is(rest.history[0].loss, full.history[1].loss);
  for (const m of [straight, first, second, reference]) m.dispose();
});

test('trainStep checks its feeds on every engine', async () => {
  const model = await compileModel(spec, quiet);
  await model.trainStep({ feeds: { measurements: new Float32Array(8 * 4), species: new Int32Array(8) } }).then(
    () => assert.unreachable(),
    (e: Error) => assert.match(e.message, "train_step: 'measurements' holds 32 values but one batch of f32[16, 4] is 64 (the model was compiled for batch size 16)"),
  );
  await model.trainStep({ feeds: { measurements: new Float32Array(64) } }).then(
    () => assert.unreachable(),
    (e: Error) => assert.match(e.message, "train_step needs 'species' (i32[16]); the batch has 'measurements'"),
  );
  await model.trainStep({ feeds: { measurements: new Float32Array(64), species: new Float32Array(16) } }).then(
    () => assert.unreachable(),
    (e: Error) => assert.match(e.message, "'species' is i32[16] but was given a Float32Array"),
  );
  assert.is(model.step, 0);
  model.dispose();
});

test('predict takes plain nested arrays; bad feeds are refused with what the model needs', async () => {
  const model = await compileModel(spec, quiet);
  const data = loadDataFor(model, config);
  const rows = take(data.test!, [0, 1, 2, 3, 4]);
  const measurements = rows.columns.measurements.data as Float32Array;
  const nested = Array.from({ length: 5 }, (_, r) => Array.from(measurements.subarray(r * 4, r * 4 + 4)));
  const fromDataset = await model.predict(rows);
  const fromArrays = await model.predict({ measurements: nested });
  assert.equal(Array.from(fromArrays.logits), Array.from(fromDataset.logits));
  assert.is(fromArrays.logits.length, 15);
  await model.predict({ image: nested }).then(
    () => assert.unreachable(),
    (e: Error) => assert.match(e.message, "iris needs 'measurements' (f32[batch, 4])"),
  );
  await model.predict({ measurements: [1, 2, 3] }).then(
    () => assert.unreachable(),
    (e: Error) => assert.match(e.message, "'measurements' holds 3 values, which is not a whole number of samples of shape [4]"),
  );
  model.dispose();
});

test('weights by name, trainStep with metrics read on request, and a checkpoint round trip', async () => {
  const model = await compileModel(spec, quiet);
  const data = loadDataFor(model, config);
  const weights = await model.getWeights();
  assert.equal(Object.keys(weights), ['hidden.kernel', 'hidden.bias', 'logits.kernel', 'logits.bias']);
  // A zero output kernel makes every row's logits equal the output bias.
  model.setWeights({ 'logits.kernel': new Float32Array(weights['logits.kernel'].length), 'logits.bias': [1, 2, 3] });
  const out = (await model.predict(take(data.test!, [0, 1]))).logits;
  assert.equal(Array.from(out), [1, 2, 3, 1, 2, 3]);
  assert.throws(() => model.setWeights({ 'logits.kernal': [1] }), /'logits.kernal' is not a parameter of iris; its parameters are hidden.kernel/);
  assert.throws(() => model.setWeights({ 'logits.bias': [1, 2] }), /has shape \[3\] \(3 values\), got 2 values/);
  model.setWeights(weights);
  // One step on a full batch: the loss it returns is the loss summed on the device, read back on request.
  await model.resetMetrics();
  const batch = take(data.train, Array.from({ length: 16 }, (_, i) => i));
  const loss = await model.trainStep({ feeds: { measurements: batch.columns.measurements.data, species: batch.columns.species.data } });
  const sums = await model.readMetrics();
  assert.ok(Math.abs(sums.loss - loss!) <= 1e-6 * Math.abs(loss!), `${sums.loss} vs ${loss}`);
  assert.ok(sums.metrics.accuracy >= 0 && sums.metrics.accuracy <= 1);
  // save / restore into a fresh model gives the same weights and step.
  const path = join(tmp, 'new-folder', 'iris.safetensors'); // a missing folder is made
  await model.save(path, { epoch: 0, seed: 0 });
  const again = await compileModel(spec, quiet);
  await again.restore(path);
  assert.is(again.step, 1);
  const a = await model.getWeights();
  const b = await again.getWeights();
  for (const k of Object.keys(a)) assert.ok(Buffer.from(a[k].buffer).equals(Buffer.from(b[k].buffer)), k);
  model.dispose();
  again.dispose();
});

test('loadModel runs an artifact folder on the CPU from its program.ir.json, like the spec compiled in-process', async () => {
  const dir = join(tmp, 'artifact');
  assert.is(runCli(['compile', 'specs/iris.model', '-o', dir]).code, 0);
  const loaded = await loadModel(dir, quiet);
  const compiled = await compileModel(spec, quiet);
  const data = loadDataFor(compiled, config);
  assert.equal(loaded.tensors.map((t) => [t.name, t.role, t.dtype, t.shape]), [
    ['measurements', 'input', 'f32', [4]],
    ['species', 'target', 'i32', []],
  ]);
  assert.equal(loaded.metricNames, ['accuracy', 'precision', 'recall', 'f1']);
  const a = await loaded.predict(data.test!);
  const b = await compiled.predict(data.test!);
  assert.equal(Array.from(a.logits), Array.from(b.logits));
  loaded.dispose();
  compiled.dispose();
});

test('loadModel in a fresh process does all compileModel does: fit on loadDataFor data with the spec\'s settings, evaluate, predict, checkpoints with the spec', async () => {
  const dir = join(tmp, 'fresh');
  assert.is(runCli(['compile', 'specs/iris.model', '-o', dir]).code, 0);
  // Another Node process that knows nothing but the artifact folder (and the data config): no spec, no compiler.
  const script = `
    import { loadModel, loadDataFor, loadCheckpoint } from ${JSON.stringify(pathToFileURL(join(repoRoot, 'dist/node/index.js')).href)};
    const model = await loadModel(${JSON.stringify(dir)}, { backend: 'cpu', warn: (m) => { throw new Error(m); } });
    const data = loadDataFor(model, ${JSON.stringify(config)});
    const { history } = await model.fit(data.train);
    const evaluated = await model.evaluate(data.test);
    const logits = Array.from((await model.predict(data.test)).logits);
    await model.save(${JSON.stringify(join(tmp, 'fresh.safetensors'))}, { epoch: history.length, seed: model.settings.seed });
    const spec = (await loadCheckpoint(${JSON.stringify(join(tmp, 'fresh.safetensors'))})).meta.spec;
    const weights = Object.fromEntries(Object.entries(await model.getWeights()).map(([k, v]) => [k, Array.from(v)]));
    console.log(JSON.stringify({ settings: model.settings, tensors: model.tensors, metricNames: model.metricNames, classes: data.info.classes, losses: history.map((h) => h.loss), evaluated, logits, spec, weights }));
    model.dispose();
  `;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 120_000 });
  assert.is(child.status, 0, child.stderr);
  const fresh = JSON.parse(child.stdout) as Record<string, unknown>;
  // The same, compiled in this process.
  const model = await compileModel(spec, quiet);
  const data = loadDataFor(model, config);
  const { history } = await model.fit(data.train);
  assert.equal(fresh.settings, { epochs: 100, batchSize: 16, seed: 42, shuffle: true, validationSplit: 0 });
  assert.equal(fresh.settings, model.settings);
  assert.equal(fresh.tensors, [
    { name: 'measurements', dtype: 'f32', shape: [4], role: 'input' },
    { name: 'species', dtype: 'i32', shape: [], role: 'target', classes: 3 },
  ]);
  assert.equal(fresh.tensors, model.tensors);
  assert.equal(fresh.metricNames, model.metricNames);
  assert.equal(fresh.classes, data.info.classes);
  assert.equal(fresh.classes, { species: ['setosa', 'versicolor', 'virginica'] });
  assert.equal(fresh.losses, history.map((h) => h.loss));
  assert.equal(fresh.evaluated, await model.evaluate(data.test!));
  assert.equal(fresh.logits, Array.from((await model.predict(data.test!)).logits));
  const weights = await model.getWeights();
  assert.equal(fresh.weights, Object.fromEntries(Object.entries(weights).map(([k, v]) => [k, Array.from(v)])));
  assert.is(fresh.spec, readFileSync(spec, 'utf8'));
  model.dispose();
});

test('batchSize, seed and lr are overrides the checker sees: a bad one is a command-line diagnostic pointing at the spec', async () => {
  const seeded = await compileModel(spec, { ...quiet, seed: 7, batchSize: 8, lr: 0.01 });
  assert.equal([seeded.settings.seed, seeded.batchSize, seeded.artifact.manifest.seed], [7, 8, 7]);
  const same = await compileModel(spec, { ...quiet, set: { 'train.seed': 7, 'train.batch_size': 8, 'optimizer.lr': 0.01 } });
  assert.is(same.artifact.manifest.programHash, seeded.artifact.manifest.programHash);
  seeded.dispose();
  same.dispose();
  for (const [options, message] of [
    [{ batchSize: 0 }, 'train.batch_size=0: `batch_size` of train must be >= 1, but it is 0'],
    [{ lr: -1 }, 'optimizer.lr=-1: `lr` of sgd must be > 0, but it is -1'],
    [{ seed: 1.5 }, 'train.seed=1.5: `seed` of train must be an integer, but this is the number 1.5'],
    [{ set: { 'train.epoch': 3 } }, 'train.epoch=3: train has no setting `epoch`'],
  ] as const) {
    await compileModel(spec, { ...quiet, ...options }).then(
      () => assert.unreachable(`accepted ${JSON.stringify(options)}`),
      (e: unknown) => {
        assert.instance(e, SpecError);
        const d = (e as SpecError).diagnostics.find((x) => x.commandLine);
        assert.ok(d, (e as Error).message);
        assert.is(d!.message, message);
        assert.match((e as Error).message, `command line: error ${d!.code}: ${message}`);
      },
    );
  }
  // Where the spec sets the value, the diagnostic says so (iris.model sets batch_size on line 13).
  const e = (await compileModel(spec, { ...quiet, batchSize: 0 }).catch((x: unknown) => x)) as SpecError;
  assert.match(e.message, 'specs/iris.model:13:');
  assert.match(e.message, 'the spec sets `batch_size` here');
});

test("'mdlc/runtime' imports no Node module statically, so browsers can load it", () => {
  const seen = new Set<string>();
  const found: string[] = [];
  const walk = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/gm)) {
      if (m[1].startsWith('node:')) found.push(`${file}: ${m[1]}`);
      else if (m[1].startsWith('.')) walk(resolve(dirname(file), m[1]));
    }
  };
  walk(join(repoRoot, 'dist/runtime/index.js'));
  assert.ok(seen.size > 10, `walked ${seen.size} files`);
  assert.equal(found, []);
});

test('a spec with errors is a SpecError that renders file:line:col', async () => {
  const source = 'model broken\ninput x: f32[batch, 4]\noutput y = Dense(3)(z)\n';
  await compileModel('broken.model', { ...quiet, source }).then(
    () => assert.unreachable('compiled a broken spec'),
    (e: unknown) => {
      assert.instance(e, SpecError);
      assert.match((e as SpecError).message, 'broken.model:3:21');
      assert.ok((e as SpecError).diagnostics.length > 0);
    },
  );
});

test.run();
