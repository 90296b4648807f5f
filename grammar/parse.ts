// Text -> AST + syntax diagnostics: lexing, a nesting guard, Chevrotain parsing with recovery, CST -> AST.
import type { IToken } from 'chevrotain';
import { DiagnosticBag, type Diagnostic } from '../compiler/diagnostics/diagnostic.js';
import type { Span, Spec } from './ast.js';
import { buildAst } from './build-ast.js';
import { parser } from './parser.js';
import { HashComment, lexer, LBrace, LBracket, LParen, RBrace, RBracket, RParen, UnterminatedString } from './tokens.js';

/** Deepest bracket nesting accepted; deeper input would overflow the recursive-descent parser's stack. */
export const maxNesting = 200;

/** What parsing gives: an AST (possibly with holes where recovery skipped text) and syntax diagnostics. */
export interface ParseResult {
  spec: Spec;
  diagnostics: Diagnostic[];
}


function tokenSpan(t: IToken, textLength: number): Span {
  if (!Number.isFinite(t.startOffset)) return { start: Math.max(0, textLength - 1), end: Math.max(1, textLength) };
  return { start: t.startOffset, end: (t.endOffset ?? t.startOffset) + 1 };
}

/** Parses a .model text; never throws on bad input, and reports every syntax error recovery can find. */
export function parse(text: string): ParseResult {
  const bag = new DiagnosticBag();
  const lexed = lexer.tokenize(text);
  for (const e of lexed.errors) {
    const ch = text.slice(e.offset, e.offset + e.length);
    bag.error('E0101', `unexpected character ${JSON.stringify(ch.slice(0, 10))}`, { start: e.offset, end: e.offset + Math.max(1, Math.min(e.length, 10)) }, {
      hint: 'comments start with //; strings use double quotes',
    });
  }
  for (const t of lexed.tokens) {
    if (t.tokenType === UnterminatedString) bag.error('E0103', 'this string has no closing quote', tokenSpan(t, text.length), { hint: 'add a " before the end of the line' });
  }
  const hashes = lexed.tokens.filter((t) => t.tokenType === HashComment);
  for (const t of hashes) bag.error('E0101', 'comments start with //, not #', { start: t.startOffset, end: t.startOffset + 1 }, { hint: 'write // instead of #' });
  if (hashes.length) lexed.tokens = lexed.tokens.filter((t) => t.tokenType !== HashComment);
  let depth = 0;
  for (const t of lexed.tokens) {
    if (t.tokenType === LParen || t.tokenType === LBracket || t.tokenType === LBrace) depth++;
    else if (t.tokenType === RParen || t.tokenType === RBracket || t.tokenType === RBrace) depth = Math.max(0, depth - 1);
    if (depth > maxNesting) {
      bag.error('E0104', `brackets are nested more than ${maxNesting} deep`, tokenSpan(t, text.length), { hint: 'name intermediate results with const or assignments' });
      return { spec: { name: undefined, decls: [], span: { start: 0, end: text.length } }, diagnostics: bag.items };
    }
  }
  parser.input = lexed.tokens;
  const cst = parser.spec();
  for (const e of parser.errors) {
    bag.error('E0102', e.message, tokenSpan(e.token, text.length));
  }
  const spec = buildAst(cst, text.length, (span, n) =>
    bag.error('E0104', `this expression has ${n} operators; at most 999 are allowed in one expression`, span, { hint: 'split it into named intermediate results' }),
  );
  if (!spec.name && lexed.errors.length === 0 && parser.errors.length === 0) {
    bag.error('E0105', 'a spec must start with `model <name>`', { start: 0, end: Math.min(1, text.length) || 0 }, { hint: 'add a first line such as `model my_net`' });
  }
  return { spec, diagnostics: bag.items };
}
