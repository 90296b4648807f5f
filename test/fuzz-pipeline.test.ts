// Takes the shipped specs and the whole pipeline; gives the reduced form of the pipeline fuzz that CI runs (with the
// front-end fuzz of test/fuzz.test.ts, about a minute): seeded mutations of the specs through check and compile to WGSL,
// of their IR through ir-check (and the backend when it accepts), and of their artifacts' files through the loader, each
// case under 10 s. `npm run fuzz` (scripts/fuzz.ts) runs the long form; a failure prints the command that replays it.
//
// Environment: FUZZ_SEED (default 0x5eed1e55, as test/fuzz.test.ts), FUZZ_COMPILE (default 300 cases), FUZZ_IR (300),
// FUZZ_ARTIFACT (400).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { artifactCase, compileCase, type Corpus, Findings, irCase, loadCorpus } from './helpers/fuzz-cases.js';
import { figuresLine, type FuzzKind, runKind } from './helpers/fuzz-drive.js';
import { mutateJson, type Json } from './helpers/fuzz-json.js';
import { inspectArtifact, inspectCompile, inspectIr, knownOwner } from './helpers/fuzz-pipeline.js';
import { Rng, setHangLimit } from './helpers/fuzz.js';
import { type ModuleJson, moduleFromJson } from '../core/ir-json.js';

function envCount(name: string, fallback: number): number {
  const v = process.env[name];
  if (v === undefined || v === '') return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name}=${v} is not a whole number`);
  return n;
}

const SEED = envCount('FUZZ_SEED', 0x5eed1e55) >>> 0;
const test = suite('fuzz: the pipeline (check, compile, ir-check, artifact loading)');
let corpus: Corpus[] = [];

test.before(() => {
  setHangLimit(10_000);
  corpus = loadCorpus(new URL('../../specs/', import.meta.url));
  console.log(`\n  [fuzz] pipeline: seed ${SEED} (FUZZ_SEED=${SEED}), ${corpus.length} specs`);
});

test('the harness: cases replay alone from their seed and index; mutations leave their input alone; the shipped specs pass', () => {
  assert.equal(compileCase(corpus, SEED, 17), compileCase(corpus, SEED, 17), 'a compile case is a function of seed and index');
  assert.equal(JSON.stringify(irCase(corpus, SEED, 5).value), JSON.stringify(irCase(corpus, SEED, 5).value));
  assert.is(artifactCase(corpus, SEED, 9).label, artifactCase(corpus, SEED, 9).label);
  const before = JSON.stringify(corpus[0].ir);
  for (let i = 0; i < 50; i++) mutateJson(corpus[0].ir, new Rng(i));
  assert.is(JSON.stringify(corpus[0].ir), before, 'mutateJson works on a copy');
  for (const c of corpus) {
    const compiled = inspectCompile(c.text);
    assert.equal(compiled.findings, [], c.name);
    assert.ok(compiled.accepted, `${c.name} compiles`);
    assert.equal(inspectIr(c.ir).findings, [], c.name);
    assert.ok(inspectArtifact(c.contents).accepted, `${c.name}'s artifact loads`);
  }
  // what the harness must notice: a corrupt file that loads, and a crash (here: not a located diagnostic but a throw)
  const { shaders, ...rest } = corpus[0].contents;
  const first = Object.keys(shaders)[0];
  assert.equal(inspectArtifact({ ...rest, shaders: { ...shaders, [first]: '' } }, true).findings, [], 'an empty shader is refused');
  const bare = inspectIr({ format: 'mdlc-ir', version: 1 });
  assert.equal(bare.findings, [], 'a bare header is a schema error, not a throw');
  assert.not.ok(bare.accepted);
  const hostile = new Proxy({}, { get: () => { throw new RangeError('boom'); } });
  assert.match(inspectIr(hostile).findings[0]?.signature ?? '', /^moduleFromJson throws RangeError: boom/, 'a throw is a finding');
});

test("specs over the checker's static limits are skipped, not crashed on; what the checker owns is told apart", () => {
  const spec = 'model m\ninput x: f32[batch, 4]\ntarget t: f32[batch, 99999999999]\noutput y = Dense(99999999999)(x)\nloss mse(y, t)\noptimizer sgd(lr=0.1)\n';
  const r = inspectCompile(spec);
  assert.equal(r.findings.filter((f) => !f.known), [], 'no finding of the later stages');
  if (!r.skipped) assert.ok(!r.accepted, 'refused by the checker (once it has its limits), or skipped as over them');
  assert.match(knownOwner('', {}, { signature: 'throws', detail: '', stack: 'Error: x\n    at f (file:///r/dist/compiler/check/calls.js:1:1)' }) ?? '', /^B: the checker/);
  assert.match(knownOwner('const lr = 1e39', {}, { signature: 'x', detail: '' }) ?? '', /f32/);
  assert.is(knownOwner('Dense(3)', {}, { signature: 'throws', detail: '', stack: 'Error: x\n    at f (file:///r/dist/compiler/fuse/rules.js:1:1)' }), undefined);
});

test('found by the fuzz: a kernel reading an old value is not fused with one waiting for its update; ir-check refuses a node doing both', () => {
  // `ir #352` of seed 0x5eed1e55: an optimizer node of mlp's train_step made to read optimizer.step's old value
  // while its kernel also reads the new one; fusion used to inline it there and then find the kernels in a cycle.
  const text = corpus.find((c) => c.name === 'mlp.model')!;
  const json = structuredClone(text.ir) as unknown as ModuleJson;
  const p = json.programs[0];
  const old = p.nodes.find((n) => n.op === 'state' && n.arg.path === 'optimizer.step')!.id;
  const update = p.updates.find((u) => u.name === 'optimizer.step')!.node;
  const scalar = (id: number) => p.nodes[id].shape.length === 0 && p.nodes[id].dtype === 'f32';
  // the fuzz's mutation exactly (mlp's IR is pinned by test/golden/ir, so these ids hold while it does)
  const x = p.nodes[199];
  assert.is(`${x.op} ${x.src.length} ${scalar(x.src[1])}`, 'div 2 true', 'train_step %199 is the node the fuzz changed');
  x.src[1] = old;
  const r = inspectIr(JSON.parse(JSON.stringify(json)));
  assert.equal(r.findings, []);
  assert.ok(r.accepted, 'valid IR, and the backend compiles it');
  // a node that itself depends on the update and reads the old value cannot be scheduled at all: ir-check says why
  const after = new Set([update]);
  for (const n of p.nodes) if (n.src.some((i) => after.has(i))) after.add(n.id);
  // a node with a scalar operand and another that depends on the update, so it still does once the scalar is the old step
  const y = p.nodes.find((n) => n.id !== update && n.src.some((a, i) => scalar(a) && n.src.some((b, j) => j !== i && after.has(b))))!;
  const k = y.src.findIndex((a, i) => scalar(a) && y.src.some((b, j) => j !== i && after.has(b)));
  y.src[k] = old;
  const { errors } = moduleFromJson(JSON.parse(JSON.stringify(json)));
  assert.ok(errors.some((e) => /reads the old value of optimizer\.step but depends on its update %\d+, which is written over it/.test(e)), errors.join('\n'));
});

test('found by the fuzz: cnn.model with a one-channel Conv2D compiles (its gradient masks were merged into a cycle)', () => {
  // `compile #9380` of seed 7: fusion rule 8 checked the segments against each other but not the template against them
  const cnn = corpus.find((c) => c.name === 'cnn.model')!;
  const text = cnn.text.replace(/Conv2D\(64,/, 'Conv2D(1,');
  assert.is.not(text, cnn.text);
  const r = inspectCompile(text);
  assert.equal(r.findings, []);
  assert.ok(r.accepted, 'compiles to WGSL and loads back');
});

/** Runs one kind of case and fails on any finding that is not the checker's; prints the figures and the known findings. */
function fuzzKind(kind: FuzzKind, n: number): void {
  const findings = new Findings();
  const f = runKind(kind, corpus, SEED, Array.from({ length: n }, (_, i) => i), findings);
  console.log(`  [fuzz] ${figuresLine(f)}`);
  for (const k of findings.known) console.log(`  [fuzz] known, not counted: ${k.finding.signature} [${k.finding.known}] ×${k.count}: ${k.label.slice(0, 160)}`);
  const fresh = findings.fresh;
  if (fresh.length) {
    console.error(`\n${findings.report()}\n`);
    assert.unreachable(`${fresh.length} distinct ${kind} finding(s) (seed ${SEED}; reproductions printed above):\n  - ${fresh.map((s) => s.finding.signature).join('\n  - ')}`);
  }
  assert.ok(f.accepted > 0, `some ${kind} cases came through (${f.accepted} of ${f.cases}), so the later stages were reached`);
}

test('seeded spec mutations through check and compile to WGSL: no crash, no hang, diagnostics or an artifact that loads', () => {
  fuzzKind('compile', envCount('FUZZ_COMPILE', 300));
});

test('seeded IR mutations through ir-check: sentences, never a throw; what it accepts goes through fuse, plan and emit', () => {
  fuzzKind('ir', envCount('FUZZ_IR', 300));
});

test('seeded corruptions of artifact files through the loader: an ArtifactError naming the file, or a sound artifact', () => {
  fuzzKind('artifact', envCount('FUZZ_ARTIFACT', 400));
});

test.run();
