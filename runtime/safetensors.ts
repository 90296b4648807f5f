// Named F32/I32 tensors <-> safetensors bytes (browser-safe, no Node imports); a malformed file gives a SafetensorsError naming the tensor.
// Layout: u64 little-endian header length N, N bytes of JSON (space-padded to a multiple of 8), then the tensors' bytes.

/** The element types this reader and writer support (both 4-byte little-endian). */
export type SafetensorsDtype = 'F32' | 'I32';

/** One tensor: element type, shape (row-major) and values. */
export interface SafetensorsTensor {
  dtype: SafetensorsDtype;
  shape: number[];
  data: Float32Array | Int32Array;
}

/** A decoded file: its tensors by name, in file order, and the string-to-string `__metadata__` (empty when absent). */
export interface SafetensorsFile {
  tensors: Record<string, SafetensorsTensor>;
  metadata: Record<string, string>;
}

/** A file that cannot be read or tensors that cannot be written; the message names the tensor or header field at fault. */
export class SafetensorsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SafetensorsError';
  }
}

/** The largest header accepted (the reference implementation's limit), so a corrupt length cannot ask for gigabytes. */
export const MAX_HEADER_BYTES = 100_000_000;

/** Element types of the safetensors format that are valid but not supported here, to tell them from typos. */
const OTHER_DTYPES = ['BOOL', 'U8', 'I8', 'F8_E5M2', 'F8_E4M3', 'I16', 'U16', 'F16', 'BF16', 'U32', 'F64', 'I64', 'U64'];

const BYTES_PER_ELEMENT = 4;
const hostIsLittleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const numel = (shape: number[]) => shape.reduce((a, b) => a * b, 1);
const show = (v: unknown) => JSON.stringify(v) ?? String(v);

/** Copies typed-array values into little-endian bytes (a plain copy on little-endian hosts). */
function toLittleEndian(data: Float32Array | Int32Array, out: Uint8Array, at: number): void {
  if (hostIsLittleEndian) {
    out.set(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), at);
    return;
  }
  const view = new DataView(out.buffer, out.byteOffset + at, data.byteLength);
  for (let i = 0; i < data.length; i++) {
    if (data instanceof Float32Array) view.setFloat32(i * 4, data[i], true);
    else view.setInt32(i * 4, data[i], true);
  }
}

/** A tensor's values as the little-endian bytes a safetensors file holds (a view on little-endian hosts, a copy elsewhere). */
export function littleEndianBytes(data: Float32Array | Int32Array): Uint8Array {
  if (hostIsLittleEndian) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  const out = new Uint8Array(data.byteLength);
  toLittleEndian(data, out, 0);
  return out;
}

/** Reads little-endian bytes into a fresh typed array (copied, so the result never aliases the file and needs no alignment). */
function fromLittleEndian(dtype: SafetensorsDtype, bytes: Uint8Array): Float32Array | Int32Array {
  const n = bytes.length / BYTES_PER_ELEMENT;
  // A fresh copy, not bytes.slice(): on a Node Buffer slice() is a view into a shared pool.
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  if (hostIsLittleEndian) return dtype === 'F32' ? new Float32Array(copy.buffer, 0, n) : new Int32Array(copy.buffer, 0, n);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = dtype === 'F32' ? new Float32Array(n) : new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = dtype === 'F32' ? view.getFloat32(i * 4, true) : view.getInt32(i * 4, true);
  return out;
}

/**
 * Encodes tensors (stored in the order given, back to back) and optional string metadata as a safetensors file.
 * Throws a SafetensorsError naming the tensor when a dtype, shape or length is inconsistent.
 */
export function encodeSafetensors(tensors: Record<string, SafetensorsTensor>, metadata?: Record<string, string>): Uint8Array {
  const header: Record<string, unknown> = {};
  if (metadata !== undefined) {
    for (const [k, v] of Object.entries(metadata)) if (typeof v !== 'string') throw new SafetensorsError(`metadata "${k}" must be a string, got ${show(v)}`);
    header.__metadata__ = metadata;
  }
  let offset = 0;
  const entries = Object.entries(tensors);
  for (const [name, t] of entries) {
    if (name === '__metadata__') throw new SafetensorsError('a tensor cannot be named "__metadata__" (the name is reserved for the metadata)');
    if (t.dtype !== 'F32' && t.dtype !== 'I32') throw new SafetensorsError(`tensor "${name}": dtype must be F32 or I32, got ${show(t.dtype)}`);
    if (!(t.dtype === 'F32' ? t.data instanceof Float32Array : t.data instanceof Int32Array))
      throw new SafetensorsError(`tensor "${name}": dtype ${t.dtype} needs ${t.dtype === 'F32' ? 'a Float32Array' : 'an Int32Array'}, got ${t.data?.constructor?.name ?? show(t.data)}`);
    if (!Array.isArray(t.shape) || !t.shape.every(isCount)) throw new SafetensorsError(`tensor "${name}": shape must be a list of non-negative integers, got ${show(t.shape)}`);
    if (t.data.length !== numel(t.shape)) throw new SafetensorsError(`tensor "${name}": shape [${t.shape.join(', ')}] needs ${numel(t.shape)} values, got ${t.data.length}`);
    const end = offset + t.data.byteLength;
    // Own data property, so a tensor named "__proto__" is stored as a tensor rather than changing the prototype.
    Object.defineProperty(header, name, { value: { dtype: t.dtype, shape: t.shape, data_offsets: [offset, end] }, enumerable: true, writable: true, configurable: true });
    offset = end;
  }
  const json = new TextEncoder().encode(JSON.stringify(header));
  const headerLength = Math.ceil(json.length / 8) * 8;
  const out = new Uint8Array(8 + headerLength + offset);
  new DataView(out.buffer).setBigUint64(0, BigInt(headerLength), true);
  out.set(json, 8);
  out.fill(0x20, 8 + json.length, 8 + headerLength);
  let at = 8 + headerLength;
  for (const [, t] of entries) {
    toLittleEndian(t.data, out, at);
    at += t.data.byteLength;
  }
  return out;
}

/** Reads the JSON header: its length, bytes and parse; throws on a truncated or malformed one. */
function readHeader(bytes: Uint8Array): { header: Record<string, unknown>; dataStart: number } {
  if (!(bytes instanceof Uint8Array)) throw new SafetensorsError('expected the bytes of a file (a Uint8Array)');
  if (bytes.length < 8) throw new SafetensorsError(`the file is ${bytes.length} bytes long, too short for the 8-byte header length: it is truncated or not a safetensors file`);
  const length = new DataView(bytes.buffer, bytes.byteOffset, 8).getBigUint64(0, true);
  if (length < 2n) throw new SafetensorsError(`the header length is ${length} bytes, too short for a JSON object: this is not a safetensors file (the length is bytes 0 to 8)`);
  if (length > BigInt(MAX_HEADER_BYTES)) throw new SafetensorsError(`the header length is ${length} bytes, more than the ${MAX_HEADER_BYTES} allowed: this is not a safetensors file, or it is corrupt (the length is bytes 0 to 8)`);
  const n = Number(length);
  if (8 + n > bytes.length) throw new SafetensorsError(`the header says it is ${n} bytes long but only ${bytes.length - 8} bytes follow the length: the file is truncated (it ends at byte ${bytes.length})`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(8, 8 + n));
  } catch {
    throw new SafetensorsError(`the header is not valid UTF-8 (it is bytes 8 to ${8 + n}): this is not a safetensors file, or it is corrupt`);
  }
  if (!text.startsWith('{')) throw new SafetensorsError(`the header must be a JSON object starting with "{", got ${show(text.slice(0, 20))} at byte 8: this is not a safetensors file`);
  let header: unknown;
  try {
    header = JSON.parse(text);
  } catch (e) {
    throw new SafetensorsError(`the header is not valid JSON (${(e as Error).message}; the header is bytes 8 to ${8 + n}, and JSON positions count from byte 8): the file is corrupt`);
  }
  if (!isRecord(header)) throw new SafetensorsError(`the header must be a JSON object (it is bytes 8 to ${8 + n})`);
  return { header, dataStart: 8 + n };
}

function readMetadata(value: unknown): Record<string, string> {
  if (value === undefined) return {};
  if (!isRecord(value)) throw new SafetensorsError(`__metadata__ must be an object of strings, got ${show(value)}`);
  for (const [k, v] of Object.entries(value)) if (typeof v !== 'string') throw new SafetensorsError(`__metadata__ "${k}" must be a string, got ${show(v)}`);
  return value as Record<string, string>;
}

interface Entry {
  name: string;
  dtype: SafetensorsDtype;
  shape: number[];
  begin: number;
  end: number;
}

/** Checks one header entry: an object with a supported dtype, a shape, and offsets that fit the data and the shape. */
function readEntry(name: string, value: unknown, dataLength: number): Entry {
  const where = `tensor "${name}"`;
  if (!isRecord(value)) throw new SafetensorsError(`${where}: its header entry must be an object with dtype, shape and data_offsets, got ${show(value)}`);
  for (const field of ['dtype', 'shape', 'data_offsets']) if (!(field in value)) throw new SafetensorsError(`${where}: its header entry has no "${field}"`);
  const { dtype, shape, data_offsets: offsets } = value;
  if (dtype !== 'F32' && dtype !== 'I32') {
    if (typeof dtype === 'string' && OTHER_DTYPES.includes(dtype)) throw new SafetensorsError(`${where}: dtype ${dtype} is not supported; mdlc reads F32 and I32 tensors`);
    throw new SafetensorsError(`${where}: unknown dtype ${show(dtype)}; mdlc reads F32 and I32 tensors`);
  }
  if (!Array.isArray(shape) || !shape.every(isCount)) throw new SafetensorsError(`${where}: shape must be a list of non-negative integers, got ${show(shape)}`);
  if (!Array.isArray(offsets) || offsets.length !== 2 || !offsets.every(isCount)) throw new SafetensorsError(`${where}: data_offsets must be two non-negative integers [begin, end], got ${show(offsets)}`);
  const [begin, end] = offsets as number[];
  if (begin > end) throw new SafetensorsError(`${where}: data_offsets [${begin}, ${end}] end before they begin`);
  if (end > dataLength) throw new SafetensorsError(`${where}: data_offsets [${begin}, ${end}] go past the end of the data (${dataLength} bytes): the file is truncated`);
  const need = numel(shape) * BYTES_PER_ELEMENT;
  if (end - begin !== need) throw new SafetensorsError(`${where}: shape [${shape.join(', ')}] of ${dtype} needs ${need} bytes but data_offsets [${begin}, ${end}] hold ${end - begin}`);
  return { name, dtype, shape: shape as number[], begin, end };
}

/** A decoded file with where each tensor's bytes lie in it (`begin` to `end`, counted from the file's first byte) and where the header ends. */
export interface SafetensorsLayout extends SafetensorsFile {
  spans: Record<string, { begin: number; end: number }>;
  headerEnd: number;
}

/**
 * Decodes a safetensors file, checking everything: the header length and JSON, each entry's dtype, shape and offsets,
 * and that the tensors tile the data exactly (no overlap, gap or trailing bytes). Throws a SafetensorsError, never crashes.
 */
export function decodeSafetensors(bytes: Uint8Array): SafetensorsFile {
  const { tensors, metadata } = decodeSafetensorsLayout(bytes);
  return { tensors, metadata };
}

/** `decodeSafetensors`, with where each tensor lies in the file: what a checksum over a tensor's bytes, or a message naming them, needs. */
export function decodeSafetensorsLayout(bytes: Uint8Array): SafetensorsLayout {
  const { header, dataStart } = readHeader(bytes);
  const dataLength = bytes.length - dataStart;
  const metadata = readMetadata(header.__metadata__);
  const entries = Object.entries(header)
    .filter(([name]) => name !== '__metadata__')
    .map(([name, value]) => readEntry(name, value, dataLength));
  const sorted = [...entries].sort((a, b) => a.begin - b.begin || a.end - b.end);
  let covered = 0;
  let previous: Entry | undefined;
  for (const e of sorted) {
    // Empty tensors occupy no bytes, so they cannot overlap anything.
    if (e.begin === e.end) continue;
    if (e.begin < covered) throw new SafetensorsError(`tensor "${e.name}": data_offsets [${e.begin}, ${e.end}] overlap those of tensor "${previous!.name}" [${previous!.begin}, ${previous!.end}]`);
    if (e.begin > covered) throw new SafetensorsError(`tensor "${e.name}": data_offsets [${e.begin}, ${e.end}] leave bytes ${covered}..${e.begin} of the data unused: the file is corrupt`);
    covered = e.end;
    previous = e;
  }
  if (covered !== dataLength) throw new SafetensorsError(`the data is ${dataLength} bytes long but the tensors use ${covered}: ${dataLength - covered} bytes at the end belong to no tensor (from byte ${dataStart + covered} of the file)`);
  const data = bytes.subarray(dataStart);
  const tensors = Object.fromEntries(entries.map((e) => [e.name, { dtype: e.dtype, shape: e.shape, data: fromLittleEndian(e.dtype, data.subarray(e.begin, e.end)) }]));
  const spans = Object.fromEntries(entries.map((e) => [e.name, { begin: dataStart + e.begin, end: dataStart + e.end }]));
  return { tensors, metadata, spans, headerEnd: dataStart };
}
