// Training checkpoints <-> safetensors bytes (parameters, state: optimizer, epoch sums, layer variables; run metadata), checked both ways; files are the Node layer's (node/checkpoint-file.ts).
// Layout: F32 tensors `param/<path>` then `state/<path>` (the manifest's state roles tell layer variables apart); `__metadata__` holds format, version and the run's meta as strings,
// and `checksums`: a CRC-32 of each tensor's bytes and one of the header's content, checked on every read (files written before checksums load without).
import { crc32Hex } from './crc32.js';
import { decodeSafetensorsLayout, encodeSafetensors, littleEndianBytes, SafetensorsError, type SafetensorsLayout, type SafetensorsTensor } from './safetensors.js';

export { checkCompatible, type CheckpointExpectation, type CheckpointMatch, type ExpectedTensor } from './checkpoint-fit.js';

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
  /** How the training data was prepared (runtime/data/preprocessing.ts), JSON-encoded; absent in checkpoints written before it travelled. */
  preprocessing?: unknown;
}

/** A training checkpoint: parameter and optimizer-state values by path, their shapes, and the run's meta. */
export interface Checkpoint {
  params: Record<string, Float32Array>;
  state: Record<string, Float32Array>;
  shapes: { params: Record<string, number[]>; state: Record<string, number[]> };
  meta: CheckpointMeta;
}

/** How `restore` loads a checkpoint; by default all of it, only into the same compilation, and only finite values. */
export interface RestoreOptions {
  /** Only the weights (parameters and layer variables), from any compilation of the same spec; the optimizer state and step are left alone. */
  weightsOnly?: boolean;
  /** Loads a checkpoint of another spec or compilation whose tensors fit by name and shape (they are still checked). */
  allowOtherSpec?: boolean;
  /** Loads NaN and infinite values too, which are refused by default: a checkpoint saved after training diverged. */
  allowNonFinite?: boolean;
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

/** The metadata key of the checksums, which the header checksum leaves out (it cannot cover itself). */
export const CHECKSUMS_KEY = 'checksums';

/** What `checksums` holds: CRC-32s as 8 hex digits, of each tensor's bytes and of the header's content. */
interface Checksums {
  algorithm: 'crc32';
  header: string;
  tensors: Record<string, string>;
}

/**
 * The CRC-32 of what a header says, whatever its spacing or key order: the metadata but `checksums`, and each tensor's
 * name, dtype, shape and checksum. A changed byte that changes what the header means changes it.
 */
function headerChecksum(metadata: Record<string, string>, tensors: [name: string, dtype: string, shape: unknown, crc: string | null][]): string {
  const meta = Object.keys(metadata)
    .filter((k) => k !== CHECKSUMS_KEY)
    .sort()
    .map((k) => [k, metadata[k]]);
  const byName = [...tensors].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return crc32Hex(new TextEncoder().encode(JSON.stringify([meta, byName])));
}

const isHex8 = (v: unknown): v is string => typeof v === 'string' && /^[0-9a-f]{8}$/.test(v);

/** Checks a file's checksums, when it has them, naming the header or the tensor (and its bytes) that does not match. */
function verifyChecksums(path: string, bytes: Uint8Array, file: SafetensorsLayout): void {
  const text = file.metadata[CHECKSUMS_KEY];
  if (text === undefined) {
    // Written before checksums (the tensors' presence and shapes are still checked on load), and then with the fields
    // of that time alone: any other is a changed "checksums" name, since a newer mdlc always writes checksums.
    const unknown = Object.keys(file.metadata).find((k) => !(KNOWN_FIELDS as readonly string[]).includes(k));
    if (unknown !== undefined && file.metadata.format === CHECKPOINT_FORMAT)
      throw new CheckpointError(`checkpoint ${path} is corrupt: its metadata (in the header, bytes 8 to ${file.headerEnd}) has no "${CHECKSUMS_KEY}" but an unknown field ${JSON.stringify(unknown)}`);
    return;
  }
  const corrupt = (problem: string) => new CheckpointError(`checkpoint ${path} is corrupt: ${problem}`);
  let sums: Partial<Checksums>;
  try {
    sums = JSON.parse(text);
  } catch {
    throw corrupt(`the metadata "${CHECKSUMS_KEY}" (in the header, bytes 8 to ${file.headerEnd}) is not valid JSON`);
  }
  const tensors = sums?.tensors;
  if (sums?.algorithm !== 'crc32' || !isHex8(sums.header) || typeof tensors !== 'object' || tensors === null || !Object.values(tensors).every(isHex8))
    throw corrupt(`the metadata "${CHECKSUMS_KEY}" (in the header, bytes 8 to ${file.headerEnd}) is not {"algorithm":"crc32","header":<8 hex digits>,"tensors":{<name>:<8 hex digits>}}`);
  const names = Object.keys(file.tensors);
  const stored = (name: string) => (Object.hasOwn(tensors, name) ? tensors[name] : null);
  const header = headerChecksum(file.metadata, names.map((n) => [n, file.tensors[n].dtype, file.tensors[n].shape, stored(n)]));
  if (header !== sums.header)
    throw corrupt(`its header (bytes 0 to ${file.headerEnd}) does not match its checksum (crc32 ${sums.header} stored, ${header} computed): a byte of its metadata or tensor table changed after it was written`);
  for (const name of names) {
    const { begin, end } = file.spans[name];
    const want = stored(name);
    if (want === null) throw corrupt(`tensor "${name}" (bytes ${begin} to ${end}) has no checksum in the metadata "${CHECKSUMS_KEY}"`);
    const got = crc32Hex(bytes.subarray(begin, end));
    if (got !== want) throw corrupt(`tensor "${name}" (bytes ${begin} to ${end} of the file) does not match its checksum (crc32 ${want} stored, ${got} computed): its data changed after it was written`);
  }
  for (const name of Object.keys(tensors)) if (!Object.hasOwn(file.tensors, name)) throw corrupt(`the metadata "${CHECKSUMS_KEY}" names tensor "${name}", which the file does not hold`);
}

const GROUPS = [
  ['params', 'param/'],
  ['state', 'state/'],
] as const;
const INTEGER_FIELDS = ['epoch', 'step', 'seed'] as const;
const STRING_FIELDS = ['spec', 'specHash', 'programHash', 'model'] as const;
/** Every metadata field a checkpoint without checksums may have. */
const KNOWN_FIELDS = ['format', 'version', ...STRING_FIELDS, ...INTEGER_FIELDS, 'stepInEpoch', 'history', 'preprocessing'] as const;

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
      if (!Array.isArray(shape) || !shape.every((d) => Number.isSafeInteger(d) && d >= 0))
        throw new CheckpointError(`cannot write checkpoint ${path}: shapes.${group} "${name}" must be a list of non-negative integers, got ${JSON.stringify(shape) ?? String(shape)}`);
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
  if (meta.preprocessing !== undefined) metadata.preprocessing = JSON.stringify(meta.preprocessing);
  const crcs: Record<string, string> = {};
  for (const [name, t] of Object.entries(tensors)) Object.defineProperty(crcs, name, { value: crc32Hex(littleEndianBytes(t.data)), enumerable: true, writable: true, configurable: true });
  const header = headerChecksum(metadata, Object.entries(tensors).map(([name, t]) => [name, t.dtype, t.shape, crcs[name]]));
  metadata[CHECKSUMS_KEY] = JSON.stringify({ algorithm: 'crc32', header, tensors: crcs } satisfies Checksums);
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
  if (metadata.preprocessing !== undefined) {
    try {
      meta.preprocessing = JSON.parse(metadata.preprocessing);
    } catch (e) {
      throw fail(`the metadata "preprocessing" is not valid JSON (${(e as Error).message})`);
    }
  }
  return meta;
}

/** Reads and checks a checkpoint from its bytes; throws a CheckpointError naming `path` (only used in messages) and the problem. */
export function decodeCheckpoint(bytes: Uint8Array, path = 'checkpoint'): Checkpoint {
  if (bytes.length === 0) throw new CheckpointError(`checkpoint ${path} is empty: it is truncated or was never written`);
  let file: SafetensorsLayout;
  try {
    file = decodeSafetensorsLayout(bytes);
  } catch (e) {
    if (e instanceof SafetensorsError) throw new CheckpointError(`${path} is not a readable checkpoint: ${e.message}`);
    throw e;
  }
  verifyChecksums(path, bytes, file);
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

/** Where checkpoint files are written and read: the Node layer installs its atomic file writer (node/checkpoint-file.ts). */
export interface CheckpointFiles {
  save(path: string, ckpt: Checkpoint): Promise<void>;
  load(path: string): Promise<Checkpoint>;
  /** A weights file's bytes, for `Model.loadWeights` by path (a provider without it only loads weights from bytes). */
  readBytes?(path: string): Promise<Uint8Array>;
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
