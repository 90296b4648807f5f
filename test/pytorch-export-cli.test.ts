// mdlc export --pytorch without PyTorch: the command's usage and exit codes, the files it writes, the located errors of what
// cannot be exported, and the generated model.py of every shipped spec pinned as golden text (test/golden/pytorch/).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileSource } from '../compiler/compile.js';
import { exportPyTorch } from '../compiler/export/pytorch/export.js';
import { SourceFile } from '../core/diagnostic.js';
import { matchGolden, repoRoot, runCliAsync } from './helpers/repo.js';

const work = mkdtempSync(join(tmpdir(), 'mdlc-export-cli-'));
test.after(() => rmSync(work, { recursive: true, force: true }));

test('export --help prints the usage; a missing format, two formats, no -o or no spec are usage errors (exit 2)', async () => {
  const help = await runCliAsync(['export', '--help']);
  assert.is(help.code, 0);
  assert.match(help.stdout, /mdlc export <file\.model> \(--onnx \| --pytorch\) -o <out>/);
  for (const [args, message] of [
    [['export', 'specs/mlp.model', '-o', join(work, 'x')], /exactly one format, --onnx or --pytorch/],
    [['export', 'specs/mlp.model', '--pytorch'], /needs -o <path>/],
    [['export', '--pytorch', '-o', join(work, 'x')], /needs a spec file/],
    [['export', 'specs/mlp.model', '--pytorch', '--tflite', '-o', join(work, 'x')], /Unknown option '--tflite'/],
  ] as const) {
    const r = await runCliAsync([...args]);
    assert.is(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, message);
  }
  const top = await runCliAsync(['--help']);
  assert.match(top.stdout, /export <file\.model> --pytorch -o <dir>/);
});

test('export --pytorch writes the program and the first weights; -o under a file is exit 2; a bad checkpoint exit 1', async () => {
  const out = join(work, 'iris');
  const r = await runCliAsync(['export', 'specs/iris.model', '--pytorch', '-o', out, '--data', 'examples/data/iris.json']);
  assert.is(r.code, 0, r.stderr);
  assert.match(r.stdout, /data: train 120 rows, test 30 rows/);
  assert.equal(readdirSync(out).sort(), ['data', 'export.json', 'init.safetensors', 'mdlc_checkpoint.py', 'mdlc_layers.py', 'model.py', 'train.py']);
  assert.equal(readdirSync(join(out, 'data')).sort(), ['test.safetensors', 'train.safetensors']);
  const info = JSON.parse(readFileSync(join(out, 'export.json'), 'utf8')) as { programHash: string; state: { path: string }[] };
  assert.match(info.programHash, /^[0-9a-f]{64}$/);
  assert.ok(info.state.some((s) => s.path === 'hidden.kernel.momentum'));
  writeFileSync(join(work, 'file'), 'x');
  const under = await runCliAsync(['export', 'specs/iris.model', '--pytorch', '-o', join(work, 'file', 'out')]);
  assert.is(under.code, 2, under.stderr);
  const bad = await runCliAsync(['export', 'specs/iris.model', '--pytorch', '-o', join(work, 'iris2'), '--checkpoint', join(out, 'init.safetensors').replace('iris', 'missing')]);
  assert.is(bad.code, 1, bad.stderr);
  const other = await runCliAsync(['export', 'specs/mlp.model', '--pytorch', '-o', join(work, 'mlp'), '--checkpoint', join(out, 'init.safetensors')]);
  assert.is(other.code, 1);
  assert.match(other.stderr, /--checkpoint takes a checkpoint of this spec/);
});

test('what the PyTorch export cannot reproduce is a located error (exit 1), E0711-E0713', async () => {
  const spec = join(work, 'clash.model');
  writeFileSync(spec, 'model clash\ninput x: f32[batch, 4]\ntarget t: f32[batch, 3]\noutput forward = Dense(3)(x)\nloss mse(forward, t)\noptimizer adam()\n');
  const r = await runCliAsync(['export', spec, '--pytorch', '-o', join(work, 'clash')]);
  assert.is(r.code, 1);
  assert.match(r.stderr, /clash\.model:4:\d+: error E0711: the layer `forward` would be the PyTorch attribute `forward`/);
  const inference = join(work, 'inference.model');
  writeFileSync(inference, 'model inference\ninput x: f32[batch, 4]\noutput y = Dense(3)(x)\n');
  const none = await runCliAsync(['export', inference, '--pytorch', '-o', join(work, 'inference')]);
  assert.is(none.code, 1);
  assert.match(none.stderr, /E0602|E0712/);
});

for (const spec of ['mlp', 'iris', 'autoencoder', 'text-classifier', 'cnn', 'char-gpt']) {
  test(`the generated model.py of ${spec} (golden)`, () => {
    const file = new SourceFile(`specs/${spec}.model`, readFileSync(join(repoRoot, 'specs', `${spec}.model`), 'utf8'));
    const r = compileSource(file, { purpose: 'train', backend: true });
    const out = exportPyTorch(r.model!, file, r.artifact!.manifest);
    assert.equal(out.diagnostics, []);
    matchGolden(`test/golden/pytorch/${spec}.model.py`, out.files['model.py']);
  });
}

test.run();
