// The layers import downward only: core <- grammar, runtime <- compiler <- node <- examples, bench, scripts, tests.
// Each source file's relative imports are read from the TypeScript sources; a crossing the wrong way fails here.
// Also: the JSON schemas in docs/schemas/ are the TypeScript modules the code validates with (UPDATE=1 rewrites them).
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { artifactSchema } from '../core/schemas/artifact-schema.js';
import { irSchema } from '../core/schemas/ir-schema.js';
import { dataConfigSchema } from '../node/data/config-schema.js';
import { repoRoot } from './helpers/repo.js';

/** What each layer may import, besides itself. `runtime` is what a web page bundles, so it stands on `core` alone. */
const allowed: Record<string, string[]> = {
  core: [],
  grammar: ['core'],
  runtime: ['core'],
  compiler: ['core', 'grammar'],
  node: ['core', 'grammar', 'compiler', 'runtime'],
};

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') && !p.endsWith('.d.ts') ? [p] : [];
  });
}

/** Every relative import and re-export of a file, static or dynamic, as repository-relative paths. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm)].map((m) => m[1]);
  return specs.map((s) => relative(repoRoot, resolve(dirname(file), s)));
}

/** All imports that go from one layer to a layer it may not import, as `from -> to` lines. */
function crossings(): { count: number; bad: string[] } {
  const bad: string[] = [];
  let count = 0;
  for (const layer of Object.keys(allowed)) {
    for (const file of sources(join(repoRoot, layer))) {
      for (const target of importsOf(file)) {
        count++;
        const to = target.split('/')[0];
        if (to !== layer && !allowed[layer].includes(to)) bad.push(`${relative(repoRoot, file)} -> ${target}`);
      }
    }
  }
  return { count, bad };
}

test('every layer imports only the layers below it', () => {
  const { count, bad } = crossings();
  assert.ok(count > 200, `read ${count} imports`);
  assert.equal(bad, [], `imports that cross a layer the wrong way:\n${bad.join('\n')}`);
});

test('the import check finds a crossing when there is one', () => {
  // The check itself must be able to fail: the file that wires the CLI to the runtime imports upward from `runtime`'s view.
  const cliImports = importsOf(join(repoRoot, 'node/cli.ts')).map((t) => t.split('/')[0]);
  assert.ok(cliImports.some((l) => l === 'compiler') && !allowed.runtime.includes('compiler'));
});

test('core imports no package but the name suggester (schemas are checked by core/schemas/validate.ts, not ajv)', () => {
  const pkgs = new Set<string>();
  for (const file of sources(join(repoRoot, 'core'))) {
    for (const m of readFileSync(file, 'utf8').matchAll(/\bfrom\s*['"]([^.'"][^'"]*)['"]/g)) pkgs.add(m[1]);
  }
  assert.equal([...pkgs].sort(), ['fastest-levenshtein']);
});

const schemas: [string, object][] = [
  ['docs/schemas/artifact.schema.json', artifactSchema],
  ['docs/schemas/ir.schema.json', irSchema],
  ['docs/schemas/data-config.schema.json', dataConfigSchema],
];
for (const [path, schema] of schemas) {
  test(`${path} is the schema the code validates with`, () => {
    const text = JSON.stringify(schema, null, 2) + '\n';
    const same = (): boolean => JSON.stringify(JSON.parse(readFileSync(repoRoot + path, 'utf8'))) === JSON.stringify(schema);
    if (process.env.UPDATE === '1' && !same()) writeFileSync(repoRoot + path, text);
    assert.equal(JSON.parse(readFileSync(repoRoot + path, 'utf8')), JSON.parse(text), `${path} differs from its TypeScript module (UPDATE=1 rewrites it)`);
  });
}

test.run();
