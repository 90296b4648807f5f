// Syntax error messages for the parser: short, plain, naming the construct being read.
import type { IParserErrorMessageProvider, IToken, TokenType } from 'chevrotain';

const ruleWords: Record<string, string> = {
  decl: 'a declaration',
  constDecl: 'a const declaration',
  dimDecl: 'a dim declaration',
  inputDecl: 'an input or target declaration',
  tensorType: 'a tensor type such as f32[batch, 784]',
  blockDecl: 'a block definition',
  param: 'a block parameter',
  assign: 'an assignment',
  lossDecl: 'the loss',
  optimizerDecl: 'the optimizer',
  metricsDecl: 'the metrics list',
  trainDecl: 'the train settings',
  namedArg: 'a setting (name = value)',
  args: 'an argument list',
  arg: 'an argument',
  argName: 'an argument name',
  repeat: 'a repeat expression',
  list: 'a list',
  paren: 'parentheses',
};

function describe(t: IToken): string {
  if (t.tokenType.name === 'EOF') return 'the end of the file';
  return `'${t.image.length > 20 ? t.image.slice(0, 20) + '…' : t.image}'`;
}
function label(t: TokenType): string {
  return t.name === 'EOF' ? 'the end of the file' : (t.LABEL ?? t.name);
}
function where(rule: string): string {
  return ruleWords[rule] ? ` in ${ruleWords[rule]}` : '';
}

/** Syntax error messages in plain words, naming the construct being read. */
export const messages: IParserErrorMessageProvider = {
  buildMismatchTokenMessage: ({ expected, actual, ruleName }) =>
    expected.name === 'EOF' ? `unexpected ${describe(actual)}: expected a declaration` : `expected ${label(expected)} but found ${describe(actual)}${where(ruleName)}`,
  buildNotAllInputParsedMessage: ({ firstRedundant }) => `unexpected ${describe(firstRedundant)}: expected a declaration`,
  buildNoViableAltMessage: ({ expectedPathsPerAlt, actual, ruleName }) => {
    const firsts = new Set<string>();
    for (const alt of expectedPathsPerAlt) for (const path of alt) if (path[0] && path[0].name !== 'UnterminatedString') firsts.add(label(path[0]));
    const list = [...firsts].slice(0, 8);
    if (ruleName === 'primary') return `unexpected ${describe(actual[0])}: expected an expression (a number, a name, a call, a list or parentheses)`;
    const expected = ruleName === 'decl' ? 'a declaration (const, dim, input, target, block, name = ..., loss, optimizer, metrics, train)' : list.length > 0 ? `one of ${list.join(', ')}` : 'something else';
    return `unexpected ${describe(actual[0])}${where(ruleName)}: expected ${expected}`;
  },
  buildEarlyExitMessage: ({ actual, ruleName }) => `unexpected ${describe(actual[0])}${where(ruleName)}`,
};
