// The two web pages of examples/ made servable: browser-minimal (an emitted model, `mdlc compile --emit js`, imported
// with the runtime bundle and run with predict) and browser-worker (Iris trained in a Web Worker through WorkerModel).
// `npm run example:minimal` / `npm run example:worker` serve them on http://localhost:8080; test/browser-pages.test.ts drives them.
import type { Server } from 'node:http';
import { type Mount, serveFolders } from './static-server.js';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { compileSource } from '../compiler/compile.js';
import { SourceFile } from '../core/diagnostic.js';
import { writeJsModule } from '../node/write-js-module.js';
import { prepareBrowserExample, runtimeBundle, type IrisPageData } from './browser-example.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Writes into `dir`/minimal the runtime bundle (mdlc-runtime.js) and model/, the emitted module of specs/iris.model. */
export async function prepareMinimalPage(dir: string): Promise<void> {
  const out = join(dir, 'minimal');
  await build({ ...runtimeBundle, minify: true, outfile: join(out, 'mdlc-runtime.js') });
  const spec = 'specs/iris.model';
  const compiled = compileSource(new SourceFile(spec, readFileSync(join(root, spec), 'utf8')), { purpose: 'train', backend: true });
  if (!compiled.artifact) throw new Error(`${spec} does not compile`);
  writeJsModule(join(out, 'model'), compiled.artifact, spec);
}

/** Writes into `dir`/worker the runtime and worker bundles, the Iris artifact folder and the rows the page trains on. */
export async function prepareWorkerPage(dir: string, options: { rows?: number; epochs?: number } = {}): Promise<IrisPageData> {
  const out = join(dir, 'worker');
  const data = await prepareBrowserExample(out, options);
  await build({ ...runtimeBundle, entryPoints: [join(root, 'runtime/worker/worker.ts')], outfile: join(out, 'mdlc-worker.js') });
  return data;
}

/** Serves /minimal/ from examples/browser-minimal then `dir`/minimal, and /worker/ likewise, on 127.0.0.1:`port` (0: any free port). */
export function serveBrowserPages(dir: string, port = 0): Promise<{ server: Server; url: string }> {
  return serveFolders(['minimal', 'worker'].flatMap((name): Mount[] => [[`${name}/`, join(root, `examples/browser-${name}`)], [`${name}/`, join(dir, name)]]), port);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const page = process.argv[2] === 'worker' ? 'worker' : 'minimal';
  const dir = join(root, 'out/browser-pages');
  if (page === 'minimal') await prepareMinimalPage(dir);
  else await prepareWorkerPage(dir);
  const { url } = await serveBrowserPages(dir, Number(process.env.PORT ?? 8080));
  console.log(`serving examples/browser-${page} at ${url}${page}/ (Ctrl-C to stop); open it in a browser with WebGPU`);
}
