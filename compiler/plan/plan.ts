// Kernels -> a static memory plan: every tensor gets an arena and an offset before anything runs; dead regions are reused.
import type { Module, Program } from '../../core/ir.js';
import { numel } from '../../core/ir.js';
import { InternalError } from '../../core/diagnostic.js';
import { storageOf, type FusedProgram } from '../fuse/fuse.js';

/** The memory arenas: one GPU buffer each. */
export type ArenaName = 'params' | 'state' | 'data' | 'work';

/** Where a tensor lives: arena and element offset (4-byte elements; i32 tensors are stored bit for bit). */
export interface Placement {
  arena: ArenaName;
  offset: number;
  size: number;
}

/** A program's memory plan: placement of every realized node, arena sizes, and live ranges (for the verifier). */
export interface ProgramPlan {
  placements: Map<number, Placement>;
  /** Elements per arena for this program (params and state are shared by all programs of a module). */
  elements: Record<ArenaName, number>;
  /** Inclusive kernel index range during which each work tensor must keep its value. */
  lifetimes: Map<number, { first: number; last: number }>;
}

/** Parameters and optimizer state, placed once for the whole module so every program sees the same offsets. */
export interface ResidentLayout {
  params: Map<string, { offset: number; size: number }>;
  state: Map<string, { offset: number; size: number }>;
  elements: { params: number; state: number };
}

/** Alignment of every placement, in elements (16 bytes: room for vec4 access). */
const ALIGN = 4;
const align = (n: number) => Math.ceil(n / ALIGN) * ALIGN;

/** Lays out every parameter and state tensor of a module contiguously, in declaration order. */
export function residentLayout(m: Module): ResidentLayout {
  const params = new Map<string, { offset: number; size: number }>();
  const state = new Map<string, { offset: number; size: number }>();
  let p = 0;
  for (const x of m.params) {
    params.set(x.path, { offset: p, size: numel(x.shape) });
    p = align(p + numel(x.shape));
  }
  let s = 0;
  for (const x of m.state) {
    state.set(x.path, { offset: s, size: numel(x.shape) });
    s = align(s + numel(x.shape));
  }
  return { params, state, elements: { params: Math.max(p, ALIGN), state: Math.max(s, ALIGN) } };
}

/** A first-fit free list over one arena. */
class Arena {
  private free: { offset: number; size: number }[] = [];
  top = 0;

  alloc(size: number): number {
    const need = align(size);
    for (let i = 0; i < this.free.length; i++) {
      const f = this.free[i];
      if (f.size < need) continue;
      const offset = f.offset;
      if (f.size === need) this.free.splice(i, 1);
      else this.free[i] = { offset: f.offset + need, size: f.size - need };
      return offset;
    }
    const offset = this.top;
    this.top += need;
    return offset;
  }

  release(offset: number, size: number): void {
    this.free.push({ offset, size: align(size) });
    this.free.sort((a, b) => a.offset - b.offset);
    const merged: { offset: number; size: number }[] = [];
    for (const f of this.free) {
      const last = merged[merged.length - 1];
      if (last && last.offset + last.size === f.offset) last.size += f.size;
      else merged.push({ ...f });
    }
    this.free = merged;
  }
}

/**
 * Plans one program: inputs go to the data arena; computed tensors to the work arena, allocated when their kernel
 * runs and released after their last reader; outputs stay to the end; updates are written in place over the
 * parameter or state tensor they replace.
 */
export function planProgram(fp: FusedProgram, resident: ResidentLayout): ProgramPlan {
  const p: Program = fp.program;
  const placements = new Map<number, Placement>();
  const lifetimes = new Map<number, { first: number; last: number }>();
  let data = 0;
  for (const n of p.nodes) {
    if (n.op === 'param') placements.set(n.id, { arena: 'params', ...resident.params.get(n.arg.path)! });
    else if (n.op === 'state') placements.set(n.id, { arena: 'state', ...resident.state.get(n.arg.path)! });
    else if (n.op === 'input') {
      placements.set(n.id, { arena: 'data', offset: data, size: numel(n.shape) });
      data = align(data + numel(n.shape));
    }
  }
  // In-place updates.
  for (const u of p.updates) {
    const id = storageOf(p, u.node);
    const target = resident.params.get(u.name) ?? resident.state.get(u.name);
    if (!target) throw new InternalError(`update of unknown ${u.name}`);
    placements.set(id, { arena: resident.params.has(u.name) ? 'params' : 'state', ...target });
  }
  const last = new Map<number, number>();
  fp.kernels.forEach((k, i) => {
    for (const input of k.inputs) last.set(input, i);
  });
  const end = fp.kernels.length;
  for (const o of p.outputs) last.set(storageOf(p, o.node), end);
  const work = new Arena();
  const dying: { at: number; id: number }[] = [];
  fp.kernels.forEach((k, i) => {
    for (const o of k.outputs) {
      if (placements.has(o)) continue;
      const size = numel(p.nodes[o].shape);
      const offset = work.alloc(size);
      placements.set(o, { arena: 'work', offset, size });
      const lastUse = Math.max(last.get(o) ?? i, i);
      lifetimes.set(o, { first: i, last: lastUse });
      dying.push({ at: lastUse, id: o });
    }
    // Release tensors whose last reader is this kernel (after its outputs were placed: a kernel never writes over its own inputs).
    for (const d of dying.filter((x) => x.at === i)) {
      const pl = placements.get(d.id)!;
      work.release(pl.offset, pl.size);
    }
  });
  return {
    placements,
    lifetimes,
    elements: { params: resident.elements.params, state: resident.elements.state, data: Math.max(data, ALIGN), work: Math.max(work.top, ALIGN) },
  };
}

/** Independent check of a plan: no two work tensors whose lifetimes overlap share memory. Returns the problems found. */
export function verifyPlan(plan: ProgramPlan): string[] {
  const problems: string[] = [];
  const entries = [...plan.lifetimes.entries()].map(([id, life]) => ({ id, life, at: plan.placements.get(id)! }));
  for (let i = 0; i < entries.length; i++)
    for (let j = i + 1; j < entries.length; j++) {
      const a = entries[i];
      const b = entries[j];
      const memory = a.at.offset < b.at.offset + b.at.size && b.at.offset < a.at.offset + a.at.size;
      const time = a.life.first <= b.life.last && b.life.first <= a.life.last;
      if (memory && time) problems.push(`%${a.id} and %${b.id} overlap in the work arena while both are live`);
    }
  for (const [id, pl] of plan.placements) if (pl.offset + pl.size > plan.elements[pl.arena]) problems.push(`%${id} ends past the end of the ${pl.arena} arena`);
  return problems;
}

/** Stage 7, plan: parameters and state laid out once; each program's tensors placed in arenas with reuse; verified. */
export function planModule(m: Module, fused: FusedProgram[]): ProgramPlan[] {
  const resident = residentLayout(m);
  return fused.map((fp) => {
    const plan = planProgram(fp, resident);
    const problems = verifyPlan(plan);
    if (problems.length) throw new InternalError(`memory plan of ${fp.program.name}: ${problems.join('; ')}`);
    return plan;
  });
}
