// Text -> AST + syntax diagnostics: lexing, a nesting guard, Chevrotain parsing with recovery, CST -> AST.
import type { IToken } from 'chevrotain';
import { DiagnosticBag, type Diagnostic } from '../core/diagnostic.js';
import type { Span, Spec } from './ast.js';
import type { Decl } from './ast.js';
import { buildDecl } from './build-ast.js';
import { parser } from './parser.js';
import * as T from './tokens.js';
import { HashComment, lexer, LBrace, LBracket, LParen, RBrace, RBracket, RParen, UnterminatedString } from './tokens.js';

/** Deepest bracket nesting accepted; deeper input would overflow the recursive-descent parser's stack. */
export const maxNesting = 200;

/** Most diagnostics one parse reports; the rest are summarised in one line. */
export const maxSyntaxErrors = 100;

const declStarts = new Set([T.Const, T.Dim, T.Input, T.Target, T.Block, T.Output, T.Loss, T.Optimizer, T.Metrics, T.Train, T.Model]);

/**
 * Splits tokens into top-level declarations: a declaration starts at a keyword, or at `name =` outside brackets
 * (except a setting after a comma, as in `train batch_size=32, epochs=5`). Parsing each one alone keeps error
 * recovery local, so a file with thousands of mistakes is still parsed in linear time.
 */
function declarations(tokens: IToken[]): IToken[][] {
  const out: IToken[][] = [];
  let current: IToken[] = [];
  let brackets = 0;
  let braces = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const prev = tokens[i - 1]?.tokenType;
    const next = tokens[i + 1]?.tokenType;
    // A keyword that only starts declarations (and is not an argument name, `dim=8`); `output` may also mark a block statement.
    const keyword = declStarts.has(t.tokenType) && next !== T.Equals && !(braces > 0 && t.tokenType === T.Output);
    // `name =` starts an assignment unless it is a setting after a comma or keyword, or a named argument after `(` or `,`.
    const assignment =
      t.tokenType === T.Identifier &&
      next === T.Equals &&
      braces === 0 &&
      (brackets === 0 ? prev !== T.Comma && !(prev && declStarts.has(prev)) : prev !== T.LParen && prev !== T.Comma);
    if (current.length > 0 && (keyword || assignment)) {
      out.push(current);
      current = [];
      brackets = 0;
      braces = 0;
    }
    current.push(t);
    if (t.tokenType === LParen || t.tokenType === LBracket) brackets++;
    else if (t.tokenType === RParen || t.tokenType === RBracket) brackets = Math.max(0, brackets - 1);
    else if (t.tokenType === LBrace) braces++;
    else if (t.tokenType === RBrace) braces = Math.max(0, braces - 1);
  }
  if (current.length) out.push(current);
  return out;
}

/** What parsing gives: an AST (possibly with holes where recovery skipped text) and syntax diagnostics. */
export interface ParseResult {
  spec: Spec;
  diagnostics: Diagnostic[];
}


function tokenSpan(t: IToken, textLength: number): Span {
  if (!Number.isFinite(t.startOffset)) return { start: Math.max(0, textLength - 1), end: Math.max(1, textLength) };
  return { start: t.startOffset, end: (t.endOffset ?? t.startOffset) + 1 };
}

/** How much of a long text is lexed first to tell whether it is a spec at all (random bytes give an error per few characters). */
const probeLength = 1 << 16;

/** The first `maxSyntaxErrors` unexpected characters, as diagnostics. */
function lexErrors(bag: DiagnosticBag, text: string, errors: { offset: number; length: number }[]): void {
  for (const e of errors.slice(0, maxSyntaxErrors)) {
    const ch = text.slice(e.offset, e.offset + e.length);
    bag.error('E0101', `unexpected character ${JSON.stringify(ch.slice(0, 10))}`, { start: e.offset, end: e.offset + Math.max(1, Math.min(e.length, 10)) }, {
      hint: 'comments start with //; strings use double quotes',
    });
  }
}

/** Parses a .model text; never throws on bad input, and reports every syntax error recovery can find. */
export function parse(source: string): ParseResult {
  const bag = new DiagnosticBag();
  // A UTF-8 byte order mark that editors put first is not text: lexed as a space, so every offset stays the file's own.
  const text = source.charCodeAt(0) === 0xfeff ? ' ' + source.slice(1) : source;
  if (text.length > probeLength) {
    // A long text whose start is already more unexpected characters than are reported is not lexed further: the
    // report would be the same, and lexing a megabyte of binary costs seconds.
    const probe = lexer.tokenize(text.slice(0, probeLength));
    if (probe.errors.length > maxSyntaxErrors) {
      lexErrors(bag, text, probe.errors);
      bag.error('E0102', `too many syntax errors; stopped after ${maxSyntaxErrors}`, { start: probeLength, end: probeLength + 1 }, { hint: 'is this a .model file? fix the first errors and check again' });
      return { spec: { name: undefined, decls: [], span: { start: 0, end: text.length } }, diagnostics: bag.items };
    }
  }
  const lexed = lexer.tokenize(text);
  lexErrors(bag, text, lexed.errors);
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
  const decls: Decl[] = [];
  let name: Spec['name'];
  let syntaxErrors = 0;
  const tooLong = (span: Span, n: number) => bag.error('E0104', `this expression has ${n} operators; at most 999 are allowed in one expression`, span, { hint: 'split it into named intermediate results' });
  const chunks = declarations(lexed.tokens);
  chunks.forEach((chunk, i) => {
    if (syntaxErrors >= maxSyntaxErrors) return;
    if (chunk[0].tokenType === T.Model) {
      if (i > 0 || decls.length > 0) {
        bag.error('E0102', '`model` may appear only once, as the first line', tokenSpan(chunk[0], text.length));
        syntaxErrors++;
      } else if (chunk.length !== 2 || chunk[1].tokenType !== T.Identifier) {
        bag.error('E0102', chunk[1] ? `expected the model's name but found ${JSON.stringify(chunk[1].image)}` : "expected the model's name after `model`", tokenSpan(chunk[1] ?? chunk[0], text.length));
        syntaxErrors++;
        if (chunk[1]?.tokenType === T.Identifier) name = { name: chunk[1].image, span: tokenSpan(chunk[1], text.length) };
      } else name = { name: chunk[1].image, span: tokenSpan(chunk[1], text.length) };
      return;
    }
    parser.input = chunk;
    const cst = parser.decl();
    const following = chunks[i + 1]?.[0];
    for (const e of parser.errors) {
      if (syntaxErrors++ >= maxSyntaxErrors) continue;
      // The end of a declaration is where the next one begins: report it there, by name.
      const atEnd = !Number.isFinite(e.token.startOffset);
      const span = atEnd && following ? tokenSpan(following, text.length) : tokenSpan(e.token, text.length);
      const message = atEnd && following ? e.message.replace('the end of the file', `'${following.image}'`) : e.message;
      bag.error('E0102', message, span);
    }
    const decl = buildDecl(cst, text.length, tooLong);
    if (decl) decls.push(decl);
  });
  if (syntaxErrors >= maxSyntaxErrors) {
    const last = chunks[chunks.length - 1];
    bag.error('E0102', `too many syntax errors; stopped after ${maxSyntaxErrors}`, tokenSpan(last[last.length - 1], text.length), { hint: 'fix the first ones and check again' });
  }
  const spec: Spec = { name, decls, span: { start: 0, end: text.length } };
  if (!spec.name && lexed.errors.length === 0 && syntaxErrors === 0) {
    bag.error('E0105', 'a spec must start with `model <name>`', { start: 0, end: Math.min(1, text.length) || 0 }, { hint: 'add a first line such as `model my_net`' });
  }
  return { spec, diagnostics: bag.items };
}
