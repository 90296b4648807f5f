// Takes small specs that use every layer, activation, function and operator the shipped specs do not; gives a check that
// each ONNX translation computes what the CPU executor computes from the same perturbed weights (onnxruntime-node, CPU).
// Tolerance, per output: max_i |onnx_i - mdlc_i| <= 1e-5 · max_i |mdlc_i|, as in onnx-export.test.ts.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compileModel } from '../node/api.js';
import { exportOnnx } from '../node/export-onnx.js';

const ort = createRequire(import.meta.url)('onnxruntime-node') as typeof import('onnxruntime-node');
const dir = mkdtempSync(join(tmpdir(), 'mdlc-onnx-layers-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

const specs: Record<string, string> = {
  images: `model images
input x: f32[batch, 7, 9, 3]
a = Conv2D(4, kernel=[3, 2], stride=2, padding=same, activation=elu)(x)
b = AvgPool2D(2, padding=same)(a)
c = Conv2DTranspose(5, kernel=3, stride=2, padding=same, activation=selu)(b)
d = Conv2DTranspose(2, kernel=2, stride=3)(c)
e = UpSampling2D([2, 3])(d)
f = MaxPool2D(3, stride=2, padding=same)(e)
g = BatchNorm()(f)
output y = GlobalMaxPool2D()(g)
output z = GlobalAvgPool2D(keepdims=true)(Conv2D(3, kernel=2, dilation=2, use_bias=false)(AvgPool2D(2)(g)))
`,
  sequences: `model sequences
input x: f32[batch, 10, 4]
input q: f32[batch, 6, 8]
a = Conv1D(6, kernel=3, padding=causal, dilation=2, activation=softplus)(x)
b = Conv1D(8, kernel=2, stride=2, padding=same, activation=hard_sigmoid)(a)
m = MultiHeadAttention(heads=2)(q, b)
n = LayerNorm(center=false)(m)
o = BatchNorm(scale=false)(n)
p = GlobalAvgPool1D()(o)
r = GlobalMaxPool1D()(a)
output y = Concat()(Dense(3, activation=leaky_relu)(p), Dense(2, activation=swish, use_bias=false)(r))
`,
  norms: `model norms
input x: f32[batch, 7, 6]
a = RMSNorm()(x[:, 1:6:2, :])
b = RMSNorm(scale=false)(x[..., -1])
output y = a[:, 0] + mean(x[:, 2:4], axis=1) * 2
output z = b[:, 1:5]
`,
  functions: `model functions
input x: f32[batch, 3, 4]
input t: i32[batch, 3]
a = gelu(x, approximate=true) + gelu(x) * silu(x)
b = softmax(a, axis=1) - log_softmax(a) + leaky_relu(x, negative_slope=0.1) + elu(x, alpha=0.5) + selu(x) + softplus(x) + hard_sigmoid(x) + swish(x) + tanh(x) - sigmoid(x) + relu(x)
c = exp(b) / 10 + log(abs(b) + 1) + sqrt(abs(x)) + square(x) + pow(abs(x) + 1, 1.5) + pow(x, 3) + maximum(x, 0.1) - minimum(x, b) + clip(x, -0.5, 0.5)
d = where(x > 0, c, -c) + where(x <= 0.2, 1, x) + (x < 0.1) + (x >= b) + (x == x) + (x != b) + (x % 0.3)
e = mean(d, axis=1, keepdims=true) + sum(d, axis=-1, keepdims=true) + max(d, axis=2, keepdims=true) * min(d, axis=1, keepdims=true)
f = transpose(e) @ d
g = slice(f, begin=[0, 1, 0], size=[-1, 2, -1])
h = concat([g, g], axis=1)
k = stack([h, h], axis=1)
output y = -k + 1
output s = mean(transpose(x, perm=[0, 2, 1]), axis=-1)
output z = (t % 4) + t * 2 - t / 2
output w = Embedding(20, 3)(t)
`,
  dense: `model dense
input x: f32[batch, 12]
a = Reshape([3, 4])(x)
b = Flatten()(Dense(5, activation=softmax)(a))
c = Dropout(0.5)(b)
output y = Dense(4, activation=gelu)(c)
output v = Dense(2, activation=linear)(BatchNorm(center=false)(x))
`,
};

/** A seeded stream in [0, 1) (Park–Miller). */
function stream(seed: number): () => number {
  let k = seed;
  return () => (k = (k * 16807) % 2147483647) / 2147483647;
}

const files: string[] = [];

for (const [name, source] of Object.entries(specs)) {
  test(`${name}: every translation equals the CPU executor`, async () => {
    const path = join(dir, `${name}.model`);
    const model = await compileModel(path, { source, backend: 'cpu', batchSize: 4, warn: () => undefined });
    const weights = await model.getWeights();
    const next = stream(11);
    for (const [p, w] of Object.entries(weights)) for (let i = 0; i < w.length; i++) w[i] = p.endsWith('moving_variance') ? 0.5 + next() : w[i] + 0.6 * (next() - 0.5);
    model.setWeights(weights);
    const checkpoint = join(dir, `${name}.safetensors`);
    await model.save(checkpoint, { epoch: 0, seed: 1 });
    const bytes = await exportOnnx(path, { source, checkpoint });
    const file = join(dir, `${name}.onnx`);
    writeFileSync(file, bytes);
    files.push(file);
    const rows = 3;
    const feeds: Record<string, Float32Array | Int32Array> = {};
    const inputs: Record<string, InstanceType<typeof ort.Tensor>> = {};
    for (const t of model.tensors.filter((x) => x.role === 'input')) {
      const n = rows * t.shape.reduce((a, b) => a * b, 1);
      const data = t.dtype === 'i32' ? Int32Array.from({ length: n }, () => Math.floor(next() * 20)) : Float32Array.from({ length: n }, () => next() * 2 - 1);
      feeds[t.name] = data;
      inputs[t.name] = data instanceof Int32Array ? new ort.Tensor('int32', data, [rows, ...t.shape]) : new ort.Tensor('float32', data, [rows, ...t.shape]);
    }
    const session = await ort.InferenceSession.create(bytes);
    const onnx = await session.run(inputs);
    await session.release();
    const mine = await model.predict(feeds);
    model.dispose();
    for (const [out, values] of Object.entries(mine)) {
      const got = onnx[out].data as ArrayLike<number>;
      const want = values as ArrayLike<number>;
      let diff = 0;
      let scale = 0;
      for (let i = 0; i < want.length; i++) {
        diff = Math.max(diff, Math.abs(Number(got[i]) - want[i]));
        scale = Math.max(scale, Math.abs(want[i]));
      }
      assert.is(got.length, want.length, `${name}.${out}: ${got.length} values from ONNX, ${want.length} from mdlc`);
      assert.ok(diff <= 1e-5 * scale, `${name}.${out}: ONNX and the CPU executor differ by ${diff} (largest value ${scale})`);
    }
  });
}

test("Debian's ONNX checker accepts them (where /usr/bin/python3 has onnx; onnx-export.test.ts says when it does not)", () => {
  try {
    execFileSync('/usr/bin/python3', ['-c', 'import onnx'], { stdio: 'ignore' });
  } catch {
    if (process.env.CI === 'true') assert.unreachable('python3-onnx is missing for /usr/bin/python3');
    return;
  }
  const script = 'import onnx,sys\nfor p in sys.argv[1:]:\n    onnx.checker.check_model(onnx.load(p), full_check=True)\nprint(len(sys.argv) - 1)';
  assert.is(execFileSync('/usr/bin/python3', ['-c', script, ...files], { encoding: 'utf8' }).trim(), String(Object.keys(specs).length));
});

test.run();
