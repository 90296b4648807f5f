// Benchmark: time to the first train step with Mesa's shader cache cold and warm (only train_step's pipelines made, and
// every program's made up front as before), distinct shaders and pipelines, and one-row predict (predict_row) against
// predict padded to the batch. Run: npm run bench:first. Each measurement is a
// fresh process (the cache is per process tree and on disk): cold with MESA_SHADER_CACHE_DISABLE=true, warm with a
// private cache folder that a first run filled. Prints one line per spec; asserts nothing (timings here are noisy).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileSource } from '../compiler/compile.js';
import { type Artifact, type ManifestProgram, manifestPrograms } from '../core/artifact.js';
import { SourceFile } from '../core/diagnostic.js';
import { requestDevice } from '../node/runtime.js';
import { type Feeds, GpuSession } from '../runtime/gpu/session.js';
import { median } from './stats.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const self = fileURLToPath(import.meta.url);

/** The shipped specs timed, with the class count of each i32 input (ids must be in range). */
const specs: Record<string, Record<string, number>> = { mlp: { label: 10 }, 'text-classifier': { tokens: 2000, label: 2 } };

/** What one child process measured, in ms. */
interface Measured {
  create: number;
  firstTrain: number;
  firstRow: number;
  firstPadded: number;
  row: number;
  padded: number;
  pipelinesForTrain: number;
  trainKernels: number;
  shaders: number;
  kernels: number;
  batch: number;
  backend: string;
}

/** Seeded feeds for every input of a program: ids below their class count, floats in [0, 1). */
function feedsFor(p: ManifestProgram, classes: Record<string, number>): Feeds {
  let seed = 12345;
  const rnd = () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
  const out: Feeds = {};
  for (const i of p.inputs) {
    const n = i.shape.reduce((a, b) => a * b, 1);
    out[i.name] = i.dtype === 'i32' ? Int32Array.from({ length: n }, () => Math.floor(rnd() * (classes[i.name] ?? 2))) : Float32Array.from({ length: n }, rnd);
  }
  return out;
}

function compiled(spec: string): Artifact {
  const file = new SourceFile(`specs/${spec}.model`, readFileSync(`${root}specs/${spec}.model`, 'utf8'));
  const r = compileSource(file, { backend: true });
  if (!r.artifact) throw new Error(`${spec} does not compile`);
  return r.artifact;
}

/**
 * One process's measurements: session + first train step (only train_step's pipelines made, or with `eager` every
 * program's up front), then the first and later predicts.
 */
async function child(spec: string, eager: boolean): Promise<Measured> {
  const artifact = compiled(spec);
  const m = artifact.manifest;
  const program = (name: string) => manifestPrograms(m).find((p) => p.name === name)!;
  const handle = await requestDevice();
  const t0 = performance.now();
  const session = await GpuSession.create(handle.device, artifact, {}, { programs: eager ? manifestPrograms(m).map((p) => p.name) : ['train_step'] });
  const create = performance.now() - t0;
  await session.run('train_step', feedsFor(program('train_step'), specs[spec]));
  const firstTrain = performance.now() - t0;
  const pipelinesForTrain = session.pipelineCount;
  const time = async (name: 'predict' | 'predict_row', feeds: Feeds) => {
    const t = performance.now();
    await session.run(name, feeds);
    return performance.now() - t;
  };
  const rowFeeds = feedsFor(program('predict_row'), specs[spec]);
  const paddedFeeds = feedsFor(program('predict'), specs[spec]);
  const firstRow = await time('predict_row', rowFeeds);
  const firstPadded = await time('predict', paddedFeeds);
  const rows: number[] = [];
  const padded: number[] = [];
  for (let i = 0; i < 15; i++) {
    rows.push(await time('predict_row', rowFeeds));
    padded.push(await time('predict', paddedFeeds));
  }
  const all = manifestPrograms(m);
  const result: Measured = {
    create,
    firstTrain,
    firstRow,
    firstPadded,
    row: median(rows),
    padded: median(padded),
    pipelinesForTrain,
    trainKernels: program('train_step').kernels.length,
    shaders: new Set(all.flatMap((p) => p.kernels.map((k) => artifact.shaders[k.shader]))).size,
    kernels: all.reduce((a, p) => a + p.kernels.length, 0),
    batch: m.batchSize,
    backend: handle.adapterInfo.backend,
  };
  session.destroy();
  handle.release();
  return result;
}

/** Runs the child for `spec` in a fresh process with these environment variables; its last line of stdout is the JSON. */
function measure(spec: string, env: Record<string, string>, eager = false): Measured {
  const r = spawnSync(process.execPath, [self, '--child', spec, ...(eager ? ['--eager'] : [])], { env: { ...process.env, ...env }, encoding: 'utf8' });
  const last = r.stdout.trim().split('\n').pop() ?? '';
  if (r.status !== 0 || !last.startsWith('{')) throw new Error(`the ${spec} run failed (exit ${r.status}): ${r.stderr.slice(-2000)}`);
  return JSON.parse(last) as Measured;
}

const ms = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(x < 10 ? 2 : 0)} ms`);

if (process.argv[2] === '--child') console.log(JSON.stringify(await child(process.argv[3], process.argv[4] === '--eager')));
else {
  for (const spec of Object.keys(specs)) {
    const cache = mkdtempSync(join(tmpdir(), 'mdlc-mesa-cache-'));
    try {
      const cold = measure(spec, { MESA_SHADER_CACHE_DISABLE: 'true' });
      const eager = measure(spec, { MESA_SHADER_CACHE_DISABLE: 'true' }, true);
      measure(spec, { MESA_SHADER_CACHE_DIR: cache, MESA_SHADER_CACHE_DISABLE: 'false' }); // fills the cache
      const warm = measure(spec, { MESA_SHADER_CACHE_DIR: cache, MESA_SHADER_CACHE_DISABLE: 'false' });
      console.log(
        `${spec} (batch ${cold.batch}, ${cold.backend}): first train step cold ${ms(cold.firstTrain)} (session ${ms(cold.create)}), warm ${ms(warm.firstTrain)} (session ${ms(warm.create)}); ` +
          `cold with every program's pipelines made up front ${ms(eager.firstTrain)} (session ${ms(eager.create)}, ${eager.pipelinesForTrain} pipelines); ` +
          `${cold.shaders} distinct shaders for ${cold.kernels} kernels in all programs, ${cold.pipelinesForTrain} pipelines made for train_step's ${cold.trainKernels} kernels; ` +
          `predict of 1 row ${ms(warm.row)} (predict_row) vs ${ms(warm.padded)} padded to ${warm.batch} (${(warm.padded / warm.row).toFixed(0)}x), ` +
          `first predict_row cold ${ms(cold.firstRow)}, first padded predict cold ${ms(cold.firstPadded)}`,
      );
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  }
}
