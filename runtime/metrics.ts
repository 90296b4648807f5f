// Metric values from the counters a program accumulates (correct/count, per-class true and false positives, error sums).

import type { MetricName } from '../core/interface.js';

/** The metrics a spec can ask for (defined with their counters in core/interface.ts). */
export type { MetricName };

/** Summed counters, by name (`correct`, `count`, `tp`, `fp`, `fn`, `sse`, `sae`, `elements`); tp/fp/fn are per class or one binary value. */
export type Counters = Record<string, Float32Array | number[]>;

function total(x: Float32Array | number[] | undefined): number {
  let s = 0;
  for (const v of x ?? []) s += v;
  return s;
}

/** Precision and recall, macro-averaged over classes that occur (in predictions or targets); binary counters are one class. */
function precisionRecall(c: Counters): { precision: number; recall: number; f1: number } {
  const tp = c.tp ?? [];
  const fp = c.fp ?? [];
  const fn = c.fn ?? [];
  let p = 0;
  let r = 0;
  let f = 0;
  let classes = 0;
  for (let i = 0; i < tp.length; i++) {
    if (tp[i] + fp[i] + fn[i] === 0) continue;
    const pi = tp[i] + fp[i] > 0 ? tp[i] / (tp[i] + fp[i]) : 0;
    const ri = tp[i] + fn[i] > 0 ? tp[i] / (tp[i] + fn[i]) : 0;
    p += pi;
    r += ri;
    f += pi + ri > 0 ? (2 * pi * ri) / (pi + ri) : 0;
    classes++;
  }
  return classes ? { precision: p / classes, recall: r / classes, f1: f / classes } : { precision: 0, recall: 0, f1: 0 };
}

/** Computes the requested metrics from counters. */
export function metricValues(names: readonly MetricName[], c: Counters): Record<string, number> {
  const out: Record<string, number> = {};
  const pr = names.some((n) => n === 'precision' || n === 'recall' || n === 'f1') ? precisionRecall(c) : undefined;
  for (const n of names) {
    switch (n) {
      case 'accuracy':
        out.accuracy = total(c.correct) / Math.max(1, total(c.count));
        break;
      case 'precision':
      case 'recall':
      case 'f1':
        out[n] = pr![n];
        break;
      case 'mse':
        out.mse = total(c.sse) / Math.max(1, total(c.elements));
        break;
      case 'mae':
        out.mae = total(c.sae) / Math.max(1, total(c.elements));
        break;
    }
  }
  return out;
}
