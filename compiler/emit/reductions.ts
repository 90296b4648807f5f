// Reduce-class op -> how a row accumulates it in one invocation, and how partial results of several invocations
// combine (a tree in workgroup memory, or one subgroup operation), for the reduce kernel templates.
import type { OpsOfClass } from '../fuse/classify.js';

type ReduceOp = OpsOfClass<'reduce'>;

/** How each reduction accumulates along a row (`acc`, and `best` for argmax's running maximum). One per reduce-class op, or tsc fails. */
export const reductions: Record<ReduceOp, { init(acc: string, best: string): string[]; step(acc: string, best: string, v: string): string }> = {
  sum: { init: (acc) => [`var ${acc}: f32 = 0.0f;`], step: (acc, _best, v) => `${acc} += ${v};` },
  reduce_max: { init: (acc) => [`var ${acc}: f32 = -3.4028234e38f;`], step: (acc, _best, v) => `${acc} = max(${acc}, ${v});` },
  argmax: {
    init: (acc, best) => [`var ${best}: f32 = -3.4028234e38f;`, `var ${acc}: i32 = 0i;`],
    step: (acc, best, v) => `if (${v} > ${best}) { ${best} = ${v}; ${acc} = i32(j); }`,
  },
};

/**
 * How partial results meet. `tree`: slot `a` of the workgroup arrays `red_f` (values) and `red_i` (argmax indices)
 * absorbs slot `b`. `subgroup`: statements that leave the row's result in `out`. Argmax keeps the lowest index
 * among equal maxima, as the CPU's first-wins scan does: each invocation scans its indices in increasing order, so
 * its own candidate is its first maximum, and across invocations the smaller index wins a tie.
 */
export const combines: Record<ReduceOp, { tree(a: string, b: string): string; subgroup(acc: string, best: string, out: string): string[] }> = {
  sum: { tree: (a, b) => `red_f[${a}] += red_f[${b}];`, subgroup: (acc, _best, out) => [`let ${out} = subgroupAdd(${acc});`] },
  reduce_max: { tree: (a, b) => `red_f[${a}] = max(red_f[${a}], red_f[${b}]);`, subgroup: (acc, _best, out) => [`let ${out} = subgroupMax(${acc});`] },
  argmax: {
    tree: (a, b) => `if (red_f[${b}] > red_f[${a}] || (red_f[${b}] == red_f[${a}] && red_i[${b}] < red_i[${a}])) { red_f[${a}] = red_f[${b}]; red_i[${a}] = red_i[${b}]; }`,
    subgroup: (acc, best, out) => [`let ${out}_max = subgroupMax(${best});`, `let ${out} = subgroupMin(select(0x7fffffffi, ${acc}, ${best} == ${out}_max));`],
  },
};
