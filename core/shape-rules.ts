// Per-op shape and dtype rules of the IR: infer a node's type from its operands, or say why the operands do not fit.
import { type DType, numel, type Op, type OpArgs, type Window } from './ir.js';

/** A type: dtype and shape. */
export interface IRType {
  dtype: DType;
  shape: number[];
}

/** A rule: the result type, or a message. `given` is the node's declared type for ops whose shape is an argument of the node. */
export type ShapeRule<O extends Op> = (src: IRType[], arg: OpArgs[O], given: IRType | undefined) => IRType | string;

const leaf = (dtype?: DType): ShapeRule<Op> => (src, _arg, given) => {
  if (src.length !== 0) return 'takes no operands';
  if (!given) return 'needs a declared shape';
  if (dtype && given.dtype !== dtype) return `must be ${dtype}`;
  return given;
};

const unary: ShapeRule<Op> = (src) => (src.length === 1 ? src[0] : 'takes one operand');
const floatUnary: ShapeRule<Op> = (src) => (src.length !== 1 ? 'takes one operand' : src[0].dtype !== 'f32' ? 'needs f32' : src[0]);

/** Broadcast shape of elementwise operands: equal ranks with size-1 axes, or rank 0. */
export function broadcastShapes(shapes: number[][]): number[] | string {
  const ranked = shapes.filter((s) => s.length > 0);
  if (ranked.length === 0) return [];
  const rank = ranked[0].length;
  if (ranked.some((s) => s.length !== rank)) return `operand ranks differ: ${shapes.map((s) => `[${s}]`).join(' ')}`;
  const out: number[] = [];
  for (let i = 0; i < rank; i++) {
    const sizes = new Set(ranked.map((s) => s[i]).filter((d) => d !== 1));
    if (sizes.size > 1) return `axis ${i} does not broadcast: ${shapes.map((s) => `[${s}]`).join(' ')}`;
    out.push(sizes.size ? [...sizes][0] : 1);
  }
  return out;
}

const binary = (compare: boolean): ShapeRule<Op> => (src) => {
  if (src.length !== 2) return 'takes two operands';
  if (src[0].dtype !== src[1].dtype) return `operand dtypes differ: ${src[0].dtype} and ${src[1].dtype}`;
  const shape = broadcastShapes([src[0].shape, src[1].shape]);
  return typeof shape === 'string' ? shape : { dtype: compare ? 'f32' : src[0].dtype, shape };
};

const reduce = (dtype?: DType): ShapeRule<'sum' | 'reduce_max'> => (src, arg) => {
  if (src.length !== 1) return 'takes one operand';
  const [x] = src;
  if (arg.axes.some((a) => a < 0 || a >= x.shape.length) || new Set(arg.axes).size !== arg.axes.length) return `bad axes [${arg.axes}] for rank ${x.shape.length}`;
  return { dtype: dtype ?? x.dtype, shape: x.shape.map((d, i) => (arg.axes.includes(i) ? 1 : d)) };
};

/** Whether `out` windows of k taps d apart (spanning (k - 1)·d + 1), stride s and `pad` before, fit a size. */
function windowOut(size: number, k: number, s: number, pad: number, out: number, d = 1): boolean {
  k = (k - 1) * d + 1;
  return out >= 1 && (out - 1) * s + k - pad <= size + k && pad >= 0;
}

function windowRule(win: Window, x: IRType, out: number[] | undefined): string | undefined {
  if (x.shape.length !== 4) return 'needs an NHWC operand';
  if (!out || out.length !== 4) return 'needs a declared rank-4 shape';
  return undefined;
}

/** Every op's rule. Adding an Op without a rule fails to compile. */
export const shapeRules: { [O in Op]: ShapeRule<O> } = {
  param: leaf('f32'),
  input: leaf(),
  state: leaf('f32'),
  const: leaf(),
  iota: (src, arg, given) => (src.length || !given ? 'takes no operands and a declared shape' : arg.axis < 0 || arg.axis >= given.shape.length ? 'bad axis' : given),
  random: (src, _arg, given) => (src.length !== 1 || !given ? 'takes the step counter and a declared shape' : given.dtype !== 'f32' ? 'must be f32' : given),
  neg: unary,
  exp: floatUnary,
  log: floatUnary,
  sqrt: floatUnary,
  tanh: floatUnary,
  sigmoid: floatUnary,
  relu: unary,
  abs: unary,
  sign: unary,
  floor: floatUnary,
  cos: floatUnary,
  erf: floatUnary,
  cast: (src, _arg, given) => (src.length !== 1 || !given ? 'takes one operand and a declared dtype' : { dtype: given.dtype, shape: src[0].shape }),
  add: binary(false),
  sub: binary(false),
  mul: binary(false),
  div: binary(false),
  max: binary(false),
  min: binary(false),
  lt: binary(true),
  le: binary(true),
  eq: binary(true),
  where: (src) => {
    if (src.length !== 3) return 'takes a condition and two values';
    if (src[1].dtype !== src[2].dtype) return 'the two values must have one dtype';
    const shape = broadcastShapes(src.map((s) => s.shape));
    return typeof shape === 'string' ? shape : { dtype: src[1].dtype, shape };
  },
  detach: unary,
  sum: reduce(),
  reduce_max: reduce(),
  argmax: (src, arg) => reduce('i32')(src, { axes: [arg.axis] }, undefined),
  matmul: (src, arg) => {
    if (src.length !== 2) return 'takes two operands';
    const [a, b] = src;
    if (a.dtype !== 'f32' || b.dtype !== 'f32') return 'needs f32 operands';
    if (a.shape.length < 2 || a.shape.length !== b.shape.length) return `needs operands of equal rank >= 2, got [${a.shape}] and [${b.shape}]`;
    const r = a.shape.length;
    if (a.shape.slice(0, r - 2).some((d, i) => d !== b.shape[i])) return `batch axes differ: [${a.shape}] and [${b.shape}]`;
    const [m, k] = arg.transA ? [a.shape[r - 1], a.shape[r - 2]] : [a.shape[r - 2], a.shape[r - 1]];
    const [k2, n] = arg.transB ? [b.shape[r - 1], b.shape[r - 2]] : [b.shape[r - 2], b.shape[r - 1]];
    if (k !== k2) return `inner sizes differ: ${k} and ${k2}`;
    return { dtype: 'f32', shape: [...a.shape.slice(0, r - 2), m, n] };
  },
  gather: (src) => {
    if (src.length !== 2) return 'takes a table and ids';
    const [table, ids] = src;
    if (table.shape.length !== 2 || ids.dtype !== 'i32') return 'needs a [rows, width] table and i32 ids';
    return { dtype: table.dtype, shape: [...ids.shape, table.shape[1]] };
  },
  scatter_add: (src, arg) => {
    if (src.length !== 2) return 'takes ids and updates';
    const [ids, upd] = src;
    if (ids.dtype !== 'i32' || upd.shape.length !== ids.shape.length + 1 || ids.shape.some((d, i) => d !== upd.shape[i])) return 'needs i32 ids [...] and updates [..., width]';
    return { dtype: upd.dtype, shape: [arg.rows, upd.shape[upd.shape.length - 1]] };
  },
  reshape: (src, _arg, given) => (src.length !== 1 || !given ? 'takes one operand and a declared shape' : numel(given.shape) !== numel(src[0].shape) ? `cannot reshape [${src[0].shape}] to [${given.shape}]` : { dtype: src[0].dtype, shape: given.shape }),
  transpose: (src, arg) => {
    if (src.length !== 1) return 'takes one operand';
    const r = src[0].shape.length;
    if (arg.perm.length !== r || [...arg.perm].sort((a, b) => a - b).some((p, i) => p !== i)) return `bad permutation [${arg.perm}]`;
    return { dtype: src[0].dtype, shape: arg.perm.map((p) => src[0].shape[p]) };
  },
  broadcast: (src, _arg, given) => {
    if (src.length !== 1 || !given) return 'takes one operand and a declared shape';
    const s = src[0].shape;
    if (s.length !== given.shape.length || s.some((d, i) => d !== 1 && d !== given.shape[i])) return `cannot broadcast [${s}] to [${given.shape}]`;
    return { dtype: src[0].dtype, shape: given.shape };
  },
  slice: (src, arg, given) => {
    if (src.length !== 1 || !given) return 'takes one operand and a declared shape';
    const s = src[0].shape;
    if (arg.begin.length !== s.length || given.shape.length !== s.length || arg.begin.some((b, i) => b < 0 || b + given.shape[i] > s[i])) return `slice out of range of [${s}]`;
    return { dtype: src[0].dtype, shape: given.shape };
  },
  concat: (src, arg) => {
    if (src.length < 1) return 'takes operands';
    const r = src[0].shape.length;
    if (arg.axis < 0 || arg.axis >= r) return 'bad axis';
    if (src.some((s) => s.dtype !== src[0].dtype || s.shape.length !== r || s.shape.some((d, i) => i !== arg.axis && d !== src[0].shape[i]))) return 'operands differ off the axis';
    const shape = [...src[0].shape];
    shape[arg.axis] = src.reduce((a, s) => a + s.shape[arg.axis], 0);
    return { dtype: src[0].dtype, shape };
  },
  pad: (src, arg) => {
    if (src.length !== 1) return 'takes one operand';
    const s = src[0].shape;
    if (arg.before.length !== s.length || arg.after.length !== s.length) return 'needs padding for every axis';
    return { dtype: src[0].dtype, shape: s.map((d, i) => d + arg.before[i] + arg.after[i]) };
  },
  im2col: (src, arg, given) => {
    if (src.length !== 1) return 'takes one operand';
    const bad = windowRule(arg, src[0], given?.shape);
    if (bad) return bad;
    const [b, , , c] = src[0].shape;
    const [gb, oh, ow, cols] = given!.shape;
    if (gb !== b || cols !== arg.kh * arg.kw * c || !windowOut(src[0].shape[1], arg.kh, arg.sh, arg.padTop, oh, arg.dh) || !windowOut(src[0].shape[2], arg.kw, arg.sw, arg.padLeft, ow, arg.dw)) return 'window does not fit';
    return { dtype: src[0].dtype, shape: given!.shape };
  },
  col2im: (src, arg, given) => {
    if (src.length !== 1 || !given) return 'takes one operand and a declared shape';
    const [b, , , cols] = src[0].shape;
    if (given.shape.length !== 4 || given.shape[0] !== b || cols !== arg.kh * arg.kw * given.shape[3]) return 'window does not fit';
    return { dtype: src[0].dtype, shape: given.shape };
  },
};
