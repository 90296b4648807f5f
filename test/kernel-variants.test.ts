// Kernel variants (register tiles, workgroup sizes) compute what the default kernels do: a spec of awkward sizes,
// trained one step on the GPU under each variant, matches the CPU reference executor; the artifact carries every
// variant (and a loader refuses one whose shader is missing); tuning picks among them, remembers its choices, and
// `mdlc tune` prints and stores them. Results never depend on which variant a device runs.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compileSource } from '../compiler/compile.js';
import { SourceFile } from '../core/diagnostic.js';
import { variantsByKind } from '../compiler/emit/variants.js';
import { CpuSession } from '../runtime/cpu/session.js';
import type { Tensor } from '../runtime/cpu/tensor.js';
import { chosenForm, GpuSession } from '../runtime/gpu/session.js';
import { tuneKernels } from '../runtime/gpu/tune.js';
import { ArtifactError, completeArtifact } from '../runtime/load.js';
import { fileKernelChoiceStore } from '../node/kernel-choices.js';
import { numel, Rng } from './helpers/gpu-compare.js';
import { getTestDevice, releaseTestDevice } from './helpers/gpu.js';
import { runCliAsync } from './helpers/repo.js';

/** Sizes that divide by no tile: 67 rows, 97 inputs, 131 hidden units (every matmul has a ragged edge). */
const text = `model variants
input  x: f32[batch, 97]
target y: i32[batch]
h = Dense(131, activation=relu)(x)
output logits = Dense(7)(h)
loss cross_entropy(logits, y)
optimizer sgd(lr=0.1)
train batch_size=67, epochs=1, seed=3
`;
const file = new SourceFile('variants.model', text);
// 'all': every kernel gets its variants, so the row-wise kernels' workgroup sizes are run too.
const compiled = compileSource(file, { backend: true, variants: 'all' });
const artifact = compiled.artifact!;
const module = compiled.module!;
/** Loss: relative error; weights after the step: ‖gpu − cpu‖₂ ≤ TOL · ‖cpu‖₂ per tensor. */
const TOL = 1e-4;

const tunable = artifact.manifest.programs.flatMap((p) => p.kernels.filter((k) => k.variants));
/** Every label some kernel offers, besides the defaults, grouped so one session runs one variant of each kind. */
// The other templates (workgroup-tiled and vec4 matmuls, workgroup-per-row reductions, several elements per
// invocation) have specs of their own in test/variant-kernels.test.ts.
const elsewhere = /^(tiled|vec|tree|subgroup|x\d)/;
const labels = [...new Set(tunable.flatMap((k) => k.variants!.slice(1).map((v) => v.label)))].filter((l) => !elsewhere.test(l));
const sessions: Record<string, string>[] = [];
for (const kind of ['matmul', 'elementwise', 'reduce'] as const) {
  variantsByKind[kind].slice(1).filter((v) => !elsewhere.test(v.label)).forEach((v, i) => {
    if (!labels.includes(v.label)) return;
    sessions[i] ??= {};
    for (const k of tunable) if (k.kind === kind && k.variants!.some((x) => x.label === v.label)) sessions[i][k.key!] = v.label;
  });
}

test('the artifact carries variants, the default first, only when asked, and its hash ignores them', () => {
  assert.ok(compiled.artifact, compiled.diagnostics.map((d) => d.message).join('; '));
  const kinds = new Set(tunable.map((k) => k.kind));
  for (const kind of ['matmul', 'elementwise', 'reduce'] as const) assert.ok(kinds.has(kind), `no ${kind} kernel has variants: ${[...kinds]}`);
  for (const k of tunable) {
    assert.is(k.variants![0].shader, k.shader, `${k.name}: the default comes first`);
    for (const v of k.variants!) assert.type(artifact.shaders[v.shader], 'string', `${k.name} ${v.label}: no shader`);
    assert.is(new Set(k.variants!.map((v) => artifact.shaders[v.shader])).size, k.variants!.length, `${k.name}: two variants with the same WGSL`);
  }
  const plain = compileSource(file, { backend: true }).artifact!;
  assert.ok(plain.manifest.programs.every((p) => p.kernels.every((k) => !k.variants)), 'variants only when asked for');
  const large = compileSource(file, { backend: true, variants: true }).artifact!;
  const some = large.manifest.programs.flatMap((p) => p.kernels.filter((k) => k.variants));
  assert.ok(some.length > 0 && some.length < tunable.length, `${some.length} of ${tunable.length} kernels are large enough for variants`);
  assert.ok(Object.keys(plain.shaders).length < Object.keys(artifact.shaders).length);
  assert.is(plain.manifest.programHash, artifact.manifest.programHash);
});

test('a loader names a variant whose shader is missing', () => {
  const k = tunable[0];
  const missing = k.variants![1].shader;
  const shaders = Object.fromEntries(Object.entries(artifact.shaders).filter(([name]) => name !== missing));
  try {
    completeArtifact(artifact.manifest, { shaders }, 'art', []);
    assert.unreachable('loaded an artifact without a variant shader');
  } catch (e) {
    assert.instance(e, ArtifactError);
    assert.match((e as Error).message, new RegExp(`${missing.replace(/\./g, '\\.')}.*variant ${k.variants![1].label}`));
  }
});

let device: GPUDevice | undefined;
test.before(async () => {
  device = (await getTestDevice())?.device;
});
test.after(async () => {
  await releaseTestDevice();
});

/** One train step on the GPU under `choices` and on the CPU, from the same weights and batch. */
async function stepMatches(choices: Record<string, string>, what: string): Promise<void> {
  const gpu = await GpuSession.create(device!, artifact, choices);
  try {
    const cpu = new CpuSession(module);
    const rng = new Rng(11);
    const train = artifact.manifest.programs.find((p) => p.name === 'train_step')!;
    const feeds: Record<string, Tensor> = {};
    for (const input of train.inputs) {
      if (input.name === '#weight') continue;
      const n = numel(input.shape);
      feeds[input.name] = input.dtype === 'i32' ? { dtype: 'i32', shape: input.shape, data: Int32Array.from({ length: n }, () => rng.int(7)) } : { dtype: 'f32', shape: input.shape, data: Float32Array.from({ length: n }, () => rng.normal()) };
    }
    const g = await gpu.run('train_step', Object.fromEntries(Object.entries(feeds).map(([k, t]) => [k, t.data as Float32Array | Int32Array])));
    const c = cpu.trainStep(feeds);
    const loss = Math.abs(g.loss[0] - c.loss.data[0]) / Math.abs(c.loss.data[0]);
    assert.ok(loss <= TOL, `${what}: loss gpu ${g.loss[0]} cpu ${c.loss.data[0]}`);
    const params = await gpu.readParams();
    for (const p of module.params) {
      const a = params[p.path];
      const b = cpu.params[p.path].data;
      let diff = 0;
      let norm = 0;
      for (let i = 0; i < b.length; i++) {
        diff += (a[i] - b[i]) ** 2;
        norm += b[i] ** 2;
      }
      assert.ok(Math.sqrt(diff) <= TOL * Math.sqrt(norm), `${what}: ${p.path} differs by ${Math.sqrt(diff)} of ${Math.sqrt(norm)}`);
    }
  } finally {
    gpu.destroy();
  }
}

test('every variant trains a step as the CPU executor does', async () => {
  if (!device) return;
  assert.ok(sessions.length >= 4, `${sessions.length} sessions`);
  const covered = new Set<string>();
  for (const choices of sessions) {
    // The choice takes effect: each chosen kernel runs another shader than its default.
    for (const k of tunable) if (choices[k.key!]) assert.is.not(chosenForm(k, choices).shader, k.shader);
    for (const l of Object.values(choices)) covered.add(l);
    await stepMatches(choices, Object.entries(choices).map(([k, l]) => `${k}=${l}`).join(', '));
  }
  assert.equal([...covered].sort(), [...labels].sort(), 'every label was run');
});

test('tuning picks a variant per shape within its budget, and does not time known shapes again', async () => {
  if (!device) return;
  const first = await tuneKernels(device, artifact, { budgetMs: 1 });
  const measured = first.shapes.filter((s) => s.how === 'measured');
  // The first shape to time is always timed (its default and one rival at least), whatever the budget.
  assert.ok(measured.length >= 1, JSON.stringify(first.shapes));
  for (const s of measured) {
    assert.ok(Object.keys(s.ms).length >= 2, `${s.key}: ${JSON.stringify(s.ms)}`);
    const best = Math.min(...Object.values(s.ms));
    assert.ok(s.ms[s.chosen] <= s.ms[Object.keys(s.ms)[0]], `${s.key}: chose ${s.chosen}, slower than the default`);
    assert.ok(s.ms[s.chosen] >= best);
  }
  assert.ok(first.shapes.some((s) => s.how === 'skipped'), 'a 1 ms budget leaves shapes for later');
  const again = await tuneKernels(device, artifact, { budgetMs: 1, known: first.choices });
  for (const s of again.shapes.filter((x) => first.choices[x.key] !== undefined)) assert.is(s.how, 'known', s.key);
  await stepMatches({ ...first.choices, ...again.choices }, 'tuned choices');
});

test('the file store keeps each device\'s choices, and a broken file counts as empty', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mdlc-choices-'));
  try {
    const store = fileKernelChoiceStore(join(dir, 'sub', 'choices.json'));
    assert.equal(store.load('gpu a'), {});
    store.save('gpu a', { 'matmul x': 'tile8x8' });
    store.save('gpu b', { 'matmul x': 'tile2x2' });
    store.save('gpu a', { 'reduce y': 'wg128' });
    assert.equal(store.load('gpu a'), { 'matmul x': 'tile8x8', 'reduce y': 'wg128' });
    assert.equal(store.load('gpu b'), { 'matmul x': 'tile2x2' });
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{ not json');
    assert.equal(fileKernelChoiceStore(broken).load('gpu a'), {});
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('mdlc tune prints each shape and remembers the choices; train --tune with --no-tune is a usage error', async () => {
  if (!device) return;
  const cache = mkdtempSync(join(tmpdir(), 'mdlc-cache-'));
  const saved = process.env.XDG_CACHE_HOME;
  process.env.XDG_CACHE_HOME = cache;
  try {
    const r = await runCliAsync(['tune', 'specs/mlp.model', '--batch-size', '16', '--budget-ms', '1']);
    assert.is(r.code, 0, r.stderr);
    assert.match(r.stdout, /kernel shape/);
    assert.match(r.stdout, /matmul b1 m784 n256 k16 ta .* tile/);
    assert.match(r.stdout, new RegExp(`remembered in ${cache.replace(/[/.]/g, '\\$&')}`));
    const stored = JSON.parse(readFileSync(join(cache, 'mdlc', 'kernel-choices.json'), 'utf8')) as { devices: Record<string, Record<string, string>> };
    assert.is(Object.keys(stored.devices).length, 1);
    assert.ok(Object.values(Object.values(stored.devices)[0]).length >= 1, JSON.stringify(stored));
    const usage = await runCliAsync(['train', 'specs/iris.model', '--data', 'iris', '--tune', '--no-tune']);
    assert.is(usage.code, 2, usage.stderr);
    const bad = await runCliAsync(['tune', 'specs/iris.model', '--budget-ms', 'soon']);
    assert.is(bad.code, 2, bad.stderr);
  } finally {
    if (saved === undefined) delete process.env.XDG_CACHE_HOME;
    else process.env.XDG_CACHE_HOME = saved;
    rmSync(cache, { recursive: true, force: true });
  }
});

test.run();
