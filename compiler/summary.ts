// CheckedModel -> a Keras-style summary: named tensors with shapes, layers with parameter shapes and counts.
import { formatShape, formatType, sizeOf, type CheckedModel } from './check/types.js';
import type { SourceFile } from '../core/diagnostic.js';

/** The summary as data (also the `summary` of `mdlc check --format json`). */
export interface Summary {
  model: string;
  tensors: { name: string; role: string; dtype: string; shape: (number | string)[]; line: number }[];
  /** Each layer's weights: trainable parameters, then non-trainable variables (`trainable: false`), all in `count` as Keras counts them. */
  layers: { path: string; kind: string; output: (number | string)[]; params: { name: string; shape: number[]; count: number; trainable?: false }[]; count: number; line: number }[];
  /** Every weight, trainable or not (Keras' "Total params"). */
  totalParams: number;
  /** The weights training does not change through gradients (BatchNorm's moving statistics). */
  nonTrainableParams: number;
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
    const params: Summary['layers'][number]['params'] = n.params.map((p) => ({ name: p.path.slice(n.path.length + 1), shape: p.shape, count: sizeOf(p.shape) }));
    for (const v of n.variables) params.push({ name: v.path.slice(n.path.length + 1), shape: v.shape, count: sizeOf(v.shape), trainable: false });
    layers.push({ path: n.path, kind: n.layer, output: n.type.shape, params, count: params.reduce((a, p) => a + p.count, 0), line: line(n.span.start) });
  }
  const describe = (kind: string, args: Record<string, unknown>) => kind + describeArgs(args);
  return {
    model: model.name,
    tensors,
    layers,
    totalParams: layers.reduce((a, l) => a + l.count, 0),
    nonTrainableParams: layers.reduce((a, l) => a + l.params.reduce((b, p) => b + (p.trainable === false ? p.count : 0), 0), 0),
    training: {
      loss: model.loss && model.loss.kind,
      optimizer: model.optimizer && describe(model.optimizer.kind, { lr: lrText(model.optimizer.args.lr) }),
      metrics: model.metrics.map((m) => m.kind),
      batchSize: model.train.batch_size,
      epochs: model.train.epochs,
      seed: model.train.seed,
    },
  };
}

function lrText(v: unknown): string {
  const s = v as { kind: string; lr?: number; after?: unknown; steps?: number };
  if (s.kind === 'constant') return String(s.lr);
  if (s.kind === 'warmup') return `warmup(${lrText(s.after)}, steps=${s.steps})`;
  return `${s.kind}(${s.lr})`;
}

function describeArgs(args: Record<string, unknown>): string {
  const parts = Object.entries(args).map(([k, v]) => `${k}=${v}`);
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
    const params = l.params.map((p) => `${p.name} ${formatShape(p.shape)}${p.trainable === false ? ' (non-trainable)' : ''}`);
    rows.push([l.path, l.kind, formatShape(l.output), params[0] ?? '-', count(l.count)]);
    for (const p of params.slice(1)) rows.push(['', '', '', p, '']);
  }
  out.push(...table(rows));
  out.push('', `Total params: ${count(s.totalParams)} (${formatBytes(s.totalParams * 4)} as f32)`, `Trainable params: ${count(s.totalParams - s.nonTrainableParams)}`);
  if (s.nonTrainableParams > 0) out.push(`Non-trainable params: ${count(s.nonTrainableParams)}`);
  const t = s.training;
  out.push(t.loss && t.optimizer ? `Training: loss ${t.loss}, optimizer ${t.optimizer}${t.metrics.length ? `, metrics ${t.metrics.join(', ')}` : ''}; batch size ${t.batchSize}, ${t.epochs} epoch${t.epochs === 1 ? '' : 's'}, seed ${t.seed}` : `Training: not trainable yet (${t.loss ? 'no optimizer' : 'no loss'}); inference only`);
  return out.join('\n');
}

function formatBytes(b: number): string {
  return b >= 1 << 20 ? `${(b / (1 << 20)).toFixed(2)} MB` : `${(b / 1024).toFixed(2)} KB`;
}
