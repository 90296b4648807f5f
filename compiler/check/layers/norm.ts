// The normalisation layers (LayerNorm, BatchNorm, RMSNorm, GroupNorm) and Dropout: their arguments, shape rules, parameters and non-trainable variables.
import { type LayerParam, type LayerRules, type LayerVariable, known, needDtype, needRank, noteFor, ones, zeros } from './common.js';

/** The divisors of n, for the hint on a group count that does not divide the channels. */
function divisors(n: number): number[] {
  const out: number[] = [];
  for (let d = 1; d <= n && out.length < 12; d++) if (n % d === 0) out.push(d);
  return out;
}

/** LayerNorm, BatchNorm, RMSNorm, GroupNorm and Dropout. */
export const normLayers: LayerRules<'LayerNorm' | 'BatchNorm' | 'RMSNorm' | 'GroupNorm' | 'Dropout'> = {
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
  RMSNorm: {
    doc: 'divides the last axis by its root mean square, then scales (PyTorch\'s RMSNorm)',
    args: [
      { name: 'epsilon', type: { t: 'number', min: 0, minOpen: true }, default: 1e-6, doc: 'added to the mean square' },
      { name: 'scale', type: { t: 'bool' }, default: true, doc: 'learn a scale (gamma)' },
    ],
    inputs: { min: 1, max: 1, doc: 'f32[..., width]' },
    infer(ctx, args, [x]) {
      if (!needDtype(ctx, x, 'f32') || !needRank(ctx, x, 1, Infinity, '[..., width]')) return undefined;
      const width = known(ctx, x, -1, 'width');
      if (width === undefined) return undefined;
      return { type: x.type, params: args.scale ? [{ name: 'gamma', shape: [width], init: ones }] : [] };
    },
  },
  GroupNorm: {
    doc: 'normalises each sample over groups of channels (the last axis) and every other axis but the batch (PyTorch\'s GroupNorm)',
    args: [
      { name: 'groups', type: { t: 'int', min: 1 }, doc: 'number of channel groups; must divide the channel count' },
      { name: 'epsilon', type: { t: 'number', min: 0, minOpen: true }, default: 1e-5, doc: 'added to the variance' },
      { name: 'center', type: { t: 'bool' }, default: true, doc: 'learn a shift (beta)' },
      { name: 'scale', type: { t: 'bool' }, default: true, doc: 'learn a scale (gamma)' },
    ],
    inputs: { min: 1, max: 1, doc: 'f32[batch, ..., channels]' },
    infer(ctx, args, [x]) {
      if (!needDtype(ctx, x, 'f32') || !needRank(ctx, x, 2, Infinity, '[batch, ..., channels]', 'it normalises each sample, whose channels are the last axis')) return undefined;
      const width = known(ctx, x, -1, 'channel count');
      if (width === undefined) return undefined;
      const groups = args.groups as number;
      if (width % groups !== 0) {
        ctx.error('E0306', `GroupNorm's ${groups} groups do not divide the ${width} channels of \`${x.name}\``, ctx.argSpan('groups'), {
          notes: [noteFor(x)],
          hint: `use a divisor of ${width}: ${divisors(width).join(', ')}`,
        });
        return undefined;
      }
      const params: LayerParam[] = [];
      if (args.scale) params.push({ name: 'gamma', shape: [width], init: ones });
      if (args.center) params.push({ name: 'beta', shape: [width], init: zeros });
      return { type: x.type, params };
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
