// The static memory plan: checked by an independent verifier for every program of every shipped spec; dispatch counts.
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compileSource } from '../compiler/compile.js';
import { SourceFile } from '../core/diagnostic.js';
import { verifyPlan } from '../compiler/plan/plan.js';
import { repoRoot } from './helpers/repo.js';

const specs = readdirSync(repoRoot + 'specs').filter((f) => f.endsWith('.model')).sort();

function compile(name: string, batch?: number) {
  const file = new SourceFile(`specs/${name}`, readFileSync(repoRoot + 'specs/' + name, 'utf8'));
  const r = compileSource(file, { backend: true, batch });
  assert.ok(r.artifact && r.plans && r.fused, name);
  return r;
}

for (const name of specs) {
  test(`${name}: no two live tensors share memory, in any program`, () => {
    const r = compile(name, 4);
    r.plans!.forEach((plan, i) => {
      assert.equal(verifyPlan(plan), [], r.fused![i].program.name);
      // Independently of the planner: every kernel's outputs are placed, and none overlaps a tensor it reads.
      for (const k of r.fused![i].kernels) {
        for (const o of k.outputs) {
          const at = plan.placements.get(o);
          assert.ok(at, `output %${o} of ${k.name} is placed`);
          for (const input of k.inputs) {
            const inp = plan.placements.get(input);
            if (!inp || inp.arena !== at.arena || (inp.arena !== 'work' && inp.offset === at.offset)) continue;
            const overlap = inp.offset < at.offset + at.size && at.offset < inp.offset + inp.size;
            assert.not.ok(overlap, `${k.name} writes %${o} over its input %${input}`);
          }
        }
      }
    });
  });
}

test('the verifier catches overlapping live tensors (it is not vacuous)', () => {
  const r = compile('mlp.model', 4);
  const plan = r.plans![0];
  const [a, b] = [...plan.lifetimes.keys()];
  const broken = { ...plan, placements: new Map(plan.placements), lifetimes: new Map(plan.lifetimes) };
  broken.placements.set(b, { ...broken.placements.get(a)! });
  broken.lifetimes.set(b, { ...broken.lifetimes.get(a)! });
  assert.ok(verifyPlan(broken).length > 0);
});

test('the MNIST MLP train step is at most 14 dispatches; every program is one submit', () => {
  const r = compile('mlp.model');
  const train = r.artifact!.manifest.programs.find((p) => p.name === 'train_step')!;
  assert.ok(train.kernels.length <= 14, `${train.kernels.length} dispatches`);
  const predict = r.artifact!.manifest.programs.find((p) => p.name === 'predict')!;
  assert.ok(predict.kernels.length <= 4, `${predict.kernels.length} dispatches`);
});

test('every kernel binds at most 4 storage buffers (the WebGPU default allows 8)', () => {
  for (const name of specs) {
    const r = compile(name, 2);
    for (const p of r.artifact!.manifest.programs) for (const k of p.kernels) assert.ok(k.bindings.length <= 4, `${name} ${k.name}`);
  }
});

test('planned memory is below the naive sum of all tensors', () => {
  for (const name of specs) {
    const r = compile(name, 8);
    r.fused!.forEach((fp, i) => {
      const naive = fp.program.nodes.reduce((s, n) => s + n.shape.reduce((a, b) => a * b, 1), 0);
      const work = r.plans![i].elements.work + r.plans![i].elements.data;
      assert.ok(work < naive, `${name} ${fp.program.name}: ${work} >= ${naive}`);
    });
  }
});

test.run();
