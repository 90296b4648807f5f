// Shape rules of the built-in functions by family: elementwise, reductions, matrix products and rearrangements.
import type { Span } from '../../grammar/ast.js';
import type { LayerContext, LayerInput } from './layers.js';
import { type Dim, formatShape, formatType, type ResolvedArgs, type TensorType } from './types.js';

/** One operand of a function as the checker sees it: a tensor, or a number written where a tensor may go. */
export type FnOperand = LayerInput | { scalar: number; span: Span };

/** A shape rule over the operands and the bound arguments. */
export type FnInfer = (ctx: LayerContext, args: ResolvedArgs, xs: FnOperand[]) => TensorType | undefined;

/** Numpy-style broadcast of two shapes, or the index (from the right) of the first clashing axis. */
export function broadcast(a: Dim[], b: Dim[]): Dim[] | number {
  const n = Math.max(a.length, b.length);
  const out: Dim[] = [];
  for (let i = 0; i < n; i++) {
    const x = a[a.length - 1 - i] ?? 1;
    const y = b[b.length - 1 - i] ?? 1;
    if (x === y || y === 1) out.unshift(x);
    else if (x === 1) out.unshift(y);
    else return i;
  }
  return out;
}

/** The tensor operands, in order. */
export function tensorsOf(xs: FnOperand[]): LayerInput[] {
  return xs.filter((x): x is LayerInput => 'id' in x);
}

function floatOnly(ctx: LayerContext, x: LayerInput): boolean {
  if (x.type.dtype === 'f32') return true;
  ctx.error('E0403', `${ctx.what} needs f32 input, but \`${x.name}\` is ${formatType(x.type)}`, x.span, {
    notes: [{ message: `\`${x.name}\` is defined here`, span: x.origin }],
  });
  return false;
}

/** `axis` (negative counts from the end) as an index, or undefined after reporting it out of range or on the batch axis. */
export function axisOf(ctx: LayerContext, axis: number, x: LayerInput, rank = x.type.shape.length): number | undefined {
  const a = axis < 0 ? rank + axis : axis;
  if (a === 0 && typeof x.type.shape[0] === 'string') {
    ctx.error('E0304', `${ctx.what} over axis 0 would mix the samples of a batch`, ctx.argSpan('axis'), { hint: 'use a later axis, e.g. axis=1 for the sequence or axis=-1 for features' });
    return undefined;
  }
  if (a >= 0 && a < rank) return a;
  ctx.error('E0304', `axis ${axis} is out of range for \`${x.name}\` of shape ${formatShape(x.type.shape)} (rank ${rank})`, ctx.argSpan('axis'), {
    notes: [{ message: `\`${x.name}\` is defined here`, span: x.origin }],
  });
  return undefined;
}

/** f32 in, the same type out. */
export const sameAsInput: FnInfer = (ctx, _args, [x]) => (floatOnly(ctx, x as LayerInput) ? (x as LayerInput).type : undefined);

/** A softmax-like function along `axis`: the same type out. */
export const alongAxis: FnInfer = (ctx, args, [x]) => {
  const t = x as LayerInput;
  return floatOnly(ctx, t) && axisOf(ctx, args.axis as number, t) !== undefined ? t.type : undefined;
};

/** A reduction over `axis`, keeping it with size 1 under `keepdims`. */
export const reduction: FnInfer = (ctx, args, [x]) => {
  const t = x as LayerInput;
  if (!floatOnly(ctx, t)) return undefined;
  const a = axisOf(ctx, args.axis as number, t);
  if (a === undefined) return undefined;
  const shape = args.keepdims ? t.type.shape.map((d, i) => (i === a ? 1 : d)) : t.type.shape.filter((_, i) => i !== a);
  return { dtype: 'f32', shape };
};

/**
 * Elementwise over tensors and numbers with NumPy broadcasting; `condition` names an operand (where's first) that may
 * be of any dtype, the others must be f32.
 */
export function broadcasting(condition?: number): FnInfer {
  return (ctx, _args, xs) => {
    const tensors = xs.filter((x): x is LayerInput => 'id' in x);
    if (!xs.every((x, i) => i === condition || !('id' in x) || floatOnly(ctx, x))) return undefined;
    let shape: Dim[] = [];
    let sofar: LayerInput | undefined;
    for (const t of tensors) {
      const b = broadcast(shape, t.type.shape);
      if (typeof b === 'number') {
        const prev = sofar as LayerInput;
        ctx.error('E0401', `${ctx.what} cannot broadcast ${formatShape(prev.type.shape)} with ${formatShape(t.type.shape)}: axis ${-1 - b} differs`, t.span, {
          notes: [{ message: `\`${prev.name}\` is ${formatType(prev.type)}`, span: prev.origin }],
          hint: 'shapes broadcast when, aligned from the right, each pair of sizes is equal or one of them is 1',
        });
        return undefined;
      }
      shape = b;
      sofar = t;
    }
    return { dtype: 'f32', shape };
  };
}

/** `clip(x, min, max)`: min must not exceed max. */
export const clipped: FnInfer = (ctx, args, xs) => {
  if ((args.min as number) > (args.max as number)) {
    ctx.error('E0304', `clip's \`min\` (${String(args.min)}) is above its \`max\` (${String(args.max)})`, ctx.argSpan('min'));
    return undefined;
  }
  return sameAsInput(ctx, args, xs);
};

/** `matmul(a, b)`, `a @ b`: [batch, ..., m, k] x [batch, ..., k, n]; the leading axes broadcast, the batch axis is never contracted. */
export const matmulShape: FnInfer = (ctx, _args, xs) => {
  const [a, b] = xs as LayerInput[];
  if (!('id' in a) || !('id' in b)) {
    ctx.error('E0205', `${ctx.what} multiplies two tensors, but one operand is a number`, ctx.span, { hint: 'scale by a number with `*`' });
    return undefined;
  }
  if (!floatOnly(ctx, a) || !floatOnly(ctx, b)) return undefined;
  for (const t of [a, b]) {
    if (t.type.shape.length < 3) {
      ctx.error('E0402', `${ctx.what} needs matrices per sample, [batch, ..., rows, columns], but \`${t.name}\` is ${formatType(t.type)}`, t.span, {
        notes: [{ message: `\`${t.name}\` is defined here`, span: t.origin }],
        hint: 'a product of [batch, k] rows with a weight matrix is Dense(units, use_bias=false)(x); the batch axis is never multiplied over',
      });
      return undefined;
    }
  }
  const sa = a.type.shape;
  const sb = b.type.shape;
  const k = sa[sa.length - 1];
  if (k !== sb[sb.length - 2]) {
    ctx.error('E0401', `${ctx.what} of ${formatShape(sa)} and ${formatShape(sb)}: the left has ${k} columns but the right has ${sb[sb.length - 2]} rows`, ctx.span, {
      notes: (a.id === b.id ? [a] : [a, b]).map((t) => ({ message: `\`${t.name}\` is ${formatType(t.type)}`, span: t.origin })),
      hint: 'transpose one side, e.g. transpose(k, perm=[0, 2, 1])',
    });
    return undefined;
  }
  const lead = broadcast(sa.slice(0, -2), sb.slice(0, -2));
  if (typeof lead === 'number') {
    ctx.error('E0401', `${ctx.what} of ${formatShape(sa)} and ${formatShape(sb)}: the leading axes do not broadcast`, ctx.span, { hint: 'leading axes must be equal or 1, aligned from the right' });
    return undefined;
  }
  return { dtype: 'f32', shape: [...lead, sa[sa.length - 2], sb[sb.length - 1]] };
};

/** `transpose(x, perm)`: perm keeps the batch axis first; an empty perm swaps the last two axes. */
export const transposed: FnInfer = (ctx, args, [x]) => {
  const t = x as LayerInput;
  const s = t.type.shape;
  const perm = permOf(args.perm as number[], s.length);
  const ok = perm.length === s.length && [...perm].sort((p, q) => p - q).every((p, i) => p === i);
  if (!ok) {
    ctx.error('E0304', `\`perm\` must order all ${s.length} axes of ${formatShape(s)} once each, but it is [${(args.perm as number[]).join(', ')}]`, ctx.argSpan('perm'));
    return undefined;
  }
  if (perm[0] !== 0 && typeof s[0] === 'string') {
    ctx.error('E0304', '`perm` would move the batch axis, which must stay first', ctx.argSpan('perm'), { hint: `start it with 0, e.g. [0, ${s.map((_, i) => i).slice(1).reverse().join(', ')}]` });
    return undefined;
  }
  return { dtype: t.type.dtype, shape: perm.map((p) => s[p]) };
};

/** The permutation `transpose` applies: the given one, or (when empty) the last two axes swapped. */
export function permOf(given: number[], rank: number): number[] {
  if (given.length) return given;
  const p = Array.from({ length: rank }, (_, i) => i);
  if (rank >= 2) [p[rank - 2], p[rank - 1]] = [p[rank - 1], p[rank - 2]];
  return p;
}

/** `slice(x, begin, size)`: one entry per axis, the batch axis taken whole (0 and -1); a size of -1 runs to the end. */
export const sliced: FnInfer = (ctx, args, [x]) => {
  const t = x as LayerInput;
  const s = t.type.shape;
  const begin = args.begin as number[];
  const size = args.size as number[];
  for (const [n, v] of [['begin', begin], ['size', size]] as const) {
    if (v.length !== s.length) {
      ctx.error('E0304', `\`${n}\` needs one entry per axis of ${formatShape(s)} (${s.length}), but it has ${v.length}`, ctx.argSpan(n), { hint: `e.g. begin=[0, ${s.slice(1).map(() => 0).join(', ')}], size=[-1, ${s.slice(1).map(() => -1).join(', ')}]` });
      return undefined;
    }
  }
  const out: Dim[] = [];
  for (let i = 0; i < s.length; i++) {
    const d = s[i];
    if (typeof d === 'string') {
      if (begin[i] !== 0 || size[i] !== -1) {
        ctx.error('E0304', `axis ${i} is the symbolic \`${d}\`, which a slice takes whole: begin 0 and size -1`, ctx.argSpan(begin[i] !== 0 ? 'begin' : 'size'));
        return undefined;
      }
      out.push(d);
      continue;
    }
    const n = size[i] === -1 ? d - begin[i] : size[i];
    if (begin[i] < 0 || n < 1 || begin[i] + n > d) {
      ctx.error('E0304', `axis ${i} has size ${d}, so begin ${begin[i]} with size ${size[i]} is outside it`, ctx.argSpan(begin[i] < 0 || begin[i] >= d ? 'begin' : 'size'), {
        notes: [{ message: `\`${t.name}\` is ${formatType(t.type)}`, span: t.origin }],
      });
      return undefined;
    }
    out.push(n);
  }
  return { dtype: t.type.dtype, shape: out };
};

/** `concat(xs, axis)` (stack=false) and `stack(xs, axis)`: equal dtypes and shapes apart from the joined axis. */
export function joined(stack: boolean): FnInfer {
  return (ctx, args, xs) => {
    const ts = xs as LayerInput[];
    const [first] = ts;
    const rank = first.type.shape.length;
    const a = axisOf(ctx, args.axis as number, first, stack ? rank + 1 : rank);
    if (a === undefined) return undefined;
    for (const t of ts.slice(1)) {
      const same = t.type.dtype === first.type.dtype && t.type.shape.length === rank && t.type.shape.every((d, i) => d === first.type.shape[i] || (!stack && i === a));
      if (!same) {
        ctx.error('E0401', `${ctx.what} needs ${stack ? 'tensors of one type' : `tensors equal apart from axis ${a}`}, but \`${first.name}\` is ${formatType(first.type)} and \`${t.name}\` is ${formatType(t.type)}`, t.span, {
          notes: [{ message: `\`${first.name}\` is defined here`, span: first.origin }],
        });
        return undefined;
      }
    }
    const shape = stack
      ? [...first.type.shape.slice(0, a), ts.length, ...first.type.shape.slice(a)]
      : first.type.shape.map((d, i) => (i === a ? ts.reduce((n, t) => n + (t.type.shape[i] as number), 0) : d));
    if (!stack && typeof first.type.shape[a] === 'string') {
      ctx.error('E0304', `axis ${a} is the symbolic \`${first.type.shape[a]}\`; concat needs known sizes on its axis`, ctx.argSpan('axis'));
      return undefined;
    }
    return { dtype: first.type.dtype, shape };
  };
}
