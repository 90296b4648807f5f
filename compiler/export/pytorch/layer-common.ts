// What every entry of the PyTorch exporter's layer table is (LayerExport) and the checked-argument readers the entries share.
import type { GraphNode, TensorType } from '../../check/types.js';
import { py, type Refusal } from './python-text.js';

/** A layer use in the checked graph. */
export type LayerNode = Extract<GraphNode, { kind: 'layer' }>;

/** How one layer kind is exported. */
export interface LayerExport {
  /** The Python class, written into mdlc_layers.py once. */
  python: string;
  /** The arguments whose meaning the class reproduces; a layer given any other is refused (initializers only matter to mdlc's first weights). */
  args: readonly string[];
  /** The constructor's arguments (Python text), from the node and its inputs' types, or why it cannot be exported. */
  construct(node: LayerNode, inputs: TensorType[]): string | Refusal;
}

export const num = (n: LayerNode, k: string): number => n.args[k] as number;
export const ints = (n: LayerNode, k: string): number[] => n.args[k] as number[];
export const bool = (n: LayerNode, k: string): boolean => n.args[k] === true;
export const dims = (t: TensorType): number[] => t.shape.slice(1).map((d) => (typeof d === 'number' ? d : -1));
export const activation = (n: LayerNode): string => {
  const a = n.args.activation as string;
  return a === 'none' || a === 'linear' ? '' : `, activation=${py(a)}`;
};
export const has = (n: LayerNode, local: string): boolean => n.params.some((p) => p.path === `${n.path}.${local}`);

/** The initializer arguments: they shape mdlc's first weights, which the export carries in init.safetensors. */
export const initArgs = ['kernel_init', 'bias_init'] as const;
