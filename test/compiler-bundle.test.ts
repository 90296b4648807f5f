// compiler/ is browser-safe: esbuild bundles compiler/index.ts (`mdlc/compiler`) for browsers with no externals, and the
// bundle holds nothing of node/ or runtime/ and imports no node: module. The bundle then compiles a spec by itself, and
// gives the same manifest (hashes included), WGSL and `--emit js` module as the compiler run from source in Node.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compileSource } from '../compiler/compile.js';
import { emitJsModule } from '../compiler/emit/js-module.js';
import { SourceFile } from '../core/diagnostic.js';
import { browserBundles, bundleOptions } from '../scripts/bundle-sizes.js';
import { repoRoot } from './helpers/repo.js';

type Compiler = typeof import('../compiler/index.js');

const compilerBundle = browserBundles.find((b) => b.name === 'mdlc/compiler')!;

test('compiler/index.ts bundles for browsers by itself: no node/, runtime/ or node: import', async () => {
  const result = await build(bundleOptions(compilerBundle));
  const inputs = Object.keys(result.metafile!.inputs).map((p) => relative(repoRoot, join(process.cwd(), p)).replace(/\\/g, '/'));
  assert.ok(inputs.some((p) => p.startsWith('compiler/')) && inputs.some((p) => p.startsWith('grammar/')) && inputs.some((p) => p.includes('chevrotain')), `inputs: ${inputs.join(', ')}`);
  assert.equal(inputs.filter((p) => /^(node|runtime)\//.test(p) || p.startsWith('node:')), [], 'the bundle holds files it must not');
  assert.equal(Object.values(result.metafile!.outputs).flatMap((o) => o.imports.map((i) => i.path)), [], 'the bundle imports nothing');
  assert.not.match(result.outputFiles![0].text, /["'`]node:/, 'no node: specifier is left in the bundle');
});

test('the bundled compiler compiles specs/iris.model to the same artifact and JS module as the compiler from source', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mdlc-compiler-bundle-'));
  const result = await build({ ...bundleOptions(compilerBundle), minify: false });
  writeFileSync(join(dir, 'compiler.js'), result.outputFiles![0].contents);
  const bundled = (await import(pathToFileURL(join(dir, 'compiler.js')).href)) as Compiler;
  const text = readFileSync(join(repoRoot, 'specs/iris.model'), 'utf8');
  const fromBundle = bundled.compileSource(new bundled.SourceFile('specs/iris.model', text), { purpose: 'train', backend: true });
  const fromSource = compileSource(new SourceFile('specs/iris.model', text), { purpose: 'train', backend: true });
  assert.ok(fromBundle.artifact && fromSource.artifact);
  assert.equal(fromBundle.diagnostics, []);
  assert.equal(fromBundle.artifact.manifest, fromSource.artifact.manifest);
  assert.equal(fromBundle.artifact.shaders, fromSource.artifact.shaders);
  const weights = new Uint8Array([1, 2, 3]);
  assert.equal(bundled.emitJsModule(fromBundle.artifact, { weights }).files, emitJsModule(fromSource.artifact, { weights }).files);
  // Diagnostics as data, with line and column, as the playground shows them.
  const broken = bundled.checkSource(new bundled.SourceFile('broken.model', 'model broken\ninput x: f32[batch, 4]\noutput y = Dense(3)(z)\n'));
  const json = bundled.diagnosticsToJson(new bundled.SourceFile('broken.model', 'model broken\ninput x: f32[batch, 4]\noutput y = Dense(3)(z)\n'), broken.diagnostics);
  assert.equal(json.map((d) => `${d.span.line}:${d.span.column} ${d.code}`), ['3:21 E0201']);
});

test.run();
