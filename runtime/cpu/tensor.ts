// Host tensors of the CPU executor, and the index arithmetic (strides, broadcasting, views) its kernels share.
import type { DType } from '../../core/ir.js';

/** Element storage: f32 (or f64 in the float64 checking mode) and i32. */
export type Data = Float32Array | Float64Array | Int32Array;

/** A dense row-major tensor on the host. */
export interface Tensor {
  dtype: DType;
  shape: number[];
  data: Data;
}

/** Float precision of a CPU run: f32 matches the GPU; f64 is for gradient checks against finite differences. */
export type Precision = 'f32' | 'f64';

/** Allocates a zeroed array for a dtype at a precision. */
export function alloc(dtype: DType, n: number, precision: Precision): Data {
  return dtype === 'i32' ? new Int32Array(n) : precision === 'f64' ? new Float64Array(n) : new Float32Array(n);
}

/** Row-major strides of a shape. */
export function strides(shape: number[]): number[] {
  const s = new Array<number>(shape.length);
  let acc = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    s[i] = acc;
    acc *= shape[i];
  }
  return s;
}

/** Number of elements. */
export function size(shape: number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

/** For every element of `outShape` (row-major), the offset base + Σ index[d] · inStrides[d] into another array. */
export function gatherOffsets(outShape: number[], inStrides: number[], base = 0): Int32Array {
  const n = size(outShape);
  const out = new Int32Array(n);
  const r = outShape.length;
  const idx = new Array<number>(r).fill(0);
  let off = base;
  for (let i = 0; i < n; i++) {
    out[i] = off;
    for (let d = r - 1; d >= 0; d--) {
      idx[d]++;
      off += inStrides[d];
      if (idx[d] < outShape[d]) break;
      off -= inStrides[d] * outShape[d];
      idx[d] = 0;
    }
  }
  return out;
}

/** Offsets reading an operand of `inShape` broadcast to `outShape` (equal ranks, or rank 0); undefined when no broadcasting is needed. */
export function broadcastOffsets(inShape: number[], outShape: number[]): Int32Array | undefined {
  if (inShape.length === outShape.length && inShape.every((d, i) => d === outShape[i])) return undefined;
  if (inShape.length === 0) return new Int32Array(size(outShape));
  const s = strides(inShape).map((st, i) => (inShape[i] === 1 ? 0 : st));
  return gatherOffsets(outShape, s);
}
