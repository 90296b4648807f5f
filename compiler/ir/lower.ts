// CheckedModel -> IR Module: forward programs train_step (up to the loss), eval_step and predict, with the model's params.
import type { CheckedModel, GraphNode, Initializer } from '../check/types.js';
import { DiagnosticBag, type Diagnostic, InternalError } from '../../core/diagnostic.js';
import { Builder } from './builder.js';
import type { Binding, Module, Program } from '../../core/ir.js';
import { functionLowering, layerLowering, type LowerContext } from './lower-layers.js';
import { compare, lowerIndex } from './lower-functions.js';
import { counterEntries, lowerLoss, lowerMetricCounters, WEIGHT_INPUT } from './lower-training.js';
import { counterOutput, counterPath, sumPath } from '../../core/interface.js';
import type { IntermediateKind } from '../../core/artifact.js';
import { type Exposed, Exposure } from './expose.js';

/** Options of lowering: the batch size programs are compiled for, and sizes of other symbolic dims. */
export interface LowerOptions {
  batch?: number;
  dims?: Record<string, number>;
  /** Intermediate tensors to add to predict's outputs (compiler/ir/expose.ts), e.g. attention weights for a heat map. */
  expose?: readonly IntermediateKind[];
}

/** The lowered module, or diagnostics explaining why a program cannot be built. */
export interface LowerResult {
  module?: Module;
  diagnostics: Diagnostic[];
  /** The intermediates predict exposes, in output order. */
  exposed?: Exposed[];
}

/** Path of the optimizer's step counter in the state. */
export const STEP = 'optimizer.step';

class Lowering {
  readonly bag = new DiagnosticBag();
  constructor(
    readonly model: CheckedModel,
    readonly dims: Record<string, number>,
    readonly exposure = new Exposure(new Set()),
  ) {}

  /** Each program's per-sample weight input, made on first use (by a layer's row mask or by the loss). */
  private readonly weights = new WeakMap<Builder, number>();

  private weight(b: Builder): number {
    let w = this.weights.get(b);
    if (w === undefined) this.weights.set(b, (w = b.input(WEIGHT_INPUT, 'f32', [this.dims.batch])));
    return w;
  }

  /**
   * Lowers every graph node needed for `roots`; returns graph id -> IR id. New values of layer variables go to
   * `updates`, which only train_step passes.
   */
  forward(b: Builder, training: boolean, roots: number[], step?: number, updates?: Binding[], exposure?: Exposure): Map<number, number> {
    const m = this.model;
    const needed = new Set<number>();
    const stack = [...roots];
    while (stack.length) {
      const id = stack.pop()!;
      if (needed.has(id)) continue;
      needed.add(id);
      const n = m.nodes[id];
      if (n.kind === 'layer') stack.push(...n.inputs);
      else if (n.kind === 'neg' || n.kind === 'index') stack.push(n.input);
      else if (n.kind === 'function') stack.push(...n.inputs.flatMap((o) => ('tensor' in o ? [o.tensor] : [])));
      else if (n.kind === 'binary') for (const o of [n.lhs, n.rhs]) if ('tensor' in o) stack.push(o.tensor);
    }
    const params = new Map<string, number>();
    const declared = new Map(m.nodes.flatMap((n) => (n.kind === 'layer' ? n.variables : [])).map((v) => [v.path, v]));
    const variables = new Map<string, number>();
    let stream = 0;
    const ctx: LowerContext = {
      b,
      training,
      param: (path, shape, init: Initializer) => {
        let id = params.get(path);
        if (id === undefined) params.set(path, (id = b.param(path, shape, init)));
        return id;
      },
      random: (shape) => {
        if (step === undefined) throw new InternalError('randomness outside training');
        return b.random(shape, m.train.seed, stream++, step);
      },
      variable: (path) => {
        const v = declared.get(path);
        if (!v) throw new InternalError(`layer variable ${path} was not declared by the checker`);
        let id = variables.get(path);
        if (id === undefined) variables.set(path, (id = b.state(path, v.shape, v.value)));
        return id;
      },
      update: (path, value) => {
        if (!updates) throw new InternalError(`layer variable ${path} updated outside train_step`);
        if (updates.some((u) => u.name === path)) throw new InternalError(`layer variable ${path} updated twice in one step`);
        updates.push({ name: path, node: value });
      },
      rowMask: () => b.binary('lt', b.const(0), this.weight(b)),
      mask: (tensor) => {
        const ids = m.nodes[tensor].type.mask;
        const x = ids === undefined ? undefined : ir.get(ids);
        if (ids !== undefined && x === undefined) throw new InternalError(`the mask of ${m.nodes[tensor].name} is read before its ids are lowered`);
        return x === undefined ? undefined : b.sub(b.const(1), b.binary('eq', x, b.const(0, 'i32')));
      },
      expose: (kind, layer, make) => exposure?.offer(kind, layer, make),
    };
    const ir = new Map<number, number>();
    for (const n of m.nodes) {
      if (!needed.has(n.id)) continue;
      ir.set(n.id, b.at({ span: n.span, name: n.name }, () => this.node(ctx, n, ir)));
    }
    return ir;
  }

  private node(ctx: LowerContext, n: GraphNode, ir: Map<number, number>): number {
    const { b } = ctx;
    const get = (id: number) => {
      const x = ir.get(id);
      if (x === undefined) throw new InternalError(`graph node ${id} is read before it is lowered`);
      return x;
    };
    switch (n.kind) {
      case 'input':
        return b.input(n.name, n.type.dtype, n.type.shape.map((d) => (typeof d === 'number' ? d : this.dims[d])));
      case 'layer':
        return layerLowering[n.layer](ctx, n, n.inputs.map(get));
      case 'function': {
        const [x, ...more] = n.inputs.map((o) => ('tensor' in o ? get(o.tensor) : b.const(o.scalar)));
        const first = n.inputs[0];
        return functionLowering[n.fn](b, x, n.args, more, 'tensor' in first ? ctx.mask(first.tensor) : undefined);
      }
      case 'neg':
        return b.unary('neg', get(n.input));
      case 'index':
        return lowerIndex(b, get(n.input), n.axes);
      case 'binary': {
        // The operands' dtype (a comparison's result is f32 whatever its operands are).
        const t = 'tensor' in n.lhs ? n.lhs.tensor : 'tensor' in n.rhs ? n.rhs.tensor : undefined;
        const dtype = t === undefined ? n.type.dtype : this.model.nodes[t].type.dtype;
        const x = 'tensor' in n.lhs ? get(n.lhs.tensor) : b.const(n.lhs.scalar, dtype);
        const y = 'tensor' in n.rhs ? get(n.rhs.tensor) : b.const(n.rhs.scalar, dtype);
        switch (n.op) {
          case '+':
            return b.addN(x, y);
          case '-':
            return b.sub(x, y);
          case '*':
            return b.mul(x, y);
          case '/':
            return b.div(x, y);
          case '%': {
            // Python's modulo: x - floor(x / y) * y (computed in f32)
            const fx = b.cast(x, 'f32');
            const fy = b.cast(y, 'f32');
            return b.cast(b.sub(fx, b.mul(b.unary('floor', b.div(fx, fy)), fy)), dtype);
          }
          case '<':
          case '<=':
          case '>':
          case '>=':
          case '==':
          case '!=':
            return compare(b, n.op, x, y);
        }
      }
    }
  }

  predict(): Program {
    const b = new Builder(false);
    const m = this.model;
    const ir = this.forward(b, false, m.outputs.map((o) => o.node), undefined, undefined, this.exposure);
    return { name: 'predict', nodes: b.nodes, outputs: [...m.outputs.map((o) => ({ name: o.name, node: ir.get(o.node)! })), ...this.exposure.outputs()], updates: [] };
  }

  evalStep(): Program | undefined {
    const m = this.model;
    if (!m.loss) return undefined;
    const b = new Builder(false);
    const ir = this.forward(b, false, [m.loss.prediction, m.loss.target]);
    const updates: Binding[] = [];
    const outputs = this.lossAndMetrics(b, ir, [], 'eval', updates);
    return { name: 'eval_step', nodes: b.nodes, outputs, updates };
  }

  /**
   * The loss (mean over the real samples of the batch), metric counters, and their running sums over an epoch
   * kept in state (`<prefix>.loss_sum`, `<prefix>.weight`, `<prefix>.metrics.*`, `<prefix>.nonfinite`), so the
   * runtime reads metrics once per epoch instead of once per step.
   */
  private lossAndMetrics(b: Builder, ir: Map<number, number>, kernels: number[], prefix: 'train' | 'eval', updates: Binding[]): Binding[] {
    const loss = this.model.loss!;
    const pred = ir.get(loss.prediction)!;
    const target = ir.get(loss.target)!;
    const origin = { span: loss.span, name: 'loss' };
    const w = b.at(origin, () => this.weight(b));
    const value = b.at(origin, () => lowerLoss(b, loss, pred, target, kernels, w));
    const counters = b.at({ span: loss.span, name: 'metrics' }, () => lowerMetricCounters(b, loss, this.model.metrics, pred, target, w));
    b.at({ span: loss.span, name: 'metrics' }, () => {
      const accumulate = (path: string, x: number) => updates.push({ name: path, node: b.addN(b.state(path, b.shape(x), 0), x) });
      const samples = b.reshape(b.sum(w, [0]), []);
      accumulate(sumPath(prefix, 'loss_sum'), b.mul(value, samples));
      accumulate(sumPath(prefix, 'weight'), samples);
      accumulate(sumPath(prefix, 'nonfinite'), b.sub(b.const(1), b.binary('le', b.unary('abs', value), b.const(3.0e38))));
      for (const [k, v] of counterEntries(counters)) accumulate(counterPath(prefix, k), v);
    });
    return [{ name: 'loss', node: value }, ...counterEntries(counters).map(([k, v]) => ({ name: counterOutput(k), node: v }))];
  }

  /** Forward pass in training mode, loss and metric counters; `differentiate` appends the backward pass and the update. */
  trainStep(): Program | undefined {
    const m = this.model;
    if (!m.loss || !m.optimizer) return undefined;
    const b = new Builder(false);
    const step = b.at({ span: m.optimizer.span, name: 'optimizer' }, () => b.state(STEP, [], 0));
    const updates: Binding[] = [];
    const ir = this.forward(b, true, [m.loss.prediction, m.loss.target], step, updates);
    const kernels = b.nodes.filter((n) => n.op === 'param' && /(^|\.)kernel$/.test(n.arg.path)).map((n) => n.id);
    const outputs = this.lossAndMetrics(b, ir, kernels, 'train', updates);
    return { name: 'train_step', nodes: b.nodes, outputs, updates };
  }
}

/** Every state tensor the programs read, once each, in order of first appearance; layer variables marked as such. */
function stateOf(programs: Program[], variables: Set<string>): Module['state'] {
  const out: Module['state'] = [];
  for (const p of programs)
    for (const n of p.nodes)
      if (n.op === 'state' && !out.some((s) => s.path === n.arg.path)) out.push({ path: n.arg.path, shape: n.shape, value: n.arg.value, ...(variables.has(n.arg.path) ? { role: 'variable' as const } : {}) });
  return out;
}

/** Lowers a checked model to IR programs for a concrete batch size (default: the spec's `train batch_size`). */
export function lower(model: CheckedModel, options: LowerOptions = {}): LowerResult {
  const batch = options.batch ?? model.train.batch_size;
  const l = new Lowering(model, { ...(options.dims ?? {}), batch }, new Exposure(new Set(options.expose)));
  const missing = new Set<string>();
  for (const n of model.nodes) for (const d of n.type.shape) if (typeof d === 'string' && l.dims[d] === undefined) missing.add(d);
  if (missing.size) {
    for (const d of missing) l.bag.error('E0407', `the size of dimension \`${d}\` is not known; give it when compiling`, model.nodes[0]?.span ?? { start: 0, end: 0 });
    return { diagnostics: l.bag.items };
  }
  const programs = [l.trainStep(), l.evalStep(), l.predict()].filter((p): p is Program => p !== undefined);
  const params = model.nodes.flatMap((n) => (n.kind === 'layer' ? n.params : []));
  return {
    module: {
      model: model.name,
      batch,
      seed: model.train.seed,
      params: params.map((p) => ({ path: p.path, shape: p.shape, init: p.init })),
      state: stateOf(programs, new Set(model.nodes.flatMap((n) => (n.kind === 'layer' ? n.variables.map((v) => v.path) : [])))),
      programs,
    },
    diagnostics: [],
    exposed: l.exposure.exposed,
  };
}
