// The convolution and pooling layers over channels-last sequences and images: window arguments, output sizes, kernel
// parameters (Keras' shapes, so Keras-shaped weights load) and the errors of windows that do not fit.
import { type Dim, formatShape, type Initializer } from '../types.js';
import { type LayerContext, type LayerInput, type LayerParam, type LayerRule, type LayerRules, activationArg, biasInit, kernelInit, known, needDtype, needRank, noteFor, useBias } from './common.js';

/** Output size of a windowed op along one axis (`window` is the span of the taps: (k - 1)·dilation + 1). */
function windowed(size: number, window: number, stride: number, padding: string): number {
  return padding === 'valid' ? Math.floor((size - window) / stride) + 1 : Math.ceil(size / stride);
}

const axisNames = ['height', 'width'];

/**
 * The batch and output sizes of a window sliding over the spatial axes 1 .. window.length of the input (steps of a
 * sequence, or height and width of an image), or undefined after reporting a window larger than the input.
 */
function spatial(ctx: LayerContext, input: LayerInput, window: number[], stride: number[], padding: string, windowArg: string, dilation?: number[]): Dim[] | undefined {
  const sizes: number[] = [];
  for (let a = 0; a < window.length; a++) {
    const d = known(ctx, input, a + 1, window.length === 1 ? 'length' : axisNames[a]);
    if (d === undefined) return undefined;
    sizes.push(d);
  }
  const span = window.map((k, a) => (k - 1) * (dilation?.[a] ?? 1) + 1);
  if (padding === 'valid' && span.some((k, a) => k > sizes[a])) {
    const sizes1 = (v: number[]) => (v.length === 1 ? `${v[0]}` : formatShape(v));
    const dilated = dilation?.some((d) => d > 1) ? ` with dilation ${sizes1(dilation)} spans ${sizes1(span)} and` : '';
    const extent = window.length === 1 ? `${sizes[0]} steps` : `${sizes.join('x')} image`;
    ctx.error('E0401', `${ctx.what}'s window ${sizes1(window)}${dilated} is larger than the input's ${extent}`, ctx.argSpan(windowArg), {
      notes: [noteFor(input)],
      hint: window.length === 1 ? 'use padding=same or causal, a smaller kernel or dilation, or a longer sequence' : "use padding=same, a smaller window, or fewer pooling layers before this one",
    });
    return undefined;
  }
  return [input.type.shape[0], ...sizes.map((d, a) => windowed(d, span[a], stride[a], padding))];
}

const pool = (kind: string): LayerRule => ({
  doc: `${kind} pooling over height and width of NHWC images`,
  args: [
    { name: 'pool', type: { t: 'ints', length: 2, min: 1 }, default: [2, 2], doc: 'window size (an integer or [height, width])', keras: 'pool_size' },
    { name: 'stride', type: { t: 'ints', length: 2, min: 1 }, default: [0, 0], doc: 'step between windows; defaults to the window size', keras: 'strides' },
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

/** A global pooling layer over the steps of [batch, steps, channels] (rank 3) or the pixels of NHWC images (rank 4). */
const globalPool = (kind: string, rank: 3 | 4): LayerRule => ({
  doc: `${kind} over ${rank === 3 ? 'the steps of each sequence' : 'the height and width of each image'}, per channel`,
  args: [{ name: 'keepdims', type: { t: 'bool' }, default: false, doc: 'keep the pooled axes with size 1' }],
  inputs: { min: 1, max: 1, doc: rank === 3 ? 'f32[batch, steps, channels]' : 'f32[batch, height, width, channels]' },
  infer(ctx, args, [x]) {
    const expected = rank === 3 ? '[batch, steps, channels]' : '[batch, height, width, channels]';
    const hint = rank === 3 && x.type.shape.length === 4 ? `images pool with ${ctx.what.replace('1D', '2D')}` : rank === 4 && x.type.shape.length === 3 ? `sequences pool with ${ctx.what.replace('2D', '1D')}` : undefined;
    if (!needDtype(ctx, x, 'f32') || !needRank(ctx, x, rank, rank, expected, hint)) return undefined;
    for (let a = 1; a < rank - 1; a++) if (known(ctx, x, a, a === 1 && rank === 3 ? 'length' : axisNames[a - 1]) === undefined) return undefined;
    const shape = x.type.shape;
    return { type: { dtype: 'f32', shape: args.keepdims ? [shape[0], ...shape.slice(1, -1).map(() => 1), shape[rank - 1]] : [shape[0], shape[rank - 1]] }, params: [] };
  },
});

const filtersArg = { name: 'filters', type: { t: 'int', min: 1 }, doc: 'output channels' } as const;

/** Conv2D, MaxPool2D, AvgPool2D and the rest of the convolution family. */
export const convLayers: LayerRules<'Conv2D' | 'MaxPool2D' | 'AvgPool2D' | 'Conv1D' | 'Conv2DTranspose' | 'GlobalAvgPool1D' | 'GlobalAvgPool2D' | 'GlobalMaxPool1D' | 'GlobalMaxPool2D' | 'UpSampling2D'> = {
  Conv2D: {
    doc: '2-D convolution over NHWC images (channels last, as Keras)',
    args: [
      filtersArg,
      { name: 'kernel', type: { t: 'ints', length: 2, min: 1 }, doc: 'window size (an integer or [height, width])', keras: 'kernel_size' },
      { name: 'stride', type: { t: 'ints', length: 2, min: 1 }, default: [1, 1], doc: 'step between windows', keras: 'strides' },
      { name: 'padding', type: { t: 'choice', options: ['valid', 'same'] }, default: 'valid', doc: 'valid: no padding; same: zero-pad so the output is ceil(size / stride)' },
      activationArg,
      useBias,
      kernelInit,
      biasInit,
      { name: 'dilation', type: { t: 'ints', length: 2, min: 1 }, default: [1, 1], doc: 'distance between kernel taps', keras: 'dilation_rate' },
    ],
    inputs: { min: 1, max: 1, doc: 'f32[batch, height, width, channels]' },
    infer(ctx, args, [x]) {
      if (!needDtype(ctx, x, 'f32')) return undefined;
      if (!needRank(ctx, x, 4, 4, '[batch, height, width, channels]', x.type.shape.length === 2 ? 'add Reshape([height, width, channels]) before Conv2D' : x.type.shape.length === 3 ? 'sequences [batch, steps, channels] take Conv1D' : undefined)) return undefined;
      const channels = known(ctx, x, 3, 'channel count');
      const kernel = args.kernel as number[];
      const hw = spatial(ctx, x, kernel, args.stride as number[], args.padding as string, 'kernel', args.dilation as number[]);
      if (!hw || channels === undefined) return undefined;
      const filters = args.filters as number;
      const params: LayerParam[] = [{ name: 'kernel', shape: [kernel[0], kernel[1], channels, filters], init: args.kernel_init as Initializer }];
      if (args.use_bias) params.push({ name: 'bias', shape: [filters], init: args.bias_init as Initializer });
      return { type: { dtype: 'f32', shape: [...hw, filters] }, params };
    },
  },
  MaxPool2D: pool('max'),
  AvgPool2D: pool('average'),
  Conv1D: {
    doc: '1-D convolution over the steps of [batch, steps, channels] sequences (channels last, as Keras)',
    args: [
      filtersArg,
      { name: 'kernel', type: { t: 'int', min: 1 }, doc: 'window length', keras: 'kernel_size' },
      { name: 'stride', type: { t: 'int', min: 1 }, default: 1, doc: 'step between windows', keras: 'strides' },
      { name: 'padding', type: { t: 'choice', options: ['valid', 'same', 'causal'] }, default: 'valid', doc: 'valid: no padding; same: zero-pad so the output is ceil(steps / stride); causal: zero-pad before the first step only, so no output sees a later step' },
      activationArg,
      useBias,
      kernelInit,
      biasInit,
      { name: 'dilation', type: { t: 'int', min: 1 }, default: 1, doc: 'distance between kernel taps', keras: 'dilation_rate' },
    ],
    inputs: { min: 1, max: 1, doc: 'f32[batch, steps, channels]' },
    infer(ctx, args, [x]) {
      if (!needDtype(ctx, x, 'f32', x.type.dtype === 'i32' ? 'integer ids go through Embedding first' : undefined)) return undefined;
      if (!needRank(ctx, x, 3, 3, '[batch, steps, channels]', x.type.shape.length === 4 ? 'images [batch, height, width, channels] take Conv2D' : x.type.shape.length === 2 ? 'add Reshape([steps, 1]) before Conv1D' : undefined)) return undefined;
      const channels = known(ctx, x, 2, 'channel count');
      const kernel = args.kernel as number;
      const steps = spatial(ctx, x, [kernel], [args.stride as number], args.padding as string, 'kernel', [args.dilation as number]);
      if (!steps || channels === undefined) return undefined;
      const filters = args.filters as number;
      const params: LayerParam[] = [{ name: 'kernel', shape: [kernel, channels, filters], init: args.kernel_init as Initializer }];
      if (args.use_bias) params.push({ name: 'bias', shape: [filters], init: args.bias_init as Initializer });
      return { type: { dtype: 'f32', shape: [...steps, filters] }, params };
    },
  },
  Conv2DTranspose: {
    doc: 'transposed 2-D convolution (the adjoint of Conv2D) over NHWC images: each pixel spreads into a kernel-sized window of the larger output',
    args: [
      filtersArg,
      { name: 'kernel', type: { t: 'ints', length: 2, min: 1 }, doc: 'window size (an integer or [height, width])', keras: 'kernel_size' },
      { name: 'stride', type: { t: 'ints', length: 2, min: 1 }, default: [1, 1], doc: 'step between windows in the output', keras: 'strides' },
      { name: 'padding', type: { t: 'choice', options: ['valid', 'same'] }, default: 'valid', doc: 'valid: the output is size · stride + max(kernel - stride, 0); same: size · stride' },
      activationArg,
      useBias,
      kernelInit,
      biasInit,
    ],
    inputs: { min: 1, max: 1, doc: 'f32[batch, height, width, channels]' },
    infer(ctx, args, [x]) {
      if (!needDtype(ctx, x, 'f32')) return undefined;
      if (!needRank(ctx, x, 4, 4, '[batch, height, width, channels]', x.type.shape.length === 2 ? 'add Reshape([height, width, channels]) before Conv2DTranspose' : undefined)) return undefined;
      const sizes = [1, 2, 3].map((a) => known(ctx, x, a, a === 3 ? 'channel count' : axisNames[a - 1]));
      if (sizes.some((d) => d === undefined)) return undefined;
      const [H, W, channels] = sizes as number[];
      const kernel = args.kernel as number[];
      const stride = args.stride as number[];
      // Keras' deconv_output_length without output_padding.
      const out = [H, W].map((d, a) => d * stride[a] + (args.padding === 'valid' ? Math.max(kernel[a] - stride[a], 0) : 0));
      const filters = args.filters as number;
      const params: LayerParam[] = [{ name: 'kernel', shape: [kernel[0], kernel[1], filters, channels], init: args.kernel_init as Initializer }];
      if (args.use_bias) params.push({ name: 'bias', shape: [filters], init: args.bias_init as Initializer });
      return { type: { dtype: 'f32', shape: [x.type.shape[0], ...out, filters] }, params };
    },
  },
  GlobalAvgPool1D: globalPool('the mean', 3),
  GlobalAvgPool2D: globalPool('the mean', 4),
  GlobalMaxPool1D: globalPool('the maximum', 3),
  GlobalMaxPool2D: globalPool('the maximum', 4),
  UpSampling2D: {
    doc: 'repeats each pixel of NHWC images size[0] times down and size[1] times across (nearest neighbour)',
    args: [
      { name: 'size', type: { t: 'ints', length: 2, min: 1 }, default: [2, 2], doc: 'repeats along height and width (an integer or [height, width])' },
      { name: 'interpolation', type: { t: 'choice', options: ['nearest'] }, default: 'nearest', doc: 'nearest: copy the pixel (the only one mdlc has)' },
    ],
    inputs: { min: 1, max: 1, doc: 'f32[batch, height, width, channels]' },
    infer(ctx, args, [x]) {
      if (!needDtype(ctx, x, 'f32') || !needRank(ctx, x, 4, 4, '[batch, height, width, channels]')) return undefined;
      const H = known(ctx, x, 1, 'height');
      const W = known(ctx, x, 2, 'width');
      if (H === undefined || W === undefined) return undefined;
      const size = args.size as number[];
      return { type: { dtype: 'f32', shape: [x.type.shape[0], H * size[0], W * size[1], x.type.shape[3]] }, params: [] };
    },
  },
};
