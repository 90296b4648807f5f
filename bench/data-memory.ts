// Benchmark: memory of loading a generated CSV (40 MB by default) through loadData: peak RSS per byte of file, beside the loaded columns' own size.
// Run: npm run build && node dist/bench/data-memory.js [megabytes]. Each load runs in a fresh child process, so one
// measurement cannot inherit another's heap; nothing is asserted (a unit test in test/data-limits.test.ts checks a modest bound).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FEATURES = 16;

/**
 * Writes a CSV of about `megabytes` MB: FEATURES numeric columns and a text class label, from a fixed linear congruential
 * sequence. `short` cells are one digit (the worst case for per-cell overhead), else six decimals.
 */
export function writeCsv(path: string, megabytes: number, short: boolean): void {
  const header = [...Array.from({ length: FEATURES }, (_, i) => `x${i}`), 'label'].join(',');
  const parts: string[] = [header];
  let size = header.length + 1;
  let state = 12345;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const labels = ['setosa', 'versicolor', 'virginica'];
  while (size < megabytes * 1e6) {
    const row = `${Array.from({ length: FEATURES }, () => (short ? String(Math.floor(next() * 10)) : next().toFixed(6))).join(',')},${labels[Math.floor(next() * 3)]}`;
    parts.push(row);
    size += row.length + 1;
  }
  writeFileSync(path, parts.join('\n') + '\n');
}

/** In the child: load the CSV for a 16-feature, 3-class spec and print what memory it took, as JSON. */
async function child(path: string): Promise<void> {
  const { loadData } = await import('../node/data/index.js');
  const baseRss = process.resourceUsage().maxRSS * 1024;
  const t0 = performance.now();
  const data = loadData(
    { source: { csv: path }, inputs: { x: { columns: Array.from({ length: FEATURES }, (_, i) => `x${i}`) } }, targets: { label: {} }, split: { validation: 0.1 } },
    [
      { name: 'x', dtype: 'f32', shape: [FEATURES], role: 'input' },
      { name: 'label', dtype: 'i32', shape: [], role: 'target', classes: 3 },
    ],
  );
  const ms = performance.now() - t0;
  const peakRss = process.resourceUsage().maxRSS * 1024;
  // What loading gives: the typed columns of every part (the floor for any loader that keeps the data as f32 and i32).
  const result = [data.train, data.validation].reduce((n, d) => n + Object.values(d?.columns ?? {}).reduce((m, c) => m + c.data.byteLength, 0), 0);
  process.stdout.write(JSON.stringify({ rows: data.train.size + (data.validation?.size ?? 0), ms, peakRss: peakRss - baseRss, result }) + '\n');
}

async function main(): Promise<void> {
  if (process.argv[2] === '--child') return child(process.argv[3]);
  const megabytes = Number(process.argv[2] ?? 40);
  const dir = mkdtempSync(join(tmpdir(), 'mdlc-data-memory-'));
  try {
    for (const short of [false, true]) {
      const path = join(dir, 'rows.csv');
      writeCsv(path, megabytes, short);
      const bytes = statSync(path).size;
      const run = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', path], { encoding: 'utf8', maxBuffer: 1 << 20 });
      if (run.status !== 0) throw new Error(`the child failed: ${run.stderr}`);
      const r = JSON.parse(run.stdout) as { rows: number; ms: number; peakRss: number; result: number };
      const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
      console.log(`CSV of ${mb(bytes)} (${short ? 'one-digit' : 'six-decimal'} cells), ${r.rows} rows x ${FEATURES + 1} columns, loaded in ${(r.ms / 1000).toFixed(2)} s`);
      console.log(`  peak RSS above the start: ${mb(r.peakRss)} (${(r.peakRss / bytes).toFixed(1)}x the file)`);
      console.log(`  the loaded columns:       ${mb(r.result)} (${(r.result / bytes).toFixed(1)}x the file)`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
