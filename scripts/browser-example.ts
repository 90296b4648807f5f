// The browser example (examples/browser) made servable: the runtime bundled for browsers (esbuild), specs/iris.model
// compiled to an artifact folder, Iris rows as JSON, and a static file server. `npm run example:browser` serves it on
// http://localhost:8080 (open it in a browser with WebGPU); test/browser.test.ts drives it in headless Chromium.
import type { Server } from 'node:http';
import { serveFolders } from './static-server.js';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions } from 'esbuild';
import { compileSource } from '../compiler/compile.js';
import { SourceFile } from '../core/diagnostic.js';
import { writeArtifact } from '../node/write-artifact.js';
import { loadData } from '../node/data/load.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * How the runtime is bundled for browsers: runtime/index.ts (the TypeScript source) as one ES module, with no externals,
 * since the runtime touches no Node module (test/bundle.test.ts holds it to that).
 */
export const runtimeBundle: BuildOptions = { entryPoints: [join(root, 'runtime/index.ts')], bundle: true, format: 'esm', platform: 'browser', logLevel: 'error' };

/** What the page trains on: the first `rows` training rows of examples/data/iris.json (standardized), and how. */
export interface IrisPageData {
  measurements: number[][];
  species: number[];
  epochs: number;
  seed: number;
}

/** Writes into `dir` everything the page needs besides its own files; returns the data the page trains on. */
export async function prepareBrowserExample(dir: string, options: { rows?: number; epochs?: number } = {}): Promise<IrisPageData> {
  mkdirSync(dir, { recursive: true });
  await build({ ...runtimeBundle, outfile: join(dir, 'mdlc-runtime/index.js') });
  const spec = 'specs/iris.model';
  const file = new SourceFile(spec, readFileSync(join(root, spec), 'utf8'));
  const compiled = compileSource(file, { purpose: 'train', backend: true });
  if (!compiled.artifact || !compiled.model) throw new Error(`${spec} does not compile`);
  writeArtifact(join(dir, 'iris'), compiled.artifact);
  const data = loadData(join(root, 'examples/data/iris.json'), compiled.artifact.manifest.tensors, root);
  const rows = Math.min(options.rows ?? data.train.size, data.train.size);
  const m = data.train.columns.measurements.data;
  const page: IrisPageData = {
    measurements: Array.from({ length: rows }, (_, r) => Array.from(m.subarray(r * 4, r * 4 + 4))),
    species: Array.from(data.train.columns.species.data.subarray(0, rows)),
    epochs: options.epochs ?? 5,
    seed: compiled.model.train.seed,
  };
  writeFileSync(join(dir, 'iris-data.json'), JSON.stringify(page));
  return page;
}

/** Serves examples/browser, then `dir` (bundle, artifact, data), on localhost:`port` (0: any free port). */
export function serveBrowserExample(dir: string, port = 0): Promise<{ server: Server; url: string }> {
  return serveFolders([['', join(root, 'examples/browser')], ['', dir]], port);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = join(root, 'out/browser-example');
  await prepareBrowserExample(dir);
  const { url } = await serveBrowserExample(dir, Number(process.env.PORT ?? 8080));
  console.log(`serving the browser example at ${url} (Ctrl-C to stop); open it in a browser with WebGPU`);
}
