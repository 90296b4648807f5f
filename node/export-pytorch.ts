// A spec file (+ a checkpoint, + data) -> a folder with a PyTorch program: model.py, mdlc_layers.py, mdlc_checkpoint.py, train.py,
// export.json, init.safetensors (the first weights) and data/*.safetensors (the preprocessed rows mdlc would train on).
import { join } from 'node:path';
import { compileSource } from '../compiler/compile.js';
import { exportPyTorch, type PyTorchExportInfo } from '../compiler/export/pytorch/export.js';
import { CheckpointError } from '../runtime/checkpoint.js';
import { encodeSafetensors, type SafetensorsTensor } from '../runtime/safetensors.js';
import { type Dataset, split } from '../runtime/data/dataset.js';
import { DataError } from '../runtime/data/errors.js';
import { Model } from '../runtime/model.js';
import { readSpec, settingOverrides, SpecError } from './api.js';
import { loadData } from './data/load.js';
import type { DataConfig } from './data/config.js';
import { installNodeHost } from './host.js';
import { makeFolder, writeFileWhole } from './run-folder.js';

installNodeHost(); // checkpoint files for Model.save and restore

/** Options of `exportToPyTorch`. */
export interface PyTorchExportOptions {
  /** The folder the program goes to (made when missing). */
  out: string;
  /** A checkpoint whose weights (and, from the same compilation, optimizer state and step) the program starts from. */
  checkpoint?: string;
  /** Data to materialise as data/{train,validation,test}.safetensors: a config file, a config object or a dataset name. */
  data?: string | DataConfig;
  /** The folder relative data paths are read from (default: the current one). */
  baseDir?: string;
  /** Overrides of constants and settings, as `--set` gives them; the export's program hash is that compilation's. */
  set?: Record<string, string | number>;
  batchSize?: number;
  /** The spec's text when it is not read from the path. */
  source?: string;
}

/** What an export wrote. */
export interface PyTorchExportResult {
  out: string;
  files: string[];
  info: PyTorchExportInfo;
  /** Rows written per part of the data, when data was given. */
  rows?: Record<string, number>;
}

/** A dataset as safetensors tensors, one per column, rows first. */
function datasetFile(d: Dataset): Uint8Array {
  const tensors: Record<string, SafetensorsTensor> = {};
  for (const [name, c] of Object.entries(d.columns)) tensors[name] = { dtype: c.dtype === 'i32' ? 'I32' : 'F32', shape: [d.size, ...c.shape], data: c.data };
  return encodeSafetensors(tensors, { rows: String(d.size) });
}

/**
 * Writes a PyTorch program for a spec (see docs/scale.md). Throws a SpecError for a spec with errors or a construct
 * the export cannot reproduce (E0711-E0713), a CheckpointError or DataError for a checkpoint or data that does not fit,
 * an OutputPathError or EnvironmentError for a folder that cannot be written.
 */
export async function exportToPyTorch(specPath: string, options: PyTorchExportOptions): Promise<PyTorchExportResult> {
  const file = readSpec(specPath, options.source);
  const compiled = compileSource(file, { purpose: 'train', backend: true, overrides: settingOverrides({ set: options.set, batchSize: options.batchSize }) });
  if (compiled.diagnostics.some((d) => d.severity === 'error') || !compiled.model || !compiled.artifact) throw new SpecError(file, compiled.diagnostics);
  const exported = exportPyTorch(compiled.model, file, compiled.artifact.manifest);
  if (exported.diagnostics.some((d) => d.severity === 'error')) throw new SpecError(file, exported.diagnostics);
  const model = await Model.create(compiled.artifact, { backend: 'cpu', warn: () => undefined });
  try {
    // Where the first weights stand: a checkpoint of the same compilation carries its epoch and step, so that
    // train.py --resume init.safetensors continues it; weights alone start a run afresh.
    let at: { epoch: number; stepInEpoch?: number; history?: unknown } = { epoch: 0 };
    if (options.checkpoint !== undefined) {
      const ckpt = await model.restore(options.checkpoint, { weightsOnly: true }).catch((e: unknown) => {
        if (e instanceof CheckpointError) throw new CheckpointError(`${e.message}; --checkpoint takes a checkpoint of this spec (mdlc train writes one)`);
        throw e;
      });
      // The same compilation: the optimizer state and step come along, so train.py --resume init.safetensors continues it.
      if (ckpt.meta.programHash === compiled.artifact.manifest.programHash) {
        model.restoreCheckpoint(ckpt);
        at = { epoch: ckpt.meta.epoch, stepInEpoch: ckpt.meta.stepInEpoch, history: ckpt.meta.history };
      }
    }
    let rows: Record<string, number> | undefined;
    let parts: [string, Dataset][] = [];
    if (options.data !== undefined) {
      const data = loadData(options.data, compiled.artifact.manifest.tensors, options.baseDir ?? process.cwd());
      // The rows mdlc train fits on: the config's validation part, else the spec's validation_split of the training rows.
      const fraction = data.validation ? 0 : model.settings.validationSplit;
      let train = data.train;
      let validation = data.validation;
      if (fraction > 0) {
        try {
          ({ train, validation } = split(data.train, { validation: fraction }, model.settings.seed));
        } catch (e) {
          if (!(e instanceof DataError)) throw e;
          throw new DataError(`the spec's validation_split ${fraction} of ${data.train.size} training rows leaves none to train on`);
        }
      }
      parts = [['train', train], ...(validation ? [['validation', validation] as [string, Dataset]] : []), ...(data.test ? [['test', data.test] as [string, Dataset]] : [])];
      rows = Object.fromEntries(parts.map(([k, d]) => [k, d.size]));
    }
    makeFolder(options.out, { action: 'write', path: options.out });
    const written: string[] = [];
    for (const [name, content] of Object.entries(exported.files)) {
      writeFileWhole(join(options.out, name), content);
      written.push(name);
    }
    await model.save(join(options.out, 'init.safetensors'), { ...at, seed: model.settings.seed });
    written.push('init.safetensors');
    if (parts.length) {
      makeFolder(join(options.out, 'data'), { action: 'write', path: join(options.out, 'data') });
      for (const [name, d] of parts) {
        writeFileWhole(join(options.out, 'data', `${name}.safetensors`), datasetFile(d));
        written.push(`data/${name}.safetensors`);
      }
    }
    return { out: options.out, files: written, info: exported.info, ...(rows ? { rows } : {}) };
  } finally {
    model.dispose();
  }
}
