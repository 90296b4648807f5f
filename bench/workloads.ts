// The benchmark's workloads, as both engines see them: the shipped spec, its initial weights (Threefry, the same bits
// for every engine), the batches (real MNIST rows, or seeded token ids), and the matmul FLOPs of a train step.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileSource } from '../compiler/compile.js';
import { SourceFile } from '../core/diagnostic.js';
import type { Artifact } from '../core/artifact.js';
import type { Module } from '../core/ir.js';
import { loadData } from '../node/data/load.js';
import { batches } from '../runtime/data/dataset.js';
import { initialize } from '../runtime/init.js';

export const root = fileURLToPath(new URL('../../', import.meta.url));

/** What the benchmark times; each is a train step, an inference call, or one big matmul. */
export const workloadNames = ['mlp-train', 'mlp-infer', 'tc-train', 'tc-infer', 'cnn-train', 'matmul'] as const;
export type WorkloadName = (typeof workloadNames)[number];

/** A spec compiled once, with what every engine needs to run it the same way. */
export interface Prepared {
  spec: string;
  text: string;
  artifact: Artifact;
  /** The same compilation with every large kernel's variants (for the tuned engines). */
  variants: Artifact;
  module: Module;
  /** Initial weights by parameter path. */
  weights: Record<string, Float32Array>;
  /** Feeds by name for each step (inputs and targets), the same rows for every engine. */
  feeds: Record<string, Float32Array | Int32Array>[];
  /** Multiply-adds ×2 of the matmuls in train_step (or predict), for the roofline. */
  flops: { train: number; predict: number };
}

/** The spec a workload runs, and how its batches are made. */
const specOf: Record<WorkloadName, { spec: string; data: 'mnist' | 'tokens' | 'dense'; edit?: (text: string) => string }> = {
  'mlp-train': { spec: 'specs/mlp.model', data: 'mnist' },
  'mlp-infer': { spec: 'specs/mlp.model', data: 'mnist' },
  'tc-train': { spec: 'specs/text-classifier.model', data: 'tokens' },
  'tc-infer': { spec: 'specs/text-classifier.model', data: 'tokens' },
  // Without its dropout (rate 0), so every engine computes the same function and the losses can be set side by side.
  'cnn-train': { spec: 'specs/cnn.model', data: 'mnist', edit: (text) => text.replace('Dropout(0.25)', 'Dropout(0)') },
  matmul: { spec: 'matmul', data: 'dense' },
};

/** One Dense layer with no bias on 1024 rows of 1024: predict is a 1024³ matmul (plus 4 MB up and 4 MB down). */
const matmulSpec = `model matmul
input x: f32[batch, 1024]
output y = Dense(1024, use_bias=false)(x)
train batch_size=1024
`;

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function matmulFlops(module: Module, program: string): number {
  const p = module.programs.find((q) => q.name === program);
  if (!p) return 0;
  let flops = 0;
  for (const n of p.nodes) {
    if (n.op !== 'matmul') continue;
    const a = p.nodes[n.src[0]].shape;
    const r = n.shape.length;
    const k = n.arg.transA ? a[r - 2] : a[r - 1];
    flops += 2 * n.shape.reduce((x, y) => x * y, 1) * k;
  }
  return flops;
}

const cache = new Map<string, Prepared>();

/** Compiles a workload's spec and makes `steps` batches for it (cached per spec within a process). */
export function prepare(workload: WorkloadName, steps: number): Prepared {
  const { spec, data, edit } = specOf[workload];
  const key = `${spec} ${steps}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const read = spec === 'matmul' ? matmulSpec : readFileSync(join(root, spec), 'utf8');
  const text = edit ? edit(read) : read;
  if (text === read && edit) throw new Error(`${spec} no longer has what the benchmark edits out of it`);
  const compiled = compileSource(new SourceFile(spec, text), { purpose: 'auto', backend: true });
  if (!compiled.artifact || !compiled.module) throw new Error(`${spec} does not compile: ${compiled.diagnostics.map((d) => d.message).join('; ')}`);
  const { artifact, module } = compiled;
  const m = artifact.manifest;
  const weights = Object.fromEntries(m.params.map((p) => [p.path, initialize(p.init as never, p.shape, m.seed, p.path)]));
  const feeds: Prepared['feeds'] = [];
  const B = m.batchSize;
  if (data === 'mnist') {
    const rows = loadData('mnist', m.tensors, root).train;
    const it = batches(rows, B);
    for (let i = 0; i < steps; i++) {
      const b = it.next();
      if (b.done) break;
      feeds.push(Object.fromEntries(Object.entries(b.value.feeds).map(([k, v]) => [k, v instanceof Int32Array ? v : Float32Array.from(v)])));
    }
  } else {
    const random = seeded(7);
    for (let i = 0; i < steps; i++) {
      if (data === 'tokens') feeds.push({ tokens: Int32Array.from({ length: B * 64 }, () => Math.floor(random() * 2000)), label: Float32Array.from({ length: B }, () => (random() < 0.5 ? 0 : 1)) });
      else feeds.push({ x: Float32Array.from({ length: B * 1024 }, () => random() - 0.5) });
    }
  }
  const variants = compileSource(new SourceFile(spec, text), { purpose: 'auto', backend: true, variants: true }).artifact!;
  const out: Prepared = { spec, text, artifact, variants, module, weights, feeds, flops: { train: matmulFlops(module, 'train_step'), predict: matmulFlops(module, 'predict') } };
  cache.set(key, out);
  return out;
}

