// Gradient checks in float64 against central finite differences: every differentiable IR op on its own (tiny programs
// built with the Builder), and the whole train_step of every shipped spec, plus the first optimizer step of each.
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { CheckedModel, OptimizerSpec, Schedule } from '../compiler/check/types.js';
import { type CompileResult, compileSource } from '../compiler/compile.js';
import { SourceFile } from '../core/diagnostic.js';
import { grad, gradRules } from '../compiler/ir/autodiff.js';
import { Builder } from '../compiler/ir/builder.js';
import type { AnyNode, Module, Op, Program, Window } from '../core/ir.js';
import { NEG_LARGE } from '../compiler/ir/lower-layers.js';
import { execute, program as programOf, type Feeds } from '../runtime/cpu/execute.js';
import type { Tensor } from '../runtime/cpu/tensor.js';
import { initialize } from '../runtime/init.js';
import { compareWithFiniteDifferences, count, dependentPart, describe, differenceNoise, type EntryCheck, relativeError, Rng, scalarOutput, tensor, worst } from './helpers/finite-difference.js';
import { repoRoot } from './helpers/repo.js';

const started = Date.now();
const startedCpu = process.cpuUsage();

// =====================================================================================================================
// 1. Every op with a gradient rule, on its own
// =====================================================================================================================

/** Ops without a gradient test by design: leaves, and ops whose derivative is zero almost everywhere or undefined. */
const NO_GRADIENT = new Set<string>(['param', 'input', 'state', 'const', 'iota', 'random', 'sign', 'floor', 'cast', 'lt', 'le', 'eq', 'argmax']);

/** Max relative error allowed between the analytic gradient and the central difference, per op. */
const OP_TOLERANCE = 1e-6;
const OP_STEP = 1e-6;

/** What a case's builder function can make: f32 parameter leaves (differentiated) and input leaves (not). */
interface CaseContext {
  b: Builder;
  rng: Rng;
  /** An f32 parameter; values default to magnitudes in [0.2, 1.5] with random signs. */
  param(shape: number[], values?: number[] | ((i: number) => number)): number;
  /** A data input (not differentiated): condition masks, ids. */
  input(dtype: 'f32' | 'i32', shape: number[], values: number[]): number;
}

interface OpCase {
  /** The op under test; the case's forward graph must contain a node of it. */
  op: Op;
  name: string;
  /** Builds the op (and whatever it needs) from parameters; returns the node the loss weights. */
  build(c: CaseContext): number;
  /**
   * The expected gradient computed by hand, for ops finite differences cannot see (detach): given the parameter values
   * and the loss weights, each parameter's gradient.
   */
  expected?: (params: Float64Array[], weights: Float64Array) => number[][];
  /** The finite-difference step, when OP_STEP does not suit the case. */
  h?: number;
}

const cases: OpCase[] = [];
const add = (op: Op, name: string, build: OpCase['build'], extra: Pick<OpCase, 'expected' | 'h'> = {}) => cases.push({ op, name, build, ...extra });

// ---- unary elementwise ops: inputs inside each op's domain and away from its kinks
const unaryDomains: [Exclude<Op, 'cast'>, (r: Rng) => number][] = [
  ['neg', (r) => r.uniform(-2, 2)],
  ['exp', (r) => r.uniform(-1.5, 1.5)],
  ['log', (r) => r.uniform(0.3, 3)],
  ['sqrt', (r) => r.uniform(0.3, 3)],
  ['tanh', (r) => r.uniform(-2, 2)],
  ['sigmoid', (r) => r.uniform(-3, 3)],
  ['relu', (r) => r.awayFromZero(0.1, 2)],
  ['abs', (r) => r.awayFromZero(0.1, 2)],
  ['cos', (r) => r.uniform(-4, 4)],
  ['erf', (r) => r.uniform(-2.4, 2.4)],
];
for (const [op, domain] of unaryDomains) {
  const u = op as 'neg';
  add(op, '[2,3]', (c) => c.b.unary(u, c.param([2, 3], () => domain(c.rng))));
  add(op, '[3,1,2]', (c) => c.b.unary(u, c.param([3, 1, 2], () => domain(c.rng))));
  add(op, 'scalar', (c) => c.b.unary(u, c.param([], () => domain(c.rng))));
}
// erf's tails use a continued fraction (|x| >= 2.5), and GELU feeds it large arguments. There erf(x) ≈ ±1 and its slope is
// ~1e-5, so rounding of the value (~1e-16) over h = 1e-6 would be 1e-6 of the slope: a larger step keeps the check tight.
add('erf', 'tails |x| in [2.5, 3.2]', (c) => c.b.unary('erf', c.param([4], [-3.2, -2.6, 2.55, 3.1])), { h: 1e-4 });

// ---- binary elementwise ops, with numpy broadcasting; max/min get distinct operands (no ties)
const binaryOps = ['add', 'sub', 'mul', 'div', 'max', 'min'] as const;
const binaryShapes: [string, number[], number[]][] = [
  ['[2,3] with [2,3]', [2, 3], [2, 3]],
  ['[3,1] with [1,4]', [3, 1], [1, 4]],
  ['scalar with [2,3]', [], [2, 3]],
  ['[2,3] with scalar', [2, 3], []],
  ['[4] with [3,4] (rank alignment)', [4], [3, 4]],
  ['[2,1,3] with [1,2,1]', [2, 1, 3], [1, 2, 1]],
];
for (const op of binaryOps) {
  for (const [name, sa, sb] of binaryShapes) {
    add(op, name, (c) => {
      const [na, nb] = [count(sa), count(sb)];
      if (op === 'max' || op === 'min') {
        const v = c.rng.distinct(na + nb, 0.15);
        return c.b.binary(op, c.param(sa, v.slice(0, na)), c.param(sb, v.slice(na)));
      }
      const x = c.param(sa);
      const y = op === 'div' ? c.param(sb, () => c.rng.awayFromZero(0.5, 2)) : c.param(sb);
      return c.b.binary(op, x, y);
    });
  }
  // the same parameter on both sides: the two operand gradients accumulate
  add(op, 'x with x', (c) => {
    const x = c.param([2, 3], op === 'div' ? () => c.rng.awayFromZero(0.5, 2) : undefined);
    return c.b.binary(op, x, x);
  });
}

// ---- where: the condition never gets a gradient
add('where', 'cond [3,1] input, a [1,4], b scalar', (c) => c.b.where(c.input('f32', [3, 1], [1, 0, 1]), c.param([1, 4]), c.param([])));
add('where', 'cond [2,3] with negative = true', (c) => c.b.where(c.input('f32', [2, 3], [-0.5, 0, 2, 0, 0, 1]), c.param([2, 3]), c.param([2, 3])));
add('where', 'cond [4], a [3,4], b [3,1] (rank alignment)', (c) => c.b.where(c.input('f32', [4], [0, 1, 1, 0]), c.param([3, 4]), c.param([3, 1])));
add('where', 'condition as a parameter', (c) => c.b.where(c.param([2, 3], () => c.rng.awayFromZero(0.5, 1)), c.param([2, 3]), c.param([1, 3])));

// ---- reductions
for (const [shape, axes] of [
  [[2, 3, 4], [1]],
  [[2, 3, 4], [0, 2]],
  [[2, 3, 4], [0, 1, 2]],
  [[3, 1, 2], [1]],
  [[5], [0]],
] as [number[], number[]][]) {
  add('sum', `[${shape}] over [${axes}]`, (c) => c.b.sum(c.param(shape), axes));
  add('reduce_max', `[${shape}] over [${axes}]`, (c) => c.b.reduceMax(c.param(shape, c.rng.distinct(count(shape), 0.1)), axes));
}

// ---- matmul: every transA/transB combination, 2-D and batched
const [M, K, N] = [2, 3, 4];
for (const batch of [[], [2], [2, 3]] as number[][]) {
  for (const transA of [false, true])
    for (const transB of [false, true]) {
      add('matmul', `[${batch}] batch, transA=${transA} transB=${transB}`, (c) => {
        const a = c.param([...batch, ...(transA ? [K, M] : [M, K])]);
        const b = c.param([...batch, ...(transB ? [N, K] : [K, N])]);
        return c.b.matmul(a, b, transA, transB);
      });
    }
}
add('matmul', 'xᵀx (one parameter, both operands)', (c) => {
  const x = c.param([3, 2]);
  return c.b.matmul(x, x, true, false);
});
add('matmul', 'x xᵀ batched (one parameter, both operands)', (c) => {
  const x = c.param([2, 2, 3]);
  return c.b.matmul(x, x, false, true);
});

// ---- gather / scatter_add: repeated ids accumulate, unused rows get zero
add('gather', 'table [5,3], ids [2,3] with repeats and unused rows', (c) => c.b.gather(c.param([5, 3]), c.input('i32', [2, 3], [4, 1, 4, 0, 1, 4])));
add('gather', 'table [4,2], ids [5]', (c) => c.b.gather(c.param([4, 2]), c.input('i32', [5], [3, 3, 0, 2, 3])));
add('gather', 'table [3,4], scalar id', (c) => c.b.gather(c.param([3, 4]), c.input('i32', [], [1])));
add('scatter_add', 'ids [2,3] with repeats into 5 rows', (c) => c.b.scatterAdd(c.input('i32', [2, 3], [4, 1, 4, 0, 1, 4]), c.param([2, 3, 2]), 5));
add('scatter_add', 'ids [4] into 3 rows', (c) => c.b.scatterAdd(c.input('i32', [4], [2, 0, 2, 2]), c.param([4, 3]), 3));

// ---- views
add('reshape', '[2,3,2] -> [3,4]', (c) => c.b.reshape(c.param([2, 3, 2]), [3, 4]));
add('reshape', 'scalar -> [1,1,1]', (c) => c.b.reshape(c.param([]), [1, 1, 1]));
add('reshape', '[6] -> [2,1,3]', (c) => c.b.reshape(c.param([6]), [2, 1, 3]));
add('transpose', '[2,3,4] perm [2,0,1]', (c) => c.b.transpose(c.param([2, 3, 4]), [2, 0, 1]));
add('transpose', '[1,3] perm [1,0]', (c) => c.b.transpose(c.param([1, 3]), [1, 0]));
add('transpose', '[2,3,4,2] perm [3,1,0,2]', (c) => c.b.transpose(c.param([2, 3, 4, 2]), [3, 1, 0, 2]));
add('broadcast', '[3,1] -> [3,4]', (c) => c.b.broadcast(c.param([3, 1]), [3, 4]));
add('broadcast', 'scalar -> [2,3]', (c) => c.b.broadcast(c.param([]), [2, 3]));
add('broadcast', '[1,1,2] -> [2,3,2]', (c) => c.b.broadcast(c.param([1, 1, 2]), [2, 3, 2]));
add('broadcast', '[4] -> [2,3,4] (rank alignment)', (c) => c.b.broadcast(c.param([4]), [2, 3, 4]));
add('slice', '[4,5] begin [1,2] size [2,2]', (c) => c.b.slice(c.param([4, 5]), [1, 2], [2, 2]));
add('slice', '[3,4,2] begin [0,1,1] size [3,2,1]', (c) => c.b.slice(c.param([3, 4, 2]), [0, 1, 1], [3, 2, 1]));
add('slice', '[3,2] whole', (c) => c.b.slice(c.param([3, 2]), [0, 0], [3, 2]));
add('concat', '[2,1] [2,3] [2,2] on axis 1', (c) => c.b.concat([c.param([2, 1]), c.param([2, 3]), c.param([2, 2])], 1));
add('concat', '[1,3] [2,3] on axis 0', (c) => c.b.concat([c.param([1, 3]), c.param([2, 3])], 0));
add('concat', '[x, x] on axis 2 (one parameter twice)', (c) => {
  const x = c.param([2, 2, 3]);
  return c.b.concat([x, x], 2);
});
add('pad', '[2,3] before [1,0] after [0,2]', (c) => c.b.pad(c.param([2, 3]), [1, 0], [0, 2]));
add('pad', '[2,2,2] before [0,1,2] after [1,0,1]', (c) => c.b.pad(c.param([2, 2, 2]), [0, 1, 2], [1, 0, 1]));

// ---- im2col / col2im (NHWC): stride, padding, a non-zero pad value, rectangular windows
const win = (kh: number, kw: number, sh: number, sw: number, padTop: number, padLeft: number, padValue: number): Window => ({ kh, kw, sh, sw, padTop, padLeft, padValue });
add('im2col', '[2,5,5,2] 3x3 stride 2 pad 1, padValue 0.7', (c) => c.b.im2col(c.param([2, 5, 5, 2]), win(3, 3, 2, 2, 1, 1, 0.7), 3, 3));
add('im2col', '[1,4,5,1] 2x3 stride (1,2) no padding', (c) => c.b.im2col(c.param([1, 4, 5, 1]), win(2, 3, 1, 2, 0, 0, 0), 3, 2));
add('im2col', '[1,4,4,3] 3x3 same padding, padValue -0.25', (c) => c.b.im2col(c.param([1, 4, 4, 3]), win(3, 3, 1, 1, 1, 1, -0.25), 4, 4));
add('im2col', 'max-pool: 2x2 stride 2 over [2,5,5,2] padded with NEG_LARGE, then reduce_max', (c) => {
  const x = c.param([2, 5, 5, 2], c.rng.distinct(100, 0.05));
  const patches = c.b.reshape(c.b.im2col(x, win(2, 2, 2, 2, 0, 0, NEG_LARGE), 3, 3), [2, 3, 3, 4, 2]);
  return c.b.reshape(c.b.reduceMax(patches, [3]), [2, 3, 3, 2]);
});
add('col2im', '[2,3,3,18] -> [2,5,5,2] 3x3 stride 2 pad 1', (c) => c.b.col2im(c.param([2, 3, 3, 18]), win(3, 3, 2, 2, 1, 1, 0), [2, 5, 5, 2]));
add('col2im', '[1,3,2,6] -> [1,4,5,1] 2x3 stride (1,2)', (c) => c.b.col2im(c.param([1, 3, 2, 6]), win(2, 3, 1, 2, 0, 0, 0), [1, 4, 5, 1]));
add('col2im', '[1,4,4,27] -> [1,4,4,3] same padding (pad value ignored)', (c) => c.b.col2im(c.param([1, 4, 4, 27]), win(3, 3, 1, 1, 1, 1, -0.25), [1, 4, 4, 3]));

// ---- detach: identity forward, zero gradient (finite differences see the identity, so the expectation is by hand)
add(
  'detach',
  'sum(detach(x)·w) has zero gradient',
  (c) => c.b.detach(c.param([2, 3])),
  { expected: (p) => [Array.from(p[0], () => 0)] },
);
add(
  'detach',
  'detach(x)·x differentiates the second factor only',
  (c) => {
    const x = c.param([2, 3]);
    return c.b.mul(c.b.detach(x), x);
  },
  { expected: ([x], w) => [Array.from(x, (v, i) => v * w[i])] },
);

interface CaseResult {
  op: Op;
  name: string;
  checks: EntryCheck[];
  problems: string[];
}

/** Builds a case, differentiates sum(out · w) with `grad`, and compares every gradient entry with a central difference. */
function runCase(oc: OpCase, seed: number): CaseResult {
  const rng = new Rng(seed);
  const b = new Builder(false);
  const params: Record<string, Tensor> = {};
  const inputs: Record<string, Tensor> = {};
  const paramIds: number[] = [];
  const ctx: CaseContext = {
    b,
    rng,
    param(shape, values) {
      const path = `p${paramIds.length}`;
      const n = count(shape);
      const v = Array.isArray(values) ? values : Array.from({ length: n }, (_, i) => (values ? values(i) : rng.awayFromZero(0.2, 1.5)));
      params[path] = tensor('f32', shape, v);
      const id = b.param(path, shape, { kind: 'zeros', args: {} });
      paramIds.push(id);
      return id;
    },
    input(dtype, shape, values) {
      const name = `in${Object.keys(inputs).length}`;
      inputs[name] = tensor(dtype, shape, values);
      return b.input(name, dtype, shape);
    },
  };
  const out = oc.build(ctx);
  const problems: string[] = [];
  if (!b.nodes.some((n) => n.op === oc.op)) problems.push(`the case builds no ${oc.op} node`);
  const outShape = b.shape(out);
  const w = tensor('f32', outShape, Array.from({ length: count(outShape) }, () => rng.awayFromZero(0.5, 1.5)));
  inputs.weights = w;
  const weighted = b.mul(out, b.input('weights', 'f32', outShape));
  const loss = b.reshape(b.sum(weighted, outShape.map((_, i) => i)), []);
  const forward: Program = { name: 'train_step', nodes: b.nodes.slice(0, loss + 1), outputs: [{ name: 'loss', node: loss }], updates: [] };
  const grads = grad(b, loss, paramIds);
  const paths = Object.keys(params);
  const full: Program = {
    name: 'train_step',
    nodes: b.nodes,
    outputs: [{ name: 'loss', node: loss }, ...grads.map((g, i) => ({ name: `grad.${paths[i]}`, node: g }))],
    updates: [],
  };
  const feeds: Feeds = { inputs, params, state: {} };
  const r = execute(full, feeds, { precision: 'f64' });
  const analytic: Record<string, Tensor> = {};
  paths.forEach((p, i) => {
    const g = r.outputs[`grad.${p}`];
    if (g.shape.join() !== params[p].shape.join()) problems.push(`gradient of ${p} has shape [${g.shape}], the parameter [${params[p].shape}]`);
    analytic[p] = g;
  });
  if (problems.length) return { op: oc.op, name: oc.name, checks: [], problems };
  let checks: EntryCheck[];
  if (oc.expected) {
    const want = oc.expected(
      paths.map((p) => params[p].data as Float64Array),
      w.data as Float64Array,
    );
    checks = paths.flatMap((p, k) => want[k].map((e, index) => ({ param: p, index, analytic: analytic[p].data[index], numeric: e, error: relativeError(analytic[p].data[index], e), raw: relativeError(analytic[p].data[index], e) })));
  } else {
    const entries = paths.flatMap((p) => Array.from({ length: count(params[p].shape) }, (_, index) => ({ param: p, index })));
    checks = compareWithFiniteDifferences(forward, feeds, 'loss', analytic, entries, { h: oc.h ?? OP_STEP });
  }
  return { op: oc.op, name: oc.name, checks, problems };
}

const opResults: CaseResult[] = [];

const ops = [...new Set(cases.map((c) => c.op))];
for (const op of ops) {
  test(`gradient of ${op} matches central differences in float64`, () => {
    const failures: string[] = [];
    cases.forEach((oc, k) => {
      if (oc.op !== op) return;
      const res = runCase(oc, 1000 + k);
      opResults.push(res);
      const w = worst(res.checks);
      if (res.problems.length) failures.push(`${oc.name}: ${res.problems.join('; ')}`);
      else if (!w) failures.push(`${oc.name}: nothing was checked`);
      else if (!(w.error < OP_TOLERANCE)) failures.push(`${oc.name}: ${describe(w)}`);
    });
    assert.ok(failures.length === 0, `${op}:\n  ${failures.join('\n  ')}`);
  });
}

test('every op with a gradient rule has a gradient test; the rest have no gradient by design', () => {
  const all = Object.keys(gradRules).sort();
  const covered = [...new Set(opResults.filter((r) => r.problems.length === 0).map((r) => r.op))].sort();
  const wanted = all.filter((op) => !NO_GRADIENT.has(op));
  assert.equal(covered, wanted, 'ops with a gradient rule but no gradient test (or a test of an op that is not in gradRules)');
  // The excluded non-leaf ops really return no gradient for any operand.
  const b = new Builder(false);
  const x = b.param('x', [2, 3], { kind: 'zeros', args: {} });
  const y = b.param('y', [2, 3], { kind: 'zeros', args: {} });
  const step = b.state('step', [], 0);
  const made: number[] = [b.unary('sign', x), b.unary('floor', x), b.cast(x, 'i32'), b.binary('lt', x, y), b.binary('le', x, y), b.binary('eq', x, y), b.argmax(x, 1), b.random([2, 3], 1, 0, step)];
  const g = b.const(1);
  for (const id of made) {
    const n = b.nodes[id] as AnyNode;
    const parts = (gradRules[n.op] as (b: Builder, n: AnyNode, g: number) => (number | undefined)[])(b, n, g);
    assert.ok(parts.every((p) => p === undefined), `${n.op} returns a gradient`);
  }
  for (const op of NO_GRADIENT) assert.ok(op in gradRules, `${op} is not an op`);

  // Report: the worst relative error per op.
  const lines = ops.map((op) => {
    const rs = opResults.filter((r) => r.op === op);
    const w = worst(rs.flatMap((r) => r.checks));
    const at = rs.find((r) => w && r.checks.includes(w));
    const where = w ? `${at?.name}: ${w.param}[${w.index}] ${w.analytic.toExponential(3)} vs ${w.numeric.toExponential(3)}` : '-';
    return `  ${op.padEnd(12)} ${w ? w.error.toExponential(2) : '-'.padEnd(8)}  ${String(rs.length).padStart(2)} cases, ${String(rs.reduce((s, r) => s + r.checks.length, 0)).padStart(3)} entries; worst in ${where}`;
  });
  console.log(`\nworst relative error per op (tolerance ${OP_TOLERANCE}, h = ${OP_STEP}):\n${lines.join('\n')}`);
});

// ---- Tied maxima. f = max(x, x, x, x) = x has slope 1, and a max-pool window over a constant region moves with its
// value, but the reduce_max rule (eq(x, max) · g) gives the whole gradient to every tied element: k ties, k times the
// gradient. Finite differences are exact here (all tied copies move together, so no kink is crossed). Real inputs hit
// this: MNIST backgrounds are exactly 0, so after the first step a positive Conv2D bias makes every background pooling
// window a tie (see the cnn.model test below). These tests fail until the rule shares the gradient among ties.
test('reduce_max: tied maxima share the gradient (max(x, x, x, x) = x has slope 1)', () => {
  const res = runCase({ op: 'reduce_max', name: 'ties', build: (c) => c.b.reduceMax(c.b.broadcast(c.param([1], [0.5]), [4]), [0]) }, 7);
  const w = worst(res.checks);
  assert.ok(res.problems.length === 0 && w && w.error < OP_TOLERANCE, describe(w));
});

test('reduce_max: max-pooling a constant region passes the gradient once per window', () => {
  const res = runCase(
    {
      op: 'reduce_max',
      name: 'max-pool over a bias on a zero background',
      build: (c) => {
        // a 4x4 zero image with one bright pixel, plus a bias: three of the four 2x2 windows are constant
        const image = c.input('f32', [1, 4, 4, 1], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.5, 0, 0, 0, 0, 0]);
        const x = c.b.addN(image, c.param([1, 1, 1, 1], [0.001]));
        const patches = c.b.reshape(c.b.im2col(x, win(2, 2, 2, 2, 0, 0, NEG_LARGE), 2, 2), [1, 2, 2, 4, 1]);
        return c.b.reshape(c.b.reduceMax(patches, [3]), [1, 2, 2, 1]);
      },
    },
    8,
  );
  const w = worst(res.checks);
  assert.ok(res.problems.length === 0 && w && w.error < OP_TOLERANCE, describe(w));
});

// =====================================================================================================================
// 2. The train_step of every shipped spec
// =====================================================================================================================

const specFiles = readdirSync(repoRoot + 'specs').filter((f) => f.endsWith('.model')).sort();

/** Per-spec settings: how many parameter entries to check (the forward pass of char-gpt is the slowest). */
const SPEC_ENTRIES: Record<string, number> = { 'char-gpt.model': 12 };
const DEFAULT_ENTRIES = 20;
/**
 * The finite-difference step: small enough that a perturbation crosses none of the ReLU and max-pool kinks it moves
 * (a conv1 weight of the CNN moves ~10³ pre-activations; at 1e-4 some cross), large enough that rounding (ε/h) stays
 * small; the truncation error (h²) is then ~1e-10 relative.
 */
const SPEC_STEP = 1e-5;
/** Max relative error of a sampled entry, after forgiving the central difference's rounding noise (differenceNoise). */
const SPEC_TOLERANCE = 1e-6;

/** The exclusive upper bound of an i32 input: the rows of a table it indexes, or the classes of a one-hot it makes. */
function idBound(p: Program, input: number): number | undefined {
  const aliases = new Set([input]);
  let bound: number | undefined;
  const take = (v: number) => (bound = bound === undefined ? v : Math.min(bound, v));
  for (const n of p.nodes) {
    if ((n.op === 'reshape' || n.op === 'transpose' || n.op === 'broadcast' || n.op === 'slice') && aliases.has(n.src[0])) aliases.add(n.id);
    if (n.op === 'gather' && aliases.has(n.src[1])) take(p.nodes[n.src[0]].shape[0]);
    if (n.op === 'eq') {
      const [a, b] = n.src.map((s) => p.nodes[s]);
      for (const [x, y] of [
        [a, b],
        [b, a],
      ])
        if (aliases.has(x.id) && y.op === 'iota') take(y.shape[y.arg.axis]);
    }
  }
  return bound;
}

/** Random data for every input node of a program: normal floats, 0/1 for binary targets, ids inside their range. */
function makeInputs(p: Program, binaryTargets: Set<string>, rng: Rng): Record<string, Tensor> {
  const inputs: Record<string, Tensor> = {};
  for (const n of p.nodes) {
    if (n.op !== 'input') continue;
    const len = count(n.shape);
    if (n.dtype === 'i32') {
      const bound = idBound(p, n.id);
      if (bound === undefined) throw new Error(`cannot tell the range of i32 input ${n.arg.name}`);
      inputs[n.arg.name] = tensor('i32', n.shape, Array.from({ length: len }, () => rng.int(bound)));
    } else if (n.arg.name === '#weight') {
      // sample weights: the first row counts double, so the weighted mean is exercised too
      inputs[n.arg.name] = tensor('f32', n.shape, Array.from({ length: len }, (_, i) => (i === 0 ? 2 : 1)));
    } else if (binaryTargets.has(n.arg.name)) {
      inputs[n.arg.name] = tensor('f32', n.shape, Array.from({ length: len }, (_, i) => (i % 2 === 0 ? 1 : 0)));
    } else {
      inputs[n.arg.name] = tensor('f32', n.shape, Array.from({ length: len }, () => rng.normal()));
    }
  }
  return inputs;
}

/** The learning rate at step 0 of a schedule (mirrors lowerSchedule). */
function lrAtZero(s: Schedule): number {
  switch (s.kind) {
    case 'constant':
    case 'step':
    case 'cosine':
    case 'exponential':
    case 'linear':
      return s.lr;
    case 'warmup':
      return lrAtZero(s.after) / s.steps;
  }
}

interface SpecReport {
  spec: string;
  params: number;
  checked: number;
  worst?: EntryCheck;
  worstRaw?: EntryCheck;
  update: string;
  ms: string;
}
const specReports: SpecReport[] = [];

/** A shipped spec compiled for batch 2: its lowered train_step (forward to the loss) with feeds, and the full module. */
interface SpecSetup {
  result: CompileResult & { model: CheckedModel; module: Module };
  forward: Program;
  feeds: Feeds;
}

function setUp(file: string, rng: Rng): SpecSetup {
  const text = readFileSync(repoRoot + 'specs/' + file, 'utf8');
  let lowered: Module | undefined;
  const result = compileSource(new SourceFile(`specs/${file}`, text), {
    batch: 2,
    after: (stage, m) => {
      if (stage === 'lower') lowered = structuredClone(m);
    },
  });
  assert.ok(result.model && result.module && lowered, `specs/${file} compiles`);
  const model = result.model;
  // Keras-initialised parameters in f64, step counter 0, random data
  const forward = programOf(lowered, 'train_step');
  const params: Record<string, Tensor> = {};
  for (const p of lowered.params) params[p.path] = tensor('f32', p.shape, initialize(p.init, p.shape, lowered.seed, p.path));
  const state: Record<string, Tensor> = {};
  for (const s of lowered.state) state[s.path] = tensor('f32', s.shape, new Array<number>(count(s.shape)).fill(s.value));
  const binaryTargets = new Set<string>();
  if (model.loss && model.loss.kind === 'binary_cross_entropy') binaryTargets.add(model.nodes[model.loss.target].name);
  const inputs = makeInputs(forward, binaryTargets, rng);
  return { result: result as SpecSetup['result'], forward, feeds: { inputs, params, state } };
}

/** grad() appended to the lowered train_step, run once: the loss, each parameter's gradient, and every node's value. */
function analyticGradients(forward: Program, feeds: Feeds): { loss: number; grads: Record<string, Tensor>; values: Tensor[] } {
  const lossNode = forward.outputs.find((o) => o.name === 'loss')!.node;
  const b = Builder.from(forward.nodes);
  const paramNodes = forward.nodes.filter((n): n is AnyNode & { op: 'param' } => n.op === 'param');
  const ids = grad(b, lossNode, paramNodes.map((n) => n.id));
  const withGrads: Program = { name: 'train_step', nodes: b.nodes, outputs: [{ name: 'loss', node: lossNode }, ...ids.map((g, i) => ({ name: paramNodes[i].arg.path, node: g }))], updates: [] };
  const run = execute(withGrads, feeds, { precision: 'f64', keep: true });
  const grads: Record<string, Tensor> = {};
  for (const n of paramNodes) {
    grads[n.arg.path] = run.outputs[n.arg.path];
    assert.equal(grads[n.arg.path].shape, n.shape, `gradient shape of ${n.arg.path}`);
  }
  return { loss: run.outputs.loss.data[0], grads, values: run.values! };
}

for (const file of specFiles) {
  test(`specs/${file}: train_step gradients match central differences; the first optimizer step follows them`, () => {
    const t0 = Date.now();
    const rng = new Rng(0x5eed + file.length);
    const { result, forward, feeds } = setUp(file, rng);
    const { params, inputs } = feeds;
    const { loss, grads: analytic, values } = analyticGradients(forward, feeds);
    assert.ok(Number.isFinite(loss), `loss is ${loss}`);
    const paramNodes = forward.nodes.filter((n): n is AnyNode & { op: 'param' } => n.op === 'param');

    // ---- sample entries, spread over the parameters; embedding rows among the ids the batch uses
    const usedRows = new Map<string, number[]>();
    for (const n of forward.nodes) {
      if (n.op !== 'gather') continue;
      const table = forward.nodes[n.src[0]];
      let ids = forward.nodes[n.src[1]];
      while (ids.op === 'reshape') ids = forward.nodes[ids.src[0]];
      if (table.op === 'param' && ids.op === 'input') usedRows.set(table.arg.path, [...new Set(inputs[ids.arg.name].data)]);
    }
    const paths = paramNodes.map((n) => n.arg.path);
    const order = [...paths.filter((p) => usedRows.has(p)), ...shuffle(paths.filter((p) => !usedRows.has(p)), rng)];
    const want = SPEC_ENTRIES[file] ?? DEFAULT_ENTRIES;
    const entries: { param: string; index: number }[] = [];
    for (let k = 0; entries.length < want && k < 8 * want; k++) {
      const path = order[k % order.length];
      const shape = params[path].shape;
      const width = shape[shape.length - 1];
      const g = analytic[path].data;
      // a few candidates; the one with the largest gradient keeps rounding noise small against the signal
      let best = -1;
      for (let t = 0; t < 6; t++) {
        const rows = usedRows.get(path);
        const i = rows ? rows[rng.int(rows.length)] * width + rng.int(width) : rng.int(count(shape));
        if (entries.some((e) => e.param === path && e.index === i)) continue;
        if (best < 0 || Math.abs(g[i]) > Math.abs(g[best])) best = i;
      }
      if (best >= 0) entries.push({ param: path, index: best });
    }
    const t1 = Date.now();
    // Dropout masks are a function of (seed, stream, step): with the step fixed the loss is a function of the params.
    // Some gradients are zero in exact arithmetic (e.g. attention key biases: softmax ignores a per-row shift), so the
    // comparison forgives the central difference's rounding noise.
    const h = SPEC_STEP;
    const atol = differenceNoise(loss, h);
    const checks = compareWithFiniteDifferences(forward, feeds, 'loss', analytic, entries, { h, atol, base: values });
    const w = worst(checks);
    const bad = checks.filter((c) => !(c.error < SPEC_TOLERANCE));
    assert.ok(bad.length === 0, `specs/${file}: ${bad.length} of ${checks.length} entries differ:\n  ${bad.map(describe).join('\n  ')}`);

    const t2 = Date.now();
    // ---- the fully compiled train_step (autodiff, clipping, optimizer, simplification): its first update
    const compiled = programOf(result.module, 'train_step');
    const fullState: Record<string, Tensor> = {};
    for (const s of result.module.state) fullState[s.path] = tensor('f32', s.shape, new Array<number>(count(s.shape)).fill(s.value));
    const before: Record<string, Tensor> = {};
    for (const [path, t] of Object.entries(params)) before[path] = tensor('f32', t.shape, t.data);
    const stepped = execute(compiled, { inputs, params: before, state: fullState }, { precision: 'f64' });
    const compiledLoss = stepped.outputs.loss.data[0];
    assert.ok(relativeError(compiledLoss, loss, 1e-300) < 1e-12, `compiled loss ${compiledLoss} vs lowered ${loss}`);
    const opt = result.model.optimizer!;
    const first = checkFirstStep(opt, params, analytic, stepped.updates);
    assert.ok(first.failures.length === 0, `first ${opt.kind} step:\n  ${first.failures.join('\n  ')}`);
    specReports.push({
      spec: file,
      params: paths.length,
      checked: checks.length,
      worst: w,
      worstRaw: worst(checks, 'raw'),
      update: first.summary,
      ms: `${Date.now() - t0} ms: compile + gradients ${t1 - t0}, differences ${t2 - t1}, compiled step ${Date.now() - t2}`,
    });
  });
}

// The finite differences re-run only the part of train_step a parameter reaches; that must be exactly a full run.
test('partial re-runs (dependentPart) give bitwise the loss of full runs', () => {
  for (const file of ['iris.model', 'mlp.model']) {
    const { forward, feeds } = setUp(file, new Rng(5));
    const base = execute(forward, feeds, { precision: 'f64', keep: true }).values!;
    for (const n of forward.nodes) {
      if (n.op !== 'param') continue;
      const part = dependentPart(forward, base, n.arg.path, 'loss');
      const partFeeds = { ...feeds, inputs: { ...feeds.inputs, ...part.inputs } };
      const data = feeds.params[n.arg.path].data;
      const i = Math.floor(data.length / 3);
      const x = data[i];
      assert.is(scalarOutput(part.program, partFeeds, 'loss'), scalarOutput(forward, feeds, 'loss'), `${file} ${n.arg.path}`);
      data[i] = x + 1e-3;
      assert.is(scalarOutput(part.program, partFeeds, 'loss'), scalarOutput(forward, feeds, 'loss'), `${file} ${n.arg.path} perturbed`);
      data[i] = x;
      assert.ok(part.program.nodes.length < forward.nodes.length, 'the part is smaller');
    }
  }
});

// The reduce_max tie bug above, on a shipped spec with realistic data: MNIST digits have an exactly-zero background, so
// once a Conv2D bias is positive (one Adam step of ±lr moves every bias) each background 2x2 max-pool window is a tie.
test('specs/cnn.model: gradients are right on zero-background images once conv biases are positive', () => {
  const { forward, feeds } = setUp('cnn.model', new Rng(99));
  const image = feeds.inputs.image.data;
  image.fill(0);
  for (let b = 0; b < 2; b++) for (let y = 10; y < 18; y++) for (let x = 12; x < 15 + b; x++) image[b * 784 + y * 28 + x] = 0.8;
  feeds.params['c1.bias'].data.fill(1e-3);
  const { loss, grads, values } = analyticGradients(forward, feeds);
  const entries = [0, 1, 2].map((index) => ({ param: 'c1.bias', index }));
  // h far below the 1e-3 bias, so no ReLU kink is crossed; tied windows move together
  const checks = compareWithFiniteDifferences(forward, feeds, 'loss', grads, entries, { h: 1e-6, atol: differenceNoise(loss, 1e-6), base: values });
  // the numeric side is sound: a ten times smaller step gives the same derivatives
  const finer = compareWithFiniteDifferences(forward, feeds, 'loss', grads, entries, { h: 1e-7, base: values });
  finer.forEach((f, k) => assert.ok(relativeError(f.numeric, checks[k].numeric) < 1e-4, `numeric derivative depends on the step: ${f.numeric} vs ${checks[k].numeric}`));
  const w = worst(checks);
  assert.ok(w && w.error < SPEC_TOLERANCE, checks.map(describe).join('\n'));
});

/** Max relative error of the first optimizer step's values against the formula applied to the checked gradients. */
const STEP_TOLERANCE = 1e-6;

/**
 * Checks one train_step of the compiled module from zero optimizer state against the gradient `grads`: after global-norm
 * clipping (scale s), SGD moves by -lr·g (the momentum buffer starts as g), Adam by -lr·g/(|g|+ε) (m̂ = g, v̂ = g²) — that
 * is ±lr where |g| ≫ ε — and AdamW also decays by lr·wd·value. Also checks the moment slots and the step counter, and that
 * every entry with a clear gradient moves against it.
 */
function checkFirstStep(opt: OptimizerSpec, params: Record<string, Tensor>, grads: Record<string, Tensor>, updates: Record<string, Tensor>): { failures: string[]; summary: string } {
  const failures: string[] = [];
  const lr = lrAtZero(opt.schedule);
  const a = opt.args;
  const num = (k: string) => (a[k] as number | undefined) ?? 0;
  const [clip, eps, b1, b2, mu, wd] = [num('clip_norm'), num('epsilon'), num('beta1'), num('beta2'), num('momentum'), num('weight_decay')];
  const paths = Object.keys(grads);
  const norm = Math.sqrt(paths.reduce((s, p) => s + Array.from(grads[p].data).reduce((q, v) => q + v * v, 0), 0));
  const scale = clip > 0 ? clip / Math.max(norm, clip) : 1;
  const worstOf: Record<string, { error: number; at: string }> = {};
  const compare = (what: string, path: string, i: number, actual: number, expected: number, atol = 0) => {
    const error = relativeError(actual, expected, 1e-300, atol);
    const w = (worstOf[what] ??= { error: 0, at: '' });
    if (error > w.error || Number.isNaN(error)) {
      w.error = error;
      w.at = `${what} of ${path}[${i}]: ${actual.toExponential(6)}, expected ${expected.toExponential(6)} (gradient ${grads[path].data[i].toExponential(3)})`;
    }
  };
  let moved = 0;
  let against = 0;
  const step = updates['optimizer.step'];
  if (!step || step.data[0] !== 1) failures.push(`the step counter becomes ${step?.data[0]}, not 1`);
  for (const path of paths) {
    const next = updates[path];
    if (!next) {
      failures.push(`train_step does not update ${path}`);
      continue;
    }
    const p = params[path].data;
    const g = grads[path].data;
    const slot = (name: string) => {
      const t = updates[`${path}.${name}`];
      if (!t) failures.push(`train_step does not update ${path}.${name}`);
      return t?.data;
    };
    const [m, v, buf] = opt.kind === 'sgd' ? [undefined, undefined, mu > 0 ? slot('momentum') : undefined] : [slot('m'), slot('v'), undefined];
    for (let i = 0; i < p.length; i++) {
      const gc = g[i] * scale;
      let descent: number;
      if (opt.kind === 'sgd') {
        descent = -lr * (a.nesterov ? gc + mu * gc : gc);
        if (buf) compare('momentum', path, i, buf[i], gc);
      } else {
        descent = -lr * (gc / (Math.abs(gc) + eps));
        if (m) compare('m', path, i, m[i], (1 - b1) * gc);
        if (v) compare('v', path, i, v[i], (1 - b2) * gc * gc);
      }
      const decay = opt.kind === 'adamw' ? -lr * wd * p[i] : 0;
      const delta = next.data[i] - p[i];
      // new - old carries the rounding of a value of size |p|
      compare('update', path, i, delta, descent + decay, 4e-16 * Math.abs(p[i]));
      if (gc !== 0 && Math.abs(gc) > 1e3 * eps) {
        moved++;
        if (Math.sign(delta - decay) !== -Math.sign(gc)) against++;
      }
    }
  }
  if (against) failures.push(`${against} of ${moved} entries moved along the gradient instead of against it`);
  for (const w of Object.values(worstOf)) if (!(w.error < STEP_TOLERANCE)) failures.push(w.at);
  const errors = Object.entries(worstOf).map(([k, w]) => `${k} ${w.error.toExponential(2)}`).join(', ');
  const summary = `${opt.kind}${clip > 0 ? ` (clip ${clip}, scale ${scale.toPrecision(3)})` : ''}, lr ${lr.toPrecision(3)}: ${moved} entries moved against the gradient; worst rel. error ${errors}`;
  return { failures, summary };
}

function shuffle<T>(xs: T[], rng: Rng): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

test('report', () => {
  const pad = ''.padEnd(24);
  const lines = specReports.map(
    (r) =>
      `  ${r.spec.padEnd(22)}${r.checked} entries of ${r.params} params\n${pad}worst: ${describe(r.worst)}\n${pad}worst raw: ${describe(r.worstRaw)}\n${pad}first step: ${r.update}\n${pad}time: ${r.ms}`,
  );
  console.log(`\ntrain_step gradients (h = ${SPEC_STEP}, tolerance ${SPEC_TOLERANCE}):\n${lines.join('\n')}\ntotal ${Date.now() - started} ms wall, ${((process.cpuUsage(startedCpu).user + process.cpuUsage(startedCpu).system) / 1000).toFixed(0)} ms CPU`);
});

test.run();
