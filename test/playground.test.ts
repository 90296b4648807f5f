// The playground in a real browser (Debian's headless Chromium): it loads a shipped spec and compiles it without a
// console error, shows the checker's diagnostics at the positions the checker gives in Node as you type, colours the
// text with the lexer's scopes, lists the kernels with their WGSL, and says so where the browser has no WebGPU.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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
import { repoRoot, runCliAsync } from './helpers/repo.js';
import { compileModel, loadDataFor } from '../node/api.js';
import { prepareRaw } from '../runtime/data/preprocessing.js';
import { heatMap, type HeatMap } from '../examples/playground/text.js';

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
  preparePlaygroundData(dir, { mnistTrain: 1280, mnistTest: 256, spamTrain: 640, spamTest: 64 });
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

/** A text the spam model scores in the page and with `mdlc predict --input` in Node. */
const TEXT = 'Congratulations! You have won a FREE prize: click here to claim your money now';

/** The spam probability `mdlc predict --input` gives for TEXT with a checkpoint (the positive class's probability). */
async function nodeScore(checkpoint: string): Promise<number> {
  const r = await runCliAsync(['predict', 'specs/text-classifier.model', '--checkpoint', checkpoint, '--input', TEXT, '--json']);
  assert.is(r.code, 0, r.stderr);
  return (JSON.parse(r.stdout) as { p_spam: number }[])[0].p_spam;
}

/** Picks specs/text-classifier.model, waits for it to compile and opens the Train tab. */
async function textClassifier(page: Page): Promise<void> {
  await compiled(page);
  await page.selectOption('#spec', 'text-classifier');
  await page.waitForFunction(() => document.body.dataset.state === 'compiled' && document.querySelector('#train-status')?.textContent?.startsWith('SpamAssassin'), undefined, { timeout: 60_000 });
  await page.click('button[data-tab="train"]');
}

/** Types TEXT in the text box and returns the page's score and heat map once both are shown. */
async function scoreText(page: Page): Promise<{ score: number; rows: string[]; columns: string[]; weights: number[][]; inked: number }> {
  await page.fill('#text-input', TEXT);
  await page.waitForFunction((t) => document.body.dataset.scoreText === t && document.body.dataset.heatmap !== undefined, TEXT, { timeout: 60_000 });
  return page.evaluate(() => {
    const c = document.getElementById('heatmap') as HTMLCanvasElement;
    const pixels = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let inked = 0;
    for (let i = 0; i < pixels.length; i += 4) if (pixels[i] < 200 && pixels[i + 2] > 200) inked++;
    return { score: Number(document.body.dataset.score), rows: JSON.parse(c.dataset.rows!), columns: JSON.parse(c.dataset.columns!), weights: JSON.parse(c.dataset.weights!), inked };
  });
}

/** The heat map Node makes of TEXT with the checkpoint: the same spec compiled with exposed weights, on the CPU executor. */
async function nodeHeatMap(checkpoint: string): Promise<HeatMap> {
  const file = new SourceFile('playground.model', readFileSync(join(repoRoot, 'specs/text-classifier.model'), 'utf8'));
  const node = compileSource(file, { purpose: 'auto', backend: true, expose: ['attention_weights'] });
  const model = await Model.create(node.artifact!, { backend: 'cpu', module: node.module, warn: () => undefined });
  try {
    model.restoreCheckpoint(decodeCheckpoint(readFileSync(checkpoint)), { weightsOnly: true });
    const prep = model.preprocessing!;
    const ids = prepareRaw(prep, model.tensors, { text: [TEXT] }, 'text_classifier').tokens as Int32Array;
    const info = node.artifact!.manifest.intermediates![0];
    const out = await model.predict({ text: [TEXT] });
    const words = (prep.inputs.tokens as { words: string[] }).words;
    return heatMap(out[info.output] as Float32Array, info, ids, words, 'mean');
  } finally {
    model.dispose();
  }
}

/** Checks a page's heat map against Node's: the same tokens, weights within float32 noise, every row summing to 1. */
function sameHeatMap(page: Awaited<ReturnType<typeof scoreText>>, node: HeatMap): void {
  assert.equal(page.rows, node.rows);
  assert.equal(page.columns, node.columns);
  assert.ok(page.rows.length >= 10, `${page.rows.length} tokens`);
  page.weights.forEach((row, r) => {
    const total = row.reduce((a, b) => a + b, 0);
    assert.ok(Math.abs(total - 1) < 1e-5, `row ${r} (${page.rows[r]}) sums to ${total}`);
    row.forEach((v, c) => assert.ok(Math.abs(v - node.weights[r][c]) < 1e-4, `weight [${r}][${c}]: page ${v}, node ${node.weights[r][c]}`));
  });
  assert.ok(page.inked > 100, `the heat map is drawn (${page.inked} blue pixels)`);
}

test('text classifier: a checkpoint from Node scores typed text as `mdlc predict --input` does, with an attention heat map whose rows sum to 1', async () => {
  if (!browser) return;
  // The checkpoint: a few steps of training in Node on WebGPU (or the CPU), with the tokenizer it was trained with.
  const model = await compileModel(join(repoRoot, 'specs/text-classifier.model'), { warn: () => undefined });
  const data = loadDataFor(model, 'spam-assassin', repoRoot);
  const [n, seq] = [model.batchSize, 64];
  const tokens = data.train.columns.tokens.data;
  const label = data.train.columns.label.data;
  for (let s = 0; s < 6; s++) await model.trainStep({ feeds: { tokens: tokens.subarray(s * n * seq, (s + 1) * n * seq), label: label.subarray(s * n, (s + 1) * n) } }, false);
  const checkpoint = join(mkdtempSync(join(tmpdir(), 'mdlc-text-')), 'text-classifier.safetensors');
  await model.save(checkpoint, { epoch: 0, seed: model.settings.seed });
  model.dispose();
  const expected = await nodeScore(checkpoint);
  await withPage('text-checkpoint', async (page, errors) => {
    await textClassifier(page);
    await page.setInputFiles('#checkpoint-file', checkpoint);
    await page.waitForFunction(() => ['loaded', 'failed'].includes(document.body.dataset.checkpoint ?? ''), undefined, { timeout: 60_000 });
    assert.is(await page.evaluate(() => document.body.dataset.checkpoint), 'loaded', (await page.textContent('#train-status')) ?? '');
    const shown = await scoreText(page);
    assert.ok(Math.abs(shown.score - expected) < 1e-4, `page ${shown.score}, mdlc predict ${expected}`);
    sameHeatMap(shown, await nodeHeatMap(checkpoint));
    assert.equal(errors, []);
  });
});

test('text classifier: trained a few steps in the page, its text box scores text, and its checkpoint scores it the same in Node', async () => {
  await withPage('text-train', async (page, errors) => {
    await textClassifier(page);
    const run = await trainSteps(page, 4);
    assert.is(run.engine, 'webgpu');
    const shown = await scoreText(page);
    assert.ok(shown.score > 0 && shown.score < 1, `score ${shown.score}`);
    const bytes = await page.evaluate(async () => {
      const href = (document.getElementById('train-download') as HTMLAnchorElement).href;
      const b = new Uint8Array(await (await fetch(href)).arrayBuffer());
      let bin = '';
      for (let i = 0; i < b.length; i += 0x8000) bin += String.fromCharCode(...b.subarray(i, i + 0x8000));
      return btoa(bin);
    });
    const checkpoint = join(mkdtempSync(join(tmpdir(), 'mdlc-text-')), 'page.safetensors');
    writeFileSync(checkpoint, Buffer.from(bytes, 'base64'));
    // The page's checkpoint carries the tokenizer: Node scores raw text with it alone.
    const expected = await nodeScore(checkpoint);
    assert.ok(Math.abs(shown.score - expected) < 1e-4, `page ${shown.score}, mdlc predict ${expected}`);
    sameHeatMap(shown, await nodeHeatMap(checkpoint));
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
