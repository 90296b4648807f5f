// Simplification rules: constant folding and algebraic identities, each a small function returning a replacement.
import type { Builder } from '../builder.js';
import type { AnyNode } from '../../../core/ir.js';
import type { Rule, RuleSet } from './rewrite.js';
import { binaryRules, isBinaryOp, isUnaryOp, unaryRules } from '../../../core/elementwise.js';

/** The uniform value of a constant node, or undefined. */
function constValue(b: Builder, id: number): number | undefined {
  const n = b.nodes[id];
  return n.op === 'const' ? n.arg.value : undefined;
}

function isConst(b: Builder, id: number, value: number): boolean {
  return constValue(b, id) === value;
}

function sameShape(a: number[], c: number[]): boolean {
  return a.length === c.length && a.every((d, i) => d === c[i]);
}

/** `x` if it already has the node's shape, else `x` broadcast to it. */
function asShape(b: Builder, n: AnyNode, x: number): number | undefined {
  const s = b.shape(x);
  if (sameShape(s, n.shape)) return x;
  return s.length === n.shape.length || s.length === 0 ? b.broadcast(x, n.shape) : undefined;
}

/** The scalar meaning of an elementwise op, from the table the CPU executor and WGSL emission share; undefined for other ops. */
function scalarOf(op: AnyNode['op']): ((...v: number[]) => number) | undefined {
  if (isUnaryOp(op)) return unaryRules[op].scalar;
  if (isBinaryOp(op)) return binaryRules[op].scalar;
  return undefined;
}

/** Elementwise ops, views and reductions of uniform constants are constants. */
const foldElementwise: Rule = (n, b) => {
  const f = scalarOf(n.op);
  if (!f) return undefined;
  const vals: number[] = [];
  for (const s of n.src) {
    const c = constValue(b, s);
    if (c === undefined) return undefined;
    vals.push(c);
  }
  let v = f(...vals);
  if (n.dtype === 'i32') v = Math.trunc(v);
  if (!Number.isFinite(v)) return undefined;
  if (n.dtype === 'f32') v = Math.fround(v);
  return b.const(v, n.dtype, n.shape);
};

const foldViews: Rule = (n, b) => {
  if (n.op !== 'reshape' && n.op !== 'broadcast' && n.op !== 'transpose' && n.op !== 'slice' && n.op !== 'detach' && n.op !== 'cast') return undefined;
  const v = constValue(b, n.src[0]);
  return v === undefined ? undefined : b.const(n.dtype === 'i32' ? Math.trunc(v) : v, n.dtype, n.shape);
};

const foldSum: Rule = (n, b) => {
  if (n.op !== 'sum') return undefined;
  const v = constValue(b, n.src[0]);
  if (v === undefined) return undefined;
  const count = n.arg.axes.reduce((p, a) => p * b.shape(n.src[0])[a], 1);
  return b.const(Math.fround(v * count), n.dtype, n.shape);
};

/** Constant folding. Views come first so that `cast` folds as a conversion (truncated to i32, never rounded to f32). */
export const fold: RuleSet = { name: 'fold', rules: [foldViews, foldElementwise, foldSum] };

const addZero: Rule = (n, b) => {
  if (n.op !== 'add' && n.op !== 'sub') return undefined;
  const [x, y] = n.src;
  if (isConst(b, y, 0)) return asShape(b, n, x);
  if (n.op === 'add' && isConst(b, x, 0)) return asShape(b, n, y);
  if (n.op === 'sub' && isConst(b, x, 0)) return asShape(b, n, b.unary('neg', y));
  return undefined;
};

const mulOne: Rule = (n, b) => {
  if (n.op !== 'mul' && n.op !== 'div') return undefined;
  const [x, y] = n.src;
  if (isConst(b, y, 1)) return asShape(b, n, x);
  if (n.op === 'mul' && isConst(b, x, 1)) return asShape(b, n, y);
  if (n.op === 'mul' && (isConst(b, y, -1) || isConst(b, x, -1))) return asShape(b, n, b.unary('neg', isConst(b, y, -1) ? x : y));
  return undefined;
};

const mulZero: Rule = (n, b) => {
  if (n.op !== 'mul' || n.dtype !== 'f32') return undefined;
  return n.src.some((s) => isConst(b, s, 0)) ? b.const(0, n.dtype, n.shape) : undefined;
};

const doubleNeg: Rule = (n, b) => {
  if (n.op !== 'neg') return undefined;
  const inner = b.nodes[n.src[0]];
  return inner.op === 'neg' ? inner.src[0] : undefined;
};

const negOfMul: Rule = (n, b) => {
  // neg(x) - y  and  x - neg(y): fold signs into the subtraction
  if (n.op !== 'sub') return undefined;
  const [x, y] = n.src;
  const ny = b.nodes[y];
  return ny.op === 'neg' && sameShape(b.shape(ny.src[0]), b.shape(y)) ? b.binary('add', x, ny.src[0]) : undefined;
};

const viewChains: Rule = (n, b) => {
  if (n.op === 'reshape') {
    const inner = b.nodes[n.src[0]];
    if (sameShape(b.shape(n.src[0]), n.shape)) return n.src[0];
    if (inner.op === 'reshape') return b.reshape(inner.src[0], n.shape);
  }
  if (n.op === 'broadcast' && sameShape(b.shape(n.src[0]), n.shape)) return n.src[0];
  if (n.op === 'transpose') {
    const inner = b.nodes[n.src[0]];
    if (inner.op === 'transpose') return b.transpose(inner.src[0], n.arg.perm.map((p) => inner.arg.perm[p]));
  }
  if (n.op === 'sum' && n.arg.axes.every((a) => b.shape(n.src[0])[a] === 1)) return n.src[0];
  return undefined;
};

/** Algebraic identities. */
export const algebra: RuleSet = { name: 'algebra', rules: [addZero, mulOne, mulZero, doubleNeg, negOfMul, viewChains] };
