// Argument binding: positional and named call arguments -> typed, range-checked values, against a declared schema.
import type { Arg, Expr, Span } from '../../grammar/ast.js';
import type { DiagnosticBag } from '../../core/diagnostic.js';
import { didYouMean } from '../../core/suggest.js';
import type { ArgValue, Initializer, InitializerKind, LayerConfig, LayerKind, ResolvedArgs, Schedule } from './types.js';
import { type ConstValue, describeValue, kindWord } from './values.js';
import { f32Problem } from './limits.js';

/** The type of one argument, with its allowed range. */
export type ArgType =
  | { t: 'int'; min?: number; max?: number }
  | { t: 'number'; min?: number; max?: number; minOpen?: boolean; maxOpen?: boolean }
  | { t: 'bool' }
  | { t: 'string' }
  | { t: 'choice'; options: readonly string[] }
  /** A list of option names (or one name), each from `options`. */
  | { t: 'choices'; options: readonly string[] }
  /** An integer or a list of `length` integers (kernel sizes, strides). */
  | { t: 'ints'; length: number; min: number }
  /** A list of sizes, one of which may be -1 (inferred). */
  | { t: 'shape' }
  /** A list of numbers of any length, each at least `min` (class weights). */
  | { t: 'numbers'; min: number }
  /** A list of integers of any sign and length (a permutation, slice bounds); the function's rule judges it. */
  | { t: 'intlist' }
  | { t: 'initializer' }
  | { t: 'schedule' }
  /** A tensor expression; its value is the graph node id. */
  | { t: 'tensor' }
  /** A layer configured but not applied, of one of `kinds`: `LSTM(8)` in `Bidirectional(LSTM(8))`. */
  | { t: 'layer'; kinds: readonly LayerKind[] };

/** One declared argument: name, type, default (absent = required) and a short description for docs. */
export interface ArgSpec {
  name: string;
  type: ArgType;
  default?: ArgValue;
  doc: string;
  /** Keras' name for it where mdlc's differs (`strides` for `stride`), so that name gets a hint instead of a list. */
  keras?: string;
}

/** What binding needs from the checker: evaluation of constant and tensor expressions. */
export interface ArgContext {
  bag: Pick<DiagnosticBag, 'error'>;
  /** Evaluates a compile-time expression; with `symbols`, an unbound bare name is an option name such as `relu`. */
  value(expr: Expr, symbols: boolean): ConstValue | undefined;
  /** Evaluates a tensor expression to a node id, reporting its own errors. */
  tensor(expr: Expr): number | undefined;
  /** Binds a layer's configuration `Kind(args)` written as an argument, reporting its own errors (calls.ts gives it). */
  layer?(expr: Expr, kinds: readonly LayerKind[], what: string): LayerConfig | undefined;
}

/** Bound arguments, the span each came from, and whether all of them were valid. */
export interface Bound {
  values: ResolvedArgs;
  spans: Record<string, Span>;
  ok: boolean;
}

const initializerArgs: Record<InitializerKind, ArgSpec[]> = {
  zeros: [],
  ones: [],
  constant: [{ name: 'value', type: { t: 'number' }, doc: 'the fill value' }],
  normal: [
    { name: 'mean', type: { t: 'number' }, default: 0, doc: 'mean' },
    { name: 'stddev', type: { t: 'number', min: 0, minOpen: true }, default: 0.05, doc: 'standard deviation' },
  ],
  truncated_normal: [
    { name: 'mean', type: { t: 'number' }, default: 0, doc: 'mean' },
    { name: 'stddev', type: { t: 'number', min: 0, minOpen: true }, default: 0.05, doc: 'standard deviation (samples beyond 2 stddev are redrawn)' },
  ],
  uniform: [
    { name: 'min', type: { t: 'number' }, default: -0.05, doc: 'lower bound' },
    { name: 'max', type: { t: 'number' }, default: 0.05, doc: 'upper bound' },
  ],
  glorot_uniform: [],
  glorot_normal: [],
  he_uniform: [],
  he_normal: [],
  lecun_normal: [],
  orthogonal: [{ name: 'gain', type: { t: 'number' }, default: 1, doc: 'multiplies the orthogonal matrix' }],
  unit_forget_bias: [],
};
const initializerAliases: Record<string, InitializerKind> = {
  xavier_uniform: 'glorot_uniform',
  xavier_normal: 'glorot_normal',
  kaiming_uniform: 'he_uniform',
  kaiming_normal: 'he_normal',
  random_normal: 'normal',
  random_uniform: 'uniform',
};
/** Every initializer name users may write (kinds and aliases). */
export const initializerNames = [...Object.keys(initializerArgs), ...Object.keys(initializerAliases)];
/** The argument schema of each initializer, for docs. */
export const initializerSchemas = initializerArgs;

const scheduleArgs: Record<Schedule['kind'], ArgSpec[]> = {
  constant: [{ name: 'lr', type: { t: 'number', min: 0, minOpen: true }, doc: 'the learning rate' }],
  step: [
    { name: 'lr', type: { t: 'number', min: 0, minOpen: true }, doc: 'initial learning rate' },
    { name: 'every', type: { t: 'int', min: 1 }, doc: 'steps between decays' },
    { name: 'factor', type: { t: 'number', min: 0, max: 1, minOpen: true }, default: 0.1, doc: 'multiplier applied every `every` steps' },
  ],
  cosine: [
    { name: 'lr', type: { t: 'number', min: 0, minOpen: true }, doc: 'initial learning rate' },
    { name: 'steps', type: { t: 'int', min: 1 }, doc: 'steps over which it decays' },
    { name: 'min_lr', type: { t: 'number', min: 0 }, default: 0, doc: 'final learning rate' },
  ],
  exponential: [
    { name: 'lr', type: { t: 'number', min: 0, minOpen: true }, doc: 'initial learning rate' },
    { name: 'steps', type: { t: 'int', min: 1 }, doc: 'steps over which the rate multiplies the learning rate once (Keras\' decay_steps)' },
    { name: 'rate', type: { t: 'number', min: 0, minOpen: true }, doc: 'the factor per `steps` steps (Keras\' decay_rate)' },
    { name: 'staircase', type: { t: 'bool' }, default: false, doc: 'decay in whole steps of `steps` rather than smoothly' },
  ],
  linear: [
    { name: 'lr', type: { t: 'number', min: 0, minOpen: true }, doc: 'initial learning rate' },
    { name: 'steps', type: { t: 'int', min: 1 }, doc: 'steps over which it falls in a straight line (Keras\' decay_steps)' },
    { name: 'end_lr', type: { t: 'number', min: 0 }, default: 0.0001, doc: 'the learning rate from `steps` on (Keras\' end_learning_rate)' },
  ],
  warmup: [
    { name: 'after', type: { t: 'schedule' }, doc: 'the schedule (or learning rate) reached after warm-up' },
    { name: 'steps', type: { t: 'int', min: 1 }, doc: 'warm-up steps, rising linearly from 0' },
  ],
};
/** The argument schema of each learning-rate schedule, for docs. */
export const scheduleSchemas = scheduleArgs;

function rangeText(t: { min?: number; max?: number; minOpen?: boolean; maxOpen?: boolean }): string {
  const lo = t.min === undefined ? '' : `${t.minOpen ? '>' : '>='} ${t.min}`;
  const hi = t.max === undefined ? '' : `${t.maxOpen ? '<' : '<='} ${t.max}`;
  return [lo, hi].filter(Boolean).join(' and ');
}

function inRange(v: number, t: { min?: number; max?: number; minOpen?: boolean; maxOpen?: boolean }): boolean {
  if (t.min !== undefined && (t.minOpen ? v <= t.min : v < t.min)) return false;
  if (t.max !== undefined && (t.maxOpen ? v >= t.max : v > t.max)) return false;
  return true;
}

/** Binds call arguments to a schema; reports unknown, repeated, missing, mistyped and out-of-range arguments. */
export function bindArgs(what: string, specs: readonly ArgSpec[], args: Arg[], callSpan: Span, ctx: ArgContext): Bound {
  const values: ResolvedArgs = {};
  const spans: Record<string, Span> = {};
  const given = new Map<string, Arg>();
  let ok = true;
  let positional = 0;
  for (const arg of args) {
    let spec: ArgSpec | undefined;
    if (arg.name) {
      spec = specs.find((s) => s.name === arg.name!.name);
      if (!spec) {
        const kerasName = specs.find((s) => s.keras === arg.name!.name);
        ctx.bag.error('E0301', `${what} has no argument named \`${arg.name.name}\``, arg.name.span, {
          hint: kerasName ? `Keras' \`${kerasName.keras}\` is called \`${kerasName.name}\` here` : didYouMean(arg.name.name, specs.map((s) => s.name)) ?? (specs.length ? `its arguments are: ${specs.map((s) => s.name).join(', ')}` : `${what} takes no arguments`),
        });
        ok = false;
        continue;
      }
    } else {
      spec = specs[positional++];
      if (!spec) {
        ctx.bag.error('E0305', `${what} takes at most ${specs.length} argument${specs.length === 1 ? '' : 's'}, but more were given`, arg.span, {
          hint: specs.length ? `its arguments are: ${specs.map((s) => s.name).join(', ')}` : undefined,
        });
        ok = false;
        continue;
      }
    }
    const prev = given.get(spec.name);
    if (prev) {
      ctx.bag.error('E0305', `argument \`${spec.name}\` of ${what} is given twice`, arg.span, { notes: [{ message: 'first given here', span: prev.span }] });
      ok = false;
      continue;
    }
    given.set(spec.name, arg);
    const v = convert(what, spec, arg.value, ctx);
    if (v === undefined) ok = false;
    else {
      values[spec.name] = v;
      spans[spec.name] = arg.value.span;
    }
  }
  for (const spec of specs) {
    if (given.has(spec.name)) continue;
    if (spec.default === undefined) {
      ctx.bag.error('E0302', `${what} needs the argument \`${spec.name}\` (${spec.doc})`, callSpan, { hint: `e.g. ${what}(${spec.name}=...)` });
      ok = false;
    } else values[spec.name] = spec.default;
  }
  return { values, spans, ok };
}

function convert(what: string, spec: ArgSpec, expr: Expr, ctx: ArgContext): ArgValue | undefined {
  const t = spec.type;
  const bad = (expected: string, v: ConstValue) => {
    ctx.bag.error('E0303', `\`${spec.name}\` of ${what} must be ${expected}, but this is ${kindWord(v)}`, expr.span);
    return undefined;
  };
  const outOfRange = (v: number, range: string) => {
    ctx.bag.error('E0304', `\`${spec.name}\` of ${what} must be ${range}, but it is ${v}`, expr.span);
    return undefined;
  };
  if (t.t === 'tensor') return ctx.tensor(expr);
  if (t.t === 'layer') {
    if (ctx.layer) return ctx.layer(expr, t.kinds, `\`${spec.name}\` of ${what}`);
    ctx.bag.error('E0303', `\`${spec.name}\` of ${what} must be a layer such as ${t.kinds[0]}(8), which cannot be written here`, expr.span);
    return undefined;
  }
  if (t.t === 'initializer') return initializer(what, spec, expr, ctx);
  if (t.t === 'schedule') return schedule(what, spec, expr, ctx);
  const v = ctx.value(expr, t.t === 'choice' || t.t === 'choices');
  if (v === undefined) return undefined;
  switch (t.t) {
    case 'int':
      if (v.kind !== 'number' || !v.isInt) return bad('an integer', v);
      return inRange(v.value, t) ? v.value : outOfRange(v.value, rangeText(t));
    case 'number':
      if (v.kind !== 'number') return bad('a number', v);
      if (!inRange(v.value, t)) return outOfRange(v.value, rangeText(t));
      return notF32(`\`${spec.name}\` of ${what}`, v.value, expr.span, ctx) ? undefined : v.value;
    case 'bool':
      if (v.kind !== 'bool') return bad('true or false', v);
      return v.value;
    case 'string':
      if (v.kind !== 'string') return bad('a string', v);
      return v.value;
    case 'choice': {
      const name = v.kind === 'symbol' || v.kind === 'string' ? (v.kind === 'symbol' ? v.name : v.value) : undefined;
      if (name === undefined) return bad(`one of ${t.options.join(', ')}`, v);
      if (!t.options.includes(name)) {
        ctx.bag.error('E0304', `\`${spec.name}\` of ${what} must be one of ${t.options.join(', ')}, not \`${name}\``, expr.span, { hint: didYouMean(name, t.options) });
        return undefined;
      }
      return name;
    }
    case 'choices': {
      const items = v.kind === 'list' ? v.items : [v];
      const names = items.map((i) => (i.kind === 'symbol' ? i.name : i.kind === 'string' ? i.value : undefined));
      if (names.some((n) => n === undefined)) return bad(`a list of names from ${t.options.join(', ')}`, v);
      const unknown = (names as string[]).find((n) => !t.options.includes(n));
      if (unknown !== undefined) {
        ctx.bag.error('E0304', `\`${spec.name}\` of ${what} takes names from ${t.options.join(', ')}, not \`${unknown}\``, expr.span, { hint: didYouMean(unknown, t.options) });
        return undefined;
      }
      return names as string[];
    }
    case 'ints': {
      const items = v.kind === 'list' ? v.items : [v];
      if (items.some((i) => i.kind !== 'number' || !i.isInt) || (v.kind === 'list' && items.length !== t.length)) {
        return bad(`an integer or a list of ${t.length} integers`, v);
      }
      const nums = items.map((i) => (i as { value: number }).value);
      const low = nums.find((n) => n < t.min);
      if (low !== undefined) return outOfRange(low, `>= ${t.min}`);
      return v.kind === 'list' ? nums : new Array<number>(t.length).fill(nums[0]);
    }
    case 'shape': {
      if (v.kind !== 'list' || v.items.some((i) => i.kind !== 'number' || !i.isInt)) return bad('a list of integer sizes such as [28, 28, 1]', v);
      const nums = v.items.map((i) => (i as { value: number }).value);
      if (nums.some((n) => n === 0 || n < -1) || nums.filter((n) => n === -1).length > 1) {
        ctx.bag.error('E0304', `\`${spec.name}\` of ${what} must hold positive sizes and at most one -1, but it is ${describeValue(v)}`, expr.span);
        return undefined;
      }
      return nums;
    }
    case 'numbers': {
      if (v.kind !== 'list' || v.items.some((i) => i.kind !== 'number')) return bad('a list of numbers such as [1, 5]', v);
      const nums = v.items.map((i) => (i as { value: number }).value);
      const low = nums.find((n) => n < t.min);
      return low === undefined ? nums : outOfRange(low, `>= ${t.min}`);
    }
    case 'intlist':
      if (v.kind !== 'list' || v.items.some((i) => i.kind !== 'number' || !i.isInt)) return bad('a list of integers such as [0, 2, 1]', v);
      return v.items.map((i) => (i as { value: number }).value);
  }
}

/** Reports a number the kernels would compute with as f32 (hyperparameters, fill values) that f32 cannot hold. */
function notF32(what: string, v: number, span: Span, ctx: ArgContext): boolean {
  const problem = f32Problem(v);
  if (problem) ctx.bag.error('E0502', `${what} must fit in f32, but ${problem}`, span, { hint: 'kernels compute in f32: use a number between about 1e-38 and 3e38 in magnitude' });
  return problem !== undefined;
}

/** Splits `name` or `name(args)` into the name and its arguments. */
function nameAndArgs(expr: Expr): { name: string; span: Span; args: Arg[] } | undefined {
  if (expr.kind === 'name') return { name: expr.name, span: expr.span, args: [] };
  if (expr.kind === 'call' && expr.callee.kind === 'name') return { name: expr.callee.name, span: expr.callee.span, args: expr.args };
  return undefined;
}

function initializer(what: string, spec: ArgSpec, expr: Expr, ctx: ArgContext): Initializer | undefined {
  const na = nameAndArgs(expr);
  if (!na) {
    ctx.bag.error('E0303', `\`${spec.name}\` of ${what} must be an initializer such as glorot_uniform or normal(stddev=0.02)`, expr.span);
    return undefined;
  }
  const kind = (Object.hasOwn(initializerAliases, na.name) ? initializerAliases[na.name] : na.name) as InitializerKind;
  const schema = Object.hasOwn(initializerArgs, kind) ? initializerArgs[kind] : undefined;
  if (!schema) {
    ctx.bag.error('E0202', `unknown initializer \`${na.name}\``, na.span, { hint: didYouMean(na.name, initializerNames) ?? `initializers: ${initializerNames.join(', ')}` });
    return undefined;
  }
  const bound = bindArgs(`initializer ${na.name}`, schema, na.args, expr.span, ctx);
  if (!bound.ok) return undefined;
  if (kind === 'uniform' && (bound.values.min as number) >= (bound.values.max as number)) {
    ctx.bag.error('E0306', `uniform initializer needs min < max, but min is ${bound.values.min} and max is ${bound.values.max}`, expr.span);
    return undefined;
  }
  return { kind, args: bound.values as Record<string, number> };
}

function schedule(what: string, spec: ArgSpec, expr: Expr, ctx: ArgContext): Schedule | undefined {
  const na = nameAndArgs(expr);
  if (!na || (expr.kind === 'name' && !Object.hasOwn(scheduleArgs, na.name))) {
    const v = ctx.value(expr, false);
    if (v === undefined) return undefined;
    if (v.kind !== 'number') {
      ctx.bag.error('E0303', `\`${spec.name}\` of ${what} must be a learning rate or a schedule such as cosine(1e-3, steps=1000), but this is ${kindWord(v)}`, expr.span);
      return undefined;
    }
    if (v.value <= 0) {
      ctx.bag.error('E0304', `\`${spec.name}\` of ${what} must be > 0, but it is ${v.value}`, expr.span);
      return undefined;
    }
    if (notF32(`\`${spec.name}\` of ${what}`, v.value, expr.span, ctx)) return undefined;
    return { kind: 'constant', lr: v.value };
  }
  const kind = na.name as Schedule['kind'];
  const schema = Object.hasOwn(scheduleArgs, kind) ? scheduleArgs[kind] : undefined;
  if (!schema) {
    ctx.bag.error('E0202', `unknown learning-rate schedule \`${na.name}\``, na.span, { hint: didYouMean(na.name, Object.keys(scheduleArgs)) ?? `schedules: ${Object.keys(scheduleArgs).join(', ')}` });
    return undefined;
  }
  const bound = bindArgs(`schedule ${na.name}`, schema, na.args, expr.span, ctx);
  if (!bound.ok) return undefined;
  return { kind, ...bound.values } as Schedule;
}
