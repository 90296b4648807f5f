// CST -> AST: turns Chevrotain's concrete syntax tree into the typed AST, tolerating the holes error recovery leaves.
import type { CstNode, IToken } from 'chevrotain';
import type { Arg, Assign, BinaryOp, Decl, Expr, Ident, Param, Span, Spec, TensorTypeExpr } from './ast.js';

type Children = Record<string, (CstNode | IToken)[] | undefined>;

function kids(node: CstNode): Children {
  return node.children as Children;
}
function nodes(node: CstNode, key: string): CstNode[] {
  return (kids(node)[key] ?? []) as CstNode[];
}
function tokens(node: CstNode, key: string): IToken[] {
  return ((kids(node)[key] ?? []) as IToken[]).filter((t) => !t.isInsertedInRecovery && Number.isFinite(t.startOffset));
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

  spec(cst: CstNode): Spec {
    const span = { start: 0, end: this.textLength };
    const name = ident(tokens(cst, 'Identifier')[0]);
    const decls: Decl[] = [];
    for (const d of nodes(cst, 'decl')) {
      const decl = this.decl(d);
      if (decl) decls.push(decl);
    }
    return { name, decls, span };
  }

  private decl(cst: CstNode): Decl | undefined {
    const span = nodeSpan(cst, this.eof);
    const [key] = Object.keys(cst.children);
    const inner = nodes(cst, key)[0];
    if (!inner) return undefined;
    const s = nodeSpan(inner, span);
    const id = ident(tokens(inner, 'Identifier')[0]);
    switch (key) {
      case 'constDecl':
        return id && { kind: 'const', name: id, value: this.exprOf(inner, s), span: s };
      case 'dimDecl':
        return id && { kind: 'dim', name: id, span: s };
      case 'inputDecl': {
        const role = tokens(inner, 'Target').length > 0 ? 'target' : 'input';
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
    const dtype = ident(tokens(cst, 'Identifier')[0]);
    if (!dtype) return undefined;
    return { dtype, dims: nodes(cst, 'expr').map((e) => this.expr(e, span)), span };
  }

  private block(cst: CstNode, span: Span, name: Ident | undefined): Decl | undefined {
    if (!name) return undefined;
    const ids = tokens(cst, 'Identifier').slice(1);
    const params: Param[] = nodes(cst, 'param').map((p) => {
      const ps = nodeSpan(p, span);
      const pid = ident(tokens(p, 'Identifier')[0]) ?? { name: '?', span: ps };
      const def = nodes(p, 'expr')[0];
      return { name: pid, default: def ? this.expr(def, ps) : undefined, span: ps };
    });
    const inputs = ids.map((t) => ({ name: t.image, span: tokenSpan(t) }));
    const body = nodes(cst, 'assign').map((a) => this.assign(a)).filter((a): a is Assign => a !== undefined);
    const resultCst = nodes(cst, 'expr')[0];
    const result = resultCst ? this.expr(resultCst, span) : missing(span);
    const ret = tokens(cst, 'Return')[0];
    const resultSpan = ret ? join(tokenSpan(ret), result.span) : result.span;
    return { kind: 'block', name, params, inputs, body, result, resultSpan, span };
  }

  private assign(cst: CstNode): Assign | undefined {
    const span = nodeSpan(cst, this.eof);
    const id = ident(tokens(cst, 'Identifier')[0]);
    if (!id) return undefined;
    return { kind: 'assign', output: tokens(cst, 'Output').length > 0, name: id, value: this.exprOf(cst, span), span };
  }

  private exprOf(cst: CstNode, fallback: Span): Expr {
    const e = nodes(cst, 'expr')[0];
    return e ? this.expr(e, fallback) : missing(fallback);
  }

  /** Left-associative chains: operands and operators are stored in separate arrays and paired by position. */
  private chain(cst: CstNode, operandKey: string, opKeys: string[], fallback: Span, operand: (n: CstNode, f: Span) => Expr): Expr {
    const span = nodeSpan(cst, fallback);
    const operandNodes = nodes(cst, operandKey);
    if (operandNodes.length === 1) return operand(operandNodes[0], span);
    const operands = operandNodes.map((n) => operand(n, span));
    const ops = opKeys.flatMap((k) => tokens(cst, k)).sort((a, b) => a.startOffset - b.startOffset);
    if (operands.length === 0) return missing(span);
    if (operands.length > maxChainLength) {
      this.tooLong(span, operands.length - 1);
      return missing(span);
    }
    let left = operands[0];
    for (let i = 1; i < operands.length; i++) {
      const op = (ops[i - 1]?.image ?? '+') as BinaryOp;
      const right = operands[i];
      left = { kind: 'binary', op, left, right, span: join(left.span, right.span) };
    }
    return left;
  }

  expr(cst: CstNode, fallback: Span): Expr {
    return this.chain(cst, 'multiplicative', ['Plus', 'Minus'], fallback, (n, f) =>
      this.chain(n, 'unary', ['Star', 'Slash', 'Percent'], f, (u, g) => this.unary(u, g)),
    );
  }

  private unary(cst: CstNode, fallback: Span): Expr {
    const span = nodeSpan(cst, fallback);
    const inner = nodes(cst, 'unary')[0];
    if (tokens(cst, 'Minus').length > 0) {
      const operand = inner ? this.unary(inner, span) : missing(span);
      return { kind: 'unary', op: '-', operand, span };
    }
    const p = nodes(cst, 'postfix')[0];
    return p ? this.postfix(p, span) : missing(span);
  }

  private postfix(cst: CstNode, fallback: Span): Expr {
    const span = nodeSpan(cst, fallback);
    const prim = nodes(cst, 'primary')[0];
    let e = prim ? this.primary(prim, span) : missing(span);
    for (const a of nodes(cst, 'args')) {
      const as = nodeSpan(a, span);
      e = { kind: 'call', callee: e, args: nodes(a, 'arg').map((x) => this.arg(x, as)), span: join(e.span, as) };
    }
    return e;
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
    const t = (k: string) => tokens(cst, k)[0];
    let tok: IToken | undefined;
    if ((tok = t('Number'))) {
      const isInt = /^\d+$/.test(tok.image);
      return { kind: 'number', value: Number(tok.image), isInt, span: tokenSpan(tok) };
    }
    if ((tok = t('String'))) return { kind: 'string', value: tok.image.slice(1, -1), span: tokenSpan(tok) };
    if ((tok = t('UnterminatedString'))) return { kind: 'string', value: tok.image.slice(1), span: tokenSpan(tok) };
    if ((tok = t('True'))) return { kind: 'bool', value: true, span: tokenSpan(tok) };
    if ((tok = t('False'))) return { kind: 'bool', value: false, span: tokenSpan(tok) };
    if ((tok = t('Identifier'))) return { kind: 'name', name: tok.image, span: tokenSpan(tok) };
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

/** Builds the AST of a whole spec from its CST. */
export function buildAst(cst: CstNode, textLength: number, tooLong: (span: Span, operators: number) => void): Spec {
  return new Builder(textLength, tooLong).spec(cst);
}
