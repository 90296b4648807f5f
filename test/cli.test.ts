// The `mdlc` command as users run it: exit codes, streams, --set, --for, and JSON output validated against its schema.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { repoRoot, runCli } from './helpers/repo.js';

const schema = JSON.parse(readFileSync(repoRoot + 'docs/schemas/check-output.schema.json', 'utf8'));
const validate = new Ajv({ allErrors: true, allowUnionTypes: true }).compile(schema);

function json(args: string[]): { code: number; value: Record<string, unknown> } {
  const r = runCli(['check', '--format', 'json', ...args]);
  const value = JSON.parse(r.stdout) as Record<string, unknown>;
  assert.ok(validate(value), JSON.stringify(validate.errors, null, 2));
  return { code: r.code, value };
}

/** Runs the built CLI as a separate process, as a user would. */
function spawn(args: string[]) {
  return spawnSync(process.execPath, [repoRoot + 'dist/node/cli.js', ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 30_000 });
}

test('exit code 0 and a summary for a clean spec (separate process)', () => {
  const r = spawn(['check', 'specs/mlp.model']);
  assert.is(r.status, 0, r.stderr);
  assert.match(r.stdout, 'Total params: 235,146');
  assert.is(r.stderr, '');
});

test('exit code 1 and every error on stderr for a wrong spec (separate process)', () => {
  const r = spawn(['check', 'test/cases/shapes.model']);
  assert.is(r.status, 1);
  assert.match(r.stderr, 'test/cases/shapes.model:10:5: error E0401');
  assert.match(r.stderr, '10 errors, 0 warnings');
  assert.not.match(r.stderr, /\bat .*\.js:\d+/);
});

test('exit code 2 for an unreadable file, a missing argument, an unknown command or option (separate process)', () => {
  for (const args of [['check', 'no/such/file.model'], ['check'], ['frobnicate'], ['check', '--format', 'xml', 'specs/mlp.model'], ['check', '--bogus', 'specs/mlp.model'], ['check', 'specs']]) {
    const r = spawn(args);
    assert.is(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.ok(r.stderr.startsWith('mdlc: '), r.stderr);
    assert.not.match(r.stderr, /\bat .*\.js:\d+/);
  }
});

test('warnings alone exit 0 and go to stdout', () => {
  const r = runCli(['check', 'test/cases/unused.model']);
  assert.is(r.code, 0);
  assert.match(r.stdout, 'warning W0701');
  assert.is(r.stderr, '');
});

test('--for train makes a missing loss and optimizer errors; plain check does not', () => {
  assert.is(runCli(['check', 'test/cases/missing-training.model']).code, 0);
  const r = runCli(['check', '--for', 'train', 'test/cases/missing-training.model']);
  assert.is(r.code, 1);
  assert.match(r.stderr, 'E0602');
  assert.match(r.stderr, 'E0603');
});

test('--set overrides constants and changes inferred shapes and counts', () => {
  const base = json(['specs/text-classifier.model']).value as { summary: { totalParams: number } };
  const wide = json(['--set', 'd_model=128', '--set', 'heads=4', 'specs/text-classifier.model']);
  assert.is(wide.code, 0);
  const summary = (wide.value as { summary: { totalParams: number; tensors: { name: string; shape: unknown[] }[] } }).summary;
  assert.equal(summary.tensors.find((t) => t.name === 'pooled')?.shape, ['batch', 128]);
  assert.ok(summary.totalParams > base.summary.totalParams);
  const bad = json(['--set', 'heads=3', 'specs/text-classifier.model']);
  assert.is(bad.code, 1);
  assert.ok((bad.value.diagnostics as { code: string }[]).some((d) => d.code === 'E0306'));
});

test('--set of an unknown constant or a non-number is error E0206 from the command line', () => {
  const r = json(['--set', 'dmodel=3', '--set', 'heads=two', 'specs/text-classifier.model']);
  assert.is(r.code, 1);
  const ds = r.value.diagnostics as { code: string; commandLine?: boolean; hint?: string }[];
  assert.is(ds.filter((d) => d.code === 'E0206' && d.commandLine).length, 2);
  assert.ok(ds.some((d) => d.hint === 'did you mean `d_model`?'));
});

test('--set also overrides settings (train.<name>, optimizer.<name>), checked like spec text; --batch-size is train.batch_size', () => {
  const r = runCli(['check', '--set', 'train.batch_size=8', '--set', 'optimizer.lr=0.5', '--set', 'train.seed=3', 'specs/iris.model']);
  assert.is(r.code, 0, r.stderr);
  assert.match(r.stdout, /batch size 8, 100 epochs, seed 3/);
  const bad = json(['--set', 'train.batch_sise=8', '--set', 'optimizer.lr=0', '--set', 'model.x=1', 'specs/iris.model']);
  assert.is(bad.code, 1);
  const ds = bad.value.diagnostics as { code: string; message: string; commandLine?: boolean; hint?: string }[];
  assert.equal(ds.map((d) => [d.code, d.commandLine, d.message]), [
    ['E0206', true, 'train.batch_sise=8: train has no setting `batch_sise`'],
    ['E0206', true, 'model.x=1: `model` is not a section with settings'],
    ['E0304', true, 'optimizer.lr=0: `lr` of sgd must be > 0, but it is 0'],
  ]);
  assert.is(ds[0].hint, 'did you mean `batch_size`?');
  const a = runCli(['compile', '--batch-size', '4', 'specs/iris.model']);
  const b = runCli(['compile', '--set', 'train.batch_size=4', 'specs/iris.model']);
  assert.is(a.code, 0, a.stderr);
  assert.match(a.stdout, 'compiled iris for batch 4');
  assert.is(b.stdout, a.stdout);
  assert.is(runCli(['compile', '--batch', '4', 'specs/iris.model']).stdout, a.stdout);
});

test('JSON output validates against docs/schemas/check-output.schema.json for every case and spec', () => {
  const files = [
    ...readdirSync(repoRoot + 'specs').map((f) => `specs/${f}`),
    ...readdirSync(repoRoot + 'test/cases').filter((f) => f.endsWith('.model')).map((f) => `test/cases/${f}`),
  ].filter((f) => f.endsWith('.model'));
  for (const f of files) {
    const { code, value } = json([f]);
    assert.is(value.ok, code === 0, f);
    assert.is('summary' in value, code === 0, f);
  }
});

test('the JSON schema rejects malformed output (it is not vacuous)', () => {
  assert.not.ok(validate({ file: 'x', ok: true, diagnostics: [{ code: 'bad', severity: 'fatal' }] }));
  assert.not.ok(validate({ ok: true }));
});

test('--help and --version', () => {
  const h = runCli(['--help']);
  assert.is(h.code, 0);
  assert.match(h.stdout, 'Usage: mdlc');
  const v = runCli(['--version']);
  assert.is(v.code, 0);
  assert.match(v.stdout, /^mdlc \d+\.\d+\.\d+/);
  assert.is(runCli([]).code, 2);
});

test.run();
