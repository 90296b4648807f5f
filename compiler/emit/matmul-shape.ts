// Matmul kernel -> its sizes and operands, and the epilogue that stores one accumulator through the fused outputs;
// shared by the matmul templates other than the default (compiler/emit/matmul-tiled.ts, matmul-vec4.ts).
import { InternalError } from '../../core/diagnostic.js';
import type { Kernel } from '../fuse/kernel.js';
import type { Program } from '../../core/ir.js';
import { Emitter, flatIndex } from './expr.js';

/** A matmul's root node, operands and sizes: C[batch..., M, N] = A·B with K the contracted length. */
export interface MatmulShape {
  root: number;
  a: number;
  b: number;
  M: number;
  N: number;
  K: number;
  batch: number[];
  transA: boolean;
  transB: boolean;
}

/** Reads a matmul kernel's sizes from its root node. */
export function matmulShape(p: Program, k: Kernel): MatmulShape {
  const root = p.nodes[k.root!];
  if (root.op !== 'matmul') throw new InternalError('matmul kernel without a matmul');
  const [a, b] = root.src;
  const r = root.shape.length;
  const transA = root.arg.transA ?? false;
  const transB = root.arg.transB ?? false;
  const aShape = p.nodes[a].shape;
  return { root: root.id, a, b, M: root.shape[r - 2], N: root.shape[r - 1], K: transA ? aShape[r - 2] : aShape[r - 1], batch: root.shape.slice(0, r - 2), transA, transB };
}

/** The multi-index of A at output row `m` and depth `k` (and of B at depth `k` and column `n`), transposes read in place. */
export function operandIndex(s: MatmulShape, which: 'a' | 'b', tb: string[], outer: string, k: string): string[] {
  const trans = which === 'a' ? s.transA : !s.transB;
  return trans ? [...tb, k, outer] : [...tb, outer, k];
}

/**
 * Stores the accumulator `acc` of output element (`row`, `col`) through the kernel's outputs (the fused epilogue
 * reads the matmul's value as a register), guarded by the ragged edges.
 */
export function storeOutput(e: Emitter, p: Program, k: Kernel, s: MatmulShape, tb: string[], row: string, col: string, acc: string): void {
  e.open(`if (${row} < ${s.M}u && ${col} < ${s.N}u)`);
  e.registers.set(s.root, acc);
  const idx = [...tb, row, col];
  for (const o of k.outputs) e.store(o, flatIndex(idx, p.nodes[o].shape), e.value(o, idx));
  e.registers.delete(s.root);
  e.close();
}
