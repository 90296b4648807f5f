// The layers that only move elements: Flatten, Reshape and Concat, with their shape rules.
import { formatShape } from '../types.js';
import { type LayerRules, known, needRank, normAxis, noteFor, sameDims } from './common.js';

/** Flatten, Reshape and Concat. */
export const shapeLayers: LayerRules<'Flatten' | 'Reshape' | 'Concat'> = {
  Flatten: {
    doc: 'flattens every axis but the batch axis',
    args: [],
    inputs: { min: 1, max: 1, doc: '[batch, ...]' },
    infer(ctx, _args, [x]) {
      if (!needRank(ctx, x, 2, Infinity, '[batch, ...]')) return undefined;
      let n = 1;
      for (let a = 1; a < x.type.shape.length; a++) {
        const d = known(ctx, x, a, 'size for every axis but the first');
        if (d === undefined) return undefined;
        n *= d;
      }
      return { type: { dtype: x.type.dtype, shape: [x.type.shape[0], n] }, params: [] };
    },
  },
  Reshape: {
    doc: 'reshapes every axis but the batch axis; one size may be -1 (inferred)',
    args: [{ name: 'shape', type: { t: 'shape' }, doc: 'the new per-sample shape, e.g. [28, 28, 1]' }],
    inputs: { min: 1, max: 1, doc: '[batch, ...]' },
    infer(ctx, args, [x]) {
      if (!needRank(ctx, x, 1, Infinity, '[batch, ...]')) return undefined;
      let n = 1;
      for (let a = 1; a < x.type.shape.length; a++) {
        const d = known(ctx, x, a, 'size for every axis but the first');
        if (d === undefined) return undefined;
        n *= d;
      }
      const target = [...(args.shape as number[])];
      const knownProduct = target.filter((d) => d !== -1).reduce((a, b) => a * b, 1);
      const hole = target.indexOf(-1);
      if (hole >= 0 && n % knownProduct === 0) target[hole] = n / knownProduct;
      const product = target.reduce((a, b) => a * b, 1);
      if (product !== n || target.some((d) => d < 1)) {
        ctx.error('E0401', `cannot reshape ${formatShape(x.type.shape.slice(1))} (${n} elements per sample) into ${formatShape(args.shape as number[])}`, ctx.argSpan('shape'), {
          notes: [noteFor(x)],
          hint: 'the batch axis is kept; give only the per-sample shape',
        });
        return undefined;
      }
      return { type: { dtype: x.type.dtype, shape: [x.type.shape[0], ...target] }, params: [] };
    },
  },
  Concat: {
    doc: 'joins tensors along an axis; all other axes must match',
    args: [{ name: 'axis', type: { t: 'int' }, default: -1, doc: 'the axis to join along' }],
    inputs: { min: 2, max: 64, doc: 'two or more tensors of equal rank and dtype' },
    infer(ctx, args, inputs) {
      const [first] = inputs;
      const rank = first.type.shape.length;
      const axis = normAxis(ctx, args.axis as number, rank, 'axis');
      if (axis === undefined) return undefined;
      let total = 0;
      for (const t of inputs) {
        if (t.type.dtype !== first.type.dtype) {
          ctx.error('E0403', `Concat needs one dtype, but \`${first.name}\` is ${first.type.dtype} and \`${t.name}\` is ${t.type.dtype}`, t.span, { notes: [noteFor(first), noteFor(t)] });
          return undefined;
        }
        if (t.type.shape.length !== rank || t.type.shape.some((d, i) => i !== axis && !sameDims(d, first.type.shape[i]))) {
          ctx.error('E0401', `Concat along axis ${axis} needs equal sizes on every other axis, but \`${first.name}\` is ${formatShape(first.type.shape)} and \`${t.name}\` is ${formatShape(t.type.shape)}`, t.span, {
            notes: [noteFor(first), noteFor(t)],
          });
          return undefined;
        }
        const d = known(ctx, t, axis, 'size along the concatenation axis');
        if (d === undefined) return undefined;
        total += d;
      }
      const shape = [...first.type.shape];
      shape[axis] = total;
      return { type: { dtype: first.type.dtype, shape }, params: [] };
    },
  },
};
