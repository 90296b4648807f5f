// Takes `mdlc export --onnx` run in-process; gives its exit codes: 0 with a model ONNX Runtime loads, 1 for a spec that
// cannot be exported (located) or a checkpoint that does not fit (the tensor named), 2 for bad usage.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { main } from '../node/cli.js';
import { compileModel } from '../node/api.js';
import { repoRoot } from './helpers/repo.js';

const ort = createRequire(import.meta.url)('onnxruntime-node') as typeof import('onnxruntime-node');
const dir = mkdtempSync(join(tmpdir(), 'mdlc-onnx-cli-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (s) => out.push(s), err: (s) => err.push(s), isTty: false });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const iris = join(repoRoot, 'specs/iris.model');
const tiny = join(dir, 'tiny.model');
writeFileSync(tiny, 'model tiny\nconst width = 8\ninput x: f32[batch, 4]\nh = Dense(width, activation=relu)(x)\noutput y = Dense(3)(h)\n');

test('export --onnx writes a model that ONNX Runtime loads, with the spec\'s input and output names', async () => {
  const file = join(dir, 'out/iris.onnx');
  const r = await run('export', iris, '--onnx', '-o', file);
  assert.is(r.code, 0, r.err);
  assert.match(r.out, `wrote ${file} (ONNX opset 17, batch dynamic, the spec's initial weights`);
  const session = await ort.InferenceSession.create(file);
  assert.equal([session.inputNames, session.outputNames], [['measurements'], ['logits']]);
  await session.release();
});

test('--checkpoint and --batch N', async () => {
  const model = await compileModel(tiny, { backend: 'cpu' });
  const ckpt = join(dir, 'tiny.safetensors');
  await model.save(ckpt, { epoch: 0, seed: 1 });
  const file = join(dir, 'tiny.onnx');
  const r = await run('export', tiny, '--onnx', '--checkpoint', ckpt, '--batch', '3', '-o', file);
  assert.is(r.code, 0, r.err);
  assert.match(r.out, `batch 3, weights of ${ckpt}`);
});

test('a spec that cannot be exported: the located error (file:line:col) and exit code 1', async () => {
  const empty = join(dir, 'empty.model');
  writeFileSync(empty, 'model empty\ninput x: f32[batch, 4]\n');
  const r = await run('export', empty, '--onnx', '-o', join(dir, 'empty.onnx'));
  assert.is(r.code, 1);
  assert.match(r.err, `${empty}:1:7: error E0701: empty declares no output, so there is nothing to export`);
  assert.not.ok(existsSync(join(dir, 'empty.onnx')));
  const broken = join(dir, 'broken.model');
  writeFileSync(broken, 'model broken\ninput x: f32[batch, 4]\noutput y = Dense(3)(z)\n');
  const b = await run('export', broken, '--onnx', '-o', join(dir, 'broken.onnx'));
  assert.is(b.code, 1);
  assert.match(b.err, `${broken}:3:21: error E0201`);
});

test('a spec with a loss but no optimizer exports (serving needs none); its warnings go to stderr', async () => {
  const spec = join(dir, 'served.model');
  writeFileSync(spec, 'model served\ninput x: f32[batch, 4]\ninput unused: f32[batch, 2]\ntarget t: f32[batch, 3]\noutput y = Dense(3)(x)\nloss mse(y, t)\n');
  const r = await run('export', spec, '--onnx', '-o', join(dir, 'served.onnx'));
  assert.is(r.code, 0, r.err);
  assert.match(r.err, 'warning W0702');
  const session = await ort.InferenceSession.create(join(dir, 'served.onnx'));
  assert.equal([session.inputNames, session.outputNames], [['x'], ['y']]);
  await session.release();
});

test('a checkpoint that does not fit: exit code 1 naming the tensor', async () => {
  const other = await compileModel(tiny, { backend: 'cpu', set: { width: 5 } });
  const ckpt = join(dir, 'narrow.safetensors');
  await other.save(ckpt, { epoch: 0, seed: 1 });
  const r = await run('export', tiny, '--onnx', '--checkpoint', ckpt, '-o', join(dir, 'narrow.onnx'));
  assert.is(r.code, 1);
  assert.match(r.err, /parameter "[\w.]*kernel" has shape \[4, 5\] in the checkpoint but the program needs \[4, 8\]/);
  assert.match(r.err, 'hint: --checkpoint takes');
  const missing = await run('export', tiny, '--onnx', '--checkpoint', join(dir, 'none.safetensors'), '-o', join(dir, 'none.onnx'));
  assert.is(missing.code, 1);
  assert.match(missing.err, 'none.safetensors');
});

test('bad usage exits 2: no format, an unknown one, a bad --batch, no -o, two specs, an unreadable spec, -o under a file', async () => {
  const out = join(dir, 'x.onnx');
  const cases: [string[], string | RegExp][] = [
    [['export', iris, '-o', out], 'export needs exactly one format, --onnx'],
    [['export', iris, '--onnx', '--tflite', '-o', out], "Unknown option '--tflite'"],
    [['export', iris, '--onnx', '--batch', '0', '-o', out], '--batch (dynamic or a positive integer) must be a positive integer, got "0"'],
    [['export', iris, '--onnx', '--batch', 'some', '-o', out], 'got "some"'],
    [['export', iris, '--onnx'], 'export needs -o'],
    [['export', iris, iris, '--onnx', '-o', out], 'export takes one spec file, got 2'],
    [['export', '--onnx', '-o', out], 'export needs a spec file'],
    [['export', join(dir, 'nothing.model'), '--onnx', '-o', out], 'no such file'],
    [['export', iris, '--onnx', '-o', join(iris, 'x.onnx')], iris],
  ];
  for (const [args, message] of cases) {
    const r = await run(...args);
    assert.is(r.code, 2, `${args.join(' ')}: ${r.err}`);
    assert.match(r.err, message);
  }
});

test('export --help prints the usage with the export options', async () => {
  const r = await run('export', '--help');
  assert.is(r.code, 0);
  assert.match(r.out, 'export <file.model> --onnx -o <model.onnx>');
  assert.match(r.out, '--batch dynamic|N');
});

test.run();
