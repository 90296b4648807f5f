// Memory plans -> diagnostics: each arena is one GPU buffer that kernels bind whole, so each must fit WebGPU's limits.
import type { Module } from '../../core/ir.js';
import type { Diagnostic } from '../../core/diagnostic.js';
import type { Span } from '../../core/span.js';
import { count, mib, targetLimits } from '../check/limits.js';
import type { ArenaName, ProgramPlan } from './plan.js';

const arenaWords: Record<ArenaName, string> = {
  params: 'the weights',
  state: 'the optimizer state and layer variables',
  data: 'one batch of inputs and targets',
  work: 'the intermediate tensors of one step',
};

/**
 * Each program's arenas against `maxStorageBufferBindingSize` (smaller than `maxBufferSize`, so both hold), at the
 * batch size the module was compiled for. A diagnostic is located at the largest tensor of the arena, the one most
 * worth shrinking; `fallback` (the `train` line, or the file's start) when that tensor has no place in the spec.
 */
export function checkPlanLimits(m: Module, plans: ProgramPlan[], fallback: Span): Diagnostic[] {
  const found: Diagnostic[] = [];
  const seen = new Set<ArenaName>();
  m.programs.forEach((p, i) => {
    const plan = plans[i];
    const total = Object.values(plan.elements).reduce((a, b) => a + b, 0) * 4;
    for (const arena of Object.keys(plan.elements) as ArenaName[]) {
      const bytes = plan.elements[arena] * 4;
      if (bytes <= targetLimits.maxBindingSize || seen.has(arena)) continue;
      seen.add(arena);
      let largest: { id: number; size: number } | undefined;
      for (const [id, pl] of plan.placements) if (pl.arena === arena && (!largest || pl.size > largest.size)) largest = { id, size: pl.size };
      const node = largest === undefined ? undefined : p.nodes[largest.id];
      const span = node && node.span.end > 0 ? node.span : fallback;
      found.push({
        code: 'E0605',
        severity: 'error',
        message: `${p.name} needs ${mib(bytes)} for ${arenaWords[arena]} (the ${arena} buffer, ${count(plan.elements[arena])} elements at batch size ${m.batch}); a kernel can bind at most ${mib(targetLimits.maxBindingSize)} (WebGPU's default maxStorageBufferBindingSize)`,
        span,
        notes: node ? [{ message: `the largest tensor there is ${node.name || `%${node.id}`} [${node.shape.join(', ')}], ${mib(largest!.size * 4)}; the plan needs ${mib(total)} in all` }] : [],
        hint: arena === 'params' || arena === 'state' ? 'use fewer or smaller layers' : 'lower the batch size (train batch_size=..., --batch-size) or make the largest tensors smaller',
      });
    }
  });
  return found;
}
