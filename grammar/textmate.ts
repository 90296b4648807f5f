// The lexer's tokens + grammar/highlight.ts's scopes -> a TextMate grammar for .model files (VS Code and any
// TextMate-based highlighter). Rules follow the lexer's order, so both read the same text into the same tokens.
import type { TokenType } from 'chevrotain';
import { InternalError } from '../core/diagnostic.js';
import { calleeLookahead, calleeScope, illegalScope, tokenScope } from './highlight.js';
import * as T from './tokens.js';

/** One `match` rule of a TextMate grammar. */
export interface TextMateRule {
  name: string;
  match: string;
}

/** A TextMate grammar as VS Code reads it from a `.tmLanguage.json` file. */
export interface TextMateGrammar {
  $schema: string;
  name: string;
  scopeName: string;
  fileTypes: string[];
  patterns: TextMateRule[];
}

/** The grammar's root scope, which editors and the package manifest refer to. */
export const scopeName = 'source.mdlc';

/** What may follow a keyword without making it part of a longer name (Chevrotain's `longer_alt: Identifier`). */
const notNameChar = '(?![A-Za-z0-9_])';

function source(type: TokenType): string {
  const pattern = type.PATTERN;
  if (!(pattern instanceof RegExp)) throw new InternalError(`token ${type.name} has no regular-expression pattern`);
  return pattern.source;
}

/** The rules for one token kind, in the lexer's order; whitespace needs none. */
function rules(type: TokenType): TextMateRule[] {
  if (type === T.WhiteSpace) return [];
  const scopeOfType = tokenScope(type);
  if (scopeOfType === undefined) throw new InternalError(`token ${type.name} has no scope in grammar/highlight.ts`);
  if (type === T.Identifier) {
    return [
      { name: calleeScope, match: `${source(type)}(?=${calleeLookahead.source})` },
      { name: scopeOfType, match: source(type) },
    ];
  }
  const longerAlt = type.LONGER_ALT;
  return [{ name: scopeOfType, match: longerAlt ? `${source(type)}${notNameChar}` : source(type) }];
}

/** The TextMate grammar of the .model language, written to editors/vscode/syntaxes/ by `UPDATE=1` in the tests. */
export function textmateGrammar(): TextMateGrammar {
  return {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    name: 'mdlc model',
    scopeName,
    fileTypes: ['model'],
    // Anything no token reads (not even the lexer's whitespace, which is spaces, tabs and line ends) is marked one
    // character at a time, as the lexer skips it.
    patterns: [...T.allTokens.flatMap(rules), { name: illegalScope, match: '[^ \\t]' }],
  };
}
