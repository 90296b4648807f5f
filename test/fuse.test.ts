// Fusion as named rules: every kernel names the rules that shaped it, each rule only merges, and the dump shows the names.
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compileSource } from '../compiler/compile.js';
import { SourceFile } from '../core/diagnostic.js';
import { fuse, fuseRules } from '../compiler/fuse/fuse.js';
import { printFused } from '../compiler/fuse/print.js';
import { verifyPlan } from '../compiler/plan/plan.js';
import { repoRoot } from './helpers/repo.js';

function compile(name: string, batch = 4) {
  const file = new SourceFile(`specs/${name}`, readFileSync(repoRoot + 'specs/' + name, 'utf8'));
  const r = compileSource(file, { backend: true, batch });
  assert.ok(r.fused && r.module && r.plans, name);
  return r;
}

test('every kernel names only rules of the list, and the MLP train step uses rules 4, 5, 7, 8 and 9', () => {
  const names = new Set(fuseRules.map((r) => r.name));
  const train = compile('mlp.model').fused!.find((f) => f.program.name === 'train_step')!;
  const used = new Set<string>();
  for (const k of train.kernels) {
    for (const r of k.rules) {
      assert.ok(names.has(r), `${k.name}: unknown rule ${r}`);
      used.add(r);
    }
  }
  for (const r of ['row-groups', 'matmul-epilogues', 'multi-output', 'horizontal', 'ride-along']) assert.ok(used.has(r), `no kernel of the MLP train step shows ${r}`);
  // The optimizer update of every parameter is one horizontally fused kernel.
  assert.ok(train.kernels.some((k) => k.rules.includes('horizontal') && (k.segments?.length ?? 0) >= 2));
});

test('each merging rule only lowers the kernel count, and without them every stored node is its own kernel', () => {
  const train = compile('cnn.model').module!.programs.find((p) => p.name === 'train_step')!;
  const order = fuseRules.map((r) => r.name);
  const realizeOnly = fuseRules.filter((r) => r.name === 'realize' || r.name === 'schedule');
  let previous = fuse(train, realizeOnly).kernels.length;
  for (const name of ['row-groups', 'matmul-epilogues', 'multi-output', 'horizontal', 'ride-along']) {
    const upTo = new Set(order.slice(0, order.indexOf(name) + 1));
    const rules = fuseRules.filter((r) => upTo.has(r.name) || r.name === 'schedule');
    const count = fuse(train, rules).kernels.length;
    assert.ok(count <= previous, `${name}: ${count} kernels after, ${previous} before`);
    previous = count;
  }
  assert.is(previous, fuse(train).kernels.length);
  assert.ok(fuse(train, realizeOnly).kernels.every((k) => k.rules.length === 0));
});

test('the kernel dump names each kernel and the rules that shaped it', () => {
  const text = printFused(compile('mlp.model').fused!.find((f) => f.program.name === 'train_step')!);
  assert.match(text, /^train_step: \d+ kernels\n/);
  assert.match(text, / matmul \[[0-9, ]+\][^\n]*matmul-epilogues/);
  assert.match(text, /segments[^\n]*horizontal/);
});

test('every shipped spec compiles at batch sizes 1 to 3, each memory plan verified (scalar matmul results stay stored)', () => {
  for (const name of readdirSync(repoRoot + 'specs').filter((f) => f.endsWith('.model'))) {
    for (const batch of [1, 2, 3]) {
      const r = compile(name, batch);
      r.plans!.forEach((plan, i) => assert.equal(verifyPlan(plan), [], `${name} at batch ${batch}: ${r.fused![i].program.name}`));
    }
  }
});

test.run();
