// The normalisation layers and Dropout: their arguments, shape rules, parameters and non-trainable variables.
import { type LayerParam, type LayerRules, type LayerVariable, known, needDtype, needRank, ones, zeros } from './common.js';

/** LayerNorm, BatchNorm and Dropout. */
export const normLayers: LayerRules<'LayerNorm' | 'BatchNorm' | 'Dropout'> = {
  LayerNorm: {
    doc: 'normalises the last axis to zero mean and unit variance, then scales and shifts',
    args: [
      { name: 'epsilon', type: { t: 'number', min: 0, minOpen: true }, default: 1e-3, doc: 'added to the variance' },
      { name: 'center', type: { t: 'bool' }, default: true, doc: 'learn a shift (beta)' },
      { name: 'scale', type: { t: 'bool' }, default: true, doc: 'learn a scale (gamma)' },
    ],
    inputs: { min: 1, max: 1, doc: 'f32[..., width]' },
    infer(ctx, args, [x]) {
      if (!needDtype(ctx, x, 'f32') || !needRank(ctx, x, 1, Infinity, '[..., width]')) return undefined;
      const width = known(ctx, x, -1, 'width');
      if (width === undefined) return undefined;
      const params: LayerParam[] = [];
      if (args.scale) params.push({ name: 'gamma', shape: [width], init: ones });
      if (args.center) params.push({ name: 'beta', shape: [width], init: zeros });
      return { type: x.type, params };
    },
  },
  BatchNorm: {
    doc: 'normalises each channel (the last axis) over the batch: batch statistics in training, moving averages of them otherwise',
    args: [
      { name: 'momentum', type: { t: 'number', min: 0, max: 1 }, default: 0.99, doc: 'weight of the old value in each moving-average update' },
      { name: 'epsilon', type: { t: 'number', min: 0, minOpen: true }, default: 1e-3, doc: 'added to the variance' },
      { name: 'center', type: { t: 'bool' }, default: true, doc: 'learn a shift (beta)' },
      { name: 'scale', type: { t: 'bool' }, default: true, doc: 'learn a scale (gamma)' },
    ],
    inputs: { min: 1, max: 1, doc: 'f32[batch, ..., channels]' },
    infer(ctx, args, [x]) {
      if (!needDtype(ctx, x, 'f32') || !needRank(ctx, x, 2, Infinity, '[batch, ..., channels]', 'it normalises the last axis over the batch axis')) return undefined;
      const width = known(ctx, x, -1, 'channel count');
      if (width === undefined) return undefined;
      const params: LayerParam[] = [];
      if (args.scale) params.push({ name: 'gamma', shape: [width], init: ones });
      if (args.center) params.push({ name: 'beta', shape: [width], init: zeros });
      const variables: LayerVariable[] = [{ name: 'moving_mean', shape: [width], value: 0 }, { name: 'moving_variance', shape: [width], value: 1 }];
      return { type: x.type, params, variables };
    },
  },
  Dropout: {
    doc: 'while training, zeroes each element with probability rate and scales the rest by 1/(1-rate); identity otherwise',
    args: [{ name: 'rate', type: { t: 'number', min: 0, max: 1, maxOpen: true }, doc: 'fraction dropped, in [0, 1)' }],
    inputs: { min: 1, max: 1, doc: 'f32[...]' },
    infer(ctx, _args, [x]) {
      return needDtype(ctx, x, 'f32') ? { type: x.type, params: [] } : undefined;
    },
  },
};
