// Checkpoints: byte-exact round trips, atomic writes that survive crashes and failures, every corruption refused by name, compatibility messages.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { checkCompatible, CheckpointError, type Checkpoint } from '../runtime/checkpoint.js';
import { loadCheckpoint, saveCheckpoint } from '../node/checkpoint-file.js';
import { encodeSafetensors, type SafetensorsTensor } from '../runtime/safetensors.js';

const folder = mkdtempSync(join(tmpdir(), 'mdlc-checkpoint-'));
let counter = 0;
/** A fresh path in the test folder. */
const fresh = (name = 'model') => join(folder, `${name}-${counter++}.safetensors`);

function sample(epoch = 3): Checkpoint {
  return {
    params: {
      'dense1.kernel': Float32Array.from([1, -2, 0.5, NaN, Infinity, -0]),
      'dense1.bias': Float32Array.from([1e-38, -3.4e38, epoch]),
      'scale': Float32Array.from([7]),
    },
    state: { 'adam.m/dense1.kernel': new Float32Array(6).fill(0.25), 'adam.t': Float32Array.from([epoch * 100]) },
    shapes: { params: { 'dense1.kernel': [2, 3], 'dense1.bias': [3], scale: [] }, state: { 'adam.m/dense1.kernel': [2, 3], 'adam.t': [1] } },
    meta: {
      spec: 'model mlp {\n  input x: f32[4]\n}\n',
      specHash: 'a'.repeat(64),
      programHash: 'b'.repeat(64),
      model: 'mlp',
      epoch,
      step: epoch * 469,
      seed: -42,
      history: [{ epoch: 1, loss: 0.5, valLoss: null }, { epoch: 2, loss: 0.25, note: 'ünïcode ✓' }],
    },
  };
}

const bits = (a: Float32Array) => [...new Uint8Array(a.buffer, a.byteOffset, a.byteLength)];

/** Expects loading `path` to fail with a CheckpointError whose message names the file and matches `message`. */
async function refuses(path: string, message: RegExp): Promise<void> {
  try {
    await loadCheckpoint(path);
  } catch (e) {
    assert.instance(e, CheckpointError, String(e));
    const text = (e as Error).message;
    assert.ok(text.includes(path), `the message names the file: ${text}`);
    assert.match(text, message);
    return;
  }
  assert.unreachable(`loaded a broken checkpoint; expected ${message}`);
}

/** A checkpoint file with chosen tensors and metadata, built with the safetensors writer directly. */
function rawFile(tensors: Record<string, SafetensorsTensor>, metadata: Record<string, string>): string {
  const path = fresh('raw');
  writeFileSync(path, encodeSafetensors(tensors, metadata));
  return path;
}
const goodMeta = (): Record<string, string> => ({ format: 'mdlc-checkpoint', version: '1', spec: 's', specHash: 'h', programHash: 'p', model: 'm', epoch: '1', step: '2', seed: '3' });
const oneParam = (): Record<string, SafetensorsTensor> => ({ 'param/w': { dtype: 'F32', shape: [2], data: Float32Array.from([1, 2]) } });
const tempFiles = () => readdirSync(folder).filter((f) => f.includes('.tmp-'));

test('round trip: values bit for bit, shapes, order and meta; saving what was loaded gives the same bytes', async () => {
  const path = fresh();
  const ckpt = sample();
  await saveCheckpoint(path, ckpt);
  const back = await loadCheckpoint(path);
  assert.equal(Object.keys(back.params), Object.keys(ckpt.params));
  assert.equal(Object.keys(back.state), Object.keys(ckpt.state));
  for (const group of ['params', 'state'] as const)
    for (const [name, data] of Object.entries(ckpt[group])) {
      assert.ok(back[group][name] instanceof Float32Array, name);
      assert.equal(bits(back[group][name]), bits(data), name);
    }
  assert.equal(back.shapes, ckpt.shapes);
  assert.equal(back.meta, ckpt.meta);
  const again = fresh();
  await saveCheckpoint(again, back);
  assert.equal([...readFileSync(again)], [...readFileSync(path)]);
});

test('the file is plain safetensors: param/ and state/ F32 tensors, format, version and meta as strings', async () => {
  const path = fresh();
  await saveCheckpoint(path, sample());
  const bytes = readFileSync(path);
  const header = JSON.parse(bytes.subarray(8, 8 + Number(bytes.readBigUInt64LE(0))).toString('utf8'));
  assert.equal(Object.keys(header).filter((k) => k !== '__metadata__'), ['param/dense1.kernel', 'param/dense1.bias', 'param/scale', 'state/adam.m/dense1.kernel', 'state/adam.t']);
  assert.ok(Object.values(header).every((v) => (v as { dtype?: string }).dtype === undefined || (v as { dtype: string }).dtype === 'F32'));
  const m = header.__metadata__;
  assert.is(m.format, 'mdlc-checkpoint');
  assert.is(m.version, '1');
  assert.is(m.epoch, '3');
  assert.is(m.seed, '-42');
  assert.is(JSON.parse(m.history)[1].note, 'ünïcode ✓');
  assert.ok(Object.values(m).every((v) => typeof v === 'string'));
});

test('history is optional, and no history loads as no history', async () => {
  const path = fresh();
  const ckpt = sample();
  delete ckpt.meta.history;
  await saveCheckpoint(path, ckpt);
  assert.not.ok('history' in (await loadCheckpoint(path)).meta);
});

test('saving over a checkpoint replaces it and leaves no temporary file', async () => {
  const path = fresh();
  await saveCheckpoint(path, sample(1));
  await saveCheckpoint(path, sample(2));
  assert.is((await loadCheckpoint(path)).meta.epoch, 2);
  assert.equal(tempFiles(), []);
});

test('a failure while preparing the file leaves the previous checkpoint byte for byte (huge, non-serialisable meta)', async () => {
  const path = fresh();
  await saveCheckpoint(path, sample(1));
  const before = readFileSync(path);
  const cyclic: Record<string, unknown>[] = Array.from({ length: 100_000 }, (_, i) => ({ epoch: i, loss: Math.random() }));
  cyclic[99_999].self = cyclic;
  for (const history of [cyclic, { big: 10n }]) {
    const bad = { ...sample(2), meta: { ...sample(2).meta, history } };
    try {
      await saveCheckpoint(path, bad);
      assert.unreachable('saved a history JSON cannot hold');
    } catch (e) {
      assert.instance(e, CheckpointError);
      assert.match((e as Error).message, /meta\.history cannot be stored as JSON/);
      assert.ok((e as Error).message.includes(path));
    }
    assert.equal([...readFileSync(path)], [...before]);
  }
  assert.equal(tempFiles(), []);
});

test('a failure at the rename leaves nothing behind and says which file', async () => {
  const path = fresh();
  mkdirSync(path);
  writeFileSync(join(path, 'keep'), 'x');
  try {
    await saveCheckpoint(path, sample());
    assert.unreachable('renamed over a folder');
  } catch (e) {
    assert.instance(e, CheckpointError);
    assert.match((e as Error).message, /cannot write checkpoint .*: /);
  }
  assert.equal(tempFiles(), []);
  // A missing folder is made; a file where the folder should be is refused, naming the path.
  await saveCheckpoint(join(folder, 'new-folder', 'deeper', 'x.safetensors'), sample());
  assert.ok(existsSync(join(folder, 'new-folder', 'deeper', 'x.safetensors')));
  writeFileSync(join(folder, 'a-file'), 'x');
  try {
    await saveCheckpoint(join(folder, 'a-file', 'x.safetensors'), sample());
    assert.unreachable('wrote below a file');
  } catch (e) {
    assert.instance(e, CheckpointError);
    assert.match((e as Error).message, /a-file/);
  }
});

test('a crash mid-write (leftover truncated temp file) does not touch the checkpoint, and the next save works and removes the leftover', async () => {
  const path = fresh();
  await saveCheckpoint(path, sample(1));
  const before = readFileSync(path);
  const next = fresh('scratch');
  await saveCheckpoint(next, sample(2));
  const partial = readFileSync(next).subarray(0, 100);
  // What a process killed half-way through its write leaves (one that has exited, so its id is free): a temp file beside the target.
  const orphan = `${path}.tmp-${spawnSync(process.execPath, ['-e', '']).pid}-deadbeefcafe`;
  writeFileSync(orphan, partial);
  assert.equal([...readFileSync(path)], [...before]);
  assert.is((await loadCheckpoint(path)).meta.epoch, 1);
  // A save of a process that still runs (the parent of this one) may be under way: its temp file stays.
  const live = `${path}.tmp-${process.ppid}-0123456789ab`;
  writeFileSync(live, partial);
  await saveCheckpoint(path, sample(2));
  assert.is((await loadCheckpoint(path)).meta.epoch, 2);
  assert.not.ok(existsSync(orphan), 'the orphan of a process that is gone is removed');
  assert.ok(existsSync(live), "a running process's temp file is kept");
  rmSync(live);
});

test('a process killed at random moments while saving leaves either the old or the new checkpoint, whole', async () => {
  const path = fresh('crash');
  const module = fileURLToPath(new URL('../node/checkpoint-file.js', import.meta.url));
  const n = 4_000_000;
  // The child's checkpoint as code; every value of a save is its epoch, so a mix of two saves would show.
  const literal = (epoch: number) =>
    `{ params: { w: new Float32Array(${n}).fill(${epoch}) }, state: {}, shapes: { params: { w: [${n}] }, state: {} }, ` +
    `meta: { spec: '', specHash: '', programHash: '', model: 'm', epoch: ${epoch}, step: 0, seed: 0 } }`;
  const old: Checkpoint = { params: { w: new Float32Array(n).fill(1) }, state: {}, shapes: { params: { w: [n] }, state: {} }, meta: { spec: '', specHash: '', programHash: '', model: 'm', epoch: 1, step: 0, seed: 0 } };
  for (const delay of [0, 10, 20, 30, 40, 50, 60, 70]) {
    await saveCheckpoint(path, old);
    const child = spawn(process.execPath, ['--input-type=module', '-e', `import { saveCheckpoint } from ${JSON.stringify(module)}; console.log('ready'); for (;;) await saveCheckpoint(${JSON.stringify(path)}, ${literal(2)});`], { stdio: ['ignore', 'pipe', 'inherit'] });
    const started = await new Promise<boolean>((resolve) => {
      child.stdout.once('data', () => resolve(true));
      child.once('exit', () => resolve(false));
    });
    assert.ok(started, 'the saving process started');
    await new Promise((r) => setTimeout(r, delay));
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const ckpt = await loadCheckpoint(path);
    const epoch = ckpt.meta.epoch;
    assert.ok(epoch === 1 || epoch === 2, `epoch ${epoch}`);
    assert.is(ckpt.params.w.length, n);
    assert.ok(ckpt.params.w.every((x) => x === epoch), 'every value belongs to the same save');
    // Most kills land mid-write and leave a temp file (what a crash leaves); clear it so the next round starts clean.
    for (const f of tempFiles()) rmSync(join(folder, f));
  }
});

test('missing, folder, empty, garbage and truncated files are refused by name', async () => {
  await refuses(join(folder, 'absent.safetensors'), /does not exist/);
  await refuses(folder, /is a folder/);
  const empty = fresh('empty');
  writeFileSync(empty, '');
  await refuses(empty, /is empty/);
  const text = fresh('text');
  writeFileSync(text, 'hello, this is a README and not a checkpoint at all');
  await refuses(text, /is not a readable checkpoint/);
  const good = fresh();
  await saveCheckpoint(good, sample());
  const bytes = readFileSync(good);
  for (const length of [4, 12, bytes.length - 1, Math.floor(bytes.length / 2)]) {
    const cut = fresh('cut');
    writeFileSync(cut, bytes.subarray(0, length));
    await refuses(cut, /truncated|not a readable checkpoint/);
  }
});

test('a safetensors file that is not a checkpoint, or of another version, is named as such', async () => {
  await refuses(rawFile(oneParam(), {}), /is not an mdlc checkpoint/);
  await refuses(rawFile(oneParam(), { ...goodMeta(), format: 'other' }), /is not an mdlc checkpoint/);
  await refuses(rawFile(oneParam(), { ...goodMeta(), version: '2' }), /layout version "2" is not supported/);
});

test('each missing or malformed metadata field is named', async () => {
  for (const field of ['spec', 'specHash', 'programHash', 'model', 'epoch', 'step', 'seed']) {
    const metadata = goodMeta();
    delete metadata[field];
    await refuses(rawFile(oneParam(), metadata), new RegExp(`the metadata has no "${field}"`));
  }
  await refuses(rawFile(oneParam(), { ...goodMeta(), epoch: '1.5' }), /"epoch" must be an integer, got "1.5"/);
  await refuses(rawFile(oneParam(), { ...goodMeta(), step: 'ten' }), /"step" must be an integer/);
  await refuses(rawFile(oneParam(), { ...goodMeta(), seed: '99999999999999999999' }), /"seed" must be an integer/);
  await refuses(rawFile(oneParam(), { ...goodMeta(), epoch: '-1' }), /must not be negative/);
  await refuses(rawFile(oneParam(), { ...goodMeta(), history: '{not json' }), /"history" is not valid JSON/);
});

test('bad tensor names and non-F32 tensors are named', async () => {
  const f = (data: number[]) => ({ dtype: 'F32' as const, shape: [data.length], data: Float32Array.from(data) });
  await refuses(rawFile({ weights: f([1]) }, goodMeta()), /tensor "weights" is neither "param\/<path>" nor "state\/<path>"/);
  await refuses(rawFile({ 'param/': f([1]) }, goodMeta()), /tensor "param\/" is neither/);
  await refuses(rawFile({ 'params/w': f([1]) }, goodMeta()), /tensor "params\/w" is neither/);
  await refuses(rawFile({ 'state/ids': { dtype: 'I32', shape: [1], data: Int32Array.from([1]) } }, goodMeta()), /tensor "state\/ids" is I32, but checkpoints hold F32/);
});

test('inconsistent checkpoints are refused before writing, naming the tensor or field', async () => {
  const path = fresh();
  const cases: [(c: Checkpoint) => void, RegExp][] = [
    [(c) => (c.shapes.params['dense1.bias'] = [4]), /dense1\.bias.*needs 4 values, got 3/],
    [(c) => delete c.shapes.params.scale, /params "scale" has no entry in shapes\.params/],
    [(c) => (c.shapes.state.ghost = [1]), /shapes\.state names "ghost"/],
    [(c) => (c.meta.epoch = 1.5), /meta\.epoch must be an integer/],
    [(c) => ((c.meta as unknown as Record<string, unknown>).programHash = 7), /meta\.programHash must be a string/],
    [(c) => ((c.params as Record<string, unknown>).scale = [7]), /params "scale" must be a Float32Array/],
  ];
  for (const [spoil, message] of cases) {
    const c = sample();
    spoil(c);
    try {
      await saveCheckpoint(path, c);
      assert.unreachable(`saved an inconsistent checkpoint; expected ${message}`);
    } catch (e) {
      assert.instance(e, CheckpointError, String(e));
      assert.match((e as Error).message, message);
    }
    assert.not.ok(existsSync(path));
  }
});

test('checkCompatible: nothing when it fits; otherwise the program hash and each missing, extra or mis-shaped parameter', () => {
  const ckpt = sample();
  const params = [
    { path: 'dense1.kernel', shape: [2, 3] },
    { path: 'dense1.bias', shape: [3] },
    { path: 'scale', shape: [] },
  ];
  assert.equal(checkCompatible(ckpt, { programHash: 'b'.repeat(64), params }), []);
  const problems = checkCompatible(ckpt, {
    programHash: 'c'.repeat(64),
    params: [{ path: 'dense1.kernel', shape: [3, 2] }, { path: 'dense1.bias', shape: [3] }, { path: 'dense2.kernel', shape: [3, 1] }],
  });
  assert.equal(problems, [
    'the checkpoint was written by a different compilation of the spec (program hash bbbbbbbbbbbb in the checkpoint, cccccccccccc now); the spec, its settings (--set, --batch-size, --lr, --seed) or the compiler changed since it was saved',
    'parameter "dense1.kernel" has shape [2, 3] in the checkpoint but the program needs [3, 2]',
    'parameter "dense2.kernel" [3, 1] is missing from the checkpoint',
    'the checkpoint has parameter "scale" [], which the program does not have',
  ]);
  assert.equal(checkCompatible(ckpt, { programHash: 'b'.repeat(64), params: [...params.slice(0, 2), { path: 'scale', shape: [1] }] }), [
    'parameter "scale" has shape [] in the checkpoint but the program needs [1]',
  ]);
});

test.after(() => rmSync(folder, { recursive: true, force: true }));

test.run();
