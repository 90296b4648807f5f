// Benchmark: lowering + autodiff + simplification of the text classifier, and IR node counts before/after simplifying.
// Run: npm run bench. Prints medians; nothing here is asserted (timing on shared machines is noisy).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { check } from '../compiler/check/check.js';
import { differentiate } from '../compiler/ir/differentiate.js';
import { lower } from '../compiler/ir/lower.js';
import { simplify } from '../compiler/ir/simplify/simplify.js';
import { parse } from '../grammar/parse.js';
import { median } from './stats.js';

const root = fileURLToPath(new URL('../../', import.meta.url));


function main(): void {
  for (const name of ['text-classifier', 'mlp', 'char-gpt']) {
    const text = readFileSync(`${root}specs/${name}.model`, 'utf8');
    const model = check(parse(text).spec, { purpose: 'train' }).model;
    if (!model) throw new Error(`${name} does not check clean`);
    const counts: Record<string, string> = {};
    const times: number[] = [];
    for (let i = 0; i < 40; i++) {
      const t0 = performance.now();
      const lowered = lower(model).module!;
      const trained = differentiate(lowered, model);
      const simplified = simplify(trained);
      times.push(performance.now() - t0);
      if (i === 0) {
        for (const [stage, m] of [['lowered', lowered], ['autodiff', trained], ['simplified', simplified]] as const) {
          counts[stage] = m.programs.map((p) => `${p.name} ${p.nodes.length}`).join(', ');
        }
      }
    }
    console.log(`${name}: lower + autodiff + simplify median ${median(times.slice(10)).toFixed(1)} ms (first run ${times[0].toFixed(1)} ms)${name === 'text-classifier' ? '  [target < 50 ms]' : ''}`);
    for (const [stage, c] of Object.entries(counts)) console.log(`  IR nodes ${stage.padEnd(10)} ${c}`);
  }
}

main();
