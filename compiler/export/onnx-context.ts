// What an ONNX translation rule is given (the graph, the weights by name) and the shapes of rules in the tables.
import { InternalError } from '../../core/diagnostic.js';
import type { Activation, GraphNode, TensorType } from '../check/types.js';
import { activations } from '../check/layers.js';
import { layerArg, oneOf } from '../ir/lower-args.js';
import type { OnnxGraph } from './onnx-graph.js';

/** A tensor of the ONNX graph with the checked type of the spec tensor it holds. */
export interface Tensor {
  name: string;
  type: TensorType;
}

/** A layer use in the checked graph. */
export type LayerNode = Extract<GraphNode, { kind: 'layer' }>;
/** A function call in the checked graph. */
export type FunctionNode = Extract<GraphNode, { kind: 'function' }>;

/** What a rule can use: the graph, and the initializers of the layer's parameters and variables. */
export interface ExportContext {
  g: OnnxGraph;
  /** The initializer of a layer's parameter by its name relative to the layer (`kernel`, `query.bias`); undefined when it has none. */
  param(node: LayerNode, name: string): string | undefined;
  /** The initializer of a layer's non-trainable variable (BatchNorm's `moving_mean`), by its full path. */
  variable(path: string): string;
}

/** A table entry for a construct with no ONNX translation: the export reports `reason` at the spec line (E0702). */
export interface Unsupported {
  unsupported: string;
}

/** A layer's translation: its inputs -> the name of its output, whose type is the node's; or why it has none. */
export type LayerExport = ((ctx: ExportContext, node: LayerNode, inputs: Tensor[]) => string) | Unsupported;

/** A function's translation: the first operand and the others (numbers as rank-0 constants) -> the output's name. */
export type FunctionExport = ((ctx: ExportContext, node: FunctionNode, x: Tensor, more: Tensor[]) => string) | Unsupported;

/** Whether a table entry is the "no translation" kind. */
export function isUnsupported<F extends object>(entry: F | Unsupported): entry is Unsupported {
  return 'unsupported' in entry;
}

/** A layer's `activation=` argument, one of the names the checker accepts. */
export function activationOf(node: LayerNode): Activation {
  return oneOf('activation', layerArg(node, 'activation', 'choice'), activations);
}

/** A parameter the layer must have (its checker rule always declares it). */
export function required(ctx: ExportContext, node: LayerNode, name: string): string {
  const p = ctx.param(node, name);
  if (p === undefined) throw new InternalError(`${node.layer} ${node.path} has no parameter ${name}`);
  return p;
}
