// Reverse-mode automatic differentiation of IR: one gradient rule per op, appended to the same node list.
import { InternalError } from '../../core/diagnostic.js';
import type { Builder } from './builder.js';
import type { AnyNode, Node, Op } from '../../core/ir.js';

/** A gradient rule: given the node, its output's gradient `g`, returns the gradient of each operand (undefined = zero). */
export type GradRule<O extends Op> = (b: Builder, n: Node<O>, g: number) => (number | undefined)[];

const none: GradRule<Op> = (_b, n) => n.src.map(() => undefined);
const TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);

/** Every op's gradient rule. Adding an Op without one fails to compile. */
export const gradRules: { [O in Op]: GradRule<O> } = {
  param: none,
  input: none,
  state: none,
  const: none,
  iota: none,
  random: none,
  neg: (b, _n, g) => [b.unary('neg', g)],
  exp: (b, n, g) => [b.mul(g, n.id)],
  log: (b, n, g) => [b.div(g, n.src[0])],
  sqrt: (b, n, g) => [b.div(b.scale(g, 0.5), n.id)],
  tanh: (b, n, g) => [b.mul(g, b.sub(b.const(1), b.mul(n.id, n.id)))],
  sigmoid: (b, n, g) => [b.mul(g, b.mul(n.id, b.sub(b.const(1), n.id)))],
  // The mask reads relu's output rather than its input, so the pre-activation need not be kept for the backward pass.
  relu: (b, n, g) => [b.mul(g, b.binary('lt', b.const(0, n.dtype), n.id))],
  abs: (b, n, g) => [b.mul(g, b.unary('sign', n.src[0]))],
  sign: none,
  floor: none,
  cos: (b, n, g) => [b.unary('neg', b.mul(g, b.unary('cos', b.sub(n.src[0], b.const(Math.PI / 2)))))],
  erf: (b, n, g) => {
    const x = n.src[0];
    return [b.mul(g, b.scale(b.unary('exp', b.unary('neg', b.mul(x, x))), TWO_OVER_SQRT_PI))];
  },
  cast: none,
  add: (b, n, g) => n.src.map((s) => b.unbroadcast(g, b.shape(s))),
  sub: (b, n, g) => [b.unbroadcast(g, b.shape(n.src[0])), b.unbroadcast(b.unary('neg', g), b.shape(n.src[1]))],
  mul: (b, n, g) => [b.unbroadcast(b.mul(g, n.src[1]), b.shape(n.src[0])), b.unbroadcast(b.mul(g, n.src[0]), b.shape(n.src[1]))],
  div: (b, n, g) => [b.unbroadcast(b.div(g, n.src[1]), b.shape(n.src[0])), b.unbroadcast(b.unary('neg', b.div(b.mul(g, n.id), n.src[1])), b.shape(n.src[1]))],
  max: (b, n, g) => {
    const [x, y] = n.src;
    return [b.unbroadcast(b.mul(g, b.binary('le', y, x)), b.shape(x)), b.unbroadcast(b.mul(g, b.binary('lt', x, y)), b.shape(y))];
  },
  min: (b, n, g) => {
    const [x, y] = n.src;
    return [b.unbroadcast(b.mul(g, b.binary('le', x, y)), b.shape(x)), b.unbroadcast(b.mul(g, b.binary('lt', y, x)), b.shape(y))];
  },
  lt: none,
  le: none,
  eq: none,
  where: (b, n, g) => {
    const [c, x, y] = n.src;
    const zero = b.const(0);
    return [undefined, b.unbroadcast(b.where(c, g, zero), b.shape(x)), b.unbroadcast(b.where(c, zero, g), b.shape(y))];
  },
  detach: none,
  sum: (b, n, g) => [b.broadcast(g, b.shape(n.src[0]))],
  // Tied maxima share the gradient equally (a valid subgradient; giving each the whole of it would multiply it).
  reduce_max: (b, n, g) => {
    const mask = b.binary('eq', n.src[0], n.id);
    return [b.mul(mask, b.div(g, b.sum(mask, n.arg.axes)))];
  },
  argmax: none,
  matmul: (b, n, g) => {
    const [x, y] = n.src;
    const { transA, transB } = n.arg;
    const dx = transA ? b.matmul(y, g, transB, true) : b.matmul(g, y, false, !transB);
    const dy = transB ? b.matmul(g, x, true, transA) : b.matmul(x, g, !transA, false);
    return [dx, dy];
  },
  gather: (b, n, g) => [b.scatterAdd(n.src[1], g, b.shape(n.src[0])[0]), undefined],
  scatter_add: (b, n, g) => [undefined, b.gather(g, n.src[0])],
  reshape: (b, n, g) => [b.reshape(g, b.shape(n.src[0]))],
  transpose: (b, n, g) => {
    const inverse = new Array<number>(n.arg.perm.length);
    n.arg.perm.forEach((p, i) => (inverse[p] = i));
    return [b.transpose(g, inverse)];
  },
  broadcast: (b, n, g) => [b.unbroadcast(g, b.shape(n.src[0]))],
  slice: (b, n, g) => {
    const s = b.shape(n.src[0]);
    return [b.pad(g, n.arg.begin, s.map((d, i) => d - n.arg.begin[i] - n.shape[i]))];
  },
  concat: (b, n, g) => {
    let offset = 0;
    return n.src.map((s) => {
      const shape = b.shape(s);
      const begin = shape.map((_, i) => (i === n.arg.axis ? offset : 0));
      offset += shape[n.arg.axis];
      return b.slice(g, begin, shape);
    });
  },
  pad: (b, n, g) => [b.slice(g, n.arg.before, b.shape(n.src[0]))],
  im2col: (b, n, g) => [b.col2im(g, n.arg, b.shape(n.src[0]))],
  col2im: (b, n, g) => [b.im2col(g, { ...n.arg, padValue: 0 }, b.shape(n.src[0])[1], b.shape(n.src[0])[2])],
};

/**
 * Appends the gradient of scalar node `loss` with respect to each node of `wrt` to the builder's list.
 * Only nodes on a path from `wrt` to `loss` are differentiated; integer nodes never carry gradients.
 */
export function grad(b: Builder, loss: number, wrt: number[]): number[] {
  const nodes = b.nodes;
  if (nodes[loss].shape.length !== 0) throw new InternalError(`loss must be a scalar, got [${nodes[loss].shape}]`);
  const needs = new Uint8Array(loss + 1);
  const targets = new Set(wrt);
  for (let i = 0; i <= loss; i++) {
    const n = nodes[i];
    if (n.dtype !== 'f32' || n.op === 'detach') continue;
    if (targets.has(i) || n.src.some((s) => needs[s])) needs[i] = 1;
  }
  const grads = new Map<number, number>();
  grads.set(loss, b.at({ span: nodes[loss].span, name: `${nodes[loss].name}.grad` }, () => b.const(1)));
  for (let i = loss; i >= 0; i--) {
    const g = grads.get(i);
    if (g === undefined || !needs[i]) continue;
    const n = nodes[i] as AnyNode;
    if (n.src.length === 0) continue;
    const rule = gradRules[n.op] as GradRule<Op>;
    const parts = b.at({ span: n.span, name: `${n.name}.grad` }, () => rule(b, n as Node<Op>, g));
    n.src.forEach((s, k) => {
      const part = parts[k];
      if (part === undefined || !needs[s]) return;
      const prev = grads.get(s);
      grads.set(s, prev === undefined ? part : b.at({ span: nodes[s].span, name: `${nodes[s].name}.grad` }, () => b.addN(prev, part)));
    });
  }
  return wrt.map((w) => grads.get(w) ?? b.at({ span: nodes[w].span, name: `${nodes[w].name}.grad` }, () => b.broadcast(b.const(0), b.shape(w))));
}
