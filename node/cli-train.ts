// `mdlc train / eval / predict`: spec + data -> a trained, saved, evaluated model, with progress, logs and a chart.
import { mkdirSync, readFileSync, writeFileSync, renameSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type LoadedData, loadData } from './data/load.js';
import { DataError } from '../runtime/data/errors.js';
import { split } from '../runtime/data/dataset.js';
import type { SpecTensor } from './data/fit.js';
import type { MetricName } from '../runtime/metrics.js';
import { type BackendChoice, Model, NonFiniteLossError } from '../runtime/model.js';
import { MetricsLog } from './report/metrics-log.js';
import { Progress, type ProgressStream } from './report/progress.js';
import { lossChart } from './report/svg-chart.js';
import type { CheckedModel } from '../compiler/check/types.js';
import { compileSource, type CompileResult } from '../compiler/compile.js';
import { SourceFile } from '../core/diagnostic.js';
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

class Usage extends Error {}

/** The spec's inputs and targets as the data loader needs them (per-sample shapes, class counts, vocabularies). */
export function specTensors(model: CheckedModel): SpecTensor[] {
  const out: SpecTensor[] = [];
  for (const id of [...model.inputs, ...model.targets]) {
    const n = model.nodes[id];
    if (n.kind !== 'input') continue;
    const t: SpecTensor = { name: n.name, dtype: n.type.dtype, shape: n.type.shape.slice(1) as number[], role: n.role };
    if (model.loss && model.loss.target === id && model.loss.kind === 'cross_entropy') {
      const pred = model.nodes[model.loss.prediction].type.shape;
      t.classes = pred[pred.length - 1] as number;
    }
    for (const m of model.nodes) if (m.kind === 'layer' && m.layer === 'Embedding' && m.inputs[0] === id) t.vocab = m.args.vocab as number;
    out.push(t);
  }
  return out;
}

interface Prepared {
  compiled: CompileResult;
  model: Model;
  data: LoadedData;
  specText: string;
}

function num(v: string | undefined, what: string, integer: boolean): number | undefined {
  if (v === undefined) return undefined;
  const x = Number(v);
  if (!Number.isFinite(x) || x <= 0 || (integer && !Number.isInteger(x))) throw new Usage(`${what} must be a positive ${integer ? 'integer' : 'number'}, got "${v}"`);
  return x;
}

async function prepare(specPath: string, values: Record<string, unknown>, io: TrainIo, purpose: 'train' | 'inference'): Promise<Prepared | number> {
  let specText: string;
  try {
    specText = readFileSync(specPath, 'utf8');
  } catch (e) {
    io.err(`mdlc: cannot read ${specPath}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
    return 2;
  }
  const file = new SourceFile(specPath, specText);
  const overrides: Record<string, string> = {};
  for (const s of (values.set as string[]) ?? []) {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.+)$/.exec(s);
    if (!m) throw new Usage(`--set expects name=value, got "${s}"`);
    overrides[m[1]] = m[2];
  }
  const compiled = compileSource(file, {
    purpose,
    backend: true,
    overrides,
    batch: num(values['batch-size'] as string | undefined, '--batch-size', true),
    training: { lr: num(values.lr as string | undefined, '--lr', false), seed: values.seed !== undefined ? Number(values.seed) : undefined },
  });
  if (compiled.diagnostics.length) io.err(renderDiagnostics(file, compiled.diagnostics, { color: io.isTty }));
  if (!compiled.module || !compiled.artifact || !compiled.model) return 1;
  if (!values.data) throw new Usage('--data is required: a data config file (JSON) or a dataset name (mnist, spam-assassin, iris)');
  let data: LoadedData;
  try {
    data = loadData(values.data as string, specTensors(compiled.model), process.cwd());
  } catch (e) {
    if (e instanceof DataError) {
      io.err(`mdlc: ${e.message}`);
      return 1;
    }
    throw e;
  }
  const model = await Model.create(compiled.artifact, {
    backend: (values.backend as BackendChoice) ?? 'auto',
    metrics: compiled.model.metrics.map((m) => m.kind as MetricName),
    tensors: specTensors(compiled.model),
    spec: specText,
    warn: (m) => io.err(`mdlc: warning: ${m}`),
  });
  return { compiled, model, data, specText };
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
  if (positionals.length !== 1) throw new Usage('train needs one spec file: mdlc train spec.model --data <config|name>');
  if (!['auto', 'webgpu', 'cpu'].includes(values.backend as string)) throw new Usage(`--backend must be auto, webgpu or cpu, got "${values.backend}"`);
  if (values.seed !== undefined && !/^\d+$/.test(values.seed)) throw new Usage(`--seed must be a non-negative integer, got "${values.seed}"`);
  const epochsArg = num(values.epochs, '--epochs', true);
  const splitArg = values['validation-split'] === undefined ? undefined : Number(values['validation-split']);
  if (splitArg !== undefined && !(splitArg >= 0 && splitArg < 1)) throw new Usage(`--validation-split must be a fraction in [0, 1), got "${values['validation-split']}"`);
  const ready = await prepare(positionals[0], values, io, 'train');
  if (typeof ready === 'number') return ready;
  const { compiled, model, data } = ready;
  const settings = compiled.model!.train;
  const epochs = epochsArg ?? settings.epochs;
  const out = resolve((values.out as string | undefined) ?? join('runs', compiled.model!.name));
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
    const validationSplit = data.validation ? 0 : (splitArg ?? settings.validation_split);
    const { train, validation } = validationSplit > 0 ? split(data.train, { validation: validationSplit }, settings.seed) : data;
    io.err(`mdlc: training ${compiled.model!.name} on ${info.source}: ${train.size} training rows${validation ? `, ${validation.size} validation${validationSplit ? ` (validation_split ${validationSplit})` : ''}` : ''}${data.test ? `, ${data.test.size} held out` : ''}; batch ${model.batchSize}, ${epochs} epochs, ${model.engine.kind}`);
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
      readEvery: num(values['read-every'] as string | undefined, '--read-every', true) ?? (model.engine.kind === 'cpu' ? 1 : 10),
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
        writeChart(out, compiled.model!.name, history);
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
      model: compiled.model!.name,
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
      checkpoint: { type: 'string' },
      'batch-size': { type: 'string' },
      backend: { type: 'string', default: 'auto' },
      out: { type: 'string', short: 'o' },
      split: { type: 'string', default: 'test' },
      json: { type: 'boolean', default: false },
      set: { type: 'string', multiple: true, default: [] },
    },
  });
  if (positionals.length !== 1) throw new Usage(`${command} needs one spec file: mdlc ${command} spec.model --checkpoint run/checkpoint.safetensors --data <config|name>`);
  if (!values.checkpoint) throw new Usage('--checkpoint is required');
  const ready = await prepare(positionals[0], values, io, command === 'eval' ? 'train' : 'inference');
  if (typeof ready === 'number') return ready;
  const { model, data } = ready;
  try {
    // Only the weights: eval and predict may be compiled for another batch size than training was.
    await model.restore(values.checkpoint as string, { weightsOnly: true });
    const part = values.split === 'train' ? data.train : values.split === 'validation' ? data.validation : (data.test ?? data.validation ?? data.train);
    if (!part) throw new Usage(`the data has no ${values.split} split`);
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
    if (e instanceof Error && /checkpoint|safetensors/i.test(e.message) && !(e instanceof Usage)) {
      io.err(`mdlc: ${e.message}`);
      return 1;
    }
    throw e;
  } finally {
    model.dispose();
  }
}

/** Whether an error is a usage mistake of these commands. */
export function isUsage(e: unknown): boolean {
  return e instanceof Usage;
}
