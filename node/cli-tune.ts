// `mdlc tune spec.model`: times each kernel shape's variants on the default WebGPU device, remembers the fastest in
// the cache folder (used by every later train, eval and predict on that device), and prints what it measured.
import { parseArgs } from 'node:util';
import { type SpecTuning, tuneSpec } from './api.js';
import { formatOption, onlyFile, parseSets, positive, readText, UsageError } from './cli-options.js';
import { exitCodes } from './exit-codes.js';
import { defaultChoicesPath } from './kernel-choices.js';
import { defaultTuneBudgetMs } from '../runtime/gpu/tune.js';
import { minWinShare, type StepCheck } from '../runtime/gpu/step-check.js';

/** The help of `mdlc tune`. */
export const tuneUsage = `Usage: mdlc tune <file.model> [options]

Times the variants of each kernel shape of the spec (register tiles, workgroup sizes) not yet measured on the default
WebGPU device (GPU timestamps where it has timestamp-query), then times the whole train step with the fastest against
the defaults: it remembers the fastest for that device in ${defaultChoicesPath()} only if the step got faster, else
the defaults. train, eval and predict then run them (--no-tune:
the defaults); train --tune does the same for shapes not yet measured before it starts.

Options:
  --budget-ms N        time tuning may take in all (default ${defaultTuneBudgetMs}); shapes left over keep their defaults
                       and are timed by the next mdlc tune
  --again              time every shape again, also those already remembered for this device
  --batch-size N       the batch size to compile for (kernel shapes depend on it)
  --set name=value     override a const or setting of the spec, as for check; repeatable
  --format text|json   output format (default text)
  -h, --help           show this help`;

const ms = (x: number | undefined) => (x === undefined ? '-' : x < 1 ? `${(x * 1000).toFixed(0)} us` : `${x.toFixed(2)} ms`);

/** What the whole-step check found, in a sentence. */
function stepLine(c: StepCheck): string {
  const verdict = c.kept ? 'kept the choices' : `fell back to the defaults (the choices must be ${(c.margin * 100).toFixed(0)}% faster, in ${Math.round(minWinShare * 100)}% of the rounds)`;
  return `whole ${c.program}: ${ms(c.chosenMs)} with the choices, ${ms(c.baselineMs)} without (medians of ${c.steps} steps each; faster in ${c.wins} of ${c.steps} rounds): ${verdict}`;
}

/** The table `mdlc tune` prints: each shape's default and best time and the variant chosen. */
export function renderTuning(path: string, t: SpecTuning): string {
  const rows = t.shapes.map((s) => {
    const times = Object.values(s.ms);
    const base = s.ms[Object.keys(s.ms)[0]];
    const best = times.length ? Math.min(...times) : undefined;
    const gain = base !== undefined && s.ms[s.chosen] !== undefined ? `${(base / s.ms[s.chosen]).toFixed(2)}x` : '-';
    return [s.key, s.kernel, ms(base), ms(best), s.how === 'measured' ? s.chosen : `${s.chosen} (${s.how})`, gain];
  });
  const head = ['kernel shape', 'a kernel of it', 'default', 'best', 'chosen', 'speed-up'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  const measured = t.shapes.filter((s) => s.how === 'measured').length;
  return [
    `${path}: ${t.shapes.length} kernel shapes with variants (${t.kernels} kernels) on ${t.device}`,
    `measured ${measured} in ${(t.elapsedMs / 1000).toFixed(1)} s (${t.clock === 'gpu' ? 'GPU timestamps' : 'wall clock: this device has no timestamp-query'})${t.shapes.some((s) => s.how === 'skipped') ? '; the budget ran out before the rest (they keep their defaults)' : ''}`,
    ...(t.step ? [stepLine(t.step)] : []),
    '',
    line(head),
    ...rows.map(line),
    '',
    `remembered in ${defaultChoicesPath()}`,
  ].join('\n');
}

/** Runs `mdlc tune`. */
export async function runTune(args: string[], io: { out(s: string): void; err(s: string): void; isTty: boolean }): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      'budget-ms': { type: 'string' },
      again: { type: 'boolean', default: false },
      'batch-size': { type: 'string' },
      set: { type: 'string', multiple: true, default: [] },
      format: { type: 'string', default: 'text' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.out(tuneUsage);
    return exitCodes.ok;
  }
  const path = onlyFile(positionals, 'tune', 'a spec file', 'mdlc tune path/to/net.model');
  const format = formatOption(values.format);
  const budgetMs = positive(values['budget-ms'], '--budget-ms', false);
  if (budgetMs !== undefined && budgetMs > 600_000) throw new UsageError(`--budget-ms must be at most 600000 (ten minutes), got ${values['budget-ms']}`);
  const source = readText(path, io);
  if (source === undefined) return exitCodes.usage;
  const t = await tuneSpec(path, {
    source,
    set: parseSets(values.set as string[]),
    batchSize: positive(values['batch-size'], '--batch-size', true),
    budgetMs,
    onlyNew: !values.again,
    warn: (m) => io.err(`mdlc: warning: ${m}`),
    onProgress: ({ done, total, key }) => io.err(`mdlc: tuning ${done + 1}/${total}: ${key}`),
    onCheck: (program) => io.err(`mdlc: tuning: timing the whole ${program} with the new choices against the defaults`),
  });
  io.out(format === 'json' ? JSON.stringify({ file: path, cache: defaultChoicesPath(), ...t }, null, 2) : renderTuning(path, t));
  return exitCodes.ok;
}
