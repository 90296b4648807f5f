// Checked model + the compiled module -> predict compiled again for one row (the manifest's `rowPredict`), or nothing.
// A few rows padded to the batch size cost a whole batch (42 ms for the MLP's 128 rows on lavapipe, against well under
// a millisecond for one): this program runs them one at a time instead, on the same parameters and state.
import type { ManifestProgram } from '../core/artifact.js';
import type { SourceFile } from '../core/diagnostic.js';
import type { Module } from '../core/ir.js';
import type { CheckedModel } from './check/types.js';
import { emitArtifact } from './emit/emit.js';
import type { KernelOptions } from './emit/kernels.js';
import { fuse } from './fuse/fuse.js';
import { lower, type LowerOptions } from './ir/lower.js';
import { simplify } from './ir/simplify/simplify.js';
import { planProgram, residentLayout, verifyPlan } from './plan/plan.js';

/** The row program's kernels and their WGSL files (named `predict_row.*.wgsl`, beside the batch program's `predict.*`). */
export interface RowPredict {
  program: ManifestProgram;
  shaders: Record<string, string>;
}

/**
 * predict lowered at batch 1, simplified, fused and planned against `module`'s parameter and state layout (so it runs
 * on the same arenas), then emitted. Undefined when the batch is already 1, there is no predict, or batch 1 does not
 * lower to a program that reads only what `module` lays out (a model whose predict mixes rows has no row form).
 */
export function rowPredict(model: CheckedModel, module: Module, options: LowerOptions, file: SourceFile, kernels: KernelOptions): RowPredict | undefined {
  if (module.batch === 1 || !module.programs.some((p) => p.name === 'predict')) return undefined;
  const lowered = lower(model, { ...options, batch: 1 });
  const predict = lowered.module?.programs.find((p) => p.name === 'predict');
  if (!lowered.module || !predict) return undefined;
  const row: Module = simplify({ ...module, batch: 1, programs: [predict] });
  const p = row.programs[0];
  const resident = residentLayout(module);
  const known = p.nodes.every((n) => (n.op === 'param' ? resident.params.has(n.arg.path) : n.op === 'state' ? resident.state.has(n.arg.path) : true));
  if (!known) return undefined;
  const fp = fuse(p);
  const plan = planProgram(fp, resident);
  if (verifyPlan(plan).length) return undefined;
  const emitted = emitArtifact(row, [fp], [plan], { text: '', file }, kernels);
  // The batch program's files are `predict.NNN.kernel.wgsl`; these get their own prefix so both fit in one folder.
  const rename = (shader: string) => shader.replace(/^predict\./, 'predict_row.');
  const shaders = Object.fromEntries(Object.entries(emitted.shaders).map(([name, code]) => [rename(name), code]));
  const [q] = emitted.manifest.programs;
  const program: ManifestProgram = {
    ...q,
    name: 'predict_row',
    kernels: q.kernels.map((k) => ({ ...k, shader: rename(k.shader), ...(k.variants ? { variants: k.variants.map((v) => ({ ...v, shader: rename(v.shader) })) } : {}) })),
  };
  return { program, shaders };
}
