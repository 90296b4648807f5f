// Tensor expressions -> graph nodes: names, negation, arithmetic and comparisons with numpy broadcasting, `@`, and the forms of a call.
import type { BinaryOp, ComparisonOp, Expr, Span } from '../../grammar/ast.js';
import type { Note } from '../../core/diagnostic.js';
import { didYouMean } from '../../core/suggest.js';
import { applyLayer, repeat } from './blocks.js';
import { applyFunction, applyOperator, isTensorExpr, unknownCallee } from './calls.js';
import { broadcast } from './function-shapes.js';
import type { Checker } from './checker.js';
import { constant } from './constants.js';
import { isFunction } from './functions.js';
import { indexTensor } from './indexing.js';
import { isLayer } from './layers.js';
import { f32Problem, i32Problem } from './limits.js';
import { type Scope, tmpName } from './scope.js';
import { type Dim, formatShape, formatType, type Operand } from './types.js';
import { kindWord } from './values.js';

type Elementwise = Exclude<BinaryOp, '@'>;
const comparisons: readonly ComparisonOp[] = ['<', '<=', '>', '>=', '==', '!='];
const opWord: Record<Elementwise, string> = { '+': 'add', '-': 'subtract', '*': 'multiply', '/': 'divide', '%': 'take the remainder of', '<': 'compare', '<=': 'compare', '>': 'compare', '>=': 'compare', '==': 'compare', '!=': 'compare' };
const opName: Record<Elementwise, string> = { '+': 'add', '-': 'sub', '*': 'mul', '/': 'div', '%': 'mod', '<': 'lt', '<=': 'le', '>': 'gt', '>=': 'ge', '==': 'eq', '!=': 'ne' };

/** Evaluates a tensor expression to a node id; `name` is the assignment's name, for naming layers. */
export function tensor(c: Checker, expr: Expr, scope: Scope, name: string, root: boolean): number | undefined {
  switch (expr.kind) {
    case 'missing':
      return undefined;
    case 'name':
      return tensorName(c, expr.name, expr.span, scope);
    case 'number':
    case 'bool':
    case 'string':
    case 'list':
      c.error('E0205', `a tensor is expected here, but this is ${expr.kind === 'list' ? 'a list' : `the ${expr.kind} ${expr.kind === 'string' ? JSON.stringify(expr.value) : String(expr.value)}`}`, expr.span);
      return undefined;
    case 'unary': {
      const x = c.tensor(expr.operand, scope, name);
      if (x === undefined) return undefined;
      return c.addNode({ kind: 'neg', input: x, type: c.node(x).type, span: expr.span, name: tmpName(scope, name, root, 'neg') });
    }
    case 'binary':
      return binary(c, expr, scope, name, root);
    case 'call':
      return call(c, expr, scope, name, root);
    case 'repeat':
      return repeat(c, expr, scope, name);
    case 'index':
      return indexTensor(c, expr, scope, name, root);
  }
}

function tensorName(c: Checker, name: string, span: Span, scope: Scope): number | undefined {
  const t = scope.tensors.get(name);
  if (t) return t.id;
  if (scope.failed.has(name)) return undefined;
  const g = c.globals.get(name);
  const note = (s: Span | undefined): Note[] => (s ? [{ message: `\`${name}\` is defined here`, span: s }] : []);
  if (scope.values.has(name) || g?.kind === 'const') {
    c.error('E0205', `\`${name}\` is a constant, but a tensor is expected here`, span, { notes: note(g?.span) });
    return undefined;
  }
  if (isLayer(name) || g?.kind === 'block') {
    c.error('E0205', `\`${name}\` is a layer, not a tensor`, span, { hint: `construct and apply it: ${name}(...)(x)` });
    return undefined;
  }
  if (isFunction(name)) {
    c.error('E0205', `\`${name}\` is a function, not a tensor`, span, { hint: `call it on a tensor: ${name}(x)` });
    return undefined;
  }
  if (scope.block && (g?.kind === 'tensor' || g?.kind === 'input')) {
    c.error('E0201', `\`${name}\` is defined outside block \`${scope.block.decl.name.name}\`, so the block cannot see it`, span, {
      notes: note(g.span),
      hint: `pass it in: block ${scope.block.decl.name.name}(...)(${[...scope.block.decl.inputs.map((i) => i.name), name].join(', ')})`,
    });
    return undefined;
  }
  if (g?.kind === 'tensor') {
    c.error('E0201', `\`${name}\` is used before it is defined`, span, { notes: note(g.span), hint: 'tensors are computed in order: move this line below the definition' });
    return undefined;
  }
  const candidates = [...scope.tensors.keys(), ...[...c.globals].filter(([, e]) => e.kind !== 'block').map(([n]) => n)];
  c.error('E0201', `unknown name \`${name}\``, span, { hint: didYouMean(name, candidates) });
  return undefined;
}

function binary(c: Checker, expr: Extract<Expr, { kind: 'binary' }>, scope: Scope, name: string, root: boolean): number | undefined {
  const lt = isTensorExpr(c, expr.left, scope);
  const rt = isTensorExpr(c, expr.right, scope);
  if (!lt && !rt) {
    c.error('E0205', 'a tensor is expected here, but this is a constant expression', expr.span);
    return undefined;
  }
  if (expr.op === '@') return applyOperator(c, 'matmul', expr, scope, name, root);
  const op = expr.op;
  const operand = (e: Expr, isTensor: boolean): Operand | undefined => {
    if (isTensor) {
      const id = c.tensor(e, scope, name);
      return id === undefined ? undefined : { tensor: id };
    }
    const v = constant(c, e, scope, false);
    if (!v) return undefined;
    if (v.kind !== 'number') {
      c.error('E0303', `\`${expr.op}\` needs a tensor or a number, but this is ${kindWord(v)}`, e.span);
      return undefined;
    }
    return { scalar: v.value };
  };
  const lhs = operand(expr.left, lt);
  const rhs = operand(expr.right, rt);
  if (!lhs || !rhs) return undefined;
  const tl = 'tensor' in lhs ? c.node(lhs.tensor).type : undefined;
  const tr = 'tensor' in rhs ? c.node(rhs.tensor).type : undefined;
  const sides: [string, Operand, Expr][] = [
    ['left', lhs, expr.left],
    ['right', rhs, expr.right],
  ];
  const notes = (): Note[] => sides.flatMap(([side, o, e]) => ('tensor' in o ? [{ message: `the ${side} operand is ${formatType(c.node(o.tensor).type)}`, span: c.origins.get(o.tensor) ?? e.span }] : []));
  if (tl && tr && tl.dtype !== tr.dtype) {
    c.error('E0403', `\`${expr.op}\` needs operands of one dtype, but got ${tl.dtype} and ${tr.dtype}`, expr.span, { notes: notes() });
    return undefined;
  }
  const dtype = (tl ?? tr)!.dtype;
  const scalar = 'scalar' in lhs ? lhs.scalar : 'scalar' in rhs ? rhs.scalar : undefined;
  if (dtype === 'i32' && scalar !== undefined && !Number.isInteger(scalar)) {
    c.error('E0403', `\`${expr.op}\` of an i32 tensor with the fraction ${scalar}`, expr.span, { notes: notes() });
    return undefined;
  }
  const unfit = scalar === undefined ? undefined : dtype === 'i32' ? i32Problem(scalar) : f32Problem(scalar);
  if (unfit) {
    c.error('E0502', `the scalar of \`${expr.op}\` must fit the ${dtype} tensor it is combined with, but ${unfit}`, expr.span, { notes: notes() });
    return undefined;
  }
  let shape: Dim[];
  if (tl && tr) {
    const b = broadcast(tl.shape, tr.shape);
    if (typeof b === 'number') {
      const left = tl.shape[tl.shape.length - 1 - b];
      const right = tr.shape[tr.shape.length - 1 - b];
      c.error('E0401', `cannot ${opWord[op]} ${formatShape(tl.shape)} and ${formatShape(tr.shape)}: axis ${-1 - b} has size ${left} on the left and ${right} on the right`, expr.span, {
        notes: notes(),
        hint: 'shapes broadcast when, aligned from the right, each pair of sizes is equal or one of them is 1',
      });
      return undefined;
    }
    shape = b;
  } else shape = (tl ?? tr)!.shape;
  // Comparisons give f32 1/0 whatever their operands are, as the IR's do, so a mask multiplies straight into f32 values.
  const result = comparisons.includes(op as ComparisonOp) ? 'f32' : dtype;
  return c.addNode({ kind: 'binary', op, lhs, rhs, type: { dtype: result, shape }, span: expr.span, name: tmpName(scope, name, root, opName[op]) });
}

/** The forms of a call: `Layer(cfg)(inputs)`, `fn(x, ...)`, and the mistakes (a bare layer, a call of a tensor). */
function call(c: Checker, expr: Extract<Expr, { kind: 'call' }>, scope: Scope, name: string, root: boolean): number | undefined {
  const callee = expr.callee;
  if (callee.kind === 'call' && callee.callee.kind === 'name') {
    return applyLayer(c, callee.callee.name, callee.callee.span, callee.args, callee.span, expr, scope, name, root);
  }
  if (callee.kind === 'name') {
    const n = callee.name;
    if (isFunction(n) && !scope.tensors.has(n)) return applyFunction(c, n, expr, scope, name, root);
    if (isLayer(n) || c.globals.get(n)?.kind === 'block') {
      c.error('E0205', `\`${n}(...)\` constructs a layer; apply it to a tensor`, expr.span, { hint: `write ${n}(${expr.args.length ? '...' : ''})(x)` });
      return undefined;
    }
    if (scope.tensors.has(n) || c.globals.get(n)?.kind === 'input' || c.globals.get(n)?.kind === 'tensor') {
      c.error('E0205', `\`${n}\` is a tensor, not a layer or function`, callee.span);
      return undefined;
    }
    unknownCallee(c, n, callee.span);
    return undefined;
  }
  if (callee.kind === 'call' && callee.callee.kind === 'call') {
    c.error('E0205', 'a layer applied to tensors gives a tensor, which cannot be called again', expr.span);
    return undefined;
  }
  if (callee.kind !== 'missing') c.error('E0205', 'only layers and functions can be called', callee.span);
  return undefined;
}
