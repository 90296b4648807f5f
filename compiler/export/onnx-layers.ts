// Per-layer ONNX translations (a table keyed by layer kind; convolutions and pooling in onnx-conv.ts), each computing
// what the layer's lowering in compiler/ir/ computes for the inference programs, with ONNX's standard ops.
import type { LayerKind } from '../check/types.js';
import { layerArg, sizesAfterBatch } from '../ir/lower-args.js';
import { NEG_LARGE } from '../ir/lower-context.js';
import { activationOf, type ExportContext, type LayerExport, type LayerNode, required, type Tensor } from './onnx-context.js';
import { activateOnnx } from './onnx-functions.js';
import { convExports } from './onnx-conv.js';

/** x · W + b over the last axis: Gemm for [batch, width] rows, MatMul (which broadcasts) and Add otherwise. */
function dense(ctx: ExportContext, x: Tensor, kernel: string, bias: string | undefined): string {
  const { g } = ctx;
  if (x.type.shape.length === 2 && bias !== undefined) return g.op('Gemm', [x.name, kernel, bias]);
  const y = g.op('MatMul', [x.name, kernel]);
  return bias === undefined ? y : g.op('Add', [y, bias]);
}

/** A layer's optional parameter, or a constant standing in for its absence (LayerNormalization and BatchNormalization need both). */
function orConstant(ctx: ExportContext, node: LayerNode, name: string, width: number, value: number): string {
  return ctx.param(node, name) ?? ctx.g.constant('f32', [width], new Array<number>(width).fill(value));
}

/** Multi-head attention as mdlc lowers it: projections, heads split, scaled scores, the causal mask, softmax, mix, output projection. */
const attention: LayerExport = (ctx, node, inputs) => {
  const { g } = ctx;
  const [q0] = inputs;
  const c0 = inputs[1] ?? q0;
  const [sq, width] = sizesAfterBatch(q0.type.shape);
  const [sk] = sizesAfterBatch(c0.type.shape);
  const heads = layerArg(node, 'heads', 'int');
  const dk = width / heads;
  const project = (t: Tensor, which: string) => dense(ctx, t, required(ctx, node, `${which}.kernel`), ctx.param(node, `${which}.bias`));
  // [B, S, D] -> [B, S, H, dk] -> [B, H, S, dk] (or [B, H, dk, S] for the keys, ready for the product)
  const split = (t: string, s: number, perm: number[]) => g.op('Transpose', [g.op('Reshape', [t, g.ints([0, s, heads, dk])])], { perm: { ints: perm } });
  const q = split(project(q0, 'query'), sq, [0, 2, 1, 3]);
  const kT = split(project(c0, 'key'), sk, [0, 2, 3, 1]);
  const v = split(project(c0, 'value'), sk, [0, 2, 1, 3]);
  let scores = g.op('Mul', [g.op('MatMul', [q, kT]), g.scalar(1 / Math.sqrt(dk))]);
  if (layerArg(node, 'causal', 'bool')) {
    // Query position i sees key positions j <= i; the others get mdlc's stand-in for -infinity.
    const allowed = Array.from({ length: sq * sk }, (_, e) => e % sk <= Math.floor(e / sk));
    scores = g.op('Where', [g.constant('bool', [sq, sk], allowed), scores, g.scalar(NEG_LARGE)]);
  }
  const weights = g.op('Softmax', [scores], { axis: { int: -1 } });
  const mixed = g.op('Reshape', [g.op('Transpose', [g.op('MatMul', [weights, v])], { perm: { ints: [0, 2, 1, 3] } }), g.ints([0, sq, width])]);
  return dense(ctx, { name: mixed, type: q0.type }, required(ctx, node, 'output.kernel'), ctx.param(node, 'output.bias'));
};

/** [batch, ...] -> [batch, ...sizes]: 0 copies the batch size, so the batch axis stays dynamic. */
function reshape(ctx: ExportContext, node: LayerNode, x: Tensor): string {
  return ctx.g.op('Reshape', [x.name, ctx.g.ints([0, ...sizesAfterBatch(node.type.shape)])]);
}

/** Every layer's translation. Adding a LayerKind without one fails to compile. */
export const layerExport: Record<LayerKind, LayerExport> = {
  Dense(ctx, node, [x]) {
    return activateOnnx(ctx.g, dense(ctx, x, required(ctx, node, 'kernel'), ctx.param(node, 'bias')), activationOf(node));
  },
  Embedding(ctx, node, [ids]) {
    return ctx.g.op('Gather', [required(ctx, node, 'embeddings'), ids.name], { axis: { int: 0 } });
  },
  PositionalEmbedding(ctx, node, [x]) {
    const { g } = ctx;
    const [len] = sizesAfterBatch(x.type.shape);
    const table = required(ctx, node, 'positions');
    // The first `len` rows of the table, broadcast over the batch.
    const rows = len === layerArg(node, 'max_length', 'int') ? table : g.op('Slice', [table, g.ints([0]), g.ints([len]), g.ints([0])]);
    return g.op('Add', [x.name, rows]);
  },
  LayerNorm(ctx, node, [x]) {
    const width = sizesAfterBatch(x.type.shape).at(-1) ?? 0;
    const inputs = [x.name, orConstant(ctx, node, 'gamma', width, 1)];
    const beta = ctx.param(node, 'beta');
    if (beta !== undefined) inputs.push(beta);
    return ctx.g.op('LayerNormalization', inputs, { axis: { int: -1 }, epsilon: { float: layerArg(node, 'epsilon', 'number') } });
  },
  // PyTorch's RMSNorm: x / sqrt(mean(x², last axis) + epsilon) · gamma; opset 17 has no op of its own for it.
  RMSNorm(ctx, node, [x]) {
    const { g } = ctx;
    const meanSquare = g.op('ReduceMean', [g.op('Mul', [x.name, x.name])], { axes: { ints: [-1] }, keepdims: { int: 1 } });
    const rms = g.op('Sqrt', [g.op('Add', [meanSquare, g.scalar(layerArg(node, 'epsilon', 'number'))])]);
    const y = g.op('Div', [x.name, rms]);
    const gamma = ctx.param(node, 'gamma');
    return gamma === undefined ? y : g.op('Mul', [y, gamma]);
  },
  // GroupNormalization arrived in opset 18 (and was redefined in 21); the export writes opset 17, which onnx 1.12 checks.
  GroupNorm: { unsupported: 'ONNX has GroupNormalization only from opset 18, and mdlc exports opset 17 (the newest Debian\'s onnx checker accepts)' },
  // Inference: the moving statistics. ONNX normalises axis 1, so channels-last tensors of rank > 2 are transposed around it.
  BatchNorm(ctx, node, [x]) {
    const { g } = ctx;
    const rank = x.type.shape.length;
    const width = sizesAfterBatch(x.type.shape).at(-1) ?? 0;
    const first = [0, rank - 1, ...Array.from({ length: rank - 2 }, (_, i) => i + 1)];
    const last = [0, ...Array.from({ length: rank - 2 }, (_, i) => i + 2), 1];
    const input = rank === 2 ? x.name : g.op('Transpose', [x.name], { perm: { ints: first } });
    const stats = [orConstant(ctx, node, 'gamma', width, 1), orConstant(ctx, node, 'beta', width, 0), ctx.variable(`${node.path}.moving_mean`), ctx.variable(`${node.path}.moving_variance`)];
    const y = g.op('BatchNormalization', [input, ...stats], { epsilon: { float: layerArg(node, 'epsilon', 'number') } });
    return rank === 2 ? y : g.op('Transpose', [y], { perm: { ints: last } });
  },
  // Dropout does nothing outside training.
  Dropout(_ctx, _node, [x]) {
    return x.name;
  },
  MultiHeadAttention: attention,
  Flatten(ctx, _node, [x]) {
    return ctx.g.op('Flatten', [x.name], { axis: { int: 1 } });
  },
  Reshape(ctx, node, [x]) {
    return reshape(ctx, node, x);
  },
  Concat(ctx, node, inputs) {
    return ctx.g.op('Concat', inputs.map((t) => t.name), { axis: { int: layerArg(node, 'axis', 'int') } });
  },
  ...convExports,
  // ONNX's RNN, LSTM and GRU take other gate orders and layouts, and padding masks as sequence lengths: not written yet.
  SimpleRNN: { unsupported: 'the recurrent layers are not in the ONNX export yet' },
  LSTM: { unsupported: 'the recurrent layers are not in the ONNX export yet' },
  GRU: { unsupported: 'the recurrent layers are not in the ONNX export yet' },
  Bidirectional: { unsupported: 'the recurrent layers are not in the ONNX export yet' },
};
