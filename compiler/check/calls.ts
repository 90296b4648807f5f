// Applications of built-ins -> graph nodes: a layer applied to tensors, `Dense(8)(x)`, and a function called on operands, `relu(x)`.
import type { Arg, Expr, Span } from '../../grammar/ast.js';
import { closest } from '../../core/suggest.js';
import { type ArgContext, bindArgs } from './args.js';
import type { Checker } from './checker.js';
import { constant } from './constants.js';
import { functions } from './functions.js';
import type { FnOperand } from './function-shapes.js';
import { kindWord } from './values.js';
import { type LayerContext, type LayerInput, layerAliases, layers } from './layers.js';
import { type Scope, tmpName } from './scope.js';
import { losses, metrics, optimizers } from './training.js';
import type { FunctionName, LayerConfig, LayerKind, Operand } from './types.js';

type Call = Extract<Expr, { kind: 'call' }>;

/** `2 inputs`, `1 to 3 inputs`, `2 or more inputs`. */
export function countWord(min: number, max: number): string {
  const n = (k: number) => `${k} input${k === 1 ? '' : 's'}`;
  return min === max ? n(min) : max >= 64 ? `${min} or more inputs` : `${min} to ${max} inputs`;
}

/** Argument binding with constant and tensor evaluation in a scope; `name` names the layers an argument creates. */
export function argContext(c: Checker, scope: Scope, name: string): ArgContext {
  return {
    bag: { error: (code, m, s, x) => c.error(code, m, s, x) },
    value: (e, symbols) => constant(c, e, scope, symbols),
    tensor: (e) => c.tensor(e, scope, name),
    layer: (e, kinds, what) => layerConfig(c, scope, name, e, kinds, what),
  };
}

/** `LSTM(8)` written as an argument (Bidirectional's layer): a layer of one of `kinds`, configured but not applied. */
function layerConfig(c: Checker, scope: Scope, name: string, e: Expr, kinds: readonly LayerKind[], what: string): LayerConfig | undefined {
  const applied = e.kind === 'call' && e.callee.kind === 'call';
  const kind = e.kind === 'call' && e.callee.kind === 'name' ? kinds.find((k) => k === (e.callee as { name: string }).name) : undefined;
  if (applied || kind === undefined || e.kind !== 'call') {
    c.error('E0312', `${what} must be a ${kinds.slice(0, -1).join(', ')} or ${kinds[kinds.length - 1]} layer, configured but not applied, such as ${kinds[1] ?? kinds[0]}(8)`, e.span, {
      hint: applied ? 'leave out the inputs: the wrapper applies the layer, as Bidirectional(LSTM(8))(x)' : undefined,
    });
    return undefined;
  }
  const bound = bindArgs(kind, layers[kind].args, e.args, e.span, argContext(c, scope, name));
  return bound.ok ? { kind: 'layer', layer: kind, args: bound.values } : undefined;
}

function layerContext(c: Checker, what: string, span: Span, spans: Record<string, Span>): LayerContext {
  return { what, span, argSpan: (n) => spans[n] ?? span, error: (code, m, s, x) => c.error(code, m, s, x) };
}

/** The tensors a layer or block is applied to (positional only), or undefined after an error. */
export function tensorArgs(c: Checker, args: Arg[], scope: Scope, name: string, what: string): LayerInput[] | undefined {
  const out: LayerInput[] = [];
  let ok = true;
  for (const a of args) {
    if (a.name) {
      c.error('E0301', `the inputs of ${what} are positional; \`${a.name.name}=\` is not allowed here`, a.name.span, { hint: 'configuration goes in the first parentheses: Layer(config)(inputs)' });
      ok = false;
      continue;
    }
    const id = c.tensor(a.value, scope, name);
    if (id === undefined) ok = false;
    else out.push(c.input(id, a.value));
  }
  return ok ? out : undefined;
}

/** Reports a callee that is no layer, function or block: a loss or optimizer used as a layer, or a misspelling. */
export function unknownCallee(c: Checker, n: string, span: Span): void {
  const role = Object.hasOwn(losses, n) ? 'a loss' : Object.hasOwn(optimizers, n) ? 'an optimizer' : Object.hasOwn(metrics, n) ? 'a metric' : undefined;
  if (role) {
    c.error('E0202', `\`${n}\` is ${role}, not a layer or function`, span, { hint: `use it on a \`${role === 'a loss' ? 'loss' : role === 'a metric' ? 'metrics' : 'optimizer'}\` line` });
    return;
  }
  const blocks = [...c.globals].filter(([, e]) => e.kind === 'block').map(([k]) => k);
  const candidates = [...Object.keys(layers), ...Object.keys(functions), ...blocks];
  const suggestion = closest(n, candidates);
  c.error('E0202', `unknown layer or function \`${n}\``, span, {
    hint: Object.hasOwn(layerAliases, n) ? `Keras' ${n} is called \`${layerAliases[n]}\` here` : suggestion ? `did you mean \`${suggestion}\`?` : `layers: ${Object.keys(layers).join(', ')}; functions: ${Object.keys(functions).join(', ')}`,
  });
}

/** Whether an expression refers to any tensor (else it is a compile-time scalar). */
export function isTensorExpr(c: Checker, expr: Expr, scope: Scope): boolean {
  switch (expr.kind) {
    case 'name':
      return scope.tensors.has(expr.name) || (!scope.values.has(expr.name) && c.globals.get(expr.name)?.kind !== 'const');
    case 'unary':
      return isTensorExpr(c, expr.operand, scope);
    case 'binary':
      return isTensorExpr(c, expr.left, scope) || isTensorExpr(c, expr.right, scope);
    case 'call':
    case 'repeat':
      return true;
    case 'index':
      return isTensorExpr(c, expr.target, scope);
    case 'number':
    case 'bool':
    case 'string':
    case 'list':
    case 'missing':
      return false;
  }
}

/** `fn(x, args)`: the operands first (positional), then the function's arguments. */
export function applyFunction(c: Checker, fn: FunctionName, expr: Call, scope: Scope, name: string, root: boolean): number | undefined {
  const rule = functions[fn];
  const count = rule.operands.length;
  const given = expr.args.slice(0, count);
  if (given.length < count || given.some((a) => a.name)) {
    const what = rule.operands.map((k, i) => (k === 'tensors' ? '[a, b]' : ['x', 'y', 'z'][i])).join(', ');
    const needs = count > 1 ? `${count} operands as its first arguments` : rule.operands[0] === 'tensors' ? 'a list of tensors as its first argument' : 'a tensor as its first argument';
    c.error('E0302', `${fn} needs ${needs}`, expr.span, { hint: `e.g. ${fn}(${what}${rule.args.length ? ', ...' : ''})` });
    return undefined;
  }
  const rest = expr.args.slice(count);
  const second = rest[0];
  if ((fn === 'max' || fn === 'min') && second && !second.name && isTensorExpr(c, second.value, scope)) {
    const pairwise = fn === 'max' ? 'maximum' : 'minimum';
    c.error('E0303', `${fn}(x, axis) reduces x over an axis, so its second argument is the axis, but this is a tensor`, second.value.span, { hint: `the elementwise ${pairwise} of two tensors is ${pairwise}(a, b)` });
    return undefined;
  }
  return applyWith(c, fn, given.map((a) => a.value), rest, expr.span, scope, name, root);
}

/** `a @ b` and other operators that are functions: the two sides are the operands. */
export function applyOperator(c: Checker, fn: FunctionName, expr: Extract<Expr, { kind: 'binary' }>, scope: Scope, name: string, root: boolean): number | undefined {
  return applyWith(c, fn, [expr.left, expr.right], [], expr.span, scope, name, root);
}

function applyWith(c: Checker, fn: FunctionName, operandExprs: Expr[], rest: Arg[], span: Span, scope: Scope, name: string, root: boolean): number | undefined {
  const rule = functions[fn];
  const operands: FnOperand[] = [];
  let ok = true;
  operandExprs.forEach((e, i) => {
    const kind = rule.operands[i];
    const items = kind === 'tensors' ? listItems(c, fn, e) : [e];
    if (!items) {
      ok = false;
      return;
    }
    for (const item of items) {
      if (kind === 'value' && !isTensorExpr(c, item, scope)) {
        const v = constant(c, item, scope, false);
        if (v && v.kind !== 'number') c.error('E0303', `${fn} needs a tensor or a number here, but this is ${kindWord(v)}`, item.span);
        if (v?.kind === 'number') operands.push({ scalar: v.value, span: item.span });
        else ok = false;
        continue;
      }
      const id = c.tensor(item, scope, name);
      if (id === undefined) ok = false;
      else operands.push(c.input(id, item));
    }
  });
  const bound = bindArgs(fn, rule.args, rest, span, argContext(c, scope, name));
  if (!ok || !bound.ok) return undefined;
  const type = rule.infer(layerContext(c, fn, span, bound.spans), bound.values, operands);
  if (!type) return undefined;
  const inputs: Operand[] = operands.map((o) => ('id' in o ? { tensor: o.id } : { scalar: o.scalar }));
  return c.addNode({ kind: 'function', fn, args: bound.values, inputs, type, span, name: tmpName(scope, name, root, fn) });
}

/** The items of a list operand (concat's `[a, b]`), or undefined after reporting that it is no list. */
function listItems(c: Checker, fn: FunctionName, e: Expr): Expr[] | undefined {
  if (e.kind === 'list' && e.items.length > 0) return e.items;
  c.error('E0303', `${fn} takes a list of tensors first, ${e.kind === 'list' ? 'but the list is empty' : 'written in brackets'}`, e.span, { hint: `e.g. ${fn}([a, b], axis=-1)` });
  return undefined;
}

/** `Layer(cfg)(inputs)` for a built-in layer at `layerPath`: binds the configuration, counts the inputs, infers the shape. */
export function applyBuiltin(c: Checker, kind: LayerKind, cfg: Arg[], cfgSpan: Span, expr: Call, scope: Scope, name: string, root: boolean, layerPath: string, frozen = false): number | undefined {
  const rule = layers[kind];
  const bound = bindArgs(kind, rule.args, cfg, cfgSpan, argContext(c, scope, name));
  const inputs = tensorArgs(c, expr.args, scope, name, kind);
  if (!bound.ok || !inputs) return undefined;
  if (inputs.length < rule.inputs.min || inputs.length > rule.inputs.max) {
    c.error('E0405', `${kind} takes ${countWord(rule.inputs.min, rule.inputs.max)}, but ${inputs.length} ${inputs.length === 1 ? 'was' : 'were'} given`, expr.span, { hint: `its input: ${rule.inputs.doc}` });
    return undefined;
  }
  const inferred = rule.infer(layerContext(c, kind, expr.span, bound.spans), bound.values, inputs);
  if (!inferred) return undefined;
  const freeze = frozen || c.frozen > 0;
  const params = inferred.params.map((p) => ({ path: `${layerPath}.${p.name}`, shape: p.shape, init: p.init, ...(freeze ? { frozen: true as const } : {}) }));
  const variables = (inferred.variables ?? []).map((v) => ({ path: `${layerPath}.${v.name}`, shape: v.shape, value: v.value }));
  return c.addNode({ kind: 'layer', layer: kind, path: layerPath, args: bound.values, params, variables, inputs: inputs.map((i) => i.id), type: inferred.type, span: expr.span, name: root ? scope.prefix + name : layerPath, ...(freeze ? { frozen: true as const } : {}) });
}
