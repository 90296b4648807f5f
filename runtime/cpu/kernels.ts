// Reference kernels of the CPU executor, one per IR op: plain loops, chosen for obviousness over speed; elementwise meaning from core/elementwise.ts.
import type { Node, Op, Window } from '../../core/ir.js';
import { binaryRules, unaryRules } from '../../core/elementwise.js';
import type { BinaryOp, UnaryOp } from '../../core/ir.js';
import { dropoutUniform } from '../random.js';
import { alloc, broadcastOffsets, type Data, gatherOffsets, type Precision, size, strides, type Tensor } from './tensor.js';

/** What a kernel may read besides its operands: named feeds and the float precision. */
export interface KernelEnv {
  precision: Precision;
  feed(kind: 'input' | 'param' | 'state', name: string): Tensor;
}

/** A kernel: the node and its operand values -> the node's value. */
export type Kernel<O extends Op> = (n: Node<O>, src: Tensor[], env: KernelEnv) => Tensor;

function make(n: Node<Op>, env: KernelEnv, data?: Data): Tensor {
  return { dtype: n.dtype, shape: n.shape, data: data ?? alloc(n.dtype, size(n.shape), env.precision) };
}

/** A unary op's kernel, from its scalar meaning in the shared elementwise table. */
const unary = (op: UnaryOp): Kernel<Op> => (n, [x], env) => {
  const f = unaryRules[op].scalar;
  const out = make(n, env);
  const a = x.data;
  const o = out.data;
  if (n.dtype === 'i32') for (let i = 0; i < o.length; i++) o[i] = f(a[i]) | 0;
  else for (let i = 0; i < o.length; i++) o[i] = f(a[i]);
  return out;
};

function elementwise(n: Node<Op>, src: Tensor[], env: KernelEnv, f: (...v: number[]) => number): Tensor {
  const out = make(n, env);
  const o = out.data;
  const offs = src.map((s) => broadcastOffsets(s.shape, n.shape));
  const data = src.map((s) => s.data);
  const intResult = n.dtype === 'i32';
  const k = src.length;
  const vals = new Array<number>(k);
  for (let i = 0; i < o.length; i++) {
    for (let j = 0; j < k; j++) {
      const off = offs[j];
      vals[j] = data[j][off ? off[i] : i];
    }
    const v = f(...vals);
    o[i] = intResult ? v | 0 : v;
  }
  return out;
}

/** A binary op's kernel, from its scalar meaning in the shared elementwise table. */
const binary = (op: BinaryOp): Kernel<Op> => (n, src, env) => elementwise(n, src, env, binaryRules[op].scalar);

/** For each element of `shape`, the offset of its cell in the same shape with `axes` collapsed to 1. */
function reducedOffsets(shape: number[], axes: number[]): Int32Array {
  const kept = shape.map((d, i) => (axes.includes(i) ? 1 : d));
  const s = strides(kept).map((st, i) => (axes.includes(i) ? 0 : st));
  return gatherOffsets(shape, s);
}

function reduce(init: number, f: (acc: number, v: number) => number): Kernel<'sum' | 'reduce_max'> {
  return (n, [x], env) => {
    const out = make(n, env);
    const o = out.data;
    o.fill(init);
    const offs = reducedOffsets(x.shape, n.arg.axes);
    const a = x.data;
    for (let i = 0; i < a.length; i++) o[offs[i]] = f(o[offs[i]], a[i]);
    return out;
  };
}

/**
 * Visits every (patch position, pixel) pair of a window over an NHWC image [B, H, W, C], in im2col's (b, oy, ox, ky, kx)
 * order: `visit(base)` gets the image offset of the pixel's first channel, or -1 where the window hangs over the border.
 */
function forEachWindowPixel(image: number[], out: number[], win: Window, visit: (base: number) => void): void {
  const [B, H, W, C] = image;
  const [, OH, OW] = out;
  const { kh, kw, sh, sw, padTop, padLeft, dh = 1, dw = 1 } = win;
  for (let b = 0; b < B; b++)
    for (let oy = 0; oy < OH; oy++)
      for (let ox = 0; ox < OW; ox++)
        for (let ky = 0; ky < kh; ky++) {
          const iy = oy * sh + ky * dh - padTop;
          for (let kx = 0; kx < kw; kx++) {
            const ix = ox * sw + kx * dw - padLeft;
            visit(iy >= 0 && iy < H && ix >= 0 && ix < W ? ((b * H + iy) * W + ix) * C : -1);
          }
        }
}

function im2col(n: Node<'im2col'>, x: Tensor, env: KernelEnv): Tensor {
  const out = make(n, env);
  const o = out.data;
  const a = x.data;
  const C = x.shape[3];
  let p = 0;
  forEachWindowPixel(x.shape, n.shape, n.arg, (base) => {
    for (let c = 0; c < C; c++) o[p++] = base >= 0 ? a[base + c] : n.arg.padValue;
  });
  return out;
}

function col2im(n: Node<'col2im'>, g: Tensor, env: KernelEnv): Tensor {
  const out = make(n, env);
  const o = out.data;
  const a = g.data;
  const C = n.shape[3];
  let p = 0;
  forEachWindowPixel(n.shape, g.shape, n.arg, (base) => {
    if (base >= 0) for (let c = 0; c < C; c++) o[base + c] += a[p + c];
    p += C;
  });
  return out;
}

/** Copies a [rows, cols] matrix transposed into a new array of the same kind. */
function transposed(a: Data, offset: number, rows: number, cols: number, into: Data): Data {
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) into[c * rows + r] = a[offset + r * cols + c];
  return into;
}

function matmul(n: Node<'matmul'>, [x, y]: Tensor[], env: KernelEnv): Tensor {
  const out = make(n, env);
  const o = out.data;
  const r = n.shape.length;
  const M = n.shape[r - 2];
  const N = n.shape[r - 1];
  const K = n.arg.transA ? x.shape[r - 2] : x.shape[r - 1];
  const batches = size(n.shape.slice(0, r - 2));
  const aBuf = n.arg.transA ? alloc('f32', M * K, env.precision) : undefined;
  const bBuf = n.arg.transB ? alloc('f32', K * N, env.precision) : undefined;
  for (let bi = 0; bi < batches; bi++) {
    // Normalise both operands to row-major [M, K] and [K, N] for a cache-friendly i-k-j loop.
    const A = aBuf ? transposed(x.data, bi * M * K, K, M, aBuf) : x.data;
    const aOff = aBuf ? 0 : bi * M * K;
    const Bm = bBuf ? transposed(y.data, bi * K * N, N, K, bBuf) : y.data;
    const bOff = bBuf ? 0 : bi * K * N;
    const oOff = bi * M * N;
    for (let i = 0; i < M; i++) {
      const row = oOff + i * N;
      for (let k = 0; k < K; k++) {
        const av = A[aOff + i * K + k];
        if (av === 0) continue;
        const brow = bOff + k * N;
        for (let j = 0; j < N; j++) o[row + j] += av * Bm[brow + j];
      }
    }
  }
  return out;
}

/** A fed value (input by name, parameter or state by path), checked against the node's shape and dtype. */
function leaf(n: Node<Op>, kind: 'input' | 'param' | 'state', name: string, env: KernelEnv): Tensor {
  const t = env.feed(kind, name);
  if (size(t.shape) !== size(n.shape)) throw new Error(`${kind} \`${name}\` has shape [${t.shape}] but the program needs [${n.shape}]`);
  if (t.dtype !== n.dtype) throw new Error(`${kind} \`${name}\` is ${t.dtype} but the program needs ${n.dtype}`);
  return { dtype: n.dtype, shape: n.shape, data: t.data };
}

/** Every op's reference kernel. Adding an Op without one fails to compile. */
export const kernels: { [O in Op]: Kernel<O> } = {
  param: (n, _src, env) => leaf(n, 'param', n.arg.path, env),
  input: (n, _src, env) => leaf(n, 'input', n.arg.name, env),
  state: (n, _src, env) => leaf(n, 'state', n.arg.path, env),
  const: (n, _src, env) => {
    const out = make(n, env);
    out.data.fill(n.arg.value);
    return out;
  },
  iota: (n, _src, env) => {
    const out = make(n, env);
    const st = strides(n.shape);
    const o = out.data;
    const d = n.shape[n.arg.axis];
    for (let i = 0; i < o.length; i++) o[i] = Math.floor(i / st[n.arg.axis]) % d;
    return out;
  },
  random: (n, [step], env) => {
    const out = make(n, env);
    const o = out.data;
    const s = step.data[0] >>> 0;
    for (let i = 0; i < o.length; i++) o[i] = dropoutUniform(n.arg.seed, n.arg.stream, s, i);
    return out;
  },
  neg: unary('neg'),
  exp: unary('exp'),
  log: unary('log'),
  sqrt: unary('sqrt'),
  tanh: unary('tanh'),
  sigmoid: unary('sigmoid'),
  relu: unary('relu'),
  abs: unary('abs'),
  sign: unary('sign'),
  floor: unary('floor'),
  cos: unary('cos'),
  erf: unary('erf'),
  cast: unary('cast'),
  add: binary('add'),
  sub: binary('sub'),
  mul: binary('mul'),
  div: binary('div'),
  max: binary('max'),
  min: binary('min'),
  lt: binary('lt'),
  le: binary('le'),
  eq: binary('eq'),
  where: (n, src, env) => elementwise(n, src, env, (c, a, b) => (c !== 0 ? a : b)),
  detach: (_n, [x]) => x,
  sum: reduce(0, (acc, v) => acc + v),
  reduce_max: reduce(-Infinity, (acc, v) => (v > acc ? v : acc)),
  argmax: (n, [x], env) => {
    const out = make(n, env);
    const axis = n.arg.axis;
    const d = x.shape[axis];
    const inner = size(x.shape.slice(axis + 1));
    const outer = size(x.shape.slice(0, axis));
    const a = x.data;
    for (let o = 0; o < outer; o++)
      for (let i = 0; i < inner; i++) {
        let best = 0;
        let bestVal = a[o * d * inner + i];
        for (let k = 1; k < d; k++) {
          const v = a[(o * d + k) * inner + i];
          if (v > bestVal) {
            bestVal = v;
            best = k;
          }
        }
        out.data[o * inner + i] = best;
      }
    return out;
  },
  matmul,
  gather: (n, [table, ids], env) => {
    const out = make(n, env);
    const [rows, width] = table.shape;
    for (let i = 0; i < ids.data.length; i++) {
      const id = ids.data[i];
      if (id < 0 || id >= rows) throw new RangeError(`id ${id} at position ${i} is outside the table's ${rows} rows`);
      out.data.set(table.data.subarray(id * width, (id + 1) * width), i * width);
    }
    return out;
  },
  scatter_add: (n, [ids, upd], env) => {
    const out = make(n, env);
    const width = n.shape[1];
    for (let i = 0; i < ids.data.length; i++) {
      const id = ids.data[i];
      if (id < 0 || id >= n.arg.rows) throw new RangeError(`id ${id} at position ${i} is outside the table's ${n.arg.rows} rows`);
      for (let j = 0; j < width; j++) out.data[id * width + j] += upd.data[i * width + j];
    }
    return out;
  },
  reshape: (n, [x]) => ({ dtype: n.dtype, shape: n.shape, data: x.data }),
  transpose: (n, [x], env) => {
    const st = strides(x.shape);
    const offs = gatherOffsets(n.shape, n.arg.perm.map((p) => st[p]));
    const out = make(n, env);
    for (let i = 0; i < offs.length; i++) out.data[i] = x.data[offs[i]];
    return out;
  },
  broadcast: (n, [x], env) => {
    const offs = broadcastOffsets(x.shape, n.shape);
    if (!offs) return x;
    const out = make(n, env);
    for (let i = 0; i < offs.length; i++) out.data[i] = x.data[offs[i]];
    return out;
  },
  slice: (n, [x], env) => {
    const st = strides(x.shape);
    const offs = gatherOffsets(n.shape, st, n.arg.begin.reduce((acc, b, i) => acc + b * st[i], 0));
    const out = make(n, env);
    for (let i = 0; i < offs.length; i++) out.data[i] = x.data[offs[i]];
    return out;
  },
  concat: (n, src, env) => {
    const out = make(n, env);
    const axis = n.arg.axis;
    const outer = size(n.shape.slice(0, axis));
    const inner = size(n.shape.slice(axis + 1));
    const outRow = n.shape[axis] * inner;
    let offset = 0;
    for (const s of src) {
      const rowLen = s.shape[axis] * inner;
      for (let o = 0; o < outer; o++) out.data.set(s.data.subarray(o * rowLen, (o + 1) * rowLen), o * outRow + offset);
      offset += rowLen;
    }
    return out;
  },
  pad: (n, [x], env) => {
    const st = strides(n.shape);
    const offs = gatherOffsets(x.shape, st, n.arg.before.reduce((acc, b, i) => acc + b * st[i], 0));
    const out = make(n, env);
    for (let i = 0; i < offs.length; i++) out.data[offs[i]] = x.data[i];
    return out;
  },
  im2col: (n, [x], env) => im2col(n, x, env),
  col2im: (n, [g], env) => col2im(n, g, env),
};
