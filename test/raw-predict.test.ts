// Raw inputs in, names out: the text classifier on SpamAssassin and Iris predict on raw strings and raw measurements
// exactly what they predict on the same rows prepared by their data configs; class names and probabilities; the CLI's
// --input, --input-file and prediction files (row id, true label); a checkpoint without preprocessing.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compileModel, loadDataFor } from '../node/api.js';
import { loadCheckpoint } from '../node/checkpoint-file.js';
import { loadNamedDataset } from '../node/data/sources/named.js';
import { texts } from '../node/data/table.js';
import { splitIndices, take } from '../runtime/data/dataset.js';
import { MissingPreprocessingError } from '../runtime/data/preprocessing.js';
import { getTestDevice, releaseTestDevice } from './helpers/gpu.js';
import { runCliAsync } from './helpers/repo.js';

const tmp = mkdtempSync(join(tmpdir(), 'mdlc-raw-'));
const irisCkpt = join(tmp, 'iris.safetensors');
const spamCkpt = join(tmp, 'spam.safetensors');

test('text classifier on SpamAssassin: raw strings give the probabilities of the same rows through the data config', async () => {
  const gpu = await getTestDevice();
  const model = await compileModel('specs/text-classifier.model', { backend: gpu ? 'webgpu' : 'cpu', device: gpu?.device });
  const data = loadDataFor(model, 'spam-assassin');
  await model.fit(take(data.train, Array.from({ length: 320 }, (_, i) => i)), { epochs: 1, readEvery: 10 });
  // The raw texts of the first test rows: the named dataset's split (test 0.2, seed 0), as loadDataFor made it.
  const named = loadNamedDataset('spam-assassin');
  const testRows = Array.from(splitIndices(named.train.size, { test: 0.2 }, 0).test!.subarray(0, 6));
  const raw = testRows.map((r) => texts(named.train, 'text')[r]);
  const prepared = await model.predict(take(data.test!, [0, 1, 2, 3, 4, 5]));
  const fromRaw = await model.predict({ text: raw });
  assert.equal(Array.from(fromRaw.probability), Array.from(prepared.probability));
  const c = await model.classify({ text: ['free money now', ...raw.slice(0, 2)] });
  assert.equal(c.classes, ['ham', 'spam']);
  assert.is(c.rows.length, 3);
  for (const row of c.rows) {
    assert.ok(row.class === 'ham' || row.class === 'spam');
    assert.ok(Math.abs(row.probabilities.ham + row.probabilities.spam - 1) < 1e-9);
    assert.is(row.probability, row.probabilities[row.class]);
  }
  assert.ok(Math.abs(c.rows[1].probabilities.spam - fromRaw.probability[0]) < 1e-6);
  await model.save(spamCkpt, { epoch: 1, seed: 7 });
  // The command line, in another process, from the checkpoint alone: the same probability for the same text.
  const r = await runCliAsync(['predict', 'specs/text-classifier.model', '--checkpoint', spamCkpt, '--input', 'free money now', '--input', raw[0], '--json']);
  assert.is(r.code, 0, r.stderr);
  const rows = JSON.parse(r.stdout) as { row: number; text: string; class: string; p_spam: number; probability: number }[];
  assert.equal(rows.map((x) => [x.row, x.text]), [[0, 'free money now'], [1, raw[0]]]);
  assert.ok(['ham', 'spam'].includes(rows[0].class));
  assert.ok(Math.abs(rows[0].p_spam - c.rows[0].probabilities.spam) < 1e-5, `${rows[0].p_spam} vs ${c.rows[0].probabilities.spam}`);
  model.dispose();
});

test('iris: raw measurements in cm are standardised with the fitted statistics; class names out; the checkpoint carries them', async () => {
  const model = await compileModel('specs/iris.model', { backend: 'cpu' });
  const data = loadDataFor(model, 'examples/data/iris.json');
  await model.fit(data.train, { epochs: 30, seed: 42 });
  await model.save(irisCkpt, { epoch: 30, seed: 42 });
  const named = loadNamedDataset('iris');
  const testRows = Array.from(splitIndices(150, { test: 0.2 }, 7).test!.subarray(0, 5));
  const columns = ['sepal_length', 'sepal_width', 'petal_length', 'petal_width'];
  const raw = Object.fromEntries(columns.map((c) => [c, testRows.map((r) => Number((named.train.columns.get(c) as { cells: readonly unknown[] }).cells[r]))]));
  const prepared = await model.predict(take(data.test!, [0, 1, 2, 3, 4]));
  const fromRaw = await model.predict(raw);
  assert.equal(Array.from(fromRaw.logits), Array.from(prepared.logits));
  const c = await model.classify(raw);
  assert.equal(c.classes, ['setosa', 'versicolor', 'virginica']);
  const truth = testRows.map((r) => String((named.train.columns.get('species') as { cells: readonly unknown[] }).cells[r]));
  assert.ok(c.rows.filter((row, i) => row.class === truth[i]).length >= 4, `${c.rows.map((r) => r.class)} vs ${truth}`);
  model.dispose();
  // A fresh model gets the preprocessing from the checkpoint.
  const meta = (await loadCheckpoint(irisCkpt)).meta.preprocessing as { inputs: { measurements: { kind: string; columns: string[] } } };
  assert.equal(meta.inputs.measurements.columns, columns);
  const fresh = await compileModel('specs/iris.model', { backend: 'cpu' });
  await fresh.predict(raw).then(
    () => assert.unreachable(),
    (e: Error) => {
      assert.instance(e, MissingPreprocessingError);
      assert.match(e.message, "iris needs 'measurements' (f32[batch, 4]); got 'sepal_length'");
    },
  );
  await fresh.restore(irisCkpt);
  assert.equal(Array.from((await fresh.predict(raw)).logits), Array.from(fromRaw.logits));
  fresh.dispose();
});

test('mdlc predict: --input and --input-file report class names and probabilities; prediction files carry a row id and the true label', async () => {
  const one = await runCliAsync(['predict', 'specs/iris.model', '--checkpoint', irisCkpt, '--backend', 'cpu', '--input', '5.1,3.5,1.4,0.2', '--input', '6.7, 3.0, 5.2, 2.3']);
  assert.is(one.code, 0, one.stderr);
  const lines = one.stdout.trim().split('\n');
  assert.equal(lines[0], 'row,sepal_length,sepal_width,petal_length,petal_width,logits_0,logits_1,logits_2,class,probability,p_setosa,p_versicolor,p_virginica');
  assert.match(lines[1], /^0,5\.1,3\.5,1\.4,0\.2,.*,setosa,/);
  assert.match(lines[2], /^1,6\.7,3,5\.2,2\.3,.*,virginica,/);
  const csv = join(tmp, 'rows.csv');
  writeFileSync(csv, 'sepal_length,sepal_width,petal_length,petal_width,species\n5.0,3.4,1.5,0.2,setosa\n5.9,3.0,5.1,1.8,virginica\n');
  const file = await runCliAsync(['predict', 'specs/iris.model', '--checkpoint', irisCkpt, '--backend', 'cpu', '--input-file', csv, '--json']);
  assert.is(file.code, 0, file.stderr);
  const rows = JSON.parse(file.stdout) as { row: number; class: string; true_species: string; p_setosa: number }[];
  assert.equal(rows.map((r) => [r.row, r.true_species]), [[0, 'setosa'], [1, 'virginica']]);
  assert.is(rows[0].class, 'setosa');
  const out = join(tmp, 'predictions.csv');
  const part = await runCliAsync(['predict', 'specs/iris.model', '--checkpoint', irisCkpt, '--backend', 'cpu', '--data', 'examples/data/iris.json', '--out', out]);
  assert.is(part.code, 0, part.stderr);
  const written = readFileSync(out, 'utf8').trim().split('\n');
  assert.equal(written[0], 'row,logits_0,logits_1,logits_2,class,probability,p_setosa,p_versicolor,p_virginica,true_species');
  assert.is(written.length, 31);
  assert.match(written[30], /^29,.*,(setosa|versicolor|virginica)$/);
  const bad = await runCliAsync(['predict', 'specs/iris.model', '--checkpoint', irisCkpt, '--backend', 'cpu', '--input', '5.1,3.5']);
  assert.is(bad.code, 2, bad.stderr);
  assert.match(bad.stderr, 'must be 4 comma-separated numbers: sepal_length, sepal_width, petal_length, petal_width');
  // A checkpoint saved without preprocessing (as every checkpoint before it travelled): raw input is refused, saying why.
  const old = join(tmp, 'old.safetensors');
  const plain = await compileModel('specs/iris.model', { backend: 'cpu' });
  await plain.save(old, { epoch: 0, seed: 42 });
  plain.dispose();
  const refused = await runCliAsync(['predict', 'specs/iris.model', '--checkpoint', old, '--backend', 'cpu', '--input', '5.1,3.5,1.4,0.2']);
  assert.is(refused.code, 1, refused.stderr);
  assert.match(refused.stderr, 'carries no preprocessing');
  assert.not.match(refused.stderr, /    at /);
});

test.after(async () => {
  rmSync(tmp, { recursive: true, force: true });
  await releaseTestDevice();
});

test.run();
