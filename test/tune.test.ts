// Tuning that can be trusted and what it leaves behind: the whole-step check keeps or drops new choices and the
// decision is remembered (never measured again); the cache file is atomic, keyed by mdlc's version, and an unreadable
// one is empty; a browser store's JSON table round-trips; Dawn's backend is measured once per adapter pair, then read
// from the cache; `mdlc profile` prints every kernel of a program. Real Dawn device, tiny specs, no timing asserted.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compileSource } from '../compiler/compile.js';
import { SourceFile } from '../core/diagnostic.js';
import { tuneArtifact } from '../node/api.js';
import { backendChoicePath } from '../node/backend-choice.js';
import { defaultChoicesPath, fileKernelChoiceStore, writeJsonCache } from '../node/kernel-choices.js';
import { mdlcVersion } from '../node/version.js';
import { exportKernelChoices, importKernelChoices, indexedDbKernelChoiceStore, memoryKernelChoiceStore, parseKernelChoiceTable } from '../runtime/gpu/choice-store.js';
import { checkWholeStep } from '../runtime/gpu/step-check.js';
import { tuneKernels } from '../runtime/gpu/tune.js';
import { getTestDevice, releaseTestDevice } from './helpers/gpu.js';
import { repoRoot, runCliAsync } from './helpers/repo.js';

// 33 rows x 130 units: the first matmul has 4290 outputs, enough for variants; no size divides by a tile.
const text = `model tiny
input  x: f32[batch, 19]
target y: i32[batch]
h = Dense(130, activation=relu)(x)
output logits = Dense(3)(h)
loss cross_entropy(logits, y)
optimizer sgd(lr=0.1)
train batch_size=33, epochs=1, seed=1
`;
const artifact = compileSource(new SourceFile('tiny.model', text), { backend: true, variants: true }).artifact!;
const tunable = artifact.manifest.programs.flatMap((p) => p.kernels.filter((k) => k.variants));
const defaults = Object.fromEntries(tunable.map((k) => [k.key!, k.variants![0].label]));

/** Runs `f` with XDG_CACHE_HOME set to a fresh folder, then restores it and removes the folder. */
async function withCache<T>(f: (dir: string) => Promise<T> | T): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'mdlc-tune-cache-'));
  const saved = process.env.XDG_CACHE_HOME;
  process.env.XDG_CACHE_HOME = dir;
  try {
    return await f(dir);
  } finally {
    if (saved === undefined) delete process.env.XDG_CACHE_HOME;
    else process.env.XDG_CACHE_HOME = saved;
    rmSync(dir, { recursive: true, force: true });
  }
}

test.after(() => releaseTestDevice());

test('the whole-step check keeps choices only when asked to by its margin, and times both forms', async () => {
  const gpu = await getTestDevice();
  if (!gpu) return;
  assert.ok(tunable.length >= 1, 'the spec has kernels with variants');
  const other = Object.fromEntries(tunable.map((k) => [k.key!, k.variants![1].label]));
  const dropped = await checkWholeStep(gpu.device, artifact, other, {}, { minGain: 1, budgetMs: 1 });
  assert.is(dropped.kept, false);
  assert.is(dropped.program, 'train_step');
  assert.ok(dropped.steps >= 3, `${dropped.steps} steps`);
  assert.ok(dropped.baselineMs > 0 && dropped.chosenMs > 0, JSON.stringify(dropped));
  const kept = await checkWholeStep(gpu.device, artifact, other, {}, { minGain: -Infinity, budgetMs: 1 });
  assert.is(kept.kept, true);
});

test('tuning that the whole step does not confirm falls back to the defaults, and that decision is remembered', async () => {
  const gpu = await getTestDevice();
  if (!gpu) return;
  // minGain 1: no step can be 100% faster, so whatever the kernels alone said, the step check drops it.
  const r = await tuneKernels(gpu.device, artifact, { budgetMs: 1, stepCheck: { minGain: 1 } });
  assert.is(r.clock, gpu.device.features.has('timestamp-query') ? 'gpu' : 'wall');
  const measured = r.shapes.filter((s) => s.how === 'measured');
  assert.ok(measured.length >= 1, JSON.stringify(r.shapes));
  for (const s of measured) {
    assert.is(s.chosen, defaults[s.key], `${s.key}: the step check dropped it`);
    assert.is(r.choices[s.key], defaults[s.key]);
    for (const ms of Object.values(s.ms)) assert.ok(ms >= 0 && Number.isFinite(ms), JSON.stringify(s.ms));
  }
  if (r.step) assert.is(r.step.kept, false);
  // Through the store, as mdlc tune runs it: what was decided (defaults included) is known next time, never re-timed.
  await withCache(async () => {
    const first = await tuneArtifact(artifact, { budgetMs: 1, stepCheck: { minGain: 1 }, onlyNew: true });
    const decided = first.shapes.filter((s) => s.how === 'measured').map((s) => s.key);
    assert.ok(decided.length >= 1);
    const stored = fileKernelChoiceStore().load(first.device);
    for (const k of decided) assert.is(stored[k], defaults[k], k);
    const again = await tuneArtifact(artifact, { budgetMs: 1, onlyNew: true });
    for (const k of decided) assert.is(again.shapes.find((s) => s.key === k)!.how, 'known', k);
  });
  // With every shape known there is nothing new to check: no step is run, nothing changes.
  let checks = 0;
  const known = await tuneKernels(gpu.device, artifact, { budgetMs: 1, known: defaults, onCheck: () => checks++ });
  assert.is(checks, 0);
  assert.is(known.step, undefined);
  assert.equal(known.choices, defaults);
});

test('the cache file is written whole, keyed by the version, and a broken or foreign one reads as empty', () =>
  withCache((dir) => {
    const store = fileKernelChoiceStore();
    store.save('gpu a', { 'matmul x': 'tile8x8' });
    const path = defaultChoicesPath();
    assert.is(path, join(dir, 'mdlc', 'kernel-choices.json'));
    assert.equal(readdirSync(join(dir, 'mdlc')), ['kernel-choices.json'], 'no temporary file left');
    const f = JSON.parse(readFileSync(path, 'utf8')) as { devices: Record<string, unknown> };
    assert.equal(Object.keys(f.devices), [`mdlc ${mdlcVersion()} | gpu a`]);
    // Another version's entry is not read back.
    writeFileSync(path, JSON.stringify({ ...f, devices: { 'mdlc 0.0.0-other | gpu a': { 'matmul x': 'tile2x2' } } }));
    assert.equal(store.load('gpu a'), {});
    writeFileSync(path, '{"format": "mdlc-kernel-choices", "version": 1, "devices": {"x": {"k": 3}}}');
    assert.equal(store.load('x'), {}, 'a table with a non-string label is not one');
    writeFileSync(path, '\u0000garbage');
    assert.equal(store.load('gpu a'), {});
    // A cache that cannot be written is skipped silently, leaving nothing behind.
    writeFileSync(join(dir, 'file'), 'x');
    writeJsonCache(join(dir, 'file', 'under', 'c.json'), {});
    assert.equal(readdirSync(dir).sort(), ['file', 'mdlc']);
  }));

test("a browser store's JSON table round-trips, and imports Node's cache file", async () => {
  const a = memoryKernelChoiceStore({ prefix: 'mdlc 9' });
  await a.save('gpu a', { 'matmul x': 'tile8x8' });
  await a.save('gpu a', { 'reduce y': 'wg128' });
  await a.save('gpu b', { 'matmul x': 'tile2x2' });
  const json = await exportKernelChoices(a);
  // No IndexedDB in Node: the browser store keeps the choices in memory, with the same behaviour.
  const b = indexedDbKernelChoiceStore({ prefix: 'mdlc 9' });
  assert.is(await importKernelChoices(b, json), 2);
  assert.equal(await b.load('gpu a'), { 'matmul x': 'tile8x8', 'reduce y': 'wg128' });
  assert.equal(await b.load('gpu b'), { 'matmul x': 'tile2x2' });
  assert.equal(await b.load('gpu c'), {});
  assert.equal(parseKernelChoiceTable(await exportKernelChoices(b)), parseKernelChoiceTable(json));
  assert.throws(() => parseKernelChoiceTable('{ nope'), /not JSON/);
  assert.throws(() => parseKernelChoiceTable('{"devices": {}}'), /"format": "mdlc-kernel-choices"/);
  await withCache(async () => {
    fileKernelChoiceStore().save('gpu n', { 'matmul z': 'tile4x8' });
    const browser = memoryKernelChoiceStore({ prefix: `mdlc ${mdlcVersion()}` });
    await importKernelChoices(browser, readFileSync(defaultChoicesPath(), 'utf8'));
    assert.equal(await browser.load('gpu n'), { 'matmul z': 'tile4x8' });
  });
});

test("Dawn's backend is measured once per adapter pair, then read from the cache; a pinned backend is not measured", async () => {
  if (!(await getTestDevice())) return;
  // In a child process: the choice happens when the first device is requested, unpinned.
  const script = `import { requestDevice } from './dist/node/runtime.js';
const h = await requestDevice();
console.log(h.adapterInfo.backend);
h.release();`;
  await withCache((dir) => {
    const env: NodeJS.ProcessEnv = { ...process.env, XDG_CACHE_HOME: dir };
    delete env.MDLC_WEBGPU_BACKEND;
    const run = (extra: Record<string, string> = {}) => {
      const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: repoRoot, env: { ...env, ...extra }, encoding: 'utf8', timeout: 120_000 });
      assert.is(r.status, 0, r.stderr);
      return { backend: r.stdout.trim(), stderr: r.stderr };
    };
    const pinned = run({ MDLC_WEBGPU_BACKEND: 'vulkan' });
    assert.is(pinned.backend, 'vulkan');
    assert.not.match(pinned.stderr, /chose Dawn/);
    assert.not.ok(existsSync(backendChoicePath()), 'a pinned backend measures nothing');
    const first = run();
    const said = /mdlc: chose Dawn's (vulkan|opengles) backend \(([\d.]+) ms vs ([\d.]+) ms on (vulkan|opengles) per probe.*remembered in (\S+)/.exec(first.stderr);
    assert.ok(said, `no report of the measurement: ${first.stderr}`);
    assert.is(first.backend, said![1]);
    assert.is(said![5], backendChoicePath());
    const stored = JSON.parse(readFileSync(backendChoicePath(), 'utf8')) as { pairs: Record<string, { backend: string; ms: Record<string, number> }> };
    const [key] = Object.keys(stored.pairs);
    assert.ok(key.startsWith(`mdlc ${mdlcVersion()} | vulkan: `) && key.includes(' | opengles: '), key);
    assert.is(stored.pairs[key].backend, said![1]);
    const second = run();
    assert.is(second.backend, first.backend);
    assert.not.match(second.stderr, /chose Dawn/, 'measured once');
  });
});

test('mdlc profile prints every kernel of the program with its time, and the kernels add up to the total', async () => {
  if (!(await getTestDevice())) return;
  const dir = mkdtempSync(join(tmpdir(), 'mdlc-profile-'));
  try {
    const spec = join(dir, 'tiny.model');
    writeFileSync(spec, text);
    const r = await runCliAsync(['profile', spec, '--steps', '2', '--format', 'json']);
    assert.is(r.code, 0, r.stderr);
    const p = JSON.parse(r.stdout) as { program: string; clock: string; kernels: { name: string; ms: number; share: number; flops?: number }[]; kernelMs: number; gpuMs: number; stepGpuMs: number; wallMs: number; hostMs: number };
    const names = artifact.manifest.programs.find((x) => x.name === 'train_step')!.kernels.map((k) => k.name);
    assert.is(p.program, 'train_step');
    assert.equal(p.kernels.map((k) => k.name).sort(), [...names].sort());
    for (const k of p.kernels) assert.ok(k.ms >= 0 && k.share >= 0 && k.share <= 1, JSON.stringify(k));
    for (let i = 1; i < p.kernels.length; i++) assert.ok(p.kernels[i - 1].ms >= p.kernels[i].ms, 'slowest first');
    const sum = p.kernels.reduce((a, k) => a + k.ms, 0);
    assert.ok(Math.abs(sum - p.kernelMs) < 1e-6, `${sum} vs ${p.kernelMs}`);
    // Passes do not overlap: what the kernels take lies within the step's GPU span (with room for medians of few steps).
    assert.ok(p.kernelMs <= p.gpuMs * 1.5 + 0.5, `kernels ${p.kernelMs} ms, step ${p.gpuMs} ms`);
    assert.ok(p.hostMs >= 0 && p.wallMs > 0 && p.stepGpuMs >= 0);
    assert.ok(p.kernels.some((k) => (k.flops ?? 0) === 2 * 33 * 130 * 19), 'the first matmul has its FLOPs');
    const textOut = await runCliAsync(['profile', spec, '--program', 'predict', '--steps', '1']);
    assert.is(textOut.code, 0, textOut.stderr);
    for (const k of artifact.manifest.programs.find((x) => x.name === 'predict')!.kernels) assert.match(textOut.stdout, k.name);
    assert.match(textOut.stdout, /host overhead|cannot be told/);
    // Exit codes: 2 for usage, 1 for a spec with errors.
    assert.is((await runCliAsync(['profile', spec, '--program', 'train'])).code, 2);
    assert.is((await runCliAsync(['profile', spec, '--steps', '0'])).code, 2);
    assert.is((await runCliAsync(['profile'])).code, 2);
    writeFileSync(spec, 'model broken\ninput x: f32[batch, 3]\noutput y = Dense(2)(z)\n');
    assert.is((await runCliAsync(['profile', spec])).code, 1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('mdlc profile says so on a device without timestamp-query, and times each kernel alone', async () => {
  if (!(await getTestDevice())) return;
  const saved = process.env.MDLC_WEBGPU_BACKEND;
  process.env.MDLC_WEBGPU_BACKEND = 'opengles';
  try {
    const r = await runCliAsync(['profile', 'specs/iris.model', '--steps', '1']);
    assert.is(r.code, 0, r.stderr);
    assert.match(r.stdout, /no timestamp-query .* each kernel was dispatched alone/);
  } finally {
    if (saved === undefined) delete process.env.MDLC_WEBGPU_BACKEND;
    else process.env.MDLC_WEBGPU_BACKEND = saved;
  }
});

test.run();
