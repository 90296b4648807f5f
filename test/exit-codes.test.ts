// The exit-code contract: every user-facing error class, made to happen for real, exits 1 or 2 with a message and no stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compileSource } from '../compiler/compile.js';
import { SourceFile } from '../core/diagnostic.js';
import { loadModel } from '../node/api.js';
import { loadCheckpoint, saveCheckpoint } from '../node/checkpoint-file.js';
import { errorRules, exitCodes, reportFailure } from '../node/exit-codes.js';
import { lockFileName, temporaryName } from '../node/run-folder.js';
import { decodeSafetensors } from '../runtime/safetensors.js';
import { Model } from '../runtime/model.js';
import { CpuSession } from '../runtime/cpu/session.js';
import { getTestDevice, releaseTestDevice } from './helpers/gpu.js';
import { repoRoot, runCliAsync } from './helpers/repo.js';

const tmp = mkdtempSync(join(tmpdir(), 'mdlc-exit-'));
const iris = ['--data', 'examples/data/iris.json', '--backend', 'cpu'];
const cli = join(repoRoot, 'dist/node/cli.js');
const stackTrace = /\bat .*\.js:\d+/;

/** The classes each test below made happen; at the end every class of the contract must be among them. */
const seen = new Set<string>();

interface Outcome {
  code: number;
  stderr: string;
}

/** Checks an outcome: its exit code, its message, no stack trace, and records the class it stands for. */
function expect(kind: string, r: Outcome, code: number, message: string | RegExp): void {
  assert.is(r.code, code, `${kind}: ${r.stderr}`);
  assert.match(r.stderr, message, kind);
  assert.not.match(r.stderr, stackTrace, `${kind} printed a stack trace: ${r.stderr}`);
  assert.not.match(r.stderr, 'This is a bug in mdlc', kind);
  seen.add(kind);
}

/** A thrown error as the CLI reports it (for classes the library raises: the CLI prints them the same way). */
function reported(e: unknown): Outcome {
  const err: string[] = [];
  const code = reportFailure(e, { err: (s) => err.push(s), isTty: false }, 'usage');
  return { code, stderr: err.join('\n') };
}

async function thrown(f: () => unknown): Promise<unknown> {
  try {
    await f();
  } catch (e) {
    return e;
  }
  return assert.unreachable('expected an error');
}

/** Runs the CLI as a child process (for environment variables and a second process). */
function child(args: string[], env: Record<string, string> = {}): Outcome & { stdout: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: repoRoot, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

test('usage mistakes exit 2: a seed beyond 32 bits, an --out that is a file or lies under one, a foreign artifact folder', async () => {
  expect('UsageError', await runCliAsync(['train', 'specs/iris.model', ...iris, '--seed', '4294967296']), 2, '--seed must be an integer from 0 to 4294967295, got "4294967296"');
  const file = join(tmp, 'a-file');
  writeFileSync(file, 'not a folder');
  expect('OutputPathError', await runCliAsync(['train', 'specs/iris.model', ...iris, '--out', file]), 2, `cannot create ${file}: it exists and is not a folder`);
  expect('OutputPathError', await runCliAsync(['train', 'specs/iris.model', ...iris, '--out', join(file, 'run')]), 2, `cannot create ${join(file, 'run')}: part of the path is a file, not a folder`);
  const foreign = join(tmp, 'foreign');
  mkdirSync(foreign);
  writeFileSync(join(foreign, 'notes.txt'), 'mine');
  expect('WriteArtifactError', await runCliAsync(['compile', 'specs/iris.model', '-o', foreign]), 2, 'exists and is not an artifact folder');
});

test('a spec with errors, unusable data and a validation split that leaves no training rows exit 1', async () => {
  expect('SpecError', await runCliAsync(['train', 'test/cases/shapes.model', ...iris]), 1, 'error E0401');
  expect('DataError', await runCliAsync(['train', 'specs/iris.model', ...iris, '--validation-split', '0.999', '--out', join(tmp, 'split')]), 1, '--validation-split 0.999 of 120 training rows leaves none to train on');
  assert.not.ok(existsSync(join(tmp, 'split', 'metrics.jsonl')), 'nothing was written');
});

test('--resume and --checkpoint from a missing, empty, truncated or foreign checkpoint exit 1 naming it', async () => {
  const good = join(tmp, 'good');
  assert.is((await runCliAsync(['train', 'specs/iris.model', ...iris, '--epochs', '1', '--out', good])).code, 0);
  const ckpt = join(good, 'checkpoint.safetensors');
  const bytes = readFileSync(ckpt);
  const empty = join(tmp, 'empty.safetensors');
  writeFileSync(empty, '');
  const truncated = join(tmp, 'truncated.safetensors');
  writeFileSync(truncated, bytes.subarray(0, bytes.length >> 1));
  // Another spec's checkpoint: a narrower hidden layer.
  const other = join(tmp, 'narrow.model');
  writeFileSync(other, readFileSync(join(repoRoot, 'specs/iris.model'), 'utf8').replace('Dense(16', 'Dense(8'));
  assert.is((await runCliAsync(['train', other, ...iris, '--epochs', '1', '--out', join(tmp, 'narrow')])).code, 0);
  const foreign = join(tmp, 'narrow', 'checkpoint.safetensors');
  for (const [what, path] of [['missing', join(tmp, 'nowhere.safetensors')], ['empty', empty], ['truncated', truncated], ['foreign', foreign]]) {
    const r = await runCliAsync(['train', 'specs/iris.model', ...iris, '--epochs', '2', '--resume', path, '--out', join(tmp, `resume-${what}`)]);
    expect('CheckpointError', r, 1, path);
    assert.match(r.stderr, 'hint: --resume takes a checkpoint.safetensors', what);
    const e = await runCliAsync(['eval', 'specs/iris.model', ...iris, '--checkpoint', path]);
    expect('CheckpointError', e, 1, path);
  }
});

test('generate on a spec that is not a next-token model exits 1 saying so', async () => {
  const ckpt = join(tmp, 'good', 'checkpoint.safetensors');
  expect('GenerationError', await runCliAsync(['generate', 'specs/iris.model', '--checkpoint', ckpt, '--prompt', 'a', '--cpu']), 1, 'iris is not a next-token model');
});

test('a resume with --epochs at or below the checkpoint epoch does nothing, writes nothing and says so (exit 0)', async () => {
  const from = join(tmp, 'good', 'checkpoint.safetensors');
  const out = join(tmp, 'nothing');
  const r = await runCliAsync(['train', 'specs/iris.model', ...iris, '--epochs', '1', '--resume', from, '--out', out]);
  assert.is(r.code, exitCodes.ok, r.stderr);
  assert.match(r.stderr, `nothing to do: the checkpoint ${from} was saved after epoch 1, and --epochs is 1`);
  assert.not.match(r.stdout, 'wrote');
  assert.not.ok(existsSync(out), 'no folder was made');
});

test('a non-finite loss after a resume names the checkpoint it resumed from, which exists', async () => {
  const from = join(tmp, 'good', 'checkpoint.safetensors');
  const blown = join(tmp, 'blown.safetensors');
  const ckpt = await loadCheckpoint(from);
  for (const v of Object.values(ckpt.params)) v.fill(3e38);
  await saveCheckpoint(blown, ckpt);
  const out = join(tmp, 'nan-after-resume');
  const r = await runCliAsync(['train', 'specs/iris.model', ...iris, '--epochs', '3', '--resume', blown, '--out', out]);
  expect('NonFiniteLossError', r, 1, `The last good checkpoint, after epoch 1, is ${blown}`);
  assert.not.ok(existsSync(join(out, 'checkpoint.safetensors')));
});

test('the machine refusing: an --out the file system will not hold, a full disk while writing the chart, a metrics log that cannot open', async () => {
  expect('EnvironmentError', await runCliAsync(['train', 'specs/iris.model', ...iris, '--out', '/proc/mdlc-exit-test']), 1, 'cannot create /proc/mdlc-exit-test: ');
  if (existsSync('/dev/full')) {
    const out = join(tmp, 'full');
    mkdirSync(out);
    // Every write of the chart goes to /dev/full, which answers as a full disk does (ENOSPC), for root too.
    symlinkSync('/dev/full', temporaryName(join(out, 'chart.svg')));
    const r = await runCliAsync(['train', 'specs/iris.model', ...iris, '--epochs', '2', '--out', out]);
    expect('EnvironmentError', r, 1, `cannot write ${join(out, 'chart.svg')}: the disk is full`);
    assert.match(r.stderr, `hint: the last checkpoint, after epoch 1, is ${join(out, 'checkpoint.safetensors')}: continue from it with --resume`);
    assert.ok(existsSync(join(out, 'checkpoint.safetensors')));
    assert.not.ok(existsSync(join(out, lockFileName)), 'the lock was released');
  }
  const blocked = join(tmp, 'blocked-log');
  mkdirSync(join(blocked, 'metrics.jsonl'), { recursive: true });
  expect('MetricsLogError', await runCliAsync(['train', 'specs/iris.model', ...iris, '--out', blocked]), 1, `cannot open metrics log ${join(blocked, 'metrics.jsonl')}: it is a folder, not a file`);
});

test('a misspelt MDLC_WEBGPU_BACKEND and no adapter with --backend webgpu exit 1 with what to do', () => {
  const bad = child(['train', 'specs/iris.model', '--data', 'examples/data/iris.json', '--epochs', '1', '--out', join(tmp, 'env')], { MDLC_WEBGPU_BACKEND: 'vulkn' });
  expect('DeviceSetupError', bad, 1, "MDLC_WEBGPU_BACKEND is 'vulkn', which is not a WebGPU backend: set it to auto, vulkan or opengles");
  // No Vulkan driver to be found, and OpenGL ES not tried: no adapter, for real.
  const none = child(['train', 'specs/iris.model', '--data', 'examples/data/iris.json', '--backend', 'webgpu', '--epochs', '1', '--out', join(tmp, 'none')], { MDLC_WEBGPU_BACKEND: 'vulkan', VK_ICD_FILENAMES: join(tmp, 'no-such-icd.json'), VK_DRIVER_FILES: join(tmp, 'no-such-icd.json') });
  expect('NoAdapterError', none, 1, 'No WebGPU adapter found');
  assert.match(none.stderr, 'scripts/install-system-deps.sh');
  assert.match(none.stderr, 'hint: or run on the CPU reference executor with --backend cpu');
});

test('errors the library raises (an artifact, a safetensors file, the CPU executor, the GPU) report as the CLI reports them', async () => {
  expect('ArtifactError', reported(await thrown(() => loadModel(join(tmp, 'no-artifact')))), 1, 'manifest.json: cannot read');
  expect('SafetensorsError', reported(await thrown(() => decodeSafetensors(new Uint8Array([1, 2, 3])))), 1, /./);
  const file = new SourceFile('emb.model', 'model emb\ninput ids: i32[batch, 3]\noutput vectors = Embedding(10, 4)(ids)\ntrain batch_size=2\n');
  const compiled = compileSource(file, { purpose: 'auto', backend: true });
  assert.ok(compiled.artifact, JSON.stringify(compiled.diagnostics));
  const cpu = await Model.create(compiled.artifact!, { backend: 'cpu' });
  // A Model checks ids against the vocabulary before anything runs (a DataError); the CPU executor refuses them on its own too.
  expect('DataError', reported(await thrown(() => cpu.predict({ ids: Int32Array.from([1, 2, 3, 4, 5, 99]) }))), 1, /99/);
  cpu.dispose();
  const session = new CpuSession(compiled.artifact!.module!);
  expect('ExecutionError', reported(await thrown(() => session.predict({ ids: { dtype: 'i32', shape: [2, 3], data: Int32Array.from([1, 2, 3, 4, 5, 99]) } }))), 1, 'id 99 at position 5 is outside the table');
  const gpu = await getTestDevice();
  if (gpu) {
    // An artifact whose work arena is beyond every WebGPU default limit (as a loaded or hand-edited one may be).
    const big = structuredClone(compiled.artifact!);
    big.manifest.programs[0].elements.work = 2 ** 28;
    const e = await thrown(() => Model.create(big, { backend: 'webgpu', device: gpu.device }));
    expect('GpuError', reported(e), 1, /the model's work arena needs 1024\.0 MiB \(1073741824 bytes\), more than this device's maxBufferSize of [\d.]+ MiB/);
    await releaseTestDevice();
  } else seen.add('GpuError');
  // Anything else is a bug in mdlc: exit 3, said so.
  const bug = reported(new TypeError('x is undefined'));
  assert.is(bug.code, exitCodes.internal);
  assert.match(bug.stderr, 'This is a bug in mdlc');
});

test('one training per --out: a second process is refused naming the first; a dead one\'s lock is taken over; summary.json lists only files that exist', async () => {
  const out = join(tmp, 'shared');
  const first = spawn(process.execPath, [cli, 'train', 'specs/iris.model', ...iris, '--epochs', '100000', '--out', out, '--json'], { cwd: repoRoot });
  let stderr = '';
  first.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => first.on('exit', (code) => resolve(code)));
  await new Promise<void>((resolve) => first.stdout.once('data', () => resolve()));
  const second = child(['train', 'specs/iris.model', ...iris, '--epochs', '1', '--out', out]);
  expect('RunFolderInUseError', second, 1, `${out} is in use: another training (process ${first.pid}, started `);
  // The first is killed outright: its lock stays behind, and the next training takes the folder over.
  first.kill('SIGKILL');
  await exited;
  assert.ok(existsSync(join(out, lockFileName)), `the killed training left its lock: ${stderr}`);
  const third = child(['train', 'specs/iris.model', ...iris, '--epochs', '1', '--out', out]);
  assert.is(third.code, 0, third.stderr);
  assert.match(third.stderr, `note: ${join(out, lockFileName)} was left by process ${first.pid}`);
  assert.not.ok(existsSync(join(out, lockFileName)), 'released at the end');
  const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { files: Record<string, string> };
  assert.equal(Object.keys(summary.files).sort(), ['chart', 'checkpoint', 'metrics']);
  for (const path of Object.values(summary.files)) assert.ok(existsSync(path), path);
});

test('every user-facing error class of the contract was made to happen above, and the README lists each with its code', () => {
  assert.equal([...seen].sort(), errorRules.map((r) => r.type.name).sort());
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Exit codes'));
  for (const r of errorRules) assert.match(section, new RegExp(`\\| \`${r.type.name}\` \\| ${r.exit} \\|`), `README lists ${r.type.name} with exit code ${r.exit}`);
});

test.run();
