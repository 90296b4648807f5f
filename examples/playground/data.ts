// The rows the playground trains on (scripts/playground.ts writes them beside the page): which dataset fits a spec's
// inputs and targets, and its training and held-out rows fetched as the typed arrays the worker's model takes.
import type { SpecTensor } from '../../core/artifact.js';
import type { Preprocessing } from '../../runtime/data/preprocessing.js';

/** The datasets the page has. */
export type DatasetName = 'mnist' | 'iris' | 'spam';

/** Rows the page can train on, by input and target name, split into training and held-out rows. */
export interface PageData {
  name: DatasetName;
  train: Record<string, Float32Array | Int32Array>;
  test: Record<string, Float32Array | Int32Array>;
  rows: { train: number; test: number };
  /** How the rows were made from raw text (the tokenizer), keyed by the spec's names: what the text box and checkpoints use. */
  preprocessing?: Preprocessing;
}

/** What a dataset offers a spec: a title, what it fits (one input and one target), and a sentence for the page. */
interface PageDataset {
  title: string;
  what: string;
  fits(input: SpecTensor, target: SpecTensor): boolean;
}

const same = (a: readonly number[], b: readonly number[]) => a.join() === b.join();

/** The datasets the server prepares, each with the per-sample shapes a spec must have to train on it. */
export const datasets: Record<DatasetName, PageDataset> = {
  mnist: {
    title: 'MNIST',
    what: 'MNIST digits: f32[batch, 784] pixels in [0, 1], an i32 label of 10 classes',
    fits: (i, t) => i.dtype === 'f32' && same(i.shape, [784]) && t.dtype === 'i32' && t.shape.length === 0 && t.classes === 10,
  },
  iris: {
    title: 'Iris',
    what: 'Iris: f32[batch, 4] standardised measurements, an i32 species of 3 classes',
    fits: (i, t) => i.dtype === 'f32' && same(i.shape, [4]) && t.dtype === 'i32' && t.shape.length === 0 && t.classes === 3,
  },
  spam: {
    title: 'SpamAssassin',
    what: 'SpamAssassin e-mails: i32[batch, 64] word ids of a 2000-word vocabulary, an f32[batch, 1] label (1 = spam), as specs/text-classifier.model reads them',
    fits: (i, t) => i.dtype === 'i32' && same(i.shape, [64]) && i.vocab === 2000 && t.dtype === 'f32' && same(t.shape, [1]),
  },
};

/** Which dataset fits a spec's inputs and targets, with the names the spec gives them. */
export function datasetFor(tensors: readonly SpecTensor[]): { name: DatasetName; input: string; target: string } | undefined {
  const inputs = tensors.filter((t) => t.role === 'input');
  const targets = tensors.filter((t) => t.role === 'target');
  if (inputs.length !== 1 || targets.length !== 1) return undefined;
  const [i, t] = [inputs[0], targets[0]];
  const name = (Object.keys(datasets) as DatasetName[]).find((n) => datasets[n].fits(i, t));
  return name && { name, input: i.name, target: t.name };
}

async function fetched(path: string): Promise<Response> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response;
}

/** The preprocessing of a dataset's one input and one target, renamed to the spec's names (a spec may call them anything). */
function renamed(p: Preprocessing, input: string, target: string): Preprocessing {
  const [i] = Object.values(p.inputs);
  const [t] = Object.values(p.targets);
  return { ...p, inputs: { [input]: i }, targets: { [target]: t } };
}

/** A dataset's rows, fetched from the server, under the spec's input and target names. */
export async function fetchData(name: DatasetName, input: string, target: string): Promise<PageData> {
  const meta = (await (await fetched(`data/${name}.json`)).json()) as { train: number; test: number; width: number; preprocessing?: Preprocessing };
  const x = await (await fetched(`data/${name}-x.bin`)).arrayBuffer();
  const y = new Uint8Array(await (await fetched(`data/${name}-y.bin`)).arrayBuffer());
  // MNIST pixels travel as bytes (value / 255 is exactly what the data loader gives); Iris rows as float32; word ids as uint16.
  const features = name === 'mnist' ? Float32Array.from(new Uint8Array(x), (v) => v / 255) : name === 'iris' ? new Float32Array(x) : Int32Array.from(new Uint16Array(x));
  const labels = name === 'spam' ? Float32Array.from(y) : Int32Array.from(y);
  const split = meta.train * meta.width;
  return {
    name,
    train: { [input]: features.subarray(0, split), [target]: labels.subarray(0, meta.train) },
    test: { [input]: features.subarray(split), [target]: labels.subarray(meta.train) },
    rows: { train: meta.train, test: meta.test },
    ...(meta.preprocessing ? { preprocessing: renamed(meta.preprocessing, input, target) } : {}),
  };
}

/** Only a dataset's preprocessing (the text box of a model loaded from a checkpoint without one). */
export async function fetchPreprocessing(name: DatasetName, input: string, target: string): Promise<Preprocessing | undefined> {
  const meta = (await (await fetched(`data/${name}.json`)).json()) as { preprocessing?: Preprocessing };
  return meta.preprocessing && renamed(meta.preprocessing, input, target);
}
