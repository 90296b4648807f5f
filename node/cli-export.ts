// `mdlc export`: a spec -> a program for another engine, one entry per format in a table keyed by format (--pytorch; the
// exit codes are the CLI's contract: 0 written, 1 a spec/checkpoint/data problem, 2 bad usage).
import { parseArgs } from 'node:util';
import { exitCodes } from './exit-codes.js';
import { parseSets, positive, UsageError } from './cli-options.js';
import { exportToPyTorch } from './export-pytorch.js';

/** Streams the command writes to. */
export interface ExportIo {
  out(s: string): void;
  err(s: string): void;
}

/** The options every format reads, parsed. */
interface ExportArgs {
  spec: string;
  out: string;
  checkpoint?: string;
  data?: string;
  set: Record<string, string>;
  batchSize?: number;
}

/** One export format: its flag's help line and what it writes. */
interface ExportFormat {
  help: string;
  run(args: ExportArgs, io: ExportIo): Promise<number>;
}

/** Every format `mdlc export` writes, keyed by its flag (--pytorch). */
const formats = {
  pytorch: {
    help: 'a PyTorch program in the -o folder: model.py, train.py (torchrun, DDP), checkpoint loader, first weights, data',
    async run(a, io) {
      const r = await exportToPyTorch(a.spec, { out: a.out, checkpoint: a.checkpoint, data: a.data, set: a.set, batchSize: a.batchSize });
      const rows = r.rows ? `; data: ${Object.entries(r.rows).map(([k, n]) => `${k} ${n} rows`).join(', ')}` : '; no data (give --data to write data/*.safetensors)';
      io.out(`wrote ${r.out} (${r.info.model}, program ${r.info.programHash.slice(0, 12)}): ${r.files.join(', ')}${rows}`);
      io.out(`run it with: torchrun --nproc_per_node=N ${r.out.replace(/\/$/, '')}/train.py   (or python3 ${r.out.replace(/\/$/, '')}/train.py)`);
      return exitCodes.ok;
    },
  },
} satisfies Record<string, ExportFormat>;

type FormatName = keyof typeof formats;
const formatNames = Object.keys(formats) as FormatName[];

/** `mdlc export --help`. */
export const exportUsage = `Usage: mdlc export <file.model> (${formatNames.map((f) => `--${f}`).join(' | ')}) -o <out> [options]

Formats (exactly one):
${formatNames.map((f) => `  --${f.padEnd(18)} ${formats[f].help}`).join('\n')}

Options:
  -o, --out <path>     where the export goes (required)
  --checkpoint <file>  start from a checkpoint's weights (mdlc train writes one); default: the spec's initial weights
  --data <config|name> also write the preprocessed rows (train, validation, test) the spec would train on
  --set name=value     override a const or a setting, as for mdlc train (repeatable)
  --batch-size N       the batch size to compile and train for
  -h, --help           show this help

Exit codes: 0 written; 1 a problem in the spec (a construct the format cannot reproduce is a located error), the
checkpoint or the data; 2 bad usage or an output path that cannot be a folder. See docs/scale.md.`;

/** Runs `mdlc export` with its arguments (after the command); returns the exit code. Usage mistakes throw UsageError. */
export async function runExport(args: string[], io: ExportIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      ...Object.fromEntries(formatNames.map((f) => [f, { type: 'boolean' as const }])),
      out: { type: 'string', short: 'o' },
      checkpoint: { type: 'string' },
      data: { type: 'string' },
      set: { type: 'string', multiple: true, default: [] },
      'batch-size': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.out(exportUsage);
    return exitCodes.ok;
  }
  const chosen = formatNames.filter((f) => (values as Record<string, unknown>)[f] === true);
  if (chosen.length !== 1) throw new UsageError(`export needs exactly one format, ${formatNames.map((f) => `--${f}`).join(' or ')}${chosen.length ? `, not ${chosen.map((f) => `--${f}`).join(' and ')}` : ''}`);
  if (positionals.length !== 1) throw new UsageError(`export needs one spec file: mdlc export spec.model --${chosen[0]} -o out/`);
  if (typeof values.out !== 'string') throw new UsageError(`export needs -o <path>: where the ${chosen[0]} export goes`);
  const parsed: ExportArgs = {
    spec: positionals[0],
    out: values.out,
    checkpoint: values.checkpoint as string | undefined,
    data: values.data as string | undefined,
    set: parseSets(values.set as string[]),
    batchSize: positive(values['batch-size'] as string | undefined, '--batch-size', true),
  };
  return formats[chosen[0]].run(parsed, io);
}
