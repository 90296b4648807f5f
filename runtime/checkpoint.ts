// Training checkpoints <-> safetensors bytes (parameters, state: optimizer, epoch sums, layer variables; run metadata), checked both ways; files are the Node layer's (node/checkpoint-file.ts).
// Layout: F32 tensors `param/<path>` then `state/<path>` (the manifest's state roles tell layer variables apart); `__metadata__` holds format, version and the run's meta as strings.
import { decodeSafetensors, encodeSafetensors, SafetensorsError, type SafetensorsTensor } from './safetensors.js';

/** What a checkpoint says about the run that wrote it. */
export interface CheckpointMeta {
  /** The `.model` spec text, so a checkpoint can be inspected or resumed without the original file. */
  spec: string;
  specHash: string;
  programHash: string;
  model: string;
  /** Epochs finished; with `stepInEpoch`, the epoch (0-based) that was interrupted. */
  epoch: number;
  /** Optimizer steps taken in all. */
  step: number;
  seed: number;
  /** Steps of epoch `epoch` already taken, for a checkpoint saved mid-epoch (Ctrl-C); absent or 0 at an epoch's end. */
  stepInEpoch?: number;
  /** Per-epoch history or any other JSON value; stored JSON-encoded. */
  history?: unknown;
}

/** A training checkpoint: parameter and optimizer-state values by path, their shapes, and the run's meta. */
export interface Checkpoint {
  params: Record<string, Float32Array>;
  state: Record<string, Float32Array>;
  shapes: { params: Record<string, number[]>; state: Record<string, number[]> };
  meta: CheckpointMeta;
}

/** What a program expects of a checkpoint it is about to load. */
export interface CheckpointExpectation {
  programHash: string;
  params: { path: string; shape: number[] }[];
  /** Layer variables (state with role `variable`, e.g. BatchNorm's moving statistics), which weights-only loads need too. */
  variables?: { path: string; shape: number[] }[];
}

/** A checkpoint that cannot be written or read; the message names the file and the problem. */
export class CheckpointError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CheckpointError';
  }
}

/** The `format` metadata value that marks a safetensors file as an mdlc checkpoint. */
export const CHECKPOINT_FORMAT = 'mdlc-checkpoint';
/** The layout version this module writes and reads. */
export const CHECKPOINT_VERSION = '1';

const GROUPS = [
  ['params', 'param/'],
  ['state', 'state/'],
] as const;
const INTEGER_FIELDS = ['epoch', 'step', 'seed'] as const;
const STRING_FIELDS = ['spec', 'specHash', 'programHash', 'model'] as const;

const shapeText = (shape: readonly number[]) => `[${shape.join(', ')}]`;

/**
 * A checkpoint as the bytes of a safetensors file, refusing inconsistent input before any byte is written;
 * `path` only names it in the CheckpointError.
 */
export function encodeCheckpoint(ckpt: Checkpoint, path = 'checkpoint'): Uint8Array {
  const tensors: Record<string, SafetensorsTensor> = {};
  for (const [group, prefix] of GROUPS) {
    const values = ckpt[group] ?? {};
    const shapes = ckpt.shapes?.[group] ?? {};
    for (const [name, data] of Object.entries(values)) {
      if (name === '') throw new CheckpointError(`cannot write checkpoint ${path}: a ${group} entry has an empty name`);
      if (!(data instanceof Float32Array)) throw new CheckpointError(`cannot write checkpoint ${path}: ${group} "${name}" must be a Float32Array`);
      const shape = shapes[name];
      if (shape === undefined) throw new CheckpointError(`cannot write checkpoint ${path}: ${group} "${name}" has no entry in shapes.${group}`);
      Object.defineProperty(tensors, prefix + name, { value: { dtype: 'F32', shape, data }, enumerable: true, writable: true, configurable: true });
    }
    for (const name of Object.keys(shapes))
      if (!Object.hasOwn(values, name)) throw new CheckpointError(`cannot write checkpoint ${path}: shapes.${group} names "${name}" but ${group} has no such entry`);
  }
  const meta = ckpt.meta;
  if (meta === undefined || meta === null) throw new CheckpointError(`cannot write checkpoint ${path}: meta is missing`);
  const metadata: Record<string, string> = { format: CHECKPOINT_FORMAT, version: CHECKPOINT_VERSION };
  for (const field of STRING_FIELDS) {
    if (typeof meta[field] !== 'string') throw new CheckpointError(`cannot write checkpoint ${path}: meta.${field} must be a string`);
    metadata[field] = meta[field];
  }
  for (const field of INTEGER_FIELDS) {
    if (!Number.isSafeInteger(meta[field])) throw new CheckpointError(`cannot write checkpoint ${path}: meta.${field} must be an integer, got ${String(meta[field])}`);
    metadata[field] = String(meta[field]);
  }
  if (meta.stepInEpoch !== undefined && meta.stepInEpoch !== 0) {
    if (!Number.isSafeInteger(meta.stepInEpoch) || meta.stepInEpoch < 0) throw new CheckpointError(`cannot write checkpoint ${path}: meta.stepInEpoch must be a non-negative integer, got ${String(meta.stepInEpoch)}`);
    metadata.stepInEpoch = String(meta.stepInEpoch);
  }
  if (meta.history !== undefined) {
    let json: string | undefined;
    try {
      json = JSON.stringify(meta.history);
    } catch (e) {
      throw new CheckpointError(`cannot write checkpoint ${path}: meta.history cannot be stored as JSON (${(e as Error).message})`);
    }
    if (json === undefined) throw new CheckpointError(`cannot write checkpoint ${path}: meta.history cannot be stored as JSON`);
    metadata.history = json;
  }
  try {
    return encodeSafetensors(tensors, metadata);
  } catch (e) {
    if (e instanceof SafetensorsError) throw new CheckpointError(`cannot write checkpoint ${path}: ${e.message}`);
    throw e;
  }
}

/** Reads the run's meta from a checkpoint's metadata, naming the first field that is missing or malformed. */
function readMeta(path: string, metadata: Record<string, string>): CheckpointMeta {
  const fail = (problem: string) => new CheckpointError(`checkpoint ${path}: ${problem}`);
  if (metadata.format !== CHECKPOINT_FORMAT)
    throw new CheckpointError(`${path} is not an mdlc checkpoint: it is a safetensors file without format "${CHECKPOINT_FORMAT}" in its metadata`);
  if (metadata.version !== CHECKPOINT_VERSION)
    throw fail(`layout version ${JSON.stringify(metadata.version ?? null)} is not supported (this mdlc reads version ${CHECKPOINT_VERSION}); it may have been written by a newer mdlc`);
  const strings: Record<string, string> = {};
  for (const field of STRING_FIELDS) {
    if (typeof metadata[field] !== 'string') throw fail(`the metadata has no "${field}"`);
    strings[field] = metadata[field];
  }
  const integers: Record<string, number> = {};
  for (const field of INTEGER_FIELDS) {
    const text = metadata[field];
    if (typeof text !== 'string') throw fail(`the metadata has no "${field}"`);
    if (!/^-?\d+$/.test(text) || !Number.isSafeInteger(Number(text))) throw fail(`the metadata "${field}" must be an integer, got ${JSON.stringify(text)}`);
    integers[field] = Number(text);
  }
  if (integers.epoch < 0 || integers.step < 0) throw fail(`the metadata epoch and step must not be negative, got epoch ${integers.epoch}, step ${integers.step}`);
  const meta: CheckpointMeta = {
    spec: strings.spec,
    specHash: strings.specHash,
    programHash: strings.programHash,
    model: strings.model,
    epoch: integers.epoch,
    step: integers.step,
    seed: integers.seed,
  };
  if (metadata.stepInEpoch !== undefined) {
    const n = Number(metadata.stepInEpoch);
    if (!/^\d+$/.test(metadata.stepInEpoch) || !Number.isSafeInteger(n)) throw fail(`the metadata "stepInEpoch" must be a non-negative integer, got ${JSON.stringify(metadata.stepInEpoch)}`);
    if (n > 0) meta.stepInEpoch = n;
  }
  if (metadata.history !== undefined) {
    try {
      meta.history = JSON.parse(metadata.history);
    } catch (e) {
      throw fail(`the metadata "history" is not valid JSON (${(e as Error).message})`);
    }
  }
  return meta;
}

/** Reads and checks a checkpoint from its bytes; throws a CheckpointError naming `path` (only used in messages) and the problem. */
export function decodeCheckpoint(bytes: Uint8Array, path = 'checkpoint'): Checkpoint {
  if (bytes.length === 0) throw new CheckpointError(`checkpoint ${path} is empty: it is truncated or was never written`);
  let file;
  try {
    file = decodeSafetensors(bytes);
  } catch (e) {
    if (e instanceof SafetensorsError) throw new CheckpointError(`${path} is not a readable checkpoint: ${e.message}`);
    throw e;
  }
  const meta = readMeta(path, file.metadata);
  const ckpt: Checkpoint = { params: {}, state: {}, shapes: { params: {}, state: {} }, meta };
  for (const [name, tensor] of Object.entries(file.tensors)) {
    const group = GROUPS.find(([, prefix]) => name.startsWith(prefix) && name.length > prefix.length);
    if (group === undefined) throw new CheckpointError(`checkpoint ${path}: tensor "${name}" is neither "param/<path>" nor "state/<path>"`);
    if (tensor.dtype !== 'F32' || !(tensor.data instanceof Float32Array)) throw new CheckpointError(`checkpoint ${path}: tensor "${name}" is ${tensor.dtype}, but checkpoints hold F32 tensors`);
    const [key, prefix] = group;
    const inner = name.slice(prefix.length);
    // Own data properties, so a path named "__proto__" stays an entry.
    Object.defineProperty(ckpt[key], inner, { value: tensor.data, enumerable: true, writable: true, configurable: true });
    Object.defineProperty(ckpt.shapes[key], inner, { value: tensor.shape, enumerable: true, writable: true, configurable: true });
  }
  return ckpt;
}

/**
 * Lists, as readable sentences, why a checkpoint cannot be loaded into a program: a different compilation,
 * and parameters missing, extra or of another shape. An empty list means it fits.
 */
export function checkCompatible(ckpt: Checkpoint, expected: CheckpointExpectation): string[] {
  const problems: string[] = [];
  if (ckpt.meta.programHash !== expected.programHash)
    problems.push(
      `the checkpoint was written by a different compilation of the spec (program hash ${ckpt.meta.programHash.slice(0, 12)} in the checkpoint, ${expected.programHash.slice(0, 12)} now); ` +
        'the spec, its settings (--set, --batch-size, --lr, --seed) or the compiler changed since it was saved',
    );
  const have = ckpt.shapes.params;
  const wanted = new Set<string>();
  for (const { path, shape } of expected.params) {
    wanted.add(path);
    if (!Object.hasOwn(have, path)) problems.push(`parameter "${path}" ${shapeText(shape)} is missing from the checkpoint`);
    else if (have[path].length !== shape.length || have[path].some((d, i) => d !== shape[i]))
      problems.push(`parameter "${path}" has shape ${shapeText(have[path])} in the checkpoint but the program needs ${shapeText(shape)}`);
  }
  for (const path of Object.keys(have)) if (!wanted.has(path)) problems.push(`the checkpoint has parameter "${path}" ${shapeText(have[path])}, which the program does not have`);
  const state = ckpt.shapes.state;
  for (const { path, shape } of expected.variables ?? []) {
    if (!Object.hasOwn(state, path)) problems.push(`layer variable "${path}" ${shapeText(shape)} is missing from the checkpoint`);
    else if (state[path].length !== shape.length || state[path].some((d, i) => d !== shape[i]))
      problems.push(`layer variable "${path}" has shape ${shapeText(state[path])} in the checkpoint but the program needs ${shapeText(shape)}`);
  }
  return problems;
}

/** Where checkpoint files are written and read: the Node layer installs its atomic file writer (node/checkpoint-file.ts). */
export interface CheckpointFiles {
  save(path: string, ckpt: Checkpoint): Promise<void>;
  load(path: string): Promise<Checkpoint>;
}

let files: CheckpointFiles | undefined;

/** Makes `Model.save` and `Model.restore` write and read files through `next`; the Node entry points call it. */
export function setCheckpointFiles(next: CheckpointFiles): void {
  files = next;
}

/** The installed checkpoint files, or a CheckpointError saying that a path needs a file system (a browser has none). */
export function checkpointFiles(): CheckpointFiles {
  if (files) return files;
  throw new CheckpointError(
    'saving or restoring a checkpoint by path needs a file system: in Node import mdlc or mdlc/runtime; ' +
      'elsewhere use model.checkpoint() with encodeCheckpoint(), and decodeCheckpoint() with model.restoreCheckpoint()',
  );
}
