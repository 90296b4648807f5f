// Compile-time expressions -> values: constants, block parameters, option names, repeat counts and `--set` overrides.
import type { Expr, Span } from '../../grammar/ast.js';
import { didYouMean } from '../../core/suggest.js';
import { batchDim, type Checker } from './checker.js';
import type { GlobalEntry, Scope } from './scope.js';
import { type ConstValue, kindWord } from './values.js';
import { f32Problem, intProblem } from './limits.js';

/** Evaluates a compile-time expression in a scope; with `symbols`, unknown bare names are option names. */
export function constant(c: Checker, expr: Expr, scope: Scope, symbols: boolean): ConstValue | undefined {
  switch (expr.kind) {
    case 'number':
      return exact(c, { kind: 'number', value: expr.value, isInt: expr.isInt }, expr.span);
    case 'bool':
      return { kind: 'bool', value: expr.value };
    case 'string':
      return { kind: 'string', value: expr.value };
    case 'missing':
      return undefined;
    case 'list': {
      const items = expr.items.map((i) => constant(c, i, scope, symbols));
      return items.every((i) => i !== undefined) ? { kind: 'list', items: items as ConstValue[] } : undefined;
    }
    case 'name':
      return constantName(c, expr.name, expr.span, scope, symbols);
    case 'unary': {
      const v = constant(c, expr.operand, scope, false);
      if (!v) return undefined;
      if (v.kind !== 'number') return constError(c, `cannot negate ${kindWord(v)}`, expr.span);
      return { kind: 'number', value: -v.value, isInt: v.isInt };
    }
    case 'binary': {
      const a = constant(c, expr.left, scope, false);
      const b = constant(c, expr.right, scope, false);
      if (!a || !b) return undefined;
      if (a.kind !== 'number' || b.kind !== 'number') return constError(c, `\`${expr.op}\` needs numbers, but got ${kindWord(a.kind !== 'number' ? a : b)}`, expr.span);
      const ints = a.isInt && b.isInt;
      switch (expr.op) {
        case '+':
          return exact(c, { kind: 'number', value: a.value + b.value, isInt: ints }, expr.span);
        case '-':
          return exact(c, { kind: 'number', value: a.value - b.value, isInt: ints }, expr.span);
        case '*':
          return exact(c, { kind: 'number', value: a.value * b.value, isInt: ints }, expr.span);
        case '/': {
          if (b.value === 0) return constError(c, 'division by zero', expr.span);
          const q = a.value / b.value;
          return exact(c, { kind: 'number', value: q, isInt: ints && Number.isInteger(q) }, expr.span);
        }
        case '%':
          if (b.value === 0) return constError(c, 'remainder of division by zero', expr.span);
          return { kind: 'number', value: a.value % b.value, isInt: ints };
        case '@':
          return constError(c, '`@` multiplies matrices, but these are numbers', expr.span);
        case '<':
          return { kind: 'bool', value: a.value < b.value };
        case '<=':
          return { kind: 'bool', value: a.value <= b.value };
        case '>':
          return { kind: 'bool', value: a.value > b.value };
        case '>=':
          return { kind: 'bool', value: a.value >= b.value };
        case '==':
          return { kind: 'bool', value: a.value === b.value };
        case '!=':
          return { kind: 'bool', value: a.value !== b.value };
      }
    }
    case 'call':
    case 'repeat':
      c.error('E0205', 'a constant is expected here, but this is a layer or function call', expr.span);
      return undefined;
    case 'index':
      c.error('E0205', 'a constant is expected here, but this indexes a tensor (constants cannot be indexed)', expr.span);
      return undefined;
  }
}

/**
 * A number as compile-time arithmetic computes it (float64): integers must stay exact and every value finite, else
 * the result would silently differ from what the spec says. Whether it fits f32 or i32 is checked where it is used.
 */
function exact(c: Checker, v: Extract<ConstValue, { kind: 'number' }>, span: Span): ConstValue | undefined {
  const problem = !Number.isFinite(v.value) ? 'this number is too large: it overflows to infinity' : v.isInt ? intProblem(v.value) : undefined;
  if (!problem) return v;
  c.error('E0502', problem.startsWith('this') ? problem : `this integer cannot be computed exactly: ${problem}`, span, { hint: 'use a smaller number' });
  return undefined;
}

function constError(c: Checker, message: string, span: Span): undefined {
  c.error('E0501', message, span);
  return undefined;
}

function constantName(c: Checker, name: string, span: Span, scope: Scope, symbols: boolean): ConstValue | undefined {
  const param = scope.values.get(name);
  if (param) return param;
  const g = c.globals.get(name);
  if (g?.kind === 'const') return constValue(c, name, g);
  if (scope.tensors.has(name) || g?.kind === 'input' || g?.kind === 'tensor') {
    c.error('E0205', `\`${name}\` is a tensor, but a constant is expected here`, span, { notes: [{ message: `\`${name}\` is defined here`, span: (scope.tensors.get(name)?.span ?? g?.span) as Span }] });
    return undefined;
  }
  if (g?.kind === 'dim' || name === batchDim) {
    c.error('E0205', `\`${name}\` is a symbolic dimension; it has no value until data arrives`, span, { hint: 'use a const for sizes that weights depend on' });
    return undefined;
  }
  if (symbols) return { kind: 'symbol', name };
  const known = [...scope.values.keys(), ...[...c.globals].filter(([, e]) => e.kind === 'const').map(([n]) => n)];
  c.error('E0201', `unknown name \`${name}\``, span, { hint: didYouMean(name, known) });
  return undefined;
}

/** The value of a top-level constant, evaluated once (an override wins); a constant defined through itself is an error. */
export function constValue(c: Checker, name: string, g: Extract<GlobalEntry, { kind: 'const' }>): ConstValue | undefined {
  if (g.override) return g.override;
  if (g.state === 'done') return g.value;
  if (g.state === 'busy') {
    c.error('E0501', `constant \`${name}\` is defined in terms of itself`, g.span);
    g.state = 'done';
    return undefined;
  }
  g.state = 'busy';
  const v = g.decl ? constant(c, g.decl.value, c.top, false) : undefined;
  if (g.state === 'busy') {
    g.state = 'done';
    g.value = v;
  }
  return g.value;
}

/** A compile-time positive integer (repeat counts), or undefined after an error. */
export function positiveInt(c: Checker, expr: Expr, scope: Scope, what: string, max = Infinity): number | undefined {
  const v = constant(c, expr, scope, false);
  if (!v) return undefined;
  if (v.kind !== 'number' || !v.isInt) {
    c.error('E0303', `${what} must be an integer, but this is ${kindWord(v)}`, expr.span);
    return undefined;
  }
  if (v.value < 1 || v.value > max) {
    c.error('E0304', `${what} must be ${v.value < 1 ? 'at least 1' : `at most ${max}`}, but it is ${v.value}`, expr.span);
    return undefined;
  }
  return v.value;
}

/** Applies `--set name=value` overrides to the declared constants; a bad name or value is a command-line diagnostic. */
export function applyOverrides(c: Checker, overrides: Record<string, string>): void {
  for (const [name, text] of Object.entries(overrides)) {
    const g = c.globals.get(name);
    if (g?.kind !== 'const') {
      const consts = [...c.globals].filter(([, e]) => e.kind === 'const').map(([n]) => n);
      c.bag.commandLine('E0206', `--set ${name}=${text}: the spec has no constant \`${name}\``, { hint: didYouMean(name, consts) ?? (consts.length ? `its constants: ${consts.join(', ')}` : 'the spec declares no constants') });
      continue;
    }
    const t = text.trim();
    let value: ConstValue | undefined;
    if (/^-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) value = { kind: 'number', value: Number(t), isInt: /^-?\d+$/.test(t) };
    else if (t === 'true' || t === 'false') value = { kind: 'bool', value: t === 'true' };
    if (!value) {
      c.bag.commandLine('E0206', `--set ${name}=${text}: the value must be a number, true or false`, { notes: [{ message: `\`${name}\` is declared here`, span: g.span }] });
      continue;
    }
    const problem = value.kind !== 'number' ? undefined : !Number.isFinite(value.value) ? f32Problem(value.value) : value.isInt ? intProblem(value.value) : undefined;
    if (problem) {
      c.bag.commandLine('E0502', `--set ${name}=${text}: ${problem}`, { notes: [{ message: `\`${name}\` is declared here`, span: g.span }] });
      continue;
    }
    g.override = value;
  }
}
