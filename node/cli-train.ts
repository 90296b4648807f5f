// `mdlc train / eval / predict`: spec + data -> a trained, saved, evaluated model, with progress, logs and a chart; built on the library (compileModel, loadDataFor, Model).
import { mkdirSync, writeFileSync, renameSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { LoadedData } from './data/load.js';
import { DataError } from '../runtime/data/errors.js';
import { split } from '../runtime/data/dataset.js';
import type { BackendChoice, Model } from '../runtime/model.js';
import { NonFiniteLossError } from '../runtime/model.js';
import { compileModel, loadDataFor, SpecError } from './api.js';
import { dataSizeOption, parseSets, positive, readText, seedOption, UsageError } from './cli-options.js';
import { MetricsLog } from './report/metrics-log.js';
import { Progress, type ProgressStream } from './report/progress.js';
import { lossChart } from './report/svg-chart.js';
import { renderDiagnostics } from '../compiler/diagnostics/render.js';
import { installNodeHost } from './host.js';

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
  data: LoadedData;
}

/** Compiles the spec through the library (overrides checked by the checker) and loads the data for its model. */
async function prepare(specPath: string, values: Record<string, unknown>, io: TrainIo, purpose: 'train' | 'inference'): Promise<Prepared | number> {
  const source = readText(specPath, io);
  if (source === undefined) return 2;
  let model: Model;
  try {
    model = await compileModel(specPath, {
      source,
      purpose,
      backend: (values.backend as BackendChoice) ?? 'auto',
      set: parseSets((values.set as string[]) ?? []),
      batchSize: positive(values['batch-size'] as string | undefined, '--batch-size', true),
      lr: positive(values.lr as string | undefined, '--lr', false),
      seed: seedOption(values.seed as string | undefined, '--seed'),
      warn: (m) => io.err(`mdlc: warning: ${m}`),
      onWarnings: (file, warnings) => io.err(renderDiagnostics(file, warnings, { color: io.isTty })),
    });
  } catch (e) {
    if (!(e instanceof SpecError)) throw e;
    io.err(renderDiagnostics(e.file, e.diagnostics, { color: io.isTty }));
    return 1;
  }
  try {
    if (!values.data) throw new UsageError('--data is required: a data config file (JSON), a data file (.csv, .jsonl, .npy) or folder, or a dataset name (mnist, spam-assassin, iris)');
    return { model, data: loadDataFor(model, values.data as string, process.cwd(), { maxDataSize: dataSizeOption(values['max-data-size'] as string | undefined) }) };
  } catch (e) {
    model.dispose();
    if (!(e instanceof DataError)) throw e;
    io.err(`mdlc: ${e.message}`);
    return 1;
  }
}

function formatMetrics(loss: number, metrics: Record<string, number>, prefix = ''): string {
  return [`${prefix}loss ${loss.toFixed(4)}`, ...Object.entries(metrics).map(([k, v]) => `${prefix}${k} ${k === 'accuracy' ? (v * 100).toFixed(2) + '%' : v.toFixed(4)}`)].join('  ');
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
      json: { type: 'boolean', default: false },
      set: { type: 'string', multiple: true, default: [] },
      'read-every': { type: 'string' },
      'validation-split': { type: 'string' },
    },
  });
  if (positionals.length !== 1) throw new UsageError('train needs one spec file: mdlc train spec.model --data <config|name>');
  if (!['auto', 'webgpu', 'cpu'].includes(values.backend as string)) throw new UsageError(`--backend must be auto, webgpu or cpu, got "${values.backend}"`);
  const epochsArg = positive(values.epochs, '--epochs', true);
  const readEvery = positive(values['read-every'] as string | undefined, '--read-every', true);
  const splitArg = values['validation-split'] === undefined ? undefined : Number(values['validation-split']);
  if (splitArg !== undefined && !(splitArg >= 0 && splitArg < 1)) throw new UsageError(`--validation-split must be a fraction in [0, 1), got "${values['validation-split']}"`);
  const ready = await prepare(positionals[0], values, io, 'train');
  if (typeof ready === 'number') return ready;
  const { model, data } = ready;
  const settings = model.settings;
  const name = model.artifact.manifest.model;
  const epochs = epochsArg ?? settings.epochs;
  const out = resolve((values.out as string | undefined) ?? join('runs', name));
  mkdirSync(out, { recursive: true });
  const checkpoint = join(out, 'checkpoint.safetensors');
  const log = new MetricsLog(join(out, 'metrics.jsonl'));
  const controller = new AbortController();
  const onSigint = () => {
    io.err('\nmdlc: interrupted; saving a checkpoint and stopping');
    controller.abort();
  };
  process.once('SIGINT', onSigint);
  const history: { epoch: number; loss: number; valLoss?: number; accuracy?: number; valAccuracy?: number }[] = [];
  let initialEpoch = 0;
  let initialStep = 0;
  let code = 0;
  const started = performance.now();
  try {
    if (values.resume) {
      const ckpt = await model.restore(values.resume as string);
      initialEpoch = ckpt.meta.epoch;
      initialStep = ckpt.meta.stepInEpoch ?? 0;
      history.push(...((ckpt.meta.history as typeof history | undefined) ?? []));
      io.err(`mdlc: resumed from ${values.resume} ${initialStep ? `in epoch ${initialEpoch + 1} after its step ${initialStep}` : `after epoch ${initialEpoch}`} (step ${model.step} in all)`);
    }
    const info = data.info;
    // Validation data: the data config's validation part, else the spec's validation_split (or --validation-split) of
    // the training rows, a seeded choice that a resumed run makes again.
    const validationSplit = data.validation ? 0 : (splitArg ?? settings.validationSplit);
    const { train, validation } = validationSplit > 0 ? split(data.train, { validation: validationSplit }, settings.seed) : data;
    io.err(`mdlc: training ${name} on ${info.source}: ${train.size} training rows${validation ? `, ${validation.size} validation${validationSplit ? ` (validation_split ${validationSplit})` : ''}` : ''}${data.test ? `, ${data.test.size} held out` : ''}; batch ${model.batchSize}, ${epochs} epochs, ${model.engine.kind}`);
    let progress: Progress | undefined;
    // Progress goes to the terminal's stderr, or line by line through io.err when the CLI runs in-process.
    const stream: ProgressStream = io.stderr ?? { write: (text: string) => io.err(text.replace(/\n$/, '')), isTTY: false };
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
        log.write(record);
        log.flush();
        history.push({ epoch: r.epoch + 1, loss: r.loss, valLoss: r.val?.loss, accuracy: r.metrics.accuracy, valAccuracy: r.val?.metrics.accuracy });
        await model.save(checkpoint, { epoch: r.epoch + 1, seed: settings.seed, history });
        writeChart(out, name, history);
        if (values.json) io.out(JSON.stringify(record));
      },
    });
    if (result.stopped === 'aborted') {
      // Where fit stopped, to the step: --resume continues from there exactly as if never interrupted.
      await model.save(checkpoint, { epoch: result.epoch, stepInEpoch: result.stepInEpoch, seed: settings.seed, history });
      io.err(`mdlc: saved ${checkpoint} in epoch ${result.epoch + 1} after step ${result.stepInEpoch}; continue with --resume ${checkpoint}`);
      code = 130;
    }
    const heldOut = data.test ?? data.validation;
    const final = heldOut ? await model.evaluate(heldOut) : undefined;
    const summary = {
      model: name,
      stopped: result.stopped,
      epochs: history.length,
      seconds: (performance.now() - started) / 1000,
      backend: model.engine.kind,
      heldOut: final ? { rows: heldOut!.size, loss: final.loss, ...final.metrics } : undefined,
      files: { checkpoint, metrics: join(out, 'metrics.jsonl'), chart: join(out, 'chart.svg') },
    };
    writeFileSync(join(out, 'summary.json'), JSON.stringify(summary, null, 2) + '\n');
    if (values.json) io.out(JSON.stringify({ summary }));
    else {
      if (final) io.out(`held-out (${heldOut!.size} rows): ${formatMetrics(final.loss, final.metrics)}`);
      io.out(`wrote ${checkpoint}, ${join(out, 'metrics.jsonl')}, ${join(out, 'chart.svg')}, ${join(out, 'summary.json')}`);
    }
  } catch (e) {
    if (e instanceof NonFiniteLossError) {
      const kept = history.length > initialEpoch || values.resume ? `The last good checkpoint, after epoch ${history.length ? history[history.length - 1].epoch : initialEpoch}, is ${checkpoint}` : 'No checkpoint was written (it failed in the first epoch)';
      io.err(`mdlc: ${e.message}. ${kept}; try a lower --lr or gradient clipping (clip_norm=1.0).`);
      code = 1;
    } else throw e;
  } finally {
    process.removeListener('SIGINT', onSigint);
    log.close();
    model.dispose();
  }
  return code;
}

function writeChart(dir: string, name: string, history: Parameters<typeof lossChart>[0]): void {
  const tmp = join(dir, `.chart.svg.tmp-${process.pid}`);
  writeFileSync(tmp, lossChart(history, { title: `${name}: loss and accuracy per epoch` }));
  renameSync(tmp, join(dir, 'chart.svg'));
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
    },
  });
  if (positionals.length !== 1) throw new UsageError(`${command} needs one spec file: mdlc ${command} spec.model --checkpoint run/checkpoint.safetensors --data <config|name>`);
  if (!values.checkpoint) throw new UsageError('--checkpoint is required');
  const ready = await prepare(positionals[0], values, io, command === 'eval' ? 'train' : 'inference');
  if (typeof ready === 'number') return ready;
  const { model, data } = ready;
  try {
    // Only the weights: eval and predict may be compiled for another batch size than training was.
    await model.restore(values.checkpoint as string, { weightsOnly: true });
    const part = values.split === 'train' ? data.train : values.split === 'validation' ? data.validation : (data.test ?? data.validation ?? data.train);
    if (!part) throw new UsageError(`the data has no ${values.split} split`);
    if (command === 'eval') {
      const r = await model.evaluate(part);
      io.out(values.json ? JSON.stringify({ rows: part.size, loss: r.loss, ...r.metrics }) : `${part.size} rows: ${formatMetrics(r.loss, r.metrics)}`);
      return 0;
    }
    const preds = await model.predict(part);
    const outPath = values.out as string | undefined;
    const names = Object.keys(preds);
    const per = names.map((n) => preds[n].length / part.size);
    let text: string;
    if (values.json || outPath?.endsWith('.json')) {
      const rows = Array.from({ length: part.size }, (_, r) => Object.fromEntries(names.map((n, k) => [n, per[k] === 1 ? preds[n][r] : Array.from(preds[n].slice(r * per[k], (r + 1) * per[k]))])));
      text = JSON.stringify(rows) + '\n';
    } else {
      const header = names.flatMap((n, k) => (per[k] === 1 ? [n] : Array.from({ length: per[k] }, (_, j) => `${n}_${j}`)));
      const lines = Array.from({ length: part.size }, (_, r) => names.flatMap((n, k) => Array.from(preds[n].slice(r * per[k], (r + 1) * per[k]), (v) => String(v))).join(','));
      text = [header.join(','), ...lines].join('\n') + '\n';
    }
    if (outPath) {
      writeFileSync(outPath, text);
      io.err(`mdlc: wrote ${part.size} predictions to ${outPath}`);
    } else io.out(text.trimEnd());
    return 0;
  } catch (e) {
    if (e instanceof Error && /checkpoint|safetensors/i.test(e.message) && !(e instanceof UsageError)) {
      io.err(`mdlc: ${e.message}`);
      return 1;
    }
    throw e;
  } finally {
    model.dispose();
  }
}
