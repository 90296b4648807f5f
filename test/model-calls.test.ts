// A Model's calls, one at a time: overlapping predicts and a predict or evaluate during fit give the results of the
// same calls made in turn (WebGPU and CPU); a second fit or a trainStep during fit is a ModelBusyError; a disposed
// model says so on every method; every bad option of fit, evaluate and predict is a ModelOptionError naming it.
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compileModel, loadDataFor } from '../node/api.js';
import { type Dataset, take } from '../runtime/data/dataset.js';
import { type Model, ModelBusyError, ModelDisposedError, ModelOptionError } from '../runtime/model.js';
import { getTestDevice, releaseTestDevice } from './helpers/gpu.js';
import { repoRoot } from './helpers/repo.js';

const spec = join(repoRoot, 'specs/iris.model');
const config = join(repoRoot, 'examples/data/iris.json');
const cpu = { backend: 'cpu' as const, warn: () => {} };

const head = (d: Dataset, from: number, n: number) => take(d, Int32Array.from({ length: n }, (_, i) => from + i));
const same = (a: Float32Array | Int32Array, b: Float32Array | Int32Array, what: string) => assert.ok(Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength)), what);

/** Rejects with an error of `type` whose message holds `text`. */
async function rejects(p: Promise<unknown> | (() => unknown), type: new (...a: never[]) => Error, text: string): Promise<Error> {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (e) {
    assert.instance(e, type, `${(e as Error).name}: ${(e as Error).message}`);
    assert.match((e as Error).message, text);
    return e as Error;
  }
  assert.unreachable(`no ${type.name} (${text})`);
  throw new Error('unreachable');
}

/** A model on each engine there is: the CPU executor, and WebGPU when an adapter exists. */
async function engines(): Promise<{ name: string; make: () => Promise<Model> }[]> {
  const handle = await getTestDevice();
  const out = [{ name: 'cpu', make: () => compileModel(spec, cpu) }];
  if (handle) out.push({ name: 'webgpu', make: () => compileModel(spec, { backend: 'webgpu', device: handle.device, warn: () => {} }) });
  return out;
}

test('two predicts at once give what two predicts in turn give (every engine)', async () => {
  for (const e of await engines()) {
    const model = await e.make();
    const data = loadDataFor(model, config, repoRoot);
    const a = head(data.train, 0, 50);
    const b = head(data.train, 50, 37);
    const inTurn = [await model.predict(a), await model.predict(b)];
    const atOnce = await Promise.all([model.predict(a), model.predict(b), model.predict(a)]);
    same(atOnce[0].logits, inTurn[0].logits, `${e.name}: first`);
    same(atOnce[1].logits, inTurn[1].logits, `${e.name}: second`);
    same(atOnce[2].logits, inTurn[0].logits, `${e.name}: third`);
    // evaluate and getWeights overlapping a predict too.
    const [ev, w, p] = await Promise.all([model.evaluate(a), model.getWeights(), model.predict(b)]);
    assert.equal(ev, await model.evaluate(a), e.name);
    same(w['hidden.kernel'], (await model.getWeights())['hidden.kernel'], e.name);
    same(p.logits, inTurn[1].logits, e.name);
    model.dispose();
  }
});

test('predict and evaluate during fit run between its steps and leave its training as it would have been', async () => {
  for (const e of await engines()) {
    const reference = await e.make();
    const data = loadDataFor(reference, config, repoRoot);
    const expected = await reference.fit(data.train, { epochs: 3 });
    const model = await e.make();
    const seen: Promise<unknown>[] = [];
    const fitting = model.fit(data.train, {
      epochs: 3,
      // Calls made from a callback and not awaited: they queue behind the step in flight and before the next one.
      onStep: ({ step }) => void (step % 3 === 0 && seen.push(model.predict(data.test!), model.evaluate(data.test!))),
      onEpoch: async () => void (await model.predict(data.test!)),
    });
    // And calls made from outside while fit runs.
    seen.push(model.predict(data.test!), model.evaluate(data.test!), model.getWeights());
    const result = await fitting;
    await Promise.all(seen);
    assert.equal(result.history.map((h) => [h.loss, h.metrics]), expected.history.map((h) => [h.loss, h.metrics]), e.name);
    const [a, b] = [await reference.getWeights(), await model.getWeights()];
    for (const k of Object.keys(a)) same(a[k], b[k], `${e.name}: ${k}`);
    // A predict issued during fit sees the weights of some step: after fit, the same call gives the final weights' answer.
    same((await model.predict(data.test!)).logits, (await reference.predict(data.test!)).logits, e.name);
    reference.dispose();
    model.dispose();
  }
});

test('a second fit, trainStep, resetting the training sums or a full restore during fit are a ModelBusyError', async () => {
  const model = await compileModel(spec, cpu);
  const data = loadDataFor(model, config, repoRoot);
  const fitting = model.fit(data.train, { epochs: 2 });
  await rejects(model.fit(data.train, { epochs: 1 }), ModelBusyError, 'fit cannot run while iris is in fit: a model trains one fit at a time');
  const batch = [...(await import('../runtime/data/dataset.js')).batches(data.train, model.batchSize)][0];
  await rejects(model.trainStep(batch), ModelBusyError, 'trainStep cannot run while iris is in fit');
  await rejects(model.resetMetrics(), ModelBusyError, 'resetMetrics cannot run while iris is in fit');
  await rejects(model.restore('/nonexistent.safetensors'), ModelBusyError, 'restore cannot run while iris is in fit');
  const ckpt = await model.checkpoint({ epoch: 0, seed: 42 });
  await rejects(() => model.restoreCheckpoint(ckpt), ModelBusyError, 'it would replace the optimizer state');
  await model.resetMetrics('eval');
  await fitting;
  // Once fit has returned, they run.
  await model.trainStep(batch);
  model.restoreCheckpoint(ckpt);
  model.dispose();
});

test('a disposed model says so, naming itself, on every method; dispose during fit stops fit at its next step', async () => {
  const model = await compileModel(spec, cpu);
  const data = loadDataFor(model, config, repoRoot);
  const ckpt = await model.checkpoint({ epoch: 0, seed: 42 });
  model.dispose();
  model.dispose(); // a second dispose is harmless
  assert.ok(model.disposed);
  const batch = { feeds: { measurements: new Float32Array(64), species: new Int32Array(16) } };
  const calls: [string, () => unknown][] = [
    ['fit', () => model.fit(data.train)],
    ['evaluate', () => model.evaluate(data.test!)],
    ['predict', () => model.predict(data.test!)],
    ['trainStep', () => model.trainStep(batch)],
    ['readMetrics', () => model.readMetrics()],
    ['resetMetrics', () => model.resetMetrics('eval')],
    ['getWeights', () => model.getWeights()],
    ['setWeights', () => model.setWeights({})],
    ['checkpoint', () => model.checkpoint({ epoch: 0, seed: 1 })],
    ['save', () => model.save('/tmp/never.safetensors', { epoch: 0, seed: 1 })],
    ['restore', () => model.restore('/tmp/never.safetensors')],
    ['restoreCheckpoint', () => model.restoreCheckpoint(ckpt)],
    ['dataset', () => model.dataset({ measurements: [1, 2, 3, 4] })],
  ];
  for (const [name, call] of calls) {
    const e = (await rejects(call, ModelDisposedError, `${name}: iris was disposed`)) as ModelDisposedError;
    assert.equal([e.model, e.call], ['iris', name]);
  }
  for (const e of await engines()) {
    const fitted = await e.make();
    const fitting = fitted.fit(data.train, { epochs: 5, readEvery: 3, onStep: ({ epoch, step }) => void (epoch === 1 && step === 2 && fitted.dispose()) });
    await rejects(fitting, ModelDisposedError, 'fit: iris was disposed');
    assert.is(fitted.step, 8 + 2, e.name);
    // A call made before dispose but not yet started is refused too; one in progress finishes first.
    const other = await e.make();
    const running = other.predict(data.train);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const waiting = other.predict(data.test!);
    other.dispose();
    await rejects(waiting, ModelDisposedError, 'predict: iris was disposed');
    assert.is((await running).logits.length, data.train.size * 3, e.name);
  }
});

test('every bad option of fit, evaluate and predict is a ModelOptionError naming the option and the value', async () => {
  const model = await compileModel(spec, cpu);
  const data = loadDataFor(model, config, repoRoot);
  const bad: [Record<string, unknown>, string][] = [
    [{ epochs: -1 }, "'epochs' must be a whole number from 0, got -1"],
    [{ epochs: 2.5 }, "'epochs' must be a whole number from 0, got 2.5"],
    [{ epochs: '3' }, `'epochs' must be a whole number from 0, got "3"`],
    [{ batchSize: 0 }, "'batchSize' must be a whole number from 1, got 0"],
    [{ batchSize: 32 }, 'this model was compiled for batch size 16, not 32: compile again with that batch size'],
    [{ validationSplit: -0.5 }, "'validationSplit' must be a fraction from 0 up to (not including) 1, got -0.5"],
    [{ validationSplit: 1 }, "'validationSplit' must be a fraction from 0 up to (not including) 1, got 1"],
    [{ validationSplit: NaN }, "'validationSplit' must be a fraction"],
    [{ initialEpoch: -1 }, "'initialEpoch' must be a whole number from 0"],
    [{ initialStep: 1.5 }, "'initialStep' must be a whole number from 0"],
    [{ initialStep: 8 }, "'initialStep' must be below the 8 steps of an epoch, got 8"],
    [{ shuffle: 'yes' }, `'shuffle' must be true or false, got "yes"`],
    [{ seed: -1 }, "'seed' must be a whole number from 0 to 4294967295, got -1"],
    [{ seed: 2 ** 32 }, "'seed' must be a whole number from 0 to 4294967295, got 4294967296"],
    [{ readEvery: 0 }, "'readEvery' must be a whole number from 1, got 0"],
    [{ onStep: 'log' }, `'onStep' must be a function, got "log"`],
    [{ onEpoch: {} }, "'onEpoch' must be a function, got an object"],
    [{ onEpochStart: 1 }, "'onEpochStart' must be a function, got 1"],
    [{ signal: true }, "'signal' must be an AbortSignal, got true"],
    [{ validation: 5 }, "'validation' must be a Dataset or feeds by name, got 5"],
    [{ epoch: 3 }, "'epoch' is not an option of fit (did you mean 'epochs'?)"],
    [{ verbose: 0 }, "'verbose' is not an option of fit (its options are: 'epochs'"],
    [{ earlyStopping: true }, "'earlyStopping' must be { monitor, patience, minDelta?, restoreBestWeights? }, got true"],
    [{ earlyStopping: { monitor: 'val-loss', patience: 2 } }, `'earlyStopping.monitor' must be 'loss' or 'val_loss', got "val-loss" (did you mean 'val_loss'?)`],
    [{ earlyStopping: { monitor: 'accuracy', patience: 2 } }, `'earlyStopping.monitor' must be 'loss' or 'val_loss', got "accuracy"`],
    [{ earlyStopping: { monitor: 'loss', patience: -1 } }, "'earlyStopping.patience' must be a whole number from 0, got -1"],
    [{ earlyStopping: { monitor: 'loss', patience: 1, minDelta: -0.1 } }, "'earlyStopping.minDelta' must be a finite number from 0, got -0.1"],
    [{ earlyStopping: { monitor: 'loss', patience: 1, restoreBestWeight: true } }, "'earlyStopping.restoreBestWeight' is not an option of fit (did you mean 'restoreBestWeights'?)"],
    [{ earlyStopping: { monitor: 'loss' } }, "earlyStopping needs 'patience' (a whole number from 0)"],
    [{ earlyStopping: { patience: 1 } }, "earlyStopping needs 'monitor' ('loss' or 'val_loss')"],
  ];
  for (const [options, text] of bad) {
    const e = (await rejects(model.fit(data.train, options as never), ModelOptionError, `fit: ${text}`)) as ModelOptionError;
    assert.is(e.call, 'fit');
    assert.instance(e, RangeError);
  }
  await rejects(model.fit(data.train, 5 as never), ModelOptionError, 'fit: options must be an object, got 5');
  // The defaults fit falls back to are checked too.
  model.defaults.epochs = -3;
  await rejects(model.fit(data.train), ModelOptionError, "fit: 'epochs' (model.defaults.epochs) must be a whole number from 0, got -3");
  model.defaults.epochs = 1;
  for (const call of ['evaluate', 'predict'] as const) {
    const run = (o: unknown) => model[call](data.test!, o as never);
    await rejects(run({ batchSize: 0 }), ModelOptionError, `${call}: 'batchSize' must be a whole number from 1, got 0`);
    await rejects(run({ batchSize: 8 }), ModelOptionError, `${call}: this model was compiled for batch size 16, not 8`);
    await rejects(run({ batchsize: 16 }), ModelOptionError, `${call}: 'batchsize' is not an option of ${call} (did you mean 'batchSize'?)`);
    await run({ batchSize: 16 });
  }
  await rejects(model.readMetrics('val' as never), ModelOptionError, `readMetrics: which sums: 'train' or 'eval', got "val"`);
  assert.is(model.step, 0, 'no bad option took a step');
  // Good options still work, with undefined meaning "not given".
  const r = await model.fit(data.train, { epochs: 1, validation: undefined, initialStep: undefined, earlyStopping: { monitor: 'loss', patience: 0 } });
  assert.is(r.history.length, 1);
  // Validation data may be plain feeds, as the training data may.
  const feeds = { measurements: Array.from(data.test!.columns.measurements.data), species: Array.from(data.test!.columns.species.data) };
  const v = await model.fit(data.train, { epochs: 1, validation: feeds });
  assert.equal(v.history[0].val, await model.evaluate(data.test!));
  model.dispose();
});

test('compileModel refuses a negative learning rate and a batch size of 0 with the checker\'s diagnostics', async () => {
  for (const [options, text] of [
    [{ lr: -1 }, 'lr'],
    [{ batchSize: 0 }, 'batch_size'],
  ] as const) {
    try {
      await compileModel(spec, { ...cpu, ...options });
      assert.unreachable(`compileModel accepted ${JSON.stringify(options)}`);
    } catch (e) {
      assert.is((e as Error).name, 'SpecError', (e as Error).stack);
      assert.match((e as Error).message, text);
      assert.not.match((e as Error).message, 'internal');
    }
  }
});

test.after(() => releaseTestDevice());
test.run();
