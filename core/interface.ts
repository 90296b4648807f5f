// The names that join compiler and runtime besides the IR: reserved feeds, running-sum state paths, metric counters.
// The compiler lowers programs with these names and writes them into the manifest; the runtime reads them from there.

/** Feeds a program reads that the runtime supplies itself, not the data: what each holds per sample. */
export const reservedFeeds = {
  '#weight': { dtype: 'f32', doc: 'the weight of each row: 1 for a real row, 0 for the padding of a last, partial batch' },
} as const satisfies Record<string, { dtype: 'f32' | 'i32'; doc: string }>;

/** The name of a reserved feed. */
export type ReservedFeedName = keyof typeof reservedFeeds;

/** The per-row weight every train_step and eval_step reads (1 for real rows, 0 for padding). */
export const weightFeed: ReservedFeedName = '#weight';

/** Whether a program input is a reserved feed rather than a spec input or target. */
export function isReservedFeed(name: string): name is ReservedFeedName {
  return Object.hasOwn(reservedFeeds, name);
}

/** The metrics a model can report. */
export type MetricName = 'accuracy' | 'precision' | 'recall' | 'f1' | 'mse' | 'mae';

/** The counters a program sums per batch, from which the metrics are computed. */
export type CounterName = 'correct' | 'count' | 'tp' | 'fp' | 'fn' | 'sse' | 'sae' | 'elements';

/** The counters each metric is computed from, in the order metrics are reported. */
export const metricCounters: Record<MetricName, readonly CounterName[]> = {
  accuracy: ['correct', 'count'],
  precision: ['tp', 'fp', 'fn'],
  recall: ['tp', 'fp', 'fn'],
  f1: ['tp', 'fp', 'fn'],
  mse: ['sse', 'elements'],
  mae: ['sae', 'elements'],
};

/** Every counter some metric is computed from. */
export const counterNames: CounterName[] = [...new Set(Object.values(metricCounters).flat())];

/** The two sets of running sums in state: those train_step adds to, and those eval_step adds to. */
export type SumsPrefix = 'train' | 'eval';

/** The running sums besides the counters: the weighted loss, the weight (rows counted) and the non-finite losses seen. */
export type SumName = 'loss_sum' | 'weight' | 'nonfinite';

/** The state path of a running sum, e.g. `train.loss_sum`. */
export function sumPath(prefix: SumsPrefix, name: SumName): string {
  return `${prefix}.${name}`;
}

/** The state path of a metric counter's running sum, e.g. `eval.metrics.correct`. */
export function counterPath(prefix: SumsPrefix, counter: CounterName): string {
  return `${prefix}.${counterOutput(counter)}`;
}

/** The program output of a counter's per-batch value, e.g. `metrics.correct`. */
export function counterOutput(counter: CounterName): string {
  return `metrics.${counter}`;
}

/** The counter a state path sums, when it is one (`train.metrics.tp` -> `tp`). */
export function counterOf(path: string, prefix: SumsPrefix): CounterName | undefined {
  const head = `${prefix}.metrics.`;
  if (!path.startsWith(head)) return undefined;
  const name = path.slice(head.length);
  return (Object.values(metricCounters) as readonly (readonly string[])[]).some((c) => c.includes(name)) ? (name as CounterName) : undefined;
}
