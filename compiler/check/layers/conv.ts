// The convolution and pooling layers over NHWC images: window arguments, output sizes and kernel parameters.
import { type Dim, formatShape, type Initializer } from '../types.js';
import { type LayerContext, type LayerInput, type LayerParam, type LayerRule, type LayerRules, activationArg, biasInit, kernelInit, known, needDtype, needRank, noteFor, useBias } from './common.js';

/** Output size of a windowed op along one axis. */
function windowed(size: number, window: number, stride: number, padding: string): number {
  return padding === 'same' ? Math.ceil(size / stride) : Math.floor((size - window) / stride) + 1;
}

function spatial(ctx: LayerContext, input: LayerInput, window: number[], stride: number[], padding: string, windowArg: string): Dim[] | undefined {
  const [b, h, w] = input.type.shape;
  const H = known(ctx, input, 1, 'height');
  const W = known(ctx, input, 2, 'width');
  if (H === undefined || W === undefined) return undefined;
  if (padding === 'valid' && (window[0] > H || window[1] > W)) {
    ctx.error('E0401', `${ctx.what}'s window ${formatShape(window)} is larger than the input's ${H}x${W} image`, ctx.argSpan(windowArg), {
      notes: [noteFor(input)],
      hint: "use padding=same, a smaller window, or fewer pooling layers before this one",
    });
    return undefined;
  }
  void h;
  void w;
  return [b, windowed(H, window[0], stride[0], padding), windowed(W, window[1], stride[1], padding)];
}

const pool = (kind: string): LayerRule => ({
  doc: `${kind} pooling over height and width of NHWC images`,
  args: [
    { name: 'pool', type: { t: 'ints', length: 2, min: 1 }, default: [2, 2], doc: 'window size (an integer or [height, width])' },
    { name: 'stride', type: { t: 'ints', length: 2, min: 1 }, default: [0, 0], doc: 'step between windows; defaults to the window size' },
    { name: 'padding', type: { t: 'choice', options: ['valid', 'same'] }, default: 'valid', doc: 'valid: only whole windows; same: pad so the output is ceil(size / stride)' },
  ],
  inputs: { min: 1, max: 1, doc: 'f32[batch, height, width, channels]' },
  infer(ctx, args, [x]) {
    if (!needDtype(ctx, x, 'f32') || !needRank(ctx, x, 4, 4, '[batch, height, width, channels]')) return undefined;
    const window = args.pool as number[];
    const given = args.stride as number[];
    const stride = given[0] === 0 ? window : given;
    const hw = spatial(ctx, x, window, stride, args.padding as string, 'pool');
    return hw && { type: { dtype: 'f32', shape: [...hw, x.type.shape[3]] }, params: [] };
  },
});


/** Conv2D, MaxPool2D and AvgPool2D. */
export const convLayers: LayerRules<'Conv2D' | 'MaxPool2D' | 'AvgPool2D'> = {
  Conv2D: {
    doc: '2-D convolution over NHWC images (channels last, as Keras)',
    args: [
      { name: 'filters', type: { t: 'int', min: 1 }, doc: 'output channels' },
      { name: 'kernel', type: { t: 'ints', length: 2, min: 1 }, doc: 'window size (an integer or [height, width])' },
      { name: 'stride', type: { t: 'ints', length: 2, min: 1 }, default: [1, 1], doc: 'step between windows' },
      { name: 'padding', type: { t: 'choice', options: ['valid', 'same'] }, default: 'valid', doc: 'valid: no padding; same: zero-pad so the output is ceil(size / stride)' },
      activationArg,
      useBias,
      kernelInit,
      biasInit,
    ],
    inputs: { min: 1, max: 1, doc: 'f32[batch, height, width, channels]' },
    infer(ctx, args, [x]) {
      if (!needDtype(ctx, x, 'f32')) return undefined;
      if (!needRank(ctx, x, 4, 4, '[batch, height, width, channels]', x.type.shape.length === 2 ? 'add Reshape([height, width, channels]) before Conv2D' : undefined)) return undefined;
      const channels = known(ctx, x, 3, 'channel count');
      const kernel = args.kernel as number[];
      const hw = spatial(ctx, x, kernel, args.stride as number[], args.padding as string, 'kernel');
      if (!hw || channels === undefined) return undefined;
      const filters = args.filters as number;
      const params: LayerParam[] = [{ name: 'kernel', shape: [kernel[0], kernel[1], channels, filters], init: args.kernel_init as Initializer }];
      if (args.use_bias) params.push({ name: 'bias', shape: [filters], init: args.bias_init as Initializer });
      return { type: { dtype: 'f32', shape: [...hw, filters] }, params };
    },
  },
  MaxPool2D: pool('max'),
  AvgPool2D: pool('average'),
};
