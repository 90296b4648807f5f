// The training sections of a spec -> loss, optimizer, metrics and train settings, through a narrow view of the checker.
import type { Decl, Expr, Span, Spec } from '../../grammar/ast.js';
import type { Code } from '../../core/codes.js';
import type { Note } from '../../core/diagnostic.js';
import { type ArgContext, bindArgs } from './args.js';
import { didYouMean } from '../../core/suggest.js';
import { losses, metrics, optimizers, trainSettings } from './training.js';
import { formatType, type GraphNode, type LossKind, type LossSpec, type MetricKind, type MetricSpec, type OptimizerKind, type OptimizerSpec, type Schedule, type TensorType, type TrainSettings } from './types.js';

/** The losses whose prediction is a class decision, so accuracy, precision, recall and f1 can count it. */
const classificationLosses: readonly LossKind[] = ['cross_entropy', 'binary_cross_entropy', 'binary_focal_cross_entropy'];

type Section = Extract<Decl, { kind: 'loss' | 'optimizer' | 'metrics' | 'train' }>;

function sameShape(a: TensorType, b: TensorType): boolean {
  return a.shape.length === b.shape.length && a.shape.every((d, i) => d === b.shape[i]);
}

/** The callee name and arguments of `name(args)` or a bare `name`. */
function callParts(c: TrainingContext, e: Expr, what: string) {
  if (e.kind === 'call' && e.callee.kind === 'name') return { name: e.callee.name, nameSpan: e.callee.span, args: e.args };
  if (e.kind === 'name') return { name: e.name, nameSpan: e.span, args: [] };
  if (e.kind !== 'missing') c.error('E0205', `${what} must be written as name(arguments), e.g. ${what === 'the loss' ? 'cross_entropy(logits, label)' : 'adam(lr=1e-3)'}`, e.span);
  return undefined;
}

function single<K extends Section['kind']>(c: TrainingContext, kind: K): Extract<Section, { kind: K }> | undefined {
  const all = c.spec.decls.filter((d): d is Extract<Section, { kind: K }> => d.kind === kind);
  for (const extra of all.slice(1)) c.error('E0604', `the spec declares \`${kind}\` more than once`, extra.span, { notes: [{ message: 'first declared here', span: all[0].span }] });
  return all[0];
}

function checkLoss(c: TrainingContext): LossSpec | undefined {
  const decl = single(c, 'loss');
  if (!decl) return undefined;
  const parts = callParts(c, decl.call, 'the loss');
  if (!parts) return undefined;
  if (!Object.hasOwn(losses, parts.name)) {
    c.error('E0202', `unknown loss \`${parts.name}\``, parts.nameSpan, { hint: didYouMean(parts.name, Object.keys(losses)) ?? `losses: ${Object.keys(losses).join(', ')}` });
    return undefined;
  }
  const kind = parts.name as LossKind;
  const bound = bindArgs(kind, losses[kind].args, parts.args, decl.call.span, c.args('loss'));
  if (!bound.ok) return undefined;
  const pred = bound.values.prediction as number;
  const target = bound.values.target as number;
  const p = c.node(pred);
  const t = c.node(target);
  const notes: Note[] = [
    { message: `the prediction is ${formatType(p.type)}`, span: p.span },
    { message: `the target is ${formatType(t.type)}`, span: t.span },
  ];
  const bad = (message: string, hint?: string): undefined => {
    c.error('E0601', message, decl.call.span, { notes, hint });
    return undefined;
  };
  let sparse = false;
  if (p.type.dtype !== 'f32') return bad(`${kind} needs an f32 prediction, but it is ${formatType(p.type)}`);
  switch (kind) {
    case 'mse':
    case 'mae':
    case 'huber':
    case 'kl_divergence':
    case 'cosine_similarity':
      if (kind === 'cosine_similarity' && p.type.shape.length < 2) return bad(`cosine_similarity compares vectors along the last axis, but the prediction is ${formatType(p.type)}`);
      if (t.type.dtype !== 'f32') return bad(`${kind} needs an f32 target, but it is ${formatType(t.type)}`, 'declare the target as f32, or use cross_entropy for class ids');
      if (!sameShape(p.type, t.type)) return bad(`${kind} needs prediction and target of the same shape, but they are ${formatType(p.type)} and ${formatType(t.type)}`);
      break;
    case 'cross_entropy': {
      const classes = p.type.shape[p.type.shape.length - 1];
      if (p.type.shape.length < 2) return bad(`cross_entropy needs logits of shape [batch, ..., classes], but the prediction is ${formatType(p.type)}`);
      if (t.type.dtype === 'i32') {
        if (!sameShape(t.type, { dtype: 'i32', shape: p.type.shape.slice(0, -1) })) {
          const hint = sameShape(t.type, { dtype: 'i32', shape: [...p.type.shape.slice(0, -1), 1] }) ? `class ids have one fewer axis than the logits: declare the target as i32${formatShape(p.type.shape.slice(0, -1))}` : undefined;
          return bad(`cross_entropy with class ids needs a target of shape ${formatShape(p.type.shape.slice(0, -1))} (one id per row of logits), but it is ${formatType(t.type)}`, hint);
        }
        sparse = true;
      } else if (!sameShape(p.type, t.type)) {
        return bad(`cross_entropy with one-hot targets needs a target of the prediction's shape ${formatShape(p.type.shape)}, but it is ${formatType(t.type)}`, `one-hot rows need ${classes} columns; class ids must be i32`);
      }
      if (p.kind === 'function' && p.fn === 'softmax') return bad('cross_entropy takes logits, but the prediction is already a softmax', 'pass the tensor before softmax: cross_entropy computes the softmax itself, stably');
      break;
    }
    case 'binary_cross_entropy':
    case 'binary_focal_cross_entropy':
      if (t.type.dtype !== 'f32') return bad(`${kind} needs an f32 target of 0s and 1s, but it is ${formatType(t.type)}`, 'declare the target as f32');
      if (!sameShape(p.type, t.type)) {
        const hint = t.type.shape.length + 1 === p.type.shape.length && p.type.shape[p.type.shape.length - 1] === 1 ? `declare the target as f32${formatShape(p.type.shape)}` : undefined;
        return bad(`${kind} needs prediction and target of the same shape, but they are ${formatType(p.type)} and ${formatType(t.type)}`, hint);
      }
      break;
  }
  const weights = bound.values.class_weight;
  if (Array.isArray(weights) && weights.length > 0) {
    const classes = kind === 'cross_entropy' ? p.type.shape[p.type.shape.length - 1] : 2;
    if (weights.length !== classes) {
      c.error('E0306', `class_weight needs ${classes} weights${kind === 'cross_entropy' ? ', one per class' : ', [negative, positive]'}, but it has ${weights.length}`, bound.spans.class_weight ?? decl.call.span, { notes });
      return undefined;
    }
  }
  return { kind, prediction: pred, target, args: bound.values, sparse, span: decl.span };
}

function formatShape(s: TensorType['shape']): string {
  return `[${s.join(', ')}]`;
}

function checkOptimizer(c: TrainingContext): OptimizerSpec | undefined {
  const decl = single(c, 'optimizer');
  if (!decl) return undefined;
  const parts = callParts(c, decl.call, 'the optimizer');
  if (!parts) return undefined;
  if (!Object.hasOwn(optimizers, parts.name)) {
    c.error('E0202', `unknown optimizer \`${parts.name}\``, parts.nameSpan, { hint: didYouMean(parts.name, Object.keys(optimizers)) ?? `optimizers: ${Object.keys(optimizers).join(', ')}` });
    return undefined;
  }
  const kind = parts.name as OptimizerKind;
  const bound = bindArgs(kind, optimizers[kind].args, parts.args, decl.call.span, c.args('optimizer'));
  if (!bound.ok) return undefined;
  if (kind === 'sgd' && bound.values.nesterov && bound.values.momentum === 0) {
    c.error('E0306', 'nesterov=true needs momentum > 0', bound.spans.nesterov ?? decl.span, { hint: 'e.g. sgd(lr=0.01, momentum=0.9, nesterov=true)' });
    return undefined;
  }
  return { kind, args: bound.values, schedule: bound.values.lr as Schedule, span: decl.span };
}

function checkMetrics(c: TrainingContext, loss: LossSpec | undefined, lossDeclared: boolean): MetricSpec[] {
  const decl = single(c, 'metrics');
  if (!decl) return [];
  const out: MetricSpec[] = [];
  for (const item of decl.items) {
    const parts = callParts(c, item, 'a metric');
    if (!parts) continue;
    if (!Object.hasOwn(metrics, parts.name)) {
      c.error('E0202', `unknown metric \`${parts.name}\``, parts.nameSpan, { hint: didYouMean(parts.name, Object.keys(metrics)) ?? `metrics: ${Object.keys(metrics).join(', ')}` });
      continue;
    }
    const kind = parts.name as MetricKind;
    const rule = metrics[kind];
    const bound = bindArgs(kind, rule.args, parts.args, item.span, c.args('metric'));
    if (!bound.ok) continue;
    if (!lossDeclared) {
      c.error('E0602', `metric ${kind} is computed on the loss's prediction and target, but the spec has no loss`, item.span, { hint: 'add a line such as `loss cross_entropy(logits, label)`' });
      continue;
    }
    if (loss && rule.needs === 'classification' && !classificationLosses.includes(loss.kind)) {
      c.error('E0601', `metric ${kind} needs a classification loss (${classificationLosses.join(', ')}), but the loss is ${loss.kind}`, item.span, { notes: [{ message: 'the loss is declared here', span: loss.span }] });
      continue;
    }
    out.push({ kind, args: bound.values, span: item.span });
  }
  return out;
}

function checkTrain(c: TrainingContext): TrainSettings {
  const decl = single(c, 'train');
  const span: Span = decl?.span ?? { start: 0, end: 0 };
  const bound = bindArgs('train', trainSettings, decl?.settings ?? [], span, c.args('train'));
  return bound.values as unknown as TrainSettings;
}

/** What the training sections need from the checker: the spec, error reporting, argument binding and node types. */
export interface TrainingContext {
  spec: Spec;
  error(code: Code, message: string, span: Span, extra?: { notes?: Note[]; hint?: string }): void;
  /** Binds arguments at the top level; `name` names any layer an argument creates. */
  args(name: string): ArgContext;
  node(id: number): GraphNode;
}

/** The checked training sections; each is absent (or empty) when undeclared or wrong. */
export interface TrainingSpecs {
  loss?: LossSpec;
  optimizer?: OptimizerSpec;
  metrics: MetricSpec[];
  train: TrainSettings;
}

/** Checks `loss`, `optimizer`, `metrics` and `train`; with `forTraining`, a missing loss or optimizer is an error. */
export function checkTraining(c: TrainingContext, forTraining: boolean): TrainingSpecs {
  const lossDeclared = c.spec.decls.some((d) => d.kind === 'loss');
  const loss = checkLoss(c);
  const optimizer = checkOptimizer(c);
  const metricSpecs = checkMetrics(c, loss, lossDeclared);
  const train = checkTrain(c);
  if (forTraining) {
    const end: Span = { start: Math.max(0, c.spec.span.end - 1), end: c.spec.span.end };
    if (!lossDeclared) c.error('E0602', 'the spec has no loss, so it cannot be trained', end, { hint: 'add a line such as `loss cross_entropy(logits, label)`' });
    if (!c.spec.decls.some((d) => d.kind === 'optimizer')) c.error('E0603', 'the spec has no optimizer, so it cannot be trained', end, { hint: 'add a line such as `optimizer adam(lr=1e-3)`' });
  }
  return { loss, optimizer, metrics: metricSpecs, train };
}
