// `mdlc profile spec.model`: runs one program a few steps on the default WebGPU device and prints where a step's time
// goes: each kernel's median GPU time (timestamp-query), share and matmul rate, slowest first, then the host's part.
import { parseArgs } from 'node:util';
import { profileSpec, type SpecProfile } from './api.js';
import { formatOption, onlyFile, parseSets, positive, readText, UsageError } from './cli-options.js';
import { exitCodes } from './exit-codes.js';
import type { ManifestProgram } from '../core/artifact.js';

const programs: readonly ManifestProgram['name'][] = ['train_step', 'eval_step', 'predict'];

/** The help of `mdlc profile`. */
export const profileUsage = `Usage: mdlc profile <file.model> [options]

Runs a program of the spec a few steps on the default WebGPU device (zeros as inputs, the spec's initial weights)
and prints each kernel's median GPU time per step, its share, its matmul FLOPs and GFLOP/s, slowest first, then the
step's GPU total, its wall time and the host's overhead (wall - GPU). Times come from timestamp-query, one compute
pass per kernel; a device without it (Dawn's GL ES backend) gets each kernel dispatched alone and timed by the wall
clock, which the output says. Kernels run the variants mdlc tune remembered for the device (--no-tune: the defaults).

Options:
  --program NAME       train_step (default when the spec trains), eval_step or predict
  --steps N            steps timed after one warm-up step (default 5)
  --batch-size N       the batch size to compile for
  --set name=value     override a const or setting of the spec, as for check; repeatable
  --no-tune            every kernel's default form
  --format text|json   output format (default text)
  -h, --help           show this help`;

/** A kernel's spec lines, one file named once: `specs/mlp.model:12,13,16`. */
function lines(source: string[]): string {
  const byFile = new Map<string, Set<number>>();
  for (const s of source) {
    const m = /^(.*):(\d+)$/.exec(s);
    if (m) byFile.set(m[1], (byFile.get(m[1]) ?? new Set()).add(Number(m[2])));
  }
  return [...byFile].map(([f, ls]) => `${f}:${[...ls].sort((a, b) => a - b).join(',')}`).join(' ') || source.join(', ');
}

const flopText = (x: number) => (x >= 1e6 ? `${(x / 1e6).toFixed(1)}M` : `${(x / 1e3).toFixed(1)}k`);

const ms = (x: number) => (x < 1 ? `${(x * 1000).toFixed(0)} us` : `${x.toFixed(2)} ms`);

/** The table `mdlc profile` prints. */
export function renderProfile(path: string, p: SpecProfile): string {
  const rows = p.kernels.map((k) => [
    k.name,
    k.kind,
    ms(k.ms),
    `${(k.share * 100).toFixed(1)}%`,
    k.flops === undefined ? '' : flopText(k.flops),
    k.gflops === undefined ? '' : k.gflops.toFixed(2),
    lines(k.source),
  ]);
  const head = ['kernel', 'kind', p.clock === 'gpu' ? 'GPU time' : 'wall time', 'share', 'FLOPs', 'GFLOP/s', 'from'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  const flops = p.kernels.reduce((a, k) => a + (k.flops ?? 0), 0);
  return [
    `${path}: ${p.program}, ${p.kernels.length} kernels, median of ${p.steps} steps on ${p.device}${p.tuned ? ' (tuned variants)' : ''}`,
    p.clock === 'gpu'
      ? 'GPU time from timestamp-query, one compute pass per kernel'
      : 'this device has no timestamp-query (Dawn\'s GL ES backend has none): each kernel was dispatched alone and timed by the wall clock, a submit\'s overhead included',
    '',
    line(head),
    ...rows.map(line),
    '',
    `kernels ${ms(p.kernelMs)}${flops ? ` (${(flops / 1e6).toFixed(1)} MFLOP of matmul, ${(flops / (p.kernelMs * 1e6)).toFixed(2)} GFLOP/s overall)` : ''}`,
    p.clock === 'gpu'
      ? `a step as it runs (one pass, one submit): GPU ${ms(p.stepGpuMs)}, wall ${ms(p.wallMs)}, host overhead ${ms(p.hostMs)} (${p.wallMs > 0 ? ((p.hostMs / p.wallMs) * 100).toFixed(0) : 0}%); with a pass per kernel the GPU took ${ms(p.gpuMs)}`
      : `wall per step ${ms(p.wallMs)} (one pass, one submit); without GPU timestamps the host's part cannot be told from the GPU's`,
  ].join('\n');
}

/** Runs `mdlc profile`. */
export async function runProfile(args: string[], io: { out(s: string): void; err(s: string): void; isTty: boolean }): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      program: { type: 'string' },
      steps: { type: 'string' },
      'batch-size': { type: 'string' },
      set: { type: 'string', multiple: true, default: [] },
      'no-tune': { type: 'boolean', default: false },
      format: { type: 'string', default: 'text' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.out(profileUsage);
    return exitCodes.ok;
  }
  const path = onlyFile(positionals, 'profile', 'a spec file', 'mdlc profile path/to/net.model');
  const format = formatOption(values.format);
  const program = values.program as ManifestProgram['name'] | undefined;
  if (program !== undefined && !programs.includes(program)) throw new UsageError(`--program must be one of ${programs.join(', ')}, got ${JSON.stringify(program)}`);
  const steps = positive(values.steps, '--steps', true);
  if (steps !== undefined && steps > 1000) throw new UsageError(`--steps must be at most 1000, got ${values.steps}`);
  const source = readText(path, io);
  if (source === undefined) return exitCodes.usage;
  const p = await profileSpec(path, {
    source,
    set: parseSets(values.set as string[]),
    batchSize: positive(values['batch-size'], '--batch-size', true),
    steps,
    program,
    kernelChoices: values['no-tune'] ? false : undefined,
    warn: (m) => io.err(`mdlc: warning: ${m}`),
    onCompiled(has) {
      if (program !== undefined && !has.includes(program)) throw new UsageError(`${path} has no ${program} program (it has ${has.join(', ')}): give --program ${has[0]}`);
    },
  });
  io.out(format === 'json' ? JSON.stringify({ file: path, ...p }, null, 2) : renderProfile(path, p));
  return exitCodes.ok;
}
