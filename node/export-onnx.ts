// A spec (and a checkpoint, or the spec's seeded initial weights) -> the bytes of an ONNX model of its inference program.
import { compileSource } from '../compiler/compile.js';
import { exportOnnxModel } from '../compiler/export/onnx.js';
import { SourceFile } from '../core/diagnostic.js';
import { defaultWarn, Model } from '../runtime/model.js';
import { renderDiagnostics } from '../compiler/diagnostics/render.js';
import { readSpec, settingOverrides, SpecError } from './api.js';
import { mdlcVersion } from './version.js';

/** Options of `exportOnnx`. */
export interface ExportOnnxOptions {
  /** A checkpoint written by `mdlc train` (or `model.save`) whose weights the model gets; default: the spec's initial weights. */
  checkpoint?: string;
  /** Accept a checkpoint of another spec whose tensors fit by name and shape, as eval's `allowOtherSpec`. */
  allowOtherSpec?: boolean;
  /** 'dynamic' (default): a symbolic batch axis named `batch`; a number fixes the batch size. */
  batch?: 'dynamic' | number;
  /** Overrides of the spec's constants and settings, as `--set` gives them (a seed changes the initial weights). */
  set?: Record<string, string | number>;
  /** The spec's text when it is not read from `path` (then `path` only names it in messages). */
  source?: string;
  /** Where the spec's warnings go, rendered as `mdlc check` prints them (default: console.warn). */
  warn?: (message: string) => void;
}

/**
 * Exports a spec's inference program as an ONNX model (opset 17) and returns its bytes: inputs and outputs named as in
 * the spec, the weights of `checkpoint` (or the seeded initial ones) as initializers, the spec text and program hash as
 * metadata. Throws a SpecError (with file:line:col) for a spec with errors or a construct ONNX cannot express, a
 * CheckpointError naming the tensor at fault for a checkpoint that does not fit.
 */
export async function exportOnnx(path: string, options: ExportOnnxOptions = {}): Promise<Uint8Array> {
  const file = readSpec(path, options.source);
  // For inference: a spec needs no optimizer to be served (one with a loss and an optimizer compiles as for training,
  // so the program hash is the one its checkpoints carry).
  const compiled = compileSource(file, { purpose: 'inference', backend: true, overrides: settingOverrides({ set: options.set }) });
  if (compiled.diagnostics.some((d) => d.severity === 'error') || !compiled.artifact || !compiled.model) throw new SpecError(file, compiled.diagnostics);
  if (compiled.diagnostics.length) (options.warn ?? defaultWarn)(renderDiagnostics(file, compiled.diagnostics, { color: false }).trimEnd());
  // The weights come through a model on the CPU executor, so a checkpoint is checked as eval and predict check it.
  const model = await Model.create(compiled.artifact, { backend: 'cpu', warn: () => undefined });
  try {
    if (options.checkpoint !== undefined) await model.restore(options.checkpoint, { weightsOnly: true, allowOtherSpec: options.allowOtherSpec });
    const result = exportOnnxModel(compiled.model, {
      weights: await model.getWeights(),
      batch: options.batch,
      specText: file.text,
      programHash: compiled.artifact.manifest.programHash,
      producerVersion: mdlcVersion(),
      specSpan: compiled.spec.name?.span ?? compiled.spec.span,
    });
    if (!result.bytes) throw new SpecError(file, result.diagnostics);
    return result.bytes;
  } finally {
    model.dispose();
  }
}
