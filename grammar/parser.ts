// The .model grammar: a Chevrotain CST parser with error recovery, one rule per construct of docs/language.md.
import { CstParser } from 'chevrotain';
import { messages } from './messages.js';
import * as T from './tokens.js';

/** Builds concrete syntax trees for .model files; recovers from errors so one run reports several. */
export class ModelParser extends CstParser {
  constructor() {
    super(T.allTokens, { recoveryEnabled: true, maxLookahead: 3, nodeLocationTracking: 'onlyOffset', errorMessageProvider: messages });
    this.performSelfAnalysis();
  }

  /** One top-level declaration: the entry rule. `parse()` reads the `model` line itself and feeds declarations one at a time. */
  decl = this.RULE('decl', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.constDecl) },
      { ALT: () => this.SUBRULE(this.dimDecl) },
      { ALT: () => this.SUBRULE(this.inputDecl) },
      { ALT: () => this.SUBRULE(this.blockDecl) },
      { ALT: () => this.SUBRULE(this.assign) },
      { ALT: () => this.SUBRULE(this.lossDecl) },
      { ALT: () => this.SUBRULE(this.optimizerDecl) },
      { ALT: () => this.SUBRULE(this.metricsDecl) },
      { ALT: () => this.SUBRULE(this.trainDecl) },
    ]);
  });

  constDecl = this.RULE('constDecl', () => {
    this.CONSUME(T.Const);
    this.CONSUME(T.Identifier);
    this.CONSUME(T.Equals);
    this.SUBRULE(this.expr);
  });

  dimDecl = this.RULE('dimDecl', () => {
    this.CONSUME(T.Dim);
    this.CONSUME(T.Identifier);
  });

  inputDecl = this.RULE('inputDecl', () => {
    this.OR([{ ALT: () => this.CONSUME(T.Input) }, { ALT: () => this.CONSUME(T.Target) }]);
    this.CONSUME(T.Identifier);
    this.CONSUME(T.Colon);
    this.SUBRULE(this.tensorType);
  });

  tensorType = this.RULE('tensorType', () => {
    this.CONSUME(T.Identifier);
    this.CONSUME(T.LBracket);
    this.MANY_SEP({ SEP: T.Comma, DEF: () => this.SUBRULE(this.expr) });
    this.CONSUME(T.RBracket);
  });

  blockDecl = this.RULE('blockDecl', () => {
    this.CONSUME(T.Block);
    this.CONSUME(T.Identifier);
    this.CONSUME(T.LParen);
    this.MANY_SEP({ SEP: T.Comma, DEF: () => this.SUBRULE(this.param) });
    this.CONSUME(T.RParen);
    this.CONSUME2(T.LParen);
    this.MANY_SEP2({ SEP: T.Comma, DEF: () => this.CONSUME2(T.Identifier) });
    this.CONSUME2(T.RParen);
    this.CONSUME(T.LBrace);
    this.MANY(() => this.SUBRULE(this.assign));
    this.CONSUME(T.Return);
    this.SUBRULE(this.expr);
    this.CONSUME(T.RBrace);
  });

  param = this.RULE('param', () => {
    this.CONSUME(T.Identifier);
    this.OPTION(() => {
      this.CONSUME(T.Equals);
      this.SUBRULE(this.expr);
    });
  });

  assign = this.RULE('assign', () => {
    this.OPTION(() => this.CONSUME(T.Output));
    this.CONSUME(T.Identifier);
    this.CONSUME(T.Equals);
    this.SUBRULE(this.expr);
  });

  lossDecl = this.RULE('lossDecl', () => {
    this.CONSUME(T.Loss);
    this.SUBRULE(this.expr);
  });

  optimizerDecl = this.RULE('optimizerDecl', () => {
    this.CONSUME(T.Optimizer);
    this.SUBRULE(this.expr);
  });

  metricsDecl = this.RULE('metricsDecl', () => {
    this.CONSUME(T.Metrics);
    this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => this.SUBRULE(this.postfix) });
  });

  trainDecl = this.RULE('trainDecl', () => {
    this.CONSUME(T.Train);
    this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => this.SUBRULE(this.namedArg) });
  });

  namedArg = this.RULE('namedArg', () => {
    this.SUBRULE(this.argName);
    this.CONSUME(T.Equals);
    this.SUBRULE(this.expr);
  });

  /** One alternative per binary operator, built once: OR's argument is otherwise rebuilt at every operator read. */
  private readonly operatorAlternatives = T.operatorTokens.map((t) => ({ ALT: () => this.CONSUME(t) }));

  /** A flat chain of operands and binary operators; precedence is applied when the AST is built (fewer, shallower rules). */
  expr = this.RULE('expr', () => {
    this.SUBRULE(this.operand);
    this.MANY(() => {
      this.OR(this.operatorAlternatives);
      this.SUBRULE2(this.operand);
    });
  });

  operand = this.RULE('operand', () => {
    this.MANY(() => this.CONSUME(T.Minus));
    this.SUBRULE(this.postfix);
  });

  /** A primary followed by calls `(...)` and indexings `[...]`, in any order: `Dense(3)(x)[:, 0]`. */
  postfix = this.RULE('postfix', () => {
    this.SUBRULE(this.primary);
    this.MANY(() => this.OR([{ ALT: () => this.SUBRULE(this.args) }, { ALT: () => this.SUBRULE(this.index) }]));
  });

  /** `[item, ...]` after an expression: NumPy-style indexing with static bounds. */
  index = this.RULE('index', () => {
    this.CONSUME(T.LBracket);
    this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => this.SUBRULE(this.indexItem) });
    this.CONSUME(T.RBracket);
  });

  /** `...`, an index `i`, or a slice `start:stop:step` with each part optional (`:`, `2:`, `:-1`, `::2`). */
  indexItem = this.RULE('indexItem', () => {
    this.OR([
      { ALT: () => this.CONSUME(T.Ellipsis) },
      {
        ALT: () => {
          this.SUBRULE(this.expr, { LABEL: 'start' });
          this.OPTION(() => this.SUBRULE(this.sliceTail));
        },
      },
      { ALT: () => this.SUBRULE2(this.sliceTail) },
    ]);
  });

  /** `: [stop] [: [step]]`, the part of a slice after its start. */
  sliceTail = this.RULE('sliceTail', () => {
    this.CONSUME(T.Colon);
    this.OPTION(() => this.SUBRULE(this.expr, { LABEL: 'stop' }));
    this.OPTION2(() => {
      this.CONSUME2(T.Colon);
      this.OPTION3(() => this.SUBRULE2(this.expr, { LABEL: 'step' }));
    });
  });

  args = this.RULE('args', () => {
    this.CONSUME(T.LParen);
    this.MANY_SEP({ SEP: T.Comma, DEF: () => this.SUBRULE(this.arg) });
    this.CONSUME(T.RParen);
  });

  arg = this.RULE('arg', () => {
    this.OPTION(() => {
      this.SUBRULE(this.argName);
      this.CONSUME(T.Equals);
    });
    this.SUBRULE(this.expr);
  });

  /** Argument names may be keywords (`Embedding(100, dim=8)`, `mse(y, target=t)`): only `=` follows them. */
  argName = this.RULE('argName', () => {
    this.OR(T.argNameTokens.map((t) => ({ ALT: () => this.CONSUME(t) })));
  });

  primary = this.RULE('primary', () => {
    this.OR([
      { ALT: () => this.CONSUME(T.NumberLit) },
      { ALT: () => this.CONSUME(T.StringLit) },
      { ALT: () => this.CONSUME(T.UnterminatedString) },
      { ALT: () => this.CONSUME(T.True) },
      { ALT: () => this.CONSUME(T.False) },
      { ALT: () => this.CONSUME(T.Identifier) },
      { ALT: () => this.SUBRULE(this.paren) },
      { ALT: () => this.SUBRULE(this.list) },
      { ALT: () => this.SUBRULE(this.repeat) },
    ]);
  });

  paren = this.RULE('paren', () => {
    this.CONSUME(T.LParen);
    this.SUBRULE(this.expr);
    this.CONSUME(T.RParen);
  });

  list = this.RULE('list', () => {
    this.CONSUME(T.LBracket);
    this.MANY_SEP({ SEP: T.Comma, DEF: () => this.SUBRULE(this.expr) });
    this.CONSUME(T.RBracket);
  });

  repeat = this.RULE('repeat', () => {
    this.CONSUME(T.Repeat);
    this.CONSUME(T.LParen);
    this.SUBRULE(this.expr);
    this.CONSUME(T.RParen);
    this.SUBRULE(this.postfix);
  });
}

/** One parser instance, reused: Chevrotain parsers are built once and fed new input. */
export const parser = new ModelParser();
