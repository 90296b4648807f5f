// Scatter kernel -> the form parallel over table entries: one invocation per (table row, column) instead of per
// row, each summing the updates whose id is its row in a register, so a narrow table still fills the device.
import type { Kernel } from '../fuse/kernel.js';
import type { Program } from '../../core/ir.js';
import { Emitter, flatIndex } from './expr.js';
import type { TemplateShape } from './kernels.js';

/** Emits the per-entry scatter; the updates are summed in the order of the default form (ascending position). */
export function emitScatterColumns(e: Emitter, p: Program, k: Kernel): TemplateShape {
  const root = p.nodes[k.root!];
  const [idsId, updId] = root.src;
  const idsShape = p.nodes[idsId].shape;
  const n = idsShape.reduce((a, b) => a * b, 1);
  const [rows, width] = root.shape;
  e.open(`for (var t = gid.x; t < ${rows * width}u; t += stride)`);
  e.line(`let v = t / ${width}u;`);
  e.line(`let d = t % ${width}u;`);
  e.line('var acc: f32 = 0.0f;');
  e.open(`for (var i = 0u; i < ${n}u; i++)`);
  const pos = e.unflatten('i', idsShape);
  e.open(`if (${e.value(idsId, pos)} == i32(v))`);
  e.line(`acc += ${e.value(updId, [...pos, 'd'])};`);
  e.close();
  e.close();
  e.store(root.id, flatIndex(['v', 'd'], root.shape), 'acc');
  e.close();
  return { work: rows * width };
}
