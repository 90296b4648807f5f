// Checked model + weights -> an ONNX model of its inference program (the bytes), or located diagnostics for what cannot be exported.
import type { Diagnostic } from '../../core/diagnostic.js';
import { InternalError } from '../../core/diagnostic.js';
import type { Span } from '../../core/span.js';
import type { CheckedModel, FunctionName, GraphNode, LayerKind, Operand, TensorType } from '../check/types.js';
import { type ExportContext, type FunctionExport, isUnsupported, type LayerExport, type LayerNode, type Tensor } from './onnx-context.js';
import { encodeModel, ONNX_OPSET } from './onnx-encode.js';
import { binaryExport, functionExport, TO_END } from './onnx-functions.js';
import { nodeReads } from '../check/graph.js';
import { OnnxGraph } from './onnx-graph.js';
import { layerExport } from './onnx-layers.js';

export { ONNX_IR_VERSION, ONNX_OPSET } from './onnx-encode.js';

/** What an export needs besides the checked model. */
export interface OnnxExportOptions {
  /** Every parameter and layer variable of the model by path (a checkpoint's, or the initial weights). */
  weights: Record<string, Float32Array>;
  /** 'dynamic' (default): the batch axis is the symbolic dimension `batch`; a number fixes it. */
  batch?: 'dynamic' | number;
  /** The spec's text and the compiled program's hash, written into the model's metadata. */
  specText: string;
  programHash: string;
  /** mdlc's version, as the model's producer_version. */
  producerVersion?: string;
  /** Where an error about the whole spec points (the spec's span; default its start). */
  specSpan?: Span;
}

/** The ONNX model's bytes when the export succeeds, and every diagnostic (errors E0701–E0709 when it does not). */
export interface OnnxExportResult {
  bytes?: Uint8Array;
  diagnostics: Diagnostic[];
}

/** The graph nodes the outputs depend on, in graph order. */
function neededNodes(model: CheckedModel): GraphNode[] {
  const needed = new Set<number>();
  const stack = model.outputs.map((o) => o.node);
  while (stack.length) {
    const id = stack.pop()!;
    if (needed.has(id)) continue;
    needed.add(id);
    stack.push(...nodeReads(model.nodes[id]));
  }
  return model.nodes.filter((n) => needed.has(n.id));
}

/** The translation tables the export consults: `layerExport` and `functionExport` (a test may pass others). */
export interface ExportTables {
  layers: Record<LayerKind, LayerExport>;
  functions: Record<FunctionName, FunctionExport>;
}

const tables: ExportTables = { layers: layerExport, functions: functionExport };

/** Why a node cannot be exported (its table entry says so), or undefined. */
function unsupportedReason(n: GraphNode, t: ExportTables): string | undefined {
  if (n.kind === 'layer') {
    // A padding mask changes what attention, pooling and recurrent layers compute; the graph does not carry one yet.
    if (n.layer === 'Embedding' && n.args.mask_zero === true) return 'Embedding(mask_zero=true) makes a padding mask, which the ONNX export does not carry yet';
    const e = t.layers[n.layer];
    return isUnsupported(e) ? `${n.layer} cannot be exported to ONNX: ${e.unsupported}` : undefined;
  }
  if (n.kind === 'function') {
    const e = t.functions[n.fn];
    return isUnsupported(e) ? `${n.fn}() cannot be exported to ONNX: ${e.unsupported}` : undefined;
  }
  return undefined;
}

const error = (code: Diagnostic['code'], message: string, span: Span, hint?: string): Diagnostic => ({ code, severity: 'error', message, span, notes: [], ...(hint ? { hint } : {}) });

/**
 * What keeps a model from being exported, as located errors: no output (E0701), and every layer or function use whose
 * table entry is a refusal (E0702, at its spec line). Empty when the model exports.
 */
export function exportProblems(model: CheckedModel, specSpan: Span = { start: 0, end: 0 }, t: ExportTables = tables): Diagnostic[] {
  if (model.outputs.length === 0) {
    return [error('E0701', `${model.name} declares no output, so there is nothing to export`, specSpan, 'mark the tensors to serve with `output`, e.g. `output logits = Dense(10)(h)`')];
  }
  return neededNodes(model).flatMap((n) => {
    const reason = unsupportedReason(n, t);
    return reason === undefined ? [] : [error('E0702', reason, n.span, 'only what the outputs depend on is exported: serve this part with mdlc itself, or leave it out of the outputs')];
  });
}

/** Exports the inference program of a checked model: inputs and outputs named as in the spec, weights as initializers. */
export function exportOnnxModel(model: CheckedModel, options: OnnxExportOptions): OnnxExportResult {
  const refused = exportProblems(model, options.specSpan);
  if (refused.length) return { diagnostics: refused };
  const nodes = neededNodes(model);

  const g = new OnnxGraph();
  const batch = options.batch ?? 'dynamic';
  const dims = (t: TensorType) => t.shape.map((d) => (typeof d === 'number' ? d : batch === 'dynamic' ? d : batch));
  const inputs = nodes.filter((n) => n.kind === 'input');
  for (const n of inputs) g.inputs.push({ name: g.reserve(n.name), dtype: n.type.dtype, dims: dims(n.type) });
  for (const o of model.outputs) g.reserve(o.name);

  const weightOf = (path: string, shape: number[]): string => {
    if (g.initializers.some((i) => i.name === path)) return path;
    const data = options.weights[path];
    if (data === undefined) throw new InternalError(`no weights were given for ${path}`);
    const n = shape.reduce((a, b) => a * b, 1);
    if (data.length !== n) throw new InternalError(`the weights of ${path} have ${data.length} values, but its shape [${shape.join(', ')}] needs ${n}`);
    return g.weight(path, shape, data);
  };
  const ctx: ExportContext = {
    g,
    param: (node: LayerNode, name: string) => {
      const p = node.params.find((q) => q.path === `${node.path}.${name}`);
      return p === undefined ? undefined : weightOf(p.path, p.shape);
    },
    variable: (path) => {
      const v = nodes.flatMap((n) => (n.kind === 'layer' ? n.variables : [])).find((x) => x.path === path);
      if (v === undefined) throw new InternalError(`layer variable ${path} was not declared by the checker`);
      return weightOf(v.path, v.shape);
    },
  };

  const values = new Map<number, Tensor>();
  const get = (id: number): Tensor => {
    const t = values.get(id);
    if (t === undefined) throw new InternalError(`graph node ${id} is read before it is exported`);
    return t;
  };
  /** An operand as a tensor: a number becomes a rank-0 constant of `dtype`. */
  const operand = (o: Operand, dtype: 'f32' | 'i32'): Tensor => ('tensor' in o ? get(o.tensor) : { name: g.scalar(o.scalar, dtype), type: { dtype, shape: [] } });
  for (const n of nodes) {
    const name = g.at(n.name, () => translate(ctx, n, get, operand));
    values.set(n.id, { name, type: n.type });
  }
  for (const o of model.outputs) {
    const t = get(o.node);
    g.opNamed('Identity', [t.name], o.name);
    g.outputs.push({ name: o.name, dtype: t.type.dtype, dims: dims(t.type) });
  }
  const bytes = encodeModel(g, {
    graphName: model.name,
    producerVersion: options.producerVersion ?? '',
    docString: `${model.name}: the inference program of an mdlc spec (opset ${ONNX_OPSET})`,
    metadata: { 'mdlc.model': model.name, 'mdlc.spec': options.specText, 'mdlc.program_hash': options.programHash, 'mdlc.batch': String(batch) },
  });
  return { bytes, diagnostics: [] };
}

/** One checked node as ONNX nodes; returns the name of the tensor holding its value. */
function translate(ctx: ExportContext, n: GraphNode, get: (id: number) => Tensor, operand: (o: Operand, dtype: 'f32' | 'i32') => Tensor): string {
  const { g } = ctx;
  switch (n.kind) {
    case 'input':
      return n.name;
    case 'layer': {
      const rule = layerExport[n.layer];
      if (isUnsupported(rule)) throw new InternalError(`${n.layer} reached the export after being refused`);
      return rule(ctx, n, n.inputs.map(get));
    }
    case 'function': {
      const rule = functionExport[n.fn];
      if (isUnsupported(rule)) throw new InternalError(`${n.fn} reached the export after being refused`);
      // Numbers among a function's operands are f32 constants, as the lowering makes them.
      const [x, ...more] = n.inputs.map((o) => operand(o, 'f32'));
      return rule(ctx, n, x, more);
    }
    case 'neg':
      return g.op('Neg', [get(n.input).name]);
    case 'index': {
      // x[...]: one Slice over every axis (a dropped axis keeps one element), then a Squeeze of the dropped ones.
      const x = get(n.input);
      const ends = n.axes.map((a) => (a.size === -1 ? TO_END : a.begin + (a.size - 1) * a.step + 1));
      const sliced = g.op('Slice', [x.name, g.ints(n.axes.map((a) => a.begin)), g.ints(ends), g.ints(n.axes.map((_, i) => i)), g.ints(n.axes.map((a) => a.step))]);
      const dropped = n.axes.flatMap((a, i) => (a.drop ? [i] : []));
      return dropped.length ? g.op('Squeeze', [sliced, g.ints(dropped)]) : sliced;
    }
    case 'binary': {
      // The operands' dtype (a comparison's result is f32 whatever its operands are).
      const t = 'tensor' in n.lhs ? get(n.lhs.tensor) : 'tensor' in n.rhs ? get(n.rhs.tensor) : undefined;
      const dtype: 'f32' | 'i32' = t === undefined ? n.type.dtype : t.type.dtype;
      return binaryExport[n.op](g, operand(n.lhs, dtype).name, operand(n.rhs, dtype).name, dtype);
    }
  }
}
