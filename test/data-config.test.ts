// Data configs: the schema and docs/data.md's examples agree, every config mistake is one readable sentence with the file and
// JSON path, and loadData fits CSV, text-folder and pre-split sources to a spec as documented.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { checkConfig, DataError, loadData, parseConfig, type SpecTensor } from '../node/data/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = `${root}test/fixtures/data/`;

function refuses(f: () => unknown, message: string): void {
  try {
    f();
  } catch (e) {
    assert.instance(e, DataError, String(e));
    assert.is((e as Error).message, message);
    return;
  }
  assert.unreachable(`accepted; expected: ${message}`);
}

const iris: SpecTensor[] = [
  { name: 'measurements', dtype: 'f32', shape: [4], role: 'input' },
  { name: 'species', dtype: 'i32', shape: [], role: 'target', classes: 3 },
];

test('the schema is valid draft-07 for ajv in strict mode; the fixture configs and every config in docs/data.md pass it', () => {
  const schema = JSON.parse(readFileSync(`${root}docs/schemas/data-config.schema.json`, 'utf8')) as object;
  const validate = new Ajv({ allowUnionTypes: true, strict: true }).compile(schema);
  const good = readdirSync(dir).filter((f) => f.endsWith('.json') && !['broken.json', 'invalid.json'].includes(f));
  assert.ok(good.length >= 3);
  for (const f of good) assert.ok(validate(JSON.parse(readFileSync(dir + f, 'utf8'))), `${f}: ${JSON.stringify(validate.errors)}`);
  const doc = readFileSync(`${root}docs/data.md`, 'utf8');
  const blocks = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]);
  assert.ok(blocks.length >= 3, 'docs/data.md has config examples');
  for (const b of blocks) checkConfig(JSON.parse(b), 'docs/data.md');
});

test('config mistakes: one sentence each, with the file and the JSON path, and "did you mean" for near misses', () => {
  const cases: [unknown, string][] = [
    [{}, "data.json: the config is missing 'source' (or 'sources')"],
    [{ source: { csv: 'a.csv' }, sources: { train: { csv: 'a.csv' } } }, "data.json: the config has both 'source' and 'sources'; give one"],
    [{ source: { csv: 1 } }, 'data.json: /source/csv must be a string, found 1'],
    [{ source: { csv: 'a.csv', delimeter: ';' } }, "data.json: /source has an unknown property 'delimeter' (did you mean 'delimiter'?)"],
    [{ source: { csv: 'a.csv', jsonl: 'b.jsonl' } }, "data.json: /source has both 'csv' and 'jsonl'; give exactly one of 'csv', 'jsonl', 'npy', 'folder' or 'dataset'"],
    [{ source: { parquet: 'a.parquet' } }, "data.json: /source needs one of 'csv', 'jsonl', 'npy', 'folder' or 'dataset'; it has 'parquet'"],
    [{ source: 'a.csv' }, `data.json: /source must be an object with one of 'csv', 'jsonl', 'npy', 'folder' or 'dataset', found "a.csv"`],
    [{ source: { dataset: 'mnst' } }, `data.json: /source/dataset must be "mnist", "spam-assassin", "iris", "first-names" or "moby-dick", found "mnst" (did you mean 'mnist'?)`],
    [{ sources: { train: { csv: 'a.csv' }, test: { npy: {} } } }, 'data.json: /sources/test/npy must not be empty'],
    [{ source: { csv: 'a.csv' }, inputs: { x: { normalize: 'standardise' } } }, `data.json: /inputs/x/normalize must be "standardize" or "minmax", found "standardise" (did you mean 'standardize'?)`],
    [{ source: { csv: 'a.csv' }, inputs: { x: { normalize: { scale: '1/255' } } } }, 'data.json: /inputs/x/normalize/scale must be a number, found "1/255"'],
    [{ source: { csv: 'a.csv' }, inputs: { x: { normalize: 5 } } }, `data.json: /inputs/x/normalize must be "standardize" or "minmax", or an object with "scale", found 5`],
    [{ source: { csv: 'a.csv' }, inputs: { x: { column: 1.5 } } }, 'data.json: /inputs/x/column must be a string or a whole number, found 1.5'],
    [{ source: { csv: 'a.csv' }, inputs: { x: { column: -1 } } }, 'data.json: /inputs/x/column must be >= 0, found -1'],
    [{ source: { csv: 'a.csv' }, inputs: { x: { colunm: 'a' } } }, "data.json: /inputs/x has an unknown property 'colunm' (did you mean 'column'?)"],
    [{ source: { csv: 'a.csv' }, inputs: { x: { column: 'a', columns: ['b'] } } }, "data.json: /inputs/x has both 'column' and 'columns'; give one"],
    [{ source: { csv: 'a.csv' }, targets: { y: { classes: ['a', 'a'] } } }, 'data.json: /targets/y/classes lists "a" twice'],
    [
      { source: { csv: 'a.csv' }, split: { validation: 1.5, seed: -1 } },
      'data.json: /split/validation must be < 1, found 1.5\ndata.json: /split/seed must be >= 0, found -1',
    ],
    [
      { source: { csv: 'a.csv' }, inputs: { x: { tokenize: { words: 2, padding: 'left' } } } },
      'data.json: /inputs/x/tokenize/words must be >= 3, found 2\ndata.json: /inputs/x/tokenize/padding must be "pre" or "post", found "left"',
    ],
    [{ source: { csv: 'a.csv' }, extra: 1 }, "data.json: the config has an unknown property 'extra' (known: '$schema', 'description', 'source', 'sources', 'inputs', 'targets', 'split')"],
  ];
  for (const [config, message] of cases) refuses(() => checkConfig(config, 'data.json'), message);
  refuses(() => parseConfig('{ "source": 1, }', 'x.json'), `x.json: is not valid JSON: ${jsonError('{ "source": 1, }')}`);
});

/** V8's own JSON.parse message for a text (it differs between Node versions). */
function jsonError(text: string): string {
  try {
    JSON.parse(text);
  } catch (e) {
    return (e as Error).message;
  }
  return '';
}

test('config files: found relative to the base folder, their sources relative to themselves; bad files and names refused', () => {
  refuses(() => loadData('fixtures/data/invalid.json', iris, `${root}test`), `fixtures/data/invalid.json: /source/header must be true or false, found "yes"\nfixtures/data/invalid.json: /inputs/measurements has an unknown property 'normalise' (did you mean 'normalize'?)`);
  refuses(() => loadData('broken.json', iris, dir), `broken.json: is not valid JSON: ${jsonError(readFileSync(dir + 'broken.json', 'utf8'))}`);
  refuses(() => loadData('nope.json', iris, dir), `nope.json: file not found (looked for ${dir}nope.json)`);
  refuses(() => loadData('mnst', iris, dir), `mnst: is neither a data config file (looked for ${dir}mnst) nor a dataset name (did you mean 'mnist'?)`);
  const d = loadData('fixtures/data/iris.json', iris, `${root}test`);
  assert.is(d.info.source, 'iris-small.csv');
});

test('iris.json: columns to one input, standardised on the training rows only; names to sorted ids; a seeded three-way split', () => {
  const d = loadData('iris.json', iris, dir);
  assert.equal(d.info.sizes, { train: 6, validation: 3, test: 3 });
  assert.equal(d.info.split, { seed: 1, validation: 0.25, test: 0.25 });
  assert.equal(d.info.classes.species, ['setosa', 'versicolor', 'virginica']);
  assert.equal(d.info.tensors.measurements.columns, ['sepal_length', 'sepal_width', 'petal_length', 'petal_width']);
  const stats = d.info.tensors.measurements.normalization;
  assert.is(stats?.method, 'standardize');
  // Standardised training rows: mean 0 and population std 1 per feature.
  const x = d.train.columns.measurements.data;
  for (let f = 0; f < 4; f++) {
    const col = Array.from({ length: 6 }, (_, r) => x[r * 4 + f]);
    const mean = col.reduce((a, b) => a + b) / 6;
    const std = Math.sqrt(col.reduce((a, b) => a + (b - mean) ** 2, 0) / 6);
    assert.ok(Math.abs(mean) < 1e-6 && Math.abs(std - 1) < 1e-5, `feature ${f}: mean ${mean}, std ${std}`);
  }
  // Same seed, same parts; every row in exactly one part.
  const again = loadData('iris.json', iris, dir);
  assert.equal(again.test?.columns.measurements.data, d.test?.columns.measurements.data);
  const ids = [d.train, d.validation, d.test].flatMap((p) => [...(p?.columns.species.data ?? [])]).sort();
  assert.equal(ids, [0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2]);
  const other = loadData({ ...JSON.parse(readFileSync(dir + 'iris.json', 'utf8')), split: { validation: 0.25, test: 0.25, seed: 2 } }, iris, dir);
  assert.not.equal(other.test?.columns.measurements.data, d.test?.columns.measurements.data);
});

test('reviews.json: a folder of texts tokenized as Keras would, labels from folder names as a binary f32 target', () => {
  const spec: SpecTensor[] = [
    { name: 'tokens', dtype: 'i32', shape: [5], role: 'input' },
    { name: 'sentiment', dtype: 'f32', shape: [1], role: 'target' },
  ];
  const d = loadData('reviews.json', spec, dir);
  // Counts: a 2, film 2, bad 2, great 2 (in order of first appearance), then words seen once; 6 ids in all.
  assert.equal(d.info.tensors.tokens.vocabulary, { size: 6, words: ['', '<OOV>', 'a', 'film', 'bad', 'great'], maxlen: 5, padding: 'post', truncating: 'pre', lower: true });
  assert.equal(d.info.vocabularySize, { tokens: 6 });
  // "A dull, boring film." / "Bad acting; bad plot!" / "A wonderful film." / "Great fun, great cast."
  assert.equal([...d.train.columns.tokens.data], [2, 1, 1, 3, 0, 4, 1, 4, 1, 0, 2, 1, 3, 0, 0, 5, 1, 5, 1, 0]);
  assert.equal([...d.train.columns.sentiment.data], [0, 0, 1, 1]);
  assert.equal(d.info.classes.sentiment, ['neg', 'pos']);
});

test('split-files.json: pre-split JSON-lines sources share class names; min-max fitted on the training file; one-hot targets', () => {
  const spec: SpecTensor[] = [
    { name: 'xy', dtype: 'f32', shape: [2], role: 'input' },
    { name: 'animal', dtype: 'f32', shape: [2], role: 'target' },
  ];
  const d = loadData('split-files.json', spec, dir);
  assert.equal(d.info.sizes, { train: 3, test: 2 });
  assert.equal(d.info.tensors.xy.normalization, { method: 'minmax', min: [0, -1], max: [2.5, 1.5] });
  assert.equal([...d.train.columns.xy.data].map((v) => Math.round(v * 1e6) / 1e6), [0.2, 1, 1, 0, 0, 0.4]);
  assert.equal([...(d.test?.columns.xy.data ?? [])].map((v) => Math.round(v * 1e6) / 1e6), [0.4, 0.8, 1.2, 0.4]);
  assert.equal(d.info.classes.animal, ['cat', 'dog']);
  assert.equal([...d.train.columns.animal.data], [1, 0, 0, 1, 1, 0]);
  assert.equal([...(d.test?.columns.animal.data ?? [])], [0, 1, 1, 0]);
  refuses(() => loadData({ ...JSON.parse(readFileSync(dir + 'split-files.json', 'utf8')), split: { test: 0.5 } }, spec, dir), 'data config: /split/test: the data already has a test part (points-test.jsonl); remove "test" from "split"');
});

test('defaults: a dataset name maps one input and one target by role; a column of the same name is taken; explicit classes', () => {
  const d = loadData({ source: { dataset: 'iris' }, split: { test: 0.1, seed: 3 } }, [{ name: 'x', dtype: 'f32', shape: [4], role: 'input' }, { name: 'y', dtype: 'f32', shape: [3], role: 'target' }]);
  assert.equal(d.info.sizes, { train: 135, test: 15 });
  assert.equal(d.info.tensors.y.columns, ['species']);
  assert.equal(d.train.columns.y.shape, [3]);
  assert.ok(d.train.columns.y.data.every((v) => v === 0 || v === 1));
  const listed = loadData({ source: { csv: 'iris-small.csv' }, inputs: { measurements: { columns: [0, 1, 2, 3] } }, targets: { species: { classes: ['virginica', 'versicolor', 'setosa'] } } }, iris, dir);
  assert.equal([...listed.train.columns.species.data.slice(0, 5)], [2, 2, 2, 2, 1]);
  const sameName = loadData({ source: { csv: 'no-header.csv', header: false, names: ['a', 'b', 'label'] }, inputs: { x: { columns: ['a', 'b'] } } }, [{ name: 'x', dtype: 'f32', shape: [2], role: 'input' }, { name: 'label', dtype: 'i32', shape: [], role: 'target', classes: 2 }], dir);
  assert.equal([...sameName.train.columns.label.data], [0, 1, 1]);
});

test('mapping mistakes: names the spec lacks, roles mixed up, unknown columns, unmapped inputs, vocabularies that do not fit', () => {
  const csv = { source: { csv: 'iris-small.csv' } };
  refuses(() => loadData(csv, iris, dir), "data config: the spec's input 'measurements' (f32[batch, 4]) has no data: add \"inputs\": { \"measurements\": { \"column\": ... } } (columns of iris-small.csv: 'sepal_length', 'sepal_width', 'petal_length', 'petal_width', 'species')");
  refuses(() => loadData({ ...csv, inputs: { measurments: {} } }, iris, dir), "data config: /inputs/measurments: the spec has no input 'measurments' (did you mean 'measurements'?)");
  refuses(() => loadData({ ...csv, inputs: { species: {} } }, iris, dir), 'data config: /inputs/species: \'species\' is a target of the spec; put it under "targets"');
  refuses(() => loadData({ ...csv, inputs: { measurements: { columns: ['sepal_lenght'] } } }, iris, dir), "data config: /inputs/measurements/columns: iris-small.csv has no column 'sepal_lenght' (did you mean 'sepal_length'?)");
  refuses(() => loadData({ ...csv, inputs: { measurements: { columns: [0, 1, 2, 9] } } }, iris, dir), 'data config: /inputs/measurements/columns/3: iris-small.csv has 5 columns (0..4), there is no column 9');
  refuses(() => loadData({ ...csv, inputs: { measurements: { columns: [0, 1, 2, 3] } }, targets: { species: { encode: 'id' } } }, iris, dir), "iris-small.csv:2:5: expected a whole-number class id in column 'species', found 'setosa'");
  refuses(
    () => loadData({ ...csv, inputs: { measurements: { columns: [0, 1, 2, 3] } }, targets: { species: { classes: ['setosa', 'versicolor'] } } }, iris, dir),
    "iris-small.csv:10:5: 'virginica' in column 'species' is not one of the classes the config lists ('setosa', 'versicolor')",
  );
  refuses(
    () => loadData({ ...csv, inputs: { measurements: { columns: [0, 1, 2, 3] } }, targets: { species: { encode: 'onehot' } } }, [iris[0], { name: 'species', dtype: 'f32', shape: [2], role: 'target' }], dir),
    "iris-small.csv: column 'species' has 3 classes ('setosa', 'versicolor', 'virginica'), but the spec's 'species' has 2 classes",
  );
  refuses(
    () => loadData({ ...csv, inputs: { measurements: { columns: [0, 1, 2, 3] } } }, [iris[0], { name: 'species', dtype: 'f32', shape: [1], role: 'target', classes: 1 }], dir),
    "iris-small.csv: column 'species' has 3 classes ('setosa', 'versicolor', 'virginica'), but the spec's 'species' is f32[batch, 1], a binary label of 2 classes",
  );
  refuses(() => loadData({ dataset: 'iris' } as never, iris), "data config: the config has an unknown property 'dataset' (known: '$schema', 'description', 'source', 'sources', 'inputs', 'targets', 'split')");
  refuses(() => loadData({ source: { dataset: 'iris' }, split: { test: 0.6, validation: 0.4 } }, iris), 'data config: /split: a split of 150 rows into 60 for validation and 90 for test leaves no rows for training (iris has 150 rows)');
  const texts = (vocab?: number, words?: number): [object, SpecTensor[]] => [
    { source: { folder: 'texts' }, inputs: { tokens: { column: 'text', ...(words ? { tokenize: { words } } : {}) } }, targets: { sentiment: { column: 'label' } } },
    [
      { name: 'tokens', dtype: 'i32', shape: [5], role: 'input', ...(vocab ? { vocab } : {}) },
      { name: 'sentiment', dtype: 'i32', shape: [], role: 'target' },
    ],
  ];
  refuses(() => loadData(...texts(), dir), 'data config: /inputs/tokens: say how many words \'tokens\' may hold: "tokenize": { "words": N }, with N the rows of the Embedding it feeds (ids 0 and 1 are padding and unknown words)');
  refuses(() => loadData(...texts(20, 50), dir), "data config: /inputs/tokens/tokenize/words: 50 words do not fit the spec's 20 ids for 'tokens' (its Embedding's rows)");
  assert.is(loadData(...texts(20), dir).info.vocabularySize.tokens, 20);
  refuses(() => loadData({ source: { folder: 'nofolder' } }, iris, dir), `nofolder: folder not found (looked for ${dir}nofolder)`);
});

test.run();
