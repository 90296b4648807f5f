// Corrupt checkpoints: truncated, flipped, re-headed, foreign, empty, not files, or not this model's; each one a CheckpointError naming
// the tensor or byte at fault, quickly, and a refused restore leaves the model as it was. Runs a trained Iris model on the CPU executor.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compileModel, loadDataFor } from '../node/api.js';
import { loadCheckpoint, saveCheckpoint } from '../node/checkpoint-file.js';
import { type Checkpoint, CheckpointError, decodeCheckpoint, encodeCheckpoint, type RestoreOptions } from '../runtime/checkpoint.js';
import { crc32Hex } from '../runtime/crc32.js';
import type { Model } from '../runtime/model.js';
import { decodeSafetensors, decodeSafetensorsLayout, encodeSafetensors, type SafetensorsTensor } from '../runtime/safetensors.js';
import { repoRoot, runCliAsync } from './helpers/repo.js';

const tmp = mkdtempSync(join(tmpdir(), 'mdlc-corrupt-'));
const specPath = join(repoRoot, 'specs/iris.model');
const specText = readFileSync(specPath, 'utf8');
const config = join(repoRoot, 'examples/data/iris.json');
const quiet = { backend: 'cpu' as const, warn: (m: string) => assert.unreachable(`unexpected warning: ${m}`) };

/** The same model with other comments and spacing (the same spec), and one with other activations but the same shapes (another spec). */
const recommented = specText.replace('// Iris flower classifier', '// The Iris classifier, commented anew').replace('hidden = Dense', 'hidden   =   Dense');
const otherSpec = specText.replace('activation=tanh', 'activation=relu');

let trained: Model;
let good: Uint8Array;
let goodCkpt: Checkpoint;

test.before(async () => {
  trained = await compileModel(specPath, quiet);
  const data = loadDataFor(trained, config);
  await trained.fit(data.train, { epochs: 3, seed: 42 });
  goodCkpt = await trained.checkpoint({ epoch: 3, seed: 42, history: [{ epoch: 3, loss: 0.5 }] });
  good = encodeCheckpoint(goodCkpt);
});

/** Everything a restore could change: weights, every state tensor, the step counter. */
async function snapshot(model: Model): Promise<unknown> {
  return { params: await model.engine.readParams(), state: await model.engine.readState(), step: model.step };
}

/** Runs `fn`, expecting a CheckpointError matching `message`; returns the message. */
function refused(fn: () => unknown, message: RegExp): string {
  try {
    fn();
  } catch (e) {
    assert.instance(e, CheckpointError, `not a CheckpointError: ${(e as Error)?.stack ?? String(e)}`);
    assert.match((e as Error).message, message);
    return (e as Error).message;
  }
  return assert.unreachable(`accepted; expected ${message}`) as never;
}

/** The same as refused, for a promise. */
async function rejects(p: Promise<unknown>, message: RegExp): Promise<string> {
  try {
    await p;
  } catch (e) {
    assert.instance(e, CheckpointError, `not a CheckpointError: ${(e as Error)?.stack ?? String(e)}`);
    assert.match((e as Error).message, message);
    return (e as Error).message;
  }
  return assert.unreachable(`accepted; expected ${message}`) as never;
}

/** What a decode says of a file: the same tensors, bit for bit, and the same meta, as JSON text. */
const fingerprint = (c: Checkpoint) => {
  const bytes = (values: Record<string, Float32Array>) => Object.keys(values).sort().map((k) => [k, c.shapes.params[k] ?? c.shapes.state[k], [...new Uint8Array(values[k].buffer, values[k].byteOffset, values[k].byteLength)]]);
  return JSON.stringify([c.meta, bytes(c.params), bytes(c.state)]);
};

/** A message names where: a tensor, a byte, the metadata, or the whole file's state. */
const NAMED = /tensor "|bytes? \d+|is \d+ bytes long|metadata|is empty|is not an mdlc checkpoint/;

/** Decodes many byte strings, each within a second: a slow one would be a hang in waiting. */
function eachDecode(cases: Iterable<[label: string, bytes: Uint8Array]>, check: (label: string, decode: () => Checkpoint) => void): number {
  let slowest = 0;
  let n = 0;
  for (const [label, bytes] of cases) {
    const t0 = performance.now();
    check(label, () => decodeCheckpoint(bytes, label));
    slowest = Math.max(slowest, performance.now() - t0);
    n++;
  }
  assert.ok(slowest < 1000, `the slowest decode took ${slowest.toFixed(0)} ms`);
  return n;
}

test('every checkpoint carries a CRC-32 per tensor and one of its header, in __metadata__.checksums', () => {
  const file = decodeSafetensorsLayout(good);
  const sums = JSON.parse(file.metadata.checksums) as { algorithm: string; header: string; tensors: Record<string, string> };
  assert.is(sums.algorithm, 'crc32');
  assert.match(sums.header, /^[0-9a-f]{8}$/);
  assert.equal(Object.keys(sums.tensors), Object.keys(file.tensors));
  for (const [name, { begin, end }] of Object.entries(file.spans)) assert.is(sums.tensors[name], crc32Hex(good.subarray(begin, end)), name);
  assert.is(fingerprint(decodeCheckpoint(good)), fingerprint(goodCkpt));
});

test('truncated at every length: a CheckpointError that names the byte or tensor, never a crash', () => {
  const n = eachDecode(
    Array.from({ length: good.length }, (_, i) => [`cut-${i}`, good.subarray(0, i)] as [string, Uint8Array]),
    (label, decode) => refused(decode, NAMED),
  );
  assert.is(n, good.length);
});

test('one byte changed anywhere: the header or the tensor holding it is named, or the file means just what it did', () => {
  const file = decodeSafetensorsLayout(good);
  const owner = (i: number) => Object.entries(file.spans).find(([, s]) => i >= s.begin && i < s.end)?.[0];
  const same = fingerprint(decodeCheckpoint(good));
  let unchanged = 0;
  for (const pattern of [0x01, 0x80, 0xff]) {
    const cases = function* (): Generator<[string, Uint8Array]> {
      for (let i = 0; i < good.length; i++) {
        const bytes = good.slice();
        bytes[i] ^= pattern;
        yield [`byte ${i} ^ ${pattern}`, bytes];
      }
    };
    eachDecode(cases(), (label, decode) => {
      const at = Number(/byte (\d+)/.exec(label)![1]);
      const tensor = owner(at);
      let decoded: Checkpoint;
      try {
        decoded = decode();
      } catch (e) {
        assert.instance(e, CheckpointError, `${label}: ${String(e)}`);
        const text = (e as Error).message;
        if (tensor !== undefined) assert.ok(text.includes(`tensor "${tensor}"`) && text.includes('does not match its checksum'), `${label} is in tensor ${tensor}: ${text}`);
        else assert.match(text, NAMED, label);
        return;
      }
      // Only a change JSON cannot see (white space for white space) may load, and then it means the same.
      assert.is(tensor, undefined, `${label}: a changed value in tensor ${tensor} loaded`);
      assert.is(fingerprint(decoded), same, `${label} loaded as something else`);
      unchanged++;
    });
  }
  // With these patterns no byte, not even padding, has a stand-in that JSON reads the same.
  assert.is(unchanged, 0, `${unchanged} changed files loaded`);
});

/** `good` with its header's JSON text replaced by `edit` of it, padded back to a multiple of 8 bytes. */
function reheader(edit: (json: string) => string, bytes = good): Uint8Array {
  const n = Number(new DataView(bytes.buffer, bytes.byteOffset).getBigUint64(0, true));
  const json = new TextEncoder().encode(edit(new TextDecoder().decode(bytes.subarray(8, 8 + n)).trimEnd()));
  const padded = Math.ceil(json.length / 8) * 8;
  const out = new Uint8Array(8 + padded + bytes.length - 8 - n);
  new DataView(out.buffer).setBigUint64(0, BigInt(padded), true);
  out.set(json, 8);
  out.fill(0x20, 8 + json.length, 8 + padded);
  out.set(bytes.subarray(8 + n), 8 + padded);
  return out;
}

test('a header that still parses but says something else (epoch, shape, name, checksum) fails the header checksum', () => {
  const edits: [string, (j: string) => string][] = [
    ['epoch', (j) => j.replace('"epoch":"3"', '"epoch":"7"')],
    ['shape', (j) => j.replace('"shape":[4,16]', '"shape":[16,4]')],
    ['name', (j) => j.replace('"param/hidden.bias"', '"param/hidden.bia5"')],
    ['spec text', (j) => j.replace('tanh', 'relu')],
    ['a stored tensor checksum', (j) => j.replace(/(\\"param\/hidden\.bias\\":\\")[0-9a-f]/, (_, p) => `${p}${_.endsWith('0') ? '1' : '0'}`)],
  ];
  for (const [what, edit] of edits) {
    const bytes = reheader(edit);
    assert.is.not(bytes.length === good.length && bytes.every((b, i) => b === good[i]), true, `the ${what} edit changed nothing`);
    refused(() => decodeCheckpoint(bytes, what), /its header \(bytes 0 to \d+\) does not match its checksum/);
  }
  // Key order and spacing are not content: the same header, reordered and spaced, loads as the same checkpoint.
  const spaced = reheader((j) => JSON.stringify(Object.fromEntries(Object.entries(JSON.parse(j)).reverse()), null, 1));
  assert.is(fingerprint(decodeCheckpoint(spaced)), fingerprint(decodeCheckpoint(good)));
});

test('wrong header lengths and garbage headers are named with their bytes', () => {
  const n = Number(new DataView(good.buffer, good.byteOffset).getBigUint64(0, true));
  const withLength = (length: bigint) => {
    const bytes = good.slice();
    new DataView(bytes.buffer).setBigUint64(0, length, true);
    return bytes;
  };
  const lengths = [0n, 1n, 2n, 7n, BigInt(n - 8), BigInt(n - 1), BigInt(n + 1), BigInt(n + 8), BigInt(good.length), 2n ** 32n, 2n ** 63n, 2n ** 64n - 1n];
  eachDecode(lengths.map((l) => [`length ${l}`, withLength(l)] as [string, Uint8Array]), (_, decode) => refused(decode, NAMED));
  const garbage: [string, Uint8Array][] = [
    ['spaces', reheader((j) => ' '.repeat(j.length))],
    ['not JSON', reheader((j) => '{' + 'x'.repeat(j.length - 1))],
    ['a JSON array', reheader((j) => `[${'0,'.repeat(10)}0]` + ' '.repeat(j.length))],
    ['JSON null', reheader(() => 'null')],
    ['a string', reheader(() => '"checkpoint"')],
    ['zeros', (() => { const b = good.slice(); b.fill(0, 8, 8 + n); return b; })()],
    ['random bytes', (() => { const b = good.slice(); let s = 1; for (let i = 8; i < 8 + n; i++) b[i] = (s = (s * 69069 + 1) >>> 0) >>> 24; return b; })()],
    ['metadata not strings', reheader((j) => j.replace('"epoch":"3"', '"epoch":3'))],
    ['checksums not JSON', reheader((j) => j.replace('"checksums":"{', '"checksums":"{{'))],
    ['checksums of another algorithm', reheader((j) => j.replace('\\"algorithm\\":\\"crc32\\"', '\\"algorithm\\":\\"md5\\"'))],
  ];
  eachDecode(garbage, (label, decode) => {
    const message = refused(decode, NAMED);
    assert.ok(message.includes(label), `the message names the checkpoint: ${message}`);
  });
});

test('a foreign safetensors file, missing metadata, an I32 tensor and unknown tensor names are refused by name', () => {
  const f32 = (values: number[]): SafetensorsTensor => ({ dtype: 'F32', shape: [values.length], data: Float32Array.from(values) });
  refused(() => decodeCheckpoint(encodeSafetensors({ 'model.embed.weight': f32([1, 2]) }, { format: 'pt' }), 'foreign.safetensors'), /foreign\.safetensors is not an mdlc checkpoint/);
  refused(() => decodeCheckpoint(encodeSafetensors({ 'param/w': f32([1]) }), 'bare'), /bare is not an mdlc checkpoint/);
  const { metadata } = decodeSafetensors(good);
  const noSums = { ...metadata };
  delete noSums.checksums;
  refused(() => decodeCheckpoint(encodeSafetensors({ 'state/ids': { dtype: 'I32', shape: [1], data: Int32Array.from([1]) } }, noSums), 'i32'), /tensor "state\/ids" is I32, but checkpoints hold F32/);
  refused(() => decodeCheckpoint(encodeSafetensors({ weights: f32([1]) }, noSums), 'names'), /tensor "weights" is neither/);
  // A tensor added to a checkpoint with checksums, without its own: the header checksum no longer holds.
  const file = decodeSafetensors(good);
  refused(() => decodeCheckpoint(encodeSafetensors({ ...file.tensors, 'param/extra': f32([1]) }, file.metadata), 'added'), /its header .* does not match its checksum/);
});

test('files: empty, missing, a folder, a pipe, a device, a file in place of a folder; each a CheckpointError naming the path', async () => {
  const empty = join(tmp, 'empty.safetensors');
  writeFileSync(empty, '');
  await rejects(loadCheckpoint(empty), /empty\.safetensors is empty/);
  await rejects(loadCheckpoint(join(tmp, 'absent.safetensors')), /absent\.safetensors does not exist/);
  const folder = join(tmp, 'folder.safetensors');
  mkdirSync(folder);
  await rejects(loadCheckpoint(folder), /folder\.safetensors is a folder, not a file/);
  writeFileSync(join(tmp, 'plain'), 'x');
  await rejects(loadCheckpoint(join(tmp, 'plain', 'x.safetensors')), /plain/);
  if (process.platform !== 'win32') {
    const fifo = join(tmp, 'pipe.safetensors');
    if (spawnSync('mkfifo', [fifo]).status === 0) await rejects(loadCheckpoint(fifo), /pipe\.safetensors is not a regular file/);
    await rejects(loadCheckpoint('/dev/zero'), /\/dev\/zero is not a regular file/);
  }
});

/** Expects restoring `ckpt` (encoded, checksummed and decoded, as a file would be) into a fresh model to fail with `message`, changing nothing. */
async function refusedRestore(model: Model, ckpt: Checkpoint, message: RegExp, options: RestoreOptions = {}): Promise<string> {
  const before = await snapshot(model);
  const back = decodeCheckpoint(encodeCheckpoint(ckpt, 'edited'), 'edited');
  const text = refused(() => model.restoreCheckpoint(back, options, 'edited'), message);
  assert.equal(await snapshot(model), before, `the refused restore changed the model (${text})`);
  return text;
}

/** A deep copy of the trained checkpoint, to spoil. */
const copy = (c: Checkpoint): Checkpoint => ({
  params: Object.fromEntries(Object.entries(c.params).map(([k, v]) => [k, v.slice()])),
  state: Object.fromEntries(Object.entries(c.state).map(([k, v]) => [k, v.slice()])),
  shapes: { params: { ...c.shapes.params }, state: { ...c.shapes.state } },
  meta: { ...c.meta },
});

test('tensors missing, extra, mis-shaped or of another length: named, and the model is left as it was', async () => {
  const model = await compileModel(specPath, quiet);
  const cases: [string, (c: Checkpoint) => void, RegExp, RestoreOptions?][] = [
    ['a missing parameter', (c) => { delete c.params['hidden.bias']; delete c.shapes.params['hidden.bias']; }, /parameter "hidden\.bias" \[16\] is missing from the checkpoint/],
    // What resumed "exactly" before, and trained on with the momentum gone.
    ['missing optimizer state', (c) => { delete c.state['hidden.kernel.momentum']; delete c.shapes.state['hidden.kernel.momentum']; }, /state tensor "hidden\.kernel\.momentum" \[4, 16\] is missing from the checkpoint/],
    ['wrongly sized optimizer state', (c) => { c.state['logits.bias.momentum'] = new Float32Array(4); c.shapes.state['logits.bias.momentum'] = [4]; }, /state tensor "logits\.bias\.momentum" has shape \[4\] in the checkpoint but the program needs \[3\]/],
    ['a transposed parameter (same size)', (c) => { c.shapes.params['hidden.kernel'] = [16, 4]; }, /parameter "hidden\.kernel" has shape \[16, 4\] in the checkpoint but the program needs \[4, 16\]/],
    ['an extra parameter', (c) => { c.params['extra.kernel'] = new Float32Array(2); c.shapes.params['extra.kernel'] = [2]; }, /the checkpoint has parameter "extra\.kernel" \[2\], which the program does not have/],
    ['an extra state tensor', (c) => { c.state.ghost = new Float32Array(1); c.shapes.state.ghost = [1]; }, /the checkpoint has state tensor "ghost" \[1\]/],
    ['another program', (c) => { c.meta.programHash = 'f'.repeat(64); }, /different compilation of the spec/],
    ['weights only, a wrongly sized parameter', (c) => { c.params['logits.bias'] = new Float32Array(5); c.shapes.params['logits.bias'] = [5]; }, /parameter "logits\.bias" has shape \[5\]/, { weightsOnly: true }],
  ];
  for (const [what, spoil, message, options] of cases) {
    const c = copy(goodCkpt);
    spoil(c);
    const text = await refusedRestore(model, c, message, options);
    assert.ok(text.startsWith('checkpoint edited does not fit iris: '), `${what}: ${text}`);
  }
  // In-memory objects that are not checkpoints at all.
  for (const bad of [null, {}, { params: {}, state: {}, shapes: {}, meta: {} }] as unknown as Checkpoint[])
    refused(() => model.restoreCheckpoint(bad, {}, 'object'), /checkpoint object is not a checkpoint/);
  const badLength = copy(goodCkpt);
  badLength.params['hidden.bias'] = new Float32Array(3);
  refused(() => model.restoreCheckpoint(badLength, {}, 'object'), /parameter "hidden\.bias" has 3 values in the checkpoint but its shape \[16\] needs 16/);
  // Weights only needs no optimizer state: the same checkpoint without it loads.
  const noMomentum = copy(goodCkpt);
  delete noMomentum.state['hidden.kernel.momentum'];
  delete noMomentum.shapes.state['hidden.kernel.momentum'];
  model.restoreCheckpoint(decodeCheckpoint(encodeCheckpoint(noMomentum)), { weightsOnly: true });
  assert.equal(await model.getWeights(), await trained.getWeights());
  model.dispose();
});

test('non-finite weights are refused with each tensor and how many values, unless allowNonFinite', async () => {
  const model = await compileModel(specPath, quiet);
  const c = copy(goodCkpt);
  c.params['hidden.kernel'][3] = NaN;
  c.params['hidden.kernel'][5] = -Infinity;
  c.state['logits.bias.momentum'][0] = NaN;
  const text = await refusedRestore(model, c, /checkpoint edited holds non-finite values: parameter "hidden\.kernel" has 1 NaN and 1 infinite of its 64 values; state tensor "logits\.bias\.momentum" has 1 NaN of its 3 values/);
  assert.match(text, /allowNonFinite/);
  // Weights only checks what it loads: the optimizer state is not loaded, so only the weights count.
  await refusedRestore(model, c, /holds non-finite values: parameter "hidden\.kernel" has 1 NaN and 1 infinite of its 64 values; it was saved/, { weightsOnly: true });
  model.restoreCheckpoint(decodeCheckpoint(encodeCheckpoint(c)), { allowNonFinite: true });
  const w = await model.getWeights();
  assert.ok(Number.isNaN(w['hidden.kernel'][3]) && w['hidden.kernel'][5] === -Infinity);
  model.dispose();
});

test('weights of another spec with the same shapes are refused, unless allowOtherSpec; comments and spacing do not count', async () => {
  const other = await compileModel(join(tmp, 'other.model'), { ...quiet, source: otherSpec });
  const before = await snapshot(other);
  const text = refused(() => other.restoreCheckpoint(decodeCheckpoint(good), { weightsOnly: true }, 'iris.safetensors'), /checkpoint iris\.safetensors does not fit iris: the checkpoint was trained from another spec/);
  assert.match(text, /--allow-other-spec/);
  assert.equal(await snapshot(other), before);
  other.restoreCheckpoint(decodeCheckpoint(good), { weightsOnly: true, allowOtherSpec: true });
  assert.equal(await other.getWeights(), await trained.getWeights());
  // A full restore of another spec also needs allowOtherSpec, and then checks the optimizer state as any resume does.
  refused(() => other.restoreCheckpoint(decodeCheckpoint(good)), /different compilation/);
  other.restoreCheckpoint(decodeCheckpoint(good), { allowOtherSpec: true });
  assert.is(other.step, trained.step);
  other.dispose();

  for (const [purpose, batchSize] of [['train', undefined], ['inference', 5]] as const) {
    const same = await compileModel(join(tmp, 'recommented.model'), { ...quiet, source: recommented, purpose, batchSize });
    same.restoreCheckpoint(decodeCheckpoint(good), { weightsOnly: true });
    assert.equal(await same.getWeights(), await trained.getWeights(), `${purpose}, batch ${batchSize}`);
    same.dispose();
  }
});

test('a checkpoint written before checksums still loads, with its tensors checked against the program', async () => {
  const file = decodeSafetensors(good);
  const metadata = { ...file.metadata };
  delete metadata.checksums;
  const old = encodeSafetensors(file.tensors, metadata);
  const ckpt = decodeCheckpoint(old, 'old');
  assert.is(fingerprint(ckpt), fingerprint(goodCkpt));
  const model = await compileModel(specPath, quiet);
  model.restoreCheckpoint(ckpt);
  assert.equal(await snapshot(model), await snapshot(trained));
  // Without checksums a transposed shape decodes, and the program check still names it.
  const transposed = decodeCheckpoint(reheader((j) => j.replace('"shape":[4,16]', '"shape":[16,4]'), old), 'old');
  const before = await snapshot(model);
  refused(() => model.restoreCheckpoint(transposed, {}, 'old'), /parameter "hidden\.kernel" has shape \[16, 4\]/);
  assert.equal(await snapshot(model), before);
  model.dispose();
});

test('restore from a corrupt file refuses before writing; the next save cleans what an interrupted one left', async () => {
  const model = await compileModel(specPath, quiet);
  const path = join(tmp, 'flipped.safetensors');
  const bytes = good.slice();
  bytes[bytes.length - 2] ^= 0x10;
  writeFileSync(path, bytes);
  const before = await snapshot(model);
  await rejects(model.restore(path), /checkpoint .*flipped\.safetensors is corrupt: tensor "state\/[^"]+" \(bytes \d+ to \d+ of the file\) does not match its checksum/);
  assert.equal(await snapshot(model), before);
  const dead = spawnSync(process.execPath, ['-e', '']).pid;
  const orphans = [`flipped.safetensors.tmp-${dead}-0123456789ab`, `other.safetensors.tmp-${dead}-ba9876543210`];
  for (const name of orphans) writeFileSync(join(tmp, name), 'partial');
  await saveCheckpoint(path, goodCkpt);
  for (const name of orphans) assert.throws(() => readFileSync(join(tmp, name)), /ENOENT/, name);
  await model.restore(path);
  assert.equal(await snapshot(model), await snapshot(trained));
  model.dispose();
});

test('mdlc eval and predict: another spec exits 1 naming --allow-other-spec, which loads it; a corrupt checkpoint exits 1', async () => {
  const ckpt = join(tmp, 'cli.safetensors');
  await saveCheckpoint(ckpt, goodCkpt);
  const other = join(tmp, 'other-cli.model');
  writeFileSync(other, otherSpec);
  const iris = ['--data', config, '--backend', 'cpu', '--checkpoint', ckpt];
  const refusedRun = await runCliAsync(['eval', other, ...iris]);
  assert.is(refusedRun.code, 1, refusedRun.stderr);
  assert.match(refusedRun.stderr, /trained from another spec/);
  assert.match(refusedRun.stderr, /--allow-other-spec/);
  assert.not.match(refusedRun.stderr, /internal|    at /);
  const allowed = await runCliAsync(['predict', other, ...iris, '--allow-other-spec', '--json']);
  assert.is(allowed.code, 0, allowed.stderr);
  const corrupt = join(tmp, 'cli-corrupt.safetensors');
  const bytes = good.slice();
  bytes[100] ^= 0xff;
  writeFileSync(corrupt, bytes);
  const broken = await runCliAsync(['eval', specPath, '--data', config, '--backend', 'cpu', '--checkpoint', corrupt]);
  assert.is(broken.code, 1, broken.stderr);
  assert.match(broken.stderr, /cli-corrupt\.safetensors/);
  assert.not.match(broken.stderr, /internal|    at /);
});

test.after(() => {
  trained?.dispose();
  rmSync(tmp, { recursive: true, force: true });
});

test.run();
