// Data by path: a .csv, .tsv, .jsonl, .npy file or a folder given instead of a config is used directly when its columns fit
// the spec, and otherwise the error names what is missing with a config that, saved as it is, loads.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { DataError, loadData, type SpecTensor } from '../node/data/index.js';
import { compileModel, loadDataFor } from '../node/api.js';
import { repoRoot, runCliAsync } from './helpers/repo.js';

const fixtures = fileURLToPath(new URL('../../test/fixtures/data/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'mdlc-data-path-'));
const at = (name: string) => join(dir, name);

const iris: SpecTensor[] = [
  { name: 'measurements', dtype: 'f32', shape: [4], role: 'input' },
  { name: 'species', dtype: 'i32', shape: [], role: 'target', classes: 3 },
];
const xy: SpecTensor[] = [
  { name: 'x', dtype: 'f32', shape: [2], role: 'input' },
  { name: 'y', dtype: 'i32', shape: [], role: 'target', classes: 2 },
];

function dataError(f: () => unknown): DataError {
  try {
    f();
  } catch (e) {
    assert.instance(e, DataError, String(e));
    return e as DataError;
  }
  return assert.unreachable('accepted') as never;
}

/** The config a "needs a config" message offers, parsed. */
function offered(message: string): object {
  return JSON.parse(message.slice(message.indexOf('\n{') + 1)) as object;
}

test('CSV by path: the target by name, the one input taking every other numeric column, in file order', () => {
  const d = loadData('iris-small.csv', iris, fixtures);
  assert.is(d.train.size, 12);
  assert.equal(d.info.tensors.measurements.columns, ['sepal_length', 'sepal_width', 'petal_length', 'petal_width']);
  assert.equal(d.info.classes.species, ['setosa', 'versicolor', 'virginica']);
  assert.is(d.info.source, 'iris-small.csv');
  // Columns named as the spec's tensors are used as they are, other columns ignored.
  writeFileSync(at('named.csv'), 'id,x,y\n7,1,0\n8,2,1\n');
  const named = loadData('named.csv', [{ name: 'x', dtype: 'f32', shape: [], role: 'input' }, xy[1]], dir);
  assert.equal(named.info.tensors.x.columns, ['x']);
  writeFileSync(at('tabs.tsv'), 'a\tb\ty\n1\t2\t0\n3\t4\t1\n');
  assert.equal(Array.from(loadData('tabs.tsv', xy, dir).train.columns.x.data), [1, 2, 3, 4]);
});

test('JSON lines, a .npy file, a folder of .npy files and a text folder by path', () => {
  writeFileSync(at('rows.jsonl'), '{"x": [1, 2], "y": 0}\n{"x": [3, 4], "y": 1}\n');
  assert.equal(Array.from(loadData('rows.jsonl', xy, dir).train.columns.x.data), [1, 2, 3, 4]);
  writeFileSync(at('points.jsonl'), '{"u": 1, "v": 2, "y": 0}\n{"u": 3, "v": 4, "y": 1}\n');
  assert.equal(loadData('points.jsonl', xy, dir).info.tensors.x.columns, ['u', 'v']);
  // One array: an input alone (as for predictions), named by the file's stem.
  const x = loadData('x.npy', [{ name: 'x', dtype: 'f32', shape: [6], role: 'input' }], fixtures);
  assert.is(x.train.size, 5);
  mkdirSync(at('arrays'));
  for (const name of ['x.npy', 'y.npy']) copyFileSync(fixtures + name, at(`arrays/${name}`));
  const arrays = loadData('arrays', [{ name: 'x', dtype: 'f32', shape: [6], role: 'input' }, { name: 'y', dtype: 'i32', shape: [], role: 'target', classes: 3 }], dir);
  assert.equal(Array.from(arrays.train.columns.y.data), [0, 1, 2, 1, 0]);
  const texts = loadData('texts', [{ name: 'tokens', dtype: 'i32', shape: [8], role: 'input', vocab: 50 }, { name: 'sentiment', dtype: 'f32', shape: [1], role: 'target' }], fixtures);
  assert.is(texts.train.size, 4);
  assert.equal(texts.info.tensors.tokens.columns, ['text']);
  assert.equal(texts.info.classes.sentiment, ['neg', 'pos']);
});

test('columns that do not fit: the error names what is missing and offers a config that loads as it is', () => {
  writeFileSync(at('other.csv'), 'a,b,kind\n1,2,no\n3,4,yes\n');
  const e = dataError(() => loadData('other.csv', xy, dir));
  assert.is(
    e.message,
    `other.csv: the spec's input 'x' (f32[batch, 2]) and target 'y' (i32[batch]) have no columns of their names in it (its columns: 'a', 'b', 'kind'), so a data config must say which columns to use (see docs/data.md). For example, save this as data.json, edit it, and pass --data data.json:
{
  "source": { "csv": "other.csv" },
  "inputs": { "x": { "columns": ["a", "b"] } },
  "targets": { "y": { "column": "kind" } }
}`,
  );
  const config = offered(e.message);
  writeFileSync(at('data.json'), JSON.stringify(config));
  assert.equal(loadData('data.json', xy, dir).info.classes.y, ['no', 'yes']);
  // Two inputs: nothing to guess from, each gets a column to edit.
  const two: SpecTensor[] = [{ name: 'p', dtype: 'f32', shape: [], role: 'input' }, { name: 'q', dtype: 'f32', shape: [], role: 'input' }, xy[1]];
  assert.equal(offered(dataError(() => loadData('other.csv', two, dir)).message), { source: { csv: 'other.csv' }, inputs: { p: { column: 'a' }, q: { column: 'b' } }, targets: { y: { column: 'kind' } } });
});

test('a data file is never read as JSON; a .json config still is, and a missing data file says so', () => {
  writeFileSync(at('broken.json'), '{ "source": ');
  assert.match(dataError(() => loadData('broken.json', xy, dir)).message, /^broken\.json: is not valid JSON: /);
  assert.is(dataError(() => loadData('gone.csv', xy, dir)).message, `gone.csv: file not found (looked for ${at('gone.csv')})`);
});

test('mdlc train --data rows.csv trains from the file; a file that does not fit exits 1 with the config to write', async () => {
  const ok = await runCliAsync(['train', 'specs/iris.model', '--data', `${fixtures}iris-small.csv`, '--epochs', '1', '--backend', 'cpu', '--out', at('run')]);
  assert.is(ok.code, 0, ok.stderr);
  const bad = await runCliAsync(['train', 'specs/iris.model', '--data', at('other.csv'), '--backend', 'cpu', '--out', at('run2')]);
  assert.is(bad.code, 1);
  assert.match(bad.stderr, /have no columns of their names in it/);
  assert.not.match(bad.stderr, /not valid JSON/);
  const limit = await runCliAsync(['train', 'specs/iris.model', '--data', `${fixtures}iris-small.csv`, '--max-data-size', '100', '--backend', 'cpu', '--out', at('run3')]);
  assert.is(limit.code, 1);
  assert.match(limit.stderr, /more than the data size limit of 100 bytes; raise it with --max-data-size/);
  assert.is((await runCliAsync(['train', 'specs/iris.model', '--data', 'iris', '--max-data-size', 'lots'])).code, 2);
});

test('loadDataFor takes a data file by path too, with the size limit as an option', async () => {
  const model = await compileModel(join(repoRoot, 'specs/iris.model'), { backend: 'cpu' });
  try {
    assert.is(loadDataFor(model, 'iris-small.csv', fixtures).train.size, 12);
    assert.match(dataError(() => loadDataFor(model, 'iris-small.csv', fixtures, { maxDataSize: 10 })).message, /^iris-small\.csv: is \d+ bytes, more than the data size limit of 10 bytes/);
  } finally {
    model.dispose();
  }
});

test.after(() => rmSync(dir, { recursive: true, force: true }));

test.run();
