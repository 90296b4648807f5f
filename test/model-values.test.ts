// The values a Model is given, checked before any step runs and the same on every engine (CPU executor and WebGPU):
// NaN and infinite inputs and targets, class ids outside the class count and token ids outside the vocabulary are a
// NonFiniteInputError or IdOutOfRangeError (both DataErrors) naming the call, tensor, sample, element and value; the
// weights and step counter are untouched. (A GPU trained on silently through NaN inputs before this check.)
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compileModel, loadDataFor } from '../node/api.js';
import { batches, type Dataset, take } from '../runtime/data/dataset.js';
import { DataError } from '../runtime/data/errors.js';
import { IdOutOfRangeError, type Model, NonFiniteInputError } from '../runtime/model.js';
import { getTestDevice, releaseTestDevice } from './helpers/gpu.js';
import { repoRoot } from './helpers/repo.js';

const iris = join(repoRoot, 'specs/iris.model');
const config = join(repoRoot, 'examples/data/iris.json');
// Token ids into an Embedding of 10 rows, two classes.
const tinyText = `model tiny_text
input  tokens: i32[batch, 4]
target label: i32[batch]
e = Embedding(10, 3)(tokens)
p = mean(e, axis=1)
output logits = Dense(2)(p)
loss      cross_entropy(logits, label)
optimizer sgd(lr=0.1)
train     batch_size=4, epochs=1, seed=1
`;

const copy = (d: Dataset): Dataset => take(d, Int32Array.from({ length: d.size }, (_, i) => i));

async function backends(): Promise<{ name: string; options: Parameters<typeof compileModel>[1] }[]> {
  const handle = await getTestDevice();
  const out: { name: string; options: Parameters<typeof compileModel>[1] }[] = [{ name: 'cpu', options: { backend: 'cpu', warn: () => {} } }];
  if (handle) out.push({ name: 'webgpu', options: { backend: 'webgpu', device: handle.device, warn: () => {} } });
  return out;
}

async function refused<E extends Error>(p: Promise<unknown>, type: new (...a: never[]) => E, text: string): Promise<E> {
  try {
    await p;
  } catch (e) {
    assert.instance(e, type, `${(e as Error).name}: ${(e as Error).message}`);
    assert.instance(e, DataError);
    assert.match((e as Error).message, text);
    return e as E;
  }
  assert.unreachable(`accepted: wanted ${text}`);
  throw new Error('unreachable');
}

/** The weights and step, to show a refused call changed nothing. */
async function snapshot(model: Model): Promise<string> {
  const w = await model.getWeights();
  return JSON.stringify([model.step, Object.keys(w).map((k) => Array.from(w[k]))]);
}

test('NaN and infinite inputs and targets are refused before any step, on every engine, naming the sample', async () => {
  for (const b of await backends()) {
    const model = await compileModel(iris, b.options);
    const data = loadDataFor(model, config, repoRoot);
    const before = await snapshot(model);
    const nan = copy(data.train);
    nan.columns.measurements.data[4 * 37 + 2] = NaN;
    const e = await refused(model.fit(nan, { epochs: 1 }), NonFiniteInputError, "fit: 'measurements' holds NaN in sample 37 (0-based) of the training data, element 2 of the sample; inputs and targets must be finite numbers (nothing was run)");
    assert.equal([e.call, e.tensor, e.sample, e.element, e.step], ['fit', 'measurements', 37, 2, undefined], b.name);
    const inf = copy(data.test!);
    inf.columns.measurements.data[3] = -Infinity;
    await refused(model.fit(data.train, { epochs: 1, validation: inf }), NonFiniteInputError, "fit: 'measurements' holds -Infinity in sample 0 (0-based) of the validation data, element 3 of the sample");
    await refused(model.evaluate(inf), NonFiniteInputError, "evaluate: 'measurements' holds -Infinity in sample 0 (0-based) of the data");
    await refused(model.predict({ measurements: [[1, 2, 3, 4], [0, Infinity, 0, 0]] }), NonFiniteInputError, "predict: 'measurements' holds Infinity in sample 1 (0-based) of the data, element 1");
    assert.is(await snapshot(model), before, `${b.name}: nothing was trained`);
    // A batch given to trainStep: the step it would have been is named, and not taken.
    await model.trainStep([...batches(data.train, 16)][0]);
    const batch = [...batches(nan, 16)][2];
    const s = await refused(model.trainStep(batch), NonFiniteInputError, "trainStep: 'measurements' holds NaN in sample 5 (0-based) of the batch, element 2 of the sample; inputs and targets must be finite numbers (step 2 was not taken)");
    assert.is(s.step, 2);
    assert.is(model.step, 1);
    model.dispose();
  }
});

test('class ids outside the class count and token ids outside the vocabulary are refused, on every engine', async () => {
  for (const b of await backends()) {
    const model = await compileModel(iris, b.options);
    const data = loadDataFor(model, config, repoRoot);
    const before = await snapshot(model);
    for (const [value, shown] of [
      [3, '3'],
      [-1, '-1'],
    ] as const) {
      const bad = copy(data.train);
      bad.columns.species.data[41] = value;
      const e = await refused(model.fit(bad, { epochs: 1 }), IdOutOfRangeError, `fit: 'species' holds ${shown} in sample 41 (0-based) of the training data, but iris has 3 classes: class ids must be whole numbers from 0 to 2 (nothing was run)`);
      assert.equal([e.tensor, e.sample, e.value, e.limit, e.kind], ['species', 41, value, 3, 'classes'], b.name);
      await refused(model.evaluate(bad), IdOutOfRangeError, "evaluate: 'species' holds");
    }
    // Plain feeds: a label of 7 in row 1.
    await refused(model.fit({ measurements: [[0, 0, 0, 0], [1, 1, 1, 1]], species: [0, 7] }, { epochs: 1 }), IdOutOfRangeError, "fit: 'species' holds 7 in sample 1 (0-based)");
    await refused(model.trainStep({ feeds: { measurements: new Float32Array(64), species: new Int32Array(16).fill(9) } }), IdOutOfRangeError, "trainStep: 'species' holds 9 in sample 0 (0-based) of the batch, but iris has 3 classes: class ids must be whole numbers from 0 to 2 (step 1 was not taken)");
    // predict reads no targets: a bad label in a dataset given to predict is not its business.
    const labelled = copy(data.test!);
    labelled.columns.species.data[0] = 99;
    await model.predict(labelled);
    assert.is(await snapshot(model), before, `${b.name}: nothing was trained`);
    model.dispose();

    const text = await compileModel('tiny.model', { ...b.options, source: tinyText });
    assert.equal(text.tensors.map((t) => [t.name, t.vocab, t.classes]), [['tokens', 10, undefined], ['label', undefined, 2]]);
    const rows = { tokens: [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 0, 1], [0, 0, 0, 0]], label: [0, 1, 0, 1] };
    const ids = await refused(text.fit(rows, { epochs: 1 }), IdOutOfRangeError, "fit: 'tokens' holds 10 in sample 2 (0-based) of the training data, element 1 of the sample, but its Embedding has 10 rows (vocab): ids must be whole numbers from 0 to 9");
    assert.equal([ids.kind, ids.element], ['vocab', 1]);
    await refused(text.predict({ tokens: rows.tokens }), IdOutOfRangeError, "predict: 'tokens' holds 10 in sample 2 (0-based) of the data, element 1");
    rows.tokens[2][1] = 9;
    assert.is((await text.fit(rows, { epochs: 2 })).history.length, 2);
    text.dispose();
  }
});

test.after(() => releaseTestDevice());
test.run();
