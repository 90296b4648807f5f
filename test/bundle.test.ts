// runtime/ is what a web page bundles: esbuild bundles runtime/index.ts for browsers with no externals, and the bundle
// holds nothing of compiler/, grammar/, node/ or chevrotain and imports no node: module. The bundle then runs in Node
// with none of the Node pieces (no Dawn, no file system): it checks an artifact, falls back to the CPU executor, trains,
// and moves checkpoints as bytes; Node's own runtime on the same folder is the oracle. Prints the bundle's size.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { loadModel } from '../node/api.js';
import { prepareBrowserExample, runtimeBundle } from '../scripts/browser-example.js';
import { repoRoot } from './helpers/repo.js';

type Runtime = typeof import('../runtime/index.js');

test('runtime/index.ts bundles for browsers by itself: no externals, no compiler/, grammar/, node/, chevrotain or node: import', async () => {
  const result = await build({ ...runtimeBundle, minify: true, write: false, metafile: true, outfile: 'mdlc-runtime.js' });
  assert.equal(result.errors, []);
  const inputs = Object.keys(result.metafile.inputs).map((p) => relative(repoRoot, join(process.cwd(), p)).replace(/\\/g, '/'));
  assert.ok(inputs.some((p) => p.startsWith('runtime/')) && inputs.some((p) => p.startsWith('core/')), `inputs: ${inputs.join(', ')}`);
  const foreign = inputs.filter((p) => /^(compiler|grammar|node)\//.test(p) || p.includes('chevrotain') || p.startsWith('node:'));
  assert.equal(foreign, [], 'the bundle holds files it must not');
  const [output] = result.outputFiles;
  const imports = Object.values(result.metafile.outputs).flatMap((o) => o.imports.map((i) => i.path));
  assert.equal(imports, [], 'the bundle imports nothing: everything it needs is inside');
  assert.not.match(output.text, /["'`]node:/, 'no node: specifier is left in the bundle');
  const gzip = gzipSync(output.contents, { level: 9 }).length;
  console.log(`\n  runtime bundle (esbuild, minified): ${(output.contents.length / 1024).toFixed(1)} KiB, ${(gzip / 1024).toFixed(1)} KiB gzipped; ${inputs.length} inputs\n`);
});

test('the bundle runs without the Node pieces: parseArtifact, CPU fallback, fit, checkpoints as bytes; a path needs a file system', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mdlc-bundle-'));
  const data = await prepareBrowserExample(dir, { rows: 40, epochs: 3 });
  const rt = (await import(pathToFileURL(join(dir, 'mdlc-runtime/index.js')).href)) as Runtime;
  const file = (name: string) => join(dir, 'iris', name);
  const manifestJson = readFileSync(file('manifest.json'), 'utf8');
  const shaders = Object.fromEntries(rt.shaderFiles(rt.parseManifest(manifestJson)).map((name) => [name, readFileSync(file(name), 'utf8')]));
  const artifact = rt.parseArtifact({ manifestJson, shaders, weightsBytes: new Uint8Array(readFileSync(file('weights.safetensors'))), irJson: readFileSync(file('program.ir.json'), 'utf8') }, 'iris');
  const warnings: string[] = [];
  // Node 20 has no navigator.gpu, so the bundle's default provider (the browser's) finds no adapter: the CPU executor runs.
  const model = await rt.Model.create(artifact, { warn: (m) => warnings.push(m) });
  assert.is(model.engine.kind, 'cpu');
  assert.match(warnings.join('\n'), 'navigator.gpu is undefined');
  const feeds = { measurements: data.measurements, species: data.species };
  const { history } = await model.fit(feeds, { epochs: data.epochs, seed: data.seed });

  const oracle = await loadModel(join(dir, 'iris'), { backend: 'cpu' });
  const expected = await oracle.fit(feeds, { epochs: data.epochs, seed: data.seed });
  assert.equal(history.map((h) => h.loss), expected.history.map((h) => h.loss));
  assert.equal(await model.getWeights(), await oracle.getWeights());

  const bytes = rt.encodeCheckpoint(await model.checkpoint({ epoch: data.epochs, seed: data.seed }));
  const fresh = await rt.Model.create(artifact, { backend: 'cpu' });
  const ckpt = fresh.restoreCheckpoint(rt.decodeCheckpoint(bytes));
  assert.is(ckpt.meta.epoch, data.epochs);
  assert.is(fresh.step, model.step);
  assert.equal(await fresh.getWeights(), await model.getWeights());
  assert.equal(await fresh.predict({ measurements: data.measurements }), await oracle.predict({ measurements: data.measurements }));

  for (const attempt of [() => model.save(join(dir, 'x.safetensors'), { epoch: 0, seed: 0 }), () => model.restore(join(dir, 'x.safetensors'))]) {
    await attempt().then(
      () => assert.unreachable('a path worked without a file system'),
      (e: unknown) => {
        assert.instance(e, rt.CheckpointError);
        assert.match((e as Error).message, 'needs a file system');
      },
    );
  }
  model.dispose();
  fresh.dispose();
  oracle.dispose();
});

test.run();
