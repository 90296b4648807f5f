// Takes a tiny spec (Dense, BatchNorm, Dense) compiled at batch 24 and the shared test device; gives the checks that
// pipelines are made per program on first use (a predict-only session makes only predict's, train_step made later
// still trains like the CPU executor, a shader that does not compile fails its program's first step by name), and that predict_row, the predict program compiled for one row, gives what the
// padded batch program and the CPU executor give for 1, 2 and batch+3 rows, also after writing and loading the
// artifact, while an artifact without it (an older one) still predicts.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileSource } from '../compiler/compile.js';
import { emitModule } from '../compiler/emit/emit.js';
import { type Artifact, type ManifestProgram, manifestPrograms } from '../core/artifact.js';
import { SourceFile } from '../core/diagnostic.js';
import { GpuError, GpuSession, chosenForm } from '../runtime/gpu/session.js';
import { Model } from '../runtime/model.js';
import { parseManifest } from '../runtime/load.js';
import { loadArtifact } from '../node/load-artifact.js';
import { writeArtifact } from '../node/write-artifact.js';
import { Rng } from './helpers/gpu-compare.js';
import { getTestDevice, releaseTestDevice } from './helpers/gpu.js';

const SPEC = `model rows
input  x: f32[batch, 5]
target label: i32[batch]
h = relu(BatchNorm(momentum=0.9)(Dense(7, use_bias=false)(x)))  // no bias: BatchNorm's shift replaces it (and its gradient is 0)
output logits = Dense(3)(h)
loss      cross_entropy(logits, label)
optimizer adam(lr=0.05)
train     batch_size=24, seed=3
`;
const BATCH = 24;
const TOL = 1e-4;

const Rows = suite('row predict and pipelines per program');
let device: GPUDevice | undefined;
Rows.before(async () => {
  device = (await getTestDevice())?.device;
});
Rows.after(async () => {
  await releaseTestDevice();
});

function compiled(batch?: number): Artifact {
  const r = compileSource(new SourceFile('rows.model', SPEC), { backend: true, batch });
  assert.ok(r.artifact, r.diagnostics.map((d) => d.message).join('; '));
  return r.artifact;
}

/** Distinct WGSL texts among a program's kernels: the pipelines a session makes for it alone. */
const distinct = (a: Artifact, ps: ManifestProgram[]) => new Set(ps.flatMap((p) => p.kernels.map((k) => a.shaders[chosenForm(k, {}).shader]))).size;
const program = (a: Artifact, name: string) => manifestPrograms(a.manifest).find((p) => p.name === name)!;

/** Seeded values for every parameter and BatchNorm variable (variances positive), so predict reads non-trivial state. */
function weightsFor(a: Artifact, rng: Rng): Record<string, Float32Array> {
  const m = a.manifest;
  const all = [...m.params, ...m.state.filter((s) => s.role === 'variable')];
  return Object.fromEntries(all.map((p) => [p.path, Float32Array.from({ length: p.shape.reduce((x, y) => x * y, 1) }, () => (/variance/.test(p.path) ? 0.5 + rng.next() : rng.next() * 2 - 1))]));
}

const rowsOf = (rng: Rng, n: number) => Float32Array.from({ length: n * 5 }, () => rng.next() * 4 - 2);

function close(actual: Float32Array | Int32Array, expected: Float32Array | Int32Array, what: string): void {
  assert.is(actual.length, expected.length, `${what}: length`);
  for (let i = 0; i < actual.length; i++) if (!(Math.abs(actual[i] - expected[i]) <= TOL * (1 + Math.abs(expected[i])))) assert.unreachable(`${what}[${i}]: ${actual[i]} vs ${expected[i]}`);
}

Rows('the row program is predict at batch 1, kept out of programs and the program hash; batch 1 has none', () => {
  const a = compiled();
  const row = a.manifest.rowPredict!;
  assert.ok(row, 'a batch-24 artifact has predict_row');
  assert.is(row.name, 'predict_row');
  assert.equal(a.manifest.programs.map((p) => p.name), ['train_step', 'eval_step', 'predict']);
  assert.equal(row.inputs.map((i) => i.shape), [[1, 5]]);
  assert.equal(row.outputs.map((o) => [o.name, o.shape]), [['logits', [1, 3]]]);
  for (const k of row.kernels) assert.match(k.shader, /^predict_row\./);
  parseManifest(JSON.parse(JSON.stringify(a.manifest)), 'rows');
  // The programs emitted without it (emitModule adds no row program) hash the same: checkpoints of either fit both.
  const r = compileSource(new SourceFile('rows.model', SPEC), {});
  const plain = emitModule(r.module!, { text: SPEC, file: new SourceFile('rows.model', SPEC), model: r.model }).artifact.manifest;
  assert.is(plain.rowPredict, undefined);
  assert.is(a.manifest.programHash, plain.programHash);
  assert.is(compiled(1).manifest.rowPredict, undefined);
});

Rows('a session warmed for predict makes only predict\'s pipelines; train_step, made at its first step, trains like the CPU executor', async () => {
  if (!device) return;
  const a = compiled();
  const gpu = await GpuSession.create(device, a, {}, { programs: ['predict'] });
  try {
    assert.is(gpu.pipelineCount, distinct(a, [program(a, 'predict')]));
    const cpu = await Model.create(a, { backend: 'cpu' });
    const rng = new Rng(11);
    const x = rowsOf(rng, BATCH);
    const label = Int32Array.from({ length: BATCH }, () => rng.int(3));
    const weight = new Float32Array(BATCH).fill(1);
    for (let step = 0; step < 3; step++) {
      const got = await gpu.run('train_step', { x, label, '#weight': weight });
      const want = await cpu.engine.run('train_step', { x, label, '#weight': weight }, true);
      close(got.loss as Float32Array, want.loss as Float32Array, `loss of step ${step + 1}`);
    }
    assert.is(gpu.pipelineCount, distinct(a, [program(a, 'predict'), program(a, 'train_step')]));
    const [g, c] = [await gpu.readParams(), await cpu.engine.readParams()];
    for (const p of Object.keys(c)) close(g[p], c[p], p);
    cpu.dispose();
  } finally {
    gpu.destroy();
  }
});

Rows('a shader that does not compile is a GpuError naming its kernel and spec line, at the first step of its program', async () => {
  if (!device) return;
  const a = compiled();
  const k = program(a, 'train_step').kernels[0];
  const broken: Artifact = { ...a, shaders: { ...a.shaders, [k.shader]: `${a.shaders[k.shader]}\nthis is not WGSL;\n` } };
  const gpu = await GpuSession.create(device, broken, {}, { programs: ['predict'] });
  try {
    await gpu.run('predict', { x: new Float32Array(BATCH * 5) });
    const feeds = { x: new Float32Array(BATCH * 5), label: new Int32Array(BATCH), '#weight': new Float32Array(BATCH).fill(1) };
    for (let attempt = 0; attempt < 2; attempt++) {
      const e = await gpu.run('train_step', feeds).then(() => undefined, (x: unknown) => x);
      assert.instance(e, GpuError);
      assert.match((e as Error).message, `kernel ${k.name} (from ${k.source.join(', ')}) failed to compile: line `);
    }
  } finally {
    gpu.destroy();
  }
});

Rows('predict_row gives what the padded batch program and the CPU executor give, for 1, 2 and batch+3 rows', async () => {
  if (!device) return;
  const a = compiled();
  const w = weightsFor(a, new Rng(5));
  const gpu = await Model.create(a, { backend: 'webgpu', device, warm: [] });
  const cpu = await Model.create(a, { backend: 'cpu' });
  gpu.setWeights(w);
  cpu.setWeights(w);
  const session = (gpu.engine as unknown as { session: GpuSession }).session;
  const rng = new Rng(9);
  // The tail of 1 and 2 rows runs row by row: only predict_row's pipelines are made, never the batch program's.
  for (const n of [1, 2]) {
    const x = rowsOf(rng, n);
    close((await gpu.predict({ x })).logits, (await cpu.predict({ x })).logits, `${n} rows`);
  }
  assert.is(session.pipelineCount, distinct(a, [program(a, 'predict_row')]));
  const x = rowsOf(rng, BATCH + 3);
  const want = (await cpu.predict({ x })).logits;
  close((await gpu.predict({ x })).logits, want, `${BATCH + 3} rows`);
  // The padded path: the last 3 rows padded to a batch on the batch program.
  const padded = new Float32Array(BATCH * 5);
  padded.set(x.subarray(BATCH * 5));
  const out = await session.run('predict', { x: padded });
  close((out.logits as Float32Array).slice(0, 9), want.slice(BATCH * 3), 'padded last 3 rows');
  const one = await session.run('predict_row', { x: x.slice(BATCH * 5, BATCH * 5 + 5) });
  close(one.logits as Float32Array, want.slice(BATCH * 3, BATCH * 3 + 3), 'row program alone');
  gpu.dispose();
  cpu.dispose();
});

Rows('an artifact written and loaded keeps its row program; one without it (an older artifact) still predicts', async () => {
  if (!device) return;
  const a = compiled();
  const dir = mkdtempSync(join(tmpdir(), 'mdlc-rows-'));
  try {
    writeArtifact(dir, a);
    const loaded = await loadArtifact(dir);
    assert.equal(loaded.manifest.rowPredict, a.manifest.rowPredict);
    const { rowPredict: _row, ...manifest } = a.manifest;
    const old: Artifact = { ...a, manifest, shaders: Object.fromEntries(Object.entries(a.shaders).filter(([k]) => !k.startsWith('predict_row.'))) };
    const w = weightsFor(a, new Rng(6));
    const x = rowsOf(new Rng(7), 2);
    const cpu = await Model.create(a, { backend: 'cpu' });
    cpu.setWeights(w);
    const want = (await cpu.predict({ x })).logits;
    for (const [label, artifact] of [['loaded', loaded], ['old', old]] as const) {
      const gpu = await Model.create(artifact, { backend: 'webgpu', device });
      gpu.setWeights(w);
      close((await gpu.predict({ x })).logits, want, label);
      assert.is((gpu.engine as unknown as { session: GpuSession }).session.has('predict_row'), label === 'loaded');
      gpu.dispose();
    }
    cpu.dispose();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

Rows.run();
