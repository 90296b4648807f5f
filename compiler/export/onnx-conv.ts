// ONNX translations of the convolution and pooling layers: mdlc's tensors are channels-last (NHWC, as Keras), ONNX's
// Conv and pooling ops channels-first, so each transposes around the op (ONNX Runtime folds the pairs between layers).
import type { LayerKind } from '../check/types.js';
import { layerArg, sizesAfterBatch } from '../ir/lower-args.js';
import { samePad } from '../ir/lower-conv.js';
import { activationOf, type ExportContext, type LayerExport, type LayerNode, required, type Tensor } from './onnx-context.js';
import { activateOnnx } from './onnx-functions.js';
import type { Attr } from './onnx-graph.js';

/** The convolution family's kinds. */
type ConvKind = Extract<LayerKind, 'Conv2D' | 'MaxPool2D' | 'AvgPool2D' | 'Conv1D' | 'Conv2DTranspose' | 'GlobalAvgPool1D' | 'GlobalAvgPool2D' | 'GlobalMaxPool1D' | 'GlobalMaxPool2D' | 'UpSampling2D'>;

/** Channels-last -> channels-first of a rank, and back. */
const toFirst = (rank: number) => [0, rank - 1, ...Array.from({ length: rank - 2 }, (_, i) => i + 1)];
const toLast = (rank: number) => [0, ...Array.from({ length: rank - 2 }, (_, i) => i + 2), 1];

/**
 * ONNX `pads` ([begins..., ends...]) for a window over the spatial sizes `size` giving `out`, as mdlc pads: none for
 * valid; for same, TensorFlow's split (the extra pixel after); for causal, everything before.
 */
function padsOf(padding: string, size: number[], out: number[], k: number[], s: number[], d: number[]): number[] {
  const span = k.map((ki, a) => (ki - 1) * d[a] + 1);
  const total = size.map((n, a) => Math.max((out[a] - 1) * s[a] + span[a] - n, 0));
  const before = size.map((n, a) => (padding === 'same' ? samePad(n, span[a], s[a], out[a]) : padding === 'causal' ? span[a] - 1 : 0));
  const after = size.map((_, a) => (padding === 'valid' || padding === 'causal' ? 0 : total[a] - before[a]));
  return [...before, ...after];
}

/** Runs a channels-first op on a channels-last tensor. */
function channelsFirst(ctx: ExportContext, x: Tensor, op: (first: string) => string): string {
  const { g } = ctx;
  const rank = x.type.shape.length;
  return g.op('Transpose', [op(g.op('Transpose', [x.name], { perm: { ints: toFirst(rank) } }))], { perm: { ints: toLast(rank) } });
}

/** Conv over the spatial axes: the kernel [k..., channels, filters] becomes ONNX's [filters, channels, k...]. */
function conv(ctx: ExportContext, node: LayerNode, x: Tensor, k: number[], s: number[], d: number[]): string {
  const { g } = ctx;
  const spatial = sizesAfterBatch(x.type.shape).slice(0, -1);
  const out = sizesAfterBatch(node.type.shape).slice(0, -1);
  const kernelPerm = k.length === 1 ? [2, 1, 0] : [3, 2, 0, 1];
  const w = g.op('Transpose', [required(ctx, node, 'kernel')], { perm: { ints: kernelPerm } });
  const bias = ctx.param(node, 'bias');
  const pads = padsOf(layerArg(node, 'padding', 'choice'), spatial, out, k, s, d);
  const y = channelsFirst(ctx, x, (first) => g.op('Conv', [first, w, ...(bias === undefined ? [] : [bias])], { kernel_shape: { ints: k }, strides: { ints: s }, dilations: { ints: d }, pads: { ints: pads } }));
  return activateOnnx(g, y, activationOf(node));
}

/** Max or average pooling (average over the pixels inside the image only, as Keras: count_include_pad=0). */
function pool(op: 'MaxPool' | 'AveragePool'): LayerExport {
  return (ctx, node, [x]) => {
    const k = layerArg(node, 'pool', 'ints');
    const given = layerArg(node, 'stride', 'ints');
    const s = given[0] === 0 ? k : given;
    const spatial = sizesAfterBatch(x.type.shape).slice(0, -1);
    const out = sizesAfterBatch(node.type.shape).slice(0, -1);
    const pads = padsOf(layerArg(node, 'padding', 'choice'), spatial, out, k, s, [1, 1]);
    const extra: Record<string, Attr> = op === 'AveragePool' ? { count_include_pad: { int: 0 } } : {};
    return channelsFirst(ctx, x, (first) => ctx.g.op(op, [first], { kernel_shape: { ints: k }, strides: { ints: s }, pads: { ints: pads }, ...extra }));
  };
}

/** Mean or maximum over every axis between the batch and the channels. */
function globalPool(op: 'ReduceMean' | 'ReduceMax'): LayerExport {
  return (ctx, node, [x]) => {
    const axes = x.type.shape.slice(1, -1).map((_, i) => i + 1);
    return ctx.g.op(op, [x.name], { axes: { ints: axes }, keepdims: { int: layerArg(node, 'keepdims', 'bool') ? 1 : 0 } });
  };
}

/** The convolution and pooling translations. */
export const convExports: Record<ConvKind, LayerExport> = {
  Conv2D(ctx, node, [x]) {
    return conv(ctx, node, x, layerArg(node, 'kernel', 'ints'), layerArg(node, 'stride', 'ints'), layerArg(node, 'dilation', 'ints'));
  },
  MaxPool2D: pool('MaxPool'),
  AvgPool2D: pool('AveragePool'),
  Conv1D(ctx, node, [x]) {
    return conv(ctx, node, x, [layerArg(node, 'kernel', 'int')], [layerArg(node, 'stride', 'int')], [layerArg(node, 'dilation', 'int')]);
  },
  // mdlc's transposed convolution is the adjoint of a convolution (col2im of a matmul), which is ONNX's ConvTranspose with
  // the kernel [kh, kw, filters, channels] as [channels, filters, kh, kw]; the output size is pinned by pads (and output_padding).
  Conv2DTranspose(ctx, node, [x]) {
    const { g } = ctx;
    const [H, W] = sizesAfterBatch(x.type.shape);
    const [oh, ow] = sizesAfterBatch(node.type.shape);
    const k = layerArg(node, 'kernel', 'ints');
    const s = layerArg(node, 'stride', 'ints');
    const same = layerArg(node, 'padding', 'choice') === 'same';
    const begin = [same ? samePad(oh, k[0], s[0], H) : 0, same ? samePad(ow, k[1], s[1], W) : 0];
    // ONNX's output size: s·(in - 1) + k - begin - end + output_padding.
    const rest = [s[0] * (H - 1) + k[0] - begin[0] - oh, s[1] * (W - 1) + k[1] - begin[1] - ow];
    const w = g.op('Transpose', [required(ctx, node, 'kernel')], { perm: { ints: [3, 2, 0, 1] } });
    const bias = ctx.param(node, 'bias');
    const attrs = { kernel_shape: { ints: k }, strides: { ints: s }, pads: { ints: [...begin, ...rest.map((r) => Math.max(r, 0))] }, output_padding: { ints: rest.map((r) => Math.max(-r, 0)) } };
    const y = channelsFirst(ctx, x, (first) => g.op('ConvTranspose', [first, w, ...(bias === undefined ? [] : [bias])], attrs));
    return activateOnnx(g, y, activationOf(node));
  },
  GlobalAvgPool1D: globalPool('ReduceMean'),
  GlobalAvgPool2D: globalPool('ReduceMean'),
  GlobalMaxPool1D: globalPool('ReduceMax'),
  GlobalMaxPool2D: globalPool('ReduceMax'),
  // Nearest-neighbour repetition: output pixel i reads input pixel floor(i / size).
  UpSampling2D(ctx, node, [x]) {
    const { g } = ctx;
    const [sh, sw] = layerArg(node, 'size', 'ints');
    const scales = g.constant('f32', [4], [1, sh, sw, 1]);
    return g.op('Resize', [x.name, '', scales], { mode: { string: 'nearest' }, coordinate_transformation_mode: { string: 'asymmetric' }, nearest_mode: { string: 'floor' } });
  },
};
