// Raw feeds (source columns: texts, measurements) -> the spec's prepared inputs, by the model's preprocessing; a class
// target's output -> class names and probabilities per row.
import type { Manifest, ScoreActivation, SpecTensor } from '../../core/artifact.js';
import type { Dataset } from '../data/dataset.js';
import { MissingPreprocessingError, type Preprocessing, prepareRaw, rawColumns, type RawColumnValues } from '../data/preprocessing.js';
import type { Values } from './engine.js';
import { type Inputs, isDataset } from './feeds.js';

/** `f32[batch, 4]` for messages. */
const typeOf = (t: SpecTensor) => `${t.dtype}[batch${t.shape.map((d) => `, ${d}`).join('')}]`;

/**
 * The feeds as the spec takes them: a dataset, or feeds by spec name, as they are; feeds by source column (raw texts
 * or numbers) prepared with `prep`. Raw columns asked of a model without preprocessing are a MissingPreprocessingError.
 */
export function preparedInputs(inputs: Inputs | Dataset, tensors: readonly SpecTensor[], prep: Preprocessing | undefined, model: string): Inputs | Dataset {
  if (isDataset(inputs)) return inputs;
  const names = new Set(tensors.map((t) => t.name));
  const keys = Object.keys(inputs);
  if (keys.length === 0 || keys.every((k) => names.has(k))) return inputs;
  if (!prep) {
    if (keys.some((k) => names.has(k))) return inputs;
    const first = tensors.find((t) => t.role === 'input');
    const needs = first ? `${model} needs '${first.name}' (${typeOf(first)}); got ${keys.map((k) => `'${k}'`).join(', ')}` : `${model} has no inputs`;
    throw new MissingPreprocessingError(
      `${needs}. Raw columns are prepared only with the preprocessing the model's data was loaded with, and this model has none: its checkpoint was saved before preprocessing travelled with checkpoints, or no data was loaded for it (loadDataFor). Give the prepared inputs by the spec's names, or train again to save a checkpoint that carries it`,
    );
  }
  const raw = rawColumns(prep);
  if (!keys.some((k) => raw.includes(k))) return inputs;
  return prepareRaw(prep, tensors, inputs as Record<string, RawColumnValues>, model);
}

/** One row's class: its name and id, its probability, and every class's probability by name. */
export interface ClassRow {
  class: string;
  id: number;
  probability: number;
  probabilities: Record<string, number>;
}

/** What `classify` returns: the class target, its class names in id order, one ClassRow per input row, and the raw outputs. */
export interface Classified {
  target: string;
  classes: string[];
  rows: ClassRow[];
  outputs: Values;
}

/** Where a class target's scores are: the output, its activation, and the class names (from the preprocessing, else the ids). */
export interface ClassLayout {
  target: string;
  output: string;
  activation: ScoreActivation;
  /** Values per row of the output: 1 for a binary label's one logit or probability, else the class count. */
  width: number;
  names: string[];
}

/** The class target of the manifest's scores, or undefined when the model predicts no classes (a regression, an autoencoder). */
export function classLayout(manifest: Manifest, prep: Preprocessing | undefined): ClassLayout | undefined {
  const scores = manifest.scores;
  if (!scores) return undefined;
  const output = manifest.programs.find((p) => p.name === 'predict')?.outputs.find((o) => o.name === scores.output);
  if (!output) return undefined;
  const width = output.shape.slice(1).reduce((a, b) => a * b, 1);
  const count = width === 1 ? 2 : width;
  const listed = prep?.targets[scores.target]?.classes;
  const names = listed && listed.length === count ? listed : Array.from({ length: count }, (_, i) => String(i));
  return { target: scores.target, output: output.name, activation: scores.activation, width, names };
}

/** Each row's class and probabilities from the output `layout` names; rows are `outputs[output].length / width`. */
export function classRows(outputs: Values, layout: ClassLayout): ClassRow[] {
  const values = outputs[layout.output];
  const per = layout.width;
  return Array.from({ length: values.length / per }, (_, r) => {
    const row = Array.from(values.subarray(r * per, (r + 1) * per));
    const p = probabilities(row, layout.activation);
    const id = p.indexOf(Math.max(...p));
    return { class: layout.names[id], id, probability: p[id], probabilities: Object.fromEntries(layout.names.map((n, i) => [n, p[i]])) };
  });
}

/** A row of scores as class probabilities: softmax of logits, sigmoid of one logit (two classes), or as they are. */
function probabilities(row: number[], activation: ScoreActivation): number[] {
  if (row.length === 1) {
    const p1 = activation === 'sigmoid' ? 1 / (1 + Math.exp(-row[0])) : row[0];
    return [1 - p1, p1];
  }
  if (activation !== 'softmax') return row;
  const max = Math.max(...row);
  const e = row.map((x) => Math.exp(x - max));
  const total = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / total);
}
