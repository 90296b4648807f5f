#!/usr/bin/env node
// The `mdlc` command: argument parsing, reading files, exit codes; the work is done by the compiler's stages.
import { realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Purpose } from '../compiler/check/check.js';
import { checkSource, compileSource, irStages } from '../compiler/compile.js';
import { SourceFile } from '../core/diagnostic.js';
import { diagnosticsToJson, renderDiagnostics } from '../compiler/diagnostics/render.js';
import type { Module } from '../core/ir.js';
import { moduleFromJson, moduleToJson } from '../core/ir-json.js';
import { printModule } from '../compiler/ir/print.js';
import { renderSummary, summarize } from '../compiler/summary.js';
import { runEvalOrPredict, runTrain } from './cli-train.js';
import { exportUsage, runExport } from './cli-export.js';
import { runTune } from './cli-tune.js';
import { runProfile } from './cli-profile.js';
import { mdlcVersion } from './version.js';
import { runGenerate } from './cli-generate.js';
import { formatOption, onlyFile, parseSets, positive, readText, UsageError } from './cli-options.js';
import { settingOverrides } from './api.js';
import type { Backend } from '../compiler/emit/emit.js';
import { writeArtifact } from './write-artifact.js';
import { writeJsModule } from './write-js-module.js';
import { exitCodes, reportFailure } from './exit-codes.js';
import { fileSystemError } from './fs-errors.js';
import { makeFolder, writeFileWhole } from './run-folder.js';
import { arenaBytes, arenas, formatBytes, programMemory, renderMemory, renderStats, type Stats } from './cli-stats.js';
import type { ArenaName } from '../core/artifact.js';

export { exitCodes } from './exit-codes.js';

const usage = `Usage: mdlc <command> [options]

Commands:
  check <file.model>   check a spec and print its summary, or every problem found
  compile <file.model>
                       compile a spec to IR programs (train_step, eval_step, predict), or with -o to an artifact folder
  ir-check <file.ir.json>
                       validate an IR file written by compile --emit ir
  train <file.model> --data <config.json|data file|folder|mnist|spam-assassin|iris>
                       train on the WebGPU device (or the CPU executor); writes a checkpoint, metrics.jsonl and a chart
  eval <file.model> --checkpoint <file> --data <...>
                       loss and metrics of a checkpoint on held-out data
  predict <file.model> --checkpoint <file> --data <...> [-o out.csv|out.json]
                       the model's outputs for every row, as CSV or JSON, with a row id, the class and the true label
  predict <file.model> --checkpoint <file> --input "free money now" [--input ...] | --input-file rows.csv
                       raw rows prepared as the training data was (the checkpoint carries how): class names, probabilities
  generate <file.model> --checkpoint <file> --prompt "..." [--tokens N] [--temperature T] [--top-k K] [--seed S] [--cpu]
                       text from a next-token model of characters (specs/names-gpt.model), the same for a seed on GPU and CPU
  export <file.model> --onnx -o <model.onnx> [--checkpoint <file>] [--batch dynamic|N]
                       the inference program as an ONNX model, for ONNX Runtime and other serving engines
  export <file.model> --pytorch -o <dir> [--checkpoint <file>] [--data <...>]
                       a PyTorch program (model.py, train.py for torchrun) and the data, to train at scale
  tune <file.model>    time each kernel shape's variants on the WebGPU device and remember the fastest for it
  profile <file.model> [--program train_step] [--steps N]
                       each kernel's GPU time per step (timestamp-query), share and GFLOP/s, and the host's overhead

Options for check:
  --format text|json   output format (default text)
  --set name=value     override a const of the spec, or a setting: train.<name> or optimizer.<name>
                       (train.batch_size=64, optimizer.lr=0.01); repeatable
  --for check|train|inference
                       what the spec must be fit for: train makes a missing loss or optimizer an error (default check)
  --color / --no-color colored output (default: when stdout is a terminal)
  -h, --help           show this help
  -v, --version        show the version

Options for compile (and --set, --color as for check):
  --dump-ir=<stage>    print the IR after a stage: ${irStages.join(', ')}
  -o, --out <dir>      write the artifact (manifest.json, WGSL kernels, weights, IR) to <dir>
  --emit ir            write the IR as JSON to <dir>/<model>.ir.json instead (-o gives <dir>, default out/)
  --emit js            write one ES module for web apps instead: <dir>/<model>.js (manifest and kernels inlined),
                       <model>.d.ts, the weights (inlined up to 64 KiB, else <model>.safetensors) and <model>.ir.json
  --batch-size N       the batch size to compile for (default: the spec's train batch_size)
  --stats              print each program's node count after each stage, and its kernels and memory
  --format text|json   output format (default text)

Options for train:
  --data <config|file|name>
                       a data config (JSON, see docs/data.md), a .csv/.tsv/.jsonl/.npy file or a folder whose columns
                       are the spec's input and target names, or a dataset name
  --max-data-size N    the most bytes read from data files (default 1GiB; takes 2GiB, 500MB, ...)
  --epochs N, --batch-size N, --lr X, --seed N
                       override the spec's train settings (--batch-size recompiles for that batch)
  -o, --out <dir>      where the checkpoint, metrics.jsonl, chart.svg and summary.json go (default runs/<model>);
                       one training at a time: a second one into the same folder is refused while the first runs
  --backend auto|webgpu|cpu
                       the device (default auto: WebGPU, else the CPU reference executor with a warning)
  --resume <checkpoint>
                       continue from a checkpoint (same spec and settings), bit for bit
  --init-from <file>   start from another spec's trained weights (a checkpoint or safetensors weights), matched by
                       parameter path; prints which matched and which were skipped and why (not with --resume)
  --validation-split F hold out this fraction of the training rows for validation (default: the spec's validation_split,
                       unless the data config has a validation part)
  --read-every N       read the loss back every N steps (default 10 on WebGPU, 1 on the CPU)
  --json               one JSON record per epoch and a summary on stdout (progress stays on stderr)
  --tune               first time the kernel shapes not yet measured on this device (as mdlc tune; bounded)
  --no-tune            run every kernel's default form, not the variants mdlc tune chose

Options for eval and predict (and --batch-size, --backend, --set, --json, --no-tune as for train):
  --checkpoint <file>  the checkpoint written by train
  --allow-other-spec   use a checkpoint trained from another spec whose weights fit by name and shape
  --split test|validation|train
                       which part of the data (default test)
  -o, --out <file>     predict: write predictions there (.json for JSON, else CSV)
  --input <text|a,b,c> predict: one raw row (a text, or comma-separated numbers); repeatable
  --input-file <csv>   predict: raw rows from a CSV whose header names the columns the model was trained on

Options for generate (and --backend, --set as for train):
  --checkpoint <file>  the checkpoint written by train (its weights and character vocabulary)
  --prompt <text>      the text to continue; each character must be in the vocabulary
  --tokens N           characters to generate (default 100)
  --temperature T      divides the logits (default 1); 0 takes the most likely character
  --top-k K            draw from the K most likely characters only (1: the most likely)
  --seed S             the seed of the draws (default 0)
  --cpu                run on the CPU reference executor (the same text as on the GPU)
  --json               one JSON object: prompt, text, ids, settings

${exportUsage}

Exit codes:
  0    done (warnings allowed); also train --resume from a checkpoint already at --epochs (nothing to do)
  1    a problem in the spec, data, checkpoint or environment (no GPU adapter, a full disk, a read-only folder,
       a run folder in use): the message says what, where and what to try; never a stack trace
  2    bad usage: an unknown command or option, a bad option value, a missing argument, a spec or IR file that
       cannot be read, an output path that is a file or lies under one
  3    a bug in mdlc (an internal error; please report it)
  130  interrupted (train saved a checkpoint)`;

/** Streams the CLI writes to (replaceable so tests can run it in-process). */
export interface Io {
  out(s: string): void;
  err(s: string): void;
  isTty: boolean;
  /** The process's stderr, for progress bars redrawn in place on a terminal (absent in-process: progress then goes through err). */
  stderr?: NodeJS.WriteStream;
}

function runCheck(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      set: { type: 'string', multiple: true, default: [] },
      for: { type: 'string', default: 'check' },
      color: { type: 'boolean' },
      'no-color': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.out(usage);
    return exitCodes.ok;
  }
  const path = onlyFile(positionals, 'check', 'a spec file', 'mdlc check path/to/net.model');
  formatOption(values.format);
  if (!['check', 'train', 'inference'].includes(values.for as string)) throw new UsageError(`--for must be check, train or inference, got "${values.for}"`);
  const text = readText(path, io);
  if (text === undefined) return exitCodes.usage;
  const file = new SourceFile(path, text);
  const result = checkSource(file, { overrides: parseSets(values.set as string[]), purpose: values.for as Purpose });
  const errors = result.diagnostics.some((d) => d.severity === 'error');
  const summary = result.model && summarize(result.model, file);
  if (values.format === 'json') {
    io.out(JSON.stringify({ file: path, ok: !errors, diagnostics: diagnosticsToJson(file, result.diagnostics), ...(summary ? { summary } : {}) }, null, 2));
  } else {
    const color = values['no-color'] ? false : (values.color ?? io.isTty);
    if (result.diagnostics.length) (errors ? io.err : io.out)(renderDiagnostics(file, result.diagnostics, { color }));
    if (summary) io.out(renderSummary(summary, file));
  }
  return errors ? exitCodes.problem : exitCodes.ok;
}

/** Writes the artifact folder; returns what it wrote for the report. A refusal is an OutputPathError or EnvironmentError naming `dir`. */
function writeArtifactFolder(backend: Backend, dir: string): { dir: string; files: number; kernels: Record<string, number>; memory: Record<ArenaName, number> } {
  try {
    // The parent first, by makeFolder: Node's recursive mkdir (in writeArtifact) never returns under /proc.
    makeFolder(dirname(resolve(dir)), { action: 'write', path: dir });
    const files = writeArtifact(dir, backend.artifact);
    const m = backend.artifact.manifest;
    return { dir, files: files.length, kernels: Object.fromEntries(m.programs.map((p) => [p.name, p.kernels.length])), memory: arenaBytes(m) };
  } catch (e) {
    throw fileSystemError(e, 'write', dir, true);
  }
}

function programCounts(m: Module): string {
  return m.programs.map((p) => `${p.name} ${p.nodes.length} nodes`).join(', ');
}

/** Writes `<dir>/<model>.ir.json` whole (a reader never sees half a file); returns the path. A refusal names that path. */
function emitIr(module: Module, dir: string): string {
  const path = join(dir, `${module.model}.ir.json`);
  makeFolder(dir, { action: 'write', path });
  writeFileWhole(path, JSON.stringify(moduleToJson(module)) + '\n');
  return path;
}

function runCompile(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      'dump-ir': { type: 'string' },
      emit: { type: 'string' },
      out: { type: 'string', short: 'o' },
      'batch-size': { type: 'string' },
      // The name it had before --batch-size, kept working for scripts that use it.
      batch: { type: 'string' },
      set: { type: 'string', multiple: true, default: [] },
      stats: { type: 'boolean' },
      format: { type: 'string', default: 'text' },
      color: { type: 'boolean' },
      'no-color': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.out(usage);
    return exitCodes.ok;
  }
  const path = onlyFile(positionals, 'compile', 'a spec file', 'mdlc compile path/to/net.model');
  formatOption(values.format);
  const stage = values['dump-ir'];
  if (stage !== undefined && !(irStages as readonly string[]).includes(stage)) throw new UsageError(`--dump-ir: unknown stage "${stage}"; the stages are ${irStages.join(', ')}`);
  if (values.emit !== undefined && values.emit !== 'ir' && values.emit !== 'js') throw new UsageError(`--emit: "ir" or "js", got "${values.emit}"`);
  const batchSize = positive(values['batch-size'], '--batch-size', true) ?? positive(values.batch, '--batch', true);
  const text = readText(path, io);
  if (text === undefined) return exitCodes.usage;
  const file = new SourceFile(path, text);
  const json = values.format === 'json';
  const stats: Stats = [];
  let dumped: Module | undefined;
  // -o alone writes the artifact; --stats reports kernels and memory: both need the backend.
  const artifactDir = values.emit === undefined ? values.out : undefined;
  const result = compileSource(file, {
    // --batch-size reaches the checker as the setting train.batch_size, as the library's batchSize does.
    overrides: settingOverrides({ set: parseSets(values.set as string[]), batchSize }),
    // A spec with a loss is compiled for training, so a missing optimizer is an error; one without compiles to predict only.
    purpose: 'auto',
    backend: artifactDir !== undefined || values.stats === true || values.emit === 'js',
    after: (s, m) => {
      if (values.stats) stats.push({ stage: s, programs: Object.fromEntries(m.programs.map((p) => [p.name, p.nodes.length])) });
      if (s !== stage) return;
      // Printed at once in text mode, so the dump is there even when a later stage fails.
      if (json) dumped = m;
      else io.out(printModule(m, file).trimEnd());
    },
  });
  const errors = result.diagnostics.some((d) => d.severity === 'error');
  const backend: Backend | undefined = result.artifact && result.fused && result.plans ? { artifact: result.artifact, fused: result.fused, plans: result.plans } : undefined;
  const memory = values.stats && result.module && backend ? programMemory(result.module, backend) : undefined;
  const written = backend && artifactDir !== undefined ? writeArtifactFolder(backend, artifactDir) : undefined;
  const js = result.artifact && values.emit === 'js' ? writeJsModule(values.out ?? 'out', result.artifact, path) : undefined;
  const emitted = result.module && values.emit === 'ir' ? emitIr(result.module, values.out ?? 'out') : js?.module;
  if (json) {
    const m = result.module;
    io.out(
      JSON.stringify(
        {
          file: path,
          ok: !errors,
          diagnostics: diagnosticsToJson(file, result.diagnostics),
          ...(m ? { model: m.model, batch: m.batch, programs: m.programs.map((p) => ({ name: p.name, nodes: p.nodes.length })) } : {}),
          ...(dumped ? { dump: { stage, ir: moduleToJson(dumped) } } : {}),
          ...(values.stats && m ? { stats } : {}),
          ...(memory ? { memory } : {}),
          ...(emitted ? { emitted } : {}),
          ...(written ? { artifact: written } : {}),
        },
        null,
        2,
      ),
    );
    return errors ? exitCodes.problem : exitCodes.ok;
  }
  // stdout carries what was asked for (IR, stats, where the file went), so diagnostics, warnings included, go to stderr.
  if (result.diagnostics.length) io.err(renderDiagnostics(file, result.diagnostics, { color: values['no-color'] ? false : (values.color ?? io.isTty) }));
  if (!result.module) return exitCodes.problem;
  if (values.stats) io.out(renderStats(stats));
  if (memory) io.out(`\n${renderMemory(memory)}`);
  if (js) io.out(`wrote ${js.module} (${result.module.model}, batch ${result.module.batch}): manifest and kernels inlined, weights ${js.inlined ? `inlined (${formatBytes(js.weightsBytes)})` : `in ${result.module.model}.safetensors (${formatBytes(js.weightsBytes)})`}; also ${js.files.filter((f) => f !== js.module).join(', ')}`);
  else if (emitted) io.out(`wrote ${emitted} (${result.module.model}, batch ${result.module.batch}: ${programCounts(result.module)})`);
  if (written) {
    const kernels = Object.values(written.kernels).reduce((a, b) => a + b, 0);
    const arenaText = arenas.map((a) => `${a} ${formatBytes(written!.memory[a])}`).join(', ');
    const total = arenas.reduce((sum, a) => sum + written!.memory[a], 0);
    io.out(
      [
        `wrote ${written.dir} (${result.module.model}, batch ${result.module.batch}): manifest.json, ${kernels} WGSL kernel${kernels === 1 ? '' : 's'}, weights.safetensors, program.ir.json`,
        `kernels: ${Object.entries(written.kernels).map(([p, n]) => `${p} ${n}`).join(', ')} (one submit per step)`,
        `memory: ${arenaText} (${formatBytes(total)} in all)`,
      ].join('\n'),
    );
  }
  if (stage === undefined && !values.stats && !emitted && !written) io.out(`compiled ${result.module.model} for batch ${result.module.batch}: ${programCounts(result.module)}`);
  return exitCodes.ok;
}

function runIrCheck(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    io.out(usage);
    return exitCodes.ok;
  }
  const path = onlyFile(positionals, 'ir-check', 'an IR file', 'mdlc ir-check out/net.ir.json');
  const text = readText(path, io);
  if (text === undefined) return exitCodes.usage;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    io.err(`mdlc: ${path} is not JSON: ${(e as Error).message}`);
    return exitCodes.usage;
  }
  const { module, errors } = moduleFromJson(value);
  if (!module) {
    io.err([...errors.map((e) => `${path}: ${e}`), `${errors.length} problem${errors.length === 1 ? '' : 's'}`].join('\n'));
    return exitCodes.problem;
  }
  io.out(`${path}: valid IR of ${module.model} (batch ${module.batch}: ${programCounts(module)})`);
  return exitCodes.ok;
}

/** Runs the CLI with arguments (without `node mdlc`); returns the exit code. Never throws. */
export function main(argv: string[], io: Io): number | Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (!command || command === '-h' || command === '--help' || command === 'help') {
      io.out(usage);
      return command ? exitCodes.ok : exitCodes.usage;
    }
    if (command === '-v' || command === '--version') {
      io.out(version());
      return exitCodes.ok;
    }
    if (command === 'check') return runCheck(rest, io);
    if (command === 'compile') return runCompile(rest, io);
    if (command === 'ir-check') return runIrCheck(rest, io);
    if (['train', 'eval', 'predict', 'generate'].includes(command) && (rest.includes('--help') || rest.includes('-h'))) {
      io.out(usage);
      return exitCodes.ok;
    }
    if (command === 'export') return runExport(rest, io, usage).catch((e: unknown) => failure(e, io));
    if (command === 'train') return runTrain(rest, io).catch((e: unknown) => failure(e, io));
    if (command === 'tune') return runTune(rest, io).catch((e: unknown) => failure(e, io));
    if (command === 'profile') return runProfile(rest, io).catch((e: unknown) => failure(e, io));
    if (command === 'eval' || command === 'predict') return runEvalOrPredict(command, rest, io).catch((e: unknown) => failure(e, io));
    if (command === 'generate') return runGenerate(rest, io).catch((e: unknown) => failure(e, io));
    throw new UsageError(`unknown command "${command}"`);
  } catch (e) {
    return failure(e, io);
  }
}

/** Turns an exception into an exit code by the contract of node/exit-codes.ts (usage 2, the user's problem 1, a bug 3). */
function failure(e: unknown, io: Io): number {
  return reportFailure(e, io, usage);
}

function version(): string {
  return `mdlc ${mdlcVersion()}`;
}

function isEntryPoint(): boolean {
  try {
    return Boolean(process.argv[1]) && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  void Promise.resolve(
    main(process.argv.slice(2), {
      out: (s) => process.stdout.write(s + '\n'),
      err: (s) => process.stderr.write(s + '\n'),
      isTty: Boolean(process.stdout.isTTY),
      stderr: process.stderr,
    }),
  ).then((code) => {
    process.exitCode = code;
  });
}
