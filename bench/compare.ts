// The side-by-side benchmark (`npm run bench`): mdlc on each Dawn backend and TensorFlow.js 4.22 (webgpu on each
// backend, wasm) on the same device, weights and batches, one engine per child process, one after another. Prints
// markdown tables (times with ratios from this run, matmul GFLOP/s and each step's roofline, first steps, dispatches
// and submits, GPU bytes, losses side by side) and writes the figures as JSON. Nothing is asserted about time.
// Options: --quick (CI's form: one repetition of two steps, MLP and matmul, mdlc Vulkan and TF.js wasm),
// --engines a,b  --workloads a,b  --reps N  --steps N  --out results.json  --readme (rewrites bench/README.md's table).
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { ChildOptions, WorkloadResult } from './compare-child.js';
import { median } from './stats.js';
import { root, workloadNames, type WorkloadName } from './workloads.js';

/** Each engine of the benchmark: the child's engine and the environment it runs in. */
const engines: Record<string, { child: 'mdlc' | 'tfjs-webgpu' | 'tfjs-wasm'; env: Record<string, string>; cold?: boolean; tuneMs?: number }> = {
  'mdlc-vulkan': { child: 'mdlc', env: { MDLC_WEBGPU_BACKEND: 'vulkan' } },
  // The kernel variants timed first (60 s at most per workload), the fastest run: what `mdlc tune` gives.
  'mdlc-vulkan-tuned': { child: 'mdlc', env: { MDLC_WEBGPU_BACKEND: 'vulkan' }, tuneMs: 60_000 },
  'mdlc-gles-tuned': { child: 'mdlc', env: { MDLC_WEBGPU_BACKEND: 'opengles' }, tuneMs: 60_000 },
  'mdlc-gles': { child: 'mdlc', env: { MDLC_WEBGPU_BACKEND: 'opengles' } },
  'tfjs-webgpu-vulkan': { child: 'tfjs-webgpu', env: { MDLC_WEBGPU_BACKEND: 'vulkan' } },
  'tfjs-webgpu-gles': { child: 'tfjs-webgpu', env: { MDLC_WEBGPU_BACKEND: 'opengles' } },
  'tfjs-wasm': { child: 'tfjs-wasm', env: {} },
  // First steps with Mesa's shader cache off: what a user's very first run costs.
  'mdlc-vulkan-cold': { child: 'mdlc', env: { MDLC_WEBGPU_BACKEND: 'vulkan', MESA_SHADER_CACHE_DISABLE: 'true' }, cold: true },
  'tfjs-webgpu-vulkan-cold': { child: 'tfjs-webgpu', env: { MDLC_WEBGPU_BACKEND: 'vulkan', MESA_SHADER_CACHE_DISABLE: 'true' }, cold: true },
};

type Results = Record<string, Partial<Record<WorkloadName, WorkloadResult>> | { error: string }>;

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    engines: { type: 'string' },
    workloads: { type: 'string' },
    reps: { type: 'string' },
    steps: { type: 'string' },
    out: { type: 'string' },
    readme: { type: 'boolean', default: false },
  },
});
const quick = values.quick ?? false;
const chosenEngines = (values.engines ?? (quick ? 'mdlc-vulkan,tfjs-wasm' : Object.keys(engines).join(','))).split(',');
const chosenWorkloads = (values.workloads ?? (quick ? 'mlp-train,mlp-infer,matmul' : workloadNames.join(','))).split(',') as WorkloadName[];
for (const e of chosenEngines) if (!engines[e]) throw new Error(`unknown engine ${e}: one of ${Object.keys(engines).join(', ')}`);
for (const w of chosenWorkloads) if (!workloadNames.includes(w)) throw new Error(`unknown workload ${w}: one of ${workloadNames.join(', ')}`);
const base: Omit<ChildOptions, 'workloads'> = { warmup: quick ? 1 : 3, steps: Number(values.steps ?? (quick ? 2 : 10)), reps: Number(values.reps ?? (quick ? 1 : 3)) };

const results: Results = {};
for (const name of chosenEngines) {
  const e = engines[name];
  const options: ChildOptions = { ...base, workloads: e.cold ? chosenWorkloads.filter((w) => w !== 'matmul') : chosenWorkloads, firstOnly: e.cold, ...(e.tuneMs ? { tuneMs: e.tuneMs } : {}) };
  process.stderr.write(`bench: ${name}…\n`);
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [join(root, 'dist/bench/compare-child.js'), e.child, JSON.stringify(options)], { env: { ...process.env, ...e.env }, encoding: 'utf8', timeout: 900_000, maxBuffer: 1 << 26 });
  const line = r.stdout?.split('\n').find((l) => l.startsWith('MDLC-BENCH '));
  results[name] = line ? JSON.parse(line.slice('MDLC-BENCH '.length)) : { error: `exit ${r.status ?? r.signal}: ${(r.stderr ?? '').split('\n').filter((l) => l && !l.startsWith('Warning:')).slice(-3).join(' | ')}` };
  process.stderr.write(`bench: ${name} done in ${((performance.now() - t0) / 1000).toFixed(0)} s\n`);
}

// ------------------------------------------------------------------ tables

const of = (engine: string, w: WorkloadName): WorkloadResult | undefined => {
  const r = results[engine];
  if (!r || 'error' in r) return undefined;
  const x = (r as Partial<Record<WorkloadName, WorkloadResult>>)[w];
  return x && !x.error && x.reps.length ? x : undefined;
};
const warm = chosenEngines.filter((e) => !engines[e].cold);
const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));
const table = (head: string[], rows: string[][]) => [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const gflops = (engine: string) => {
  const m = of(engine, 'matmul');
  return m ? m.flops / (median(m.reps) * 1e6) : undefined;
};

const sections: string[] = [];
sections.push(
  `### Milliseconds per step (median of ${base.reps} repetitions of ${base.steps} steps; min–max of the repetitions)\n\n` +
    table(['workload', ...warm], chosenWorkloads.map((w) => [w, ...warm.map((e) => { const x = of(e, w); return x ? `${fmt(median(x.reps))} (${fmt(Math.min(...x.reps))}–${fmt(Math.max(...x.reps))})` : errorOf(e, w); })])),
);
const mdlcs = warm.filter((e) => engines[e].child === 'mdlc');
const peers = warm.filter((e) => engines[e].child !== 'mdlc');
if (mdlcs.length && peers.length) {
  sections.push(
    '### Speed-up of mdlc (the peer\'s time / mdlc\'s, same run)\n\n' +
      table(['workload', ...mdlcs.flatMap((m) => peers.map((p) => `${m} vs ${p}`))], chosenWorkloads.map((w) => [w, ...mdlcs.flatMap((m) => peers.map((p) => { const a = of(m, w); const b = of(p, w); return a && b ? `${(median(b.reps) / median(a.reps)).toFixed(2)}x` : '—'; }))])),
  );
}
sections.push(
  '### Matmul and roofline (a step\'s matmul FLOPs at the best matmul GFLOP/s of the same engine)\n\n' +
    table(['engine', '1024³ matmul GFLOP/s', ...chosenWorkloads.filter((w) => w !== 'matmul').map((w) => `${w}: roofline ms, step / roofline`)], warm.map((e) => {
      const g = gflops(e);
      return [e, g ? g.toFixed(2) : '—', ...chosenWorkloads.filter((w) => w !== 'matmul').map((w) => { const x = of(e, w); if (!x || !g) return '—'; const roof = x.flops / (g * 1e6); return `${fmt(roof)}, ${(median(x.reps) / roof).toFixed(2)}`; })];
    })),
);
const firstOf = (e: string, w: WorkloadName) => { const r = results[e]; const x = r && !('error' in r) ? (r as Partial<Record<WorkloadName, WorkloadResult>>)[w] : undefined; return x && !x.error ? `${(x.firstStepMs / 1000).toFixed(2)} s` : '—'; };
sections.push('### First step (setup, pipelines and one step; "cold": Mesa\'s shader cache off)\n\n' + table(['workload', ...chosenEngines], chosenWorkloads.map((w) => [w, ...chosenEngines.map((e) => firstOf(e, w))])));
const tuned = warm.filter((e) => engines[e].tuneMs);
if (tuned.length) sections.push('### Tuning (time to measure the variants, and how many shapes left their default)\n\n' + table(['workload', ...tuned], chosenWorkloads.map((w) => [w, ...tuned.map((e) => { const x = of(e, w); if (!x || x.tuneMs === undefined) return '—'; const c = Object.values(x.choices ?? {}); return `${(x.tuneMs / 1000).toFixed(1)} s, ${c.filter((l) => l !== 'tile4x4' && l !== 'wg64').length} of ${c.length}`; })])));
sections.push('### Dispatches / submits per step, GPU bytes (wasm: its tensors in memory)\n\n' + table(['workload', ...warm], chosenWorkloads.map((w) => [w, ...warm.map((e) => { const x = of(e, w); return x ? `${x.dispatches ?? '—'} / ${x.submits ?? '—'}, ${x.gpuBytes ? (x.gpuBytes / 2 ** 20).toFixed(1) + ' MiB' : '—'}` : '—'; })])));
const trains = chosenWorkloads.filter((w) => w.endsWith('-train'));
if (trains.length) sections.push('### Losses of the first and last timed step (same weights, same batches)\n\n' + table(['workload', ...warm], trains.map((w) => [w, ...warm.map((e) => { const l = of(e, w)?.losses; return l ? `${l[0].toFixed(6)} → ${l[1].toFixed(6)}` : '—'; })])));

function errorOf(engine: string, w: WorkloadName): string {
  const r = results[engine];
  if (!r) return '—';
  if ('error' in r) return `failed: ${String(r.error).slice(0, 60)}`;
  const x = (r as Partial<Record<WorkloadName, WorkloadResult>>)[w];
  return x?.error ? `failed: ${x.error.slice(0, 60)}` : '—';
}

const when = new Date().toISOString().slice(0, 10);
const header = `${when}, ${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}${quick ? ', quick form' : ''}`;
const markdown = `${header}\n\n${sections.join('\n\n')}\n`;
process.stdout.write(markdown);
const out = values.out ?? join(root, 'bench/results.json');
writeFileSync(out, JSON.stringify({ date: when, machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version }, options: { ...base, quick, engines: chosenEngines, workloads: chosenWorkloads }, results }, null, 2) + '\n');
process.stderr.write(`bench: figures in ${out}\n`);
if (values.readme) {
  const path = join(root, 'bench/README.md');
  const text = readFileSync(path, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) throw new Error(`${path} has no ${start} … ${end} markers`);
  writeFileSync(path, text.slice(0, a + start.length) + '\n' + markdown + text.slice(b));
}
