// CheckedModel -> a Keras-style summary: named tensors with shapes, layers with parameter shapes and counts.
import type { ArgSpec } from './check/args.js';
import { losses, metrics, optimizers } from './check/training.js';
import { type ArgValue, formatShape, formatType, type ResolvedArgs, type Schedule, sizeOf, type CheckedModel } from './check/types.js';
import type { SourceFile } from '../core/diagnostic.js';

/** The summary as data (also the `summary` of `mdlc check --format json`). */
export interface Summary {
  model: string;
  tensors: { name: string; role: string; dtype: string; shape: (number | string)[]; line: number }[];
  /** Each layer's weights: trainable parameters, then non-trainable variables (`trainable: false`), all in `count` as Keras counts them. */
  layers: { path: string; kind: string; output: (number | string)[]; params: { name: string; shape: number[]; count: number; trainable?: false; frozen?: true }[]; count: number; line: number }[];
  /** Every weight, trainable or not (Keras' "Total params"). */
  totalParams: number;
  /** The weights training does not change through gradients (BatchNorm's moving statistics). */
  nonTrainableParams: number;
  /** The parameters of layers marked `trainable=false` (fine-tuning), present only when there are some. */
  frozenParams?: number;
  training: { loss?: string; optimizer?: string; metrics: string[]; batchSize: number; epochs: number; seed: number };
}

/** Builds the summary data of a checked model. */
export function summarize(model: CheckedModel, file: SourceFile): Summary {
  const line = (offset: number) => file.position(offset).line;
  const outputs = new Set(model.outputs.map((o) => o.node));
  const tensors: Summary['tensors'] = [];
  const layers: Summary['layers'] = [];
  for (const t of model.named) {
    const n = model.nodes[t.node];
    const role = n.kind === 'input' ? n.role : outputs.has(n.id) ? 'output' : 'tensor';
    tensors.push({ name: t.name, role, dtype: n.type.dtype, shape: n.type.shape, line: line(t.span.start) });
  }
  for (const n of model.nodes) {
    if (n.kind !== 'layer') continue;
    const params: Summary['layers'][number]['params'] = n.params.map((p) => ({ name: p.path.slice(n.path.length + 1), shape: p.shape, count: sizeOf(p.shape), ...(p.frozen ? { frozen: true as const } : {}) }));
    for (const v of n.variables) params.push({ name: v.path.slice(n.path.length + 1), shape: v.shape, count: sizeOf(v.shape), trainable: false });
    layers.push({ path: n.path, kind: n.layer, output: n.type.shape, params, count: params.reduce((a, p) => a + p.count, 0), line: line(n.span.start) });
  }
  const frozen = layers.reduce((a, l) => a + l.params.reduce((b, p) => b + (p.frozen ? p.count : 0), 0), 0);
  return {
    model: model.name,
    tensors,
    layers,
    totalParams: layers.reduce((a, l) => a + l.count, 0),
    nonTrainableParams: layers.reduce((a, l) => a + l.params.reduce((b, p) => b + (p.trainable === false ? p.count : 0), 0), 0),
    ...(frozen > 0 ? { frozenParams: frozen } : {}),
    training: {
      loss: model.loss && model.loss.kind + argsText(losses[model.loss.kind].args, model.loss.args, 'all'),
      optimizer: model.optimizer && model.optimizer.kind + argsText(optimizers[model.optimizer.kind].args, model.optimizer.args, 'all'),
      metrics: model.metrics.map((m) => m.kind + argsText(metrics[m.kind].args, m.args, 'changed')),
      batchSize: model.train.batch_size,
      epochs: model.train.epochs,
      seed: model.train.seed,
    },
  };
}

/** A learning rate as written in a spec: a number, or a schedule with every field, its first one positional. */
function scheduleText(s: Schedule): string {
  switch (s.kind) {
    case 'constant':
      return String(s.lr);
    case 'step':
      return `step(${s.lr}, every=${s.every}, factor=${s.factor})`;
    case 'cosine':
      return `cosine(${s.lr}, steps=${s.steps}, min_lr=${s.min_lr})`;
    case 'exponential':
      return `exponential(${s.lr}, steps=${s.steps}, rate=${s.rate}, staircase=${s.staircase})`;
    case 'linear':
      return `linear(${s.lr}, steps=${s.steps}, end_lr=${s.end_lr})`;
    case 'warmup':
      return `warmup(${scheduleText(s.after)}, steps=${s.steps})`;
  }
}

function valueText(v: ArgValue): string {
  if (Array.isArray(v)) return `[${v.join(', ')}]`;
  if (typeof v !== 'object') return String(v);
  if (v.kind === 'layer') return `${v.layer}(${Object.entries(v.args).map(([k, x]) => `${k}=${valueText(x)}`).join(', ')})`;
  if ('args' in v) return v.kind + (Object.keys(v.args).length ? `(${Object.entries(v.args).map(([k, x]) => `${k}=${x}`).join(', ')})` : '');
  return scheduleText(v);
}

/**
 * `(name=value, ...)` in schema order, tensors left out: every argument (`all`: what will run, defaults included),
 * or only those that differ from their default (`changed`); empty when there are none.
 */
function argsText(schema: readonly ArgSpec[], args: ResolvedArgs, which: 'all' | 'changed'): string {
  const changed = (a: ArgSpec) => a.default === undefined || valueText(args[a.name]) !== valueText(a.default);
  // An empty list (adamw's decay_exclude=[]) chooses nothing, so it is left out even from `all`.
  const empty = (a: ArgSpec) => Array.isArray(args[a.name]) && (args[a.name] as unknown[]).length === 0;
  const parts = schema.filter((a) => a.type.t !== 'tensor' && a.name in args && !empty(a) && (which === 'all' || changed(a))).map((a) => `${a.name}=${valueText(args[a.name])}`);
  return parts.length ? `(${parts.join(', ')})` : '';
}

function table(rows: string[][]): string[] {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ').trimEnd());
}

/** Thousands separators, as Keras prints parameter counts. */
export function count(n: number): string {
  return n.toLocaleString('en-US');
}

/** Renders the summary as text, like Keras' `model.summary()`. */
export function renderSummary(s: Summary, file: SourceFile): string {
  const out: string[] = [`Model "${s.model}" (${file.path}): no problems found`, ''];
  out.push(...table([['Tensor', 'Role', 'Type', 'Line'], ...s.tensors.map((t) => [t.name, t.role, formatType({ dtype: t.dtype as 'f32', shape: t.shape }), String(t.line)])]));
  out.push('');
  const rows: string[][] = [['Layer', 'Kind', 'Output shape', 'Parameters', 'Count']];
  for (const l of s.layers) {
    const params = l.params.map((p) => `${p.name} ${formatShape(p.shape)}${p.trainable === false ? ' (non-trainable)' : p.frozen ? ' (frozen)' : ''}`);
    rows.push([l.path, l.kind, formatShape(l.output), params[0] ?? '-', count(l.count)]);
    for (const p of params.slice(1)) rows.push(['', '', '', p, '']);
  }
  out.push(...table(rows));
  out.push('', `Total params: ${count(s.totalParams)} (${formatBytes(s.totalParams * 4)} as f32)`, `Trainable params: ${count(s.totalParams - s.nonTrainableParams - (s.frozenParams ?? 0))}`);
  if (s.nonTrainableParams > 0) out.push(`Non-trainable params: ${count(s.nonTrainableParams)}`);
  // Keras counts frozen weights as non-trainable; they are shown apart, as they are parameters fine-tuning keeps fixed.
  if (s.frozenParams) out.push(`Frozen params: ${count(s.frozenParams)} (trainable=false)`);
  const t = s.training;
  if (t.loss && t.optimizer) {
    // The optimizer has a line of its own: with every setting shown (schedule, momentum, clipping, decay) it is long.
    out.push(`Training: loss ${t.loss}${t.metrics.length ? `, metrics ${t.metrics.join(', ')}` : ''}; batch size ${t.batchSize}, ${t.epochs} epoch${t.epochs === 1 ? '' : 's'}, seed ${t.seed}`);
    out.push(`Optimizer: ${t.optimizer}`);
  } else out.push(`Training: not trainable yet (${t.loss ? 'no optimizer' : 'no loss'}); inference only`);
  return out.join('\n');
}

function formatBytes(b: number): string {
  return b >= 1 << 20 ? `${(b / (1 << 20)).toFixed(2)} MB` : `${(b / 1024).toFixed(2)} KB`;
}
