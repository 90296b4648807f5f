// Dense and the embedding layers: their arguments, shape rules and parameters.
import type { Initializer, TensorType } from '../types.js';
import { type LayerParam, type LayerRules, biasInit, glorot, kernelInit, kerasUniform, activationArg, known, needDtype, needRank, noteFor, useBias } from './common.js';

/** Dense, Embedding and PositionalEmbedding. */
export const denseLayers: LayerRules<'Dense' | 'Embedding' | 'PositionalEmbedding'> = {
  Dense: {
    doc: 'fully connected layer on the last axis: y = activation(x · kernel + bias)',
    args: [{ name: 'units', type: { t: 'int', min: 1 }, doc: 'output width' }, activationArg, useBias, kernelInit, biasInit],
    inputs: { min: 1, max: 1, doc: 'f32[..., in]' },
    infer(ctx, args, [x]) {
      if (!needDtype(ctx, x, 'f32', x.type.dtype === 'i32' ? 'integer ids go through Embedding first' : undefined)) return undefined;
      if (!needRank(ctx, x, 1, Infinity, '[..., features]')) return undefined;
      const inWidth = known(ctx, x, -1, 'input width');
      if (inWidth === undefined) return undefined;
      const units = args.units as number;
      const params: LayerParam[] = [{ name: 'kernel', shape: [inWidth, units], init: args.kernel_init as Initializer }];
      if (args.use_bias) params.push({ name: 'bias', shape: [units], init: args.bias_init as Initializer });
      return { type: { dtype: 'f32', shape: [...x.type.shape.slice(0, -1), units] }, params };
    },
  },
  Embedding: {
    doc: 'looks up a learned vector for each integer id',
    args: [
      { name: 'vocab', type: { t: 'int', min: 1 }, doc: 'number of distinct ids (ids are 0 .. vocab-1)' },
      { name: 'dim', type: { t: 'int', min: 1 }, doc: 'width of each vector' },
      { name: 'init', type: { t: 'initializer' }, default: kerasUniform, doc: 'initializer of the table' },
      { name: 'mask_zero', type: { t: 'bool' }, default: false, doc: 'id 0 is padding: the output carries a mask of the non-zero ids, which attention, recurrent layers and mean pooling respect' },
    ],
    inputs: { min: 1, max: 1, doc: 'i32[...]' },
    infer(ctx, args, [x]) {
      if (!needDtype(ctx, x, 'i32', 'declare the ids as i32, e.g. `input tokens: i32[batch, 64]`')) return undefined;
      if (args.mask_zero && x.type.shape.length !== 2) {
        ctx.error('E0311', `mask_zero=true masks the steps of sequences of ids [batch, steps], but \`${x.name}\` has rank ${x.type.shape.length}`, ctx.argSpan('mask_zero'), { notes: [noteFor(x)] });
        return undefined;
      }
      const dim = args.dim as number;
      const type: TensorType = { dtype: 'f32', shape: [...x.type.shape, dim], ...(args.mask_zero ? { mask: x.id } : {}) };
      return { type, params: [{ name: 'embeddings', shape: [args.vocab as number, dim], init: args.init as Initializer }] };
    },
  },
  PositionalEmbedding: {
    doc: 'adds a learned vector for each position along the sequence axis',
    args: [
      { name: 'max_length', type: { t: 'int', min: 1 }, doc: 'longest sequence it can embed' },
      { name: 'init', type: { t: 'initializer' }, default: glorot, doc: 'initializer of the position table' },
    ],
    inputs: { min: 1, max: 1, doc: 'f32[batch, sequence, width]' },
    infer(ctx, args, [x]) {
      if (!needDtype(ctx, x, 'f32') || !needRank(ctx, x, 3, 3, '[batch, sequence, width]', 'apply it to the output of Embedding')) return undefined;
      const len = known(ctx, x, 1, 'sequence length');
      const width = known(ctx, x, 2, 'width');
      if (len === undefined || width === undefined) return undefined;
      const max = args.max_length as number;
      if (len > max) {
        ctx.error('E0401', `the sequence has ${len} positions but PositionalEmbedding has only max_length=${max}`, ctx.argSpan('max_length'), { notes: [noteFor(x)] });
        return undefined;
      }
      return { type: x.type, params: [{ name: 'positions', shape: [max, width], init: args.init as Initializer }] };
    },
  },
};
