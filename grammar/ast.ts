// The .model abstract syntax tree: plain data, every node carrying the source span it came from.

export type { Span } from '../core/span.js';
import type { Span } from '../core/span.js';

/** An identifier together with where it was written. */
export interface Ident {
  name: string;
  span: Span;
}

/** An expression: constants, tensor names, arithmetic, layer construction and application. */
export type Expr =
  | { kind: 'number'; value: number; isInt: boolean; span: Span }
  | { kind: 'string'; value: string; span: Span }
  | { kind: 'bool'; value: boolean; span: Span }
  | { kind: 'name'; name: string; span: Span }
  | { kind: 'list'; items: Expr[]; span: Span }
  | { kind: 'unary'; op: '-'; operand: Expr; span: Span }
  | { kind: 'binary'; op: BinaryOp; left: Expr; right: Expr; span: Span }
  | { kind: 'call'; callee: Expr; args: Arg[]; span: Span }
  | { kind: 'repeat'; count: Expr; body: Expr; span: Span }
  /** `target[items]`: NumPy-style indexing and slicing with static bounds. */
  | { kind: 'index'; target: Expr; items: IndexItem[]; span: Span }
  /** A piece the parser could not read; the parser has already reported it. */
  | { kind: 'missing'; span: Span };

/** One entry of an indexing: `...`, an index that drops its axis (`2`, `-1`), or a slice `start:stop:step` with each part optional. */
export type IndexItem =
  | { kind: 'ellipsis'; span: Span }
  | { kind: 'at'; index: Expr; span: Span }
  | { kind: 'slice'; start?: Expr; stop?: Expr; step?: Expr; span: Span };

/** The binary operators: arithmetic and comparisons (elementwise with broadcasting on tensors) and `@` (matrix product). */
export type BinaryOp = '+' | '-' | '*' | '/' | '%' | '@' | ComparisonOp;

/** The comparison operators, giving 1.0 where true and 0.0 where false. */
export type ComparisonOp = '<' | '<=' | '>' | '>=' | '==' | '!=';

/** One argument of a call, positional (`name` absent) or named (`units=64`). */
export interface Arg {
  name?: Ident;
  value: Expr;
  span: Span;
}

/** A configuration parameter of a block, with an optional default. */
export interface Param {
  name: Ident;
  default?: Expr;
  span: Span;
}

/** The element type and per-sample shape of an input or target. */
export interface TensorTypeExpr {
  dtype: Ident;
  dims: Expr[];
  span: Span;
}

/** `name = expr`, optionally marked as a model output. */
export interface Assign {
  kind: 'assign';
  output: boolean;
  name: Ident;
  value: Expr;
  span: Span;
}

/** A top-level declaration. */
export type Decl =
  | { kind: 'const'; name: Ident; value: Expr; span: Span }
  | { kind: 'dim'; name: Ident; span: Span }
  | { kind: 'input'; role: 'input' | 'target'; name: Ident; type: TensorTypeExpr; span: Span }
  | { kind: 'block'; name: Ident; params: Param[]; inputs: Ident[]; body: Assign[]; result: Expr; resultSpan: Span; span: Span }
  | Assign
  | { kind: 'loss'; call: Expr; span: Span }
  | { kind: 'optimizer'; call: Expr; span: Span }
  | { kind: 'metrics'; items: Expr[]; span: Span }
  | { kind: 'train'; settings: Arg[]; span: Span };

/** A whole spec file. */
export interface Spec {
  name: Ident | undefined;
  decls: Decl[];
  span: Span;
}
