// Reduce kernel -> the workgroup-per-row forms: the invocations of a workgroup share one row, each accumulating a
// strided part of it, and the parts meet in a tree in workgroup memory or in one subgroup operation.
import { InternalError } from '../../core/diagnostic.js';
import { isReduction } from '../fuse/classify.js';
import type { Kernel } from '../fuse/kernel.js';
import type { Program } from '../../core/ir.js';
import { Emitter, flatIndex } from './expr.js';
import { combines, reductions } from './reductions.js';
import type { TemplateShape } from './kernels.js';

const product = (xs: number[]) => xs.reduce((a, b) => a * b, 1);

/**
 * Emits a reduce kernel with one workgroup per row (grid-stride over rows by workgroup). `tree`: a workgroup of `wg`
 * (a power of two) halves its partial results in workgroup memory, one barrier a round. `subgroup`: the workgroup is
 * one subgroup and `subgroupAdd`/`subgroupMax` combine the parts with no barrier; this needs the `subgroups` feature
 * and a subgroup at least `wg` wide (lavapipe's is 8, the smallest common size is 8 or more on desktop GPUs).
 * The row loop runs from the workgroup id, so every invocation of a workgroup reaches every barrier.
 */
export function emitReduceRows(e: Emitter, p: Program, k: Kernel, rows: number, wg: number, form: 'tree' | 'subgroup'): TemplateShape {
  if (form === 'tree' && (wg & (wg - 1)) !== 0) throw new InternalError(`tree reduction over a workgroup of ${wg}, not a power of two`);
  const kept = k.shape.map((_, i) => i).filter((i) => !k.axes.includes(i));
  const reducedShape = k.axes.map((a) => k.shape[a]);
  const rowLen = product(reducedShape);
  e.open(`for (var r = wid.x; r < ${rows}u; r += nwg.x)`);
  const keptIdx = e.unflatten('r', kept.map((a) => k.shape[a]));
  const full = (red: string[]) => k.shape.map((_, i) => (k.axes.includes(i) ? red[k.axes.indexOf(i)] : keptIdx[kept.indexOf(i)]));
  let argmax = false;
  for (const m of k.members) {
    const n = p.nodes[m];
    if (!isReduction(n)) continue;
    const acc = e.fresh('acc');
    const best = e.fresh('best');
    for (const l of reductions[n.op].init(acc, best)) e.line(l);
    e.open(`for (var j = lid; j < ${rowLen}u; j += ${wg}u)`);
    e.line(reductions[n.op].step(acc, best, e.value(n.src[0], full(e.unflatten('j', reducedShape)))));
    e.close();
    const out = e.fresh('row');
    if (form === 'subgroup') {
      for (const l of combines[n.op].subgroup(acc, best, out)) e.line(l);
    } else {
      argmax ||= n.op === 'argmax';
      e.line(n.op === 'argmax' ? `red_f[lid] = ${best};` : `red_f[lid] = ${acc};`);
      if (n.op === 'argmax') e.line(`red_i[lid] = ${acc};`);
      e.line('workgroupBarrier();');
      e.open(`for (var s = ${wg / 2}u; s > 0u; s = s >> 1u)`);
      e.open('if (lid < s)');
      e.line(combines[n.op].tree('lid', 'lid + s'));
      e.close();
      e.line('workgroupBarrier();');
      e.close();
      e.line(`let ${out} = ${n.op === 'argmax' ? 'red_i' : 'red_f'}[0];`);
      // Every invocation has read the result before the next reduction (or row) overwrites slot 0.
      e.line('workgroupBarrier();');
    }
    e.registers.set(m, out);
  }
  const rowIdx = full(reducedShape.map(() => '0u'));
  const rowOutputs = k.outputs.filter((o) => k.axes.every((a) => p.nodes[o].shape[a] === 1));
  const elementOutputs = k.outputs.filter((o) => !rowOutputs.includes(o));
  if (rowOutputs.length) {
    e.open('if (lid == 0u)');
    for (const o of rowOutputs) e.store(o, flatIndex(rowIdx, p.nodes[o].shape), e.value(o, rowIdx));
    e.close();
  }
  if (elementOutputs.length) {
    e.open(`for (var j = lid; j < ${rowLen}u; j += ${wg}u)`);
    const idx = full(e.unflatten('j', reducedShape));
    for (const o of elementOutputs) e.store(o, flatIndex(idx, p.nodes[o].shape), e.value(o, idx));
    e.close();
  }
  e.close();
  const decls = form === 'tree' ? [`var<workgroup> red_f: array<f32, ${wg}>;`, ...(argmax ? [`var<workgroup> red_i: array<i32, ${wg}>;`] : [])] : [];
  return { work: rows * wg, decls, enable: form === 'subgroup' ? 'subgroups' : undefined, workgroupBuiltins: true };
}
