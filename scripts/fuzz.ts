// `npm run fuzz`: the long form of the pipeline fuzz. Takes a seed and case counts; drives mutated specs through check and
// compile (to WGSL), mutated IR through ir-check (and the backend when accepted) and corrupted artifacts through the
// loader, each case within 10 s; prints every distinct crash or hang with its replay command and a minimised input, and
// exits 1 when there is one that is not a known issue of the checker's limits.
//
//   npm run fuzz -- [--seed N] [--compile N] [--ir N] [--artifact N] [--only compile:I|ir:I|artifact:I] [--known]
import { parseArgs } from 'node:util';
import { Findings, loadCorpus } from '../test/helpers/fuzz-cases.js';
import { figuresLine, type FuzzKind, runKind } from '../test/helpers/fuzz-drive.js';
import { setHangLimit } from '../test/helpers/fuzz.js';
import { CASE_LIMIT_MS } from '../test/helpers/fuzz-pipeline.js';

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: String(0x5eed1e55) },
    compile: { type: 'string', default: '20000' },
    ir: { type: 'string', default: '5000' },
    artifact: { type: 'string', default: '5000' },
    only: { type: 'string' },
    known: { type: 'boolean', default: false },
  },
});

const count = (name: string, v: string | undefined) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) {
    console.error(`fuzz: --${name} must be a whole number, got ${v}`);
    process.exit(2);
  }
  return n;
};
const seed = count('seed', values.seed) >>> 0;
const range = (n: number) => Array.from({ length: n }, (_, i) => i);
let plan: [FuzzKind, number[]][] = [
  ['compile', range(count('compile', values.compile))],
  ['ir', range(count('ir', values.ir))],
  ['artifact', range(count('artifact', values.artifact))],
];
if (values.only) {
  const m = /^(compile|ir|artifact):(\d+)$/.exec(values.only);
  if (!m) {
    console.error(`fuzz: --only takes compile:I, ir:I or artifact:I, got ${values.only}`);
    process.exit(2);
  }
  plan = [[m[1] as FuzzKind, [Number(m[2])]]];
}

setHangLimit(CASE_LIMIT_MS); // the check runs of compile cases are interrupted at the same limit
const corpus = loadCorpus(new URL('../../specs/', import.meta.url));
console.log(`fuzz: seed ${seed} (--seed ${seed}), ${corpus.length} specs, per-case limit ${CASE_LIMIT_MS} ms`);
const findings = new Findings();
const t0 = performance.now();
for (const [kind, indices] of plan) {
  const f = runKind(kind, corpus, seed, indices, findings, { progress: (p) => console.log(`  … ${figuresLine(p)}; ${findings.fresh.length} new finding(s) so far`) });
  console.log(figuresLine(f));
}
const { fresh, known } = findings;
console.log(`\nfuzz: seed ${seed}: ${((performance.now() - t0) / 1000).toFixed(0)} s, ${fresh.length} new finding(s), ${known.length} known (the checker's limits, helper B's part of issue 10)`);
if (known.length) {
  console.log(`\nknown (not counted):\n${known.map((s) => `  - ${s.finding.signature} [${s.finding.known}] ×${s.count}: ${s.label.slice(0, 200)}`).join('\n')}`);
  if (values.known) console.log('\n' + findings.report(known));
}
if (fresh.length) console.log(`\n${findings.report()}`);
process.exit(fresh.length ? 1 : 0);
