// The lowering of RMSNorm and GroupNorm (PyTorch's definitions) to IR primitives: per-sample statistics, so padding
// rows never mix into real ones, and no state.
import type { Builder } from './builder.js';
import { layerArg } from './lower-args.js';
import { type LayerLowering, params } from './lower-context.js';

/** gamma and beta, reshaped to broadcast over the last axis of a tensor of `rank`, applied to y when the layer has them. */
function affine(b: Builder, y: number, rank: number, width: number, p: Record<string, number>): number {
  const channels = (t: number) => b.reshape(t, [...new Array<number>(rank - 1).fill(1), width]);
  let out = y;
  if (p.gamma !== undefined) out = b.mul(out, channels(p.gamma));
  if (p.beta !== undefined) out = b.addN(out, channels(p.beta));
  return out;
}

/** RMSNorm and GroupNorm. */
export const normLowerings: { RMSNorm: LayerLowering; GroupNorm: LayerLowering } = {
  // y = x / sqrt(mean(x², last axis) + epsilon) · gamma
  RMSNorm(ctx, node, [x]) {
    const { b } = ctx;
    const s = b.shape(x);
    const axis = s.length - 1;
    const meanSquare = b.mean(b.mul(x, x), [axis]);
    const y = b.div(x, b.unary('sqrt', b.addN(meanSquare, b.const(layerArg(node, 'epsilon', 'number')))));
    return affine(b, y, s.length, s[axis], params(ctx, node));
  },
  // Channels split into `groups`; each sample's group normalised over its channels and every axis between batch and channels.
  GroupNorm(ctx, node, [x]) {
    const { b } = ctx;
    const s = b.shape(x);
    const width = s[s.length - 1];
    const groups = layerArg(node, 'groups', 'int');
    const middle = s.slice(1, -1).reduce((p, d) => p * d, 1);
    const grouped = b.reshape(x, [s[0], middle, groups, width / groups]);
    const centered = b.sub(grouped, b.mean(grouped, [1, 3]));
    const variance = b.mean(b.mul(centered, centered), [1, 3]);
    const y = b.div(centered, b.unary('sqrt', b.addN(variance, b.const(layerArg(node, 'epsilon', 'number')))));
    return affine(b, b.reshape(y, s), s.length, width, params(ctx, node));
  },
};
