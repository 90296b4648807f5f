// `mdlc compile` and `mdlc ir-check` as users run them: exit codes, --dump-ir per stage, --stats, --emit ir and its check.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compileSource, irStages } from '../compiler/compile.js';
import { SourceFile } from '../core/diagnostic.js';
import { printModule } from '../compiler/ir/print.js';
import { repoRoot, runCli } from './helpers/repo.js';

const tmp = mkdtempSync(join(tmpdir(), 'mdlc-compile-'));

/** The IR printed after a stage, computed in-process, to compare with what the CLI prints. */
function irAfter(path: string, stage: string, batch: number): string {
  const file = new SourceFile(path, readFileSync(repoRoot + path, 'utf8'));
  let text = '';
  compileSource(file, { batch, purpose: 'train', after: (s, m) => (s === stage ? (text = printModule(m, file)) : undefined) });
  return text;
}

test('compile of a clean spec exits 0 with one line per program', () => {
  const r = runCli(['compile', 'specs/mlp.model']);
  assert.is(r.code, 0, r.stderr);
  assert.match(r.stdout, /^compiled mlp for batch 128: train_step \d+ nodes, eval_step \d+ nodes, predict \d+ nodes$/);
  assert.is(r.stderr, '');
});

test('compile runs as a separate process', () => {
  const r = spawnSync(process.execPath, [repoRoot + 'dist/node/cli.js', 'compile', 'specs/iris.model', '--batch', '4'], { cwd: repoRoot, encoding: 'utf8', timeout: 30_000 });
  assert.is(r.status, 0, r.stderr);
  assert.match(r.stdout, 'compiled iris for batch 4');
});

for (const stage of irStages) {
  test(`--dump-ir=${stage} prints the IR after ${stage}`, () => {
    const r = runCli(['compile', `--dump-ir=${stage}`, '--batch', '2', 'specs/mlp.model']);
    assert.is(r.code, 0, r.stderr);
    assert.is(r.stdout + '\n', irAfter('specs/mlp.model', stage, 2));
    assert.match(r.stdout, /^module mlp \(batch 2, seed \d+\)/);
    assert.match(r.stdout, /program train_step \(\d+ nodes\)/);
  });
}

test('--dump-ir shows where autodiff adds the backward pass and dce removes nodes', () => {
  const lower = runCli(['compile', '--dump-ir=lower', '--batch', '2', 'specs/mlp.model']).stdout;
  const autodiff = runCli(['compile', '--dump-ir=autodiff', '--batch', '2', 'specs/mlp.model']).stdout;
  // After lowering, train_step updates only its metric sums; autodiff adds the optimizer's updates.
  assert.not.match(lower, 'optimizer.step = ');
  assert.match(autodiff, 'optimizer.step = ');
  assert.match(autodiff, '# h1.grad (line ');
});

test('a bad stage name exits 2 and lists the stages', () => {
  const r = runCli(['compile', '--dump-ir=parse', 'specs/mlp.model']);
  assert.is(r.code, 2);
  assert.match(r.stderr, `mdlc: --dump-ir: unknown stage "parse"; the stages are ${irStages.join(', ')}`);
});

test('bad usage exits 2: no file, two files, bad --batch, --emit of something else, unknown option', () => {
  for (const args of [[], ['specs/mlp.model', 'specs/cnn.model'], ['--batch', '0', 'specs/mlp.model'], ['--batch', 'two', 'specs/mlp.model'], ['--emit', 'wgsl', 'specs/mlp.model'], ['--bogus', 'specs/mlp.model'], ['--format', 'xml', 'specs/mlp.model'], ['no/such/file.model']]) {
    const r = runCli(['compile', ...args]);
    assert.is(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.ok(r.stderr.startsWith('mdlc: '), r.stderr);
  }
});

test('a spec with errors exits 1 with the diagnostics of check, and no IR', () => {
  const r = runCli(['compile', '--dump-ir=lower', 'test/cases/shapes.model']);
  assert.is(r.code, 1);
  assert.match(r.stderr, 'test/cases/shapes.model:10:5: error E0401');
  assert.is(r.stdout, '');
  assert.is(runCli(['compile', '--set', 'nope=1', 'specs/iris.model']).code, 1);
});

test('a spec with a loss but no optimizer is compiled for training, so that is an error', () => {
  const path = join(tmp, 'no-optimizer.model');
  writeFileSync(path, 'model no_optimizer\ninput x: f32[batch, 4]\ntarget y: f32[batch, 2]\nz = Dense(2)(x)\nloss mse(z, y)\n');
  const r = runCli(['compile', path]);
  assert.is(r.code, 1);
  assert.match(r.stderr, 'E0603');
});

test('a spec without a loss compiles to predict only', () => {
  const r = runCli(['compile', 'test/cases/missing-training.model']);
  assert.is(r.code, 0, r.stderr);
  assert.match(r.stdout, /: predict \d+ nodes$/);
});

test('warnings go to stderr so stdout stays IR', () => {
  const r = runCli(['compile', '--dump-ir=dce', 'test/cases/unused.model']);
  assert.is(r.code, 0);
  assert.match(r.stderr, 'warning W0701');
  assert.ok(r.stdout.startsWith('module unused '), r.stdout.slice(0, 80));
});

test('--stats prints node counts per program after each stage', () => {
  const r = runCli(['compile', '--stats', '--batch', '2', 'specs/mlp.model']);
  assert.is(r.code, 0, r.stderr);
  const [head, ...rows] = r.stdout.split('\n\n')[0].split('\n');
  assert.equal(head.split(/\s+/), ['program', ...irStages]);
  assert.equal(rows.map((l) => l.split(/\s+/)[0]), ['train_step', 'eval_step', 'predict']);
  const train = rows[0].split(/\s+/).slice(1).map(Number);
  assert.ok(train[1] > train[0], 'autodiff adds nodes');
  assert.ok(train[5] <= train[1], 'simplification does not add nodes');
});

test('--emit ir writes <dir>/<model>.ir.json atomically, and ir-check accepts it', () => {
  const dir = join(tmp, 'nested', 'out');
  const r = runCli(['compile', '--emit', 'ir', '-o', dir, '--batch', '3', 'specs/cnn.model']);
  assert.is(r.code, 0, r.stderr);
  const path = join(dir, 'cnn.ir.json');
  assert.match(r.stdout, `wrote ${path} (cnn, batch 3: train_step`);
  assert.equal(readdirSync(dir), ['cnn.ir.json'], 'no temporary file is left behind');
  const json = JSON.parse(readFileSync(path, 'utf8')) as { format: string; version: number; batch: number };
  assert.equal([json.format, json.version, json.batch], ['mdlc-ir', 1, 3]);
  const c = runCli(['ir-check', path]);
  assert.is(c.code, 0, c.stderr);
  assert.match(c.stdout, `${path}: valid IR of cnn (batch 3: train_step`);
});

test('an output directory that cannot be made exits 2 without a stack trace', () => {
  const r = runCli(['compile', '--emit', 'ir', '-o', 'specs/mlp.model/out', 'specs/mlp.model']);
  assert.is(r.code, 2);
  assert.match(r.stderr, 'mdlc: cannot write specs/mlp.model/out/mlp.ir.json: ');
  assert.not.match(r.stderr, /\bat .*\.js:\d+/);
});

test('--emit ir for every shipped spec gives IR that ir-check accepts', () => {
  const dir = join(tmp, 'all');
  for (const f of readdirSync(repoRoot + 'specs').filter((x) => x.endsWith('.model'))) {
    const r = runCli(['compile', '--emit', 'ir', '-o', dir, '--batch', '2', `specs/${f}`]);
    assert.is(r.code, 0, `${f}: ${r.stderr}`);
  }
  for (const f of readdirSync(dir)) assert.is(runCli(['ir-check', join(dir, f)]).code, 0, f);
});

test('ir-check exits 1 with every problem of broken IR, 2 for unreadable or non-JSON files', () => {
  const dir = join(tmp, 'broken');
  runCli(['compile', '--emit', 'ir', '-o', dir, '--batch', '2', 'specs/mlp.model']);
  const path = join(dir, 'mlp.ir.json');
  const json = JSON.parse(readFileSync(path, 'utf8')) as { programs: { nodes: { src: number[]; shape: number[] }[] }[] };
  json.programs[0].nodes[5].src = [1, 999];
  json.programs[2].nodes[6].shape = [3];
  writeFileSync(path, JSON.stringify(json));
  const r = runCli(['ir-check', path]);
  assert.is(r.code, 1);
  assert.match(r.stderr, `${path}: train_step %5 (h1, matmul): operand %999 does not exist (dangling reference)`);
  assert.match(r.stderr, `${path}: predict %6 (h1, relu): is declared f32[3] but relu(f32[2, 256]) gives f32[2, 256]`);
  assert.match(r.stderr, /\n2 problems$/);
  const notJson = join(tmp, 'not.json');
  writeFileSync(notJson, '{ "format": ');
  for (const args of [['ir-check', notJson], ['ir-check', join(tmp, 'missing.ir.json')], ['ir-check']]) {
    const bad = runCli(args);
    assert.is(bad.code, 2, args.join(' '));
    assert.ok(bad.stderr.startsWith('mdlc: '), bad.stderr);
  }
});

test('--format json prints one object with the counts, the dump and the emitted path', () => {
  const dir = join(tmp, 'json');
  const r = runCli(['compile', '--format', 'json', '--dump-ir=dce', '--stats', '--emit', 'ir', '-o', dir, '--batch', '2', 'specs/iris.model']);
  assert.is(r.code, 0, r.stderr);
  const v = JSON.parse(r.stdout) as { ok: boolean; model: string; programs: { name: string }[]; dump: { stage: string; ir: { format: string } }; stats: unknown[]; emitted: string };
  assert.is(v.ok, true);
  assert.is(v.model, 'iris');
  assert.equal(v.programs.map((p) => p.name), ['train_step', 'eval_step', 'predict']);
  assert.equal([v.dump.stage, v.dump.ir.format], ['dce', 'mdlc-ir']);
  assert.is(v.stats.length, irStages.length);
  assert.is(v.emitted, join(dir, 'iris.ir.json'));
  const bad = runCli(['compile', '--format', 'json', 'test/cases/shapes.model']);
  assert.is(bad.code, 1);
  assert.is((JSON.parse(bad.stdout) as { ok: boolean }).ok, false);
});

test('the usage lists compile and ir-check; check is unchanged', () => {
  const h = runCli(['--help']);
  assert.match(h.stdout, 'compile <file.model>');
  assert.match(h.stdout, 'ir-check <file.ir.json>');
  assert.match(h.stdout, '--dump-ir=<stage>');
  assert.is(runCli(['check', 'specs/mlp.model']).code, 0);
});

test.after(() => rmSync(tmp, { recursive: true, force: true }));

test.run();
