// Golden IR: each shipped spec printed after `lower` and after `autodiff` (batch 2), with spec lines, in test/golden/ir/.
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compileSource } from '../compiler/compile.js';
import { SourceFile } from '../core/diagnostic.js';
import { printModule } from '../compiler/ir/print.js';
import { matchGolden, repoRoot } from './helpers/repo.js';

const stages = ['lower', 'autodiff'];
const specs = readdirSync(repoRoot + 'specs').filter((f) => f.endsWith('.model')).sort();
mkdirSync(repoRoot + 'test/golden/ir', { recursive: true });

for (const name of specs) {
  test(`IR of specs/${name} after ${stages.join(' and ')}`, () => {
    const file = new SourceFile(`specs/${name}`, readFileSync(repoRoot + `specs/${name}`, 'utf8'));
    const printed = new Map<string, string>();
    const r = compileSource(file, { batch: 2, after: (stage, m) => (stages.includes(stage) ? printed.set(stage, printModule(m, file)) : undefined) });
    assert.ok(r.module, r.diagnostics.map((d) => d.message).join('\n'));
    for (const stage of stages) matchGolden(`test/golden/ir/${name.replace(/\.model$/, '')}.${stage}.txt`, printed.get(stage)!);
  });
}

test.run();
