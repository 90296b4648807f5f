// Small files: no source file of the layers is over 400 lines.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { repoRoot } from './helpers/repo.js';

const LIMIT = 400;
const layers = ['core', 'grammar', 'compiler', 'runtime', 'node'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

test(`no source file is over ${LIMIT} lines`, () => {
  const files = layers.flatMap((l) => sources(join(repoRoot, l)));
  assert.ok(files.length > 50, `read ${files.length} files`);
  const long = files.map((f) => ({ f: relative(repoRoot, f), n: readFileSync(f, 'utf8').split('\n').length - 1 })).filter((x) => x.n > LIMIT);
  assert.equal(long.map((x) => `${x.f}: ${x.n} lines`), []);
});

test.run();
