// Benchmark: the MLP's train step in the playground's Web Worker (headless Chromium, WebGPU on its software Vulkan)
// against the same step in Node (Dawn on lavapipe) on the same machine, the same rows and the same fit loop (readEvery
// 1, a step's time is the gap between two progress events); and the playground's cold load (a fresh browser context:
// navigation -> load event, -> first diagnostics, -> first compile). Run: npm run bench:browser [-- --steps N --loads N].
// Prints a table; nothing is asserted (timings here are noisy: read the ratio within one run).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import { compileModel, loadDataFor } from '../node/api.js';
import { buildPlayground, preparePlaygroundData, servePlayground } from '../scripts/playground.js';
import { BASE_FLAGS, CHROMIUM, WEBGPU_FLAGS } from '../test/helpers/chromium.js';
import { median } from './stats.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { values } = parseArgs({ options: { steps: { type: 'string', default: '20' }, loads: { type: 'string', default: '3' }, rows: { type: 'string', default: '2560' } } });
const STEPS = Number(values.steps);
const LOADS = Number(values.loads);
const ROWS = Number(values.rows);
/** Steps left out of the timing at the start of each run: pipelines are created and the shaders JIT-compiled. */
const WARMUP = 3;

/** Median gap between consecutive step events after the warm-up, in ms. */
function stepTime(stamps: number[]): number {
  const gaps = stamps.slice(WARMUP).map((t, i, a) => (i === 0 ? NaN : t - a[i - 1])).slice(1);
  return median(gaps);
}

/** The MLP's steps in Node on WebGPU, on the playground's first ROWS MNIST rows, timed as the page times them. */
async function nodeSteps(): Promise<number> {
  const model = await compileModel(join(root, 'specs/mlp.model'), { backend: 'webgpu', warn: () => undefined });
  try {
    const all = loadDataFor(model, 'mnist', root).train;
    const n = Math.min(ROWS, all.size);
    const columns = Object.fromEntries(Object.entries(all.columns).map(([k, c]) => [k, c.data.subarray(0, (c.data.length / all.size) * n)]));
    const stamps: number[] = [];
    const stop = new AbortController();
    await model.fit(columns, { epochs: 100, seed: 1, readEvery: 1, signal: stop.signal, onStep: () => void (stamps.push(performance.now()) === WARMUP + STEPS + 1 && stop.abort()) });
    return stepTime(stamps);
  } finally {
    model.dispose();
  }
}

/** The same steps in the playground's worker: Train pressed, the page's step events stamped on the main thread. */
async function pageSteps(browser: Browser, url: string): Promise<{ ms: number; engine: string }> {
  const page = await browser.newPage();
  try {
    await page.goto(url);
    await page.waitForSelector('body[data-state="compiled"]', { timeout: 120_000 });
    await page.click('button[data-tab="train"]');
    await page.fill('#epochs', '100');
    // Every change of body[data-steps] is one step event from the worker.
    await page.evaluate(() => {
      const w = window as unknown as { stamps: number[] };
      w.stamps = [];
      new MutationObserver(() => w.stamps.push(performance.now())).observe(document.body, { attributeFilter: ['data-steps'] });
    });
    await page.click('#train-start');
    await page.waitForFunction((n) => Number(document.body.dataset.steps ?? 0) >= n || document.body.dataset.train === 'failed', WARMUP + STEPS + 1, { timeout: 600_000, polling: 200 });
    const { stamps, engine } = await page.evaluate(() => ({ stamps: (window as unknown as { stamps: number[] }).stamps, engine: document.body.dataset.engine ?? '' }));
    await page.click('#train-stop');
    return { ms: stepTime(stamps), engine };
  } finally {
    await page.close();
  }
}

/** One cold load of the playground (a fresh context: no HTTP cache): ms from navigation to each mark. */
async function coldLoad(browser: Browser, url: string): Promise<{ load: number; diagnostics: number; compile: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.waitForSelector('body[data-state="compiled"]', { timeout: 120_000 });
    return await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const mark = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
      return { load: nav.loadEventEnd, diagnostics: mark('mdlc:first-diagnostics'), compile: mark('mdlc:first-compile') };
    });
  } finally {
    await context.close();
  }
}

const dir = mkdtempSync(join(tmpdir(), 'mdlc-bench-browser-'));
await buildPlayground(dir);
preparePlaygroundData(dir, { mnistTrain: ROWS, mnistTest: 256 });
const served = await servePlayground(dir);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...WEBGPU_FLAGS, ...BASE_FLAGS], headless: true });
try {
  const loads: Awaited<ReturnType<typeof coldLoad>>[] = [];
  for (let i = 0; i < LOADS; i++) loads.push(await coldLoad(browser, served.url));
  const page = await pageSteps(browser, served.url);
  const node = await nodeSteps();
  const ms = (x: number) => `${x.toFixed(1)} ms`;
  const med = (k: 'load' | 'diagnostics' | 'compile') => ms(median(loads.map((l) => l[k])));
  console.log(`\n${new Date().toISOString().slice(0, 10)}, ${STEPS} timed steps after ${WARMUP} (specs/mlp.model, batch 128, ${ROWS} MNIST rows, readEvery 1); ${LOADS} cold loads\n`);
  console.log('| measure | Node (Dawn, lavapipe) | page (Chromium, worker) | page / Node |');
  console.log('|---|---|---|---|');
  console.log(`| MLP train step (median) | ${ms(node)} | ${ms(page.ms)} on ${page.engine} | ${(page.ms / node).toFixed(2)}x |`);
  console.log(`| cold load: navigation -> load event | | ${med('load')} | |`);
  console.log(`| cold load: navigation -> first diagnostics (specs/mlp.model checked; includes the editor's 120 ms pause) | | ${med('diagnostics')} | |`);
  console.log(`| cold load: navigation -> first compile (kernels shown; includes its 400 ms pause) | | ${med('compile')} | |`);
} finally {
  await browser.close();
  served.server.close();
}
