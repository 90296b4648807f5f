// The checker's shape as code (no import cycles, small files) and the names it gives layers nobody named.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { check } from '../compiler/check/check.js';
import { parse } from '../grammar/parse.js';
import { repoRoot } from './helpers/repo.js';

/** The relative imports (static, dynamic and type-only) of every TypeScript file in a folder, as repository paths. */
function importGraph(dir: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const f of readdirSync(join(repoRoot, dir)).filter((n) => n.endsWith('.ts'))) {
    const file = join(repoRoot, dir, f);
    const text = readFileSync(file, 'utf8');
    const specs = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm)].map((m) => m[1]);
    graph.set(relative(repoRoot, file), specs.map((s) => relative(repoRoot, resolve(dirname(file), s)).replace(/\.js$/, '.ts')));
  }
  return graph;
}

/** Every import cycle of a graph, each as the list of files around it. */
function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'busy' | 'done'>();
  const stack: string[] = [];
  const visit = (f: string): void => {
    state.set(f, 'busy');
    stack.push(f);
    for (const g of graph.get(f) ?? []) {
      if (!graph.has(g)) continue;
      if (state.get(g) === 'busy') found.push([...stack.slice(stack.indexOf(g)), g]);
      else if (!state.has(g)) visit(g);
    }
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of graph.keys()) if (!state.has(f)) visit(f);
  return found;
}

for (const dir of ['compiler/check', 'grammar']) {
  test(`${dir}: no file imports itself through others, and none is over 400 lines`, () => {
    const graph = importGraph(dir);
    assert.ok(graph.size >= 5, `read ${graph.size} files`);
    assert.equal(cycles(graph).map((c) => c.join(' -> ')), []);
    for (const f of graph.keys()) {
      const lines = readFileSync(join(repoRoot, f), 'utf8').split('\n').length;
      assert.ok(lines <= 400, `${f} has ${lines} lines`);
    }
  });
}

test('the cycle finder finds a cycle when there is one', () => {
  const graph = new Map([
    ['a.ts', ['b.ts']],
    ['b.ts', ['c.ts']],
    ['c.ts', ['a.ts']],
  ]);
  assert.equal(cycles(graph), [['a.ts', 'b.ts', 'c.ts', 'a.ts']]);
});

test('the training sections are checked through a narrow interface: training-check.ts does not import check.ts or the checker state', () => {
  const imports = importGraph('compiler/check').get('compiler/check/training-check.ts') ?? [];
  assert.ok(imports.length > 0);
  assert.not.ok(imports.includes('compiler/check/check.ts'));
  assert.not.ok(imports.includes('compiler/check/checker.ts'));
});

/** The layer paths of a spec that checks clean, in graph order. */
function layerPaths(text: string): string[] {
  const parsed = parse(text);
  const r = check(parsed.spec);
  assert.equal([...parsed.diagnostics, ...r.diagnostics].map((d) => d.message), []);
  return r.model!.nodes.flatMap((n) => (n.kind === 'layer' ? [n.path] : []));
}

test('a nested layer is named after its kind in snake case as Keras writes it: conv2d, max_pool2d, multi_head_attention', () => {
  const paths = layerPaths(`model names
input img: f32[batch, 8, 8, 3]
input seq: f32[batch, 4, 16]
output p = Flatten()(AvgPool2D(2)(MaxPool2D(2)(Conv2D(4, 3, padding=same)(img))))
output q = Dense(2)(LayerNorm()(MultiHeadAttention(heads=2)(seq)))
`);
  assert.equal(paths, ['p_conv2d', 'p_max_pool2d', 'p_avg_pool2d', 'p', 'q_multi_head_attention', 'q_layer_norm', 'q']);
});

test('automatic names skip the names written in the scope and number repeats of one kind from the outside in', () => {
  const paths = layerPaths(`model names
input img: f32[batch, 8, 8, 3]
p_conv2d = Conv2D(4, 3)(img)
output p = Conv2D(2, 3)(Conv2D(4, 1)(Conv2D(4, 1)(p_conv2d)))
`);
  // Counted from the outermost call inwards; nodes are made innermost first.
  assert.equal(paths, ['p_conv2d', 'p_conv2d_2', 'p_conv2d_1', 'p']);
});

test.run();
