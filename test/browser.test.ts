// The runtime in a real browser: headless Chromium (Debian's, with WebGPU on its software Vulkan) loads
// examples/browser, which fetches an artifact folder, checks it with parseArtifact, predicts, trains a few epochs and
// predicts again on navigator.gpu. The same artifact on Node's CPU reference executor is the oracle: the predictions
// from the initial weights, the per-epoch losses and the trained weights must agree.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { chromium } from 'playwright-core';
import { loadModel } from '../node/api.js';
import { prepareBrowserExample, serveBrowserExample } from '../scripts/browser-example.js';
import { BASE_FLAGS, CHROMIUM, WEBGPU_FLAGS } from './helpers/chromium.js';
import { gpuRequired } from './helpers/gpu.js';

const FLAGS = [...WEBGPU_FLAGS, ...BASE_FLAGS];
/** GPU and CPU sum in different orders: values agree to this relative error (max-norm over each array). */
const TOLERANCE = 1e-4;

interface PageResult {
  engine?: string;
  before?: number[];
  after?: number[];
  losses?: number[];
  weights?: Record<string, number[]>;
  error?: string;
}

function close(actual: ArrayLike<number>, expected: ArrayLike<number>, what: string): void {
  assert.is(actual.length, expected.length, `${what}: length`);
  let scale = 0;
  let diff = 0;
  for (let i = 0; i < expected.length; i++) {
    scale = Math.max(scale, Math.abs(expected[i]));
    diff = Math.max(diff, Math.abs(actual[i] - expected[i]));
  }
  assert.ok(diff <= TOLERANCE * Math.max(scale, 1e-6), `${what}: max difference ${diff} of max ${scale}`);
}

test('examples/browser trains Iris on WebGPU in Chromium, agreeing with the CPU executor in Node', async () => {
  if (!existsSync(CHROMIUM)) {
    if (gpuRequired()) assert.unreachable(`no Chromium at ${CHROMIUM} (bash scripts/install-system-deps.sh installs it)`);
    console.log(`\n  [skip] browser test: no Chromium at ${CHROMIUM}\n`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'mdlc-browser-'));
  const data = await prepareBrowserExample(dir, { rows: 40, epochs: 4 });
  const { server, url } = await serveBrowserExample(dir);
  let result: PageResult;
  const console_: string[] = [];
  try {
    // Playwright gives the browser a fresh profile of its own.
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
    try {
      const page = await browser.newPage();
      page.on('console', (m) => console_.push(`${m.type()}: ${m.text()}`));
      page.on('pageerror', (e) => console_.push(`pageerror: ${e.message}`));
      await page.goto(url);
      const timeout = new Promise<PageResult>((done) => setTimeout(() => done({ error: 'the page did not finish within 120 s' }), 120_000).unref());
      result = await Promise.race([page.evaluate(() => (window as unknown as { mdlcResult: Promise<PageResult> }).mdlcResult), timeout]);
    } finally {
      await browser.close();
    }
  } finally {
    server.close();
  }
  assert.is(result.error, undefined, `${result.error}\n${console_.join('\n')}`);
  assert.is(result.engine, 'webgpu', console_.join('\n'));
  // The oracle: the same artifact folder, read by Node, on the CPU executor; the same feeds, epochs and seed.
  const cpu = await loadModel(join(dir, 'iris'), { backend: 'cpu' });
  const before = await cpu.predict({ measurements: data.measurements });
  const { history } = await cpu.fit({ measurements: data.measurements, species: data.species }, { epochs: data.epochs, seed: data.seed });
  const after = await cpu.predict({ measurements: data.measurements });
  const weights = await cpu.getWeights();
  cpu.dispose();
  close(result.before!, before.logits, 'logits from the initial weights');
  close(result.losses!, history.map((h) => h.loss), 'loss per epoch');
  assert.ok(result.losses![data.epochs - 1] < result.losses![0], `losses ${result.losses}`);
  for (const [path, w] of Object.entries(weights)) close(result.weights![path], w, path);
  close(result.after!, after.logits, 'logits after training');
});

test.run();
