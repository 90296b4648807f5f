// A dataset + an engine -> predict's outputs for every row, in order: whole batches on the batch program, and a short
// tail either padded to a batch or, where the artifact has it, run row by row on predict_row (compiled for batch 1).
import type { Manifest, ManifestProgram } from '../../core/artifact.js';
import { batches, type Dataset } from '../data/dataset.js';
import type { Engine, Values } from './engine.js';
import { stepFeeds } from './feeds.js';

/**
 * The most rows that run one at a time on predict_row rather than padded to one batch. One row costs a submit and a
 * read-back (~0.2 ms on lavapipe) plus its share of the compute; a padded batch costs the whole batch's compute. With
 * batch/8 rows the rows' compute is an eighth of the batch's, so the round trips can cost several times their
 * compute and still win (bench/first-step.ts measures both).
 */
export function rowPredictLimit(batchSize: number): number {
  return Math.max(1, Math.floor(batchSize / 8));
}

/** predict's outputs for every row of `data`, in order, the padding cut off. */
export async function predictRows(engine: Engine, manifest: Manifest, data: Dataset): Promise<Values> {
  const batch = manifest.programs.find((p) => p.name === 'predict')!;
  const row = engine.rowPredict ? manifest.rowPredict : undefined;
  const whole = Math.floor(data.size / manifest.batchSize) * manifest.batchSize;
  const tail = data.size - whole;
  const byRow = row !== undefined && tail > 0 && tail <= rowPredictLimit(manifest.batchSize);
  const parts: Record<string, (Float32Array | Int32Array)[]> = {};
  const runAll = async (p: ManifestProgram, size: number, from: number, to: number) => {
    for (const b of batches(data, size, Int32Array.from({ length: to - from }, (_, i) => from + i))) {
      const out = await engine.run(p.name, stepFeeds(manifest, p, b), true);
      for (const o of p.outputs) {
        const per = o.shape.slice(1).reduce((a, x) => a * x, 1);
        (parts[o.name] ??= []).push(out[o.name].slice(0, b.count * per));
      }
    }
  };
  await runAll(batch, manifest.batchSize, 0, byRow ? whole : data.size);
  if (byRow) await runAll(row, 1, whole, data.size);
  const result: Values = {};
  for (const [name, list] of Object.entries(parts)) {
    const total = list.reduce((a, x) => a + x.length, 0);
    const out = list[0] instanceof Int32Array ? new Int32Array(total) : new Float32Array(total);
    let at = 0;
    for (const x of list) {
      out.set(x, at);
      at += x.length;
    }
    result[name] = out;
  }
  return result;
}
