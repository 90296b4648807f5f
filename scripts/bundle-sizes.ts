// The browser bundles of mdlc (the runtime, the worker script, the compiler) built with esbuild as a web app's bundler
// would, minified, and their sizes minified and gzipped. `node dist/scripts/bundle-sizes.js` prints them as README's table;
// test/bundle-sizes.test.ts keeps README's figures within a tolerance of these (UPDATE=1 rewrites them).
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type BuildOptions } from 'esbuild';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** A browser bundle of mdlc: what it is, and the entry esbuild starts from (TypeScript source, or a module's text). */
export interface BrowserBundle {
  name: string;
  what: string;
  entry: { file: string } | { text: string };
}

/** The bundles README reports, in its order. */
export const browserBundles: BrowserBundle[] = [
  { name: 'mdlc/runtime', what: 'the whole runtime: Model (WebGPU and the CPU executor), parseArtifact, checkpoints, WorkerModel', entry: { file: 'runtime/index.ts' } },
  { name: 'an emitted model\'s `load()` + `predict`', what: 'what an app\'s bundler ships for a page that loads an `--emit js` module and predicts: the runtime tree-shaken to loadEmbedded (examples/browser-minimal, with no bundler, loads all of mdlc/runtime)', entry: { text: "export { loadEmbedded } from './runtime/index.ts';" } },
  { name: 'mdlc/runtime/worker', what: 'the Web Worker script that serves a model to WorkerModel', entry: { file: 'runtime/worker/worker.ts' } },
  { name: 'mdlc/compiler', what: 'parse, check, lower, autodiff, simplify, fuse, plan, emit (chevrotain is about 100 KiB of it)', entry: { file: 'compiler/index.ts' } },
];

/** esbuild's options for a browser bundle: one ES module, minified, no externals (test/bundle.test.ts holds them to no node: import). */
export function bundleOptions(b: BrowserBundle): BuildOptions {
  const entry: BuildOptions = 'file' in b.entry ? { entryPoints: [join(root, b.entry.file)] } : { stdin: { contents: b.entry.text, resolveDir: root, loader: 'ts' } };
  return { ...entry, bundle: true, format: 'esm', platform: 'browser', minify: true, write: false, logLevel: 'error', metafile: true, outfile: 'bundle.js' };
}

/** One bundle's size in bytes, minified and minified + gzipped (level 9). */
export interface BundleSize {
  name: string;
  what: string;
  minified: number;
  gzip: number;
}

/** Builds every bundle and measures it. */
export async function bundleSizes(): Promise<BundleSize[]> {
  const out: BundleSize[] = [];
  for (const b of browserBundles) {
    const result = await build(bundleOptions(b));
    const bytes = result.outputFiles![0].contents;
    out.push({ name: b.name, what: b.what, minified: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
  }
  return out;
}

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

/** The sizes as README's table (markdown). */
export function sizesTable(sizes: BundleSize[]): string {
  const rows = sizes.map((s) => `| ${s.name.includes(' ') ? s.name : `\`${s.name}\``} | ${kib(s.minified)} | ${kib(s.gzip)} | ${s.what} |`);
  return ['| bundle | minified | minified + gzip | holds |', '|---|---|---|---|', ...rows].join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) console.log(sizesTable(await bundleSizes()));
