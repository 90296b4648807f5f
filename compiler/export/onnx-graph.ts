// An ONNX graph under construction: named tensors, nodes with typed attributes, initializers (weights and constants).
import { InternalError } from '../../core/diagnostic.js';

/** Element types the exporter writes: the spec's f32 and i32, int64 for shape and axis operands, bool for masks. */
export type OnnxDType = 'f32' | 'i32' | 'i64' | 'bool';

/** A node attribute, tagged with its ONNX attribute type (an int and a float are not the same attribute). */
export type Attr = { int: number } | { float: number } | { ints: readonly number[] } | { floats: readonly number[] } | { string: string };

/** One node: the op, its input and output tensor names, its attributes. */
export interface OnnxNode {
  op: string;
  name: string;
  inputs: string[];
  outputs: string[];
  attrs: Record<string, Attr>;
}

/** A named constant tensor of the graph (a weight, or a shape operand). */
export interface Initializer {
  name: string;
  dtype: OnnxDType;
  dims: number[];
  data: Float32Array | Int32Array | readonly number[] | readonly boolean[];
}

/** A graph input or output: its name, element type and dimensions (a string is a symbolic dimension, `batch`). */
export interface ValueInfo {
  name: string;
  dtype: OnnxDType;
  dims: (number | string)[];
}

/** The graph being built; every tensor name is unique, and `at` sets the name intermediates are derived from. */
export class OnnxGraph {
  readonly nodes: OnnxNode[] = [];
  readonly initializers: Initializer[] = [];
  readonly inputs: ValueInfo[] = [];
  readonly outputs: ValueInfo[] = [];
  private readonly used = new Set<string>();
  private readonly constants = new Map<string, string>();
  private base = 'tensor';

  /** Claims a name that must stay exactly as given (a spec input or output, a parameter path); a clash is a bug. */
  reserve(name: string): string {
    if (this.used.has(name)) throw new InternalError(`ONNX tensor name "${name}" is used twice`);
    this.used.add(name);
    return name;
  }

  /** A fresh name derived from the current base and a suffix: `h1/MatMul`, `h1/MatMul_2`. */
  fresh(suffix: string): string {
    const stem = `${this.base}/${suffix}`;
    let name = stem;
    for (let i = 2; this.used.has(name); i++) name = `${stem}_${i}`;
    this.used.add(name);
    return name;
  }

  /** Runs `f` with intermediates named after `base` (the spec tensor being exported). */
  at<T>(base: string, f: () => T): T {
    const outer = this.base;
    this.base = base;
    try {
      return f();
    } finally {
      this.base = outer;
    }
  }

  /** Adds a node with one output; returns the output's name. */
  op(op: string, inputs: string[], attrs: Record<string, Attr> = {}): string {
    const out = this.fresh(op);
    this.nodes.push({ op, name: out, inputs, outputs: [out], attrs });
    return out;
  }

  /** Adds a node whose output takes an exact name (a graph output). */
  opNamed(op: string, inputs: string[], output: string, attrs: Record<string, Attr> = {}): string {
    this.nodes.push({ op, name: `${output}/${op}`, inputs, outputs: [output], attrs });
    return output;
  }

  /** Adds a weight under its own name (a parameter path). */
  weight(name: string, dims: number[], data: Float32Array): string {
    this.initializers.push({ name: this.reserve(name), dtype: 'f32', dims, data });
    return name;
  }

  /** A constant tensor, shared by every use of the same value (shape operands repeat a lot). */
  constant(dtype: OnnxDType, dims: number[], values: readonly number[] | readonly boolean[]): string {
    const key = `${dtype}[${dims.join(',')}]${values.join(',')}`;
    const known = this.constants.get(key);
    if (known !== undefined) return known;
    const n = dims.reduce((a, b) => a * b, 1);
    if (values.length !== n) throw new InternalError(`ONNX constant of dims [${dims.join(', ')}] given ${values.length} values`);
    let name = `const/${dtype}_${this.constants.size}`;
    for (let i = 2; this.used.has(name); i++) name = `const/${dtype}_${this.constants.size}_${i}`;
    this.reserve(name);
    this.initializers.push({ name, dtype, dims, data: values });
    this.constants.set(key, name);
    return name;
  }

  /** A 1-D int64 constant (shapes, axes, starts and ends). */
  ints(values: readonly number[]): string {
    return this.constant('i64', [values.length], values);
  }

  /** A rank-0 constant of an element type (a scalar operand). */
  scalar(value: number, dtype: 'f32' | 'i32' = 'f32'): string {
    return this.constant(dtype, [], [value]);
  }
}
