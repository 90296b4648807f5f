// The side-by-side benchmark in its quick form (bench/compare.ts --quick): it runs end to end on the real device and
// TF.js wasm, writes its JSON, and both engines, from the same weights on the same MNIST batches, give the same
// losses. Nothing is asserted about time (timings here are noisy); this keeps the benchmark from rotting.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { gpuRequired } from './helpers/gpu.js';
import { repoRoot } from './helpers/repo.js';

interface Result {
  reps: number[];
  losses?: [number, number];
  dispatches?: number;
  submits?: number;
  flops: number;
  error?: string;
}

test('npm run bench -- --quick runs mdlc and TF.js on the same batches, and their losses agree', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mdlc-bench-'));
  try {
    const out = join(dir, 'results.json');
    const r = spawnSync(process.execPath, [join(repoRoot, 'dist/bench/compare.js'), '--quick', '--out', out], { encoding: 'utf8', timeout: 300_000 });
    assert.is(r.status, 0, r.stderr);
    assert.match(r.stdout, /### Milliseconds per step/);
    const json = JSON.parse(readFileSync(out, 'utf8')) as { results: Record<string, Record<string, Result> | { error: string }> };
    const raw = json.results['mdlc-vulkan'];
    if ('error' in raw && typeof raw.error === 'string') {
      if (gpuRequired()) assert.unreachable(`mdlc-vulkan failed: ${raw.error}`);
      console.log(`\n  [skip] bench: no WebGPU adapter (${raw.error})\n`);
      return;
    }
    const mdlc = raw as Record<string, Result>;
    const wasm = json.results['tfjs-wasm'] as Record<string, Result>;
    for (const [engine, res] of [['mdlc-vulkan', mdlc], ['tfjs-wasm', wasm]] as const) {
      for (const w of ['mlp-train', 'mlp-infer', 'matmul']) {
        const x = res[w];
        assert.ok(x && !x.error, `${engine} ${w}: ${x?.error}`);
        assert.ok(x.reps.length === 1 && x.reps[0] > 0, `${engine} ${w}: ${JSON.stringify(x.reps)}`);
      }
    }
    assert.is(mdlc['mlp-train'].submits, 1, 'one submit per mdlc step');
    assert.ok(mdlc['mlp-train'].flops > 1e8, 'the MLP step counts its matmul FLOPs');
    const [a, b] = [mdlc['mlp-train'].losses!, wasm['mlp-train'].losses!];
    for (let i = 0; i < 2; i++) assert.ok(Math.abs(a[i] - b[i]) <= 1e-4 * Math.abs(b[i]), `loss ${i}: mdlc ${a[i]}, tfjs ${b[i]}`);
    assert.ok(a[1] < a[0], `the loss falls: ${a}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
