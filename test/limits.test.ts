// Static limits: sizes and numbers the target cannot hold are located diagnostics, shipped specs compile at every small batch, deep repeat does not overflow, and BOM/CR files read right.
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compileSource } from '../compiler/compile.js';
import { SourceFile } from '../core/diagnostic.js';
import { renderDiagnostics } from '../compiler/diagnostics/render.js';
import { repoRoot } from './helpers/repo.js';

const specs = readdirSync(repoRoot + 'specs').filter((f) => f.endsWith('.model')).sort();
const specFile = (name: string) => new SourceFile(`specs/${name}`, readFileSync(repoRoot + 'specs/' + name, 'utf8'));

for (const name of specs) {
  test(`specs/${name} compiles to an artifact at batch 1, 2, 3 and its own batch size`, () => {
    for (const batch of [1, 2, 3, undefined]) {
      const file = specFile(name);
      const r = compileSource(file, { backend: true, batch, purpose: 'auto' });
      assert.ok(r.artifact, `${name} at batch ${batch ?? 'default'}:\n${renderDiagnostics(file, r.diagnostics)}`);
      assert.equal(r.diagnostics.filter((d) => d.severity === 'error'), []);
    }
  });
}

/** The diagnostics of a spec text compiled with the backend, and where each is (line:col). */
function located(text: string, batch?: number) {
  const file = new SourceFile('x.model', text);
  const r = compileSource(file, { backend: true, batch, purpose: 'auto' });
  return { r, at: r.diagnostics.map((d) => ({ code: d.code, ...file.position(d.span.start), message: d.message })) };
}

const head = 'model m\ninput x: f32[batch, 4]\ntarget t: f32[batch, 3]\n';
const tail = 'loss mse(y, t)\noptimizer adam()\n';

test('a weight over 2^31 - 1 elements is E0408 at its layer, with the count and the limit', () => {
  const { r, at } = located(head + 'h = Dense(99999999999)(x)\ny = Dense(3)(h)\n' + tail);
  assert.not.ok(r.artifact);
  assert.equal(at.map((d) => [d.code, d.line, d.column]), [['E0408', 4, 5], ['E0408', 5, 5]]);
  assert.match(at[0].message, '399,999,999,996 elements');
  assert.match(at[0].message, '2,147,483,647');
});

test('a tensor over the binding limit at the batch size is E0408 naming the batch size; smaller batches pass', () => {
  const text = 'model m\ninput x: f32[batch, 1000000]\ntarget t: f32[batch, 3]\ny = Dense(3)(x)\n' + tail;
  const big = located(text, 64);
  assert.equal(big.at.map((d) => [d.code, d.line]), [['E0408', 2]]);
  assert.match(big.at[0].message, 'at batch size 64');
  assert.match(big.at[0].message, '128.0 MiB');
  assert.ok(located(text, 8).r.artifact);
});

test('integers beyond 2^53 and numbers beyond f32 are E0502 where they are written', () => {
  const { at } = located(head + 'const k = 9007199254740993\nh = Dense(4)(x)\ny = Dense(3)(h * 1e39)\nloss mse(y, t)\noptimizer adam(lr=1e39, epsilon=1e-60)\n');
  assert.equal(at.map((d) => [d.code, d.line, d.column]), [['E0502', 4, 11], ['E0502', 6, 14], ['E0502', 8, 19], ['E0502', 8, 33]]);
  assert.match(at[2].message, 'f32');
});

test('--set of an inexact integer is E0502 on the command line', () => {
  const file = new SourceFile('x.model', 'model m\nconst w = 4\ninput x: f32[batch, w]\noutput y = relu(x)\n');
  const r = compileSource(file, { overrides: { w: '9007199254740993' } });
  assert.equal(r.diagnostics.map((d) => [d.code, d.commandLine]), [['E0502', true]]);
});

test('an arena over the binding limit is E0605 at its largest tensor, after planning, not a crash', () => {
  // Inputs and targets of 80 MB each fit one by one, but not together in the data arena.
  const file = new SourceFile('x.model', 'model m\ninput x: f32[batch, 1000]\ntarget t: f32[batch, 1000]\ny = Dense(1000)(x)\nloss mse(y, t)\noptimizer sgd()\n');
  const r = compileSource(file, { backend: true, batch: 20000 });
  assert.not.ok(r.artifact);
  const d = r.diagnostics.filter((x) => x.code === 'E0605');
  assert.ok(d.length > 0, renderDiagnostics(file, r.diagnostics));
  assert.match(d[0].message, 'batch size 20000');
  assert.ok(d[0].span.end > d[0].span.start, 'located in the spec');
});

test('repeat(1000) of a small block checks and lowers without overflowing the stack', () => {
  const text = head + 'block B(n)(u) {\n  h = Dense(n, activation=relu)(u)\n  return u + h\n}\nz = repeat(1000) B(4)(x)\ny = Dense(3)(z)\n' + tail;
  const r = compileSource(new SourceFile('x.model', text), { purpose: 'train' });
  assert.equal(r.diagnostics, []);
  assert.ok(r.module);
});

test('repeat(200) compiles through fusion, planning and emission', () => {
  const text = head + 'z = repeat(200) Dense(4, activation=relu)(x)\ny = Dense(3)(z)\n' + tail;
  const t0 = Date.now();
  const r = compileSource(new SourceFile('x.model', text), { backend: true });
  assert.ok(r.artifact);
  assert.ok(Date.now() - t0 < 60_000, `took ${Date.now() - t0} ms`);
});

test('a UTF-8 BOM is ignored and CR, CRLF and LF all end lines, with line:col right', () => {
  const body = (eol: string) => ['model m', 'input x: f32[batch, 4]  // note', 'output y = Dense(3)(z)'].join(eol) + eol;
  for (const [text, col] of [[body('\n'), 21], [body('\r'), 21], [body('\r\n'), 21], ['\uFEFF' + body('\n'), 21]] as const) {
    const file = new SourceFile('x.model', text);
    const r = compileSource(file);
    assert.equal(r.diagnostics.map((d) => [d.code, file.position(d.span.start)]), [['E0201', { line: 3, column: col }]], JSON.stringify(text));
    assert.is(file.lineText(3), 'output y = Dense(3)(z)');
    assert.is(file.lineText(1), 'model m');
  }
  const bom = new SourceFile('x.model', '\uFEFFmodel m $\n');
  const r = compileSource(bom);
  assert.equal(r.diagnostics.map((d) => [d.code, bom.position(d.span.start)]), [['E0101', { line: 1, column: 9 }]]);
});


test('fusion pruned by the kept draft order merges exactly as the unpruned search does (deep residual LayerNorm blocks, clipped AdamW)', async () => {
  const { fuse, fuseRules } = await import('../compiler/fuse/fuse.js');
  const { printFused } = await import('../compiler/fuse/print.js');
  const text = `model m\ninput x: f32[batch, 8]\ntarget t: f32[batch, 3]\nblock B()(u) {\n  h = Dense(8, activation=gelu)(LayerNorm()(u))\n  return u + Dropout(0.1)(h)\n}\nz = repeat(12) B()(x)\ny = Dense(3)(z)\nloss mse(y, t)\noptimizer adamw(clip_norm=1)\n`;
  const r = compileSource(new SourceFile('x.model', text), {});
  const unpruned = fuseRules.map((rule, i) => (i === 0 ? { ...rule, run: (s: Parameters<typeof rule.run>[0]) => (rule.run(s), (s.order = null)) } : rule));
  for (const p of r.module!.programs) assert.is(printFused(fuse(p)), printFused(fuse(p, unpruned)), p.name);
});

test.run();
