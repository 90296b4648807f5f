// The elementwise ops, written once: each op's float64 scalar meaning (CPU executor, constant folding) and its WGSL expression (emission).
import { erf } from './erf.js';
import type { BinaryOp, DType, Op, UnaryOp } from './ir.js';

/** A unary op: its value on one scalar, and the WGSL of that value from the operand's expression. */
export interface UnaryRule {
  /** The value in float64; the caller stores it in the result's precision (f32 or f64) or truncates it (i32). */
  scalar: (x: number) => number;
  /** The WGSL expression of the result, whose dtype is `dtype`. */
  wgsl: (x: string, dtype: DType) => string;
}

/** A binary op: its value on two scalars (operands already broadcast), and the WGSL of that value. */
export interface BinaryRule {
  /** The value in float64; the caller stores it in the result's precision or truncates it (i32). */
  scalar: (a: number, b: number) => number;
  /** The WGSL expression of the result from the operands' expressions. */
  wgsl: (a: string, b: string, dtype: DType) => string;
}

const zero = (dtype: DType) => (dtype === 'i32' ? '0i' : '0.0f');

/** Every unary op's meaning. Adding a UnaryOp without one fails to compile. */
export const unaryRules: Record<UnaryOp, UnaryRule> = {
  neg: { scalar: (x) => -x, wgsl: (x) => `(-${x})` },
  exp: { scalar: Math.exp, wgsl: (x) => `exp(${x})` },
  log: { scalar: Math.log, wgsl: (x) => `log(${x})` },
  sqrt: { scalar: Math.sqrt, wgsl: (x) => `sqrt(${x})` },
  // WGSL's tanh may be computed through exp, which overflows to NaN for large |x|; tanh is ±1 in f32 beyond 15.
  tanh: { scalar: Math.tanh, wgsl: (x) => `tanh(clamp(${x}, -15.0f, 15.0f))` },
  // The split form never overflows exp in float64; in f32 on the GPU, exp(-x) = inf gives the right limit 0.
  sigmoid: { scalar: (x) => (x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x))), wgsl: (x) => `(1.0f / (1.0f + exp(-${x})))` },
  relu: { scalar: (x) => (x > 0 ? x : 0), wgsl: (x, dtype) => `max(${x}, ${zero(dtype)})` },
  abs: { scalar: Math.abs, wgsl: (x) => `abs(${x})` },
  sign: { scalar: (x) => (x > 0 ? 1 : x < 0 ? -1 : 0), wgsl: (x) => `sign(${x})` },
  floor: { scalar: Math.floor, wgsl: (x) => `floor(${x})` },
  cos: { scalar: Math.cos, wgsl: (x) => `cos(${x})` },
  // Near double precision on the CPU; on the GPU `mdlc_erf` (the kernel prelude) is accurate to 1.5e-7, about f32's resolution.
  erf: { scalar: erf, wgsl: (x) => `mdlc_erf(${x})` },
  // The conversion itself is the result's storage: truncation for i32, rounding for f32.
  cast: { scalar: (x) => x, wgsl: (x, dtype) => `${dtype === 'i32' ? 'i32' : 'f32'}(${x})` },
};

/** Every binary op's meaning. Adding a BinaryOp without one fails to compile. Comparisons give 1 or 0, as f32 in WGSL. */
export const binaryRules: Record<BinaryOp, BinaryRule> = {
  add: { scalar: (a, b) => a + b, wgsl: (a, b) => `(${a} + ${b})` },
  sub: { scalar: (a, b) => a - b, wgsl: (a, b) => `(${a} - ${b})` },
  mul: { scalar: (a, b) => a * b, wgsl: (a, b) => `(${a} * ${b})` },
  div: { scalar: (a, b) => a / b, wgsl: (a, b) => `(${a} / ${b})` },
  max: { scalar: (a, b) => (a >= b ? a : b), wgsl: (a, b) => `max(${a}, ${b})` },
  min: { scalar: (a, b) => (a <= b ? a : b), wgsl: (a, b) => `min(${a}, ${b})` },
  lt: { scalar: (a, b) => (a < b ? 1 : 0), wgsl: (a, b) => `select(0.0f, 1.0f, ${a} < ${b})` },
  le: { scalar: (a, b) => (a <= b ? 1 : 0), wgsl: (a, b) => `select(0.0f, 1.0f, ${a} <= ${b})` },
  eq: { scalar: (a, b) => (a === b ? 1 : 0), wgsl: (a, b) => `select(0.0f, 1.0f, ${a} == ${b})` },
};

/** Whether an op is a unary elementwise op (has an entry in `unaryRules`). */
export function isUnaryOp(op: Op): op is UnaryOp {
  return Object.hasOwn(unaryRules, op);
}

/** Whether an op is a binary elementwise op (has an entry in `binaryRules`). */
export function isBinaryOp(op: Op): op is BinaryOp {
  return Object.hasOwn(binaryRules, op);
}
