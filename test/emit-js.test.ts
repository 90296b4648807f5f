// `mdlc compile --emit js`: one ES module with the manifest and kernels inlined, its .d.ts, the weights (inlined below the
// threshold, else a file beside it) and the IR. The module loads with `mdlc/runtime` alone and predicts what the artifact
// folder of the same spec predicts; its .d.ts types predict's inputs and outputs (tsc accepts a right use, refuses a wrong one).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { jsInlineLimit } from '../compiler/emit/js-module.js';
import { loadModel } from '../node/api.js';
import type { Model } from '../runtime/model.js';
import { repoRoot, runCli } from './helpers/repo.js';
import { build } from 'esbuild';
import { runtimeBundle } from '../scripts/browser-example.js';

// Inside the repository, so the module's `mdlc/runtime` resolves to this package (a self-reference), as in an app that installed it.
const dir = join(repoRoot, `out/emit-js-test-${process.pid}`);
const fileFetch = async (url: URL) => {
  const bytes = readFileSync(url);
  return { ok: true, status: 200, arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length), text: async () => bytes.toString('utf8') };
};
type Emitted = { load(options?: object): Promise<Model>; inputs: Record<string, { dtype: string; shape: number[] }>; outputs: Record<string, { dtype: string; shape: number[] }> };

test.after(() => rmSync(dir, { recursive: true, force: true }));

test('iris: weights inlined, the module predicts as the artifact folder does, on the CPU executor with the IR beside it', async () => {
  const r = runCli(['compile', 'specs/iris.model', '--emit', 'js', '-o', join(dir, 'iris')]);
  assert.is(r.code, 0, r.stderr);
  assert.match(r.stdout, /wrote .*iris\.js \(iris, batch 16\): manifest and kernels inlined, weights inlined/);
  assert.ok(existsSync(join(dir, 'iris/iris.d.ts')) && existsSync(join(dir, 'iris/iris.ir.json')) && !existsSync(join(dir, 'iris/iris.safetensors')));
  const text = readFileSync(join(dir, 'iris/iris.js'), 'utf8');
  assert.equal([...text.matchAll(/^import .* from '([^']+)';$/gm)].map((m) => m[1]), ['mdlc/runtime'], 'the module imports the runtime alone');
  assert.is(runCli(['compile', 'specs/iris.model', '-o', join(dir, 'iris-folder')]).code, 0);

  const emitted = (await import(pathToFileURL(join(dir, 'iris/iris.js')).href)) as Emitted;
  assert.equal(emitted.inputs, { measurements: { dtype: 'f32', shape: [4] } });
  assert.equal(emitted.outputs, { logits: { dtype: 'f32', shape: [3] } });
  const warnings: string[] = [];
  const model = await emitted.load({ backend: 'cpu', fetch: fileFetch, warn: (m: string) => warnings.push(m) });
  const folder = await loadModel(join(dir, 'iris-folder'), { backend: 'cpu' });
  const rows = [[-0.9, 1.0, -1.3, -1.3], [1.2, 0.1, 0.9, 1.1], [0.3, -0.5, 0.4, 0.2]];
  assert.equal(await model.predict({ measurements: rows }), await folder.predict({ measurements: rows }));
  assert.equal(await model.getWeights(), await folder.getWeights());
  model.dispose();
  folder.dispose();
});

test(`mlp: weights over ${jsInlineLimit / 1024} KiB stay a .safetensors file beside the module, fetched by load()`, async () => {
  const r = runCli(['compile', 'specs/mlp.model', '--emit', 'js', '-o', join(dir, 'mlp')]);
  assert.is(r.code, 0, r.stderr);
  assert.match(r.stdout, /weights in mlp\.safetensors/);
  const emitted = (await import(pathToFileURL(join(dir, 'mlp/mlp.js')).href)) as Emitted;
  const model = await emitted.load({ backend: 'cpu', fetch: fileFetch });
  const { logits } = await model.predict({ image: new Float32Array(2 * 784).fill(0.5) });
  assert.is(logits.length, 20);
  model.dispose();
});

test('where there is no WebGPU, load() fetches the IR beside the module and runs on the CPU executor, with a warning', async () => {
  // The runtime as a page bundles it: no Dawn, and Node has no navigator.gpu, so the browser's provider finds no adapter.
  const bundle = join(dir, 'mdlc-runtime.js');
  await build({ ...runtimeBundle, outfile: bundle });
  const rt = (await import(pathToFileURL(bundle).href)) as typeof import('../runtime/index.js');
  const emitted = (await import(pathToFileURL(join(dir, 'iris/iris.js')).href)) as { manifest: object; shaders: Record<string, string> };
  const text = readFileSync(join(dir, 'iris/iris.js'), 'utf8');
  const weights = /weights: ("[^"]+")/.exec(text)![1];
  const warnings: string[] = [];
  const model = await rt.loadEmbedded({ manifest: emitted.manifest, shaders: emitted.shaders, weights: JSON.parse(weights) as string, ir: pathToFileURL(join(dir, 'iris/iris.ir.json')) }, { fetch: fileFetch, warn: (m) => warnings.push(m) });
  assert.is(model.engine.kind, 'cpu');
  assert.match(warnings.join('\n'), /using the CPU reference executor, which is much slower: No WebGPU adapter found \(navigator\.gpu is undefined\)/);
  const folder = await loadModel(join(dir, 'iris-folder'), { backend: 'cpu' });
  const rows = [[0.1, 0.2, 0.3, 0.4]];
  assert.equal(await model.predict({ measurements: rows }), await folder.predict({ measurements: rows }));
  // Without the IR, a page with no WebGPU gets the NoAdapterError that says how to get one.
  await rt.loadEmbedded({ manifest: emitted.manifest, shaders: emitted.shaders, weights: JSON.parse(weights) as string }).then(
    () => assert.unreachable('created without a device or IR'),
    (e: unknown) => assert.instance(e, rt.NoAdapterError),
  );
  model.dispose();
  folder.dispose();
});

test('the .d.ts types predict: tsc accepts the right inputs and refuses a misspelt one', () => {
  const consumer = join(dir, 'consumer');
  mkdirSync(consumer, { recursive: true });
  writeFileSync(
    join(consumer, 'use.ts'),
    [
      "import { load, inputs } from '../iris/iris.js';",
      'const model = await load();',
      'const { logits } = await model.predict({ measurements: [[1, 2, 3, 4]] });',
      'const first: Float32Array = logits;',
      'const width: 4 = inputs.measurements.shape[0];',
      '// @ts-expect-error: not an input of iris',
      'await model.predict({ measurments: [[1, 2, 3, 4]] });',
      '// @ts-expect-error: iris has no output "probs"',
      'const { probs } = await model.predict({ measurements: [[1, 2, 3, 4]] });',
      'console.log(first, width, probs);',
      '',
    ].join('\n'),
  );
  writeFileSync(join(consumer, 'tsconfig.json'), JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: true, types: ['@webgpu/types'] }, files: ['use.ts'] }));
  try {
    execFileSync(process.execPath, [join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', consumer], { cwd: consumer, encoding: 'utf8' });
  } catch (e) {
    assert.unreachable(`tsc refused the consumer:\n${(e as { stdout?: string }).stdout}`);
  }
});

test.run();
