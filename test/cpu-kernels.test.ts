// The CPU executor's building blocks against independent oracles: Random123's known answers, erf values, naive loops.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Builder } from '../compiler/ir/builder.js';
import type { Program } from '../core/ir.js';
import { erf } from '../core/erf.js';
import { execute } from '../runtime/cpu/execute.js';
import type { Tensor } from '../runtime/cpu/tensor.js';
import { fans, initialize } from '../runtime/init.js';
import { threefry2x32 } from '../runtime/random.js';

const hex = (x: number) => x.toString(16).padStart(8, '0');

test('Threefry-2x32-20 matches the Random123 known-answer vectors', () => {
  // (counter, key) -> output, from Random123's kat_vectors
  const kat: [number[], number[], string][] = [
    [[0, 0], [0, 0], '6b200159 99ba4efe'],
    [[0xffffffff, 0xffffffff], [0xffffffff, 0xffffffff], '1cb996fc bb002be7'],
    [[0x243f6a88, 0x85a308d3], [0x13198a2e, 0x03707344], 'c4923a9c 483df7a0'],
  ];
  for (const [c, k, want] of kat) assert.is(threefry2x32(k[0], k[1], c[0], c[1]).map(hex).join(' '), want);
});

test('erf agrees with tabulated values to 1e-14', () => {
  const table: [number, number][] = [
    [0, 0],
    [0.1, 0.1124629160182849],
    [0.5, 0.5204998778130465],
    [1, 0.8427007929497149],
    [2, 0.9953222650189527],
    [2.5, 0.999593047982555],
    [3, 0.9999779095030014],
    [-1.5, -0.9661051464753108],
  ];
  for (const [x, want] of table) assert.ok(Math.abs(erf(x) - want) < 1e-14, `erf(${x}) = ${erf(x)}, want ${want}`);
});

function rand(n: number, seed: number): Float64Array {
  const out = new Float64Array(n);
  let s = seed;
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out[i] = s / 2 ** 32 - 0.5;
  }
  return out;
}

function run(b: Builder, out: number, params: Record<string, Tensor>): Tensor {
  const p: Program = { name: 'predict', nodes: b.nodes, outputs: [{ name: 'y', node: out }], updates: [] };
  return execute(p, { inputs: {}, params, state: {} }, { precision: 'f64' }).outputs.y;
}

test('matmul with every transpose flag, batched, equals a naive triple loop', () => {
  const [B, M, K, N] = [2, 3, 5, 4];
  const a = rand(B * M * K, 1);
  const c = rand(B * K * N, 2);
  const naive = (i: number, j: number, bi: number) => {
    let s = 0;
    for (let k = 0; k < K; k++) s += a[bi * M * K + i * K + k] * c[bi * K * N + k * N + j];
    return s;
  };
  for (const transA of [false, true])
    for (const transB of [false, true]) {
      // Store the operands transposed when the flag says they are read transposed.
      const at = new Float64Array(a.length);
      const ct = new Float64Array(c.length);
      for (let bi = 0; bi < B; bi++) {
        for (let i = 0; i < M; i++) for (let k = 0; k < K; k++) at[bi * M * K + (transA ? k * M + i : i * K + k)] = a[bi * M * K + i * K + k];
        for (let k = 0; k < K; k++) for (let j = 0; j < N; j++) ct[bi * K * N + (transB ? j * K + k : k * N + j)] = c[bi * K * N + k * N + j];
      }
      const b = new Builder(false);
      const x = b.param('a', transA ? [B, K, M] : [B, M, K], { kind: 'zeros', args: {} });
      const y = b.param('b', transB ? [B, N, K] : [B, K, N], { kind: 'zeros', args: {} });
      const out = run(b, b.matmul(x, y, transA, transB), {
        a: { dtype: 'f32', shape: b.shape(x), data: at },
        b: { dtype: 'f32', shape: b.shape(y), data: ct },
      });
      for (let bi = 0; bi < B; bi++)
        for (let i = 0; i < M; i++) for (let j = 0; j < N; j++) assert.ok(Math.abs(out.data[bi * M * N + i * N + j] - naive(i, j, bi)) < 1e-12, `transA=${transA} transB=${transB}`);
    }
});

test('im2col + matmul equals a direct convolution with stride and padding', () => {
  const [B, H, W, C, F, kh, kw, s, pad] = [2, 6, 5, 3, 4, 3, 2, 2, 1];
  const oh = Math.floor((H + 2 * pad - kh) / s) + 1;
  const ow = Math.floor((W + pad - kw) / s) + 1;
  const x = rand(B * H * W * C, 3);
  const k = rand(kh * kw * C * F, 4);
  const b = new Builder(false);
  const xi = b.param('x', [B, H, W, C], { kind: 'zeros', args: {} });
  const ki = b.param('k', [kh * kw * C, F], { kind: 'zeros', args: {} });
  const cols = b.im2col(xi, { kh, kw, sh: s, sw: s, padTop: pad, padLeft: pad, padValue: 0 }, oh, ow);
  const y = b.matmul(b.reshape(cols, [B * oh * ow, kh * kw * C]), ki);
  const out = run(b, y, { x: { dtype: 'f32', shape: [B, H, W, C], data: x }, k: { dtype: 'f32', shape: [kh * kw * C, F], data: k } });
  for (let bi = 0; bi < B; bi++)
    for (let oy = 0; oy < oh; oy++)
      for (let ox = 0; ox < ow; ox++)
        for (let f = 0; f < F; f++) {
          let sum = 0;
          for (let ky = 0; ky < kh; ky++)
            for (let kx = 0; kx < kw; kx++)
              for (let c = 0; c < C; c++) {
                const iy = oy * s + ky - pad;
                const ix = ox * s + kx - pad;
                if (iy < 0 || iy >= H || ix < 0 || ix >= W) continue;
                sum += x[((bi * H + iy) * W + ix) * C + c] * k[((ky * kw + kx) * C + c) * F + f];
              }
          assert.ok(Math.abs(out.data[((bi * oh + oy) * ow + ox) * F + f] - sum) < 1e-12);
        }
});

test('initializers: same seed same bytes, Keras limits and fans', () => {
  const glorot = { kind: 'glorot_uniform' as const, args: {} };
  const a = initialize(glorot, [784, 256], 7, 'h1.kernel');
  assert.equal(Buffer.from(a.buffer), Buffer.from(initialize(glorot, [784, 256], 7, 'h1.kernel').buffer));
  assert.not.equal(Buffer.from(a.buffer), Buffer.from(initialize(glorot, [784, 256], 8, 'h1.kernel').buffer));
  assert.not.equal(Buffer.from(a.buffer), Buffer.from(initialize(glorot, [784, 256], 7, 'h2.kernel').buffer));
  const limit = Math.sqrt(6 / (784 + 256));
  let max = 0;
  let mean = 0;
  for (const v of a) {
    max = Math.max(max, Math.abs(v));
    mean += v / a.length;
  }
  assert.ok(max <= limit && max > 0.99 * limit, `max ${max}, limit ${limit}`);
  assert.ok(Math.abs(mean) < 0.01 * limit);
  assert.equal(fans([3, 3, 32, 64]), { fanIn: 288, fanOut: 576 });
  const he = initialize({ kind: 'he_normal', args: {} }, [400, 300], 1, 'w');
  const std = Math.sqrt(he.reduce((s, v) => s + v * v, 0) / he.length);
  assert.ok(Math.abs(std - Math.sqrt(2 / 400)) < 0.03 * Math.sqrt(2 / 400), `he_normal std ${std}`);
  assert.ok(he.every((v) => Math.abs(v) <= 2 * Math.sqrt(2 / 400) / 0.87962566103423978 + 1e-6), 'truncated at two stddev');
});

test.run();
