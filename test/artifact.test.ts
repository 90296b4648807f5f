// `mdlc compile -o dir` and loadArtifact: every shipped spec round-trips through its folder; every broken folder is refused by file and field.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { Ajv } from 'ajv';
import { initializerSchemas } from '../compiler/check/args.js';
import { compileSource } from '../compiler/compile.js';
import { SourceFile } from '../core/diagnostic.js';
import { initialWeights, writeArtifact } from '../node/write-artifact.js';
import { printModule } from '../compiler/ir/print.js';
import type { Artifact, Manifest } from '../core/artifact.js';
import { initialize } from '../runtime/init.js';
import { ArtifactError, parseArtifact } from '../runtime/load.js';
import { loadArtifact } from '../node/load-artifact.js';
import { GpuSession } from '../runtime/gpu/session.js';
import { encodeSafetensors } from '../runtime/safetensors.js';
import { getTestDevice, releaseTestDevice } from './helpers/gpu.js';
import { repoRoot, runCli } from './helpers/repo.js';

const test = suite('artifact');
const tmp = mkdtempSync(join(tmpdir(), 'mdlc-artifact-'));
const specs = readdirSync(repoRoot + 'specs').filter((f) => f.endsWith('.model'));

test.after(async () => {
  rmSync(tmp, { recursive: true, force: true });
  await releaseTestDevice();
});

/** The artifact the compiler builds in memory, compiled as the CLI compiles it. */
function inMemory(spec: string, batch?: number): Artifact {
  const path = `specs/${spec}`;
  const text = readFileSync(repoRoot + path, 'utf8');
  const file = new SourceFile(path, text);
  const { artifact } = compileSource(file, { purpose: 'auto', batch, backend: true });
  if (!artifact) throw new Error(`${spec} does not compile`);
  return artifact;
}

/** Compiles a spec with `-o` into a folder under the test's temporary folder; returns the folder. */
function compileTo(name: string, spec: string, ...args: string[]): string {
  const dir = join(tmp, name);
  const r = runCli(['compile', `specs/${spec}`, '-o', dir, ...args]);
  assert.is(r.code, 0, r.stderr);
  return dir;
}

/** A fresh copy of a good iris artifact, to break. */
let good: string | undefined;
function irisCopy(name: string): string {
  good ??= compileTo('iris-good', 'iris.model');
  const dir = join(tmp, name);
  cpSync(good, dir, { recursive: true });
  return dir;
}

/** The problems loadArtifact reports for a folder (it must reject it). */
async function problems(dir: string): Promise<string[]> {
  try {
    await loadArtifact(dir);
  } catch (e) {
    assert.instance(e, ArtifactError, String(e));
    assert.not.match((e as Error).message, /\bat .*\.js:\d+/, 'no stack trace');
    return (e as ArtifactError).problems;
  }
  assert.unreachable(`${dir} was accepted`);
  return [];
}

function editManifest(dir: string, edit: (m: Record<string, any>) => void): void {
  const path = join(dir, 'manifest.json');
  const m = JSON.parse(readFileSync(path, 'utf8')) as Record<string, any>;
  edit(m);
  writeFileSync(path, JSON.stringify(m));
}

test('every shipped spec compiles with -o to a folder that loads back as the compiler built it, with initial weights', async () => {
  // The manifest is also checked against the published schema, read as a user would read it.
  const schema = JSON.parse(readFileSync(repoRoot + 'docs/schemas/artifact.schema.json', 'utf8')) as object;
  const validate = new Ajv({ allowUnionTypes: true }).compile(schema);
  for (const spec of specs) {
    const dir = join(tmp, 'all', spec.replace(/\.model$/, ''));
    const r = runCli(['compile', `specs/${spec}`, '-o', dir]);
    assert.is(r.code, 0, `${spec}: ${r.stderr}`);
    const expected = inMemory(spec);
    const m = expected.manifest;
    const kernels = m.programs.reduce((a, p) => a + p.kernels.length, 0);
    assert.match(r.stdout, `wrote ${dir} (${m.model}, batch ${m.batchSize}): manifest.json, ${kernels} WGSL kernels, weights.safetensors, program.ir.json`);
    assert.match(r.stdout, `kernels: ${m.programs.map((p) => `${p.name} ${p.kernels.length}`).join(', ')} (one submit per step)`);
    assert.match(r.stdout, /\nmemory: params [\d.]+ [KMG]?i?B, state [\d.]+ [KMG]?i?B, data [\d.]+ [KMG]?i?B, work [\d.]+ [KMG]?i?B \([\d.]+ [KMG]?i?B in all\)$/);
    assert.equal(readdirSync(dir).sort(), ['manifest.json', 'program.ir.json', 'weights.safetensors', ...Object.keys(expected.shaders)].sort(), spec);
    const loaded = await loadArtifact(dir);
    assert.equal(loaded.manifest, m, `${spec}: manifest`);
    // The IR read back is the one the kernels were fused from: printed, both read the same.
    assert.is(printModule(loaded.module!), printModule(expected.module!), `${spec}: program.ir.json`);
    assert.equal(loaded.shaders, expected.shaders, `${spec}: shaders`);
    assert.equal(Object.keys(loaded.weights!), m.params.map((p) => p.path));
    for (const p of m.params) {
      const want = initialize(p.init as Parameters<typeof initialize>[0], p.shape, m.seed, p.path);
      assert.ok(Buffer.from(loaded.weights![p.path].buffer).equals(Buffer.from(want.buffer)), `${spec}: ${p.path} differs from initialize()`);
    }
    assert.ok(validate(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'))), `${spec}: ${JSON.stringify(validate.errors)}`);
  }
  assert.equal(readdirSync(join(tmp, 'all')).sort(), specs.map((s) => s.replace(/\.model$/, '')).sort(), 'no temporary folder is left behind');
});

test('--stats shows kernels, submits and planned memory per arena, below the naive sum of IR node sizes for every program', () => {
  for (const spec of specs) {
    const r = runCli(['compile', '--stats', '--format', 'json', `specs/${spec}`]);
    assert.is(r.code, 0, r.stderr);
    type Row = { name: string; kernels: number; submits: number; planned: Record<string, number> & { total: number }; naive: number };
    const { memory } = JSON.parse(r.stdout) as { memory: Row[] };
    const m = inMemory(spec).manifest;
    assert.equal(memory.map((x) => [x.name, x.kernels, x.submits]), m.programs.map((p) => [p.name, p.kernels.length, 1]), spec);
    for (const row of memory) {
      assert.is(row.planned.total, ['params', 'state', 'data', 'work'].reduce((a, k) => a + (row.planned[k] ?? 0), 0));
      assert.ok(row.planned.total < row.naive, `${spec} ${row.name}: planned ${row.planned.total} B is not below the naive ${row.naive} B`);
    }
  }
  const text = runCli(['compile', '--stats', 'specs/mlp.model']);
  assert.is(text.code, 0, text.stderr);
  const lines = text.stdout.split('\n');
  const head = lines.findIndex((l) => l.startsWith('program') && l.includes('planned'));
  assert.equal(lines[head].split(/\s+/), ['program', 'kernels', 'submits/step', 'params', 'state', 'data', 'work', 'planned', 'naive', 'saved']);
  assert.equal(lines.slice(head + 1, head + 4).map((l) => l.split(/\s+/)[0]), ['train_step', 'eval_step', 'predict']);
  assert.match(lines[head + 3], /^predict\s+\d+\s+1\s+[\d.]+ \w+\s+-\s/, 'predict is not charged for the optimizer state it never binds');
});

test('writing again replaces the artifact as a whole; a folder holding anything else is refused and left alone', async () => {
  const dir = compileTo('replace', 'mlp.model');
  compileTo('replace', 'iris.model', '--batch', '4');
  const loaded = await loadArtifact(dir);
  assert.equal([loaded.manifest.model, loaded.manifest.batchSize], ['iris', 4]);
  assert.ok(!readdirSync(dir).some((f) => f.includes('h1_')), 'no shader of the earlier mlp artifact remains');
  assert.equal(readdirSync(tmp).filter((f) => f.startsWith('.')), [], 'no temporary or old folder remains');
  const foreign = join(tmp, 'foreign');
  mkdirSync(foreign);
  writeFileSync(join(foreign, 'notes.txt'), 'mine');
  const r = runCli(['compile', 'specs/iris.model', '-o', foreign]);
  assert.is(r.code, 2);
  assert.match(r.stderr, `mdlc: ${foreign} exists and is not an artifact folder (it holds notes.txt); choose a new or empty folder, or remove it first`);
  assert.equal(readdirSync(foreign), ['notes.txt']);
  const file = runCli(['compile', 'specs/iris.model', '-o', 'specs/iris.model']);
  assert.is(file.code, 2);
  assert.match(file.stderr, 'mdlc: specs/iris.model exists and is not a folder');
  const under = runCli(['compile', 'specs/iris.model', '-o', 'specs/iris.model/out']);
  assert.is(under.code, 2);
  assert.is(under.stderr, 'mdlc: cannot write specs/iris.model/out: part of the path is a file, not a folder');
  // --emit ir keeps its meaning: -o names the folder of the IR file.
  const ir = runCli(['compile', 'specs/iris.model', '--emit', 'ir', '-o', join(tmp, 'ir')]);
  assert.is(ir.code, 0, ir.stderr);
  assert.equal(readdirSync(join(tmp, 'ir')), ['iris.ir.json']);
});

test('a manifest that breaks the schema is refused naming the file and each field', async () => {
  const dir = irisCopy('bad-schema');
  editManifest(dir, (m) => {
    m.programs[0].kernels[3].workgroups = 0;
    m.programs[1].kernels[0].shader = '../../etc/passwd.wgsl';
    m.params[0].shape = [4, '16'];
    delete m.programs[2].elements;
    m.extra = true;
  });
  const got = await problems(dir + '/');
  const file = `${dir}/manifest.json`;
  for (const want of [
    `${file}: programs[0].kernels[3].workgroups must be >= 1, got 0`,
    `${file}: programs[1].kernels[0].shader must be a plain file name ending in .wgsl, got "../../etc/passwd.wgsl"`,
    `${file}: params[0].shape[1] must be integer, got "16"`,
    `${file}: programs[2] is missing the field "elements"`,
    `${file}: the manifest has an unknown field "extra"`,
  ])
    assert.ok(got.includes(want), `missing "${want}" in:\n${got.join('\n')}`);
  assert.is(got.length, 5, got.join('\n'));
  editManifest(dir, (m) => (m.version = 2));
  assert.equal(await problems(dir), [`${file}: artifact format version 2 is not supported; this mdlc reads version 1`]);
  writeFileSync(join(dir, 'manifest.json'), '{ "format": ');
  assert.match((await problems(dir))[0], `${file}: is not JSON: `);
  const outside = irisCopy('bad-layout');
  editManifest(outside, (m) => {
    m.params[1].offset = m.elements.params - 1;
    m.programs[2].inputs[0].offset = 1000;
  });
  assert.equal(await problems(outside), [
    `${outside}/manifest.json: params[1] (hidden.bias) ends at element 147, past the end of the params arena (132 elements)`,
    `${outside}/manifest.json: programs[2].inputs[0] (predict measurements) ends at element 1064, past the end of the data arena (64 elements)`,
  ]);
  assert.equal(await problems(join(tmp, 'nowhere')), [`${join(tmp, 'nowhere')}/manifest.json: cannot read: no such file (is ${join(tmp, 'nowhere')} a folder written by mdlc compile -o?)`]);
});

test('a manifest written before manifests described the model is refused with what it lacks and how to get a new one', async () => {
  const dir = irisCopy('old-manifest');
  editManifest(dir, (m) => {
    m.batch = m.batchSize;
    for (const f of ['specText', 'batchSize', 'tensors', 'reserved', 'metrics', 'training']) delete m[f];
  });
  assert.equal(await problems(dir), [
    `${dir}/manifest.json: was written by an earlier mdlc: it lacks "specText", "batchSize", "tensors", "reserved", "metrics", "training", the description of the model's inputs, targets, metrics and settings that this mdlc reads (it has "batch" where this mdlc reads "batchSize"); compile the spec again with mdlc compile -o`,
  ]);
});

test('the manifest describes the inputs and targets, the reserved feeds and the metrics, as the spec and the IR say', () => {
  const text = inMemory('text-classifier.model').manifest;
  assert.equal(text.tensors, [
    { name: 'tokens', dtype: 'i32', shape: [64], role: 'input', vocab: 2000 },
    { name: 'label', dtype: 'f32', shape: [1], role: 'target' },
  ]);
  assert.equal(text.reserved, [{ name: '#weight', dtype: 'f32', shape: [], programs: ['train_step', 'eval_step'] }]);
  assert.equal(text.metrics.map((x) => [x.name, x.counters]), [
    ['accuracy', ['correct', 'count']],
    ['precision', ['tp', 'fp', 'fn']],
    ['recall', ['tp', 'fp', 'fn']],
    ['f1', ['tp', 'fp', 'fn']],
  ]);
  const gpt = inMemory('char-gpt.model').manifest;
  assert.equal(gpt.tensors.map((t) => [t.name, t.role, t.classes, t.vocab]), [
    ['chars', 'input', undefined, 96],
    ['next', 'target', 96, undefined],
  ]);
  const auto = inMemory('autoencoder.model').manifest;
  assert.equal(auto.metrics, [{ name: 'mae', counters: ['sae', 'elements'] }]);
  assert.equal(auto.training, { epochs: 10, shuffle: true, validationSplit: 0 });
  // Every program input is a described tensor or a reserved feed, with the same dtype and per-sample shape.
  for (const spec of specs) {
    const m = inMemory(spec).manifest;
    for (const p of m.programs)
      for (const i of p.inputs) {
        const t = m.tensors.find((x) => x.name === i.name) ?? m.reserved.find((x) => x.name === i.name);
        assert.ok(t, `${spec}: ${p.name} input ${i.name} is not described`);
        assert.equal([t!.dtype, t!.shape], [i.dtype, i.shape.slice(1)], `${spec}: ${i.name}`);
      }
  }
});

test('a missing shader file is refused naming the file and the kernel that needs it', async () => {
  const dir = irisCopy('no-shader');
  const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  const k = m.programs[0].kernels[3];
  unlinkSync(join(dir, k.shader));
  assert.equal(await problems(dir), [`${dir}/${k.shader}: is missing; ${dir}/manifest.json names it as the shader of programs[0].kernels[3] (train_step kernel ${k.name})`]);
});

test('a truncated or corrupt weights file is refused naming the file', async () => {
  const dir = irisCopy('truncated');
  const path = join(dir, 'weights.safetensors');
  const size = readFileSync(path).length;
  truncateSync(path, size - 10);
  const [message, ...rest] = await problems(dir);
  assert.match(message, new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: tensor "logits.bias": data_offsets \\[\\d+, \\d+\\] go past the end of the data \\(\\d+ bytes\\): the file is truncated$`));
  assert.equal(rest, []);
  truncateSync(path, 5);
  assert.equal(await problems(dir), [`${path}: the file is 5 bytes long, too short for the 8-byte header length: it is truncated or not a safetensors file`]);
  unlinkSync(path);
  assert.equal(await problems(dir), [`${path}: cannot read: no such file`]);
});

test('weights of another program are refused by their hashes, naming the file', async () => {
  const dir = irisCopy('other-program');
  const path = join(dir, 'weights.safetensors');
  // Same parameters, another program: iris compiled for another batch size.
  const batch4 = compileTo('iris-batch4', 'iris.model', '--batch', '4');
  cpSync(join(batch4, 'weights.safetensors'), path);
  const [message, ...rest] = await problems(dir);
  assert.match(message, `${path}: belongs to another program (model iris, program `);
  assert.match(message, `) than ${dir}/manifest.json (model iris, program `);
  assert.match(message, /: its programHash differs$/);
  assert.equal(rest, []);
  cpSync(join(compileTo('mlp', 'mlp.model'), 'weights.safetensors'), path);
  assert.match((await problems(dir))[0], `${path}: belongs to another program (model mlp, program `);
  // A safetensors file mdlc did not write cannot be matched to the manifest at all.
  writeFileSync(path, encodeSafetensors({ 'hidden.bias': { dtype: 'F32', shape: [16], data: new Float32Array(16) } }));
  assert.equal(await problems(dir), [`${path}: has no mdlc metadata ("format": "mdlc-weights" in __metadata__), so it cannot be matched to this manifest; write it with mdlc compile -o`]);
});

test('parseArtifact builds the same artifact from contents in memory, with or without weights', async () => {
  const dir = irisCopy('in-memory');
  const loaded = await loadArtifact(dir);
  const manifestJson = readFileSync(join(dir, 'manifest.json'), 'utf8');
  const shaders = Object.fromEntries(Object.keys(loaded.shaders).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
  const weightsBytes = new Uint8Array(readFileSync(join(dir, 'weights.safetensors')));
  const irJson = readFileSync(join(dir, 'program.ir.json'), 'utf8');
  assert.equal(parseArtifact({ manifestJson, shaders, weightsBytes, irJson }), loaded);
  // Without program.ir.json the artifact is the same, less the IR (it then runs on WebGPU only).
  const { module: _, ...gpuOnly } = loaded;
  assert.equal(parseArtifact({ manifestJson, shaders, weightsBytes }), gpuOnly);
  const wrongIr = JSON.parse(irJson) as { batch: number };
  wrongIr.batch = 3;
  try {
    parseArtifact({ manifestJson, shaders, weightsBytes, irJson: wrongIr });
    assert.unreachable('accepted IR of another batch');
  } catch (e) {
    assert.match((e as ArtifactError).problems.join('\n'), 'program.ir.json: ');
  }
  const bare = parseArtifact({ manifestJson: JSON.parse(manifestJson) as object, shaders });
  assert.is(bare.weights, undefined);
  assert.equal(bare.manifest, loaded.manifest);
  try {
    parseArtifact({ manifestJson, shaders: {}, weightsBytes: weightsBytes.subarray(0, 100) });
    assert.unreachable('accepted');
  } catch (e) {
    const p = (e as ArtifactError).problems;
    assert.is(p.length, Object.keys(shaders).length + 1, p.join('\n'));
    assert.ok(p.every((x) => /^(\S+\.wgsl|weights\.safetensors): /.test(x)), p.join('\n'));
  }
  // Weights given explicitly are the ones written.
  const trained = initialWeights(loaded.manifest);
  trained['hidden.bias'].fill(0.5);
  const out = join(tmp, 'trained');
  writeArtifact(out, { manifest: loaded.manifest, shaders: loaded.shaders }, trained);
  assert.equal([...(await loadArtifact(out)).weights!['hidden.bias']], new Array(16).fill(0.5));
});

test("the schema's initializer kinds are the compiler's", () => {
  const schema = JSON.parse(readFileSync(repoRoot + 'docs/schemas/artifact.schema.json', 'utf8')) as { definitions: { initializer: { properties: { kind: { enum: string[] } } } } };
  assert.equal(schema.definitions.initializer.properties.kind.enum.sort(), Object.keys(initializerSchemas).sort());
});

test('on a GPU, predict of the loaded iris artifact gives what the in-memory artifact gives', async () => {
  const gpu = await getTestDevice();
  if (!gpu) return; // no adapter and not CI: getTestDevice() printed why
  const loaded = await loadArtifact(irisCopy('gpu'));
  const memory = inMemory('iris.model');
  const predict = memory.manifest.programs.find((p) => p.name === 'predict')!;
  const feeds = Object.fromEntries(predict.inputs.map((i) => [i.name, Float32Array.from({ length: i.shape.reduce((a, b) => a * b, 1) }, (_, k) => Math.sin(k * 0.7) * 1.5)]));
  const [a, b] = await Promise.all([GpuSession.create(gpu.device, loaded), GpuSession.create(gpu.device, memory)]);
  try {
    const [x, y] = [await a.run('predict', feeds), await b.run('predict', feeds)];
    assert.equal(Object.keys(x), predict.outputs.map((o) => o.name));
    for (const name of Object.keys(y)) {
      assert.ok(x[name].every(Number.isFinite), `${name} is finite`);
      assert.equal([...x[name]], [...y[name]], name);
    }
  } finally {
    a.destroy();
    b.destroy();
  }
});

test.run();
