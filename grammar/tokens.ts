// The .model lexicon: Chevrotain token types, keywords declared before Identifier via longer_alt. Lines end at
// \n, \r\n or a lone \r (old Mac files): nothing that runs to the end of a line may cross a \r.
import { createToken, Lexer, type TokenType } from 'chevrotain';

export const Identifier = createToken({ name: 'Identifier', pattern: /[A-Za-z_][A-Za-z0-9_]*/, label: 'a name' });

function keyword(word: string): TokenType {
  return createToken({ name: word[0].toUpperCase() + word.slice(1), pattern: new RegExp(word), longer_alt: Identifier, label: `'${word}'` });
}

export const Model = keyword('model');
export const Const = keyword('const');
export const Dim = keyword('dim');
export const Input = keyword('input');
export const Target = keyword('target');
export const Output = keyword('output');
export const Block = keyword('block');
export const Return = keyword('return');
export const Repeat = keyword('repeat');
export const Loss = keyword('loss');
export const Optimizer = keyword('optimizer');
export const Metrics = keyword('metrics');
export const Train = keyword('train');
export const True = keyword('true');
export const False = keyword('false');

export const WhiteSpace = createToken({ name: 'WhiteSpace', pattern: /[ \t\r\n]+/, group: Lexer.SKIPPED });
export const Comment = createToken({ name: 'Comment', pattern: /\/\/[^\r\n]*/, group: Lexer.SKIPPED });
/** A `#` comment, which is not .model syntax: lexed so the parser can report it once and skip the line. */
export const HashComment = createToken({ name: 'HashComment', pattern: /#[^\r\n]*/ });
export const NumberLit = createToken({ name: 'Number', pattern: /(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/, label: 'a number' });
export const StringLit = createToken({ name: 'String', pattern: /"[^"\r\n]*"/, label: 'a string' });
/** A string missing its closing quote; the parser reports it rather than the lexer giving up. */
export const UnterminatedString = createToken({ name: 'UnterminatedString', pattern: /"[^"\r\n]*/, label: 'an unterminated string' });

export const LParen = createToken({ name: 'LParen', pattern: /\(/, label: "'('" });
export const RParen = createToken({ name: 'RParen', pattern: /\)/, label: "')'" });
export const LBracket = createToken({ name: 'LBracket', pattern: /\[/, label: "'['" });
export const RBracket = createToken({ name: 'RBracket', pattern: /\]/, label: "']'" });
export const LBrace = createToken({ name: 'LBrace', pattern: /\{/, label: "'{'" });
export const RBrace = createToken({ name: 'RBrace', pattern: /\}/, label: "'}'" });
export const Comma = createToken({ name: 'Comma', pattern: /,/, label: "','" });
export const Colon = createToken({ name: 'Colon', pattern: /:/, label: "':'" });
/** `...` in an index, `x[..., -1]`: every axis not indexed otherwise. Lexed before numbers, which may start with a dot. */
export const Ellipsis = createToken({ name: 'Ellipsis', pattern: /\.\.\./, label: "'...'" });
export const EqualEqual = createToken({ name: 'EqualEqual', pattern: /==/, label: "'=='" });
export const NotEqual = createToken({ name: 'NotEqual', pattern: /!=/, label: "'!='" });
export const LessEqual = createToken({ name: 'LessEqual', pattern: /<=/, label: "'<='" });
export const GreaterEqual = createToken({ name: 'GreaterEqual', pattern: />=/, label: "'>='" });
export const Less = createToken({ name: 'Less', pattern: /</, label: "'<'" });
export const Greater = createToken({ name: 'Greater', pattern: />/, label: "'>'" });
export const At = createToken({ name: 'At', pattern: /@/, label: "'@'" });
export const Equals = createToken({ name: 'Equals', pattern: /=/, label: "'='" });
export const Plus = createToken({ name: 'Plus', pattern: /\+/, label: "'+'" });
export const Minus = createToken({ name: 'Minus', pattern: /-/, label: "'-'" });
export const Star = createToken({ name: 'Star', pattern: /\*/, label: "'*'" });
export const Slash = createToken({ name: 'Slash', pattern: /\//, label: "'/'" });
export const Percent = createToken({ name: 'Percent', pattern: /%/, label: "'%'" });

/** Every token in lexing order: comments before '/', keywords before Identifier, two-character operators before '=', '<' and '>'. */
export const allTokens: TokenType[] = [
  WhiteSpace, Comment, HashComment,
  Model, Const, Dim, Input, Target, Output, Block, Return, Repeat, Loss, Optimizer, Metrics, Train, True, False,
  Identifier, Ellipsis, NumberLit, StringLit, UnterminatedString,
  LParen, RParen, LBracket, RBracket, LBrace, RBrace, Comma, Colon,
  EqualEqual, NotEqual, LessEqual, GreaterEqual, Less, Greater, At, Equals, Plus, Minus, Star, Slash, Percent,
];

/** The binary operators by token name, in the order the parser offers them. */
export const operatorTokens: TokenType[] = [Plus, Minus, Star, Slash, Percent, At, Less, LessEqual, Greater, GreaterEqual, EqualEqual, NotEqual];

/** Tokens that may name an argument: identifiers and every keyword. */
export const argNameTokens: TokenType[] = [Identifier, Model, Const, Dim, Input, Target, Output, Block, Return, Repeat, Loss, Optimizer, Metrics, Train, True, False];

/** The keywords, for "did you mean" and for telling users a name is reserved. */
export const keywords = ['model', 'const', 'dim', 'input', 'target', 'output', 'block', 'return', 'repeat', 'loss', 'optimizer', 'metrics', 'train', 'true', 'false'];

/** The shared lexer instance (positions tracked as offsets, lines and columns). */
export const lexer = new Lexer(allTokens, { positionTracking: 'full', ensureOptimizations: false });
