// The compiler's table of contents: each stage takes one representation and returns the next, plus diagnostics.
import { parse } from '../grammar/parse.js';
import type { Spec } from '../grammar/ast.js';
import { check, type CheckOptions, type Purpose } from './check/check.js';
import type { CheckedModel } from './check/types.js';
import type { Diagnostic, SourceFile } from '../core/diagnostic.js';
import { differentiate } from './ir/differentiate.js';
import type { Module } from '../core/ir.js';
import { lower, type LowerOptions } from './ir/lower.js';
import { simplify } from './ir/simplify/simplify.js';
import { emitArtifact } from './emit/emit.js';
import { defaultKernelOptions } from './emit/kernels.js';
import type { Artifact } from '../core/artifact.js';
import { fuseModule, type FusedProgram } from './fuse/fuse.js';
import { planModule, type ProgramPlan } from './plan/plan.js';
import { checkPlanLimits } from './plan/limits.js';
import { applySettings, settingKey, splitOverrides } from './overrides.js';
import { describeIntermediates, predictShape } from './ir/expose.js';
import { rowPredict } from './row-predict.js';

/** The result of the front end: the AST, the checked model when clean, and every diagnostic. */
export interface FrontEndResult {
  spec: Spec;
  model?: CheckedModel;
  diagnostics: Diagnostic[];
}

/** What to check a spec for, or 'auto': for training when it declares a loss (a missing optimizer is then an error), else for inference. */
export type SourcePurpose = Purpose | 'auto';

/**
 * Options of the front end: the checker's, with `purpose` also 'auto', and `overrides` also of settings:
 * `train.<setting>` or `optimizer.<argument>` (`--batch-size 64` is `train.batch_size=64`, `--lr` is `optimizer.lr`).
 */
export interface SourceOptions extends Omit<CheckOptions, 'purpose'> {
  purpose?: SourcePurpose;
}

/** Runs the front end on a spec: later stages run only on clean input. */
export function checkSource(file: SourceFile, options: SourceOptions = {}): FrontEndResult {
  // 1. parse: text -> AST (syntax errors, with recovery so several are reported at once)
  const parsed = parse(file.text);
  if (parsed.diagnostics.some((d) => d.severity === 'error')) return { spec: parsed.spec, diagnostics: parsed.diagnostics };
  // 2. check: AST -> typed graph (names, arguments, shapes, dtypes, training sections)
  const purpose = options.purpose === 'auto' ? (parsed.spec.decls.some((d) => d.kind === 'loss') ? 'train' : 'inference') : options.purpose;
  //    Overrides of settings (`train.batch_size=64`, `optimizer.lr=0.01`) are written into the AST, so the checker binds
  //    them as spec text; overrides of constants (`d_model=128`) go to the checker as they are.
  const { constants, settings } = splitOverrides(options.overrides ?? {});
  const applied = applySettings(parsed.spec, settings);
  const checked = check(applied.spec, { ...options, overrides: constants, purpose });
  const diagnostics = [...parsed.diagnostics, ...applied.diagnostics, ...checked.diagnostics];
  return { spec: parsed.spec, model: applied.diagnostics.length ? undefined : checked.model, diagnostics };
}

/** Options of a full compilation. */
export interface CompileOptions extends SourceOptions, LowerOptions {
  /** Called with the module after each IR stage and pass (`lower`, `autodiff`, `cse`, `fold`, `algebra`, `dce`). */
  after?: (stage: string, module: Module) => void;
  /** Also run the WGSL backend (fuse, plan, emit) and return the artifact. */
  backend?: boolean;
  /**
   * Also emit each large kernel's variants (register tiles, workgroup sizes), for a runtime that times them on its
   * device (runtime/gpu/tune.ts); 'all': of every kernel, however small. Off by default: they make an artifact
   * several times larger.
   */
  variants?: boolean | 'all';
}

/** What compilation gives: the checked model and the IR module when the spec is clean, and every diagnostic. */
export interface CompileResult extends FrontEndResult {
  module?: Module;
  /** With `backend`: the kernels, memory plans and the runnable artifact. */
  fused?: FusedProgram[];
  plans?: ProgramPlan[];
  artifact?: Artifact;
}

/** The IR stages, in order; the names `--dump-ir` accepts. */
export const irStages = ['lower', 'autodiff', 'cse', 'fold', 'algebra', 'dce'] as const;

/** Compiles a spec to IR programs (train_step, eval_step, predict). */
export function compileSource(file: SourceFile, options: CompileOptions = {}): CompileResult {
  // `batch` is the setting train.batch_size, so the checker judges it like any other override.
  const overrides = options.batch === undefined ? options.overrides : { ...options.overrides, [settingKey('train', 'batch_size')]: String(options.batch) };
  const front = checkSource(file, { ...options, overrides });
  if (!front.model) return front;
  // 3. lower: typed graph -> tensor IR of primitive ops (forward passes, loss, metric counters)
  const lowered = lower(front.model, { ...options, batch: undefined });
  if (!lowered.module) return { ...front, diagnostics: [...front.diagnostics, ...lowered.diagnostics] };
  options.after?.('lower', lowered.module);
  // 4. autodiff: append the backward pass, gradient clipping and the optimizer update to train_step
  const trained = differentiate(lowered.module, front.model);
  options.after?.('autodiff', trained);
  // 5. simplify: CSE, constant folding, algebraic identities, dead-code elimination
  const module = simplify(trained, options.after);
  if (!options.backend) return { ...front, module };
  // 6. fuse: IR -> kernels (elementwise chains, row groups, matmul epilogues, one optimizer kernel)
  const fused = fuseModule(module);
  // 7. plan: kernels -> arenas and offsets for every tensor, dead memory reused, verified
  const plans = planModule(module, fused);
  //    Each arena is one GPU buffer bound whole: one too large for WebGPU is a diagnostic at the spec, before any GPU work.
  const tooLarge = checkPlanLimits(module, plans, front.spec.decls.find((d) => d.kind === 'train')?.span ?? { start: 0, end: 0 });
  if (tooLarge.length) return { ...front, diagnostics: [...front.diagnostics, ...tooLarge] };
  // 8. emit: kernels + plan -> WGSL and the manifest (the artifact the runtime runs)
  const kernels = { ...defaultKernelOptions, variants: options.variants ?? false };
  const artifact = { ...emitArtifact(module, fused, plans, { text: file.text, file, model: front.model }, kernels), module };
  //    Exposed intermediates (options.expose) are predict outputs; the manifest also says which layer each came from.
  if (lowered.exposed?.length) artifact.manifest.intermediates = describeIntermediates(lowered.exposed, predictShape(artifact.manifest), file);
  // 9. row predict: predict again at batch 1 on the same layout, so a few rows need not pay for a padded batch.
  //    It computes what predict computes, so it stays out of the program hash: checkpoints keep matching.
  const row = rowPredict(front.model, module, { ...options, batch: undefined }, file, kernels);
  if (row) Object.assign(artifact, { manifest: { ...artifact.manifest, rowPredict: row.program }, shaders: { ...artifact.shaders, ...row.shaders } });
  return { ...front, module, fused, plans, artifact };
}
