// NumPy .npy bytes (format 1.0-3.0, C order; <f4 <f8 <i4 <i8 |u1) -> an array, and several arrays -> a Table with one column each.
import { DataError, quote } from '../../../runtime/data/errors.js';
import type { RawColumn, Table } from '../table.js';

/** A decoded .npy array: its shape (axis 0 = samples) and values. */
export interface NpyArray {
  descr: string;
  shape: number[];
  integer: boolean;
  values: Float32Array | Float64Array | Int32Array | Uint8Array;
}

const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]; // \x93NUMPY

/** Bytes per element and how to read the little-endian data, for each supported descr. */
const DTYPES: Record<string, { bytes: number; integer: boolean; read: (b: ArrayBuffer) => NpyArray['values'] }> = {
  '<f4': { bytes: 4, integer: false, read: (b) => new Float32Array(b) },
  '<f8': { bytes: 8, integer: false, read: (b) => new Float64Array(b) },
  '<i4': { bytes: 4, integer: true, read: (b) => new Int32Array(b) },
  '<i8': { bytes: 8, integer: true, read: (b) => Float64Array.from(new BigInt64Array(b), Number) },
  '|u1': { bytes: 1, integer: true, read: (b) => new Uint8Array(b) },
  '<u1': { bytes: 1, integer: true, read: (b) => new Uint8Array(b) },
};

const SUPPORTED = '<f4 (float32), <f8 (float64), <i4 (int32), <i8 (int64) or |u1 (uint8), little-endian';

/** Decodes a .npy file's bytes; any other format, dtype or Fortran order is a DataError naming `file`. */
export function decodeNpy(bytes: Uint8Array, file: string): NpyArray {
  if (bytes.length === 0) throw new DataError('the file is empty', { file });
  if (bytes.length < 10 || MAGIC.some((m, i) => bytes[i] !== m)) throw new DataError('is not a NumPy .npy file (it does not start with \\x93NUMPY)', { file });
  const major = bytes[6];
  if (major < 1 || major > 3) throw new DataError(`.npy format version ${major}.${bytes[7]} is not supported (1.0 to 3.0 are)`, { file });
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const lengthBytes = major === 1 ? 2 : 4;
  if (bytes.length < 8 + lengthBytes) throw new DataError('the file is truncated inside its header', { file });
  const headerLength = major === 1 ? view.getUint16(8, true) : view.getUint32(8, true);
  const dataStart = 8 + lengthBytes + headerLength;
  if (bytes.length < dataStart) throw new DataError('the file is truncated inside its header', { file });
  const header = new TextDecoder(major === 3 ? 'utf-8' : 'latin1').decode(bytes.subarray(8 + lengthBytes, dataStart));
  const descr = /['"]descr['"]\s*:\s*['"]([^'"]*)['"]/.exec(header)?.[1];
  const fortran = /['"]fortran_order['"]\s*:\s*(True|False)/.exec(header)?.[1];
  const shapeText = /['"]shape['"]\s*:\s*\(([^)]*)\)/.exec(header)?.[1];
  if (descr === undefined || fortran === undefined || shapeText === undefined)
    throw new DataError(`the .npy header has no ${descr === undefined ? "'descr' string (structured arrays are not supported)" : fortran === undefined ? "'fortran_order'" : "'shape'"}: ${quote(header.trim())}`, { file });
  const dtype = DTYPES[descr];
  if (!dtype) throw new DataError(`dtype '${descr}' is not supported; use ${SUPPORTED}`, { file });
  if (fortran === 'True') throw new DataError('the array is stored in Fortran (column-major) order; save it in C order instead (numpy.save(f, numpy.ascontiguousarray(a)))', { file });
  const shape = shapeText
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((s) => Number(s.replace(/L$/, '')));
  if (shape.some((n) => !Number.isInteger(n) || n < 0)) throw new DataError(`the .npy header has a bad shape (${shapeText})`, { file });
  const count = shape.reduce((a, b) => a * b, 1);
  const needed = count * dtype.bytes;
  if (bytes.length - dataStart < needed)
    throw new DataError(`the file is truncated: shape (${shape.join(', ')}) of ${descr} needs ${needed} bytes of data, the file holds ${bytes.length - dataStart}`, { file });
  // A copy: typed arrays need an aligned offset, and the data may start anywhere in a pooled Buffer.
  const data = new Uint8Array(bytes.subarray(dataStart, dataStart + needed)).buffer;
  const values = dtype.read(data);
  if (descr === '<i8') {
    const big = (values as Float64Array).findIndex((v) => !Number.isSafeInteger(v));
    if (big >= 0) throw new DataError(`element ${big} (${values[big]}) is too large for a whole number of 53 bits`, { file });
  }
  return { descr, shape, integer: dtype.integer, values };
}

/** A Table of several .npy arrays, one column per name; every array must hold the same number of samples along axis 0. */
export function npyTable(arrays: { name: string; file: string; array: NpyArray }[], origin: string): Table {
  const first = arrays[0];
  for (const a of arrays) {
    if (a.array.shape.length === 0) throw new DataError(`holds a single value (shape ()), not one row per sample along axis 0`, { file: a.file });
    if (a.array.shape[0] !== first.array.shape[0])
      throw new DataError(`has ${a.array.shape[0]} samples along axis 0, ${first.file} has ${first.array.shape[0]}; every array needs one row per sample`, { file: a.file });
  }
  const size = first.array.shape[0];
  if (size === 0) throw new DataError('holds no samples (axis 0 has length 0)', { file: first.file });
  const files = new Map(arrays.map((a) => [a.name, a.file]));
  const columns = new Map<string, RawColumn>(arrays.map((a) => [a.name, { kind: 'tensor', shape: a.array.shape.slice(1), integer: a.array.integer, values: a.array.values }]));
  return {
    origin,
    size,
    names: arrays.map((a) => a.name),
    columns,
    textCells: false,
    cell: (row, column) => ({ where: { file: files.get(column) ?? origin }, name: `sample ${row} (0-based) of '${column}'` }),
  };
}
