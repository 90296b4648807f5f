// IR JSON: every shipped spec survives the round trip unchanged, and broken IR is refused with messages naming the node.
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compileSource, irStages } from '../compiler/compile.js';
import { SourceFile } from '../core/diagnostic.js';
import type { Module } from '../core/ir.js';
import { type ModuleJson, moduleFromJson, moduleToJson, type NodeJson, verifyModule } from '../core/ir-json.js';
import { printModule } from '../compiler/ir/print.js';
import { shapeRules } from '../core/shape-rules.js';
import { repoRoot } from './helpers/repo.js';

const specs = readdirSync(repoRoot + 'specs').filter((f) => f.endsWith('.model')).sort();

function compile(name: string, after?: (stage: string, m: Module) => void): { file: SourceFile; module: Module } {
  const file = new SourceFile(`specs/${name}`, readFileSync(repoRoot + `specs/${name}`, 'utf8'));
  const r = compileSource(file, { batch: 2, after });
  assert.ok(r.module, `${name} compiles`);
  return { file, module: r.module! };
}

/** The mlp's IR as fresh JSON, for tests that break it. */
function mlpJson(): ModuleJson {
  return JSON.parse(JSON.stringify(moduleToJson(compile('mlp.model').module))) as ModuleJson;
}

function trainNode(json: ModuleJson, id: number): NodeJson {
  return json.programs.find((p) => p.name === 'train_step')!.nodes[id];
}

/** The first node of train_step with this op. */
function firstOf(json: ModuleJson, op: string): NodeJson {
  return json.programs.find((p) => p.name === 'train_step')!.nodes.find((n) => n.op === op)!;
}

function refused(value: unknown, ...expected: (string | RegExp)[]): string[] {
  const r = moduleFromJson(value);
  assert.is(r.module, undefined, 'the module is refused');
  assert.ok(r.errors.length > 0, 'with reasons');
  for (const e of expected) assert.ok(r.errors.some((m) => (typeof e === 'string' ? m.includes(e) : e.test(m))), `expected a message like ${e}, got:\n${r.errors.join('\n')}`);
  return r.errors;
}

for (const name of specs) {
  test(`${name}: JSON round trip prints the same IR`, () => {
    const { file, module } = compile(name);
    const r = moduleFromJson(JSON.parse(JSON.stringify(moduleToJson(module))), file);
    assert.equal(r.errors, []);
    assert.is(printModule(r.module!, file), printModule(module, file));
    assert.equal(moduleToJson(r.module!), moduleToJson(module));
  });

  test(`${name}: the IR after every stage verifies`, () => {
    const seen: string[] = [];
    compile(name, (stage, m) => {
      seen.push(stage);
      assert.equal(verifyModule(m), [], `after ${stage}`);
    });
    assert.equal(seen, [...irStages]);
  });
}

test('the schema names exactly the ops that have shape rules', () => {
  const schema = JSON.parse(readFileSync(repoRoot + 'docs/schemas/ir.schema.json', 'utf8')) as { definitions: { node: { properties: { op: { enum: string[] } } } } };
  assert.equal([...schema.definitions.node.properties.op.enum].sort(), Object.keys(shapeRules).sort());
});

test('reals JSON cannot hold (infinities, NaN, -0) travel as strings and come back', () => {
  const json = mlpJson();
  const consts = json.programs[0].nodes.filter((n) => n.op === 'const');
  const module = moduleFromJson(json).module!;
  const values = [Infinity, -Infinity, NaN, -0];
  values.forEach((v, i) => ((module.programs[0].nodes[consts[i].id].arg as { value: number }).value = v));
  const text = JSON.stringify(moduleToJson(module));
  for (const s of ['"Infinity"', '"-Infinity"', '"NaN"', '"-0"']) assert.ok(text.includes(s), s);
  const back = moduleFromJson(JSON.parse(text)).module!;
  values.forEach((v, i) => assert.ok(Object.is((back.programs[0].nodes[consts[i].id].arg as { value: number }).value, v), String(v)));
});

test('schema: an unknown op is named with the node and a suggestion', () => {
  const json = mlpJson();
  const mm = firstOf(json, 'matmul');
  (mm as { op: string }).op = 'matmull';
  refused(json, `train_step %${mm.id} (h1): op "matmull" is not an IR op; did you mean "matmul"?`);
});

test('schema: a missing field, a wrong type, an unknown field and a bad argument are named by path', () => {
  const json = mlpJson();
  delete (trainNode(json, 5) as Partial<NodeJson>).dtype;
  (trainNode(json, 6) as { shape: unknown }).shape = [1, '256'];
  (trainNode(json, 7) as unknown as Record<string, unknown>).colour = 'red';
  (firstOf(json, 'sum').arg as { axes: unknown }).axes = 'all';
  delete (json as Partial<ModuleJson>).seed;
  refused(
    json,
    'train_step %5 (h1, matmul): is missing the field "dtype"',
    'train_step %6 (h1, reshape): shape[1] must be integer, got "256"',
    'train_step %7 (h1, add): has an unknown field "colour"',
    /train_step %\d+ \(loss, sum\): arg\.axes must be array/,
    'module: is missing the field "seed"',
  );
});

test('schema: another format or version is refused in one sentence', () => {
  assert.equal(moduleFromJson([1, 2]).errors, ['module: this is not mdlc IR (it has no "format": "mdlc-ir")']);
  assert.equal(moduleFromJson({ ...mlpJson(), version: 2 }).errors, ['module: IR format version 2 is not supported; this mdlc reads version 1']);
});

test('a dangling reference names the program, node, op and name', () => {
  const json = mlpJson();
  trainNode(json, 5).src = [1, 400];
  refused(json, 'train_step %5 (h1, matmul): operand %400 does not exist (dangling reference)');
});

test('a forward reference and a self reference are refused', () => {
  const json = mlpJson();
  trainNode(json, 7).src = [5, 9];
  trainNode(json, 8).src = [8];
  refused(json, 'train_step %7 (h1, add): operand %9 comes after it (forward reference)', 'train_step %8 (h1, relu): operand %8 is the node itself (cycle)');
});

test('ids must be dense and in order', () => {
  const json = mlpJson();
  trainNode(json, 3).id = 30;
  refused(json, 'train_step %30 (param): is at position 3; node ids must be 0..n-1 in order');
});

test('an output or update pointing nowhere is refused', () => {
  const json = mlpJson();
  const train = json.programs.find((p) => p.name === 'train_step')!;
  train.outputs[0].node = 5000;
  train.updates[0].node = train.nodes.length;
  refused(json, `train_step output loss: node %5000 does not exist (the program has ${train.nodes.length} nodes)`, `train_step update ${train.updates[0].name}: node %${train.nodes.length} does not exist`);
});

test('a node whose type disagrees with its op rule is named, with the rule result', () => {
  const json = mlpJson();
  trainNode(json, 5).shape = [2, 512];
  trainNode(json, 8).dtype = 'i32';
  refused(json, 'train_step %5 (h1, matmul): is declared f32[2, 512] but matmul(f32[2, 784], f32[784, 256]) gives f32[2, 256]', 'train_step %8 (h1, relu): is declared i32[2, 256] but relu(f32[2, 256]) gives f32[2, 256]');
});

test('a wrong node is reported once, not again at each of its users', () => {
  const json = mlpJson();
  trainNode(json, 5).shape = [2, 3];
  const iota = firstOf(json, 'iota');
  iota.src = [999];
  const errors = refused(json, 'train_step %5 (h1, matmul): is declared f32[2, 3]', `train_step %${iota.id} (loss, iota): operand %999 does not exist`);
  assert.is(errors.length, 2, errors.join('\n'));
});

test('operands that do not fit their op are refused with the rule message', () => {
  const json = mlpJson();
  trainNode(json, 5).src = [3, 1];
  refused(json, /train_step %5 \(h1, matmul\): matmul\(f32\[784, 256\], f32\[2, 784\]\): inner sizes differ/);
});

test('param and state nodes must match the module declarations', () => {
  const json = mlpJson();
  const p = firstOf(json, 'param');
  (p.arg as { path: string }).path = 'h9.kernel';
  json.state[0].shape = [3];
  refused(json, `train_step %${p.id} (h1, param): param h9.kernel is not declared by the module`, /train_step %0 \(optimizer, state\): is f32\[\] but state optimizer\.step is declared f32\[3\]/);
});

test('spans are checked against the spec when it is given', () => {
  const { file, module } = compile('iris.model');
  const json = moduleToJson(module);
  json.programs[0].nodes[2].span = { start: 5, end: file.text.length + 10 };
  const r = moduleFromJson(json, file);
  assert.ok(r.errors.some((e) => e.includes(`is past the end of specs/iris.model`)), r.errors.join('\n'));
  assert.equal(moduleFromJson(json).errors, [], 'without the spec the span cannot be judged');
});

test('moduleToJson is a deep copy', () => {
  const { module } = compile('iris.model');
  const json = moduleToJson(module);
  json.programs[0].nodes[0].shape.push(7);
  json.params[0].shape.push(7);
  assert.equal(verifyModule(module), []);
});

test.run();
