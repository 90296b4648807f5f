// Broken artifact folders (`mdlc compile -o`) and broken artifacts in memory: every kind of damage is an ArtifactError
// whose problems name the file and the field, from loadArtifact (node/load-artifact.ts) and parseArtifact alike; never
// another exception, never a hang.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { compileSource } from '../compiler/compile.js';
import { SourceFile } from '../core/diagnostic.js';
import type { Artifact, Manifest } from '../core/artifact.js';
import { moduleToJson } from '../core/ir-json.js';
import { loadArtifact } from '../node/load-artifact.js';
import { writeArtifact } from '../node/write-artifact.js';
import { ArtifactError, parseArtifact } from '../runtime/load.js';
import { repoRoot } from './helpers/repo.js';

const test = suite('artifact: corrupt files');
const tmp = mkdtempSync(join(tmpdir(), 'mdlc-corrupt-'));
let artifact: Artifact;
let good: string;

test.before(() => {
  const path = 'specs/mlp.model';
  const r = compileSource(new SourceFile(path, readFileSync(repoRoot + path, 'utf8')), { purpose: 'auto', backend: true });
  if (!r.artifact) throw new Error('mlp.model does not compile');
  artifact = r.artifact;
  good = join(tmp, 'good');
  writeArtifact(good, artifact);
});
test.after(() => rmSync(tmp, { recursive: true, force: true }));

/** A field of any value, for writing what the manifest's types forbid. */
const loose = (x: object) => x as Record<string, unknown>;

let n = 0;
/** A fresh copy of the good folder, broken by `edit`. */
function broken(edit: (dir: string) => void): string {
  const dir = join(tmp, `case-${n++}`);
  mkdirSync(dir);
  for (const f of ['manifest.json', 'weights.safetensors', 'program.ir.json', ...Object.keys(artifact.shaders)]) writeFileSync(join(dir, f), readFileSync(join(good, f)));
  edit(dir);
  return dir;
}

const manifestOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
const editManifest = (edit: (m: Manifest) => void) => (dir: string) => {
  const m = manifestOf(dir);
  edit(m);
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(m));
};

/** Loads a folder that must be refused within a second: its problems, each checked to start with one of the folder's files. */
async function refused(dir: string): Promise<string[]> {
  const t0 = performance.now();
  let problems: string[] | undefined;
  try {
    await loadArtifact(dir);
  } catch (e) {
    assert.instance(e, ArtifactError, `not an ArtifactError: ${(e as Error).stack}`);
    problems = (e as ArtifactError).problems;
  }
  assert.ok(problems, `${dir} was accepted`);
  assert.ok(performance.now() - t0 < 5000, 'refused promptly');
  assert.ok(problems!.length > 0);
  for (const p of problems!) assert.ok(p.startsWith(`${dir}/`) && /^\S+\/(manifest\.json|weights\.safetensors|program\.ir\.json|[\w.-]+\.wgsl): \S/.test(p), `names the file: ${p}`);
  assert.not.match(problems!.join('\n'), /\bat .*\.js:\d+/, 'no stack trace');
  return problems!;
}

/** Cases: what is broken, how, and what the problem must say (file and field). */
const cases: [string, (dir: string) => void, RegExp][] = [
  ['manifest.json cut in half', (d) => truncateSync(join(d, 'manifest.json'), 200), /manifest\.json: is not JSON/],
  ['manifest.json empty', (d) => truncateSync(join(d, 'manifest.json'), 0), /manifest\.json: is not JSON/],
  ['manifest.json garbage', (d) => writeFileSync(join(d, 'manifest.json'), Buffer.from([0xff, 0xfe, 0, 1, 2, 0x7b])), /manifest\.json: is not JSON/],
  ['manifest.json an array', (d) => writeFileSync(join(d, 'manifest.json'), '[1,2]'), /manifest\.json: is not an mdlc artifact manifest/],
  ['manifest.json a folder', (d) => (unlinkSync(join(d, 'manifest.json')), mkdirSync(join(d, 'manifest.json'))), /manifest\.json: cannot read: it is a directory/],
  ['manifest.json missing', (d) => unlinkSync(join(d, 'manifest.json')), /manifest\.json: cannot read: no such file/],
  ['batchSize a string', editManifest((m) => (loose(m).batchSize = '32')), /manifest\.json: batchSize must be integer, got "32"/],
  ['params an object', editManifest((m) => (loose(m).params = {})), /manifest\.json: params must be array/],
  ['a shape with a negative size', editManifest((m) => (m.params[0].shape = [-3, 4])), /manifest\.json: params\[0\]\.shape\[0\]/],
  ['a program without kernels', editManifest((m) => delete loose(m.programs[0]).kernels), /manifest\.json: programs\[0\] is missing the field "kernels"/],
  ['kernels not a list', editManifest((m) => (loose(m.programs[1]).kernels = 'none')), /manifest\.json: programs\[1\]\.kernels must be array/],
  ['a shader path that leaves the folder', editManifest((m) => (m.programs[0].kernels[0].shader = '../x.wgsl')), /manifest\.json: programs\[0\]\.kernels\[0\]\.shader must be a plain file name/],
  ['workgroups zero', editManifest((m) => (m.programs[0].kernels[0].workgroups = 0)), /manifest\.json: programs\[0\]\.kernels\[0\]\.workgroups/],
  ['workgroups beyond a dispatch', editManifest((m) => (m.programs[0].kernels[0].workgroups = 1e6)), /manifest\.json: programs\[0\]\.kernels\[0\] \(train_step kernel \S+\) dispatches 1000000 workgroups/],
  ['a binding number out of range', editManifest((m) => (m.programs[0].kernels[0].bindings[0].binding = 99)), /manifest\.json: programs\[0\]\.kernels\[0\] \(train_step kernel \S+\)\.bindings\[0\]\.binding is 99, but \S+\.wgsl declares the \w+ arena at @binding\(\d\)/],
  ['a binding of another arena', editManifest((m) => (loose(m.programs[0].kernels[0].bindings[0]).arena = 'nowhere')), /manifest\.json: programs\[0\]\.kernels\[0\]\.bindings\[0\]\.arena must be one of/],
  ['a binding dropped', editManifest((m) => m.programs[0].kernels[0].bindings.pop()), /\.wgsl: declares the \w+ arena, which \S+manifest\.json programs\[0\]\.kernels\[0\] \(train_step kernel \S+\)\.bindings does not bind/],
  ['a read-only binding marked writable', editManifest((m) => { const b = m.programs[0].kernels[0].bindings.find((x) => !x.write)!; b.write = true; }), /manifest\.json: programs\[0\]\.kernels\[0\] .*\.write is true, but \S+\.wgsl declares the \w+ arena read$/],
  ['a param offset past its arena', editManifest((m) => (m.params[0].offset = m.elements.params)), /manifest\.json: params\[0\] \(\S+\) ends at element \d+, past the end of the params arena/],
  ['state overlapping', editManifest((m) => (m.state[1].offset = m.state[0].offset)), /manifest\.json: state\[\d\] \(\S+\) overlaps state\[\d\]/],
  ['an input offset past the data arena', editManifest((m) => (m.programs[0].inputs[0].offset = m.programs[0].elements.data)), /manifest\.json: programs\[0\]\.inputs\[0\] \(train_step \w+\) ends at element \d+, past the end of the data arena/],
  ['an output offset past the work arena', editManifest((m) => { const o = m.programs[2].outputs.find((x) => x.constant === undefined)!; o.arena = 'work'; o.offset = m.programs[2].elements.work; }), /manifest\.json: programs\[2\]\.outputs\[\d\] \(predict \w+\) ends at element \d+, past the end of the work arena/],
  ['a shader missing', (d) => unlinkSync(join(d, artifact.manifest.programs[0].kernels[2].shader)), /\.wgsl: is missing; \S+manifest\.json names it as the shader of programs\[0\]\.kernels\[2\]/],
  ['a shader empty', (d) => writeFileSync(join(d, artifact.manifest.programs[1].kernels[0].shader), ''), /\.wgsl: is empty; \S+manifest\.json names it as the shader of programs\[1\]\.kernels\[0\]/],
  ['a shader that is only blank lines', (d) => writeFileSync(join(d, artifact.manifest.programs[1].kernels[0].shader), '\n\n  \n'), /\.wgsl: is empty/],
  ['a shader cut before its bindings', (d) => writeFileSync(join(d, artifact.manifest.programs[0].kernels[0].shader), '// cut\n'), /\.wgsl: declares no storage binding for the \w+ arena, which \S+manifest\.json programs\[0\]\.kernels\[0\] .*\.bindings\[0\] binds/],
  ['a shader a folder', (d) => { const f = join(d, artifact.manifest.programs[0].kernels[1].shader); unlinkSync(f); mkdirSync(f); }, /\.wgsl: cannot read: it is a directory$/],
  ['program.ir.json cut short', (d) => truncateSync(join(d, 'program.ir.json'), 100), /program\.ir\.json: is not JSON/],
  ['program.ir.json garbage', (d) => writeFileSync(join(d, 'program.ir.json'), '\u0000\u0001garbage'), /program\.ir\.json: is not JSON/],
  ['program.ir.json of another format', (d) => writeFileSync(join(d, 'program.ir.json'), '{"format":"onnx"}'), /program\.ir\.json: module: this is not mdlc IR/],
  ['program.ir.json with a dangling operand', (d) => { const j = JSON.parse(readFileSync(join(d, 'program.ir.json'), 'utf8')); j.programs[0].nodes[5].src = [99999]; writeFileSync(join(d, 'program.ir.json'), JSON.stringify(j)); }, /program\.ir\.json: train_step %5 .*operand %99999 does not exist/],
  ['program.ir.json of another model', (d) => { const j = JSON.parse(readFileSync(join(d, 'program.ir.json'), 'utf8')); j.model = 'other'; writeFileSync(join(d, 'program.ir.json'), JSON.stringify(j)); }, /program\.ir\.json: is the IR of other at batch \d+, but the manifest is mlp/],
  ['program.ir.json whose params differ from the manifest', editManifest((m) => { m.params[0].path = 'renamed'; }), /program\.ir\.json: param \S+ is not in the manifest/],
  ['program.ir.json a folder', (d) => (unlinkSync(join(d, 'program.ir.json')), mkdirSync(join(d, 'program.ir.json'))), /program\.ir\.json: cannot read: it is a directory/],
  ['weights.safetensors empty', (d) => truncateSync(join(d, 'weights.safetensors'), 0), /weights\.safetensors: the file is 0 bytes long/],
  ['weights.safetensors cut in its header', (d) => truncateSync(join(d, 'weights.safetensors'), 40), /weights\.safetensors: /],
  ['weights.safetensors with a header length past the end', (d) => { const f = join(d, 'weights.safetensors'); const b = readFileSync(f); b.writeUInt32LE(0x7fffffff, 0); writeFileSync(f, b); }, /weights\.safetensors: /],
  ['weights.safetensors header garbage', (d) => { const f = join(d, 'weights.safetensors'); const b = readFileSync(f); b.fill(0x41, 8, 40); writeFileSync(f, b); }, /weights\.safetensors: /],
  ['weights.safetensors missing', (d) => unlinkSync(join(d, 'weights.safetensors')), /weights\.safetensors: cannot read: no such file/],
];

for (const [name, edit, expected] of cases) {
  test(name, async () => {
    const problems = await refused(broken(edit));
    assert.ok(problems.some((p) => expected.test(p)), `expected ${expected} among:\n${problems.join('\n')}`);
  });
}

test('every cut of manifest.json, program.ir.json and weights.safetensors is refused, in memory as on disk', () => {
  const manifestJson = readFileSync(join(good, 'manifest.json'), 'utf8');
  const irJson = readFileSync(join(good, 'program.ir.json'), 'utf8');
  const weightsBytes = new Uint8Array(readFileSync(join(good, 'weights.safetensors')));
  const whole = { manifestJson, shaders: artifact.shaders, irJson, weightsBytes };
  assert.ok(parseArtifact(whole), 'the whole artifact loads');
  const expectRefused = (contents: typeof whole, what: string, file: RegExp) => {
    try {
      parseArtifact(contents);
    } catch (e) {
      assert.instance(e, ArtifactError, `${what}: ${(e as Error).stack}`);
      assert.ok((e as ArtifactError).problems.every((p) => file.test(p)), `${what}: ${(e as ArtifactError).problems.join('\n')}`);
      return;
    }
    assert.unreachable(`${what} was accepted`);
  };
  const cuts = (length: number) => Array.from({ length: 40 }, (_, i) => Math.floor((i * length) / 40));
  for (const at of cuts(manifestJson.trimEnd().length)) expectRefused({ ...whole, manifestJson: manifestJson.slice(0, at) }, `manifest.json cut at ${at}`, /^manifest\.json: /);
  for (const at of cuts(irJson.trimEnd().length)) expectRefused({ ...whole, irJson: irJson.slice(0, at) }, `program.ir.json cut at ${at}`, /^program\.ir\.json: /);
  for (const at of cuts(weightsBytes.length)) expectRefused({ ...whole, weightsBytes: weightsBytes.slice(0, at) }, `weights.safetensors cut at ${at}`, /^weights\.safetensors: /);
  // the IR of another spec with the same model name and batch size does not pass for this one's
  const other = compileSource(new SourceFile('x.model', 'model mlp\ninput x: f32[batch, 3]\noutput y = Dense(2)(x)\ntrain batch_size=' + artifact.manifest.batchSize + '\n'), { purpose: 'inference' });
  if (other.module) expectRefused({ ...whole, irJson: JSON.stringify(moduleToJson(other.module)) }, 'the IR of another spec', /^program\.ir\.json: /);
});

test.run();
