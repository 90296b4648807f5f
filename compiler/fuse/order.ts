// Live drafts -> a topological order kept up to date as drafts merge, so cycle checks search only between two drafts.
import type { Draft, FuseState } from './draft.js';

/** A topological order of the live drafts: a position each, and the draft at each position (gaps where merges left one). */
export interface DraftOrder {
  pos: Map<Draft, number>;
  slot: (Draft | undefined)[];
}

/** The drafts that `d` reads from (by the producer of each input). */
function producersOf(s: FuseState, d: Draft): Draft[] {
  const out: Draft[] = [];
  for (const i of d.inputs) {
    const q = s.producer.get(i);
    if (q && q !== d) out.push(q);
  }
  return out;
}

/** A topological order of the live drafts (Kahn's algorithm), or undefined when they have a cycle. */
function computeOrder(s: FuseState): DraftOrder | undefined {
  const live = s.drafts.filter((d) => d.alive);
  const waiting = new Map<Draft, number>();
  const readers = new Map<Draft, Draft[]>();
  for (const d of live) {
    const from = new Set(producersOf(s, d));
    waiting.set(d, from.size);
    for (const q of from) {
      const list = readers.get(q);
      if (list) list.push(d);
      else readers.set(q, [d]);
    }
  }
  const ready = live.filter((d) => waiting.get(d) === 0);
  const slot: Draft[] = [];
  while (ready.length) {
    const d = ready.pop()!;
    slot.push(d);
    for (const r of readers.get(d) ?? []) {
      const left = waiting.get(r)! - 1;
      waiting.set(r, left);
      if (left === 0) ready.push(r);
    }
  }
  if (slot.length !== live.length) return undefined;
  return { pos: new Map(slot.map((d, i) => [d, i])), slot };
}

/** The state's order, computed when missing; undefined when it cannot be kept (then searches are not pruned). */
export function draftOrder(s: FuseState): DraftOrder | undefined {
  if (s.order === null) return undefined;
  if (!s.order) s.order = computeOrder(s) ?? null;
  return s.order ?? undefined;
}

/**
 * Keeps the order valid when `d` is about to be merged into `into` (called before the merge changes any set): the
 * drafts between the two that feed the later one move before the merged draft, the rest after it. A merge that
 * makes a cycle, or of a draft already merged away, drops the order (it is recomputed, or given up, on next use).
 */
export function mergeOrder(s: FuseState, into: Draft, d: Draft): void {
  const order = s.order;
  if (!order) return;
  if (!into.alive || !d.alive) {
    // A merged-away draft's outputs have another producer already: the producer map no longer tells every reader.
    s.order = null;
    return;
  }
  if (!order.pos.has(into) || !order.pos.has(d)) {
    s.order = undefined;
    return;
  }
  const [low, high] = order.pos.get(into)! < order.pos.get(d)! ? [into, d] : [d, into];
  const lo = order.pos.get(low)!;
  const hi = order.pos.get(high)!;
  // The drafts in between that `high` depends on: they must stay before the merged draft.
  const before = new Set<Draft>();
  const stack = producersOf(s, high).filter((q) => q !== low);
  while (stack.length) {
    const x = stack.pop()!;
    const p = order.pos.get(x)!;
    if (p <= lo || before.has(x)) continue;
    before.add(x);
    for (const q of producersOf(s, x)) {
      if (q === low) {
        // low -> x -> high: the merge makes a cycle; nothing can be ordered.
        s.order = undefined;
        return;
      }
      stack.push(q);
    }
  }
  const rest: Draft[] = [];
  const first: Draft[] = [];
  for (let p = lo + 1; p < hi; p++) {
    const x = order.slot[p];
    if (!x) continue;
    (before.has(x) ? first : rest).push(x);
  }
  const placed = [...first, into, ...rest];
  for (let p = lo; p <= hi; p++) order.slot[p] = undefined;
  placed.forEach((x, i) => {
    order.slot[lo + i] = x;
    order.pos.set(x, lo + i);
  });
  order.pos.delete(d);
}
