// runtime/data: every source read from small fixtures, the shipped npm datasets, the Keras-compatible tokenizer, normalisation,
// seeded splits and epoch orders, padded batches, and every kind of bad data refused with its file, row, column and message.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  applyNormalization,
  batches,
  type Dataset,
  DataError,
  decodeNpy,
  encodeClasses,
  fitNormalization,
  loadData,
  loadNamedDataset,
  numericRows,
  npyTable,
  oneHot,
  padSequences,
  readCsv,
  readJsonLines,
  readTextFolder,
  shuffledOrder,
  type SpecTensor,
  split,
  splitIndices,
  take,
  textToWords,
  Tokenizer,
} from '../node/data/index.js';

const dir = fileURLToPath(new URL('../../test/fixtures/data/', import.meta.url));
const text = (name: string) => readFileSync(dir + name, 'utf8');
const csv = (name: string, options = {}) => readCsv(text(name), name, options);
const npy = (name: string) => decodeNpy(readFileSync(dir + name), name);

/** Runs `f` and checks it throws a DataError with exactly `message`. */
function refuses(f: () => unknown, message: string): void {
  try {
    f();
  } catch (e) {
    assert.instance(e, DataError, String(e));
    assert.is((e as Error).message, message);
    return;
  }
  assert.unreachable(`accepted bad data; expected: ${message}`);
}

const approx = (got: ArrayLike<number>, want: number[], eps = 1e-6) => {
  assert.is(got.length, want.length, 'length');
  for (let i = 0; i < want.length; i++) assert.ok(Math.abs(got[i] - want[i]) <= eps, `element ${i}: ${got[i]} vs ${want[i]}`);
};

const irisSpec: SpecTensor[] = [
  { name: 'measurements', dtype: 'f32', shape: [4], role: 'input' },
  { name: 'species', dtype: 'i32', shape: [], role: 'target', classes: 3 },
];

// ------------------------------------------------------------------ sources

test('CSV: header names, cells kept as text with their line and column; quotes, embedded newlines, blank lines, delimiter', () => {
  const t = csv('iris-small.csv');
  assert.is(t.size, 12);
  assert.equal(t.names, ['sepal_length', 'sepal_width', 'petal_length', 'petal_width', 'species']);
  assert.equal(numericRows(t, 'petal_width').values.slice(0, 2), Float64Array.from([0.2, 0.2]));
  assert.equal(t.cell(4, 'species').where, { file: 'iris-small.csv', row: 6, column: 5 });

  const q = csv('semicolon-quoted.csv', { delimiter: ';' });
  assert.is(q.size, 3);
  const notes = q.columns.get('note');
  assert.equal(notes?.kind === 'cells' ? notes.cells : [], ['hello; world', 'two\nlines', 'plain']);
  // The second record spans lines 3-4; the blank line 5 is skipped, so the third starts on line 6.
  assert.equal([0, 1, 2].map((r) => q.cell(r, 'label').where.row), [2, 3, 6]);

  // CRLF line ends, one inside a quoted field: lines are still the file's.
  const crlf = readCsv('a,b\r\n1,2\r\n"x\r\ny",3\r\n4,z\r\n', 'crlf.csv');
  assert.equal([0, 1, 2].map((r) => crlf.cell(r, 'b').where.row), [2, 3, 5]);
  refuses(() => numericRows(crlf, 'b'), "crlf.csv:5:2: expected a number in column 'b', found 'z'");

  const h = csv('no-header.csv', { header: false });
  assert.equal(h.names, ['0', '1', '2']);
  assert.is(h.size, 3);
  assert.equal(csv('no-header.csv', { header: false, names: ['a', 'b', 'y'] }).names, ['a', 'b', 'y']);
});

test('JSON lines: fields become columns, arrays keep their shape, blank lines are skipped', () => {
  const t = readJsonLines(text('samples.jsonl'), 'samples.jsonl');
  assert.is(t.size, 3);
  assert.equal(t.names, ['point', 'grid', 'label', 'text']);
  const grid = numericRows(t, 'grid');
  assert.equal(grid.shape, [2, 2]);
  assert.equal([...grid.values], [1, 2, 3, 4, 5, 6, 7, 8, 0, 0, 0, 1]);
  assert.equal(t.cell(2, 'label').where, { file: 'samples.jsonl', row: 4 });
});

test('NumPy .npy: every supported dtype, shapes after the sample axis, and a table of several arrays', () => {
  const x = npy('x.npy');
  assert.is(x.descr, '<f4');
  assert.equal(x.shape, [5, 6]);
  approx(x.values.slice(0, 3), [0, 0.1, 0.2]);
  approx(npy('x-f8.npy').values.slice(0, 3), [0, 0.1, 0.2], 1e-7);
  assert.equal([...npy('y.npy').values], [0, 1, 2, 1, 0]);
  assert.is(npy('y.npy').descr, '<i8');
  assert.equal([...npy('y-i4.npy').values], [0, 1, 2, 1, 0]);
  const img = npy('img-u1.npy');
  assert.is(img.descr, '|u1');
  assert.equal(img.shape, [5, 2, 2]);
  assert.equal([...img.values.slice(0, 4)], [0, 10, 20, 30]);
  const t = npyTable(
    [
      { name: 'image', file: 'img-u1.npy', array: img },
      { name: 'label', file: 'y.npy', array: npy('y.npy') },
    ],
    'img-u1.npy, y.npy',
  );
  assert.is(t.size, 5);
  assert.equal(numericRows(t, 'image').shape, [2, 2]);
});

test('a folder of texts: one class per sub-folder (sorted), files at any depth, other extensions and top-level files ignored', () => {
  const t = readTextFolder(dir + 'texts', 'texts');
  assert.is(t.size, 4);
  const cells = (c: string) => {
    const col = t.columns.get(c);
    return col?.kind === 'cells' ? col.cells : [];
  };
  assert.equal(cells('label'), ['neg', 'neg', 'pos', 'pos']);
  assert.equal(cells('file'), ['neg/001.txt', 'neg/002.txt', 'pos/001.txt', 'pos/more/002.txt']);
  assert.equal(cells('text')[3], 'Great fun, great cast.');
  assert.equal(t.cell(3, 'text').where, { file: 'texts/pos/more/002.txt' });
});

// ------------------------------------------------------------------ shipped datasets

test('iris by name: 150 flowers, 4 measurements, 3 species in sorted order; a seeded 120/30 split, the same every time', () => {
  const a = loadData('iris', irisSpec);
  assert.equal(a.info.sizes, { train: 120, test: 30 });
  assert.equal(a.info.classes.species, ['setosa', 'versicolor', 'virginica']);
  assert.equal(a.train.columns.measurements.shape, [4]);
  assert.is(a.train.columns.species.dtype, 'i32');
  const all = [...a.train.columns.measurements.data, ...(a.test?.columns.measurements.data ?? [])];
  approx([Math.min(...all), Math.max(...all)], [0.1, 7.9], 1e-6);
  const counts = [0, 0, 0];
  for (const d of [a.train, a.test]) for (const c of d?.columns.species.data ?? []) counts[c]++;
  assert.equal(counts, [50, 50, 50]);
  const b = loadData('iris', irisSpec);
  assert.equal(b.train.columns.measurements.data, a.train.columns.measurements.data);
  assert.equal(b.test?.columns.species.data, a.test?.columns.species.data);
});

test('mnist by name: 8,000 / 2,000 disjoint digits of 784 pixels in [0, 1], every class in both, the same split every time', () => {
  const named = loadNamedDataset('mnist');
  assert.is(named.train.size, 8000);
  assert.is(named.test?.size, 2000);
  const spec: SpecTensor[] = [
    { name: 'pixels', dtype: 'f32', shape: [28, 28], role: 'input' },
    { name: 'digit', dtype: 'i32', shape: [], role: 'target', classes: 10 },
  ];
  const d = loadData('mnist', spec);
  assert.equal(d.info.sizes, { train: 8000, test: 2000 });
  assert.equal(d.train.columns.pixels.shape, [28, 28]);
  assert.is(d.train.columns.pixels.data.length, 8000 * 784);
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of d.train.columns.pixels.data) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
  assert.equal([lo, hi], [0, 1]);
  for (const part of [d.train, d.test]) {
    const seen = new Set(part?.columns.digit.data);
    assert.equal([...seen].sort(), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  }
  // The fixed split: a second read gives the same rows in the same order.
  const image = named.train.columns.get('image');
  assert.ok(image?.kind === 'tensor' && Float32Array.from(image.values).every((v, i) => v === d.train.columns.pixels.data[i]));
  // No image is in both parts: compared by a hash of its pixels' bits.
  const hash = (data: Float32Array | Int32Array, r: number) => {
    const bits = new Uint32Array(data.buffer, r * 784 * 4, 784);
    let h = 0x811c9dc5;
    for (let i = 0; i < 784; i++) h = Math.imul(h ^ bits[i], 0x01000193) >>> 0;
    return h;
  };
  const trainHashes = new Set(Array.from({ length: 8000 }, (_, r) => hash(d.train.columns.pixels.data, r)));
  const test = d.test?.columns.pixels.data ?? new Float32Array(0);
  assert.equal(Array.from({ length: 2000 }, (_, r) => hash(test, r)).filter((h) => trainHashes.has(h)).length, 0);
});

test('spam-assassin by name: 6,046 e-mails tokenized to the spec sequence length, label 1 = spam, ids below the vocabulary', () => {
  const spec: SpecTensor[] = [
    { name: 'tokens', dtype: 'i32', shape: [64], role: 'input', vocab: 2000 },
    { name: 'label', dtype: 'f32', shape: [1], role: 'target' },
  ];
  const d = loadData('spam-assassin', spec);
  assert.equal(d.info.sizes, { train: 4837, test: 1209 });
  assert.is(d.info.vocabularySize.tokens, 2000);
  const vocabulary = d.info.tensors.tokens.vocabulary;
  assert.equal(vocabulary?.words.slice(0, 3), ['', '<OOV>', 'the']);
  assert.is(vocabulary?.words.length, 2000);
  const tokens = d.train.columns.tokens.data;
  assert.is(tokens.length, 4837 * 64);
  assert.ok(tokens.every((t) => t >= 0 && t < 2000));
  let spam = 0;
  for (const part of [d.train, d.test]) for (const v of part?.columns.label.data ?? []) spam += v;
  assert.is(spam, 1896, 'spam-1 (500) and spam-2 (1,396)');
  assert.ok(d.train.columns.label.data.every((v) => v === 0 || v === 1));
});

// ------------------------------------------------------------------ preprocessing

test("tokenizer and pad_sequences match Keras: Tokenizer(num_words=5, oov_token='<OOV>') then pad_sequences(maxlen=4)", () => {
  const sentences = ['The cat sat on the mat.', 'The dog ate my homework!', "My cat ate the dog's food"];
  // Keras: counts the 4, cat 2, ate 2, my 2, then sat, on, mat, dog, homework, dog's, food once each (ties keep first
  // appearance). word_index: <OOV> 1, the 2, cat 3, ate 4, my 5, ...; num_words=5 keeps ids below 5.
  assert.equal(textToWords("My cat ate the dog's food"), ['my', 'cat', 'ate', 'the', "dog's", 'food']);
  const tok = Tokenizer.fit(sentences, 5);
  assert.equal(tok.vocabulary, ['', '<OOV>', 'the', 'cat', 'ate']);
  const seqs = sentences.map((s) => tok.encode(s));
  assert.equal(seqs, [
    [2, 3, 1, 1, 2, 1],
    [2, 1, 4, 1, 1],
    [1, 3, 4, 2, 1, 1],
  ]);
  assert.equal([...padSequences([...seqs, tok.encode('cat')], 4)], [1, 1, 2, 1, 1, 4, 1, 1, 4, 2, 1, 1, 0, 0, 0, 3]);
  assert.equal([...padSequences([[2, 3, 1, 1, 2, 1], [3]], 4, 'post', 'post')], [2, 3, 1, 1, 3, 0, 0, 0]);
  assert.equal([...padSequences([[2, 3, 1, 1, 2, 1], [3]], 4, 'pre', 'post')], [2, 3, 1, 1, 0, 0, 0, 3]);
  // Reading only the words kept by truncation gives the same ids as reading everything.
  assert.equal(tok.encode(sentences[0], { count: 4, from: 'end' }), [1, 1, 2, 1]);
  assert.equal(tok.encode(sentences[0], { count: 4, from: 'start' }), [2, 3, 1, 1]);
  // Without num_words every word has an id; any whitespace splits, and case is kept when asked.
  assert.is(Tokenizer.fit(sentences).size, 13);
  assert.equal(textToWords('Tab\there\r\nNBSP\u00a0too', false), ['Tab', 'here', 'NBSP', 'too']);
});

test('normalisation: standardise and min-max with training-row statistics per feature, scale by a constant', () => {
  // Rows [1, 10], [3, 30], [100, 1000]; statistics from rows 0 and 1 only.
  const values = Float64Array.from([1, 10, 3, 30, 100, 1000]);
  const std = fitNormalization('standardize', values, [2], [0, 1]);
  assert.equal(std, { method: 'standardize', mean: [2, 20], std: [1, 10] });
  const a = Float64Array.from(values);
  applyNormalization(std, a, [2]);
  approx(a, [-1, -1, 1, 1, 98, 98]);
  const mm = fitNormalization('minmax', values, [2], [0, 1]);
  assert.equal(mm, { method: 'minmax', min: [1, 10], max: [3, 30] });
  const b = Float64Array.from(values);
  applyNormalization(mm, b, [2]);
  approx(b, [0, 0, 1, 1, 49.5, 49.5]);
  const c = Float64Array.from([0, 255]);
  applyNormalization(fitNormalization({ scale: 1 / 255, offset: -0.5 }, c, [], [0]), c, []);
  approx(c, [-0.5, 0.5]);
  // A constant feature is centred, not divided by zero; a [2, 2] sample has statistics per last-axis feature.
  const d = Float64Array.from([5, 1, 5, 3, 5, 5, 5, 7]);
  const s = fitNormalization('standardize', d, [2, 2], [0, 1]);
  assert.equal(s, { method: 'standardize', mean: [5, 4], std: [0, Math.sqrt(5)] });
  applyNormalization(s, d, [2, 2]);
  approx(d, [0, -3 / Math.sqrt(5), 0, -1 / Math.sqrt(5), 0, 1 / Math.sqrt(5), 0, 3 / Math.sqrt(5)]);
});

test('label encoding: names sorted (numbers by value), an explicit class order, ids as they are, one-hot rows', () => {
  const t = csv('iris-small.csv');
  const named = encodeClasses([t], 'species', 'auto', { tensor: 'species' });
  assert.equal(named.names, ['setosa', 'versicolor', 'virginica']);
  assert.equal([...named.ids[0]], [0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2]);
  const listed = encodeClasses([t], 'species', 'label', { tensor: 'species' }, ['virginica', 'setosa', 'versicolor']);
  assert.equal([...listed.ids[0].slice(0, 5)], [1, 1, 1, 1, 2]);
  const ids = encodeClasses([csv('bad-label.csv')], 'label', 'auto', { tensor: 'y' });
  assert.equal(ids.names, ['0', '1', '2', '3']);
  const numbers = readCsv('y\n10\n9\n10\n', 'n.csv');
  assert.equal(encodeClasses([numbers], 'y', 'label', { tensor: 'y' }).names, ['9', '10']);
  assert.equal([...oneHot(Int32Array.from([2, 0]), 3)], [0, 0, 1, 1, 0, 0]);
});

// ------------------------------------------------------------------ datasets, splits, batches

const small: Dataset = {
  size: 5,
  columns: {
    x: { dtype: 'f32', shape: [2], data: Float32Array.from([0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5]) },
    y: { dtype: 'i32', shape: [], data: Int32Array.from([0, 1, 2, 3, 4]) },
  },
};

test('take, split and shuffledOrder: seeded, deterministic, disjoint and complete', () => {
  const t = take(small, [4, 0]);
  assert.equal(t, { size: 2, columns: { x: { dtype: 'f32', shape: [2], data: Float32Array.from([4, 4.5, 0, 0.5]) }, y: { dtype: 'i32', shape: [], data: Int32Array.from([4, 0]) } } });
  const order = shuffledOrder(1000, 7, 0);
  assert.equal([...order].sort((a, b) => a - b), Array.from({ length: 1000 }, (_, i) => i), 'a permutation');
  assert.equal(shuffledOrder(1000, 7, 0), order, 'the same for the same seed and epoch');
  assert.not.equal(shuffledOrder(1000, 7, 1), order, 'another epoch, another order');
  assert.not.equal(shuffledOrder(1000, 8, 0), order, 'another seed, another order');
  // Pinned, so a change of generator or of the shuffle is seen: Threefry-2x32 keyed (seed, epoch).
  assert.equal([...shuffledOrder(8, 1, 0)], [6, 7, 0, 3, 1, 2, 4, 5]);
  assert.equal([...shuffledOrder(8, 1, 1)], [5, 3, 2, 0, 1, 4, 7, 6]);
  assert.equal([...(splitIndices(10, { test: 0.3 }, 5).test ?? [])], [8, 5, 0]);
  const parts = splitIndices(100, { validation: 0.1, test: 0.2 }, 1);
  assert.equal([parts.train.length, parts.validation?.length, parts.test?.length], [70, 10, 20]);
  const all = [...parts.train, ...(parts.validation ?? []), ...(parts.test ?? [])].sort((a, b) => a - b);
  assert.equal(all, Array.from({ length: 100 }, (_, i) => i));
  assert.equal(splitIndices(100, { validation: 0.1, test: 0.2 }, 1), parts);
  assert.not.equal(splitIndices(100, { validation: 0.1, test: 0.2 }, 2).test, parts.test);
  const s = split(small, { test: 0.4 }, 3);
  assert.equal([s.train.size, s.test?.size, s.validation], [3, 2, undefined]);
  assert.equal([...(s.train.columns.y.data as Int32Array), ...(s.test?.columns.y.data ?? [])].sort(), [0, 1, 2, 3, 4]);
  refuses(() => splitIndices(3, { validation: 0.5, test: 0.5 }, 0), 'a split of 3 rows into 2 for validation and 2 for test leaves no rows for training');
});

test('batches: rows in the given order, the last batch padded with its first row at weight 0', () => {
  const got = [...batches(small, 2, [4, 3, 2, 1, 0])];
  assert.is(got.length, 3);
  assert.equal([...got[0].feeds.y], [4, 3]);
  assert.equal([...got[0].feeds.x], [4, 4.5, 3, 3.5]);
  assert.equal([...got[0].weight], [1, 1]);
  assert.equal([got[2].count, [...got[2].feeds.y], [...got[2].feeds.x], [...got[2].weight]], [1, [0, 0], [0, 0.5, 0, 0.5], [1, 0]]);
  assert.ok(got[2].feeds.x instanceof Float32Array && got[2].feeds.y instanceof Int32Array);
  const plain = [...batches(small, 5)];
  assert.equal([plain.length, plain[0].count, [...plain[0].feeds.y]], [1, 5, [0, 1, 2, 3, 4]]);
  assert.equal([...batches(small, 8)][0].weight, Float32Array.from([1, 1, 1, 1, 1, 0, 0, 0]));
});

// ------------------------------------------------------------------ bad data, refused before training

const csvConfig = (file: string, inputs: string[], label = 'label') => ({
  source: { csv: file },
  inputs: { x: { columns: inputs } },
  targets: { y: { column: label } },
});
const xy = (width: number, classes?: number): SpecTensor[] => [
  { name: 'x', dtype: 'f32', shape: [width], role: 'input' },
  { name: 'y', dtype: 'i32', shape: [], role: 'target', ...(classes ? { classes } : {}) },
];

test('bad CSV: wrong column count, a non-number, a label outside the classes, empty files, a broken quote', () => {
  refuses(() => csv('bad-columns.csv'), 'bad-columns.csv:4: row has 3 fields, the header has 4');
  refuses(() => loadData(csvConfig('bad-number.csv', ['a', 'b', 'c']), xy(3), dir), "bad-number.csv:3:2: expected a number in column 'b', found 'abc'");
  refuses(() => loadData(csvConfig('bad-label.csv', ['a', 'b']), xy(2, 3), dir), "bad-label.csv:5:3: class id 3 in column 'label' is outside 0..2: the spec's 'y' has 3 classes");
  refuses(() => loadData(csvConfig('empty.csv', ['a']), xy(1), dir), 'empty.csv: the file is empty');
  refuses(() => loadData(csvConfig('header-only.csv', ['a']), xy(1), dir), 'header-only.csv: the file has a header row but no data rows');
  refuses(() => csv('bad-quote.csv'), 'bad-quote.csv:3: not valid CSV: Quote Not Closed: the parsing is finished with an opening quote');
  refuses(() => csv('no-header.csv', { header: false, names: ['a', 'b'] }), 'no-header.csv:1: row has 3 fields, the config names 2 columns');
  refuses(() => readCsv('a,a\n1,2\n', 'dup.csv'), "dup.csv:1:2: the header names column 'a' twice (columns 1 and 2)");
  refuses(() => numericRows(readCsv('x,y\n1e999,0\n', 'huge.csv'), 'x'), "huge.csv:2:1: the number '1e999' in column 'x' is too large");
  refuses(() => numericRows(readCsv('x,y\n,0\n', 'blank.csv'), 'x'), "blank.csv:2:1: expected a number in column 'x', found an empty cell");
});

test('bad shapes: 783 features for a 784-wide input, more classes than the spec has, text where numbers are expected', () => {
  const config = { source: { npy: { x: 'x-783.npy', y: 'y-i4.npy' } } };
  refuses(() => loadData(config, xy(784), dir), "x-783.npy: the spec's input 'x' is f32[batch, 784] (784 values per sample); column 'x' gives 783 (shape [783])");
  refuses(
    () => loadData({ source: { csv: 'iris-small.csv' }, inputs: { x: { columns: [0, 1, 2] } }, targets: { y: { column: 'species' } } }, xy(4), dir),
    "iris-small.csv: the spec's input 'x' is f32[batch, 4] (4 values per sample); columns 'sepal_length', 'sepal_width', 'petal_length' give 3",
  );
  refuses(
    () => loadData({ source: { csv: 'iris-small.csv' }, inputs: { x: { columns: [0, 1, 2, 3] } }, targets: { y: { column: 'species' } } }, xy(4, 2), dir),
    "iris-small.csv: column 'species' has 3 classes ('setosa', 'versicolor', 'virginica'), but the spec's 'y' has 2 classes",
  );
  refuses(
    () => loadData({ source: { csv: 'iris-small.csv' }, inputs: { x: { column: 'species' } }, targets: { y: { column: 'species' } } }, xy(1), dir),
    "iris-small.csv:2:5: column 'species' holds text, but the spec's input 'x' is f32[batch, 1]: text becomes word ids in an i32[batch, length] input",
  );
});

test('bad JSON lines and folders: broken JSON, a missing field, ragged arrays, no class folders', () => {
  // The rest of the message is V8's own, and differs between Node versions.
  assert.throws(() => readJsonLines(text('bad.jsonl'), 'bad.jsonl'), (e: Error) => e instanceof DataError && e.message.startsWith('bad.jsonl:3: not valid JSON: '));
  refuses(() => readJsonLines('[1, 2]\n', 'arr.jsonl'), 'arr.jsonl:1: expected a JSON object (one sample per line), found an array');
  refuses(() => readJsonLines('\n\n', 'blank.jsonl'), 'blank.jsonl: the file is empty');
  refuses(() => loadData({ source: { jsonl: 'missing-field.jsonl' } }, [{ name: 'x', dtype: 'f32', shape: [], role: 'input' }, { name: 'y', dtype: 'i32', shape: [], role: 'target' }], dir), "missing-field.jsonl:2: field 'y' is missing");
  refuses(() => numericRows(readJsonLines(text('ragged.jsonl'), 'ragged.jsonl'), 'x'), "ragged.jsonl:2: the array in field 'x' is not of shape [3] like the first row's");
  refuses(() => readTextFolder(dir + 'empty-folder', 'empty-folder'), 'empty-folder: has no sub-folders; put the files of each class in a sub-folder named after the class');
  refuses(() => readTextFolder(dir + 'texts', 'texts', { extensions: ['.csv'] }), 'texts: has no .csv files in its sub-folders (neg, pos)');
});

test('bad .npy: Fortran order, unsupported dtypes, not a .npy file, NaN values, sample counts that differ, a scalar', () => {
  refuses(() => npy('fortran.npy'), 'fortran.npy: the array is stored in Fortran (column-major) order; save it in C order instead (numpy.save(f, numpy.ascontiguousarray(a)))');
  refuses(() => npy('big-endian.npy'), "big-endian.npy: dtype '>f4' is not supported; use <f4 (float32), <f8 (float64), <i4 (int32), <i8 (int64) or |u1 (uint8), little-endian");
  refuses(() => npy('float16.npy'), "float16.npy: dtype '<f2' is not supported; use <f4 (float32), <f8 (float64), <i4 (int32), <i8 (int64) or |u1 (uint8), little-endian");
  refuses(() => decodeNpy(readFileSync(dir + 'iris-small.csv'), 'iris-small.csv'), 'iris-small.csv: is not a NumPy .npy file (it does not start with \\x93NUMPY)');
  refuses(() => decodeNpy(readFileSync(dir + 'x.npy').subarray(0, 200), 'cut.npy'), 'cut.npy: the file is truncated: shape (5, 6) of <f4 needs 120 bytes of data, the file holds 72');
  refuses(() => loadData({ source: { npy: { x: 'x.npy', y: 'y4.npy' } } }, xy(6), dir), 'y4.npy: has 4 samples along axis 0, x.npy has 5; every array needs one row per sample');
  refuses(() => loadData({ source: { npy: { x: 'nan.npy', y: 'y.npy' } } }, xy(2), dir), "nan.npy: sample 1 (0-based) of 'x' holds NaN (element 1 of the row); values must be finite numbers");
  refuses(() => loadData({ source: { npy: { x: 'scalar.npy', y: 'y.npy' } } }, xy(1), dir), 'scalar.npy: holds a single value (shape ()), not one row per sample along axis 0');
});

test('npy data fitted to a spec: uint8 images scaled by a constant, int64 class ids checked against the classes', () => {
  const config = { source: { npy: { image: 'img-u1.npy', label: 'y.npy' } }, inputs: { x: { column: 'image', normalize: { scale: 0.01 } } }, targets: { y: { column: 'label' } } };
  const d = loadData(config, [{ name: 'x', dtype: 'f32', shape: [2, 2], role: 'input' }, { name: 'y', dtype: 'i32', shape: [], role: 'target', classes: 3 }], dir);
  approx(d.train.columns.x.data.slice(0, 4), [0, 0.1, 0.2, 0.3]);
  assert.equal([...d.train.columns.y.data], [0, 1, 2, 1, 0]);
  refuses(
    () => loadData(config, [{ name: 'x', dtype: 'f32', shape: [4], role: 'input' }, { name: 'y', dtype: 'i32', shape: [], role: 'target', classes: 2 }], dir),
    "y.npy: class id 2 in sample 2 (0-based) of 'label' is outside 0..1: the spec's 'y' has 2 classes",
  );
});

test.run();
