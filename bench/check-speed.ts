// Benchmark: front-end speed (parse + check) on the text classifier and on a generated 10,000-line spec.
// Run: npm run bench. Prints medians; nothing here is asserted (timing on shared machines is noisy).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkSource } from '../compiler/compile.js';
import { SourceFile } from '../core/diagnostic.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Median and best of `runs` timings of `fn` after `warmup` untimed calls, in milliseconds. */
function time(fn: () => void, warmup: number, runs: number): { median: number; best: number } {
  for (let i = 0; i < warmup; i++) fn();
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ts.push(performance.now() - t0);
  }
  ts.sort((a, b) => a - b);
  return { median: ts[Math.floor(ts.length / 2)], best: ts[0] };
}

/** A spec of about `lines` lines: constants, a block used many times, long chains of layers with residual adds. */
export function generatedSpec(lines: number): string {
  const out = ['// generated for the front-end benchmark', 'model generated', 'const width = 32', 'input x: f32[batch, width]', 'target y: f32[batch, width]'];
  out.push('block Residual(w)(u) {', '  a = Dense(w, activation=relu)(u)', '  b = Dense(w)(a)', '  return LayerNorm()(u + b)', '}');
  let prev = 'x';
  let i = 0;
  while (out.length < lines - 3) {
    const name = `t${i}`;
    if (i % 10 === 9) out.push(`${name} = Residual(width)(${prev})`);
    else if (i % 3 === 2) out.push(`${name} = ${prev} + Dense(width)(${prev}) * 0.5`);
    else out.push(`${name} = Dense(width, activation=${i % 2 ? 'gelu' : 'tanh'})(${prev})   // layer ${i}`);
    prev = name;
    i++;
  }
  out.push(`output pred = ${prev}`, 'loss mse(pred, y)', 'optimizer adam(lr=1e-3)');
  return out.join('\n') + '\n';
}

function main(): void {
  const text = readFileSync(root + 'specs/text-classifier.model', 'utf8');
  const tc = new SourceFile('specs/text-classifier.model', text);
  const tcTime = time(() => {
    const r = checkSource(tc);
    if (!r.model) throw new Error('text classifier did not check clean');
  }, 50, 200);
  const big = generatedSpec(10_000);
  const bigFile = new SourceFile('generated.model', big);
  let nodes = 0;
  const bigTime = time(() => {
    const r = checkSource(bigFile);
    if (!r.model) throw new Error('generated spec did not check clean');
    nodes = r.model.nodes.length;
  }, 2, 7);
  const cold = (() => {
    const t0 = performance.now();
    checkSource(new SourceFile('x', generatedSpec(10_000).replace('width = 32', 'width = 33')));
    return performance.now() - t0;
  })();
  const lines = big.split('\n').length - 1;
  console.log(`check specs/text-classifier.model (in-process, after warm-up): median ${tcTime.median.toFixed(2)} ms, best ${tcTime.best.toFixed(2)} ms  [target < 20 ms]`);
  console.log(`check generated spec, ${lines} lines, ${nodes} graph nodes: median ${bigTime.median.toFixed(0)} ms, best ${bigTime.best.toFixed(0)} ms  [target < 1000 ms]`);
  console.log(`  (one more run on a different text: ${cold.toFixed(0)} ms)`);
}

main();
