// Lowering of the convolution and pooling layers: windows over channels-last sequences and images as im2col patches,
// matmuls and reductions; a transposed convolution as col2im of a matmul (the adjoint); upsampling as a broadcast.
import type { Window } from '../../core/ir.js';
import type { Builder } from './builder.js';
import type { LayerKind } from '../check/types.js';
import { layerArg, sizesAfterBatch } from './lower-args.js';
import { maskedMean } from './lower-functions.js';
import { type LayerLowering, type LayerNode, NEG_LARGE, params } from './lower-context.js';

/** Padding before the first row for `same` (TensorFlow's convention: the extra pixel goes after). */
export function samePad(size: number, k: number, s: number, out: number): number {
  return Math.floor(Math.max((out - 1) * s + k - size, 0) / 2);
}

/**
 * The im2col window of a layer over an image [B, H, W, C] with output [oh, ow]: kernel k, stride s, dilation d (each
 * [rows, columns]). Dilation is left out of the window where it is 1, so an ordinary window prints as it always has.
 */
function windowOf(padding: string, x: number[], out: number[], k: number[], s: number[], d: number[], padValue: number): Window {
  const span = k.map((ki, a) => (ki - 1) * d[a] + 1);
  // causal (Conv1D only, along the width): all the padding goes before the first step.
  const before = (a: number) => (padding === 'same' ? samePad(x[a + 1], span[a], s[a], out[a]) : padding === 'causal' ? span[a] - 1 : 0);
  const win: Window = { kh: k[0], kw: k[1], sh: s[0], sw: s[1], padTop: before(0), padLeft: before(1), padValue };
  if (d[0] !== 1) win.dh = d[0];
  if (d[1] !== 1) win.dw = d[1];
  return win;
}

function window(node: LayerNode, x: number[], k: number[], s: number[], padValue: number, d: number[] = [1, 1]): { win: Window; oh: number; ow: number } {
  const [oh, ow] = sizesAfterBatch(node.type.shape);
  return { win: windowOf(layerArg(node, 'padding', 'choice'), x, [oh, ow], k, s, d, padValue), oh, ow };
}

function pool(kind: 'max' | 'avg'): LayerLowering {
  return (ctx, node, [x]) => {
    const { b } = ctx;
    const s = b.shape(x);
    const k = layerArg(node, 'pool', 'ints');
    const given = layerArg(node, 'stride', 'ints');
    const stride = given[0] === 0 ? k : given;
    const { win, oh, ow } = window(node, s, k, stride, kind === 'max' ? NEG_LARGE : 0);
    const patches = b.reshape(b.im2col(x, win, oh, ow), [s[0], oh, ow, k[0] * k[1], s[3]]);
    if (kind === 'max') return b.reshape(b.reduceMax(patches, [3]), [s[0], oh, ow, s[3]]);
    const total = b.reshape(b.sum(patches, [3]), [s[0], oh, ow, s[3]]);
    if (node.args.padding !== 'same') return b.scale(total, 1 / (k[0] * k[1]));
    // Keras averages over the pixels inside the image only: count them by pooling ones.
    const ones = b.broadcast(b.const(1), [1, s[1], s[2], 1]);
    const count = b.reshape(b.sum(b.reshape(b.im2col(ones, win, oh, ow), [1, oh, ow, k[0] * k[1], 1]), [3]), [1, oh, ow, 1]);
    return b.div(total, count);
  };
}

/** Mean or maximum over every axis between the batch and the channels; keepdims keeps them with size 1. */
function globalPool(kind: 'mean' | 'max'): LayerLowering {
  return (ctx, node, [x]) => {
    const { b } = ctx;
    const s = b.shape(x);
    const axes = s.slice(1, -1).map((_, i) => i + 1);
    // A masked sequence averages its real steps only (Keras' GlobalAveragePooling1D with a mask).
    const mask = kind === 'mean' && s.length === 3 ? ctx.mask(node.inputs[0]) : undefined;
    const pooled = mask !== undefined ? b.reshape(maskedMean(b, x, mask), [s[0], 1, s[2]]) : kind === 'mean' ? b.mean(x, axes) : b.reduceMax(x, axes);
    return layerArg(node, 'keepdims', 'bool') ? pooled : b.reshape(pooled, [s[0], s[s.length - 1]]);
  };
}

/** The convolution family's kinds. */
type ConvKind = Extract<LayerKind, 'Conv2D' | 'MaxPool2D' | 'AvgPool2D' | 'Conv1D' | 'Conv2DTranspose' | 'GlobalAvgPool1D' | 'GlobalAvgPool2D' | 'GlobalMaxPool1D' | 'GlobalMaxPool2D' | 'UpSampling2D'>;

/** The convolution and pooling lowerings; `activation` applies a layer's `activation=` (given by lower-layers, which owns them). */
export function convLowerings(activation: (b: Builder, x: number, node: LayerNode) => number): Record<ConvKind, LayerLowering> {
  /** Convolution of an image [B, H, W, C] by a kernel of k[0]·k[1]·C rows (im2col's (ky, kx, c) order): [B, oh, ow, filters]. */
  const convolve = (ctx: Parameters<LayerLowering>[0], node: LayerNode, x: number, k: number[], s: number[], d: number[], out: number[]): number => {
    const { b } = ctx;
    const shape = b.shape(x);
    const p = params(ctx, node);
    const filters = layerArg(node, 'filters', 'int');
    const win = windowOf(layerArg(node, 'padding', 'choice'), shape, out, k, s, d, 0);
    const cols = k[0] * k[1] * shape[3];
    const patches = b.reshape(b.im2col(x, win, out[0], out[1]), [shape[0] * out[0] * out[1], cols]);
    let y = b.matmul(patches, b.reshape(p.kernel, [cols, filters]));
    if (p.bias !== undefined) y = b.addN(y, b.reshape(p.bias, [1, filters]));
    return activation(b, y, node);
  };
  return {
    Conv2D(ctx, node, [x]) {
      const s = ctx.b.shape(x);
      const out = sizesAfterBatch(node.type.shape);
      const y = convolve(ctx, node, x, layerArg(node, 'kernel', 'ints'), layerArg(node, 'stride', 'ints'), layerArg(node, 'dilation', 'ints'), out);
      return ctx.b.reshape(y, [s[0], ...out]);
    },
    MaxPool2D: pool('max'),
    AvgPool2D: pool('avg'),
    // A sequence [B, L, C] is an image of height 1: [B, 1, L, C], with the window along the width.
    Conv1D(ctx, node, [x]) {
      const { b } = ctx;
      const [batch, steps, channels] = b.shape(x);
      const [outSteps, filters] = sizesAfterBatch(node.type.shape);
      const k = layerArg(node, 'kernel', 'int');
      const y = convolve(ctx, node, b.reshape(x, [batch, 1, steps, channels]), [1, k], [1, layerArg(node, 'stride', 'int')], [1, layerArg(node, 'dilation', 'int')], [1, outSteps]);
      return b.reshape(y, [batch, outSteps, filters]);
    },
    // The adjoint of a convolution from the output size down to the input's: each input pixel times the kernel gives
    // a window of the output, and col2im sums the overlapping windows. Keras' kernel is [kh, kw, filters, channels].
    Conv2DTranspose(ctx, node, [x]) {
      const { b } = ctx;
      const [batch, H, W, channels] = b.shape(x);
      const [oh, ow, filters] = sizesAfterBatch(node.type.shape);
      const k = layerArg(node, 'kernel', 'ints');
      const s = layerArg(node, 'stride', 'ints');
      const p = params(ctx, node);
      const win = windowOf(layerArg(node, 'padding', 'choice'), [batch, oh, ow, filters], [H, W], k, s, [1, 1], 0);
      const spread = b.matmul(b.reshape(x, [batch * H * W, channels]), b.reshape(p.kernel, [k[0] * k[1] * filters, channels]), false, true);
      let y = b.col2im(b.reshape(spread, [batch, H, W, k[0] * k[1] * filters]), win, [batch, oh, ow, filters]);
      if (p.bias !== undefined) y = b.addN(y, b.reshape(p.bias, [1, 1, 1, filters]));
      return activation(b, y, node);
    },
    GlobalAvgPool1D: globalPool('mean'),
    GlobalAvgPool2D: globalPool('mean'),
    GlobalMaxPool1D: globalPool('max'),
    GlobalMaxPool2D: globalPool('max'),
    UpSampling2D(ctx, node, [x]) {
      const { b } = ctx;
      const [batch, H, W, C] = b.shape(x);
      const [sh, sw] = layerArg(node, 'size', 'ints');
      const repeated = b.broadcast(b.reshape(x, [batch, H, 1, W, 1, C]), [batch, H, sh, W, sw, C]);
      return b.reshape(repeated, [batch, H * sh, W * sw, C]);
    },
  };
}
