// `mdlc train / eval / predict`: spec + data -> a trained, saved, evaluated model, with progress, logs and a chart; built on the library (compileModel, loadDataFor, Model).
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { LoadedData } from './data/load.js';
import { DataError } from '../runtime/data/errors.js';
import { type Dataset, split } from '../runtime/data/dataset.js';
import { CheckpointError } from '../runtime/checkpoint.js';
import type { BackendChoice, Model } from '../runtime/model.js';
import { NonFiniteLossError } from '../runtime/model.js';
import { compileModel, loadDataFor, SpecError } from './api.js';
import { dataSizeOption, parseSets, positive, readText, seedOption, UsageError } from './cli-options.js';
import { withHint } from './exit-codes.js';
import { EnvironmentError } from './fs-errors.js';
import { MetricsLog, MetricsLogError } from './report/metrics-log.js';
import { Progress, type ProgressStream } from './report/progress.js';
import { lossChart } from './report/svg-chart.js';
import { makeFolder, RunLock, writeFileWhole } from './run-folder.js';
import { renderDiagnostics } from '../compiler/diagnostics/render.js';
import { installNodeHost } from './host.js';
import { datasetTruth, emitRows, predictionRows, rawFromFile, rawFromInputs } from './cli-predict.js';
import { classLayout } from '../runtime/model/classify.js';
import { initFrom } from './cli-init-from.js';

installNodeHost(); // Models made here get Dawn and checkpoint files

/** Output streams and exit codes shared with the rest of the CLI. */
export interface TrainIo {
  out(s: string): void;
  err(s: string): void;
  isTty: boolean;
  stderr?: NodeJS.WriteStream;
}

interface Prepared {
  model: Model;
  /** Absent for raw inputs (predict --input, --input-file), which need no data config. */
  data?: LoadedData;
}

/** Compiles the spec through the library (overrides checked by the checker) and loads the data for its model; a spec or data problem is thrown as its typed error. */
async function prepare(specPath: string, values: Record<string, unknown>, io: TrainIo, purpose: 'train' | 'inference', raw = false): Promise<Prepared | number> {
  const source = readText(specPath, io);
  if (source === undefined) return 2;
  const model = await compileModel(specPath, {
    source,
    purpose,
    backend: (values.backend as BackendChoice) ?? 'auto',
    set: parseSets((values.set as string[]) ?? []),
    batchSize: positive(values['batch-size'] as string | undefined, '--batch-size', true),
    lr: positive(values.lr as string | undefined, '--lr', false),
    seed: seedOption(values.seed as string | undefined, '--seed'),
    warn: (m) => io.err(`mdlc: warning: ${m}`),
    onWarnings: (file, warnings) => io.err(renderDiagnostics(file, warnings, { color: io.isTty })),
    // --no-tune: every kernel's default form; --tune: time the shapes not yet remembered for this device first.
    kernelChoices: values['no-tune'] ? false : undefined,
    tune: values.tune ? { onProgress: ({ done, total, key }) => io.err(`mdlc: tuning ${done + 1}/${total}: ${key}`) } : undefined,
  });
  if (raw) return { model };
  try {
    if (!values.data) throw new UsageError('--data is required: a data config file (JSON), a data file (.csv, .jsonl, .npy) or folder, or a dataset name (mnist, spam-assassin, iris)');
    return { model, data: loadDataFor(model, values.data as string, process.cwd(), { maxDataSize: dataSizeOption(values['max-data-size'] as string | undefined) }) };
  } catch (e) {
    model.dispose();
    throw e;
  }
}

function formatMetrics(loss: number, metrics: Record<string, number>, prefix = ''): string {
  return [`${prefix}loss ${loss.toFixed(4)}`, ...Object.entries(metrics).map(([k, v]) => `${prefix}${k} ${k === 'accuracy' ? (v * 100).toFixed(2) + '%' : v.toFixed(4)}`)].join('  ');
}

/** Where the run's last checkpoint is: written by this run, or the one it resumed from; undefined before there is one. */
interface SavedAt {
  path: string;
  epoch: number;
  stepInEpoch: number;
}

function describeSaved(s: SavedAt): string {
  return s.stepInEpoch ? `in epoch ${s.epoch + 1} after step ${s.stepInEpoch}` : `after epoch ${s.epoch}`;
}

/** The training and validation rows: the data config's validation part, else `fraction` of the training rows held out. */
function trainingRows(data: LoadedData, fraction: number, seed: number, what: string): { train: Dataset; validation?: Dataset } {
  if (fraction <= 0) return data;
  try {
    return split(data.train, { validation: fraction }, seed);
  } catch (e) {
    if (!(e instanceof DataError)) throw e;
    throw new DataError(`${what} ${fraction} of ${data.train.size} training rows leaves none to train on; hold out a smaller fraction (0.2 holds out a fifth)`);
  }
}

/** `mdlc train`: trains, writes metrics.jsonl, the checkpoint and a chart into --out, evaluates on held-out data. */
export async function runTrain(args: string[], io: TrainIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      data: { type: 'string' },
      'max-data-size': { type: 'string' },
      epochs: { type: 'string' },
      'batch-size': { type: 'string' },
      lr: { type: 'string' },
      seed: { type: 'string' },
      out: { type: 'string', short: 'o' },
      backend: { type: 'string', default: 'auto' },
      resume: { type: 'string' },
      'init-from': { type: 'string' },
      json: { type: 'boolean', default: false },
      set: { type: 'string', multiple: true, default: [] },
      'read-every': { type: 'string' },
      'validation-split': { type: 'string' },
      tune: { type: 'boolean', default: false },
      'no-tune': { type: 'boolean', default: false },
    },
  });
  if (positionals.length !== 1) throw new UsageError('train needs one spec file: mdlc train spec.model --data <config|name>');
  if (!['auto', 'webgpu', 'cpu'].includes(values.backend as string)) throw new UsageError(`--backend must be auto, webgpu or cpu, got "${values.backend}"`);
  if (values.tune && values['no-tune']) throw new UsageError('--tune and --no-tune contradict each other: give one');
  if (values['init-from'] !== undefined && values.resume !== undefined)
    throw new UsageError('--init-from and --resume cannot be used together: --resume continues a run of this spec exactly (weights, optimizer state, step); --init-from starts a new run from weights of another');
  const epochsArg = positive(values.epochs, '--epochs', true);
  const readEvery = positive(values['read-every'] as string | undefined, '--read-every', true);
  const splitArg = values['validation-split'] === undefined ? undefined : Number(values['validation-split']);
  if (splitArg !== undefined && !(splitArg >= 0 && splitArg < 1)) throw new UsageError(`--validation-split must be a fraction in [0, 1), got "${values['validation-split']}"`);
  const ready = await prepare(positionals[0], values, io, 'train');
  if (typeof ready === 'number') return ready;
  const { model } = ready;
  const data = ready.data!;
  const settings = model.settings;
  const name = model.artifact.manifest.model;
  const epochs = epochsArg ?? settings.epochs;
  const out = resolve((values.out as string | undefined) ?? join('runs', name));
  const checkpoint = join(out, 'checkpoint.safetensors');
  const metricsPath = join(out, 'metrics.jsonl');
  const chartPath = join(out, 'chart.svg');
  const summaryPath = join(out, 'summary.json');
  const controller = new AbortController();
  const onSigint = () => {
    io.err('\nmdlc: interrupted; saving a checkpoint and stopping');
    controller.abort();
  };
  const history: { epoch: number; loss: number; valLoss?: number; accuracy?: number; valAccuracy?: number }[] = [];
  let lock: RunLock | undefined;
  let log: MetricsLog | undefined;
  let saved: SavedAt | undefined;
  let chartWritten = false;
  let code = 0;
  const started = performance.now();
  try {
    if (values.resume) {
      const from = resolve(values.resume as string);
      let ckpt: Awaited<ReturnType<Model['restore']>>;
      try {
        ckpt = await model.restore(from);
      } catch (e) {
        if (e instanceof CheckpointError) throw withHint(e, '--resume takes a checkpoint.safetensors that mdlc train wrote for this spec and settings; train without --resume to start afresh');
        throw e;
      }
      saved = { path: from, epoch: ckpt.meta.epoch, stepInEpoch: ckpt.meta.stepInEpoch ?? 0 };
      if (saved.epoch >= epochs) {
        // Nothing is trained, so nothing is written: the folder keeps what it had.
        io.err(`mdlc: nothing to do: the checkpoint ${from} was saved ${describeSaved(saved)}, and ${epochsArg === undefined ? "the spec's epochs" : '--epochs'} is ${epochs}; give --epochs above ${saved.epoch} to train on from it`);
        if (values.json) io.out(JSON.stringify({ summary: { model: name, stopped: 'nothing-to-do', checkpoint: from, epoch: saved.epoch, epochs } }));
        return 0;
      }
      history.push(...((ckpt.meta.history as typeof history | undefined) ?? []));
    }
    if (values['init-from'] !== undefined) {
      const report = await initFrom(model, values['init-from'] as string, io.err);
      if (values.json) io.out(JSON.stringify({ initFrom: report }));
    }
    const initialEpoch = saved?.epoch ?? 0;
    const initialStep = saved?.stepInEpoch ?? 0;
    const info = data.info;
    // Validation data: the data config's validation part, else the spec's validation_split (or --validation-split) of
    // the training rows, a seeded choice that a resumed run makes again.
    const validationSplit = data.validation ? 0 : (splitArg ?? settings.validationSplit);
    const { train, validation } = trainingRows(data, validationSplit, settings.seed, splitArg === undefined ? "the spec's validation_split" : '--validation-split');
    const steps = Math.ceil(train.size / model.batchSize);
    if (initialStep >= steps) throw new CheckpointError(`checkpoint ${saved!.path} stopped after step ${initialStep} of an epoch, but an epoch of ${train.size} rows at batch ${model.batchSize} has ${steps} steps: resume with the data, batch size and validation split it was trained with`);
    makeFolder(out);
    // One training per folder: a second one would interleave metrics.jsonl and overwrite the checkpoint.
    lock = RunLock.acquire(out, (m) => io.err(`mdlc: note: ${m}`));
    process.once('SIGINT', onSigint);
    log = new MetricsLog(metricsPath);
    if (saved) {
      io.err(`mdlc: resumed from ${saved.path} ${saved.stepInEpoch ? `in epoch ${saved.epoch + 1} after its step ${saved.stepInEpoch}` : `after epoch ${saved.epoch}`} (step ${model.step} in all)`);
    }
    io.err(`mdlc: training ${name} on ${info.source}: ${train.size} training rows${validation ? `, ${validation.size} validation${validationSplit ? ` (validation_split ${validationSplit})` : ''}` : ''}${data.test ? `, ${data.test.size} held out` : ''}; batch ${model.batchSize}, ${epochs} epochs, ${model.engine.kind}`);
    let progress: Progress | undefined;
    // Progress goes to the terminal's stderr, or line by line through io.err when the CLI runs in-process.
    const stream: ProgressStream = io.stderr ?? { write: (text: string) => io.err(text.replace(/\n$/, '')), isTTY: false };
    const metrics = log;
    const result = await model.fit(train, {
      epochs,
      initialEpoch,
      initialStep,
      seed: settings.seed,
      shuffle: settings.shuffle,
      validation,
      readEvery: readEvery ?? (model.engine.kind === 'cpu' ? 1 : 10),
      signal: controller.signal,
      onEpochStart: ({ epoch, steps }) => {
        progress = new Progress({ total: steps, epoch: epoch + 1, epochs, stream, tty: Boolean(stream.isTTY) });
      },
      onStep: ({ step, steps, loss }) => {
        // Steps between read-backs are only queued, not done: drawing them would show the queueing rate, not the training rate.
        if (loss !== undefined || step === steps) progress?.update(step, { loss });
      },
      onEpoch: async (r) => {
        const figures = { loss: r.loss, ...r.metrics, ...(r.val ? { val_loss: r.val.loss, ...Object.fromEntries(Object.entries(r.val.metrics).map(([k, v]) => [`val_${k}`, v])) } : {}) };
        // One line per epoch: the progress bar's end, with every training and validation figure.
        progress?.done(figures);
        const record = { epoch: r.epoch + 1, ...figures, seconds: r.seconds, steps: r.steps };
        metrics.write(record);
        metrics.flush();
        history.push({ epoch: r.epoch + 1, loss: r.loss, valLoss: r.val?.loss, accuracy: r.metrics.accuracy, valAccuracy: r.val?.metrics.accuracy });
        await model.save(checkpoint, { epoch: r.epoch + 1, seed: settings.seed, history });
        saved = { path: checkpoint, epoch: r.epoch + 1, stepInEpoch: 0 };
        writeChart(chartPath, name, history);
        chartWritten = true;
        if (values.json) io.out(JSON.stringify(record));
      },
    });
    if (result.stopped === 'aborted') {
      // Where fit stopped, to the step: --resume continues from there exactly as if never interrupted.
      await model.save(checkpoint, { epoch: result.epoch, stepInEpoch: result.stepInEpoch, seed: settings.seed, history });
      saved = { path: checkpoint, epoch: result.epoch, stepInEpoch: result.stepInEpoch };
      io.err(`mdlc: saved ${checkpoint} in epoch ${result.epoch + 1} after step ${result.stepInEpoch}; continue with --resume ${checkpoint}`);
      code = 130;
    }
    const heldOut = data.test ?? data.validation;
    const final = heldOut ? await model.evaluate(heldOut) : undefined;
    // Only what this run wrote and is there: a checkpoint resumed from elsewhere, or a chart of no epoch, is not listed.
    const written = { checkpoint: saved?.path === checkpoint ? checkpoint : undefined, metrics: metricsPath, chart: chartWritten ? chartPath : undefined };
    const files = Object.fromEntries(Object.entries(written).filter((e): e is [string, string] => e[1] !== undefined && existsSync(e[1])));
    const summary = {
      model: name,
      stopped: result.stopped,
      epochs: history.length,
      seconds: (performance.now() - started) / 1000,
      backend: model.engine.kind,
      heldOut: final ? { rows: heldOut!.size, loss: final.loss, ...final.metrics } : undefined,
      files,
    };
    writeFileWhole(summaryPath, JSON.stringify(summary, null, 2) + '\n');
    if (values.json) io.out(JSON.stringify({ summary }));
    else {
      if (final) io.out(`held-out (${heldOut!.size} rows): ${formatMetrics(final.loss, final.metrics)}`);
      io.out(`wrote ${[...Object.values(files), summaryPath].join(', ')}`);
    }
  } catch (e) {
    if (e instanceof NonFiniteLossError) {
      const kept = saved ? `The last good checkpoint, ${describeSaved(saved)}, is ${saved.path}` : 'No checkpoint was written (it failed in the first epoch)';
      io.err(`mdlc: ${e.message}. ${kept}; try a lower --lr or gradient clipping (clip_norm=1.0).`);
      code = 1;
    } else {
      // A refusal after a checkpoint (a full disk while writing the chart): say where training can go on from.
      if (saved && (e instanceof EnvironmentError || e instanceof MetricsLogError)) throw withHint(e, `the last checkpoint, ${describeSaved(saved)}, is ${saved.path}: continue from it with --resume ${saved.path}`);
      throw e;
    }
  } finally {
    process.removeListener('SIGINT', onSigint);
    try {
      log?.close();
    } finally {
      model.dispose();
      lock?.release();
    }
  }
  return code;
}

function writeChart(path: string, name: string, history: Parameters<typeof lossChart>[0]): void {
  writeFileWhole(path, lossChart(history, { title: `${name}: loss and accuracy per epoch` }));
}

/** `mdlc eval` and `mdlc predict`: restore a checkpoint, then evaluate held-out data or write predictions (CSV or JSON). */
export async function runEvalOrPredict(command: 'eval' | 'predict', args: string[], io: TrainIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      data: { type: 'string' },
      'max-data-size': { type: 'string' },
      checkpoint: { type: 'string' },
      'batch-size': { type: 'string' },
      backend: { type: 'string', default: 'auto' },
      out: { type: 'string', short: 'o' },
      split: { type: 'string', default: 'test' },
      json: { type: 'boolean', default: false },
      set: { type: 'string', multiple: true, default: [] },
      'allow-other-spec': { type: 'boolean', default: false },
      'no-tune': { type: 'boolean', default: false },
      input: { type: 'string', multiple: true },
      'input-file': { type: 'string' },
    },
  });
  if (positionals.length !== 1) throw new UsageError(`${command} needs one spec file: mdlc ${command} spec.model --checkpoint run/checkpoint.safetensors --data <config|name>`);
  if (!values.checkpoint) throw new UsageError('--checkpoint is required');
  const raw = values.input !== undefined || values['input-file'] !== undefined;
  if (raw && command === 'eval') throw new UsageError('eval measures labelled data: give --data; --input and --input-file are for predict');
  if (raw && values.data !== undefined) throw new UsageError('give raw rows (--input, --input-file) or --data, not both');
  if (values.input !== undefined && values['input-file'] !== undefined) throw new UsageError('give --input or --input-file, not both');
  const ready = await prepare(positionals[0], values, io, command === 'eval' ? 'train' : 'inference', raw);
  if (typeof ready === 'number') return ready;
  const { model, data } = ready;
  try {
    // Only the weights: eval and predict may be compiled for another batch size than training was (but from the same spec, unless asked).
    try {
      await model.restore(values.checkpoint as string, { weightsOnly: true, allowOtherSpec: values['allow-other-spec'] as boolean });
    } catch (e) {
      if (e instanceof CheckpointError) throw withHint(e, `--checkpoint takes a checkpoint.safetensors that mdlc train wrote for this spec (--allow-other-spec accepts one of another spec with the same tensors)`);
      throw e;
    }
    const outPath = values.out as string | undefined;
    if (!data) {
      // Raw rows: prepared with the checkpoint's preprocessing, reported with class names.
      const rows = values.input !== undefined ? rawFromInputs(model, values.checkpoint as string, values.input as string[]) : rawFromFile(model, values.checkpoint as string, values['input-file'] as string);
      const preds = await model.predict(rows.columns);
      emitRows(predictionRows(model, rows.size, preds, rows.shown, rows.truth), outPath, values.json as boolean, io);
      return 0;
    }
    const part = values.split === 'train' ? data.train : values.split === 'validation' ? data.validation : (data.test ?? data.validation ?? data.train);
    if (!part) throw new UsageError(`the data has no ${values.split} split`);
    if (command === 'eval') {
      const r = await model.evaluate(part);
      io.out(values.json ? JSON.stringify({ rows: part.size, loss: r.loss, ...r.metrics }) : `${part.size} rows: ${formatMetrics(r.loss, r.metrics)}`);
      return 0;
    }
    const preds = await model.predict(part);
    emitRows(predictionRows(model, part.size, preds, {}, datasetTruth(part, classLayout(model.artifact.manifest, model.preprocessing))), outPath, values.json as boolean, io);
    return 0;
  } finally {
    model.dispose();
  }
}
