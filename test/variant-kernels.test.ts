// The kernel templates other than the defaults (workgroup-tiled and vec4 matmuls, workgroup-per-row reductions by a
// tree or a subgroup, several elements per invocation, a scatter per table entry) compute what the CPU executor does:
// specs of awkward sizes (ragged tiles, batched and transposed matmuls, fused epilogues, rows of 5 to 131, argmax
// ties, an embedding's gradient) train one step on the GPU under each of them; the vec4 form is offered only where
// its operands are aligned; a variant needing a device feature is skipped on a device without it.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compileSource } from '../compiler/compile.js';
import { variantsByKind } from '../compiler/emit/variants.js';
import { variantRunsOn, type ManifestKernel } from '../core/artifact.js';
import { SourceFile } from '../core/diagnostic.js';
import { CpuSession } from '../runtime/cpu/session.js';
import type { Tensor } from '../runtime/cpu/tensor.js';
import { chosenForm, GpuSession } from '../runtime/gpu/session.js';
import { numel, Rng } from './helpers/gpu-compare.js';
import { getTestDevice, releaseTestDevice } from './helpers/gpu.js';

/** The labels under test: every variant of a kind that is not a register tile or a workgroup size. */
const fresh = { matmul: ['tiled8x8', 'tiled4x4', 'vec8x8', 'vec4x4'], reduce: ['tree64', 'subgroup8'], elementwise: ['x4'], scatter: ['entries'] } as const;

const specs = {
  // 67x131x97 and its transposes in the backward pass, relu fused after the first matmul, rows of 7, 67 and 131;
  // `tied` rows of zeros give all-zero logits (biases start at zero), so accuracy's argmax meets exact ties.
  mlp: `model ragged
input  x: f32[batch, 97]
target y: i32[batch]
h = Dense(131, activation=relu)(x)
output logits = Dense(7)(h)
loss cross_entropy(logits, y)
metrics accuracy
optimizer sgd(lr=0.1)
train batch_size=67, epochs=1, seed=3
`,
  // Batched matmuls (15 = batch 5 x 3 heads, 7x7x4 and 7x4x7, transposed), softmax rows of 7, LayerNorm rows of 12.
  attention: `model attn
input  x: f32[batch, 7, 12]
target y: i32[batch, 7]
a = MultiHeadAttention(heads=3, causal=true)(LayerNorm()(x))
output logits = Dense(5)(x + a)
loss cross_entropy(logits, y)
optimizer sgd(lr=0.1)
train batch_size=5, epochs=1, seed=3
`,
  // Sizes divisible by 4 but not by 8, so the vec4 form is offered and still meets ragged 8x8 tiles (68, 100, 52, 12).
  aligned: `model aligned
input  x: f32[batch, 100]
target y: i32[batch]
h = Dense(52, activation=tanh)(x)
output logits = Dense(12)(h)
loss cross_entropy(logits, y)
metrics accuracy
optimizer sgd(lr=0.1)
train batch_size=68, epochs=1, seed=3
`,
  // The embedding gradient is a scatter over a 37x9 table of 30 ids, some repeated.
  embedding: `model embed
input  ids: i32[batch, 5]
target y: i32[batch]
e = Embedding(37, 9)(ids)
output logits = Dense(3)(mean(e, axis=1))
loss cross_entropy(logits, y)
optimizer sgd(lr=0.1)
train batch_size=6, epochs=1, seed=3
`,
};
const TOL = 1e-4;
const tied = 24;

const compiled = Object.fromEntries(
  Object.entries(specs).map(([name, text]) => {
    const c = compileSource(new SourceFile(`${name}.model`, text), { backend: true, variants: 'all' });
    if (!c.artifact) throw new Error(`${name}: ${c.diagnostics.map((d) => d.message).join('; ')}`);
    return [name, { artifact: c.artifact, module: c.module! }];
  }),
);
const tunable = (name: string): ManifestKernel[] => compiled[name].artifact.manifest.programs.flatMap((p) => p.kernels.filter((k) => k.variants));
const offers = (k: ManifestKernel, label: string) => k.variants!.some((v) => v.label === label);

/**
 * Session i runs the i-th fresh label of each kind in every kernel that offers it; in the attention spec only in its
 * batched matmuls and its reductions, as its other kernels repeat the MLP's and each costs a compile (seconds, cold).
 */
function sessionsOf(name: string): Record<string, string>[] {
  const sessions: Record<string, string>[] = [];
  const wanted = (k: ManifestKernel) => name !== 'attention' || /^(matmul b15 |reduce )/.test(k.key!);
  for (const [kind, labels] of Object.entries(fresh))
    labels.forEach((label, i) => {
      for (const k of tunable(name)) if (k.kind === kind && offers(k, label) && wanted(k)) (sessions[i] ??= {})[k.key!] = label;
    });
  return sessions;
}

test('the new forms are variants of their kinds, offered where they fit, with the features they need', () => {
  for (const [kind, labels] of Object.entries(fresh)) for (const l of labels) assert.ok(variantsByKind[kind as keyof typeof fresh].some((v) => v.label === l), l);
  const all = Object.keys(specs).flatMap(tunable);
  for (const labels of Object.values(fresh)) for (const l of labels) assert.ok(all.some((k) => offers(k, l)), `no kernel offers ${l}`);
  // 97, 131 and 67 are odd: the vec4 form is never offered for the ragged MLP, and always for the aligned one.
  assert.not.ok(tunable('mlp').some((k) => offers(k, 'vec4x4')));
  for (const k of tunable('aligned').filter((x) => x.kind === 'matmul')) assert.ok(offers(k, 'vec4x4'), k.key);
  assert.ok(tunable('attention').some((k) => k.kind === 'matmul' && /^matmul b15 /.test(k.key!) && offers(k, 'tiled8x8')));
  for (const k of all)
    for (const v of k.variants!) {
      const code = Object.values(compiled).map((c) => c.artifact.shaders[v.shader]).find((x) => x !== undefined)!;
      assert.is(code.includes('enable subgroups;'), v.label === 'subgroup8', `${k.name} ${v.label}`);
      assert.equal(v.features, v.label === 'subgroup8' ? ['subgroups'] : undefined);
    }
  const none = { features: { has: () => false } };
  const sub = tunable('mlp').find((k) => offers(k, 'subgroup8'))!;
  const subgroups = (width?: number) => ({ features: new Set(['subgroups']), adapterInfo: { subgroupMinSize: width } });
  assert.not.ok(variantRunsOn(sub.variants!.find((v) => v.label === 'subgroup8')!, none));
  assert.is(chosenForm(sub, { [sub.key!]: 'subgroup8' }, none).shader, sub.shader, 'a device without subgroups runs the default');
  // The 8-wide workgroup must be one subgroup: 4-wide subgroups (or an unknown width) run the default too.
  assert.is(chosenForm(sub, { [sub.key!]: 'subgroup8' }, subgroups(4)).shader, sub.shader, '4-wide subgroups run the default');
  assert.is(chosenForm(sub, { [sub.key!]: 'subgroup8' }, subgroups()).shader, sub.shader, 'subgroups of unknown width run the default');
  assert.is.not(chosenForm(sub, { [sub.key!]: 'subgroup8' }, subgroups(8)).shader, sub.shader);
});

let device: GPUDevice | undefined;
test.before(async () => {
  device = (await getTestDevice())?.device;
});
test.after(async () => {
  await releaseTestDevice();
});

/** The train step's feeds: normal floats, class ids; in the MLP the first `tied` rows are zeros, their classes 0 or 3. */
function feedsOf(name: string): Record<string, Tensor> {
  const rng = new Rng(11);
  const train = compiled[name].artifact.manifest.programs.find((p) => p.name === 'train_step')!;
  const classes = name === 'attention' ? 5 : name === 'embedding' ? 3 : 7;
  const feeds: Record<string, Tensor> = {};
  for (const input of train.inputs) {
    if (input.name === '#weight') continue;
    const n = numel(input.shape);
    const row = n / input.shape[0];
    feeds[input.name] =
      input.dtype === 'i32'
        ? { dtype: 'i32', shape: input.shape, data: Int32Array.from({ length: n }, (_, i) => (name === 'mlp' && i < tied ? (i % 2) * 3 : rng.int(input.name === 'ids' ? 37 : classes))) }
        : { dtype: 'f32', shape: input.shape, data: Float32Array.from({ length: n }, (_, i) => (name === 'mlp' && i < tied * row ? 0 : rng.normal())) };
  }
  return feeds;
}

/** One train step on the GPU under `choices` and on the CPU: the loss, the metric counters (exactly) and the weights. */
async function stepMatches(name: string, choices: Record<string, string>): Promise<void> {
  const { artifact, module } = compiled[name];
  const what = `${name} under ${[...new Set(Object.values(choices))].join(', ')}`;
  const gpu = await GpuSession.create(device!, artifact, choices);
  try {
    const feeds = feedsOf(name);
    const g = await gpu.run('train_step', Object.fromEntries(Object.entries(feeds).map(([k, t]) => [k, t.data as Float32Array | Int32Array])));
    const c = new CpuSession(module);
    const r = c.trainStep(feeds);
    assert.ok(Math.abs(g.loss[0] - r.loss.data[0]) <= TOL * Math.abs(r.loss.data[0]), `${what}: loss gpu ${g.loss[0]} cpu ${r.loss.data[0]}`);
    for (const out of Object.keys(r).filter((o) => o.startsWith('metrics.'))) assert.is(g[out][0], r[out].data[0], `${what}: ${out}`);
    const params = await gpu.readParams();
    for (const p of module.params) {
      const [a, b] = [params[p.path], c.params[p.path].data];
      let diff = 0;
      let norm = 0;
      for (let i = 0; i < b.length; i++) {
        diff += (a[i] - b[i]) ** 2;
        norm += b[i] ** 2;
      }
      // The floor is for gradients that are zero but for rounding (an attention key bias shifts every score alike).
      assert.ok(Math.sqrt(diff) <= TOL * Math.sqrt(norm) + 1e-7, `${what}: ${p.path} differs by ${Math.sqrt(diff)} of ${Math.sqrt(norm)}`);
    }
  } finally {
    gpu.destroy();
  }
}

test('the MLP feeds tie its logits, and accuracy counts the first of the tied classes', () => {
  const { module } = compiled.mlp;
  const r = new CpuSession(module).trainStep(feedsOf('mlp'));
  // The tied rows alternate classes 0 and 3: first-wins counts the 12 zeros, a last-wins argmax would count none.
  assert.ok(r['metrics.correct'].data[0] >= tied / 2, `correct ${r['metrics.correct'].data[0]}`);
});

for (const name of Object.keys(specs))
  test(`every new variant trains the ${name} spec a step as the CPU executor does`, async () => {
    if (!device) return;
    const sessions = sessionsOf(name);
    assert.ok(sessions.length >= 1, `${sessions.length} sessions`);
    for (const choices of sessions) {
      // The device may lack a feature: its session then runs the default form, and tuning skips the variant.
      const runs = Object.entries(choices).filter(([key, label]) => {
        const k = tunable(name).find((x) => x.key === key)!;
        return variantRunsOn(k.variants!.find((v) => v.label === label)!, device!);
      });
      await stepMatches(name, Object.fromEntries(runs));
    }
  });

test.run();
