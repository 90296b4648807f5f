// ONNX translations of activations, built-in functions and operators (tables keyed by name), with the formulas of lower-activations.ts.
import type { BinaryOp } from '../../grammar/ast.js';
import { InternalError } from '../../core/diagnostic.js';
import type { Activation, FunctionName } from '../check/types.js';
import { permOf } from '../check/function-shapes.js';
import { SELU_ALPHA, SELU_SCALE } from '../ir/lower-activations.js';
import { arg } from '../ir/lower-args.js';
import type { FunctionExport, FunctionNode, Tensor } from './onnx-context.js';
import type { OnnxGraph } from './onnx-graph.js';

/** An activation: the graph and the input's name -> the output's name. */
type ActivationExport = (g: OnnxGraph, x: string) => string;

/** x/2 · (1 + erf(x/√2)): exact GELU, as Keras' default and mdlc's lowering (opset 17 has no Gelu op). */
function gelu(g: OnnxGraph, x: string): string {
  const erf = g.op('Erf', [g.op('Mul', [x, g.scalar(Math.SQRT1_2)])]);
  return g.op('Mul', [g.op('Mul', [x, g.scalar(0.5)]), g.op('Add', [g.scalar(1), erf])]);
}

/** GELU's tanh approximation: x/2 · (1 + tanh(√(2/π) · (x + 0.044715 x³))). */
function geluTanh(g: OnnxGraph, x: string): string {
  const cube = g.op('Mul', [g.op('Mul', [x, x]), x]);
  const inner = g.op('Mul', [g.op('Add', [x, g.op('Mul', [cube, g.scalar(0.044715)])]), g.scalar(Math.sqrt(2 / Math.PI))]);
  return g.op('Mul', [g.op('Mul', [x, g.scalar(0.5)]), g.op('Add', [g.scalar(1), g.op('Tanh', [inner])])]);
}

const silu: ActivationExport = (g, x) => g.op('Mul', [x, g.op('Sigmoid', [x])]);

/** Every activation's translation. Adding an Activation without one fails to compile. */
const activationExport: Record<Activation, ActivationExport> = {
  none: (_g, x) => x,
  linear: (_g, x) => x,
  relu: (g, x) => g.op('Relu', [x]),
  sigmoid: (g, x) => g.op('Sigmoid', [x]),
  tanh: (g, x) => g.op('Tanh', [x]),
  gelu,
  silu,
  swish: silu,
  softmax: (g, x) => g.op('Softmax', [x], { axis: { int: -1 } }),
  leaky_relu: (g, x) => g.op('LeakyRelu', [x], { alpha: { float: 0.2 } }),
  elu: (g, x) => g.op('Elu', [x], { alpha: { float: 1 } }),
  selu: (g, x) => g.op('Selu', [x], { alpha: { float: SELU_ALPHA }, gamma: { float: SELU_SCALE } }),
  softplus: (g, x) => g.op('Softplus', [x]),
  // relu6(x + 3) / 6 = clip(x / 6 + 1/2, 0, 1)
  hard_sigmoid: (g, x) => g.op('HardSigmoid', [x], { alpha: { float: 1 / 6 }, beta: { float: 0.5 } }),
};

/** Applies an activation by name. */
export function activateOnnx(g: OnnxGraph, x: string, kind: Activation): string {
  return activationExport[kind](g, x);
}

function operand(more: Tensor[], i: number): string {
  const t = more[i];
  if (t === undefined) throw new InternalError(`function operand ${i + 2} is missing after checking`);
  return t.name;
}

/** The `axis` argument as a non-negative index into a rank. */
function axisOf(node: FunctionNode, rank: number): number {
  const a = arg(node.args, 'axis', 'int');
  return a < 0 ? rank + a : a;
}

/** mean, sum, max, min over one axis (opset 17: ReduceSum takes its axes as an input, the others as an attribute). */
function reduction(op: 'ReduceMean' | 'ReduceSum' | 'ReduceMax' | 'ReduceMin'): FunctionExport {
  return ({ g }, node, x) => {
    const axis = axisOf(node, x.type.shape.length);
    const keepdims = { int: arg(node.args, 'keepdims', 'bool') ? 1 : 0 };
    return op === 'ReduceSum' ? g.op(op, [x.name, g.ints([axis])], { keepdims }) : g.op(op, [x.name], { axes: { ints: [axis] }, keepdims });
  };
}

const unary =
  (op: string): FunctionExport =>
  ({ g }, _node, x) =>
    g.op(op, [x.name]);
const activation =
  (kind: Activation): FunctionExport =>
  ({ g }, _node, x) =>
    activateOnnx(g, x.name, kind);

/** The largest int64 ONNX's Slice takes as "to the end". */
export const TO_END = Number.MAX_SAFE_INTEGER;

/** Every function's translation. Adding a FunctionName without one fails to compile. */
export const functionExport: Record<FunctionName, FunctionExport> = {
  relu: activation('relu'),
  gelu: ({ g }, node, x) => (node.args.approximate === true ? geluTanh(g, x.name) : gelu(g, x.name)),
  silu: activation('silu'),
  swish: activation('silu'),
  sigmoid: activation('sigmoid'),
  tanh: activation('tanh'),
  softmax: ({ g }, node, x) => g.op('Softmax', [x.name], { axis: { int: axisOf(node, x.type.shape.length) } }),
  log_softmax: ({ g }, node, x) => g.op('LogSoftmax', [x.name], { axis: { int: axisOf(node, x.type.shape.length) } }),
  leaky_relu: ({ g }, node, x) => g.op('LeakyRelu', [x.name], { alpha: { float: arg(node.args, 'negative_slope', 'number') } }),
  elu: ({ g }, node, x) => g.op('Elu', [x.name], { alpha: { float: arg(node.args, 'alpha', 'number') } }),
  selu: activation('selu'),
  softplus: activation('softplus'),
  hard_sigmoid: activation('hard_sigmoid'),
  exp: unary('Exp'),
  log: unary('Log'),
  abs: unary('Abs'),
  sqrt: unary('Sqrt'),
  square: ({ g }, _node, x) => g.op('Mul', [x.name, x.name]),
  pow: ({ g }, _node, x, more) => g.op('Pow', [x.name, operand(more, 0)]),
  maximum: ({ g }, _node, x, more) => g.op('Max', [x.name, operand(more, 0)]),
  minimum: ({ g }, _node, x, more) => g.op('Min', [x.name, operand(more, 0)]),
  clip: ({ g }, node, x) => g.op('Clip', [x.name, g.scalar(arg(node.args, 'min', 'number')), g.scalar(arg(node.args, 'max', 'number'))]),
  // The condition is non-zero for true, as mdlc's `where` reads it.
  where: ({ g }, _node, x, more) => g.op('Where', [g.op('Not', [g.op('Equal', [x.name, g.scalar(0, x.type.dtype)])]), operand(more, 0), operand(more, 1)]),
  mean: reduction('ReduceMean'),
  sum: reduction('ReduceSum'),
  max: reduction('ReduceMax'),
  min: reduction('ReduceMin'),
  matmul: ({ g }, _node, x, more) => g.op('MatMul', [x.name, operand(more, 0)]),
  transpose: ({ g }, node, x) => g.op('Transpose', [x.name], { perm: { ints: permOf(arg(node.args, 'perm', 'intlist'), x.type.shape.length) } }),
  slice: ({ g }, node, x) => {
    const begin = arg(node.args, 'begin', 'intlist');
    const ends = arg(node.args, 'size', 'intlist').map((n, i) => (n === -1 ? TO_END : begin[i] + n));
    return g.op('Slice', [x.name, g.ints(begin), g.ints(ends), g.ints(begin.map((_, i) => i))]);
  },
  concat: ({ g }, node, x, more) => g.op('Concat', [x.name, ...more.map((t) => t.name)], { axis: { int: axisOf(node, x.type.shape.length) } }),
  stack: ({ g }, node, x, more) => {
    const axis = axisOf(node, x.type.shape.length + 1);
    const parts = [x, ...more].map((t) => g.op('Unsqueeze', [t.name, g.ints([axis])]));
    return g.op('Concat', parts, { axis: { int: axis } });
  },
};

/** An elementwise operator: its operands' names and their dtype (a comparison's result is f32 whatever they are). */
type BinaryExport = (g: OnnxGraph, x: string, y: string, dtype: 'f32' | 'i32') => string;

/** A comparison's bool as mdlc's f32 1.0 / 0.0. */
const asF32 = (g: OnnxGraph, b: string) => g.op('Cast', [b], { to: { int: 1 } });
const compare =
  (op: string, swap = false): BinaryExport =>
  (g, x, y) =>
    asF32(g, g.op(op, swap ? [y, x] : [x, y]));

/** Every operator's translation. Adding an operator without one fails to compile. */
export const binaryExport: Record<Exclude<BinaryOp, '@'>, BinaryExport> = {
  '+': (g, x, y) => g.op('Add', [x, y]),
  '-': (g, x, y) => g.op('Sub', [x, y]),
  '*': (g, x, y) => g.op('Mul', [x, y]),
  '/': (g, x, y) => g.op('Div', [x, y]),
  // Python's modulo, x - floor(x / y) * y computed in f32 as mdlc does (ONNX's Mod on floats is C's fmod).
  '%': (g, x, y, dtype) => {
    const f = (t: string) => (dtype === 'i32' ? g.op('Cast', [t], { to: { int: 1 } }) : t);
    const [fx, fy] = [f(x), f(y)];
    const r = g.op('Sub', [fx, g.op('Mul', [g.op('Floor', [g.op('Div', [fx, fy])]), fy])]);
    return dtype === 'i32' ? g.op('Cast', [r], { to: { int: 6 } }) : r;
  },
  '<': compare('Less'),
  '<=': compare('LessOrEqual'),
  '>': compare('Less', true),
  '>=': compare('LessOrEqual', true),
  '==': compare('Equal'),
  '!=': (g, x, y) => asF32(g, g.op('Not', [g.op('Equal', [x, y])])),
};

