// `mdlc train / eval / predict` end to end on real data (Iris), checkpoints and exact resume, bad data, non-finite loss.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { loadCheckpoint } from '../node/checkpoint-file.js';
import { repoRoot, runCliAsync } from './helpers/repo.js';

const tmp = mkdtempSync(join(tmpdir(), 'mdlc-train-'));
const iris = ['--data', 'examples/data/iris.json', '--backend', 'cpu'];

test('training Iris on the CPU executor reaches 93% held-out accuracy and writes every report', async () => {
  const out = join(tmp, 'iris');
  const r = await runCliAsync(['train', 'specs/iris.model', ...iris, '--epochs', '60', '--out', out]);
  assert.is(r.code, 0, r.stderr);
  const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { heldOut: { accuracy: number; rows: number }; stopped: string };
  assert.is(summary.stopped, 'completed');
  assert.is(summary.heldOut.rows, 30);
  assert.ok(summary.heldOut.accuracy >= 0.93, `held-out accuracy ${summary.heldOut.accuracy}`);
  const lines = readFileSync(join(out, 'metrics.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { loss: number; accuracy: number });
  assert.is(lines.length, 60);
  assert.ok(lines[59].loss < lines[0].loss / 5, `loss ${lines[0].loss} -> ${lines[59].loss}`);
  assert.match(readFileSync(join(out, 'chart.svg'), 'utf8'), '<svg');
  assert.match(r.stdout, 'held-out (30 rows)');
  const e = await runCliAsync(['eval', 'specs/iris.model', ...iris, '--checkpoint', join(out, 'checkpoint.safetensors'), '--json']);
  assert.is(e.code, 0, e.stderr);
  assert.is((JSON.parse(e.stdout) as { accuracy: number }).accuracy, summary.heldOut.accuracy);
  const p = await runCliAsync(['predict', 'specs/iris.model', ...iris, '--checkpoint', join(out, 'checkpoint.safetensors'), '--out', join(out, 'predictions.csv')]);
  assert.is(p.code, 0, p.stderr);
  const csv = readFileSync(join(out, 'predictions.csv'), 'utf8').trim().split('\n');
  // A row id, the outputs, the predicted class with its probabilities, and the true label (issue 12, part 8).
  assert.equal(csv[0], 'row,logits_0,logits_1,logits_2,class,probability,p_setosa,p_versicolor,p_virginica,true_species');
  assert.is(csv.length, 31);
  // Predicting at another batch size (another compilation) loads the same weights and gives the same numbers.
  const p7 = await runCliAsync(['predict', 'specs/iris.model', ...iris, '--checkpoint', join(out, 'checkpoint.safetensors'), '--batch-size', '7', '--out', join(out, 'predictions-7.csv')]);
  assert.is(p7.code, 0, p7.stderr);
  const csv7 = readFileSync(join(out, 'predictions-7.csv'), 'utf8').trim().split('\n');
  assert.is(csv7.length, 31);
  csv7.slice(1).forEach((line, r) =>
    line.split(',').forEach((v, c) => {
      const other = csv[r + 1].split(',')[c];
      assert.ok(v === other || Math.abs(Number(v) - Number(other)) < 1e-5, `row ${r} column ${c}`);
    }),
  );
});

test("the spec's validation_split (or --validation-split) holds out training rows and reports validation metrics", async () => {
  const out = join(tmp, 'val-split');
  const r = await runCliAsync(['train', 'specs/iris.model', ...iris, '--epochs', '3', '--validation-split', '0.25', '--out', out, '--json']);
  assert.is(r.code, 0, r.stderr);
  assert.match(r.stderr, '90 training rows, 30 validation (validation_split 0.25)');
  const records = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, number>);
  assert.ok(records.slice(0, 3).every((x) => Number.isFinite(x.val_loss) && x.val_accuracy >= 0), r.stdout);
  const bad = await runCliAsync(['train', 'specs/iris.model', ...iris, '--validation-split', '1.5']);
  assert.is(bad.code, 2);
  assert.match(bad.stderr, '--validation-split must be a fraction in [0, 1)');
});

test('2 + 2 epochs with a restart give exactly the weights of 4 epochs straight', async () => {
  const straight = join(tmp, 'straight');
  const split = join(tmp, 'split');
  assert.is((await runCliAsync(['train', 'specs/iris.model', ...iris, '--epochs', '4', '--out', straight])).code, 0);
  assert.is((await runCliAsync(['train', 'specs/iris.model', ...iris, '--epochs', '2', '--out', split])).code, 0);
  const resumed = await runCliAsync(['train', 'specs/iris.model', ...iris, '--epochs', '4', '--out', split, '--resume', join(split, 'checkpoint.safetensors')]);
  assert.is(resumed.code, 0, resumed.stderr);
  const a = await loadCheckpoint(join(straight, 'checkpoint.safetensors'));
  const b = await loadCheckpoint(join(split, 'checkpoint.safetensors'));
  assert.is(b.meta.epoch, 4);
  assert.is(b.meta.step, a.meta.step);
  for (const [path, v] of Object.entries(a.params)) assert.equal(Buffer.from(b.params[path].buffer), Buffer.from(v.buffer), path);
  for (const [path, v] of Object.entries(a.state)) assert.equal(Buffer.from(b.state[path].buffer), Buffer.from(v.buffer), path);
});

test('Ctrl-C saves a checkpoint where training stood, and --resume continues to exactly the weights of a straight run', async () => {
  const epochs = '300';
  const straight = join(tmp, 'sigint-straight');
  const stopped = join(tmp, 'sigint');
  assert.is((await runCliAsync(['train', 'specs/iris.model', ...iris, '--epochs', epochs, '--out', straight])).code, 0);
  const child = spawn(process.execPath, [join(repoRoot, 'dist/node/cli.js'), 'train', 'specs/iris.model', ...iris, '--epochs', epochs, '--out', stopped, '--json'], { cwd: repoRoot });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  // Interrupt once a few epochs are done: the checkpoint then holds the last epoch's end, and SIGINT lands mid-epoch.
  await new Promise<void>((resolve) =>
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (stdout.split('\n').length > 5) resolve();
    }),
  );
  child.kill('SIGINT');
  const code = await exited;
  assert.is(code, 130, stderr);
  assert.match(stderr, 'interrupted; saving a checkpoint');
  assert.match(stderr, /saved .*checkpoint\.safetensors in epoch \d+ after step \d+; continue with --resume/);
  assert.not.match(stderr, /\bat .*\.js:\d+/);
  const saved = await loadCheckpoint(join(stopped, 'checkpoint.safetensors'));
  assert.ok(saved.meta.epoch < Number(epochs), `interrupted at epoch ${saved.meta.epoch}`);
  const resumed = await runCliAsync(['train', 'specs/iris.model', ...iris, '--epochs', epochs, '--out', stopped, '--resume', join(stopped, 'checkpoint.safetensors')]);
  assert.is(resumed.code, 0, resumed.stderr);
  const a = await loadCheckpoint(join(straight, 'checkpoint.safetensors'));
  const b = await loadCheckpoint(join(stopped, 'checkpoint.safetensors'));
  assert.is(b.meta.step, a.meta.step);
  for (const [path, v] of Object.entries(a.params)) assert.equal(Buffer.from(b.params[path].buffer), Buffer.from(v.buffer), path);
  for (const [path, v] of Object.entries(a.state)) assert.equal(Buffer.from(b.state[path].buffer), Buffer.from(v.buffer), path);
});

test('bad data is rejected before training with the file, row and column', async () => {
  const csv = join(tmp, 'bad.csv');
  writeFileSync(csv, 'a,b,c,d,species\n1,2,3,4,setosa\n1,2,x,4,setosa\n');
  const config = join(tmp, 'bad.json');
  writeFileSync(config, JSON.stringify({ source: { csv }, inputs: { measurements: { columns: ['a', 'b', 'c', 'd'] } }, targets: { species: { column: 'species' } } }));
  const r = await runCliAsync(['train', 'specs/iris.model', '--data', config, '--backend', 'cpu', '--out', join(tmp, 'bad')]);
  assert.is(r.code, 1);
  assert.match(r.stderr, `${csv}:3:3`);
  assert.not.match(r.stderr, /\bat .*\.js:\d+/);
  assert.not.ok(existsSync(join(tmp, 'bad', 'checkpoint.safetensors')), 'nothing was trained');
});

test('a non-finite loss stops training with the step number and keeps the last good checkpoint', async () => {
  const out = join(tmp, 'nan');
  const r = await runCliAsync(['train', 'specs/iris.model', ...iris, '--epochs', '3', '--lr', '1e38', '--out', out]);
  assert.is(r.code, 1);
  // The CPU engine reads the loss every step, so the step is exact.
  assert.match(r.stderr, /the loss became non-finite at step \d+ \(epoch 1\)/);
  assert.match(r.stderr, 'No checkpoint was written');
  assert.not.match(r.stderr, /\bat .*\.js:\d+/);
});

test('usage mistakes exit 2', async () => {
  for (const args of [['train'], ['train', 'specs/iris.model'], ['train', 'specs/iris.model', ...iris, '--epochs', '0'], ['eval', 'specs/iris.model', ...iris]]) {
    const r = await runCliAsync(args);
    assert.is(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
  }
});

test.run();
