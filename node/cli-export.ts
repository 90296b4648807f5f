// `mdlc export`: a spec (and a checkpoint) -> a model or program another engine runs (ONNX for serving, PyTorch for
// training at scale); one entry per format in `exportFormats`.
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CheckpointError } from '../runtime/checkpoint.js';
import { onlyFile, parseSets, positive, readText, UsageError } from './cli-options.js';
import { exitCodes, withHint } from './exit-codes.js';
import { exportOnnx } from './export-onnx.js';
import { exportToPyTorch } from './export-pytorch.js';
import { makeFolder, writeFileWhole } from './run-folder.js';

/** Streams `export` writes to. */
export interface ExportIo {
  out(s: string): void;
  err(s: string): void;
}

/** The option values `export` parsed: the common ones and every format's own. */
type Values = Record<string, string | boolean | string[] | undefined>;

/** One export format: what -o names, its own options, and the export itself (which returns the line to print). */
interface ExportFormat {
  /** What `-o` names for this format, for the usage text and errors: `model.onnx`, `out/`. */
  out: string;
  /** What it writes, for the usage text. */
  describe: string;
  /** Options only this format takes (name -> parseArgs type and usage line). */
  options: Record<string, { type: 'string' | 'boolean'; usage: string }>;
  /** Checks this format's own option values (a UsageError) before anything is read or written. */
  validate(values: Values): void;
  run(spec: string, source: string, out: string, values: Values, io: ExportIo): Promise<string>;
}

/** `--batch dynamic|N`: a symbolic batch axis (the default) or a fixed size. */
function batchOption(v: string | boolean | string[] | undefined): 'dynamic' | number {
  if (v === undefined || v === 'dynamic') return 'dynamic';
  if (typeof v !== 'string') throw new UsageError('--batch takes dynamic or a positive integer');
  return positive(v, '--batch (dynamic or a positive integer)', true) ?? 'dynamic';
}

/** Every format `export` writes. A second format is one more entry (its flag is its key). */
const exportFormats: Record<'onnx' | 'pytorch', ExportFormat> = {
  onnx: {
    out: 'model.onnx',
    describe: 'an ONNX model of the inference program (opset 17)',
    options: {
      batch: { type: 'string', usage: '--batch dynamic|N    (onnx) the batch axis: symbolic `batch` (default) or fixed to N' },
      'allow-other-spec': { type: 'boolean', usage: '--allow-other-spec   (onnx) use a checkpoint of another spec whose weights fit by name and shape' },
    },
    validate(values) {
      batchOption(values.batch);
    },
    async run(spec, source, out, values, io) {
      const batch = batchOption(values.batch);
      const bytes = await exportOnnx(spec, {
        source,
        warn: (message) => io.err(message),
        checkpoint: values.checkpoint as string | undefined,
        allowOtherSpec: values['allow-other-spec'] === true,
        batch,
        set: parseSets((values.set as string[] | undefined) ?? []),
      });
      writeFileWhole(out, bytes);
      const weights = values.checkpoint === undefined ? "the spec's initial weights" : `weights of ${String(values.checkpoint)}`;
      return `wrote ${out} (ONNX opset 17, batch ${batch}, ${weights}, ${bytes.length} bytes)`;
    },
  },
  pytorch: {
    out: 'out/',
    describe: 'a PyTorch program: model.py, train.py (torchrun, DDP), the checkpoint loader, first weights, data',
    options: {
      data: { type: 'string', usage: '--data <config|name> (pytorch) also write the preprocessed rows (train, validation, test) the spec trains on' },
      'batch-size': { type: 'string', usage: '--batch-size N       (pytorch) the batch size to compile and train for' },
    },
    validate(values) {
      positive(values['batch-size'] as string | undefined, '--batch-size', true);
    },
    async run(spec, source, out, values, io) {
      const r = await exportToPyTorch(spec, {
        source,
        out,
        checkpoint: values.checkpoint as string | undefined,
        data: values.data as string | undefined,
        set: parseSets((values.set as string[] | undefined) ?? []),
        batchSize: positive(values['batch-size'] as string | undefined, '--batch-size', true),
      });
      const rows = r.rows ? `; data: ${Object.entries(r.rows).map(([k, n]) => `${k} ${n} rows`).join(', ')}` : '; no data (give --data to write data/*.safetensors)';
      const dir = r.out.replace(/\/$/, '');
      io.out(`wrote ${r.out} (${r.info.model}, program ${r.info.programHash.slice(0, 12)}): ${r.files.join(', ')}${rows}`);
      return `run it with: torchrun --nproc_per_node=N ${dir}/train.py   (or python3 ${dir}/train.py)`;
    },
  },
};

type Format = keyof typeof exportFormats;
const formatNames = Object.keys(exportFormats) as Format[];

/** The lines of `export` in the usage text. */
export const exportUsage = `Options for export: mdlc export <file.model> (${formatNames.map((f) => `--${f}`).join(' | ')}) -o <out> [options]
(exactly one format; docs/scale.md says what each exports and what not):
${formatNames.map((f) => `  --${f.padEnd(19)}write ${exportFormats[f].describe} to -o ${exportFormats[f].out}`).join('\n')}
  -o, --out <path>     where it goes (required)
  --checkpoint <file>  the weights to export (default: the spec's seeded initial weights)
  --set name=value     override a const or setting of the spec, as for check
${formatNames.flatMap((f) => Object.values(exportFormats[f].options).map((o) => `  ${o.usage}`)).join('\n')}`;

/** `mdlc export <spec> --<format> -o <out>`: returns the exit code (thrown errors go to the CLI's failure report). */
export async function runExport(args: string[], io: ExportIo, usage: string): Promise<number> {
  const own = Object.fromEntries(formatNames.flatMap((f) => Object.entries(exportFormats[f].options).map(([k, o]) => [k, { type: o.type }])));
  const parsed = parseArgs({
    args,
    allowPositionals: true,
    options: {
      ...Object.fromEntries(formatNames.map((f) => [f, { type: 'boolean' as const }])),
      ...own,
      out: { type: 'string', short: 'o' },
      checkpoint: { type: 'string' },
      set: { type: 'string', multiple: true, default: [] },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const values: Values = parsed.values;
  const positionals = parsed.positionals;
  if (values.help) {
    io.out(usage);
    return exitCodes.ok;
  }
  const spec = onlyFile(positionals, 'export', 'a spec file', 'mdlc export spec.model --onnx -o model.onnx');
  const chosen = formatNames.filter((f) => values[f] === true);
  if (chosen.length !== 1) throw new UsageError(`export needs exactly one format, ${formatNames.map((f) => `--${f}`).join(' or ')}${chosen.length ? `, got ${chosen.map((f) => `--${f}`).join(' and ')}` : ''}`);
  const format = chosen[0];
  const others: [string, ExportFormat][] = Object.entries(exportFormats).filter(([f]) => f !== format);
  for (const [f, other] of others) {
    for (const k of Object.keys(other.options)) if (values[k] !== undefined) throw new UsageError(`--${k} is an option of --${f}, not of --${format}`);
  }
  exportFormats[format].validate(values);
  const out = values.out;
  if (typeof out !== 'string' || out === '') throw new UsageError(`export needs -o <path>: mdlc export ${spec} --${format} -o ${exportFormats[format].out}`);
  // The folder first, by makeFolder: it names a path under a file as an OutputPathError (exit 2).
  makeFolder(dirname(resolve(out)), { action: 'write', path: out });
  const source = readText(spec, io);
  if (source === undefined) return exitCodes.usage;
  try {
    io.out(await exportFormats[format].run(spec, source, out, values, io));
  } catch (e) {
    if (e instanceof CheckpointError) throw withHint(e, '--checkpoint takes a checkpoint.safetensors that mdlc train wrote for this spec (--allow-other-spec accepts one of another spec with the same tensors)');
    throw e;
  }
  return exitCodes.ok;
}
