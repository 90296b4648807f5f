// Plain feeds and batches -> checked engine inputs: datasets from arrays by the manifest's tensors, and one step's
// feeds in a program's order (name, dtype, length), the reserved feeds filled by the runtime.
import type { ManifestProgram, Manifest, SpecTensor } from '../../core/artifact.js';
import { isReservedFeed, type ReservedFeedName } from '../../core/interface.js';
import type { Dataset } from '../data/dataset.js';
import type { Values } from './engine.js';
import { DataError } from '../data/errors.js';

/** Feeds by name: flat typed arrays or (nested) number arrays, one row per sample along the first axis. */
export type Inputs = Record<string, Float32Array | Int32Array | ArrayLike<number> | readonly unknown[]>;

/** One step's rows: feeds by input and target name, and the per-row weights (1 real, 0 padding). */
export interface Batch {
  feeds: Record<string, Float32Array | Int32Array | ArrayLike<number>>;
  weight: Float32Array;
}

/** How the runtime fills each reserved feed from a batch, and how messages name it. */
const reservedSupply: Record<ReservedFeedName, { what: string; value(batch: Batch): Float32Array | Int32Array }> = {
  '#weight': { what: 'the row weights', value: (batch) => batch.weight },
};

/** The feeds of one step in the program's order, checked (name, dtype, length) the same way for every engine. */
export function stepFeeds(manifest: Manifest, p: ManifestProgram, batch: Batch): Values {
  const reserved = new Set<string>(manifest.reserved.map((r) => r.name));
  const out: Values = {};
  for (const i of p.inputs) {
    const n = i.shape.reduce((a, b) => a * b, 1);
    const type = `${i.dtype}[${i.shape.join(', ')}]`;
    const supply = isReservedFeed(i.name) && reserved.has(i.name) ? reservedSupply[i.name] : undefined;
    const v = supply ? supply.value(batch) : batch.feeds[i.name];
    const what = supply ? supply.what : `'${i.name}'`;
    if (v === undefined) throw new DataError(`${p.name} needs ${what} (${type}); the batch has ${Object.keys(batch.feeds).map((k) => `'${k}'`).join(', ') || 'nothing'}`);
    if (v.length !== n) throw new DataError(`${p.name}: ${what} holds ${v.length} values but one batch of ${type} is ${n} (the model was compiled for batch size ${manifest.batchSize})`);
    if (i.dtype === 'i32') {
      if (v instanceof Float32Array) throw new DataError(`${p.name}: ${what} is ${type} but was given a Float32Array; pass an Int32Array`);
      out[i.name] = v instanceof Int32Array ? v : Int32Array.from(v);
    } else {
      if (v instanceof Int32Array) throw new DataError(`${p.name}: ${what} is ${type} but was given an Int32Array; pass a Float32Array`);
      out[i.name] = v instanceof Float32Array ? v : Float32Array.from(v);
    }
  }
  return out;
}

/** Whether `x` is already a dataset rather than plain feeds. */
export function isDataset(x: Inputs | Dataset): x is Dataset {
  return typeof (x as Dataset).size === 'number' && typeof (x as Dataset).columns === 'object' && (x as Dataset).columns !== null && !ArrayBuffer.isView((x as Dataset).columns);
}

/** Nested number arrays (or a typed array) -> one flat array, row-major. */
function flatten(value: Inputs[string]): Float32Array | Int32Array | ArrayLike<number> {
  if (ArrayBuffer.isView(value)) return value as Float32Array | Int32Array;
  const out: number[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'number') out.push(v);
    else if (Array.isArray(v) || ArrayBuffer.isView(v)) for (const x of Array.from(v as ArrayLike<unknown>)) walk(x);
    else throw new TypeError(`feeds must hold numbers, got ${typeof v}`);
  };
  walk(value);
  return out;
}

/** A dataset from feeds by name for a model's tensors: its inputs (`predict`), or its inputs and targets (`train`). */
export function toDataset(inputs: Inputs | Dataset, tensors: readonly SpecTensor[], model: string, need: 'predict' | 'train'): Dataset {
  if (isDataset(inputs)) return inputs;
  const wanted = tensors.filter((t) => need === 'train' || t.role === 'input');
  const columns: Dataset['columns'] = {};
  let size: number | undefined;
  for (const t of wanted) {
    const value = inputs[t.name];
    if (value === undefined) throw new DataError(`${model} needs '${t.name}' (${t.dtype}[batch${t.shape.map((d) => `, ${d}`).join('')}]); got ${Object.keys(inputs).map((k) => `'${k}'`).join(', ') || 'nothing'}`);
    const flat = flatten(value);
    const per = t.shape.reduce((a, b) => a * b, 1);
    if (flat.length % per !== 0 || flat.length === 0) throw new DataError(`'${t.name}' holds ${flat.length} values, which is not a whole number of samples of shape [${t.shape.join(', ')}] (${per} values each)`);
    const rows = flat.length / per;
    if (size !== undefined && rows !== size) throw new DataError(`'${t.name}' holds ${rows} samples but the other feeds hold ${size}`);
    size = rows;
    let data: Float32Array | Int32Array;
    if (t.dtype === 'i32') {
      data = flat instanceof Int32Array ? flat : Int32Array.from(flat as ArrayLike<number>);
      const bad = Array.prototype.findIndex.call(flat, (v: number) => !Number.isInteger(v));
      if (bad >= 0) throw new DataError(`'${t.name}' is i32, but value ${bad} is ${(flat as ArrayLike<number>)[bad]}`);
    } else data = flat instanceof Float32Array ? flat : Float32Array.from(flat as ArrayLike<number>);
    columns[t.name] = { dtype: t.dtype, shape: t.shape, data };
  }
  for (const k of Object.keys(inputs)) if (!wanted.some((t) => t.name === k)) throw new DataError(`'${k}' is not ${need === 'predict' ? 'an input' : 'an input or target'} of ${model} (it has ${wanted.map((t) => `'${t.name}'`).join(', ')})`);
  return { size: size ?? 0, columns };
}
