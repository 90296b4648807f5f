// Lowering of the convolution and pooling layers: windows over NHWC images as im2col patches, matmuls and reductions.
import type { Window } from '../../core/ir.js';
import type { Builder } from './builder.js';
import type { LayerKind } from '../check/types.js';
import { layerArg, sizesAfterBatch } from './lower-args.js';
import { type LayerLowering, type LayerNode, NEG_LARGE, params } from './lower-context.js';

/** Padding before the first row for `same` (TensorFlow's convention: the extra pixel goes after). */
function samePad(size: number, k: number, s: number, out: number): number {
  return Math.floor(Math.max((out - 1) * s + k - size, 0) / 2);
}

function window(node: LayerNode, x: number[], k: number[], s: number[], padValue: number): { win: Window; oh: number; ow: number } {
  const [oh, ow] = sizesAfterBatch(node.type.shape);
  const same = node.args.padding === 'same';
  return {
    win: { kh: k[0], kw: k[1], sh: s[0], sw: s[1], padTop: same ? samePad(x[1], k[0], s[0], oh) : 0, padLeft: same ? samePad(x[2], k[1], s[1], ow) : 0, padValue },
    oh,
    ow,
  };
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

/** The convolution family's kinds. */
type ConvKind = Extract<LayerKind, 'Conv2D' | 'MaxPool2D' | 'AvgPool2D'>;

/** The convolution and pooling lowerings; `activation` applies a layer's `activation=` (given by lower-layers, which owns them). */
export function convLowerings(activation: (b: Builder, x: number, node: LayerNode) => number): Record<ConvKind, LayerLowering> {
  return {
    Conv2D(ctx, node, [x]) {
      const { b } = ctx;
      const s = b.shape(x);
      const k = layerArg(node, 'kernel', 'ints');
      const { win, oh, ow } = window(node, s, k, layerArg(node, 'stride', 'ints'), 0);
      const p = params(ctx, node);
      const filters = layerArg(node, 'filters', 'int');
      const cols = k[0] * k[1] * s[3];
      const patches = b.reshape(b.im2col(x, win, oh, ow), [s[0] * oh * ow, cols]);
      let y = b.matmul(patches, b.reshape(p.kernel, [cols, filters]));
      if (p.bias !== undefined) y = b.addN(y, b.reshape(p.bias, [1, filters]));
      return b.reshape(activation(b, y, node), [s[0], oh, ow, filters]);
    },
    MaxPool2D: pool('max'),
    AvgPool2D: pool('avg'),
  };
}
