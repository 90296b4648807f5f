// The playground in a real browser (Debian's headless Chromium): it loads a shipped spec and compiles it without a
// console error, shows the checker's diagnostics at the positions the checker gives in Node as you type, colours the
// text with the lexer's scopes, lists the kernels with their WGSL, and says so where the browser has no WebGPU.
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { type Browser, chromium, type Page } from 'playwright-core';
import { checkSource, compileSource } from '../compiler/compile.js';
import { SourceFile, sortDiagnostics } from '../core/diagnostic.js';
import { decodeCheckpoint } from '../runtime/checkpoint.js';
import { Model } from '../runtime/model.js';
import { buildPlayground, preparePlaygroundData, servePlayground } from '../scripts/playground.js';
import { BASE_FLAGS, CHROMIUM, WEBGPU_FLAGS } from './helpers/chromium.js';
import { gpuRequired } from './helpers/gpu.js';
import { repoRoot } from './helpers/repo.js';

const FLAGS = [...WEBGPU_FLAGS, ...BASE_FLAGS];
/** Where a failing test leaves a screenshot of the page (gitignored). */
const SHOTS = join(repoRoot, 'out/test-artifacts');

const available = existsSync(CHROMIUM);
let browser: Browser | undefined;
/** Chromium launched without the WebGPU flags: no adapter, in the page or its workers. */
let plain: Browser | undefined;
let url = '';
let close = (): void => {};

test.before(async () => {
  if (!available) {
    if (gpuRequired()) throw new Error(`no Chromium at ${CHROMIUM} (bash scripts/install-system-deps.sh installs it)`);
    console.log(`\n  [skip] playground tests: no Chromium at ${CHROMIUM}\n`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'mdlc-playground-'));
  await buildPlayground(dir);
  preparePlaygroundData(dir, { mnistTrain: 1280, mnistTest: 256 });
  const served = await servePlayground(dir);
  url = served.url;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
  plain = await chromium.launch({ executablePath: CHROMIUM, args: BASE_FLAGS, headless: true });
  close = () => served.server.close();
});

test.after(async () => {
  await browser?.close();
  await plain?.close();
  close();
});

/** Opens the playground, collecting console errors; on failure of `body`, saves a screenshot and rethrows. */
async function withPage(name: string, body: (page: Page, errors: string[]) => Promise<void>, on: 'webgpu' | 'no-webgpu' = 'webgpu'): Promise<void> {
  const b = on === 'webgpu' ? browser : plain;
  if (!b) return;
  const page = await b.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  try {
    await page.goto(url);
    await body(page, errors);
  } catch (e) {
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, `playground-${name}.png`), fullPage: true }).catch(() => undefined);
    throw e;
  } finally {
    await page.close();
  }
}

const compiled = (page: Page) => page.waitForSelector('body[data-state="compiled"]', { timeout: 60_000 });

test('loads specs/mlp.model, compiles it and lists its kernels with WGSL, without a console error', async () => {
  await withPage('load', async (page, errors) => {
    await compiled(page);
    const node = compileSource(new SourceFile('playground.model', readFileSync(join(repoRoot, 'specs/mlp.model'), 'utf8')), { purpose: 'auto', backend: true });
    const expected = node.artifact!.manifest.programs.flatMap((p) => p.kernels.map((k) => `${p.name}/${k.name}`));
    const shown = await page.$$eval('details.kernel', (ds) => ds.map((d) => `${(d as HTMLElement).dataset.program}/${d.querySelector('.kernel-name')?.textContent}`));
    assert.equal(shown, expected);
    const wgsl = await page.$$eval('pre.wgsl', (ps) => ps.map((p) => p.textContent ?? ''));
    assert.ok(wgsl.every((w) => w.includes('@compute')), 'every kernel shows its WGSL');
    assert.ok((await page.textContent('#summary'))!.includes('Total params'), 'the shapes panel shows the summary');
    assert.ok((await page.$$('#highlight .tm-keyword-control')).length > 0, 'keywords are coloured');
    assert.equal(errors, []);
  });
});

test('a broken spec shows the checker\'s diagnostic at its line and column, underlined, as it is typed', async () => {
  await withPage('diagnostic', async (page, errors) => {
    await compiled(page);
    const text = readFileSync(join(repoRoot, 'specs/mlp.model'), 'utf8').replace('Dense(', 'Dence(');
    assert.ok(text.includes('Dence('));
    await page.fill('#source', text);
    await page.waitForSelector('body[data-state="errors"]', { timeout: 30_000 });
    const first = await page.$eval('li.diagnostic', (li) => {
      const data = (li as HTMLElement).dataset;
      return { code: data.code, line: data.line, column: data.column, text: li.textContent ?? '' };
    });
    // The oracle: the checker in Node on the same text.
    const file = new SourceFile('playground.model', text);
    const d = sortDiagnostics(checkSource(file, { purpose: 'auto' }).diagnostics)[0];
    const p = file.position(d.span.start);
    assert.equal([first.code, first.line, first.column], [d.code, String(p.line), String(p.column)]);
    const typo = text.indexOf('Dence(');
    assert.equal([p.line, p.column], [file.position(typo).line, file.position(typo).column], 'the diagnostic points at the typo');
    assert.ok(first.text.includes('Dense'), `the hint suggests Dense: ${first.text}`);
    const marked = await page.$$eval('#highlight mark.squiggle-error', (ms) => ms.map((m) => m.textContent).join(''));
    assert.ok(marked.includes('Dence'), `underlined: ${marked}`);
    assert.equal(errors, []);
  });
});

/** Starts training from the Train tab, lets it run `steps` steps (then presses Stop), and returns what the page saw. */
async function trainSteps(page: Page, steps: number): Promise<{ engine: string; losses: [number, number]; state: string; ticks: number; steps: number }> {
  await page.click('button[data-tab="train"]');
  // A timer on the main thread: it must keep ticking while the model trains.
  await page.evaluate(() => {
    const w = window as unknown as { ticks: number };
    w.ticks = 0;
    setInterval(() => w.ticks++, 20);
  });
  const ticks0 = await page.evaluate(() => (window as unknown as { ticks: number }).ticks);
  await page.fill('#epochs', '10');
  await page.click('#train-start');
  await page.waitForFunction((n) => Number(document.body.dataset.steps ?? 0) >= n || document.body.dataset.train === 'failed', steps, { timeout: 120_000 });
  await page.click('#train-stop');
  await page.waitForFunction(() => ['stopped', 'done', 'failed'].includes(document.body.dataset.train ?? ''), undefined, { timeout: 120_000 });
  const d = await page.evaluate(() => {
    const b = document.body.dataset;
    return { train: b.train, engine: b.engine, firstLoss: b.firstLoss, lastLoss: b.lastLoss, steps: b.steps, ticks: (window as unknown as { ticks: number }).ticks, status: document.getElementById('train-status')?.textContent };
  });
  assert.is.not(d.train, 'failed', d.status ?? '');
  return { engine: d.engine ?? '', losses: [Number(d.firstLoss), Number(d.lastLoss)], state: d.train ?? '', ticks: d.ticks - ticks0, steps: Number(d.steps) };
}

test('trains the MLP on WebGPU in a worker: the loss falls, the page stays responsive, a drawn digit gets the checkpoint\'s prediction', async () => {
  await withPage('train', async (page, errors) => {
    await compiled(page);
    const run = await trainSteps(page, 20);
    assert.is(run.engine, 'webgpu');
    assert.ok(run.steps >= 20, `${run.steps} steps`);
    assert.ok(run.losses[1] < run.losses[0], `loss ${run.losses[0]} -> ${run.losses[1]}`);
    assert.ok(run.ticks >= 5, `the main-thread timer ticked ${run.ticks} times while training`);
    // Draw a stroke on the pad; the page predicts from its 28x28 average.
    const pad = (await page.waitForSelector('#digit'))!;
    await pad.scrollIntoViewIfNeeded();
    const box = (await pad.boundingBox())!;
    await page.mouse.move(box.x + 140, box.y + 50);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + 140 + i, box.y + 50 + i * 18);
    await page.mouse.up();
    await page.waitForFunction(() => document.body.dataset.prediction !== undefined, undefined, { timeout: 30_000 });
    const { prediction, pixels, checkpoint } = await page.evaluate(async () => {
      const href = (document.getElementById('train-download') as HTMLAnchorElement).href;
      const bytes = new Uint8Array(await (await fetch(href)).arrayBuffer());
      let bin = '';
      for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return { prediction: document.body.dataset.prediction, pixels: document.body.dataset.pixels ?? '', checkpoint: btoa(bin) };
    });
    // The oracle: the downloaded checkpoint, restored in Node on the CPU executor, predicts the same digit from the same pixels.
    const file = new SourceFile('playground.model', readFileSync(join(repoRoot, 'specs/mlp.model'), 'utf8'));
    const node = compileSource(file, { purpose: 'auto', backend: true });
    const model = await Model.create(node.artifact!, { backend: 'cpu', module: node.module, warn: () => undefined });
    model.restoreCheckpoint(decodeCheckpoint(new Uint8Array(Buffer.from(checkpoint, 'base64'))));
    const x = pixels.split(',').map(Number);
    assert.is(x.length, 784);
    assert.ok(x.some((v) => v > 0.5), 'the stroke reached the pixels');
    const logits = Array.from((await model.predict({ image: [x] })).logits as ArrayLike<number>);
    model.dispose();
    assert.is(String(logits.indexOf(Math.max(...logits))), prediction);
    assert.equal(errors, []);
  });
});

test('a browser without WebGPU: the page says so, still checks and compiles, and the worker trains on the CPU executor', async () => {
  await withPage(
    'no-webgpu',
    async (page, errors) => {
      await compiled(page);
      await page.waitForSelector('body[data-webgpu="no"]', { timeout: 30_000 });
      assert.match((await page.textContent('#webgpu')) ?? '', /no WebGPU/);
      const run = await trainSteps(page, 3);
      assert.is(run.engine, 'cpu');
      assert.ok(run.losses[1] < run.losses[0], `loss ${run.losses[0]} -> ${run.losses[1]}`);
      assert.equal(errors.filter((e) => !/WebGPU|CPU executor/.test(e)), []);
    },
    'no-webgpu',
  );
});

test.run();
