// `mdlc train --init-from file`: another spec's trained weights -> the model's weights that match by path, with what
// matched and what was skipped (and why) printed, one line each, before training starts.
import { resolve } from 'node:path';
import { CheckpointError } from '../runtime/checkpoint.js';
import { describeSkipped, type Model, type WeightsReport } from '../runtime/model.js';
import { withHint } from './exit-codes.js';

/** Loads the weights of `path` into `model` by parameter path and says what matched; a file that is not one is a CheckpointError (exit 1). */
export async function initFrom(model: Model, path: string, say: (line: string) => void): Promise<WeightsReport> {
  const from = resolve(path);
  let report: WeightsReport;
  try {
    report = await model.loadWeights(from, { match: 'by-name' });
  } catch (e) {
    if (e instanceof CheckpointError) throw withHint(e, '--init-from takes a checkpoint.safetensors that mdlc train wrote (for any spec), or a safetensors file of weights named by parameter path');
    throw e;
  }
  const total = report.matched.length + report.skipped.length;
  say(`mdlc: initialised from ${from} (${report.kind === 'checkpoint' ? 'a checkpoint; its optimizer state and step are not used' : 'safetensors weights'}): ${report.matched.length} of ${total} weights matched by name, ${report.skipped.length} skipped`);
  say(`  matched: ${report.matched.join(', ')}`);
  if (report.skipped.length) say(`  skipped (left as initialised): ${describeSkipped(report).join(', ')}`);
  if (report.unused.length) say(`  not used from the file: ${report.unused.join(', ')}`);
  return report;
}
