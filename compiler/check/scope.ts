// Name scopes of the checker: what a name means at top level and inside one use of a block.
import type { Assign, Decl, Span } from '../../grammar/ast.js';
import type { ConstValue } from './values.js';

/** A block definition as the checker sees it. */
export type BlockDecl = Extract<Decl, { kind: 'block' }>;

/** A name bound to a tensor: its node and where the name was defined. */
export interface TensorBinding {
  id: number;
  span: Span;
}

/** A top-level name. */
export type GlobalEntry =
  | { kind: 'const'; span: Span; decl?: Extract<Decl, { kind: 'const' }>; state: 'todo' | 'busy' | 'done'; value?: ConstValue; override?: ConstValue }
  | { kind: 'dim'; span: Span }
  | { kind: 'block'; span: Span; decl: BlockDecl }
  | { kind: 'input'; span: Span }
  | { kind: 'tensor'; span: Span; assign: Assign };

/** A scope: the top level, or one instantiation of a block body. */
export interface Scope {
  tensors: Map<string, TensorBinding>;
  /** Names whose definition failed (already reported): later uses stay silent instead of cascading. */
  failed: Set<string>;
  /** Block parameters bound to compile-time values. */
  values: Map<string, ConstValue>;
  /** Path prefix of everything created here, e.g. `enc[1].`. */
  prefix: string;
  /** The block being instantiated, if any, and where it was applied. */
  block?: { decl: BlockDecl; use: Span };
  /** Counters for automatic layer names (`h_dense`, `h_dense_1`). */
  names: Map<string, number>;
  /** Names written in this scope (assignments, inputs, parameters): automatic names avoid them. */
  reserved: Set<string>;
}

/** A fresh scope. */
export function newScope(prefix: string, block?: Scope['block'], reserved: Iterable<string> = []): Scope {
  return { tensors: new Map(), failed: new Set(), values: new Map(), prefix, block, names: new Map(), reserved: new Set(reserved) };
}

/** A name unique within a scope, different from every name the user wrote there. */
export function uniqueName(scope: Scope, base: string): string {
  for (;;) {
    const n = scope.names.get(base) ?? 0;
    scope.names.set(base, n + 1);
    const name = n === 0 ? base : `${base}_${n}`;
    if (!scope.reserved.has(name.slice(scope.prefix.length))) return name;
  }
}

/** The name of an unnamed intermediate: the assignment's own name at the root of its expression, else `name.what` made unique. */
export function tmpName(scope: Scope, name: string, root: boolean, what: string): string {
  return root ? scope.prefix + name : uniqueName(scope, `${scope.prefix}${name}.${what}`);
}

/**
 * A layer kind in snake case, as Keras names layers: `MultiHeadAttention` -> `multi_head_attention`,
 * `Conv2D` -> `conv2d`, `MaxPool2D` -> `max_pool2d`. A word starts at a capital followed by a lower-case letter or
 * digit, or at a capital after a lower-case letter; so the `D` of `2D` stays with its digit.
 */
export function snake(name: string): string {
  return name.replace(/(?<=[a-z])(?=[A-Z])|(?<=.)(?=[A-Z][a-z0-9])/g, '_').toLowerCase();
}
