// The running sums a program keeps in state (loss, weight, non-finite count, metric counters) -> zeroed, or read back
// as the mean loss and the metrics; which sums and counters there are is the manifest's.
import type { Manifest } from '../../core/artifact.js';
import { counterPath, sumPath, type SumsPrefix } from '../../core/interface.js';
import { metricValues } from '../metrics.js';
import type { Engine } from './engine.js';

/** The state paths of one set of running sums: loss, weight, non-finite count and the metrics' counters. */
function sumPaths(m: Manifest, prefix: SumsPrefix): Set<string> {
  const counters = m.metrics.flatMap((x) => x.counters.map((c) => counterPath(prefix, c)));
  return new Set([sumPath(prefix, 'loss_sum'), sumPath(prefix, 'weight'), sumPath(prefix, 'nonfinite'), ...counters]);
}

/** Zeroes one set of running sums on the engine. */
export function resetSums(engine: Engine, m: Manifest, prefix: SumsPrefix): void {
  const paths = sumPaths(m, prefix);
  const zeros: Record<string, Float32Array> = {};
  for (const s of m.state) if (paths.has(s.path)) zeros[s.path] = new Float32Array(s.shape.reduce((a, b) => a * b, 1));
  engine.writeState(zeros);
}

/** One set of running sums, read back: the mean loss per real row, every metric the manifest lists, non-finite losses seen. */
export async function readSums(engine: Engine, m: Manifest, prefix: SumsPrefix): Promise<{ loss: number; metrics: Record<string, number>; nonfinite: number }> {
  const state = await engine.readState();
  const counters: Record<string, Float32Array> = {};
  for (const x of m.metrics) for (const c of x.counters) if (state[counterPath(prefix, c)]) counters[c] = state[counterPath(prefix, c)];
  const weight = state[sumPath(prefix, 'weight')]?.[0] ?? 0;
  const loss = (state[sumPath(prefix, 'loss_sum')]?.[0] ?? NaN) / Math.max(weight, 1e-12);
  return { loss, metrics: metricValues(m.metrics.map((x) => x.name), counters), nonfinite: state[sumPath(prefix, 'nonfinite')]?.[0] ?? 0 };
}
