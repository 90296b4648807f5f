// The runnable programs in examples/ run as a user runs them (`node examples/...`, importing 'mdlc' by its package
// name) and do what their header says. On the CPU executor, so they need no GPU and stay quick.
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { loadCheckpoint } from '../node/checkpoint-file.js';
import { repoRoot } from './helpers/repo.js';

const run = promisify(execFile);
const tmp = mkdtempSync(join(tmpdir(), 'mdlc-examples-'));

test('examples/train.mjs trains Iris through the library, evaluates it and saves a checkpoint', async () => {
  const out = join(tmp, 'runs', 'iris.safetensors');
  const { stdout } = await run(process.execPath, ['examples/train.mjs', '--backend', 'cpu', '--epochs', '30', '--out', out], { cwd: repoRoot });
  assert.match(stdout, 'iris on cpu: 120 training rows, batch 16');
  const heldOut = /held-out: 30 rows, loss ([\d.]+), accuracy ([\d.]+)/.exec(stdout);
  assert.ok(heldOut, stdout);
  assert.ok(Number(heldOut[2]) >= 0.9, `held-out accuracy ${heldOut[2]}`);
  assert.match(stdout, /predicted \(logits, first rows\): [0-2]( [0-2]){4}/);
  const ckpt = await loadCheckpoint(out);
  assert.is(ckpt.meta.model, 'iris');
  assert.ok(ckpt.meta.step > 0);
});

test.run();
