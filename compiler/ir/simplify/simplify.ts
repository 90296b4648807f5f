// IR Module -> IR Module: common-subexpression elimination, constant folding, algebraic identities, dead-code elimination.
import type { Module, Program } from '../../../core/ir.js';
import { eliminateDeadCode } from './dce.js';
import { rewrite, rewriteToFixedPoint } from './rewrite.js';
import { algebra, fold } from './rules.js';

/** The simplification passes in the order they run; each name can be given to `--dump-ir`. */
export const simplifyPasses: { name: string; run(p: Program): Program }[] = [
  { name: 'cse', run: (p) => rewrite(p, [], true) },
  { name: 'fold', run: (p) => rewriteToFixedPoint(p, fold.rules, true) },
  { name: 'algebra', run: (p) => rewriteToFixedPoint(p, [...fold.rules, ...algebra.rules], true) },
  { name: 'dce', run: eliminateDeadCode },
];

/** Runs every simplification pass on every program; `after` sees the module after each pass (for --dump-ir). */
export function simplify(module: Module, after?: (pass: string, m: Module) => void): Module {
  let m = module;
  for (const pass of simplifyPasses) {
    m = { ...m, programs: m.programs.map((p) => pass.run(p)) };
    after?.(pass.name, m);
  }
  return m;
}
