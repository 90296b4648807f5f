// Per-function knowledge of the PyTorch exporter: each built-in function and elementwise operator as a Python expression over
// its operands' text; tables keyed by name, so a new FunctionName or operator fails tsc until it has an entry.
import type { BinaryOp } from '../../../grammar/ast.js';
import type { FunctionName, ResolvedArgs } from '../../check/types.js';
import { permOf } from '../../check/function-shapes.js';
import { py } from './python-text.js';

/** A function's Python expression: its operands' text (tensors as variable names, scalars as literals), its resolved arguments and the first operand's rank. */
export type FunctionExport = (x: string[], args: ResolvedArgs, rank: number) => string;

const axis = (args: ResolvedArgs) => args.axis as number;
const keep = (args: ResolvedArgs) => (args.keepdims === true ? ', keepdim=True' : '');

/** Every function's export. Adding a FunctionName without one fails to compile. */
export const functionExports: Record<FunctionName, FunctionExport> = {
  relu: ([x]) => `torch.relu(${x})`,
  gelu: ([x], a) => (a.approximate === true ? `F.gelu(${x}, approximate='tanh')` : `F.gelu(${x})`),
  silu: ([x]) => `L.activate(${x}, 'silu')`,
  swish: ([x]) => `L.activate(${x}, 'silu')`,
  sigmoid: ([x]) => `torch.sigmoid(${x})`,
  tanh: ([x]) => `torch.tanh(${x})`,
  softmax: ([x], a) => `torch.softmax(${x}, dim=${axis(a)})`,
  log_softmax: ([x], a) => `torch.log_softmax(${x}, dim=${axis(a)})`,
  leaky_relu: ([x], a) => `L.leaky_relu(${x}, ${py(a.negative_slope as number)})`,
  elu: ([x], a) => `L.elu(${x}, ${py(a.alpha as number)})`,
  selu: ([x]) => `L.selu(${x})`,
  softplus: ([x]) => `L.softplus(${x})`,
  hard_sigmoid: ([x]) => `L.hard_sigmoid(${x})`,
  exp: ([x]) => `torch.exp(${x})`,
  log: ([x]) => `torch.log(${x})`,
  abs: ([x]) => `torch.abs(${x})`,
  sqrt: ([x]) => `torch.sqrt(${x})`,
  square: ([x]) => `${x} * ${x}`,
  pow: ([x, p]) => `L.power(${x}, ${p})`,
  maximum: ([x, y]) => `L.maximum(${x}, ${y})`,
  minimum: ([x, y]) => `L.minimum(${x}, ${y})`,
  clip: ([x], a) => `torch.clamp(${x}, ${py(a.min as number)}, ${py(a.max as number)})`,
  where: ([c, x, y]) => `L.where(${c}, ${x}, ${y})`,
  mean: ([x], a) => `${x}.mean(dim=${axis(a)}${keep(a)})`,
  sum: ([x], a) => `${x}.sum(dim=${axis(a)}${keep(a)})`,
  max: ([x], a) => `torch.amax(${x}, dim=${axis(a)}${keep(a)})`,
  min: ([x], a) => `torch.amin(${x}, dim=${axis(a)}${keep(a)})`,
  matmul: ([x, y]) => `torch.matmul(${x}, ${y})`,
  transpose: ([x], a, rank) => `${x}.permute(${permOf(a.perm as number[], rank).join(', ')})`,
  slice: ([x], a) => {
    const begin = a.begin as number[];
    const size = a.size as number[];
    return `${x}[${begin.map((b, i) => `${b}:${size[i] === -1 ? '' : b + size[i]}`).join(', ')}]`;
  },
  concat: (xs, a) => `torch.cat([${xs.join(', ')}], dim=${axis(a)})`,
  stack: (xs, a) => `torch.stack([${xs.join(', ')}], dim=${axis(a)})`,
};

/** Every elementwise operator's export (`@` is a matmul function node by then). Comparisons give f32 1/0 as in mdlc. */
export const binaryExports: Record<Exclude<BinaryOp, '@'>, (x: string, y: string) => string> = {
  '+': (x, y) => `${x} + ${y}`,
  '-': (x, y) => `${x} - ${y}`,
  '*': (x, y) => `${x} * ${y}`,
  '/': (x, y) => `${x} / ${y}`,
  '%': (x, y) => `L.remainder(${x}, ${y})`,
  '<': (x, y) => `L.compare(${x} < ${y})`,
  '<=': (x, y) => `L.compare(${x} <= ${y})`,
  '>': (x, y) => `L.compare(${x} > ${y})`,
  '>=': (x, y) => `L.compare(${x} >= ${y})`,
  '==': (x, y) => `L.compare(${x} == ${y})`,
  '!=': (x, y) => `L.compare(${x} != ${y})`,
};
