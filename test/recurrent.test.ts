// Takes small specs with SimpleRNN, LSTM, GRU, Bidirectional and Embedding(mask_zero=true), the compiler and the CPU
// executor; gives the checks of backpropagation through time against central differences in float64 (with and
// without masks, every step and the last, both directions), of masked steps carrying the state, masked mean pooling
// and masked attention computed directly, of how the checker's types carry masks, of the orthogonal initializer, and
// of the recurrent layers' located errors.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compileSource } from '../compiler/compile.js';
import { grad } from '../compiler/ir/autodiff.js';
import { Builder } from '../compiler/ir/builder.js';
import { SourceFile } from '../core/diagnostic.js';
import type { AnyNode, Module, Program } from '../core/ir.js';
import { execute, type Feeds, program as programOf } from '../runtime/cpu/execute.js';
import { CpuSession } from '../runtime/cpu/session.js';
import type { Tensor } from '../runtime/cpu/tensor.js';
import { initialize } from '../runtime/init.js';
import { centralDifference, count, differenceNoise, relativeError, Rng, scalarOutput, tensor } from './helpers/finite-difference.js';

const [BATCH, STEPS] = [3, 4];
/** Padding at the end, in the middle, and a row that is all padding. */
const IDS = [3, 1, 0, 0, 2, 0, 5, 6, 0, 0, 0, 0];
const GRAD_SPEC = `model rnn_grad
input  ids: i32[batch, ${STEPS}]
input  x: f32[batch, ${STEPS}, 3]
target t: f32[batch, 2]
e = Embedding(7, 3, init=uniform(min=-1, max=1), mask_zero=true)(ids)
a = SimpleRNN(2)(x)
b = LSTM(2, return_sequences=true)(e)
c = GRU(2)(e)
d = GRU(2, reset_after=false, return_sequences=true, go_backwards=true)(x)
f = Bidirectional(LSTM(2, return_sequences=true))(e)
g = Bidirectional(GRU(2, activation=sigmoid), merge_mode=mul)(x)
k = Bidirectional(SimpleRNN(2), merge_mode=ave)(e)
output y = a + GlobalAvgPool1D()(b) + c + mean(d, axis=1) + Dense(2)(mean(f, axis=1)) + g + k
loss      mse(y, t)
optimizer sgd(lr=0.1)
train     batch_size=${BATCH}, seed=5
`;

function compile(text: string, batch = BATCH): { module: Module; lowered: Module } {
  let lowered: Module | undefined;
  const r = compileSource(new SourceFile('rnn.model', text), { batch, after: (stage, m) => void (stage === 'lower' && (lowered = structuredClone(m))) });
  assert.ok(r.module && lowered, r.diagnostics.map((d) => d.message).join('; '));
  return { module: r.module, lowered };
}

test('backpropagation through time: every weight, the embeddings and the input match central differences (float64; masks, both directions, sequences and last steps)', () => {
  const { lowered } = compile(GRAD_SPEC);
  const forward = programOf(lowered, 'train_step');
  const rng = new Rng(17);
  const params: Record<string, Tensor> = {};
  // Weights a little larger than Keras' defaults, so every gate works away from its linear middle.
  for (const p of lowered.params) params[p.path] = tensor('f32', p.shape, Array.from(initialize(p.init, p.shape, lowered.seed, p.path), (v) => v * 1.5 + rng.uniform(-0.3, 0.3)));
  const state: Record<string, Tensor> = {};
  for (const s of lowered.state) state[s.path] = tensor('f32', s.shape, new Array<number>(count(s.shape)).fill(s.value));
  const feeds: Feeds = {
    inputs: {
      ids: tensor('i32', [BATCH, STEPS], IDS),
      x: tensor('f32', [BATCH, STEPS, 3], Array.from({ length: BATCH * STEPS * 3 }, () => rng.normal())),
      t: tensor('f32', [BATCH, 2], Array.from({ length: BATCH * 2 }, () => rng.uniform(-1, 1))),
      '#weight': tensor('f32', [BATCH], [1, 2, 1]),
    },
    params,
    state,
  };
  const find = (f: (n: AnyNode) => boolean) => forward.nodes.find(f)!.id;
  const targets: [string, number, Float64Array][] = [
    ['x', find((n) => n.op === 'input' && n.arg.name === 'x'), feeds.inputs.x.data as Float64Array],
    ...lowered.params.map((p): [string, number, Float64Array] => [p.path, find((n) => n.op === 'param' && n.arg.path === p.path), params[p.path].data as Float64Array]),
  ];
  const lossNode = forward.outputs.find((o) => o.name === 'loss')!.node;
  const b = Builder.from(forward.nodes);
  const ids = grad(b, lossNode, targets.map((t) => t[1]));
  const withGrads: Program = { ...forward, nodes: b.nodes, outputs: [{ name: 'loss', node: lossNode }, ...targets.map(([name], i) => ({ name, node: ids[i] }))], updates: [] };
  const run = execute(withGrads, feeds, { precision: 'f64' });
  const h = 1e-5;
  const atol = differenceNoise(run.outputs.loss.data[0], h);
  const f = () => scalarOutput(forward, feeds, 'loss');
  const bad: string[] = [];
  let checked = 0;
  for (const [name, , data] of targets) {
    const analytic = run.outputs[name].data;
    for (let i = 0; i < data.length; i++) {
      const numeric = centralDifference(f, data, i, h);
      const error = relativeError(analytic[i], numeric, 1e-8, atol);
      checked++;
      if (!(error < 1e-6)) bad.push(`${name}[${i}]: analytic ${analytic[i]} vs numeric ${numeric} (rel. error ${error.toExponential(2)})`);
    }
  }
  assert.ok(checked > 300, `checked ${checked} entries`);
  assert.ok(bad.length === 0, `${bad.length} of ${checked} entries differ:\n  ${bad.join('\n  ')}`);
  // Id 0 is padding everywhere: its embedding row reaches nothing, so its gradient is exactly zero.
  assert.equal(Array.from(run.outputs['e.embeddings'].data.slice(0, 3)), [0, 0, 0]);
});

const MASK_SPEC = `model masked
input ids: i32[batch, ${STEPS}]
e = Embedding(7, 4, init=uniform(min=-1, max=1), mask_zero=true)(ids)
s = LSTM(3, return_sequences=true)(e)
output last = LSTM(3)(e)
output seq = s
output pooled = GlobalAvgPool1D()(s)
output avg = mean(e, axis=1)
output attended = MultiHeadAttention(heads=2)(e)
train batch_size=${BATCH}
`;

function predictWith(module: Module, ids: number[], table?: Float32Array): Record<string, Tensor> {
  const s = new CpuSession(module, 'f64');
  if (table) s.writeParams({ 'e.embeddings': table });
  return s.predict({ ids: tensor('i32', [BATCH, STEPS], ids) });
}

test('a masked step carries the state and output of the step before (Keras), and padding ids change nothing at real steps', () => {
  const { module } = compile(MASK_SPEC);
  const base = predictWith(module, IDS);
  const seq = base.seq.data;
  // Row 0 = [3, 1, 0, 0]: steps 2 and 3 repeat step 1's output; row 2 is all padding, so every output is the zero state.
  for (let u = 0; u < 3; u++) {
    assert.is(seq[(0 * STEPS + 2) * 3 + u], seq[(0 * STEPS + 1) * 3 + u]);
    assert.is(seq[(0 * STEPS + 3) * 3 + u], seq[(0 * STEPS + 1) * 3 + u]);
    assert.is(seq[(2 * STEPS + 1) * 3 + u], 0);
  }
  // The last output of row 1 = [2, 0, 5, 6] is its state after step 3, and a shuffled padding step changes nothing.
  assert.ok(Array.from(base.last.data.slice(6, 9)).every((v) => v === 0), 'an all-padding row keeps the zero state');
  const table = Float32Array.from(new CpuSession(module).params['e.embeddings'].data);
  const moved = Float32Array.from(table);
  for (let i = 0; i < 4; i++) moved[i] += 5; // row 0 is the padding id's embedding
  const other = predictWith(module, IDS, moved);
  const same = predictWith(module, IDS, table);
  for (const name of ['last', 'pooled', 'avg'] as const) assert.equal(Array.from(other[name].data), Array.from(same[name].data), `${name} ignores what padding embeds`);
  // Attention: real query rows never look at padded keys.
  const real = (row: number, step: number) => IDS[row * STEPS + step] !== 0;
  for (let r = 0; r < BATCH; r++)
    for (let q = 0; q < STEPS; q++)
      if (real(r, q)) for (let c = 0; c < 4; c++) assert.ok(Math.abs(other.attended.data[(r * STEPS + q) * 4 + c] - same.attended.data[(r * STEPS + q) * 4 + c]) < 1e-12, `attended[${r}, ${q}]`);
});

test('mean pooling over a masked sequence averages the real steps only (0 for a row with none)', () => {
  const { module } = compile(MASK_SPEC);
  const table = new CpuSession(module).params['e.embeddings'].data;
  const out = predictWith(module, IDS);
  for (let r = 0; r < BATCH; r++) {
    const real = IDS.slice(r * STEPS, (r + 1) * STEPS).filter((id) => id !== 0);
    for (let c = 0; c < 4; c++) {
      const want = real.length ? real.reduce((a, id) => a + table[id * 4 + c], 0) / real.length : 0;
      assert.ok(Math.abs(out.avg.data[r * 4 + c] - want) < 1e-6, `avg[${r}, ${c}] = ${out.avg.data[r * 4 + c]}, want ${want}`);
    }
    for (let c = 0; c < 3; c++) {
      const seq = out.seq.data;
      const steps = [0, 1, 2, 3].filter((s) => IDS[r * STEPS + s] !== 0);
      const want = steps.length ? steps.reduce((a, s) => a + seq[(r * STEPS + s) * 3 + c], 0) / steps.length : 0;
      assert.ok(Math.abs(out.pooled.data[r * 3 + c] - want) < 1e-12, `pooled[${r}, ${c}]`);
    }
  }
});

test('the checker carries the mask through layers that keep the steps and drops it where they go', () => {
  const text = `model masks
input ids: i32[batch, 6]
e = Embedding(50, 8, mask_zero=true)(ids)
d = Dense(4)(LayerNorm()(e))
r = relu(d) * 2
s = LSTM(4, return_sequences=true)(r)
l = LSTM(4)(s)
p = GlobalAvgPool1D()(s)
c = Conv1D(4, 3)(s)
f = Flatten()(s)
m = mean(s, axis=2)
output y = l + p + mean(c, axis=1) + Dense(4)(f) + Dense(4)(m)
`;
  const r = compileSource(new SourceFile('masks.model', text));
  assert.ok(r.model, r.diagnostics.map((d) => d.message).join('; '));
  const masked = (name: string) => r.model!.nodes.find((n) => n.name === name)!.type.mask !== undefined;
  for (const n of ['e', 'd', 'r', 's', 'm']) assert.ok(masked(n), `${n} carries the mask`);
  for (const n of ['ids', 'l', 'p', 'c', 'f', 'y']) assert.ok(!masked(n), `${n} has no mask`);
  const ids = r.model.nodes.find((n) => n.name === 'ids')!.id;
  assert.is(r.model.nodes.find((n) => n.name === 's')!.type.mask, ids, 'the mask names the ids it comes from');
});

test('the orthogonal initializer gives orthonormal rows of a wide kernel and orthonormal columns of a tall one', () => {
  for (const shape of [[4, 16], [12, 3], [5, 5]]) {
    const w = initialize({ kind: 'orthogonal', args: { gain: 1 } }, shape, 3, 'k');
    const [rows, cols] = shape;
    const wide = rows <= cols;
    const n = wide ? rows : cols;
    const at = (v: number, i: number) => (wide ? w[v * cols + i] : w[i * cols + v]);
    for (let a = 0; a < n; a++)
      for (let b = 0; b < n; b++) {
        let dot = 0;
        for (let i = 0; i < (wide ? cols : rows); i++) dot += at(a, i) * at(b, i);
        assert.ok(Math.abs(dot - (a === b ? 1 : 0)) < 1e-5, `[${shape}] vectors ${a}, ${b}: ${dot}`);
      }
  }
  const bias = initialize({ kind: 'unit_forget_bias', args: {} }, [12], 0, 'b');
  assert.equal(Array.from(bias), [0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0]);
});

const errorCases: [string, string, string][] = [
  ['E0401', 'dim seq\ninput x: f32[batch, seq, 3]\noutput y = LSTM(4)(x)', 'known number of steps'],
  ['E0402', 'input x: f32[batch, 3]\noutput y = GRU(4)(x)', 'rank 3'],
  ['E0403', 'input x: i32[batch, 5]\noutput y = SimpleRNN(4)(Reshape([5, 1])(x))', 'f32'],
  ['E0310', 'input x: f32[batch, 5, 3]\noutput y = LSTM(4, bias_init=ones)(x)', 'unit_forget_bias'],
  ['E0311', 'input ids: i32[batch]\noutput y = Embedding(9, 4, mask_zero=true)(ids)', 'mask_zero'],
  ['E0312', 'input x: f32[batch, 5, 3]\noutput y = Bidirectional(LSTM(4)(x))(x)', 'not applied'],
  ['E0312', 'input x: f32[batch, 5, 3]\noutput y = Bidirectional(Dense(4))(x)', 'SimpleRNN, LSTM or GRU'],
  ['E0313', 'input x: f32[batch, 600, 3]\na = LSTM(4, return_sequences=true)(x)\noutput y = Bidirectional(GRU(4))(a)', '10,000'],
];

for (const [code, body, words] of errorCases) {
  test(`${code}: ${body.split('\n').pop()}`, () => {
    const text = `model bad\n${body}\n`;
    const r = compileSource(new SourceFile('bad.model', text));
    const d = r.diagnostics.find((x) => x.code === code);
    assert.ok(d, `expected ${code}, got ${r.diagnostics.map((x) => `${x.code} ${x.message}`).join('; ')}`);
    assert.ok(d.message.includes(words) || (d.hint ?? '').includes(words), `${d.message} / ${d.hint}`);
    assert.ok(d.span.end > d.span.start && text.slice(d.span.start, d.span.end).trim().length > 0, 'located in the spec');
  });
}

test.run();
