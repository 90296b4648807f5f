// The web pages in real Chromium (Debian's, headless, WebGPU on its software Vulkan), one browser launch for all but the
// no-WebGPU case: examples/browser-minimal predicts the class `mdlc predict` gives in Node for the same rows and checkpoint;
// examples/browser-worker trains 20 steps in a Web Worker on WebGPU, the loss going down while the page's clock ticks, stops
// when asked, and its checkpoint bytes restore in Node to the same predictions; the compiler bundle compiles a spec in a
// page (the program Node compiles) and its artifact trains in the worker; without WebGPU the page says so and trains
// on the CPU executor. A failing test leaves a screenshot in test-artifacts/browser/ (gitignored).
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Server } from 'node:http';
import { loadModel, compileModel } from '../node/api.js';
import { loadData } from '../node/data/load.js';
import { decodeCheckpoint } from '../runtime/checkpoint.js';
import { prepareMinimalPage, prepareWorkerPage, serveBrowserPages } from '../scripts/browser-pages.js';
import { browserBundles, bundleOptions } from '../scripts/bundle-sizes.js';
import { build } from 'esbuild';
import type { IrisPageData } from '../scripts/browser-example.js';
import { BASE_FLAGS, CHROMIUM, WEBGPU_FLAGS } from './helpers/chromium.js';
import { gpuRequired } from './helpers/gpu.js';
import { repoRoot, runCliAsync } from './helpers/repo.js';

/** Flags for a fresh headless Chromium; the first three give it a WebGPU adapter on a machine without a GPU (shared/notes/webgpu-on-cpu.md). */
const SCREENSHOTS = join(repoRoot, 'test-artifacts/browser');

interface WorkerRun {
  stopped: string;
  steps: number;
  losses: (number | undefined)[];
  lossBefore: number;
  lossAfter: number;
  ticksBefore: number;
  ticksAfter: number;
  modelStep: number;
  checkpoint: number[];
}
interface Demo {
  error?: string;
  engine: string;
  warnings: string[];
}

let browser: Browser | undefined;
let server: Server | undefined;
let url = '';
let dir = '';
let data: IrisPageData;
const skip = !existsSync(CHROMIUM);

test.before(async () => {
  if (skip) {
    if (gpuRequired()) throw new Error(`no Chromium at ${CHROMIUM} (bash scripts/install-system-deps.sh installs it)`);
    console.log(`\n  [skip] browser page tests: no Chromium at ${CHROMIUM}\n`);
    return;
  }
  dir = mkdtempSync(join(tmpdir(), 'mdlc-pages-'));
  await prepareMinimalPage(dir);
  // 80 rows at batch 16: 5 steps an epoch, so 4 epochs are 20 steps.
  data = await prepareWorkerPage(dir, { rows: 80, epochs: 4 });
  ({ server, url } = await serveBrowserPages(dir));
  browser = await chromium.launch({ executablePath: CHROMIUM, args: [...WEBGPU_FLAGS, ...BASE_FLAGS], headless: true });
});

test.after(async () => {
  await browser?.close();
  server?.close();
});

/** Runs `body` on a fresh page of `on`; on failure saves a screenshot named for the test and adds the page's console to the error. */
async function withPage(name: string, body: (page: Page) => Promise<void>, on: Browser | undefined = browser): Promise<void> {
  if (skip || !on) return;
  const page = await on.newPage();
  const lines: string[] = [];
  page.on('console', (m) => lines.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => lines.push(`pageerror: ${e.message}`));
  try {
    await body(page);
  } catch (e) {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) }).catch(() => undefined);
    if (e instanceof Error) e.message += `\n  page console:\n${lines.join('\n')}\n  screenshot: test-artifacts/browser/${name}.png`;
    throw e;
  } finally {
    await page.close();
  }
}

const argmax = (row: ArrayLike<number>) => Array.from(row).indexOf(Math.max(...Array.from(row)));

/** Opens the worker page and waits for its model: `window.demo` settles once the worker has created it. */
async function openWorkerPage(page: Page): Promise<Demo> {
  await page.goto(`${url}worker/`);
  const demo = await page.evaluate(async () => {
    const d = await (window as unknown as { demo: Promise<Demo> }).demo;
    return { error: d.error, engine: d.engine, warnings: d.warnings };
  });
  assert.is(demo.error, undefined, demo.error);
  return demo;
}

const train = (page: Page, options: { epochs?: number; steps?: number }) =>
  page.evaluate(async (o) => (await (window as unknown as { demo: Promise<{ train(o: object): Promise<WorkerRun> }> }).demo).train(o), options);

test('the minimal page predicts the class mdlc predict gives in Node, for the same rows and checkpoint', async () => {
  if (skip) return;
  const run = join(dir, 'run');
  const trained = await runCliAsync(['train', 'specs/iris.model', '--data', 'examples/data/iris.json', '--epochs', '8', '--backend', 'cpu', '--out', run]);
  assert.is(trained.code, 0, trained.stderr);
  const predicted = await runCliAsync(['predict', 'specs/iris.model', '--data', 'examples/data/iris.json', '--checkpoint', join(run, 'checkpoint.safetensors'), '--json']);
  assert.is(predicted.code, 0, predicted.stderr);
  const node = (JSON.parse(predicted.stdout) as { logits: number[] }[]).map((r) => r.logits);
  // The same rows mdlc predict read: the test split of the config, standardized as it was.
  const model = await compileModel('specs/iris.model', { backend: 'cpu' });
  const rows = loadData(join(repoRoot, 'examples/data/iris.json'), model.tensors, repoRoot).test!;
  model.dispose();
  const measurements = Array.from({ length: rows.size }, (_, r) => Array.from(rows.columns.measurements.data.subarray(r * 4, r * 4 + 4)));
  copyFileSync(join(run, 'checkpoint.safetensors'), join(dir, 'minimal/checkpoint.safetensors'));
  await withPage('minimal-page', async (page) => {
    await page.goto(`${url}minimal/?checkpoint=checkpoint.safetensors`);
    await page.waitForFunction(() => !document.getElementById('out')!.textContent!.startsWith('loading'));
    const shown = await page.textContent('#out');
    assert.match(shown ?? '', /^setosa \(webgpu, weights of checkpoint\.safetensors\)$/, 'the page shows its prediction on WebGPU');
    const logits = await page.evaluate(async (m) => Array.from((await (window as unknown as { model: { predict(x: object): Promise<{ logits: Float32Array }> } }).model.predict({ measurements: m })).logits), measurements);
    assert.is(logits.length, node.length * 3);
    // Rows whose two best classes are within float noise of each other may legitimately differ between devices: none here.
    const margins = node.map((l) => { const s = [...l].sort((a, b) => b - a); return s[0] - s[1]; });
    assert.ok(margins.every((m) => m > 1e-3), `near ties: ${margins}`);
    assert.equal(node.map((_, r) => argmax(logits.slice(r * 3, r * 3 + 3))), node.map(argmax));
  });
});

test('the worker page trains 20 steps on WebGPU in a Web Worker: the loss goes down while the main-thread clock ticks; the checkpoint restores in Node', async () => {
  await withPage('worker-train', async (page) => {
    const demo = await openWorkerPage(page);
    assert.is(demo.engine, 'webgpu');
    assert.equal(await page.textContent('#gpu'), '', 'no WebGPU message where there is WebGPU');
    const r = await train(page, {});
    assert.is(r.stopped, 'completed');
    assert.is(r.steps, 20);
    assert.is(r.modelStep, 20);
    assert.ok(r.losses.every((l) => typeof l === 'number' && Number.isFinite(l)), `losses ${r.losses}`);
    assert.ok(r.lossAfter < r.lossBefore, `loss over the rows: ${r.lossBefore} before, ${r.lossAfter} after`);
    assert.ok(r.ticksAfter > r.ticksBefore, `the main-thread timer ticked ${r.ticksAfter - r.ticksBefore} times while the worker trained`);
    // The worker's checkpoint, as bytes, restores in Node into the same artifact and predicts what the worker predicts.
    const node = await loadModel(join(dir, 'worker/iris'), { backend: 'cpu' });
    const ckpt = node.restoreCheckpoint(decodeCheckpoint(new Uint8Array(r.checkpoint), 'worker checkpoint'));
    assert.is(ckpt.meta.step, 20);
    assert.is(node.step, 20);
    const expected = (await node.predict({ measurements: data.measurements })).logits;
    node.dispose();
    const actual = await page.evaluate(async (m) => (await (window as unknown as { demo: Promise<{ predict(m: number[][]): Promise<number[]> }> }).demo).predict(m), data.measurements);
    const scale = Math.max(...Array.from(expected, Math.abs));
    const diff = Math.max(...actual.map((v, i) => Math.abs(v - expected[i])));
    assert.ok(diff <= 1e-4 * scale, `worker (WebGPU) and Node (CPU) predictions differ by ${diff} of ${scale}`);
  });
});

test('stop: a long fit in the worker stops when asked, mid-epoch, the model goes on working, and its checkpoint loads back', async () => {
  await withPage('worker-stop', async (page) => {
    await openWorkerPage(page);
    const r = await train(page, { epochs: 1000, steps: 7 });
    assert.is(r.stopped, 'aborted');
    assert.ok(r.steps >= 7 && r.steps < 1000 * 5, `stopped after ${r.steps} steps`);
    assert.is(r.modelStep, r.steps);
    // Stopped mid-epoch: the checkpoint says where, to resume exactly.
    const ckpt = decodeCheckpoint(new Uint8Array(r.checkpoint));
    assert.is(ckpt.meta.epoch * 5 + (ckpt.meta.stepInEpoch ?? 0), r.steps);
    const again = await train(page, { epochs: 1 });
    assert.is(again.stopped, 'completed');
    // Loading the checkpoint of the stopped run puts the model back at its step.
    const restored = await page.evaluate(async (bytes) => (await (window as unknown as { demo: Promise<{ restore(b: number[]): Promise<{ step: number; modelStep: number }> }> }).demo).restore(bytes), r.checkpoint);
    assert.equal(restored, { step: r.steps, modelStep: r.steps });
  });
});

test('mdlc/compiler runs in the page: it compiles a spec, reports a broken one at its line and column, and its artifact trains in the worker', async () => {
  if (skip) return;
  // A page of the test's own (the playground's path): the compiler bundle beside the worker page's runtime and worker.
  const compiler = await build({ ...bundleOptions(browserBundles.find((b) => b.name === 'mdlc/compiler')!), write: true, outfile: join(dir, 'worker/mdlc-compiler.js') });
  assert.equal(compiler.errors, []);
  writeFileSync(join(dir, 'worker/compile.html'), '<!doctype html><meta charset="utf-8"><p>compile</p>');
  const spec = readFileSync(join(repoRoot, 'specs/iris.model'), 'utf8');
  await withPage('compile-in-page', async (page) => {
    await page.goto(`${url}worker/compile.html`);
    const r = await page.evaluate(
      async ({ spec, rows }) => {
        const c = await import('./mdlc-compiler.js' as string);
        const rt = await import('./mdlc-runtime/index.js' as string);
        const broken = new c.SourceFile('broken.model', 'model broken\ninput x: f32[batch, 4]\noutput y = Dense(3)(z)\n');
        const diagnostics = c.diagnosticsToJson(broken, c.checkSource(broken).diagnostics).map((d: { span: { line: number; column: number }; code: string }) => `${d.span.line}:${d.span.column} ${d.code}`);
        const compiled = c.compileSource(new c.SourceFile('specs/iris.model', spec), { purpose: 'train', backend: true });
        const worker = new Worker('./mdlc-worker.js', { type: 'module' });
        const model = await rt.WorkerModel.create(worker, compiled.artifact, { name: 'iris' });
        const before = await model.evaluate(rows);
        const fit = await model.fit(rows, { epochs: 3, seed: 1 });
        const after = await model.evaluate(rows);
        worker.terminate();
        return { diagnostics, kernels: compiled.artifact.manifest.programs.map((p: { kernels: unknown[] }) => p.kernels.length), programHash: compiled.artifact.manifest.programHash, engine: model.engine.kind, steps: model.step, stopped: fit.stopped, before: before.loss, after: after.loss };
      },
      { spec, rows: { measurements: data.measurements, species: data.species } },
    );
    assert.equal(r.diagnostics, ['3:21 E0201']);
    const here = JSON.parse(readFileSync(join(dir, 'worker/iris/manifest.json'), 'utf8')) as { programHash: string; programs: { kernels: unknown[] }[] };
    assert.is(r.programHash, here.programHash, 'the page compiled the program Node compiled');
    assert.equal(r.kernels, here.programs.map((p) => p.kernels.length));
    assert.is(r.engine, 'webgpu');
    assert.is(r.stopped, 'completed');
    assert.is(r.steps, 15);
    assert.ok(r.after < r.before, `loss ${r.before} -> ${r.after}`);
  });
});

test('a browser without WebGPU: the worker page says so and trains on the CPU executor; the minimal page predicts on it', async () => {
  if (skip) return;
  const plain = await chromium.launch({ executablePath: CHROMIUM, args: BASE_FLAGS, headless: true });
  try {
    await withPage(
      'worker-no-webgpu',
      async (page) => {
        const demo = await openWorkerPage(page);
        assert.is(demo.engine, 'cpu');
        assert.match(await page.textContent('#gpu') ?? '', /This browser has no WebGPU, so the model trains on mdlc's CPU executor in the worker/);
        assert.match(demo.warnings.join('\n'), /No WebGPU adapter found/);
        const r = await train(page, { epochs: 2 });
        assert.is(r.stopped, 'completed');
        assert.is(r.steps, 10);
        assert.ok(r.lossAfter < r.lossBefore, `loss ${r.lossBefore} -> ${r.lossAfter}`);
      },
      plain,
    );
    // The minimal page too: its module fetches iris.ir.json and predicts on the CPU executor.
    await withPage(
      'minimal-no-webgpu',
      async (page) => {
        await page.goto(`${url}minimal/`);
        await page.waitForFunction(() => !document.getElementById('out')!.textContent!.startsWith('loading'));
        assert.match((await page.textContent('#out')) ?? '', /^(setosa|versicolor|virginica) \(cpu, initial weights\)$/);
      },
      plain,
    );
  } finally {
    await plain.close();
  }
});

test.run();
