// AST -> CheckedModel + diagnostics: resolves names, evaluates constants, instantiates blocks, infers every tensor's shape.
import type { Arg, Assign, Expr, Span, Spec } from '../../grammar/ast.js';
import { keywords } from '../../grammar/tokens.js';
import type { Code } from '../../core/codes.js';
import { type Diagnostic, DiagnosticBag, type Note } from '../../core/diagnostic.js';
import { type ArgContext, bindArgs } from './args.js';
import { functions, isFunction } from './functions.js';
import { isLayer, type LayerContext, type LayerInput, layerAliases, layers } from './layers.js';
import { type BlockDecl, type GlobalEntry, newScope, type Scope, snake, uniqueName } from './scope.js';
import { checkTraining } from './training-check.js';
import { losses, metrics, optimizers } from './training.js';
import { closest, didYouMean } from '../../core/suggest.js';
import { type CheckedModel, type Dim, type NamedTensor, formatShape, formatType, type GraphNode, type Operand, type TensorType } from './types.js';
import { type ConstValue, kindWord } from './values.js';

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

/** Largest `repeat(n)`: each copy is a full block of layers with its own weights. */
export const maxRepeat = 1000;

/** Most errors one check reports (more would bury the first, which usually cause the rest). */
export const maxErrors = 200;

/** The built-in symbolic batch dimension. */
export const batchDim = 'batch';

type NodeInit = GraphNode extends infer N ? (N extends GraphNode ? Omit<N, 'id'> : never) : never;

/** The checker: one instance per spec. */
export class Checker {
  readonly bag = new DiagnosticBag();
  readonly globals = new Map<string, GlobalEntry>();
  readonly nodes: GraphNode[] = [];
  readonly top: Scope;
  /** Where each node was defined by name, for "defined here" notes. */
  private readonly origins = new Map<number, Span>();
  /** Blocks currently being instantiated (recursion guard). */
  private readonly active: BlockDecl[] = [];
  /** Notes attached to every diagnostic raised inside a block use. */
  private readonly context: Note[] = [];
  private readonly seen = new Set<string>();
  /** Assignments inside blocks, by span, and whether any instance of them was used. */
  readonly blockAssigns = new Map<string, { assign: Assign; nodes: number[] }>();
  readonly usedBlocks = new Set<string>();
  outputs: { name: string; node: number }[] = [];
  readonly named: NamedTensor[] = [];

  constructor(readonly spec: Spec) {
    this.top = newScope('', undefined, spec.decls.flatMap((d) => (d.kind === 'assign' || d.kind === 'input' || d.kind === 'const' ? [d.name.name] : [])));
  }

  error(code: Code, message: string, span: Span, extra: { notes?: Note[]; hint?: string } = {}): void {
    const key = `${code}:${span.start}:${span.end}:${message}`;
    if (this.seen.has(key) || this.seen.size >= maxErrors) return;
    this.seen.add(key);
    this.bag.error(code, message, span, { notes: [...(extra.notes ?? []), ...this.context], hint: extra.hint });
  }

  addNode(init: NodeInit, origin?: Span): number {
    const id = this.nodes.length;
    this.nodes.push({ ...init, id } as GraphNode);
    this.origins.set(id, origin ?? init.span);
    return id;
  }

  node(id: number): GraphNode {
    return this.nodes[id];
  }

  // ---------------------------------------------------------------- declarations

  /** Registers a top-level name, reporting duplicates. */
  declare(name: string, entry: GlobalEntry): void {
    const prev = this.globals.get(name);
    if (prev) {
      this.error('E0203', `\`${name}\` is already defined`, entry.span, { notes: [{ message: 'first defined here', span: prev.span }], hint: 'every name in a spec must be unique' });
      return;
    }
    if (isLayer(name) || isFunction(name)) {
      this.error('E0203', `\`${name}\` is the name of a built-in ${isLayer(name) ? 'layer' : 'function'}`, entry.span, { hint: `rename the ${entry.kind === 'block' ? 'block' : entry.kind === 'const' ? 'constant' : 'tensor'}` });
      return;
    }
    if (keywords.includes(name)) return;
    this.globals.set(name, entry);
  }

  // ---------------------------------------------------------------- constants

  /** Evaluates a compile-time expression in a scope; with `symbols`, unknown bare names are option names. */
  constant(expr: Expr, scope: Scope, symbols: boolean): ConstValue | undefined {
    switch (expr.kind) {
      case 'number':
        return { kind: 'number', value: expr.value, isInt: expr.isInt };
      case 'bool':
        return { kind: 'bool', value: expr.value };
      case 'string':
        return { kind: 'string', value: expr.value };
      case 'missing':
        return undefined;
      case 'list': {
        const items = expr.items.map((i) => this.constant(i, scope, symbols));
        return items.every((i) => i !== undefined) ? { kind: 'list', items: items as ConstValue[] } : undefined;
      }
      case 'name':
        return this.constantName(expr.name, expr.span, scope, symbols);
      case 'unary': {
        const v = this.constant(expr.operand, scope, false);
        if (!v) return undefined;
        if (v.kind !== 'number') return this.constError(`cannot negate ${kindWord(v)}`, expr.span);
        return { kind: 'number', value: -v.value, isInt: v.isInt };
      }
      case 'binary': {
        const a = this.constant(expr.left, scope, false);
        const b = this.constant(expr.right, scope, false);
        if (!a || !b) return undefined;
        if (a.kind !== 'number' || b.kind !== 'number') return this.constError(`\`${expr.op}\` needs numbers, but got ${kindWord(a.kind !== 'number' ? a : b)}`, expr.span);
        const ints = a.isInt && b.isInt;
        switch (expr.op) {
          case '+':
            return { kind: 'number', value: a.value + b.value, isInt: ints };
          case '-':
            return { kind: 'number', value: a.value - b.value, isInt: ints };
          case '*':
            return { kind: 'number', value: a.value * b.value, isInt: ints };
          case '/': {
            if (b.value === 0) return this.constError('division by zero', expr.span);
            const q = a.value / b.value;
            return { kind: 'number', value: q, isInt: ints && Number.isInteger(q) };
          }
          case '%':
            if (b.value === 0) return this.constError('remainder of division by zero', expr.span);
            return { kind: 'number', value: a.value % b.value, isInt: ints };
        }
        return undefined;
      }
      case 'call':
      case 'repeat':
        this.error('E0205', 'a constant is expected here, but this is a layer or function call', expr.span);
        return undefined;
    }
  }

  private constError(message: string, span: Span): undefined {
    this.error('E0501', message, span);
    return undefined;
  }

  private constantName(name: string, span: Span, scope: Scope, symbols: boolean): ConstValue | undefined {
    const param = scope.values.get(name);
    if (param) return param;
    const g = this.globals.get(name);
    if (g?.kind === 'const') return this.constValue(name, g);
    if (scope.tensors.has(name) || g?.kind === 'input' || g?.kind === 'tensor') {
      this.error('E0205', `\`${name}\` is a tensor, but a constant is expected here`, span, { notes: [{ message: `\`${name}\` is defined here`, span: (scope.tensors.get(name)?.span ?? g?.span) as Span }] });
      return undefined;
    }
    if (g?.kind === 'dim' || name === batchDim) {
      this.error('E0205', `\`${name}\` is a symbolic dimension; it has no value until data arrives`, span, { hint: 'use a const for sizes that weights depend on' });
      return undefined;
    }
    if (symbols) return { kind: 'symbol', name };
    const known = [...scope.values.keys(), ...[...this.globals].filter(([, e]) => e.kind === 'const').map(([n]) => n)];
    this.error('E0201', `unknown name \`${name}\``, span, { hint: didYouMean(name, known) });
    return undefined;
  }

  private constValue(name: string, g: Extract<GlobalEntry, { kind: 'const' }>): ConstValue | undefined {
    if (g.override) return g.override;
    if (g.state === 'done') return g.value;
    if (g.state === 'busy') {
      this.error('E0501', `constant \`${name}\` is defined in terms of itself`, g.span);
      g.state = 'done';
      return undefined;
    }
    g.state = 'busy';
    const v = g.decl ? this.constant(g.decl.value, this.top, false) : undefined;
    if (g.state === 'busy') {
      g.state = 'done';
      g.value = v;
    }
    return g.value;
  }

  /** A compile-time positive integer (repeat counts), or undefined after an error. */
  positiveInt(expr: Expr, scope: Scope, what: string, max = Infinity): number | undefined {
    const v = this.constant(expr, scope, false);
    if (!v) return undefined;
    if (v.kind !== 'number' || !v.isInt) {
      this.error('E0303', `${what} must be an integer, but this is ${kindWord(v)}`, expr.span);
      return undefined;
    }
    if (v.value < 1 || v.value > max) {
      this.error('E0304', `${what} must be ${v.value < 1 ? 'at least 1' : `at most ${max}`}, but it is ${v.value}`, expr.span);
      return undefined;
    }
    return v.value;
  }

  // ---------------------------------------------------------------- tensor types

  /** The type written in an `input` or `target` declaration. */
  tensorType(decl: Extract<Spec['decls'][number], { kind: 'input' }>): TensorType | undefined {
    const dtype = decl.type.dtype.name;
    let ok = true;
    if (dtype !== 'f32' && dtype !== 'i32') {
      this.error('E0403', `unknown dtype \`${dtype}\``, decl.type.dtype.span, { hint: didYouMean(dtype, ['f32', 'i32']) ?? 'dtypes are f32 and i32' });
      ok = false;
    }
    const shape: Dim[] = [];
    decl.type.dims.forEach((d, i) => {
      if (d.kind === 'name' && (d.name === batchDim || this.globals.get(d.name)?.kind === 'dim')) {
        if (i !== 0 && d.name === batchDim) {
          this.error('E0404', '`batch` can only be the first dimension', d.span);
          ok = false;
        }
        shape.push(d.name);
        return;
      }
      const v = this.constant(d, this.top, false);
      if (!v) {
        ok = false;
        return;
      }
      if (v.kind !== 'number' || !v.isInt || v.value < 1) {
        this.error('E0404', `a dimension must be a positive integer, but this is ${kindWord(v)}`, d.span);
        ok = false;
        return;
      }
      shape.push(v.value);
    });
    if (ok && shape[0] !== batchDim) {
      this.error('E0404', `the first dimension of ${decl.role} \`${decl.name.name}\` must be \`batch\``, decl.type.span, {
        hint: `write ${dtype}[batch${shape.length ? ', ' + shape.join(', ') : ''}]: shapes include the batch axis`,
      });
      ok = false;
    }
    return ok ? { dtype: dtype as TensorType['dtype'], shape } : undefined;
  }

  // ---------------------------------------------------------------- tensor expressions

  private input(id: number, expr: Expr): LayerInput {
    const n = this.node(id);
    return { id, type: n.type, span: expr.span, origin: this.origins.get(id) ?? n.span, name: n.name.split('.').pop() ?? n.name };
  }

  /** Whether an expression refers to any tensor (else it is a compile-time scalar). */
  private isTensorExpr(expr: Expr, scope: Scope): boolean {
    switch (expr.kind) {
      case 'name':
        return scope.tensors.has(expr.name) || (!scope.values.has(expr.name) && this.globals.get(expr.name)?.kind !== 'const');
      case 'unary':
        return this.isTensorExpr(expr.operand, scope);
      case 'binary':
        return this.isTensorExpr(expr.left, scope) || this.isTensorExpr(expr.right, scope);
      case 'call':
      case 'repeat':
        return true;
      default:
        return false;
    }
  }

  /** Evaluates a tensor expression to a node id; `name` is the assignment's name, for naming layers. */
  tensor(expr: Expr, scope: Scope, name: string, root = false): number | undefined {
    switch (expr.kind) {
      case 'missing':
        return undefined;
      case 'name':
        return this.tensorName(expr.name, expr.span, scope);
      case 'number':
      case 'bool':
      case 'string':
      case 'list':
        this.error('E0205', `a tensor is expected here, but this is ${expr.kind === 'list' ? 'a list' : `the ${expr.kind} ${expr.kind === 'string' ? JSON.stringify(expr.value) : String(expr.value)}`}`, expr.span);
        return undefined;
      case 'unary': {
        const x = this.tensor(expr.operand, scope, name);
        if (x === undefined) return undefined;
        return this.addNode({ kind: 'neg', input: x, type: this.node(x).type, span: expr.span, name: this.tmpName(scope, name, root, 'neg') });
      }
      case 'binary':
        return this.binary(expr, scope, name, root);
      case 'call':
        return this.call(expr, scope, name, root);
      case 'repeat':
        return this.repeat(expr, scope, name);
    }
  }

  private tmpName(scope: Scope, name: string, root: boolean, what: string): string {
    return root ? scope.prefix + name : uniqueName(scope, `${scope.prefix}${name}.${what}`);
  }

  private tensorName(name: string, span: Span, scope: Scope): number | undefined {
    const t = scope.tensors.get(name);
    if (t) return t.id;
    if (scope.failed.has(name)) return undefined;
    const g = this.globals.get(name);
    const note = (s: Span | undefined): Note[] => (s ? [{ message: `\`${name}\` is defined here`, span: s }] : []);
    if (scope.values.has(name) || g?.kind === 'const') {
      this.error('E0205', `\`${name}\` is a constant, but a tensor is expected here`, span, { notes: note(g?.span) });
      return undefined;
    }
    if (isLayer(name) || g?.kind === 'block') {
      this.error('E0205', `\`${name}\` is a layer, not a tensor`, span, { hint: `construct and apply it: ${name}(...)(x)` });
      return undefined;
    }
    if (isFunction(name)) {
      this.error('E0205', `\`${name}\` is a function, not a tensor`, span, { hint: `call it on a tensor: ${name}(x)` });
      return undefined;
    }
    if (scope.block && (g?.kind === 'tensor' || g?.kind === 'input')) {
      this.error('E0201', `\`${name}\` is defined outside block \`${scope.block.decl.name.name}\`, so the block cannot see it`, span, {
        notes: note(g.span),
        hint: `pass it in: block ${scope.block.decl.name.name}(...)(${[...scope.block.decl.inputs.map((i) => i.name), name].join(', ')})`,
      });
      return undefined;
    }
    if (g?.kind === 'tensor') {
      this.error('E0201', `\`${name}\` is used before it is defined`, span, { notes: note(g.span), hint: 'tensors are computed in order: move this line below the definition' });
      return undefined;
    }
    const candidates = [...scope.tensors.keys(), ...[...this.globals].filter(([, e]) => e.kind !== 'block').map(([n]) => n)];
    this.error('E0201', `unknown name \`${name}\``, span, { hint: didYouMean(name, candidates) });
    return undefined;
  }

  private binary(expr: Extract<Expr, { kind: 'binary' }>, scope: Scope, name: string, root: boolean): number | undefined {
    const lt = this.isTensorExpr(expr.left, scope);
    const rt = this.isTensorExpr(expr.right, scope);
    if (!lt && !rt) {
      this.error('E0205', 'a tensor is expected here, but this is a constant expression', expr.span);
      return undefined;
    }
    const operand = (e: Expr, isTensor: boolean): Operand | undefined => {
      if (isTensor) {
        const id = this.tensor(e, scope, name);
        return id === undefined ? undefined : { tensor: id };
      }
      const v = this.constant(e, scope, false);
      if (!v) return undefined;
      if (v.kind !== 'number') {
        this.error('E0303', `\`${expr.op}\` needs a tensor or a number, but this is ${kindWord(v)}`, e.span);
        return undefined;
      }
      return { scalar: v.value };
    };
    const lhs = operand(expr.left, lt);
    const rhs = operand(expr.right, rt);
    if (!lhs || !rhs) return undefined;
    const tl = 'tensor' in lhs ? this.node(lhs.tensor).type : undefined;
    const tr = 'tensor' in rhs ? this.node(rhs.tensor).type : undefined;
    const notes = (): Note[] =>
      [
        ['left', lhs, expr.left],
        ['right', rhs, expr.right],
      ].flatMap(([side, o, e]) => ('tensor' in (o as Operand) ? [{ message: `the ${side} operand is ${formatType(this.node((o as { tensor: number }).tensor).type)}`, span: this.origins.get((o as { tensor: number }).tensor) ?? (e as Expr).span }] : []));
    if (tl && tr && tl.dtype !== tr.dtype) {
      this.error('E0403', `\`${expr.op}\` needs operands of one dtype, but got ${tl.dtype} and ${tr.dtype}`, expr.span, { notes: notes() });
      return undefined;
    }
    const dtype = (tl ?? tr)!.dtype;
    const scalar = 'scalar' in lhs ? lhs.scalar : 'scalar' in rhs ? rhs.scalar : undefined;
    if (dtype === 'i32' && scalar !== undefined && !Number.isInteger(scalar)) {
      this.error('E0403', `\`${expr.op}\` of an i32 tensor with the fraction ${scalar}`, expr.span, { notes: notes() });
      return undefined;
    }
    let shape: Dim[];
    if (tl && tr) {
      const b = broadcast(tl.shape, tr.shape);
      if (typeof b === 'number') {
        const left = tl.shape[tl.shape.length - 1 - b];
        const right = tr.shape[tr.shape.length - 1 - b];
        this.error('E0401', `cannot ${opWord[expr.op]} ${formatShape(tl.shape)} and ${formatShape(tr.shape)}: axis ${-1 - b} has size ${left} on the left and ${right} on the right`, expr.span, {
          notes: notes(),
          hint: 'shapes broadcast when, aligned from the right, each pair of sizes is equal or one of them is 1',
        });
        return undefined;
      }
      shape = b;
    } else shape = (tl ?? tr)!.shape;
    return this.addNode({ kind: 'binary', op: expr.op, lhs, rhs, type: { dtype, shape }, span: expr.span, name: this.tmpName(scope, name, root, opName[expr.op]) });
  }

  private call(expr: Extract<Expr, { kind: 'call' }>, scope: Scope, name: string, root: boolean): number | undefined {
    const callee = expr.callee;
    if (callee.kind === 'call' && callee.callee.kind === 'name') {
      return this.applyLayer(callee.callee.name, callee.callee.span, callee.args, callee.span, expr, scope, name, root);
    }
    if (callee.kind === 'name') {
      const n = callee.name;
      if (isFunction(n) && !scope.tensors.has(n)) return this.applyFunction(n, expr, scope, name, root);
      if (isLayer(n) || this.globals.get(n)?.kind === 'block') {
        this.error('E0205', `\`${n}(...)\` constructs a layer; apply it to a tensor`, expr.span, { hint: `write ${n}(${expr.args.length ? '...' : ''})(x)` });
        return undefined;
      }
      if (scope.tensors.has(n) || this.globals.get(n)?.kind === 'input' || this.globals.get(n)?.kind === 'tensor') {
        this.error('E0205', `\`${n}\` is a tensor, not a layer or function`, callee.span);
        return undefined;
      }
      this.unknownCallee(n, callee.span);
      return undefined;
    }
    if (callee.kind === 'call' && callee.callee.kind === 'call') {
      this.error('E0205', 'a layer applied to tensors gives a tensor, which cannot be called again', expr.span);
      return undefined;
    }
    if (callee.kind !== 'missing') this.error('E0205', 'only layers and functions can be called', callee.span);
    return undefined;
  }

  private unknownCallee(n: string, span: Span): void {
    const role = Object.hasOwn(losses, n) ? 'a loss' : Object.hasOwn(optimizers, n) ? 'an optimizer' : Object.hasOwn(metrics, n) ? 'a metric' : undefined;
    if (role) {
      this.error('E0202', `\`${n}\` is ${role}, not a layer or function`, span, { hint: `use it on a \`${role === 'a loss' ? 'loss' : role === 'a metric' ? 'metrics' : 'optimizer'}\` line` });
      return;
    }
    const blocks = [...this.globals].filter(([, e]) => e.kind === 'block').map(([k]) => k);
    const candidates = [...Object.keys(layers), ...Object.keys(functions), ...blocks];
    const suggestion = closest(n, candidates);
    this.error('E0202', `unknown layer or function \`${n}\``, span, {
      hint: Object.hasOwn(layerAliases, n) ? `Keras' ${n} is called \`${layerAliases[n]}\` here` : suggestion ? `did you mean \`${suggestion}\`?` : `layers: ${Object.keys(layers).join(', ')}; functions: ${Object.keys(functions).join(', ')}`,
    });
  }

  /** Binds arguments with constant and tensor evaluation in a scope. */
  argContext(scope: Scope, name: string): ArgContext {
    return {
      bag: { error: (code: Code, m: string, s: Span, x?: { notes?: Note[]; hint?: string }) => this.error(code, m, s, x) } as unknown as DiagnosticBag,
      value: (e, symbols) => this.constant(e, scope, symbols),
      tensor: (e) => this.tensor(e, scope, name),
    };
  }

  private layerContext(what: string, span: Span, spans: Record<string, Span>): LayerContext {
    return { what, span, argSpan: (n) => spans[n] ?? span, error: (code, m, s, x) => this.error(code, m, s, x) };
  }

  private tensorArgs(args: Arg[], scope: Scope, name: string, what: string): LayerInput[] | undefined {
    const out: LayerInput[] = [];
    let ok = true;
    for (const a of args) {
      if (a.name) {
        this.error('E0301', `the inputs of ${what} are positional; \`${a.name.name}=\` is not allowed here`, a.name.span, { hint: 'configuration goes in the first parentheses: Layer(config)(inputs)' });
        ok = false;
        continue;
      }
      const id = this.tensor(a.value, scope, name);
      if (id === undefined) ok = false;
      else out.push(this.input(id, a.value));
    }
    return ok ? out : undefined;
  }

  private applyFunction(fn: keyof typeof functions, expr: Extract<Expr, { kind: 'call' }>, scope: Scope, name: string, root: boolean): number | undefined {
    const rule = functions[fn];
    const [first, ...rest] = expr.args;
    if (!first || first.name) {
      this.error('E0302', `${fn} needs a tensor as its first argument`, expr.span, { hint: `e.g. ${fn}(x${rule.args.length ? ', ...' : ''})` });
      return undefined;
    }
    const x = this.tensor(first.value, scope, name);
    const bound = bindArgs(fn, rule.args, rest, expr.span, this.argContext(scope, name));
    if (x === undefined || !bound.ok) return undefined;
    const type = rule.infer(this.layerContext(fn, expr.span, bound.spans), bound.values, this.input(x, first.value));
    if (!type) return undefined;
    return this.addNode({ kind: 'function', fn, args: bound.values, input: x, type, span: expr.span, name: this.tmpName(scope, name, root, fn) });
  }

  private applyLayer(kind: string, kindSpan: Span, cfg: Arg[], cfgSpan: Span, expr: Extract<Expr, { kind: 'call' }>, scope: Scope, name: string, root: boolean, path?: string): number | undefined {
    const block = this.globals.get(kind);
    if (!isLayer(kind) && block?.kind !== 'block') {
      if (isFunction(kind)) {
        this.error('E0205', `\`${kind}\` is a function: call it directly on the tensor`, expr.span, { hint: `write ${kind}(x${cfg.length ? ', ...' : ''})` });
        return undefined;
      }
      this.unknownCallee(kind, kindSpan);
      return undefined;
    }
    const layerPath = path ?? scope.prefix + (root ? name : uniqueName(scope, `${name}_${snake(kind)}`));
    if (block?.kind === 'block') return this.applyBlock(block.decl, cfg, cfgSpan, expr, scope, name, layerPath);
    const k = kind as keyof typeof layers;
    const rule = layers[k];
    const bound = bindArgs(kind, rule.args, cfg, cfgSpan, this.argContext(scope, name));
    const inputs = this.tensorArgs(expr.args, scope, name, kind);
    if (!bound.ok || !inputs) return undefined;
    if (inputs.length < rule.inputs.min || inputs.length > rule.inputs.max) {
      this.error('E0405', `${kind} takes ${countWord(rule.inputs.min, rule.inputs.max)}, but ${inputs.length} ${inputs.length === 1 ? 'was' : 'were'} given`, expr.span, { hint: `its input: ${rule.inputs.doc}` });
      return undefined;
    }
    const inferred = rule.infer(this.layerContext(kind, expr.span, bound.spans), bound.values, inputs);
    if (!inferred) return undefined;
    const params = inferred.params.map((p) => ({ path: `${layerPath}.${p.name}`, shape: p.shape, init: p.init }));
    const variables = (inferred.variables ?? []).map((v) => ({ path: `${layerPath}.${v.name}`, shape: v.shape, value: v.value }));
    return this.addNode({ kind: 'layer', layer: k, path: layerPath, args: bound.values, params, variables, inputs: inputs.map((i) => i.id), type: inferred.type, span: expr.span, name: root ? scope.prefix + name : layerPath });
  }

  private applyBlock(decl: BlockDecl, cfg: Arg[], cfgSpan: Span, expr: Extract<Expr, { kind: 'call' }>, scope: Scope, name: string, path: string): number | undefined {
    const blockName = decl.name.name;
    this.usedBlocks.add(blockName);
    if (this.active.includes(decl)) return undefined; // reported by the recursion check
    const inner = newScope(path + '.', { decl, use: expr.span }, [...decl.body.map((a) => a.name.name), ...decl.inputs.map((i) => i.name), ...decl.params.map((p) => p.name.name)]);
    // Parameters: positional or named, defaults evaluated at top level.
    let ok = true;
    let positional = 0;
    const given = new Set<string>();
    for (const a of cfg) {
      const p = a.name ? decl.params.find((q) => q.name.name === a.name!.name) : decl.params[positional++];
      if (!p) {
        if (a.name) this.error('E0301', `block ${blockName} has no parameter named \`${a.name.name}\``, a.name.span, { hint: didYouMean(a.name.name, decl.params.map((q) => q.name.name)) ?? `its parameters: ${decl.params.map((q) => q.name.name).join(', ') || 'none'}` });
        else this.error('E0305', `block ${blockName} takes ${decl.params.length} parameter${decl.params.length === 1 ? '' : 's'}, but more were given`, a.span);
        ok = false;
        continue;
      }
      if (given.has(p.name.name)) {
        this.error('E0305', `parameter \`${p.name.name}\` of block ${blockName} is given twice`, a.span);
        ok = false;
        continue;
      }
      given.add(p.name.name);
      const v = this.constant(a.value, scope, true);
      if (v) inner.values.set(p.name.name, v);
      else ok = false;
    }
    for (const p of decl.params) {
      if (given.has(p.name.name)) continue;
      if (!p.default) {
        this.error('E0302', `block ${blockName} needs the parameter \`${p.name.name}\``, cfgSpan, { notes: [{ message: 'the parameter is declared here', span: p.span }] });
        ok = false;
        continue;
      }
      const v = this.constant(p.default, this.top, true);
      if (v) inner.values.set(p.name.name, v);
      else ok = false;
    }
    const inputs = this.tensorArgs(expr.args, scope, name, `block ${blockName}`);
    if (!ok || !inputs) return undefined;
    if (inputs.length !== decl.inputs.length) {
      this.error('E0405', `block ${blockName} takes ${countWord(decl.inputs.length, decl.inputs.length)}, but ${inputs.length} ${inputs.length === 1 ? 'was' : 'were'} given`, expr.span, {
        notes: [{ message: 'the block is defined here', span: decl.name.span }],
      });
      return undefined;
    }
    decl.inputs.forEach((id, i) => inner.tensors.set(id.name, { id: inputs[i].id, span: id.span }));
    this.active.push(decl);
    this.context.push({ message: `in this use of block ${blockName}`, span: expr.span });
    try {
      for (const a of decl.body) this.assign(a, inner);
      // `output` is a keyword, so the name of the returned tensor cannot clash with one the user wrote.
      const out = this.tensor(decl.result, inner, 'output', true);
      if (out !== undefined) this.origins.set(out, decl.resultSpan);
      return out;
    } finally {
      this.context.pop();
      this.active.pop();
    }
  }

  private repeat(expr: Extract<Expr, { kind: 'repeat' }>, scope: Scope, name: string): number | undefined {
    const count = this.positiveInt(expr.count, scope, 'the repeat count', maxRepeat);
    const body = expr.body;
    if (body.kind !== 'call' || body.callee.kind !== 'call' || body.callee.callee.kind !== 'name') {
      if (body.kind !== 'missing') this.error('E0205', 'repeat(n) must be followed by a layer application such as Block(args)(x)', body.span);
      return undefined;
    }
    if (count === undefined) return undefined;
    if (body.args.length !== 1) {
      this.error('E0405', `repeat(${count}) needs a layer applied to exactly one tensor, whose output feeds the next copy`, body.span);
      return undefined;
    }
    const layer = body.callee.callee;
    let x = this.tensor(body.args[0].value, scope, name);
    const base = scope.prefix + name;
    for (let i = 0; i < count && x !== undefined; i++) {
      const input = x;
      const chained: Extract<Expr, { kind: 'call' }> = { ...body, args: [{ value: { kind: 'name', name: ' repeat-input', span: body.args[0].value.span }, span: body.args[0].span }] };
      scope.tensors.set(' repeat-input', { id: input, span: body.args[0].value.span });
      x = this.applyLayer(layer.name, layer.span, body.callee.args, body.callee.span, chained, scope, name, false, `${base}[${i}]`);
      scope.tensors.delete(' repeat-input');
      if (x !== undefined && !sameType(this.node(x).type, this.node(input).type)) {
        this.error('E0401', `repeat(${count}) feeds each copy's output to the next, but ${layer.name} turns ${formatType(this.node(input).type)} into ${formatType(this.node(x).type)}`, body.span, {
          hint: 'a repeated layer must keep the shape of its input',
        });
        return undefined;
      }
    }
    if (x !== undefined) this.origins.set(x, expr.span);
    return x;
  }

  // ---------------------------------------------------------------- statements

  /** Checks `name = expr` in a scope and binds the name. */
  assign(a: Assign, scope: Scope): void {
    const n = a.name.name;
    if (scope.block && a.output) this.error('E0205', '`output` can only mark tensors at the top level, not inside a block', a.span);
    if (scope.block) {
      if (scope.tensors.has(n) || scope.values.has(n)) {
        const prev = scope.tensors.get(n)?.span ?? scope.block.decl.params.find((p) => p.name.name === n)?.span;
        this.error('E0203', `\`${n}\` is already defined in block ${scope.block.decl.name.name}`, a.name.span, { notes: prev ? [{ message: 'first defined here', span: prev }] : [] });
        return;
      }
    }
    const id = this.tensor(a.value, scope, n, true);
    if (id === undefined) {
      scope.failed.add(n);
      return;
    }
    this.origins.set(id, a.span);
    scope.tensors.set(n, { id, span: a.name.span });
    this.named.push({ name: scope.prefix + n, node: id, span: a.name.span });
    if (scope.block) {
      const key = `${a.name.span.start}`;
      const entry = this.blockAssigns.get(key) ?? { assign: a, nodes: [] };
      entry.nodes.push(id);
      this.blockAssigns.set(key, entry);
    }
  }

  /** Reports blocks that use themselves, directly or through other blocks; returns their names. */
  checkRecursion(blocks: BlockDecl[]): Set<string> {
    const recursive = new Set<string>();
    const byName = new Map(blocks.map((b) => [b.name.name, b]));
    const uses = new Map<string, { callee: string; span: Span }[]>();
    const collect = (e: Expr, out: { callee: string; span: Span }[]): void => {
      switch (e.kind) {
        case 'name':
          if (byName.has(e.name)) out.push({ callee: e.name, span: e.span });
          return;
        case 'call':
          collect(e.callee, out);
          e.args.forEach((a) => collect(a.value, out));
          return;
        case 'binary':
          collect(e.left, out);
          collect(e.right, out);
          return;
        case 'unary':
          collect(e.operand, out);
          return;
        case 'repeat':
          collect(e.body, out);
          return;
        case 'list':
          e.items.forEach((i) => collect(i, out));
          return;
        default:
          return;
      }
    };
    for (const b of blocks) {
      const out: { callee: string; span: Span }[] = [];
      b.body.forEach((a) => collect(a.value, out));
      collect(b.result, out);
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
          const path = [u.callee, ...cycle.slice(1).map((c) => c.name), ...(u.callee === name ? [] : [name]), u.callee];
          this.error('E0204', `block ${name} uses ${u.callee === name ? 'itself' : `${u.callee}, which uses ${name}`}: blocks cannot be recursive`, u.span, {
            notes: cycle.map((c) => ({ message: `${c.name} is used here`, span: c.span })),
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

  /** Top-level dims, consts, blocks, inputs, tensors; then the training sections. */
  run(options: CheckOptions): CheckResult {
    const spec = this.spec;
    const blocks: BlockDecl[] = [];
    for (const d of spec.decls) {
      if (d.kind === 'const') this.declare(d.name.name, { kind: 'const', span: d.name.span, decl: d, state: 'todo' });
      else if (d.kind === 'dim') this.declare(d.name.name, { kind: 'dim', span: d.name.span });
      else if (d.kind === 'block') {
        this.declare(d.name.name, { kind: 'block', span: d.name.span, decl: d });
        blocks.push(d);
      } else if (d.kind === 'input') this.declare(d.name.name, { kind: 'input', span: d.name.span });
      else if (d.kind === 'assign') this.declare(d.name.name, { kind: 'tensor', span: d.name.span, assign: d });
    }
    if (this.globals.has(batchDim) && this.globals.get(batchDim)?.kind !== 'dim') {
      this.error('E0203', '`batch` is the built-in batch dimension and cannot be redefined', this.globals.get(batchDim)!.span);
    }
    this.applyOverrides(options.overrides ?? {});
    const recursive = this.checkRecursion(blocks);
    for (const b of blocks) if (recursive.has(b.name.name)) this.active.push(b);
    for (const d of spec.decls) {
      if (d.kind !== 'const') continue;
      const g = this.globals.get(d.name.name);
      if (g?.kind === 'const' && g.span === d.name.span) this.constValue(d.name.name, g);
    }
    const inputs: number[] = [];
    const targets: number[] = [];
    for (const d of spec.decls) {
      if (d.kind !== 'input' || this.globals.get(d.name.name)?.span !== d.name.span) continue;
      const type = this.tensorType(d);
      if (!type) continue;
      const id = this.addNode({ kind: 'input', role: d.role, type, span: d.span, name: d.name.name });
      this.top.tensors.set(d.name.name, { id, span: d.name.span });
      this.named.push({ name: d.name.name, node: id, span: d.name.span });
      (d.role === 'input' ? inputs : targets).push(id);
    }
    for (const d of spec.decls) {
      if (d.kind !== 'assign') continue;
      if (this.top.tensors.has(d.name.name)) {
        const prev = this.globals.get(d.name.name);
        if (prev && prev.span !== d.name.span) continue; // duplicate, already reported
      }
      this.assign(d, this.top);
      const bound = this.top.tensors.get(d.name.name);
      if (d.output && bound) this.outputs.push({ name: d.name.name, node: bound.id });
    }
    return checkTraining(this, { inputs, targets, blocks }, options.purpose ?? 'check');
  }

  private applyOverrides(overrides: Record<string, string>): void {
    for (const [name, text] of Object.entries(overrides)) {
      const g = this.globals.get(name);
      if (g?.kind !== 'const') {
        const consts = [...this.globals].filter(([, e]) => e.kind === 'const').map(([n]) => n);
        this.bag.commandLine('E0206', `--set ${name}=${text}: the spec has no constant \`${name}\``, { hint: didYouMean(name, consts) ?? (consts.length ? `its constants: ${consts.join(', ')}` : 'the spec declares no constants') });
        continue;
      }
      const t = text.trim();
      let value: ConstValue | undefined;
      if (/^-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) value = { kind: 'number', value: Number(t), isInt: /^-?\d+$/.test(t) };
      else if (t === 'true' || t === 'false') value = { kind: 'bool', value: t === 'true' };
      if (!value) {
        this.bag.commandLine('E0206', `--set ${name}=${text}: the value must be a number, true or false`, { notes: [{ message: `\`${name}\` is declared here`, span: g.span }] });
        continue;
      }
      g.override = value;
    }
  }
}

const opWord: Record<string, string> = { '+': 'add', '-': 'subtract', '*': 'multiply', '/': 'divide', '%': 'take the remainder of' };
const opName: Record<string, string> = { '+': 'add', '-': 'sub', '*': 'mul', '/': 'div', '%': 'mod' };

function countWord(min: number, max: number): string {
  const n = (k: number) => `${k} input${k === 1 ? '' : 's'}`;
  return min === max ? n(min) : max >= 64 ? `${min} or more inputs` : `${min} to ${max} inputs`;
}

function sameType(a: TensorType, b: TensorType): boolean {
  return a.dtype === b.dtype && a.shape.length === b.shape.length && a.shape.every((d, i) => d === b.shape[i]);
}

/** Numpy-style broadcast of two shapes, or the index (from the right) of the first clashing axis. */
export function broadcast(a: Dim[], b: Dim[]): Dim[] | number {
  const n = Math.max(a.length, b.length);
  const out: Dim[] = [];
  for (let i = 0; i < n; i++) {
    const x = a[a.length - 1 - i] ?? 1;
    const y = b[b.length - 1 - i] ?? 1;
    if (x === y || y === 1) out.unshift(x);
    else if (x === 1) out.unshift(y);
    else return i;
  }
  return out;
}

/** Checks a parsed spec: every name, argument, shape and dtype; returns the graph when there are no errors. */
export function check(spec: Spec, options: CheckOptions = {}): CheckResult {
  const checker = new Checker(spec);
  try {
    return checker.run(options);
  } catch (e) {
    // Deep recursion in the spec itself (thousands of nested blocks or constants) exhausts the stack:
    // that is a limit of mdlc, reported as a diagnostic at the start of the file, not a crash.
    if (!(e instanceof RangeError)) throw e;
    checker.bag.error('E0104', 'this spec nests blocks, constants or expressions too deeply for mdlc to check', { start: 0, end: 0 }, {
      hint: 'flatten long chains of constants or of blocks calling blocks',
    });
    return { diagnostics: checker.bag.items };
  }
}
