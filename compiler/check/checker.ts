// The checker's state for one spec: diagnostics, top-level names, the graph being built, and where each node came from.
import type { Assign, Expr, Span, Spec } from '../../grammar/ast.js';
import { keywords } from '../../grammar/tokens.js';
import type { Code } from '../../core/codes.js';
import { DiagnosticBag, type Note } from '../../core/diagnostic.js';
import { isFunction } from './functions.js';
import { isLayer, type LayerInput } from './layers.js';
import { maskFor } from './masks.js';
import { type BlockDecl, type GlobalEntry, newScope, type Scope } from './scope.js';
import type { BlockUse, GraphNode, NamedTensor } from './types.js';

/** Most errors one check reports (more would bury the first, which usually cause the rest). */
export const maxErrors = 200;

/** The built-in symbolic batch dimension. */
export const batchDim = 'batch';

/** A graph node before it has an id. */
export type NodeInit = GraphNode extends infer N ? (N extends GraphNode ? Omit<N, 'id'> : never) : never;

/** Evaluates a tensor expression in a scope to a node id; `name` is the assignment's name, for naming layers. */
export type TensorEval = (c: Checker, expr: Expr, scope: Scope, name: string, root: boolean) => number | undefined;

/**
 * What every part of the checker shares while one spec is checked. The parts (constants, expressions, calls, blocks)
 * are functions over this state; tensor expressions recurse through `tensor`, which `check()` wires to the expression
 * checker, so that blocks and calls reach expressions without the files importing each other in a circle.
 */
export class Checker {
  readonly bag = new DiagnosticBag();
  readonly globals = new Map<string, GlobalEntry>();
  readonly nodes: GraphNode[] = [];
  readonly top: Scope;
  /** Where each node was defined by name, for "defined here" notes. */
  readonly origins = new Map<number, Span>();
  /** Blocks currently being instantiated (recursion guard). */
  readonly active: BlockDecl[] = [];
  /** Notes attached to every diagnostic raised inside a block use. */
  readonly context: Note[] = [];
  private readonly seen = new Set<string>();
  /** Assignments inside blocks, by span, and whether any instance of them was used. */
  readonly blockAssigns = new Map<string, { assign: Assign; nodes: number[] }>();
  readonly usedBlocks = new Set<string>();
  /** Tensors marked `output`, in order. */
  readonly outputs: { name: string; node: number }[] = [];
  readonly named: NamedTensor[] = [];
  /** Every block use made, for exporters that rebuild the spec's blocks. */
  readonly blockUses: BlockUse[] = [];
  /** How many enclosing block uses say `trainable=false`: every layer inside them is frozen. */
  frozen = 0;

  constructor(
    readonly spec: Spec,
    private readonly evaluate: TensorEval,
  ) {
    this.top = newScope('', undefined, spec.decls.flatMap((d) => (d.kind === 'assign' || d.kind === 'input' || d.kind === 'const' ? [d.name.name] : [])));
  }

  /** Reports an error once (same code, span and message), with the notes of the enclosing block uses. */
  error(code: Code, message: string, span: Span, extra: { notes?: Note[]; hint?: string } = {}): void {
    const key = `${code}:${span.start}:${span.end}:${message}`;
    if (this.seen.has(key) || this.seen.size >= maxErrors) return;
    this.seen.add(key);
    this.bag.error(code, message, span, { notes: [...(extra.notes ?? []), ...this.context], hint: extra.hint });
  }

  /** Appends a node to the graph; `origin` is where its name was defined, when that is not its own span. */
  addNode(init: NodeInit, origin?: Span): number {
    const id = this.nodes.length;
    const node = { ...init, id } as GraphNode;
    // Keras' padding mask follows each new tensor by the rules of masks.ts.
    const mask = maskFor(this.nodes, node);
    if (mask !== node.type.mask) node.type = mask === undefined ? { dtype: node.type.dtype, shape: node.type.shape } : { ...node.type, mask };
    this.nodes.push(node);
    this.origins.set(id, origin ?? init.span);
    return id;
  }

  /** The node with an id. */
  node(id: number): GraphNode {
    return this.nodes[id];
  }

  /** Evaluates a tensor expression (see `TensorEval`). */
  tensor(expr: Expr, scope: Scope, name: string, root = false): number | undefined {
    return this.evaluate(this, expr, scope, name, root);
  }

  /** A node as a layer or function sees its input: type, where it was written and where it was defined. */
  input(id: number, expr: Expr): LayerInput {
    const n = this.node(id);
    return { id, type: n.type, span: expr.span, origin: this.origins.get(id) ?? n.span, name: n.name.split('.').pop() ?? n.name };
  }

  /** Registers a top-level name, reporting duplicates. */
  declare(name: string, entry: GlobalEntry): void {
    const prev = this.globals.get(name);
    if (prev) {
      this.error('E0203', `\`${name}\` is already defined`, entry.span, { notes: [{ message: 'first defined here', span: prev.span }], hint: 'every name in a spec must be unique' });
      return;
    }
    if (isLayer(name) || isFunction(name)) {
      this.error('E0203', `\`${name}\` is the name of a built-in ${isLayer(name) ? 'layer' : 'function'}`, entry.span, { hint: `rename the ${entry.kind === 'block' ? 'block' : entry.kind === 'const' ? 'constant' : 'tensor'}` });
      return;
    }
    if (keywords.includes(name)) return;
    this.globals.set(name, entry);
  }
}
