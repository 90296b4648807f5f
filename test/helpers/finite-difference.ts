// Finite-difference gradient checking for IR programs on the CPU executor in float64: a seeded generator for test data,
// central differences of a program's scalar output, the relative error measure, and the per-element comparison.
import type { AnyNode, DType, Program } from '../../core/ir.js';
import { execute, type Feeds } from '../../runtime/cpu/execute.js';
import type { Tensor } from '../../runtime/cpu/tensor.js';

/** A seeded generator (mulberry32) with the distributions the gradient tests draw from. */
export class Rng {
  private a: number;
  constructor(seed: number) {
    this.a = seed >>> 0;
  }
  /** Uniform in [0, 1). */
  next(): number {
    this.a = (this.a + 0x6d2b79f5) >>> 0;
    let t = this.a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  uniform(lo: number, hi: number): number {
    return lo + (hi - lo) * this.next();
  }
  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  sign(): number {
    return this.next() < 0.5 ? -1 : 1;
  }
  /** Standard normal (Box-Muller). */
  normal(): number {
    const u = 1 - this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }
  /** Magnitude in [lo, hi] with a random sign: away from zero (kinks of relu/abs, poles of div). */
  awayFromZero(lo: number, hi: number): number {
    return this.sign() * this.uniform(lo, hi);
  }
  /** `n` distinct values in [-range, range], pairwise at least `gap` apart and at least gap/2 from zero (no ties for max/min). */
  distinct(n: number, gap = 0.1, range = 3): number[] {
    const slots = Math.floor((2 * range) / gap);
    if (slots < n) throw new Error(`cannot draw ${n} values ${gap} apart in ±${range}`);
    const all = Array.from({ length: slots }, (_, i) => -range + (i + 0.5) * gap);
    for (let i = all.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      [all[i], all[j]] = [all[j], all[i]];
    }
    // jitter by less than a quarter gap so values stay gap/2 apart and do not sit on a regular grid
    return all.slice(0, n).map((v) => v + this.uniform(-gap / 4, gap / 4));
  }
}

/** Number of elements of a shape. */
export function count(shape: number[]): number {
  return shape.reduce((p, d) => p * d, 1);
}

/** A host tensor in the float64 checking precision (i32 stays Int32Array). */
export function tensor(dtype: DType, shape: number[], values: ArrayLike<number>): Tensor {
  if (values.length !== count(shape)) throw new Error(`${values.length} values for shape [${shape}]`);
  const data = dtype === 'i32' ? Int32Array.from(values) : Float64Array.from(values);
  return { dtype, shape: [...shape], data };
}

/**
 * The symmetric relative error used by every check: |a - n| / max(floor, |a| + |n|), after forgiving `atol` of the
 * difference (the rounding noise of the numeric derivative, for entries whose gradient is zero or nearly so).
 */
export function relativeError(analytic: number, numeric: number, floor = 1e-8, atol = 0): number {
  const d = Math.abs(analytic - numeric);
  if (Number.isNaN(d)) return NaN;
  return Math.max(0, d - atol) / Math.max(floor, Math.abs(analytic) + Math.abs(numeric));
}

/**
 * The rounding noise of a central difference of a value of size |f| with step h: a loss computed in float64 is off by a
 * few units in the last place, and (f(x+h) - f(x-h)) / 2h turns `ulps` of them into ulps · ulp(f) / 2h.
 */
export function differenceNoise(f: number, h: number, ulps = 8): number {
  const ulp = Math.abs(f) > 0 ? 2 ** (Math.floor(Math.log2(Math.abs(f))) - 52) : Number.MIN_VALUE;
  return (ulps * ulp) / (2 * h);
}

/** The scalar value of output `name` of a program run in float64. */
export function scalarOutput(program: Program, feeds: Feeds, name: string): number {
  const t = execute(program, feeds, { precision: 'f64' }).outputs[name];
  if (!t || t.data.length !== 1) throw new Error(`output ${name} is not a scalar`);
  return t.data[0];
}

/**
 * Central difference (f(x+h) - f(x-h)) / 2h of `f` in entry `index` of `data`, which `f` reads; the entry is restored.
 * The divisor is the step actually taken in floating point, (x+h) - (x-h), not 2h.
 */
export function centralDifference(f: () => number, data: Float64Array, index: number, h: number): number {
  const x = data[index];
  const up = x + h;
  const down = x - h;
  data[index] = up;
  const fUp = f();
  data[index] = down;
  const fDown = f();
  data[index] = x;
  return (fUp - fDown) / (up - down);
}

/** One compared gradient entry. */
export interface EntryCheck {
  param: string;
  index: number;
  analytic: number;
  numeric: number;
  /** Relative error after forgiving the rounding noise `atol`: what the tests bound. */
  error: number;
  /** Relative error of the raw difference, for reports. */
  raw: number;
}

/** The entry with the largest error (`raw`: before forgiving rounding noise); undefined for an empty list. */
export function worst(checks: EntryCheck[], key: 'error' | 'raw' = 'error'): EntryCheck | undefined {
  let w: EntryCheck | undefined;
  for (const c of checks) if (!w || c[key] > w[key] || Number.isNaN(c[key])) w = c;
  return w;
}

/** Formats a check for messages: `path[index]: analytic a vs numeric n (rel. error e)`. */
export function describe(c: EntryCheck | undefined): string {
  if (!c) return 'nothing checked';
  const raw = c.raw !== c.error ? `; ${c.raw.toExponential(2)} before forgiving rounding noise` : '';
  return `${c.param}[${c.index}]: analytic ${c.analytic.toExponential(6)} vs numeric ${c.numeric.toExponential(6)} (rel. error ${c.error.toExponential(2)}${raw})`;
}

/**
 * The part of `forward` that recomputes output `loss` when parameter `path` changes: the loss's ancestors that depend on
 * the parameter. Operands outside that part are fed as inputs named `%<id>` (their values, from `values`, cannot change),
 * so a re-run gives bitwise the value a full run would, at a fraction of the cost.
 */
export function dependentPart(forward: Program, values: Tensor[], path: string, loss: string): { program: Program; inputs: Record<string, Tensor> } {
  const lossId = forward.outputs.find((o) => o.name === loss)!.node;
  const byId = new Map<number, AnyNode>(forward.nodes.map((n) => [n.id, n]));
  const ancestors = new Set<number>([lossId]);
  for (let k = forward.nodes.length - 1; k >= 0; k--) {
    const n = forward.nodes[k];
    if (ancestors.has(n.id)) for (const s of n.src) ancestors.add(s);
  }
  const depends = new Set<number>();
  for (const n of forward.nodes) {
    if (!ancestors.has(n.id)) continue;
    if ((n.op === 'param' && n.arg.path === path) || n.src.some((s) => depends.has(s))) depends.add(n.id);
  }
  const inputs: Record<string, Tensor> = {};
  const nodes: AnyNode[] = [];
  const fed = new Set<number>();
  for (const n of forward.nodes) {
    if (!depends.has(n.id)) continue;
    for (const s of n.src) {
      if (depends.has(s) || fed.has(s)) continue;
      fed.add(s);
      const src = byId.get(s)!;
      inputs[`%${s}`] = values[s];
      nodes.push({ ...src, op: 'input', src: [], arg: { name: `%${s}` } } as AnyNode);
    }
    nodes.push(n);
  }
  nodes.sort((a, b) => a.id - b.id);
  return { program: { ...forward, nodes, outputs: [{ name: loss, node: lossId }], updates: [] }, inputs };
}

/**
 * Compares analytic gradient entries with central differences of the scalar output `loss` of `forward` under `feeds`.
 * `entries` lists the (parameter path, flat index) pairs to check; `analytic` gives each parameter's gradient.
 * The parameter tensors in `feeds.params` must be Float64Array-backed; they are perturbed in place and restored.
 * Each perturbed run recomputes only the part of the program the parameter reaches (see dependentPart).
 */
export function compareWithFiniteDifferences(
  forward: Program,
  feeds: Feeds,
  loss: string,
  analytic: Record<string, Tensor>,
  entries: { param: string; index: number }[],
  options: {
    h?: number | ((x: number) => number);
    floor?: number;
    atol?: number;
    /** Every node's value at the unperturbed parameters (from a run with `keep`), when the caller has them already. */
    base?: Tensor[];
  } = {},
): EntryCheck[] {
  const step = options.h ?? 1e-6;
  const base = options.base ?? execute(forward, feeds, { precision: 'f64', keep: true }).values!;
  const parts = new Map<string, { program: Program; feeds: Feeds }>();
  return entries.map(({ param, index }) => {
    const data = feeds.params[param].data;
    if (!(data instanceof Float64Array)) throw new Error(`parameter ${param} must be float64 for a gradient check`);
    let part = parts.get(param);
    if (!part) {
      const d = dependentPart(forward, base, param, loss);
      part = { program: d.program, feeds: { ...feeds, inputs: { ...feeds.inputs, ...d.inputs } } };
      parts.set(param, part);
    }
    const run = part;
    const h = typeof step === 'number' ? step : step(data[index]);
    const numeric = centralDifference(() => scalarOutput(run.program, run.feeds, loss), data, index, h);
    const a = analytic[param].data[index];
    return { param, index, analytic: a, numeric, error: relativeError(a, numeric, options.floor, options.atol), raw: relativeError(a, numeric, options.floor) };
  });
}
