// .model text -> highlighted spans: the real lexer's tokens, each with its TextMate scope from the one table below.
// The same table writes the TextMate grammar (grammar/textmate.ts), so an editor and a page colour a spec alike.
import type { TokenType } from 'chevrotain';
import { InternalError } from '../core/diagnostic.js';
import * as T from './tokens.js';

/** The names under which grammar/tokens.ts exports its token kinds. */
type TokenName = { [K in keyof typeof T]: (typeof T)[K] extends TokenType ? K : never }[keyof typeof T];

/** The TextMate scope of every token kind, keyed by its export name, so a new token without a scope fails `tsc`. */
export const tokenScopes: Record<TokenName, string> = {
  WhiteSpace: '',
  Comment: 'comment.line.double-slash.mdlc',
  HashComment: 'invalid.illegal.hash-comment.mdlc',
  Model: 'keyword.control.model.mdlc',
  Block: 'keyword.control.block.mdlc',
  Return: 'keyword.control.return.mdlc',
  Repeat: 'keyword.control.repeat.mdlc',
  Const: 'storage.type.const.mdlc',
  Dim: 'storage.type.dim.mdlc',
  Input: 'storage.type.input.mdlc',
  Target: 'storage.type.target.mdlc',
  Output: 'storage.type.output.mdlc',
  Loss: 'keyword.other.loss.mdlc',
  Optimizer: 'keyword.other.optimizer.mdlc',
  Metrics: 'keyword.other.metrics.mdlc',
  Train: 'keyword.other.train.mdlc',
  True: 'constant.language.boolean.mdlc',
  False: 'constant.language.boolean.mdlc',
  Identifier: 'variable.other.mdlc',
  NumberLit: 'constant.numeric.mdlc',
  StringLit: 'string.quoted.double.mdlc',
  UnterminatedString: 'invalid.illegal.unterminated-string.mdlc',
  LParen: 'punctuation.bracket.round.mdlc',
  RParen: 'punctuation.bracket.round.mdlc',
  LBracket: 'punctuation.bracket.square.mdlc',
  RBracket: 'punctuation.bracket.square.mdlc',
  LBrace: 'punctuation.bracket.curly.mdlc',
  RBrace: 'punctuation.bracket.curly.mdlc',
  Comma: 'punctuation.separator.comma.mdlc',
  Colon: 'punctuation.separator.colon.mdlc',
  Ellipsis: 'keyword.operator.ellipsis.mdlc',
  EqualEqual: 'keyword.operator.comparison.mdlc',
  NotEqual: 'keyword.operator.comparison.mdlc',
  LessEqual: 'keyword.operator.comparison.mdlc',
  GreaterEqual: 'keyword.operator.comparison.mdlc',
  Less: 'keyword.operator.comparison.mdlc',
  Greater: 'keyword.operator.comparison.mdlc',
  At: 'keyword.operator.matmul.mdlc',
  Equals: 'keyword.operator.assignment.mdlc',
  Plus: 'keyword.operator.arithmetic.mdlc',
  Minus: 'keyword.operator.arithmetic.mdlc',
  Star: 'keyword.operator.arithmetic.mdlc',
  Slash: 'keyword.operator.arithmetic.mdlc',
  Percent: 'keyword.operator.arithmetic.mdlc',
};

/** Each token kind's scope, found by the token object itself. */
const scopes = new Map<TokenType, string>(Object.entries(tokenScopes).map(([name, scope]) => [tokenOf(name), scope]));

/** The token kind grammar/tokens.ts exports under a name. */
function tokenOf(name: string): TokenType {
  const value: unknown = Object.entries(T).find(([key]) => key === name)?.[1];
  if (!isTokenType(value)) throw new InternalError(`grammar/tokens.ts exports no token named ${name}`);
  return value;
}

function isTokenType(value: unknown): value is TokenType {
  return typeof value === 'object' && value !== null && 'PATTERN' in value && 'name' in value;
}

/** The scope of a token kind (undefined only for a token missing from grammar/tokens.ts's exports). */
export function tokenScope(type: TokenType): string | undefined {
  return scopes.get(type);
}

/** A name called as a function or layer (`Dense(` or `relu (`, on one line) gets this scope instead of Identifier's. */
export const calleeScope = 'entity.name.function.mdlc';

/** What the lexer cannot read at all (a stray `$`) is marked with this scope, one character at a time. */
export const illegalScope = 'invalid.illegal.character.mdlc';

/** The lookahead that makes an identifier a callee: spaces or tabs, then `(`. */
export const calleeLookahead = /[ \t]*\(/y;

/** One coloured stretch of a spec: offsets into the text (end exclusive) and a TextMate scope. */
export interface Highlight {
  start: number;
  end: number;
  scope: string;
}

/** The scope a token gets, given the text after it (identifiers followed by `(` are callees). */
function scopeOf(type: TokenType, text: string, end: number): string {
  if (type === T.Identifier) {
    calleeLookahead.lastIndex = end;
    if (calleeLookahead.test(text)) return calleeScope;
  }
  return scopes.get(type) ?? illegalScope;
}

/** A sticky copy of a token's pattern, for reading the gaps between the lexer's tokens. */
function sticky(type: TokenType): RegExp {
  const pattern = type.PATTERN;
  if (!(pattern instanceof RegExp)) throw new InternalError(`token ${type.name} has no regular-expression pattern`);
  return new RegExp(pattern.source, 'y');
}

const whiteSpace = sticky(T.WhiteSpace);
const comment = sticky(T.Comment);

/** Colours the gap between two tokens: only whitespace, `//` comments and characters the lexer could not read lie there. */
function gap(text: string, from: number, to: number, out: Highlight[]): void {
  let at = from;
  while (at < to) {
    whiteSpace.lastIndex = at;
    if (whiteSpace.test(text)) {
      at = Math.min(whiteSpace.lastIndex, to);
      continue;
    }
    comment.lastIndex = at;
    if (comment.test(text)) {
      const end = Math.min(comment.lastIndex, to);
      out.push({ start: at, end, scope: tokenScopes.Comment });
      at = end;
      continue;
    }
    out.push({ start: at, end: at + 1, scope: illegalScope });
    at++;
  }
}

/** The spans of a spec to colour, in order, without whitespace; never throws, whatever the text. */
export function highlight(text: string): Highlight[] {
  const out: Highlight[] = [];
  let at = 0;
  for (const token of T.lexer.tokenize(text).tokens) {
    gap(text, at, token.startOffset, out);
    const end = token.startOffset + token.image.length;
    out.push({ start: token.startOffset, end, scope: scopeOf(token.tokenType, text, end) });
    at = end;
  }
  gap(text, at, text.length, out);
  return out;
}
