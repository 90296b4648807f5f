// Golden WGSL: the kernels emitted for each shipped spec at its own batch size, one file per spec in test/golden/wgsl/,
// program by program in dispatch order. A change to fusion or emission shows up in review as a diff (UPDATE=1 regenerates).
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compileSource } from '../compiler/compile.js';
import { SourceFile } from '../core/diagnostic.js';
import { matchGolden, repoRoot } from './helpers/repo.js';

const specs = readdirSync(repoRoot + 'specs').filter((f) => f.endsWith('.model')).sort();
mkdirSync(repoRoot + 'test/golden/wgsl', { recursive: true });

for (const name of specs) {
  test(`WGSL of specs/${name}`, () => {
    const file = new SourceFile(`specs/${name}`, readFileSync(repoRoot + `specs/${name}`, 'utf8'));
    const r = compileSource(file, { backend: true });
    assert.ok(r.artifact, r.diagnostics.map((d) => d.message).join('\n'));
    const { manifest, shaders } = r.artifact!;
    const parts: string[] = [`// specs/${name}, batch ${manifest.batchSize}: ${Object.keys(shaders).length} shaders`];
    const printed = new Set<string>();
    for (const p of manifest.programs) {
      parts.push(`// ==== ${p.name}: ${p.kernels.length} kernels`);
      for (const k of p.kernels) {
        parts.push(`// ---- ${k.name} (${k.kind}, ${k.workgroups} workgroups, ${k.shader}) from ${k.source.join(', ')}`);
        if (printed.has(k.shader)) parts.push(`// (same shader as above)`);
        else parts.push(shaders[k.shader].trimEnd());
        printed.add(k.shader);
      }
    }
    matchGolden(`test/golden/wgsl/${name.replace(/\.model$/, '')}.wgsl`, parts.join('\n') + '\n');
  });
}

test.run();
