// README's table of bundle sizes is measured, not remembered: each browser bundle of scripts/bundle-sizes.ts is built and
// its minified and gzipped sizes compared with README's figures (within 3% or 1 KiB; UPDATE=1 rewrites the table). Every
// bundle is also safe under a strict Content-Security-Policy: no `new Function`, no `eval`, no ajv.
import { readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { browserBundles, bundleOptions, bundleSizes, sizesTable } from '../scripts/bundle-sizes.js';
import { repoRoot } from './helpers/repo.js';

const BEGIN = '<!-- bundle-sizes:begin (npm run sizes; test/bundle-sizes.test.ts checks it, UPDATE=1 rewrites it) -->';
const END = '<!-- bundle-sizes:end -->';

test("README's bundle sizes are the measured ones", async () => {
  const sizes = await bundleSizes();
  const readme = readFileSync(repoRoot + 'README.md', 'utf8');
  const start = readme.indexOf(BEGIN);
  const end = readme.indexOf(END);
  assert.ok(start >= 0 && end > start, 'README.md has the bundle-sizes block');
  if (process.env.UPDATE === '1') {
    writeFileSync(repoRoot + 'README.md', `${readme.slice(0, start + BEGIN.length)}\n${sizesTable(sizes)}\n${readme.slice(end)}`);
    return;
  }
  const block = readme.slice(start + BEGIN.length, end);
  for (const s of sizes) {
    const row = block.split('\n').find((line) => line.startsWith(`| ${s.name.includes(' ') ? s.name : `\`${s.name}\``} |`));
    assert.ok(row, `README has no row for ${s.name} (UPDATE=1 rewrites the table)`);
    const [minified, gzip] = [...row.matchAll(/([\d.]+) KiB/g)].map((m) => Number(m[1]) * 1024);
    for (const [what, shown, actual] of [['minified', minified, s.minified], ['gzip', gzip, s.gzip]] as const)
      assert.ok(Math.abs(shown - actual) <= Math.max(1024, 0.03 * actual), `${s.name} ${what}: README says ${(shown / 1024).toFixed(1)} KiB, it is ${(actual / 1024).toFixed(1)} KiB (UPDATE=1 rewrites the table)`);
  }
});

test('every browser bundle is CSP-safe (no new Function, no eval) and holds no ajv', async () => {
  for (const b of browserBundles) {
    const result = await build(bundleOptions(b));
    assert.not.match(result.outputFiles![0].text, /new Function|\beval\(/, `${b.name} compiles code at run time`);
    assert.equal(Object.keys(result.metafile!.inputs).filter((p) => /node_modules\/ajv\//.test(p)), [], `${b.name} bundles ajv`);
  }
});

test.run();
