// A dataset or one batch, and the model's tensors -> its values checked before any step runs: floats finite, class
// ids below the class count, token ids below the vocabulary; the first bad value named by tensor, sample and element.
// The check is on the host, once per call over the whole data (a batch for trainStep), so it is the same on every
// engine: WGSL may assume floats are finite, so a GPU can lose a NaN that the CPU would carry into the loss.
import type { SpecTensor } from '../../core/artifact.js';
import { DataError } from '../data/errors.js';

/** Where a bad value was found: which call, which data, and the step that was not taken (trainStep). */
export interface ValueSite {
  call: string;
  /** 'the training data', 'the validation data', 'the data' or 'the batch'. */
  data: string;
  /** The optimizer step (counted from 1) that was refused, for a batch given to trainStep. */
  step?: number;
}

/** `call: 'tensor' holds value in sample i (0-based) of data[, element j of the sample]`: where a bad value is. */
function heldAt(call: string, tensor: string, value: number, sample: number, element: number, data: string): string {
  return `${call}: '${tensor}' holds ${value} in sample ${sample} (0-based) of ${data}${element ? `, element ${element} of the sample` : ''}`;
}

/** An input or target value that is NaN or infinite, found before any step used it. */
export class NonFiniteInputError extends DataError {
  constructor(
    readonly call: string,
    readonly tensor: string,
    readonly sample: number,
    readonly element: number,
    readonly value: number,
    readonly step: number | undefined,
    data: string,
  ) {
    super(`${heldAt(call, tensor, value, sample, element, data)}; inputs and targets must be finite numbers (${notRun(step)})`);
    this.name = 'NonFiniteInputError';
  }
}

/** A class id at or above the class count, or a token id at or above the vocabulary, found before any step used it. */
export class IdOutOfRangeError extends DataError {
  constructor(
    readonly call: string,
    readonly tensor: string,
    readonly sample: number,
    readonly element: number,
    readonly value: number,
    readonly limit: number,
    readonly kind: 'classes' | 'vocab',
    readonly step: number | undefined,
    data: string,
    model: string,
  ) {
    const what = kind === 'classes' ? `${model} has ${limit} classes: class ids must be whole numbers from 0 to ${limit - 1}` : `its Embedding has ${limit} rows (vocab): ids must be whole numbers from 0 to ${limit - 1}`;
    super(`${heldAt(call, tensor, value, sample, element, data)}, but ${what} (${notRun(step)})`);
    this.name = 'IdOutOfRangeError';
  }
}

const notRun = (step: number | undefined): string => (step === undefined ? 'nothing was run' : `step ${step} was not taken`);

/** The index of the first NaN or infinity, or -1. */
function firstNonFinite(a: ArrayLike<number>): number {
  for (let i = 0; i < a.length; i++) {
    const v = a[i];
    // v - v is 0 for every finite number, NaN for NaN and both infinities.
    if (v - v !== 0) return i;
  }
  return -1;
}

/** The index of the first value that is not a whole number in [0, limit), or -1. */
function firstOutside(a: ArrayLike<number>, limit: number): number {
  for (let i = 0; i < a.length; i++) {
    const v = a[i];
    if (!(v >= 0 && v < limit && Number.isInteger(v))) return i;
  }
  return -1;
}

/**
 * Checks the values of every tensor of `tensors` that `columns` holds (flat, rows along the first axis): floats
 * finite, class ids below `classes`, ids feeding an Embedding below `vocab`. Throws the first problem found.
 */
export function checkValues(columns: Record<string, ArrayLike<number> | undefined>, tensors: readonly SpecTensor[], model: string, site: ValueSite): void {
  for (const t of tensors) {
    const data = columns[t.name];
    if (!data) continue;
    const per = Math.max(1, t.shape.reduce((a, b) => a * b, 1));
    if (t.dtype === 'f32') {
      const at = firstNonFinite(data);
      if (at >= 0) throw new NonFiniteInputError(site.call, t.name, Math.floor(at / per), at % per, data[at], site.step, site.data);
      continue;
    }
    // A tensor that is both a class target and an Embedding's ids must fit the smaller of the two.
    const kind = t.classes !== undefined && (t.vocab === undefined || t.classes <= t.vocab) ? 'classes' : t.vocab !== undefined ? 'vocab' : undefined;
    if (kind === undefined) continue;
    const limit = t[kind]!;
    const at = firstOutside(data, limit);
    if (at >= 0) throw new IdOutOfRangeError(site.call, t.name, Math.floor(at / per), at % per, data[at], limit, kind, site.step, site.data, model);
  }
}
