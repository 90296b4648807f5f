// Checked model + IR module -> the manifest's description of the model: its inputs and targets (role, dtype, per-sample
// shape, classes, vocabulary), the reserved feeds its programs read, the metrics its counters support, fit's defaults.
import type { ClassScores, Manifest, ManifestMetric, ReservedFeed, SpecTensor } from '../core/artifact.js';
import { InternalError } from '../core/diagnostic.js';
import { counterOf, isReservedFeed, type CounterName, type MetricName, metricCounters, reservedFeeds } from '../core/interface.js';
import type { Module, Node } from '../core/ir.js';
import type { CheckedModel } from './check/types.js';
import { trainSettings } from './check/training.js';

/** The part of the manifest that says what the model reads and reports, so a runtime needs nothing but the manifest. */
export type ModelDescription = Pick<Manifest, 'tensors' | 'reserved' | 'metrics' | 'training' | 'scores'>;

type InputNode = Node<'input'>;

/** The spec's inputs and targets in spec order, with what only the checked model knows: role, classes, vocabulary. */
function tensorsOfSpec(model: CheckedModel, read: Map<string, InputNode>): SpecTensor[] {
  const out: SpecTensor[] = [];
  for (const id of [...model.inputs, ...model.targets]) {
    const n = model.nodes[id];
    if (n.kind !== 'input') continue;
    // The IR has the shape with every dimension known; an input no program reads keeps the spec's, when it is known.
    const ir = read.get(n.name);
    const shape = ir ? ir.shape.slice(1) : n.type.shape.slice(1);
    if (!shape.every((d): d is number => typeof d === 'number')) continue;
    if (ir && ir.dtype !== n.type.dtype) throw new InternalError(`input ${n.name} is ${n.type.dtype} in the spec but ${ir.dtype} in the IR`);
    const t: SpecTensor = { name: n.name, dtype: n.type.dtype, shape, role: n.role };
    if (model.loss && model.loss.target === id && model.loss.kind === 'cross_entropy') {
      const pred = model.nodes[model.loss.prediction].type.shape;
      t.classes = pred[pred.length - 1] as number;
    }
    for (const m of model.nodes) if (m.kind === 'layer' && m.layer === 'Embedding' && m.inputs[0] === id) t.vocab = m.args.vocab as number;
    out.push(t);
  }
  return out;
}

/** The target of a classification loss, the output it compares with it, and how that becomes probabilities; undefined for other losses. */
function scoresOf(model: CheckedModel): ClassScores | undefined {
  const loss = model.loss;
  const output = loss && model.outputs.find((o) => o.node === loss.prediction);
  const target = loss && model.nodes[loss.target];
  if (!loss || !output || target?.kind !== 'input') return undefined;
  if (loss.kind === 'cross_entropy') return { target: target.name, output: output.name, activation: 'softmax' };
  if (loss.kind === 'binary_cross_entropy' || loss.kind === 'binary_focal_cross_entropy')
    return { target: target.name, output: output.name, activation: loss.args.from_logits === false ? 'none' : 'sigmoid' };
  return undefined;
}

/** A module built without a spec (tests, benchmarks): its program inputs, targets being those predict does not read. */
function tensorsOfModule(m: Module, read: Map<string, InputNode>): SpecTensor[] {
  const predict = m.programs.find((p) => p.name === 'predict');
  const inputs = new Set(predict?.nodes.flatMap((n) => (n.op === 'input' ? [n.arg.name] : [])));
  return [...read.values()].map((n) => ({ name: n.arg.name, dtype: n.dtype, shape: n.shape.slice(1), role: !predict || inputs.has(n.arg.name) ? 'input' : 'target' }));
}

/** Every metric whose counters the programs all sum, in report order. */
function supportedMetrics(m: Module): ManifestMetric[] {
  const counters = new Set<CounterName>();
  for (const s of m.state) {
    const c = counterOf(s.path, 'train') ?? counterOf(s.path, 'eval');
    if (c) counters.add(c);
  }
  return (Object.keys(metricCounters) as MetricName[]).filter((k) => metricCounters[k].every((c) => counters.has(c))).map((name) => ({ name, counters: [...metricCounters[name]] }));
}

/** The spec's `train` defaults, for a module built without a spec. */
function defaultTraining(): Manifest['training'] {
  const given = (name: string) => trainSettings.find((s) => s.name === name)!.default;
  return { epochs: given('epochs') as number, shuffle: given('shuffle') as boolean, validationSplit: given('validation_split') as number };
}

/** Describes a module for its manifest: from the checked model it was lowered from, or from the IR alone when there is none. */
export function describeModel(m: Module, model?: CheckedModel): ModelDescription {
  const read = new Map<string, InputNode>();
  const reserved = new Map<string, ReservedFeed>();
  for (const p of m.programs)
    for (const n of p.nodes) {
      if (n.op !== 'input') continue;
      const name = n.arg.name;
      if (isReservedFeed(name)) {
        if (n.dtype !== reservedFeeds[name].dtype) throw new InternalError(`reserved feed ${name} is ${n.dtype}, not ${reservedFeeds[name].dtype}`);
        const r = reserved.get(name) ?? { name, dtype: n.dtype, shape: n.shape.slice(1), programs: [] };
        r.programs.push(p.name);
        reserved.set(name, r);
      } else if (!read.has(name)) read.set(name, n);
    }
  const tensors = model ? tensorsOfSpec(model, read) : tensorsOfModule(m, read);
  for (const name of read.keys()) if (!tensors.some((t) => t.name === name)) throw new InternalError(`program input ${name} is neither an input or target of the spec nor a reserved feed`);
  const t = model?.train;
  const scores = model ? scoresOf(model) : undefined;
  return {
    ...(scores ? { scores } : {}),
    tensors,
    reserved: [...reserved.values()],
    metrics: supportedMetrics(m),
    training: t ? { epochs: t.epochs, shuffle: t.shuffle, validationSplit: t.validation_split } : defaultTraining(),
  };
}
