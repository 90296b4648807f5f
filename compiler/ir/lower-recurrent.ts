// The recurrent layers as IR, unrolled over their static steps: the input projection of every step as one matmul, then
// per step one matmul h · recurrent_kernel and the gate arithmetic (which fusion makes one kernel), masked steps
// carrying the previous state; Bidirectional runs a forward and a backward copy and merges them.
import { InternalError } from '../../core/diagnostic.js';
import type { Activation, LayerConfig } from '../check/types.js';
import { activations } from '../check/layers.js';
import { type CellKind, gateCount, isCell } from '../check/layers/recurrent.js';
import type { Builder } from './builder.js';
import { activate } from './lower-activations.js';
import { layerArg, oneOf } from './lower-args.js';
import { type LayerLowering, type LayerNode, type LowerContext, params } from './lower-context.js';

/** One direction's weights and settings, read from the layer's (or the wrapped layer's) arguments. */
interface Cell {
  kind: CellKind;
  units: number;
  act: Activation;
  gate: Activation;
  kernel: number;
  recurrent: number;
  bias?: number;
  resetAfter: boolean;
  backwards: boolean;
  sequences: boolean;
}

function cellOf(ctx: LowerContext, node: LayerNode, kind: CellKind): Cell {
  const p = params(ctx, node);
  const choice = (name: string) => oneOf(name, layerArg(node, name, 'choice'), activations);
  return {
    kind,
    units: layerArg(node, 'units', 'int'),
    act: choice('activation'),
    gate: kind === 'SimpleRNN' ? 'sigmoid' : choice('recurrent_activation'),
    kernel: p.kernel,
    recurrent: p.recurrent_kernel,
    bias: p.bias,
    resetAfter: kind === 'GRU' && layerArg(node, 'reset_after', 'bool'),
    backwards: layerArg(node, 'go_backwards', 'bool'),
    sequences: layerArg(node, 'return_sequences', 'bool'),
  };
}

/** Columns [from, from + width) of a [rows, cols] tensor. */
function cols(b: Builder, x: number, from: number, width: number): number {
  const [rows] = b.shape(x);
  return b.slice(x, [0, from], [rows, width]);
}

/**
 * One step: the state after reading step input `xt` (the step's slice of the input projection, input bias included),
 * from state `h` (and LSTM's cell state `c`); `h` undefined means the zero state of the first step.
 */
function step(b: Builder, cell: Cell, xt: number, h: number | undefined, c: number | undefined, recBias: number | undefined, keep: Keep): { h: number; c?: number } {
  const u = cell.units;
  const gate = (x: number) => activate(b, x, cell.gate);
  const act = (x: number) => activate(b, x, cell.act);
  const rec = (w: number, state: number | undefined) => (state === undefined ? undefined : b.matmul(state, w));
  const plus = (a: number, r: number | undefined) => (r === undefined ? a : b.addN(a, r));
  switch (cell.kind) {
    case 'SimpleRNN':
      return { h: act(plus(xt, rec(cell.recurrent, h))) };
    case 'LSTM': {
      const z = plus(xt, rec(cell.recurrent, h));
      const i = gate(cols(b, z, 0, u));
      const f = gate(cols(b, z, u, u));
      const g = act(cols(b, z, 2 * u, u));
      const o = gate(cols(b, z, 3 * u, u));
      // The output reads the kept cell state, so each step's two states come from one stored value (fusion then
      // writes them in one kernel per step instead of recomputing earlier steps' cell states).
      const next = keep(plus(b.mul(i, g), c === undefined ? undefined : b.mul(f, c)), c);
      return { h: b.mul(o, act(next)), c: next };
    }
    case 'GRU': {
      const batch = b.shape(xt)[0];
      if (cell.resetAfter) {
        // Keras' reset_after: the recurrent projection (with its own bias) is computed whole, r scales its h part.
        let inner = rec(cell.recurrent, h);
        if (recBias !== undefined) inner = inner === undefined ? b.broadcast(recBias, [batch, 3 * u]) : b.addN(inner, recBias);
        const part = (k: number) => (inner === undefined ? undefined : cols(b, inner, k * u, u));
        const z = gate(plus(cols(b, xt, 0, u), part(0)));
        const r = gate(plus(cols(b, xt, u, u), part(1)));
        const rh = part(2);
        const hh = act(plus(cols(b, xt, 2 * u, u), rh === undefined ? undefined : b.mul(r, rh)));
        return { h: gru(b, z, hh, h) };
      }
      const zr = rec(cols(b, cell.recurrent, 0, 2 * u), h);
      const z = gate(plus(cols(b, xt, 0, u), zr === undefined ? undefined : cols(b, zr, 0, u)));
      const r = gate(plus(cols(b, xt, u, u), zr === undefined ? undefined : cols(b, zr, u, u)));
      const hh = act(plus(cols(b, xt, 2 * u, u), h === undefined ? undefined : b.matmul(b.mul(r, h), cols(b, cell.recurrent, 2 * u, u))));
      return { h: gru(b, z, hh, h) };
    }
  }
}

/** A step's new state where the step is real, the old one (or the zero state) where it is padding. */
type Keep = (fresh: number, old: number | undefined) => number;

/** GRU's new state z · h + (1 - z) · hh. */
function gru(b: Builder, z: number, hh: number, h: number | undefined): number {
  const fresh = b.mul(b.sub(b.const(1), z), hh);
  return h === undefined ? fresh : b.addN(b.mul(z, h), fresh);
}

/** One direction over x [batch, steps, features]: the last state and every step's output, in the order read. */
function run(ctx: LowerContext, cell: Cell, x: number, mask: number | undefined, backwards: boolean): { last: number; steps: number[] } {
  const { b } = ctx;
  const [batch, steps, features] = b.shape(x);
  const u = cell.units;
  const width = gateCount[cell.kind] * u;
  // The input projection of every step at once: one matmul [batch · steps, features] x [features, width].
  let xw = b.matmul(b.reshape(x, [batch * steps, features]), cell.kernel);
  let recBias: number | undefined;
  if (cell.bias !== undefined) {
    const input = cell.resetAfter ? b.reshape(b.slice(cell.bias, [0, 0], [1, width]), [1, width]) : b.reshape(cell.bias, [1, width]);
    if (cell.resetAfter) recBias = b.reshape(b.slice(cell.bias, [1, 0], [1, width]), [1, width]);
    xw = b.addN(xw, input);
  }
  const projected = b.reshape(xw, [batch, steps, width]);
  let h: number | undefined;
  let c: number | undefined;
  const outs: number[] = [];
  const zero = () => b.broadcast(b.const(0), [batch, u]);
  for (let k = 0; k < steps; k++) {
    const t = backwards ? steps - 1 - k : k;
    const xt = b.reshape(b.slice(projected, [0, t, 0], [batch, 1, width]), [batch, width]);
    // A padded step leaves state and output as they were (Keras and TF.js: where(mask, new, previous)).
    const real = mask === undefined ? undefined : b.reshape(b.slice(mask, [0, t], [batch, 1]), [batch, 1]);
    const keep: Keep = (fresh, old) => (real === undefined ? fresh : b.where(real, fresh, old ?? zero()));
    const next = step(b, cell, xt, h, c, recBias, keep);
    h = keep(next.h, h);
    c = next.c;
    outs.push(h);
  }
  if (h === undefined) throw new InternalError('a recurrent layer over no steps passed the checker');
  return { last: h, steps: outs };
}

/** The layer's output from one direction's run. */
function output(ctx: LowerContext, cell: Cell, r: { last: number; steps: number[] }): number {
  const { b } = ctx;
  if (!cell.sequences) return r.last;
  const [batch, u] = b.shape(r.last);
  return b.concat(r.steps.map((s) => b.reshape(s, [batch, 1, u])), 1);
}

function cellLowering(kind: CellKind): LayerLowering {
  return (ctx, node, [x]) => {
    const cell = cellOf(ctx, node, kind);
    return output(ctx, cell, run(ctx, cell, x, ctx.mask(node.inputs[0]), cell.backwards));
  };
}

/** The wrapped layer of a Bidirectional as a layer node of its own, with the parameters under `direction.`. */
function direction(node: LayerNode, inner: LayerConfig, dir: 'forward' | 'backward'): LayerNode {
  const path = `${node.path}.${dir}`;
  return { ...node, layer: inner.layer, args: inner.args, path, params: node.params.filter((p) => p.path.startsWith(path + '.')) };
}

/** The recurrent layers' lowerings (joined into layerLowering by lower-layers.ts). */
export const recurrentLowerings: Record<CellKind | 'Bidirectional', LayerLowering> = {
  SimpleRNN: cellLowering('SimpleRNN'),
  LSTM: cellLowering('LSTM'),
  GRU: cellLowering('GRU'),
  Bidirectional(ctx, node, [x]) {
    const { b } = ctx;
    const inner = layerArg(node, 'layer', 'layer');
    const kind = inner.layer;
    if (!isCell(kind)) throw new InternalError(`Bidirectional wraps ${kind}, which the checker refuses`);
    const mask = ctx.mask(node.inputs[0]);
    const fwd = cellOf(ctx, direction(node, inner, 'forward'), kind);
    const bwd = cellOf(ctx, direction(node, inner, 'backward'), kind);
    const a = output(ctx, fwd, run(ctx, fwd, x, mask, fwd.backwards));
    // Keras flips the backward direction's outputs back into the input's step order.
    const back = run(ctx, bwd, x, mask, !bwd.backwards);
    const z = output(ctx, bwd, { last: back.last, steps: [...back.steps].reverse() });
    const mode = oneOf('merge_mode', layerArg(node, 'merge_mode', 'choice'), ['concat', 'sum', 'mul', 'ave'] as const);
    const merged: Record<typeof mode, () => number> = {
      concat: () => b.concat([a, z], b.shape(a).length - 1),
      sum: () => b.addN(a, z),
      mul: () => b.mul(a, z),
      ave: () => b.scale(b.addN(a, z), 0.5),
    };
    return merged[mode]();
  },
};
