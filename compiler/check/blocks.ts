// Assignments, layer applications that may be blocks, block instantiation, `repeat(n)` and the block recursion check.
import type { Arg, Assign, Expr, Span } from '../../grammar/ast.js';
import { didYouMean } from '../../core/suggest.js';
import { applyBuiltin, countWord, tensorArgs, unknownCallee } from './calls.js';
import type { Checker } from './checker.js';
import { constant, positiveInt } from './constants.js';
import { isFunction } from './functions.js';
import { isLayer } from './layers.js';
import { tensorsPerStep, unrolledTensors } from './layers/recurrent.js';
import { type BlockDecl, newScope, type Scope, snake, uniqueName } from './scope.js';
import { formatType, type TensorType } from './types.js';
import { kindWord } from './values.js';

/** Most graph nodes a spec may expand to (every block use and repeat copy counted): larger programs take too long to compile. */
export const maxGraphNodes = 10_000;

const reportedTooLarge = new WeakSet<Checker>();

/** Whether the graph has outgrown maxGraphNodes; says so once, at the block use or repeat that was expanding. */
function tooLarge(c: Checker, span: Span): boolean {
  if (c.nodes.length <= maxGraphNodes) return false;
  if (!reportedTooLarge.has(c)) {
    reportedTooLarge.add(c);
    c.error('E0409', `the spec expands to more than ${maxGraphNodes.toLocaleString('en-US')} tensors (layers, functions and operators, each block use and repeat copy counted), the most mdlc compiles`, span, {
      hint: 'use fewer or smaller repeats, or fewer block uses inside repeated blocks',
    });
  }
  return true;
}

/** Graph tensors the recurrent layers unroll to so far, counted against maxGraphNodes with the graph itself. */
const unrolled = new WeakMap<Checker, number>();

/** Whether a recurrent layer's unrolled steps take the spec past maxGraphNodes; says so at the layer (E0313). */
function unrolledTooFar(c: Checker, id: number): boolean {
  const n = c.node(id);
  if (n.kind !== 'layer') return false;
  const steps = c.node(n.inputs[0]).type.shape[1];
  const extra = unrolledTensors(n.layer, typeof steps === 'number' ? steps : 0);
  if (extra === 0) return false;
  const total = (unrolled.get(c) ?? 0) + extra;
  unrolled.set(c, total);
  if (c.nodes.length + total <= maxGraphNodes) return false;
  c.error('E0313', `${n.layer} is unrolled over its ${steps} steps, ${tensorsPerStep} tensors a step${n.layer === 'Bidirectional' ? ' and direction' : ''}, which takes the spec past ${maxGraphNodes.toLocaleString('en-US')} tensors, the most mdlc compiles`, n.span, {
    hint: 'shorten the sequences (a Conv1D with a stride, or pooling, before the recurrent layer) or use fewer recurrent layers',
  });
  return true;
}

/** Largest `repeat(n)`: each copy is a full block of layers with its own weights. */
export const maxRepeat = 1000;

type Call = Extract<Expr, { kind: 'call' }>;

function sameType(a: TensorType, b: TensorType): boolean {
  return a.dtype === b.dtype && a.shape.length === b.shape.length && a.shape.every((d, i) => d === b.shape[i]);
}

/**
 * `Kind(cfg)(inputs)`, where `Kind` is a built-in layer or a block, at `path` (default: the assignment's name at the
 * root, else `name_kind` made unique).
 */
export function applyLayer(c: Checker, kind: string, kindSpan: Span, cfg: Arg[], cfgSpan: Span, expr: Call, scope: Scope, name: string, root: boolean, path?: string): number | undefined {
  const block = c.globals.get(kind);
  // The path is made only for a real layer: automatic names count layers, not mistakes.
  const layerPath = () => path ?? scope.prefix + (root ? name : uniqueName(scope, `${name}_${snake(kind)}`));
  // A block that declares a parameter `trainable` gets it as its own (it may pass it on to its layers).
  const own = block?.kind === 'block' && block.decl.params.some((p) => p.name.name === 'trainable');
  const taken = block?.kind === 'block' || isLayer(kind) ? (own ? { cfg, frozen: false } : takeTrainable(c, cfg, scope)) : { cfg, frozen: false };
  if (!taken) return undefined;
  if (block?.kind === 'block') return applyBlock(c, block.decl, taken.cfg, cfgSpan, expr, scope, name, layerPath(), taken.frozen);
  if (isLayer(kind)) {
    const id = applyBuiltin(c, kind, taken.cfg, cfgSpan, expr, scope, name, root, layerPath(), taken.frozen);
    return id !== undefined && unrolledTooFar(c, id) ? undefined : id;
  }
  if (isFunction(kind)) {
    c.error('E0205', `\`${kind}\` is a function: call it directly on the tensor`, expr.span, { hint: `write ${kind}(x${cfg.length ? ', ...' : ''})` });
    return undefined;
  }
  unknownCallee(c, kind, kindSpan);
  return undefined;
}

/**
 * Takes `trainable=` out of a layer's or block use's configuration: a flag, `false` freezing what it builds. Undefined
 * after reporting a value that is no flag, or the argument given twice.
 */
function takeTrainable(c: Checker, cfg: Arg[], scope: Scope): { cfg: Arg[]; frozen: boolean } | undefined {
  const given = cfg.filter((a) => a.name?.name === 'trainable');
  if (given.length === 0) return { cfg, frozen: false };
  if (given.length > 1) {
    c.error('E0305', 'argument `trainable` is given twice', given[1].span);
    return undefined;
  }
  const v = constant(c, given[0].value, scope, false);
  if (!v) return undefined;
  if (v.kind !== 'bool') {
    c.error('E0303', `\`trainable\` takes a flag (true or false), but this is ${kindWord(v)}`, given[0].value.span, { hint: 'trainable=false freezes the weights of the layer, or of everything in a block use' });
    return undefined;
  }
  return { cfg: cfg.filter((a) => a !== given[0]), frozen: !v.value };
}

/** Binds a block's parameters (positional or named; defaults evaluated at top level) into its inner scope. */
function bindParams(c: Checker, decl: BlockDecl, cfg: Arg[], cfgSpan: Span, scope: Scope, inner: Scope): boolean {
  const blockName = decl.name.name;
  let ok = true;
  let positional = 0;
  const given = new Set<string>();
  for (const a of cfg) {
    const p = a.name ? decl.params.find((q) => q.name.name === a.name!.name) : decl.params[positional++];
    if (!p) {
      if (a.name) c.error('E0301', `block ${blockName} has no parameter named \`${a.name.name}\``, a.name.span, { hint: didYouMean(a.name.name, decl.params.map((q) => q.name.name)) ?? `its parameters: ${decl.params.map((q) => q.name.name).join(', ') || 'none'}` });
      else c.error('E0305', `block ${blockName} takes ${decl.params.length} parameter${decl.params.length === 1 ? '' : 's'}, but more were given`, a.span);
      ok = false;
      continue;
    }
    if (given.has(p.name.name)) {
      c.error('E0305', `parameter \`${p.name.name}\` of block ${blockName} is given twice`, a.span);
      ok = false;
      continue;
    }
    given.add(p.name.name);
    const v = constant(c, a.value, scope, true);
    if (v) inner.values.set(p.name.name, v);
    else ok = false;
  }
  for (const p of decl.params) {
    if (given.has(p.name.name)) continue;
    if (!p.default) {
      c.error('E0302', `block ${blockName} needs the parameter \`${p.name.name}\``, cfgSpan, { notes: [{ message: 'the parameter is declared here', span: p.span }] });
      ok = false;
      continue;
    }
    const v = constant(c, p.default, c.top, true);
    if (v) inner.values.set(p.name.name, v);
    else ok = false;
  }
  return ok;
}

function applyBlock(c: Checker, decl: BlockDecl, cfg: Arg[], cfgSpan: Span, expr: Call, scope: Scope, name: string, path: string, frozen: boolean): number | undefined {
  const blockName = decl.name.name;
  c.usedBlocks.add(blockName);
  if (c.active.includes(decl)) return undefined; // reported by the recursion check
  if (tooLarge(c, expr.span)) return undefined;
  const inner = newScope(path + '.', { decl, use: expr.span }, [...decl.body.map((a) => a.name.name), ...decl.inputs.map((i) => i.name), ...decl.params.map((p) => p.name.name)]);
  const ok = bindParams(c, decl, cfg, cfgSpan, scope, inner);
  const inputs = tensorArgs(c, expr.args, scope, name, `block ${blockName}`);
  if (!ok || !inputs) return undefined;
  if (inputs.length !== decl.inputs.length) {
    c.error('E0405', `block ${blockName} takes ${countWord(decl.inputs.length, decl.inputs.length)}, but ${inputs.length} ${inputs.length === 1 ? 'was' : 'were'} given`, expr.span, {
      notes: [{ message: 'the block is defined here', span: decl.name.span }],
    });
    return undefined;
  }
  decl.inputs.forEach((id, i) => inner.tensors.set(id.name, { id: inputs[i].id, span: id.span }));
  const use = c.blockUses.length;
  const first = c.nodes.length;
  c.blockUses.push({ block: blockName, path, inputs: inputs.map((i) => i.id), output: -1, first, end: first, depth: c.active.length, inputNames: decl.inputs.map((i) => i.name), span: expr.span });
  c.active.push(decl);
  c.context.push({ message: `in this use of block ${blockName}`, span: expr.span });
  if (frozen) c.frozen++;
  try {
    for (const a of decl.body) assign(c, a, inner);
    // `output` is a keyword, so the name of the returned tensor cannot clash with one the user wrote.
    const out = c.tensor(decl.result, inner, 'output', true);
    if (out !== undefined) c.origins.set(out, decl.resultSpan);
    Object.assign(c.blockUses[use], { output: out ?? -1, end: c.nodes.length });
    return out;
  } finally {
    if (frozen) c.frozen--;
    c.context.pop();
    c.active.pop();
  }
}

/** `repeat(n) Layer(cfg)(x)`: n copies, each fed the previous one's output, at paths `name[0]`, `name[1]`, ... */
export function repeat(c: Checker, expr: Extract<Expr, { kind: 'repeat' }>, scope: Scope, name: string): number | undefined {
  const count = positiveInt(c, expr.count, scope, 'the repeat count', maxRepeat);
  const body = expr.body;
  if (body.kind !== 'call' || body.callee.kind !== 'call' || body.callee.callee.kind !== 'name') {
    if (body.kind !== 'missing') c.error('E0205', 'repeat(n) must be followed by a layer application such as Block(args)(x)', body.span);
    return undefined;
  }
  if (count === undefined) return undefined;
  if (body.args.length !== 1) {
    c.error('E0405', `repeat(${count}) needs a layer applied to exactly one tensor, whose output feeds the next copy`, body.span);
    return undefined;
  }
  const layer = body.callee.callee;
  let x = c.tensor(body.args[0].value, scope, name);
  const base = scope.prefix + name;
  for (let i = 0; i < count && x !== undefined; i++) {
    if (tooLarge(c, expr.span)) return undefined;
    const input = x;
    const chained: Call = { ...body, args: [{ value: { kind: 'name', name: ' repeat-input', span: body.args[0].value.span }, span: body.args[0].span }] };
    scope.tensors.set(' repeat-input', { id: input, span: body.args[0].value.span });
    x = applyLayer(c, layer.name, layer.span, body.callee.args, body.callee.span, chained, scope, name, false, `${base}[${i}]`);
    scope.tensors.delete(' repeat-input');
    if (x !== undefined && !sameType(c.node(x).type, c.node(input).type)) {
      c.error('E0401', `repeat(${count}) feeds each copy's output to the next, but ${layer.name} turns ${formatType(c.node(input).type)} into ${formatType(c.node(x).type)}`, body.span, {
        hint: 'a repeated layer must keep the shape of its input',
      });
      return undefined;
    }
  }
  if (x !== undefined) c.origins.set(x, expr.span);
  return x;
}

/** Checks `name = expr` in a scope and binds the name. */
export function assign(c: Checker, a: Assign, scope: Scope): void {
  const n = a.name.name;
  if (scope.block && a.output) c.error('E0205', '`output` can only mark tensors at the top level, not inside a block', a.span);
  if (scope.block) {
    if (scope.tensors.has(n) || scope.values.has(n)) {
      const prev = scope.tensors.get(n)?.span ?? scope.block.decl.params.find((p) => p.name.name === n)?.span;
      c.error('E0203', `\`${n}\` is already defined in block ${scope.block.decl.name.name}`, a.name.span, { notes: prev ? [{ message: 'first defined here', span: prev }] : [] });
      return;
    }
  }
  const id = c.tensor(a.value, scope, n, true);
  if (id === undefined) {
    scope.failed.add(n);
    return;
  }
  c.origins.set(id, a.span);
  scope.tensors.set(n, { id, span: a.name.span });
  c.named.push({ name: scope.prefix + n, node: id, span: a.name.span });
  if (scope.block) {
    const key = `${a.name.span.start}`;
    const entry = c.blockAssigns.get(key) ?? { assign: a, nodes: [] };
    entry.nodes.push(id);
    c.blockAssigns.set(key, entry);
  }
}

type Use = { callee: string; span: Span };

/** The uses of blocks (by name) anywhere in an expression. */
function collectUses(e: Expr, byName: Map<string, BlockDecl>, out: Use[]): void {
  switch (e.kind) {
    case 'name':
      if (byName.has(e.name)) out.push({ callee: e.name, span: e.span });
      return;
    case 'call':
      collectUses(e.callee, byName, out);
      e.args.forEach((a) => collectUses(a.value, byName, out));
      return;
    case 'binary':
      collectUses(e.left, byName, out);
      collectUses(e.right, byName, out);
      return;
    case 'unary':
      collectUses(e.operand, byName, out);
      return;
    case 'repeat':
      collectUses(e.body, byName, out);
      return;
    case 'index':
      collectUses(e.target, byName, out);
      for (const i of e.items) for (const part of i.kind === 'at' ? [i.index] : i.kind === 'slice' ? [i.start, i.stop, i.step] : []) if (part) collectUses(part, byName, out);
      return;
    case 'list':
      e.items.forEach((i) => collectUses(i, byName, out));
      return;
    case 'number':
    case 'bool':
    case 'string':
    case 'missing':
      return;
  }
}

/** Reports blocks that use themselves, directly or through other blocks; returns their names. */
export function checkRecursion(c: Checker, blocks: BlockDecl[]): Set<string> {
  const recursive = new Set<string>();
  const byName = new Map(blocks.map((b) => [b.name.name, b]));
  const uses = new Map<string, Use[]>();
  for (const b of blocks) {
    const out: Use[] = [];
    b.body.forEach((a) => collectUses(a.value, byName, out));
    collectUses(b.result, byName, out);
    uses.set(b.name.name, out);
  }
  const state = new Map<string, 'busy' | 'done'>();
  const stack: { name: string; span: Span }[] = [];
  const visit = (name: string): void => {
    state.set(name, 'busy');
    for (const u of uses.get(name) ?? []) {
      if (state.get(u.callee) === 'busy') {
        recursive.add(name);
        recursive.add(u.callee);
        const start = stack.findIndex((s) => s.name === u.callee);
        const cycle = start >= 0 ? stack.slice(start) : [];
        const path = [u.callee, ...cycle.slice(1).map((s) => s.name), ...(u.callee === name ? [] : [name]), u.callee];
        c.error('E0204', `block ${name} uses ${u.callee === name ? 'itself' : `${u.callee}, which uses ${name}`}: blocks cannot be recursive`, u.span, {
          notes: cycle.map((s) => ({ message: `${s.name} is used here`, span: s.span })),
          hint: `the cycle is ${path.join(' -> ')}; use repeat(n) to stack copies of a block`,
        });
        continue;
      }
      if (!state.has(u.callee)) {
        stack.push({ name: u.callee, span: u.span });
        visit(u.callee);
        stack.pop();
      }
    }
    state.set(name, 'done');
  };
  for (const b of blocks) if (!state.has(b.name.name)) visit(b.name.name);
  return recursive;
}
