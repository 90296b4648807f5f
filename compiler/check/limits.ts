// The target's limits as numbers, and why a number breaks one: what f32, i32, float64 integers and WebGPU hold.

/** The limits a spec must fit, with the numbers the messages quote; the WebGPU ones are the defaults every device has. */
export const targetLimits = {
  /** Integers are computed in float64: exact up to 2^53 - 1. */
  maxExactInt: Number.MAX_SAFE_INTEGER,
  /** Element indices are i32/u32 in the kernels. */
  maxElements: 2 ** 31 - 1,
  /** WebGPU's default `maxBufferSize`. */
  maxBufferSize: 256 * 2 ** 20,
  /** WebGPU's default `maxStorageBufferBindingSize`: kernels bind each tensor's memory (arenas are bound whole). */
  maxBindingSize: 128 * 2 ** 20,
};

/** A count with thousands separators, as the summary prints parameter counts. */
export function count(n: number): string {
  return n.toLocaleString('en-US');
}

/** Bytes in MiB (or KiB) for messages. */
export function mib(bytes: number): string {
  if (bytes >= 2 ** 30) return `${(bytes / 2 ** 30).toFixed(1)} GiB`;
  return bytes >= 2 ** 20 ? `${(bytes / 2 ** 20).toFixed(1)} MiB` : `${(bytes / 1024).toFixed(1)} KiB`;
}

/** Why an integer cannot be computed exactly, or undefined when it can. */
export function intProblem(v: number): string | undefined {
  if (Number.isSafeInteger(v)) return undefined;
  return `it is beyond ${count(targetLimits.maxExactInt)} (2^53 - 1), the largest integer mdlc computes exactly`;
}

/** Why a number cannot be an f32 value, or undefined when it can (out of range, or a non-zero that rounds to 0). */
export function f32Problem(v: number): string | undefined {
  if (!Number.isFinite(v)) return 'it is not a finite number';
  if (!Number.isFinite(Math.fround(v))) return `${v} is beyond the f32 range (largest magnitude about 3.4028235e38)`;
  if (v !== 0 && Math.fround(v) === 0) return `${v} rounds to 0 in f32 (the smallest non-zero f32 is about 1.4e-45)`;
  return undefined;
}

/** Why an i32 operand cannot be held, or undefined when it can. */
export function i32Problem(v: number): string | undefined {
  if (v >= -(2 ** 31) && v <= 2 ** 31 - 1) return undefined;
  return `${v} is beyond the i32 range (-2,147,483,648 to 2,147,483,647)`;
}
