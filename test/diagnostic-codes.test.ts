// The diagnostic registry: every code's example spec really produces that code through the whole pipeline.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compileSource } from '../compiler/compile.js';
import { type Code, codes } from '../core/codes.js';
import { SourceFile } from '../core/diagnostic.js';
import { renderDiagnostics } from '../compiler/diagnostics/render.js';
import { exportProblems } from '../compiler/export/onnx.js';
import { layerExport } from '../compiler/export/onnx-layers.js';
import { functionExport } from '../compiler/export/onnx-functions.js';
import { exportPyTorch } from '../compiler/export/pytorch/export.js';

/** The codes the PyTorch exporter reports (after a clean compile), whose examples go through it too. */
const pytorchExportCodes = new Set<Code>(['E0711', 'E0712', 'E0713']);

// E0702 is a layer or function whose ONNX table entry refuses it: every one has a translation today (tested below with a table that refuses).
const withoutExample = new Set<Code>(['E0206', 'E0999']);
/** Codes of `mdlc export`, which the examples reach through the export's checks after compiling. */
const exportCodes = /^E070\d$/;

for (const [code, info] of Object.entries(codes) as [Code, { title: string; example: string }][]) {
  if (withoutExample.has(code)) continue;
  test(`${code} (${info.title}) is produced by its example`, () => {
    const file = new SourceFile(`${code}.model`, info.example);
    // An export needs no loss (it is the inference program), so its examples are compiled as `mdlc export` compiles them.
    let r = compileSource(file, { purpose: exportCodes.test(code) ? 'inference' : pytorchExportCodes.has(code) ? 'auto' : 'train', backend: true });
    if (exportCodes.test(code) && r.model) r.diagnostics.push(...exportProblems(r.model, r.spec.span));
    if (pytorchExportCodes.has(code) && r.model && r.artifact) r = { ...r, diagnostics: [...r.diagnostics, ...exportPyTorch(r.model, file, r.artifact.manifest).diagnostics] };
    const found = r.diagnostics.filter((d) => d.code === code);
    assert.ok(found.length > 0, `got ${r.diagnostics.map((d) => d.code).join(', ') || 'nothing'}:\n${renderDiagnostics(file, r.diagnostics)}`);
    assert.is(found[0].severity, code.startsWith('W') ? 'warning' : 'error');
    for (const d of r.diagnostics) assert.ok(d.span.start >= 0 && d.span.end <= info.example.length && d.span.start <= d.span.end);
  });
}

test('E0206 comes from --set overrides, not from the spec', () => {
  const file = new SourceFile('x.model', 'model m\nconst width = 4\ninput x: f32[batch, width]\noutput y = relu(x)\n');
  const r = compileSource(file, { overrides: { widht: '8' } });
  assert.equal(r.diagnostics.map((d) => d.code), ['E0206']);
  assert.is(r.diagnostics[0].hint, 'did you mean `width`?');
  const ok = compileSource(file, { overrides: { width: '8' } });
  assert.equal(ok.model?.nodes[0].type.shape, ['batch', 8]);
});

test('E0702 comes from a table entry that refuses a layer or function, located at each use', () => {
  const text = 'model m\ninput x: f32[batch, 4]\nh = Dense(3)(x)\noutput y = relu(Dense(2)(h))\n';
  const r = compileSource(new SourceFile('x.model', text));
  const refusing = { layers: { ...layerExport, Dense: { unsupported: 'not yet' } }, functions: { ...functionExport, relu: { unsupported: 'never' } } };
  const found = exportProblems(r.model!, r.spec.span, refusing);
  assert.equal(found.map((d) => [d.code, text.slice(d.span.start, d.span.end)]), [['E0702', 'Dense(3)(x)'], ['E0702', 'Dense(2)(h)'], ['E0702', 'relu(Dense(2)(h))']]);
  assert.match(found[0].message, 'Dense cannot be exported to ONNX: not yet');
  assert.equal(exportProblems(r.model!, r.spec.span), []);
});

test('codes are unique, titled, and follow the E/W numbering', () => {
  for (const [code, info] of Object.entries(codes)) {
    assert.match(code, /^[EW]\d{4}$/);
    assert.ok(info.title.length > 3);
  }
});

test.run();
