// FusedProgram -> readable text: one line per kernel with its kind, domain, the rules that shaped it and the nodes it writes.
import type { FusedProgram } from './fuse.js';

/** Prints a fused program's kernels in dispatch order, e.g. `#3 dense_matmul matmul [32, 10] matmul-epilogues -> %12`. */
export function printFused(fp: FusedProgram): string {
  const p = fp.program;
  const lines = [`${p.name}: ${fp.kernels.length} kernels`];
  for (const k of fp.kernels) {
    const rules = k.rules.length ? ` ${k.rules.join(', ')}` : '';
    const segments = k.segments ? ` x${k.segments.length} segments` : '';
    const riders = k.sideTasks?.length ? ` +${k.sideTasks.length} riding` : '';
    const writes = k.outputs.map((o) => `%${o}`).join(' ');
    lines.push(`  #${k.id} ${k.name} ${k.kind} [${k.shape.join(', ')}]${segments}${riders}${rules} -> ${writes || '(side tasks only)'}`);
  }
  return lines.join('\n') + '\n';
}
