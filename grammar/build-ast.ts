// CST -> AST: turns Chevrotain's concrete syntax tree into the typed AST, tolerating the holes error recovery leaves.
import type { CstNode, IToken } from 'chevrotain';
import { operatorTokens } from './tokens.js';
import type { Arg, Assign, BinaryOp, Decl, Expr, Ident, IndexItem, Param, Span, TensorTypeExpr } from './ast.js';

type Children = Record<string, (CstNode | IToken)[] | undefined>;

function kids(node: CstNode): Children {
  return node.children as Children;
}
function nodes(node: CstNode, key: string): CstNode[] {
  return (kids(node)[key] ?? []) as CstNode[];
}
const none: IToken[] = [];

function real(t: IToken): boolean {
  return !t.isInsertedInRecovery && Number.isFinite(t.startOffset);
}

function tokens(node: CstNode, key: string): IToken[] {
  const ts = (kids(node)[key] ?? none) as IToken[];
  return ts.every(real) ? ts : ts.filter(real);
}

/** The first real token under `key`, without allocating. */
function token(node: CstNode, key: string): IToken | undefined {
  const ts = kids(node)[key] as IToken[] | undefined;
  if (!ts) return undefined;
  for (const t of ts) if (real(t)) return t;
  return undefined;
}

function tokenSpan(t: IToken): Span {
  return { start: t.startOffset, end: (t.endOffset ?? t.startOffset) + 1 };
}

/** The span of a CST node, or `fallback` when recovery left it empty. */
function nodeSpan(node: CstNode | undefined, fallback: Span): Span {
  const loc = node?.location;
  if (!loc || !Number.isFinite(loc.startOffset)) return fallback;
  const end = Number.isFinite(loc.endOffset) ? (loc.endOffset as number) + 1 : loc.startOffset + 1;
  return { start: loc.startOffset, end: Math.max(end, loc.startOffset + 1) };
}

function join(a: Span, b: Span): Span {
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}

function ident(t: IToken | undefined): Ident | undefined {
  return t ? { name: t.image, span: tokenSpan(t) } : undefined;
}

function missing(span: Span): Expr {
  return { kind: 'missing', span };
}

// Python's levels: comparisons below `+ -`, `@` with `* / %`.
const precedence: Record<BinaryOp, number> = { '<': 0, '<=': 0, '>': 0, '>=': 0, '==': 0, '!=': 0, '+': 1, '-': 1, '*': 2, '/': 2, '%': 2, '@': 2 };

/** Builds left-associative binary trees over operands and the operators between them, `* / % @` before `+ -` before comparisons, without recursion. */
function climbFrom(operands: Expr[], ops: BinaryOp[]): Expr {
  const values: Expr[] = [operands[0]];
  const pending: BinaryOp[] = [];
  const reduce = () => {
    const op = pending.pop()!;
    const right = values.pop()!;
    const left = values.pop()!;
    values.push({ kind: 'binary', op, left, right, span: join(left.span, right.span) });
  };
  ops.forEach((op, i) => {
    while (pending.length && precedence[pending[pending.length - 1]] >= precedence[op]) reduce();
    pending.push(op);
    values.push(operands[i + 1]);
  });
  while (pending.length) reduce();
  return values[0];
}

/** Longest operator chain accepted in one expression; longer ones would make later recursive passes overflow the stack. */
export const maxChainLength = 1000;

class Builder {
  constructor(
    private readonly textLength: number,
    private readonly tooLong: (span: Span, count: number) => void,
  ) {}

  private get eof(): Span {
    return { start: Math.max(0, this.textLength - 1), end: Math.max(1, this.textLength) };
  }

  decl(cst: CstNode): Decl | undefined {
    const span = nodeSpan(cst, this.eof);
    const [key] = Object.keys(cst.children);
    const inner = nodes(cst, key)[0];
    if (!inner) return undefined;
    const s = nodeSpan(inner, span);
    const id = ident(token(inner, 'Identifier'));
    switch (key) {
      case 'constDecl':
        return id && { kind: 'const', name: id, value: this.exprOf(inner, s), span: s };
      case 'dimDecl':
        return id && { kind: 'dim', name: id, span: s };
      case 'inputDecl': {
        const role = token(inner, 'Target') ? 'target' : 'input';
        const type = this.tensorType(nodes(inner, 'tensorType')[0], s);
        return id && type && { kind: 'input', role, name: id, type, span: s };
      }
      case 'blockDecl':
        return this.block(inner, s, id);
      case 'assign':
        return this.assign(inner);
      case 'lossDecl':
        return { kind: 'loss', call: this.exprOf(inner, s), span: s };
      case 'optimizerDecl':
        return { kind: 'optimizer', call: this.exprOf(inner, s), span: s };
      case 'metricsDecl':
        return { kind: 'metrics', items: nodes(inner, 'postfix').map((p) => this.postfix(p, s)), span: s };
      case 'trainDecl':
        return { kind: 'train', settings: nodes(inner, 'namedArg').map((a) => this.arg(a, s)), span: s };
      default:
        return undefined;
    }
  }

  private tensorType(cst: CstNode | undefined, fallback: Span): TensorTypeExpr | undefined {
    if (!cst) return undefined;
    const span = nodeSpan(cst, fallback);
    const dtype = ident(token(cst, 'Identifier'));
    if (!dtype) return undefined;
    return { dtype, dims: nodes(cst, 'expr').map((e) => this.expr(e, span)), span };
  }

  private block(cst: CstNode, span: Span, name: Ident | undefined): Decl | undefined {
    if (!name) return undefined;
    const ids = tokens(cst, 'Identifier').slice(1);
    const params: Param[] = nodes(cst, 'param').map((p) => {
      const ps = nodeSpan(p, span);
      const pid = ident(token(p, 'Identifier')) ?? { name: '?', span: ps };
      const def = nodes(p, 'expr')[0];
      return { name: pid, default: def ? this.expr(def, ps) : undefined, span: ps };
    });
    const inputs = ids.map((t) => ({ name: t.image, span: tokenSpan(t) }));
    const body = nodes(cst, 'assign').map((a) => this.assign(a)).filter((a): a is Assign => a !== undefined);
    const resultCst = nodes(cst, 'expr')[0];
    const result = resultCst ? this.expr(resultCst, span) : missing(span);
    const ret = token(cst, 'Return');
    const resultSpan = ret ? join(tokenSpan(ret), result.span) : result.span;
    return { kind: 'block', name, params, inputs, body, result, resultSpan, span };
  }

  private assign(cst: CstNode): Assign | undefined {
    const span = nodeSpan(cst, this.eof);
    const id = ident(token(cst, 'Identifier'));
    if (!id) return undefined;
    return { kind: 'assign', output: token(cst, 'Output') !== undefined, name: id, value: this.exprOf(cst, span), span };
  }

  private exprOf(cst: CstNode, fallback: Span): Expr {
    const e = nodes(cst, 'expr')[0];
    return e ? this.expr(e, fallback) : missing(fallback);
  }

  /** Binary operators: `* / % @` bind tighter than `+ -`, which bind tighter than comparisons, all left-associative (precedence climbing over the flat chain). */
  expr(cst: CstNode, fallback: Span): Expr {
    const span = nodeSpan(cst, fallback);
    const operandNodes = nodes(cst, 'operand');
    if (operandNodes.length === 1) return this.operand(operandNodes[0], span);
    if (operandNodes.length === 0) return missing(span);
    if (operandNodes.length > maxChainLength) {
      this.tooLong(span, operandNodes.length - 1);
      return missing(span);
    }
    const operands = operandNodes.map((n) => this.operand(n, span));
    const ops = operatorTokens.flatMap((k) => tokens(cst, k.name)).sort((a, b) => a.startOffset - b.startOffset).map((t) => t.image as BinaryOp);
    // Recovery can leave fewer operators than gaps between operands; missing ones are read as `+`.
    while (ops.length < operands.length - 1) ops.push('+');
    return climbFrom(operands, ops);
  }

  private operand(cst: CstNode, fallback: Span): Expr {
    const span = nodeSpan(cst, fallback);
    const p = nodes(cst, 'postfix')[0];
    let e = p ? this.postfix(p, span) : missing(span);
    const minuses = tokens(cst, 'Minus');
    if (minuses.length > maxChainLength) {
      this.tooLong(span, minuses.length);
      return missing(span);
    }
    for (let i = minuses.length - 1; i >= 0; i--) e = { kind: 'unary', op: '-', operand: e, span: join(tokenSpan(minuses[i]), e.span) };
    return e;
  }

  private postfix(cst: CstNode, fallback: Span): Expr {
    const span = nodeSpan(cst, fallback);
    const prim = nodes(cst, 'primary')[0];
    let e = prim ? this.primary(prim, span) : missing(span);
    // Calls and indexings apply in the order they were written.
    const suffixes = [...nodes(cst, 'args'), ...nodes(cst, 'index')].sort((a, b) => (a.location?.startOffset ?? 0) - (b.location?.startOffset ?? 0));
    for (const a of suffixes) {
      const as = nodeSpan(a, span);
      if (a.name === 'index') e = { kind: 'index', target: e, items: nodes(a, 'indexItem').map((x) => this.indexItem(x, as)), span: join(e.span, as) };
      else e = { kind: 'call', callee: e, args: nodes(a, 'arg').map((x) => this.arg(x, as)), span: join(e.span, as) };
    }
    return e;
  }

  private indexItem(cst: CstNode, fallback: Span): IndexItem {
    const span = nodeSpan(cst, fallback);
    if (token(cst, 'Ellipsis')) return { kind: 'ellipsis', span };
    const start = nodes(cst, 'start')[0];
    const tail = nodes(cst, 'sliceTail')[0];
    if (!tail) return { kind: 'at', index: start ? this.expr(start, span) : missing(span), span };
    const part = (label: string) => {
      const n = nodes(tail, label)[0];
      return n ? this.expr(n, nodeSpan(n, span)) : undefined;
    };
    return { kind: 'slice', start: start ? this.expr(start, span) : undefined, stop: part('stop'), step: part('step'), span };
  }

  private arg(cst: CstNode, fallback: Span): Arg {
    const span = nodeSpan(cst, fallback);
    const nameNode = nodes(cst, 'argName')[0];
    const nameToken = nameNode && (Object.values(nameNode.children).flat() as IToken[]).find((t) => !t.isInsertedInRecovery && Number.isFinite(t.startOffset));
    const name = ident(nameToken);
    return { name, value: this.exprOf(cst, span), span };
  }

  private primary(cst: CstNode, fallback: Span): Expr {
    const span = nodeSpan(cst, fallback);
    const t = (k: string) => token(cst, k);
    let tok: IToken | undefined;
    if ((tok = t('Identifier'))) return { kind: 'name', name: tok.image, span: tokenSpan(tok) };
    if ((tok = t('Number'))) {
      const isInt = /^\d+$/.test(tok.image);
      return { kind: 'number', value: Number(tok.image), isInt, span: tokenSpan(tok) };
    }
    if ((tok = t('String'))) return { kind: 'string', value: tok.image.slice(1, -1), span: tokenSpan(tok) };
    if ((tok = t('UnterminatedString'))) return { kind: 'string', value: tok.image.slice(1), span: tokenSpan(tok) };
    if ((tok = t('True'))) return { kind: 'bool', value: true, span: tokenSpan(tok) };
    if ((tok = t('False'))) return { kind: 'bool', value: false, span: tokenSpan(tok) };
    const paren = nodes(cst, 'paren')[0];
    if (paren) return this.exprOf(paren, nodeSpan(paren, span));
    const list = nodes(cst, 'list')[0];
    if (list) {
      const ls = nodeSpan(list, span);
      return { kind: 'list', items: nodes(list, 'expr').map((e) => this.expr(e, ls)), span: ls };
    }
    const rep = nodes(cst, 'repeat')[0];
    if (rep) {
      const rs = nodeSpan(rep, span);
      const body = nodes(rep, 'postfix')[0];
      return { kind: 'repeat', count: this.exprOf(rep, rs), body: body ? this.postfix(body, rs) : missing(rs), span: rs };
    }
    return missing(span);
  }
}

/** Builds the AST of one top-level declaration from its CST (the parser reads declarations one at a time). */
export function buildDecl(cst: CstNode, textLength: number, tooLong: (span: Span, operators: number) => void): Decl | undefined {
  return new Builder(textLength, tooLong).decl(cst);
}
