// Builds IR node lists: infers each node's type from the shape rules, optionally hash-conses equal nodes (CSE).
import type { Span } from '../../grammar/ast.js';
import { InternalError } from '../../core/diagnostic.js';
import type { Initializer } from '../check/types.js';
import type { AnyNode, BinaryOp, DType, Node, Op, OpArgs, UnaryOp, Window } from '../../core/ir.js';
import { broadcastShapes, type IRType, shapeRules } from '../../core/shape-rules.js';

/** The source context new nodes are attributed to. */
export interface Origin {
  span: Span;
  name: string;
}

/** Appends typed nodes to a list; every node gets the current origin's span and name. */
export class Builder {
  readonly nodes: AnyNode[] = [];
  private readonly memo = new Map<string, number>();
  origin: Origin = { span: { start: 0, end: 0 }, name: '' };

  constructor(private readonly cse: boolean) {}

  /** A builder that appends to a copy of an existing node list (no hash-consing). */
  static from(nodes: readonly AnyNode[]): Builder {
    const b = new Builder(false);
    b.nodes.push(...nodes);
    return b;
  }

  /** Runs `fn` with nodes attributed to `origin`. */
  at<T>(origin: Origin, fn: () => T): T {
    const saved = this.origin;
    this.origin = origin;
    try {
      return fn();
    } finally {
      this.origin = saved;
    }
  }

  type(id: number): IRType {
    const n = this.nodes[id];
    return { dtype: n.dtype, shape: n.shape };
  }

  shape(id: number): number[] {
    return this.nodes[id].shape;
  }

  /** Adds a node (or finds its equal when hash-consing); throws InternalError when operands do not fit, which is a compiler bug. */
  add<O extends Op>(op: O, src: number[], arg: OpArgs[O], given?: IRType, origin: Origin = this.origin): number {
    const rule = shapeRules[op] as (s: IRType[], a: OpArgs[O], g: IRType | undefined) => IRType | string;
    const t = rule(src.map((s) => this.type(s)), arg, given);
    if (typeof t === 'string') throw new InternalError(`IR ${op} at ${origin.name || '?'}: ${t}`);
    const key = this.cse ? `${op}|${t.dtype}|${t.shape}|${src}|${JSON.stringify(arg)}` : '';
    if (this.cse) {
      const hit = this.memo.get(key);
      if (hit !== undefined) return hit;
    }
    const id = this.nodes.length;
    const node: Node<O> = { id, op, dtype: t.dtype, shape: t.shape, src, arg, span: origin.span, name: origin.name };
    this.nodes.push(node as unknown as AnyNode);
    if (this.cse) this.memo.set(key, id);
    return id;
  }

  // ---- leaves
  param(path: string, shape: number[], init: Initializer): number {
    return this.add('param', [], { path, init }, { dtype: 'f32', shape });
  }
  input(name: string, dtype: DType, shape: number[]): number {
    return this.add('input', [], { name }, { dtype, shape });
  }
  state(path: string, shape: number[], value: number): number {
    return this.add('state', [], { path, value }, { dtype: 'f32', shape });
  }
  const(value: number, dtype: DType = 'f32', shape: number[] = []): number {
    return this.add('const', [], { value }, { dtype, shape });
  }
  iota(shape: number[], axis: number, dtype: DType = 'i32'): number {
    return this.add('iota', [], { axis }, { dtype, shape });
  }
  random(shape: number[], seed: number, stream: number, step: number): number {
    return this.add('random', [step], { seed, stream }, { dtype: 'f32', shape });
  }

  // ---- elementwise
  unary(op: Exclude<UnaryOp, 'cast'>, x: number): number {
    return this.add(op, [x], {});
  }
  cast(x: number, dtype: DType): number {
    return this.type(x).dtype === dtype ? x : this.add('cast', [x], {}, { dtype, shape: this.shape(x) });
  }
  detach(x: number): number {
    return this.add('detach', [x], {});
  }
  /** Elementwise binary op; a lower-rank operand gets leading size-1 axes (numpy rules). */
  binary(op: BinaryOp, a: number, b: number): number {
    [a, b] = this.alignRanks([a, b]);
    return this.add(op, [a, b], {});
  }
  where(cond: number, a: number, b: number): number {
    return this.add('where', this.alignRanks([cond, a, b]), {});
  }
  private alignRanks(ids: number[]): number[] {
    const rank = Math.max(...ids.map((i) => this.shape(i).length));
    return ids.map((i) => {
      const s = this.shape(i);
      return s.length === 0 || s.length === rank ? i : this.reshape(i, [...new Array<number>(rank - s.length).fill(1), ...s]);
    });
  }

  // ---- arithmetic shorthands
  addN(a: number, b: number): number {
    return this.binary('add', a, b);
  }
  sub(a: number, b: number): number {
    return this.binary('sub', a, b);
  }
  mul(a: number, b: number): number {
    return this.binary('mul', a, b);
  }
  div(a: number, b: number): number {
    return this.binary('div', a, b);
  }
  scale(a: number, k: number): number {
    return k === 1 ? a : this.mul(a, this.const(k));
  }

  // ---- reductions and contractions
  sum(x: number, axes: number[]): number {
    return axes.length ? this.add('sum', [x], { axes: [...axes].sort((p, q) => p - q) }) : x;
  }
  reduceMax(x: number, axes: number[]): number {
    return this.add('reduce_max', [x], { axes: [...axes].sort((p, q) => p - q) });
  }
  argmax(x: number, axis: number): number {
    return this.add('argmax', [x], { axis });
  }
  /** Mean over axes, kept with size 1. */
  mean(x: number, axes: number[]): number {
    const n = axes.reduce((p, a) => p * this.shape(x)[a], 1);
    return this.scale(this.sum(x, axes), 1 / n);
  }
  matmul(a: number, b: number, transA = false, transB = false): number {
    return this.add('matmul', [a, b], { transA, transB });
  }
  gather(table: number, ids: number): number {
    return this.add('gather', [table, ids], {});
  }
  scatterAdd(ids: number, updates: number, rows: number): number {
    return this.add('scatter_add', [ids, updates], { rows });
  }

  // ---- views
  reshape(x: number, shape: number[]): number {
    const s = this.shape(x);
    if (s.length === shape.length && s.every((d, i) => d === shape[i])) return x;
    return this.add('reshape', [x], {}, { dtype: this.type(x).dtype, shape });
  }
  transpose(x: number, perm: number[]): number {
    return perm.every((p, i) => p === i) ? x : this.add('transpose', [x], { perm });
  }
  broadcast(x: number, shape: number[]): number {
    const s = this.shape(x);
    if (s.length === shape.length && s.every((d, i) => d === shape[i])) return x;
    const aligned = s.length === shape.length ? x : this.reshape(x, [...new Array<number>(shape.length - s.length).fill(1), ...s]);
    return this.add('broadcast', [aligned], {}, { dtype: this.type(x).dtype, shape });
  }
  slice(x: number, begin: number[], size: number[]): number {
    return this.add('slice', [x], { begin }, { dtype: this.type(x).dtype, shape: size });
  }
  concat(xs: number[], axis: number): number {
    return xs.length === 1 ? xs[0] : this.add('concat', xs, { axis });
  }
  pad(x: number, before: number[], after: number[]): number {
    return before.every((b) => b === 0) && after.every((a) => a === 0) ? x : this.add('pad', [x], { before, after });
  }
  im2col(x: number, win: Window, outH: number, outW: number): number {
    const [b, , , c] = this.shape(x);
    return this.add('im2col', [x], win, { dtype: 'f32', shape: [b, outH, outW, win.kh * win.kw * c] });
  }
  col2im(x: number, win: Window, shape: number[]): number {
    return this.add('col2im', [x], win, { dtype: 'f32', shape });
  }

  /** Sums a broadcast gradient back down to `shape` (the adjoint of broadcasting). */
  unbroadcast(g: number, shape: number[]): number {
    const gs = this.shape(g);
    if (shape.length === 0) return this.reshape(this.sum(g, gs.map((_, i) => i)), []);
    const lead = gs.length - shape.length;
    const axes = gs.map((_, i) => i).filter((i) => i < lead || (shape[i - lead] === 1 && gs[i] !== 1));
    return this.reshape(this.sum(g, axes), shape);
  }

  /** The broadcast shape of operands, for rules that need it. */
  static broadcastShape(shapes: number[][]): number[] {
    const s = broadcastShapes(shapes);
    if (typeof s === 'string') throw new InternalError(s);
    return s;
  }
}
