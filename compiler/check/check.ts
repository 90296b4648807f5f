// AST -> CheckedModel + diagnostics: declares the top-level names, then checks constants, inputs, tensors and training.
import type { Span, Spec } from '../../grammar/ast.js';
import type { Diagnostic } from '../../core/diagnostic.js';
import { didYouMean } from '../../core/suggest.js';
import { assign, checkRecursion } from './blocks.js';
import { argContext } from './calls.js';
import { batchDim, Checker } from './checker.js';
import { applyOverrides, constant, constValue } from './constants.js';
import { tensor } from './expressions.js';
import type { BlockDecl } from './scope.js';
import { checkTraining, type TrainingSpecs } from './training-check.js';
import type { CheckedModel, Dim, TensorType } from './types.js';
import { kindWord } from './values.js';
import { checkUnused } from './unused.js';
import { checkSizes } from './sizes.js';

/** What the spec is checked for: `train` makes a missing loss or optimizer an error. */
export type Purpose = 'check' | 'train' | 'inference';

/** Options of `check`. */
export interface CheckOptions {
  /** Constant overrides from the command line (`--set d_model=128`), as text. */
  overrides?: Record<string, string>;
  purpose?: Purpose;
}

/** The checked model (absent when there are errors) and every diagnostic found. */
export interface CheckResult {
  model?: CheckedModel;
  diagnostics: Diagnostic[];
}

/** The type written in an `input` or `target` declaration. */
function tensorType(c: Checker, decl: Extract<Spec['decls'][number], { kind: 'input' }>): TensorType | undefined {
  const dtype = decl.type.dtype.name;
  let ok = true;
  if (dtype !== 'f32' && dtype !== 'i32') {
    c.error('E0403', `unknown dtype \`${dtype}\``, decl.type.dtype.span, { hint: didYouMean(dtype, ['f32', 'i32']) ?? 'dtypes are f32 and i32' });
    ok = false;
  }
  const shape: Dim[] = [];
  decl.type.dims.forEach((d, i) => {
    if (d.kind === 'name' && (d.name === batchDim || c.globals.get(d.name)?.kind === 'dim')) {
      if (i !== 0 && d.name === batchDim) {
        c.error('E0404', '`batch` can only be the first dimension', d.span);
        ok = false;
      }
      shape.push(d.name);
      return;
    }
    const v = constant(c, d, c.top, false);
    if (!v) {
      ok = false;
      return;
    }
    if (v.kind !== 'number' || !v.isInt || v.value < 1) {
      c.error('E0404', `a dimension must be a positive integer, but this is ${kindWord(v)}`, d.span);
      ok = false;
      return;
    }
    shape.push(v.value);
  });
  if (ok && shape[0] !== batchDim) {
    c.error('E0404', `the first dimension of ${decl.role} \`${decl.name.name}\` must be \`batch\``, decl.type.span, {
      hint: `write ${dtype}[batch${shape.length ? ', ' + shape.join(', ') : ''}]: shapes include the batch axis`,
    });
    ok = false;
  }
  return ok ? { dtype: dtype as TensorType['dtype'], shape } : undefined;
}

/** The top-level names, in the order checking needs them: declarations, overrides, recursion, constants, inputs, tensors. */
function checkGraph(c: Checker, options: CheckOptions): { inputs: number[]; targets: number[]; blocks: BlockDecl[] } {
  const spec = c.spec;
  const blocks: BlockDecl[] = [];
  for (const d of spec.decls) {
    if (d.kind === 'const') c.declare(d.name.name, { kind: 'const', span: d.name.span, decl: d, state: 'todo' });
    else if (d.kind === 'dim') c.declare(d.name.name, { kind: 'dim', span: d.name.span });
    else if (d.kind === 'block') {
      c.declare(d.name.name, { kind: 'block', span: d.name.span, decl: d });
      blocks.push(d);
    } else if (d.kind === 'input') c.declare(d.name.name, { kind: 'input', span: d.name.span });
    else if (d.kind === 'assign') c.declare(d.name.name, { kind: 'tensor', span: d.name.span, assign: d });
  }
  const batch = c.globals.get(batchDim);
  if (batch && batch.kind !== 'dim') c.error('E0203', '`batch` is the built-in batch dimension and cannot be redefined', batch.span);
  applyOverrides(c, options.overrides ?? {});
  const recursive = checkRecursion(c, blocks);
  for (const b of blocks) if (recursive.has(b.name.name)) c.active.push(b);
  for (const d of spec.decls) {
    if (d.kind !== 'const') continue;
    const g = c.globals.get(d.name.name);
    if (g?.kind === 'const' && g.span === d.name.span) constValue(c, d.name.name, g);
  }
  const inputs: number[] = [];
  const targets: number[] = [];
  for (const d of spec.decls) {
    if (d.kind !== 'input' || c.globals.get(d.name.name)?.span !== d.name.span) continue;
    const type = tensorType(c, d);
    if (!type) continue;
    const id = c.addNode({ kind: 'input', role: d.role, type, span: d.span, name: d.name.name });
    c.top.tensors.set(d.name.name, { id, span: d.name.span });
    c.named.push({ name: d.name.name, node: id, span: d.name.span });
    (d.role === 'input' ? inputs : targets).push(id);
  }
  for (const d of spec.decls) {
    if (d.kind !== 'assign') continue;
    if (c.top.tensors.has(d.name.name)) {
      const prev = c.globals.get(d.name.name);
      if (prev && prev.span !== d.name.span) continue; // duplicate, already reported
    }
    assign(c, d, c.top);
    const bound = c.top.tensors.get(d.name.name);
    if (d.output && bound) c.outputs.push({ name: d.name.name, node: bound.id });
  }
  return { inputs, targets, blocks };
}

/** The model's outputs: those marked `output`, else the loss's prediction, else the last assignment. */
function outputsOf(c: Checker, loss: TrainingSpecs['loss']): { name: string; node: number }[] {
  if (c.outputs.length > 0) return c.outputs;
  if (loss) return [{ name: c.node(loss.prediction).name, node: loss.prediction }];
  const last = [...c.spec.decls].reverse().find((d) => d.kind === 'assign');
  const b = last && c.top.tensors.get(last.name.name);
  return b ? [{ name: c.node(b.id).name, node: b.id }] : [];
}

/** The graph, then the training sections, then (when both are clean) unused names; the model only without errors. */
function run(c: Checker, options: CheckOptions): CheckResult {
  const graph = checkGraph(c, options);
  const training = checkTraining({ spec: c.spec, error: (code, m, s, x) => c.error(code, m, s, x), args: (name) => argContext(c, c.top, name), node: (id) => c.node(id) }, options.purpose === 'train');
  const { loss } = training;
  // Sizes at the batch size the spec is compiled for (train batch_size, which --batch-size overrides).
  checkSizes(c, training.train.batch_size);
  const outputs = outputsOf(c, loss);
  const roots = [...outputs.map((o) => o.node), ...(loss ? [loss.prediction, loss.target] : [])];
  if (!c.bag.hasErrors) checkUnused(c, roots, [...graph.inputs, ...graph.targets], graph.blocks);
  if (c.bag.hasErrors) return { diagnostics: c.bag.items };
  const constants: Record<string, number> = {};
  for (const [name, g] of c.globals) {
    if (g.kind !== 'const') continue;
    const v = g.override ?? g.value;
    if (v?.kind === 'number') constants[name] = v.value;
  }
  const model: CheckedModel = { name: c.spec.name?.name ?? 'model', constants, nodes: c.nodes, named: c.named, inputs: graph.inputs, targets: graph.targets, outputs, ...training, blockUses: c.blockUses };
  return { model, diagnostics: c.bag.items };
}

/** Checks a parsed spec: every name, argument, shape and dtype; returns the graph when there are no errors. */
export function check(spec: Spec, options: CheckOptions = {}): CheckResult {
  const checker = new Checker(spec, tensor);
  try {
    return run(checker, options);
  } catch (e) {
    // Deep recursion in the spec itself (thousands of nested blocks or constants) exhausts the stack:
    // that is a limit of mdlc, reported as a diagnostic at the start of the file, not a crash.
    if (!(e instanceof RangeError)) throw e;
    const start: Span = { start: 0, end: 0 };
    checker.bag.error('E0104', 'this spec nests blocks, constants or expressions too deeply for mdlc to check', start, {
      hint: 'flatten long chains of constants or of blocks calling blocks',
    });
    return { diagnostics: checker.bag.items };
  }
}
