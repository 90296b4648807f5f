// `x[items]` -> an index node: NumPy-style indexing with static bounds (`x[:, 0:4]`, `x[..., -1]`, `x[:, ::2]`),
// each bound a compile-time integer, negative ones counted from the end; out-of-range bounds are located errors.
import type { Expr, IndexItem, Span } from '../../grammar/ast.js';
import type { Note } from '../../core/diagnostic.js';
import type { Checker } from './checker.js';
import { constant } from './constants.js';
import { type Scope, tmpName } from './scope.js';
import { type AxisSelection, type Dim, formatShape, formatType } from './types.js';
import { kindWord } from './values.js';

type Index = Extract<Expr, { kind: 'index' }>;

/** A bound as an integer, or undefined after reporting what else it is (E0320). */
function bound(c: Checker, e: Expr, scope: Scope, what: string): number | undefined {
  const v = constant(c, e, scope, false);
  if (!v) return undefined;
  if (v.kind !== 'number' || !v.isInt) {
    c.error('E0320', `${what} must be an integer known to the compiler, but this is ${v.kind === 'number' ? `the float ${v.value}` : kindWord(v)}`, e.span, { hint: 'indices and slice bounds are whole numbers: x[:, 2], x[:, 1:-1], x[:, ::2]' });
    return undefined;
  }
  return v.value;
}

/** Checks `x[items]` and adds its node: per axis a selection, the axes indexed by a number dropped. */
export function indexTensor(c: Checker, expr: Index, scope: Scope, name: string, root: boolean): number | undefined {
  const x = c.tensor(expr.target, scope, name);
  if (x === undefined) return undefined;
  const t = c.node(x).type;
  const shape = t.shape;
  const note: Note[] = [{ message: `the indexed tensor is ${formatType(t)}`, span: c.origins.get(x) ?? expr.target.span }];
  const ellipses = expr.items.filter((i) => i.kind === 'ellipsis');
  if (ellipses.length > 1) {
    c.error('E0322', 'an index may hold `...` only once', ellipses[1].span, { hint: '`...` stands for every axis the other entries do not name' });
    return undefined;
  }
  const named = expr.items.length - ellipses.length;
  if (named > shape.length) {
    const extra = expr.items.filter((i) => i.kind !== 'ellipsis')[shape.length];
    c.error('E0416', `${named} indices for a tensor of rank ${shape.length}: ${formatShape(shape)}`, extra.span, { notes: note, hint: 'one entry per axis, the batch axis (axis 0) first: x[:, 0]' });
    return undefined;
  }
  // Each axis gets its item: `...` expands to the axes no other item names; missing trailing items take the whole axis.
  const items: (IndexItem | undefined)[] = [];
  for (const item of expr.items) {
    if (item.kind === 'ellipsis') items.push(...new Array<undefined>(shape.length - named).fill(undefined));
    else items.push(item);
  }
  while (items.length < shape.length) items.push(undefined);
  const axes: AxisSelection[] = [];
  let ok = true;
  items.forEach((item, axis) => {
    if (!ok) return;
    const sel = selection(c, item, shape[axis], axis, scope, note);
    if (sel) axes.push(sel);
    else ok = false;
  });
  if (!ok) return undefined;
  const out: Dim[] = [];
  axes.forEach((a, i) => {
    if (!a.drop) out.push(a.size === -1 ? shape[i] : a.size);
  });
  return c.addNode({ kind: 'index', input: x, axes, type: { dtype: t.dtype, shape: out }, span: expr.span, name: tmpName(scope, name, root, 'index') });
}

/** The selection of one axis by its item (undefined: the whole axis), or undefined after reporting why it cannot be. */
function selection(c: Checker, item: IndexItem | undefined, dim: Dim, axis: number, scope: Scope, note: Note[]): AxisSelection | undefined {
  const whole: AxisSelection = { begin: 0, size: -1, step: 1, drop: false };
  if (!item || (item.kind === 'slice' && !item.start && !item.stop && !item.step)) return whole;
  if (item.kind === 'ellipsis') return whole;
  const fixedOnly = (why: string, span: Span) => {
    c.error('E0417', why, span, { notes: note, hint: axis === 0 ? 'the batch axis is taken whole: write `:` (or `...`) first, as in x[:, 0]' : 'a symbolic axis has no size the compiler knows; take it whole with `:`' });
    return undefined;
  };
  if (axis === 0) return fixedOnly('the batch axis (axis 0) cannot be indexed or sliced: its rows are the samples', item.span);
  if (typeof dim === 'string') return fixedOnly(`axis ${axis} is the symbolic \`${dim}\`, whose size is not known, so it can only be taken whole`, item.span);
  if (item.kind === 'at') {
    const i = bound(c, item.index, scope, 'an index');
    if (i === undefined) return undefined;
    const at = i < 0 ? i + dim : i;
    if (at < 0 || at >= dim) {
      c.error('E0415', `index ${i} is out of range for axis ${axis} of size ${dim}`, item.span, { notes: note, hint: `valid indices are 0 to ${dim - 1}, or -${dim} to -1 from the end` });
      return undefined;
    }
    return { begin: at, size: 1, step: 1, drop: true };
  }
  const step = item.step ? bound(c, item.step, scope, 'a slice step') : 1;
  const start = item.start ? bound(c, item.start, scope, 'a slice start') : 0;
  const stop = item.stop ? bound(c, item.stop, scope, 'a slice end') : dim;
  if (step === undefined || start === undefined || stop === undefined) return undefined;
  if (step <= 0) {
    c.error('E0321', step === 0 ? 'a slice step cannot be 0' : `a negative slice step (${step}) is not supported`, item.step!.span, { hint: 'steps count forward: x[:, ::2]; to reverse an axis, there is no slice yet' });
    return undefined;
  }
  const first = start < 0 ? start + dim : start;
  const end = stop < 0 ? stop + dim : stop;
  if (first < 0 || first >= dim) {
    c.error('E0415', `slice start ${start} is out of range for axis ${axis} of size ${dim}`, item.start!.span, { notes: note, hint: `a start is 0 to ${dim - 1}, or -${dim} to -1 from the end` });
    return undefined;
  }
  if (end < 0 || end > dim) {
    c.error('E0415', `slice end ${stop} is out of range for axis ${axis} of size ${dim}`, item.stop!.span, { notes: note, hint: `an end is 0 to ${dim}, or -${dim} to -1 from the end (it is not included)` });
    return undefined;
  }
  if (end <= first) {
    c.error('E0415', `the slice ${start}:${stop} of axis ${axis} (size ${dim}) selects nothing: it ends where or before it starts`, item.span, { notes: note });
    return undefined;
  }
  return { begin: first, size: Math.ceil((end - first) / step), step, drop: false };
}
