// The browser bundles of mdlc (the runtime, the worker script, the compiler) built with esbuild as a web app's bundler
// would, minified, and their sizes minified and gzipped. `node dist/scripts/bundle-sizes.js` prints them as README's table;
// test/bundle-sizes.test.ts keeps README's figures within a tolerance of these (UPDATE=1 rewrites them).
import { join, relative, resolve } from 'node:path';
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
  { name: 'mdlc/runtime', what: 'the runtime a page loads: Model (on WebGPU), parseArtifact, checkpoints, WorkerModel', entry: { file: 'runtime/index.ts' } },
  { name: 'an emitted model\'s `load()` + `predict`', what: 'what an app\'s bundler ships for a page that loads an `--emit js` module and predicts: the runtime tree-shaken to loadEmbedded (examples/browser-minimal, with no bundler, loads all of mdlc/runtime)', entry: { text: "export { loadEmbedded } from './runtime/index.ts';" } },
  { name: 'mdlc/runtime/worker', what: 'the Web Worker script that serves a model to WorkerModel', entry: { file: 'runtime/worker/worker.ts' } },
  { name: 'mdlc/compiler', what: 'parse, check, lower, autodiff, simplify, fuse, plan, emit (chevrotain is about 100 KiB of it)', entry: { file: 'compiler/index.ts' } },
];

/** esbuild's options for a browser bundle: one ES module, minified, no externals (test/bundle.test.ts holds them to no node: import). */
export function bundleOptions(b: BrowserBundle): BuildOptions {
  const entry: BuildOptions = 'file' in b.entry ? { entryPoints: [join(root, b.entry.file)] } : { stdin: { contents: b.entry.text, resolveDir: root, loader: 'ts' } };
  return { ...entry, bundle: true, format: 'esm', platform: 'browser', minify: true, write: false, logLevel: 'error', metafile: true, outfile: 'bundle.js' };
}

/** esbuild's options for the bundle as a page serves it: split (`splitting`), so the CPU executor is a chunk of its own. */
export function splitOptions(b: BrowserBundle): BuildOptions {
  const { outfile: _outfile, ...rest } = bundleOptions(b);
  return { ...rest, splitting: true, outdir: 'bundle' };
}

/** One bundle's size in bytes, minified and minified + gzipped (level 9, each file as it is served, summed). */
export interface BundleSize {
  name: string;
  what: string;
  minified: number;
  gzip: number;
}

/**
 * Builds every bundle split into chunks and measures it: the entry with the chunks it imports statically (what a page
 * fetches before it runs), and, in a row of its own, what it imports dynamically (the CPU executor, fetched only where
 * there is no WebGPU).
 */
export async function bundleSizes(): Promise<BundleSize[]> {
  const out: BundleSize[] = [];
  for (const b of browserBundles) {
    const result = await build(splitOptions(b));
    const outputs = result.metafile!.outputs;
    const files = new Map(result.outputFiles!.map((f) => [relative(root, f.path), f.contents]));
    const entry = Object.keys(outputs).find((k) => outputs[k].entryPoint !== undefined || k === 'bundle/stdin.js')!;
    // Chunks reachable by static imports from `start`, and the dynamic imports met on the way.
    const reach = (start: string[], skip: Set<string>) => {
      const seen = new Set<string>();
      const dynamic = new Set<string>();
      const stack = [...start];
      while (stack.length) {
        const k = stack.pop()!;
        if (seen.has(k) || skip.has(k)) continue;
        seen.add(k);
        for (const i of outputs[k].imports) (i.kind === 'dynamic-import' ? dynamic : (stack.push(i.path), new Set<string>())).add(i.path);
      }
      return { seen, dynamic };
    };
    const measure = (chunks: Set<string>) => {
      let minified = 0;
      let gzip = 0;
      for (const k of chunks) {
        const bytes = files.get(k)!;
        minified += bytes.length;
        gzip += gzipSync(bytes, { level: 9 }).length;
      }
      return { minified, gzip };
    };
    const first = reach([entry], new Set());
    out.push({ name: b.name, what: b.what, ...measure(first.seen) });
    if (first.dynamic.size) out.push({ name: `${b.name}: its CPU chunk`, what: 'loaded by the above only without WebGPU (or with backend \'cpu\'): the CPU executor', ...measure(reach([...first.dynamic], first.seen).seen) });
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
