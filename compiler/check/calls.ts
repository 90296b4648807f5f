// Applications of built-ins -> graph nodes: a layer applied to tensors, `Dense(8)(x)`, and a function called on one, `relu(x)`.
import type { Arg, Expr, Span } from '../../grammar/ast.js';
import { closest } from '../../core/suggest.js';
import { type ArgContext, bindArgs } from './args.js';
import type { Checker } from './checker.js';
import { constant } from './constants.js';
import { functions } from './functions.js';
import { type LayerContext, type LayerInput, layerAliases, layers } from './layers.js';
import { type Scope, tmpName } from './scope.js';
import { losses, metrics, optimizers } from './training.js';
import type { LayerKind } from './types.js';

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
  };
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

/** `fn(x, args)`: the tensor first, then the function's arguments. */
export function applyFunction(c: Checker, fn: keyof typeof functions, expr: Call, scope: Scope, name: string, root: boolean): number | undefined {
  const rule = functions[fn];
  const [first, ...rest] = expr.args;
  if (!first || first.name) {
    c.error('E0302', `${fn} needs a tensor as its first argument`, expr.span, { hint: `e.g. ${fn}(x${rule.args.length ? ', ...' : ''})` });
    return undefined;
  }
  const x = c.tensor(first.value, scope, name);
  const bound = bindArgs(fn, rule.args, rest, expr.span, argContext(c, scope, name));
  if (x === undefined || !bound.ok) return undefined;
  const type = rule.infer(layerContext(c, fn, expr.span, bound.spans), bound.values, c.input(x, first.value));
  if (!type) return undefined;
  return c.addNode({ kind: 'function', fn, args: bound.values, input: x, type, span: expr.span, name: tmpName(scope, name, root, fn) });
}

/** `Layer(cfg)(inputs)` for a built-in layer at `layerPath`: binds the configuration, counts the inputs, infers the shape. */
export function applyBuiltin(c: Checker, kind: LayerKind, cfg: Arg[], cfgSpan: Span, expr: Call, scope: Scope, name: string, root: boolean, layerPath: string): number | undefined {
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
  const params = inferred.params.map((p) => ({ path: `${layerPath}.${p.name}`, shape: p.shape, init: p.init }));
  const variables = (inferred.variables ?? []).map((v) => ({ path: `${layerPath}.${v.name}`, shape: v.shape, value: v.value }));
  return c.addNode({ kind: 'layer', layer: kind, path: layerPath, args: bound.values, params, variables, inputs: inputs.map((i) => i.id), type: inferred.type, span: expr.span, name: root ? scope.prefix + name : layerPath });
}
