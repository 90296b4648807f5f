// Kernel + program -> the other ways to emit it (register tiles, workgroup sizes) and the key that names its shape, so
// the runtime can time the variants on a device and remember the fastest for kernels of that shape.
import type { Program } from '../../core/ir.js';
import type { Kernel, KernelKind } from '../fuse/kernel.js';
import type { ProgramPlan } from '../plan/plan.js';
import type { KernelOptions } from './kernels.js';
import { vec4Fits } from './matmul-vec4.js';

/** How one kernel may be emitted differently from the defaults; every variant computes the same values. */
export type KernelChoice = Partial<Pick<KernelOptions, 'matmulTile' | 'workgroupSize' | 'matmulForm' | 'reduceForm' | 'scatterForm' | 'elementsPerInvocation'>>;

/** A named variant: the label is what caches and reports call it. */
export interface Variant {
  label: string;
  choice: KernelChoice;
  /** Device features the variant's shader needs (`subgroups`); a device without one of them runs another form. */
  features?: string[];
  /** The narrowest subgroup the shader is correct on (a subgroup variant's workgroup must be one subgroup). */
  minSubgroupSize?: number;
  /** Whether the variant can be emitted for a kernel at all (the vec4 form needs aligned, contiguous operands). */
  fits?(p: Program, k: Kernel, plan: ProgramPlan): boolean;
}

// 1x1 is left out: it re-reads every operand for each output, slower than 2x2 on every device measured.
const tiles: [number, number][] = [[4, 4], [8, 8], [8, 4], [4, 8], [2, 2]];
const workgroupSizes = [32, 64, 128, 256];
/** Register blocks of the workgroup-tiled and vec4 matmuls. */
const blocks: [number, number][] = [[8, 8], [4, 4]];

/**
 * The variants worth timing, by kernel kind (the first is what the defaults emit). Matmuls vary their register tile,
 * which decides how often operands are re-read, or their template (workgroup memory, vec4 runs); row-wise kernels
 * vary the workgroup size, or give a row to a whole workgroup; a scatter runs per table row or per table entry.
 * Typed by kind: a new kind without an entry fails `tsc`.
 */
export const variantsByKind: Record<KernelKind, Variant[]> = {
  matmul: [
    ...tiles.map((t) => ({ label: `tile${t[0]}x${t[1]}`, choice: { matmulTile: t } })),
    // Workgroup memory pays only with register blocks in each invocation (docs: lavapipe's 16x16 shared tiles lose).
    ...blocks.map((t) => ({ label: `tiled${t[0]}x${t[1]}`, choice: { matmulForm: 'tiled' as const, matmulTile: t, workgroupSize: 64 } })),
    ...blocks.map((t) => ({ label: `vec${t[0]}x${t[1]}`, choice: { matmulForm: 'vec4' as const, matmulTile: t }, fits: (p: Program, k: Kernel, plan: ProgramPlan) => vec4Fits(p, k, plan, t) })),
  ],
  elementwise: [
    ...[64, ...workgroupSizes.filter((w) => w !== 64)].map((w) => ({ label: `wg${w}`, choice: { workgroupSize: w } })),
    { label: 'x4', choice: { elementsPerInvocation: 4 } },
  ],
  reduce: [
    ...[64, ...workgroupSizes.filter((w) => w !== 64)].map((w) => ({ label: `wg${w}`, choice: { workgroupSize: w } })),
    // A workgroup per row: long rows spread over 64 invocations, or over one 8-wide subgroup with no barrier.
    { label: 'tree64', choice: { reduceForm: 'tree', workgroupSize: 64 } },
    { label: 'subgroup8', choice: { reduceForm: 'subgroup', workgroupSize: 8 }, features: ['subgroups'], minSubgroupSize: 8 },
  ],
  // A scatter's inner loop is over every update: per table entry instead of per row gives width times the invocations.
  scatter: [
    { label: 'rows', choice: {} },
    { label: 'entries', choice: { scatterForm: 'entry' } },
  ],
};

/**
 * Work below this many output elements is too small for its variants to differ by more than timing noise (or to pay
 * for the artifact space and tuning time they take): a matmul's work is the outputs, each a K-long dot product, so
 * it pays off sooner than a row-wise kernel's.
 */
export const minTunedWork: Record<KernelKind, number> = { matmul: 4096, elementwise: 1 << 18, reduce: 1 << 16, scatter: 1 << 16 };

const product = (xs: number[]) => xs.reduce((a, b) => a * b, 1);

/**
 * What decides a kernel's speed, as a string: its kind and sizes (a matmul's batch, M, N, K and transposes; a row
 * kernel's domain). Kernels with equal keys share one tuned choice on a device.
 */
export function kernelKey(p: Program, k: Kernel): string {
  if (k.kind === 'matmul' && k.root !== undefined) {
    const root = p.nodes[k.root];
    if (root.op === 'matmul') {
      const r = root.shape.length;
      const a = p.nodes[root.src[0]].shape;
      const K = root.arg.transA ? a[r - 2] : a[r - 1];
      return `matmul b${product(root.shape.slice(0, r - 2))} m${root.shape[r - 2]} n${root.shape[r - 1]} k${K}${root.arg.transA ? ' ta' : ''}${root.arg.transB ? ' tb' : ''}`;
    }
  }
  if (k.kind === 'reduce') return `reduce ${k.shape.join('x')} over ${k.axes.join(',')}`;
  return `${k.kind} ${k.shape.join('x')}${k.segments ? ` in ${k.segments.length} segments` : ''}`;
}

/** The variants other than the default to emit for a kernel: none for kinds with one form, nor (unless `all`) small kernels. */
export function extraVariants(p: Program, k: Kernel, plan: ProgramPlan, all = false): Variant[] {
  const work = k.segments ? k.segments.reduce((a, s) => a + s.size, 0) : product(k.shape);
  if (!all && work < minTunedWork[k.kind]) return [];
  return variantsByKind[k.kind].slice(1).filter((v) => v.fits?.(p, k, plan) ?? true);
}
