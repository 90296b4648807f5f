// WGSL expression generation: the value of an IR node at a multi-index, with views turned into index arithmetic.
import { binaryRules, isBinaryOp, isUnaryOp, unaryRules } from '../../core/elementwise.js';
import type { AnyNode, BinaryOp, Program, UnaryOp } from '../../core/ir.js';
import { InternalError } from '../../core/diagnostic.js';
import type { ArenaName, Placement } from '../plan/plan.js';

/** Arena binding numbers, fixed so every kernel uses the same layout. */
export const bindingOf: Record<ArenaName, number> = { params: 0, state: 1, data: 2, work: 3 };

/** Formats a number as a WGSL literal of a dtype. */
export function literal(v: number, dtype: 'f32' | 'i32' | 'u32'): string {
  if (dtype === 'u32') return `${v >>> 0}u`;
  if (dtype === 'i32') return v < 0 ? `(${Math.trunc(v)}i)` : `${Math.trunc(v)}i`;
  if (!Number.isFinite(v)) throw new InternalError(`non-finite constant ${v}`);
  let s = Object.is(v, -0) ? '0.0' : String(Math.fround(v) === v ? v : Math.fround(v));
  if (!/[.e]/.test(s)) s += '.0';
  return v < 0 ? `(${s}f)` : `${s}f`;
}

/** Row-major flat index of a multi-index in a shape, as WGSL (constant folded where possible). */
export function flatIndex(idx: string[], shape: number[]): string {
  const terms: string[] = [];
  let stride = 1;
  for (let d = shape.length - 1; d >= 0; d--) {
    if (shape[d] !== 1 && idx[d] !== '0u') terms.unshift(stride === 1 ? idx[d] : `${idx[d]} * ${stride}u`);
    stride *= shape[d];
  }
  return terms.length ? terms.join(' + ') : '0u';
}

/** Narrows a node to the unary elementwise ops. */
/** A window tap's offset: the tap index times the dilation, left bare for an ordinary window (d = 1). */
function dilated(tap: string, d: number, suffix: 'u' | 'i'): string {
  return d === 1 ? tap : `(${tap} * ${d}${suffix})`;
}

function isUnaryNode(n: AnyNode): n is Extract<AnyNode, { op: UnaryOp }> {
  return isUnaryOp(n.op);
}

/** Narrows a node to the binary elementwise ops. */
function isBinaryNode(n: AnyNode): n is Extract<AnyNode, { op: BinaryOp }> {
  return isBinaryOp(n.op);
}

/** Generates statements and expressions for one kernel body. */
export class Emitter {
  readonly lines: string[] = [];
  private depth = 1;
  private scopes: Map<string, string>[] = [new Map()];
  private counter = 0;
  /** Nodes whose value is a named WGSL variable (accumulators, values computed by the kernel's own loops). */
  readonly registers = new Map<number, string>();

  constructor(
    readonly p: Program,
    readonly placements: Map<number, Placement>,
    /** Nodes computed inside this kernel (everything else is read from memory). */
    readonly members: Set<number>,
    /** Remaps a node read from memory to the node whose memory is read (horizontal fusion segments). */
    private readonly segmentBase?: (id: number) => string | undefined,
    /** Prefix of generated names, distinct per emitter sharing one function (side tasks). */
    private readonly namePrefix = '',
  ) {}

  fresh(prefix = 'v'): string {
    return `${this.namePrefix}${prefix}${this.counter++}`;
  }

  line(s: string): void {
    this.lines.push('  '.repeat(this.depth) + s);
  }

  /** Opens a block (`for`, `if`); values computed inside are not reused outside. */
  open(head: string): void {
    this.line(`${head} {`);
    this.depth++;
    this.scopes.push(new Map());
  }

  close(): void {
    this.scopes.pop();
    this.depth--;
    this.line('}');
  }

  private memo(key: string): string | undefined {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const v = this.scopes[i].get(key);
      if (v !== undefined) return v;
    }
    return undefined;
  }

  /** Binds an expression to a `let`, so it is computed once. */
  bind(expr: string, type: string, key?: string): string {
    if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(expr) || /^\(?-?[0-9.e+-]+[fiu]?\)?$/.test(expr)) return expr;
    const name = this.fresh();
    this.line(`let ${name}: ${type} = ${expr};`);
    if (key) this.scopes[this.scopes.length - 1].set(key, name);
    return name;
  }

  private wgslType(n: AnyNode): string {
    return n.dtype === 'i32' ? 'i32' : 'f32';
  }

  /** Reads a realized node at a flat index. */
  load(id: number, flat: string): string {
    const n = this.p.nodes[id];
    const at = this.placements.get(id);
    if (!at) throw new InternalError(`%${id} (${n.op} ${n.name}) is read from memory but has no placement`);
    const base = this.segmentBase?.(id) ?? `${at.offset}u`;
    const addr = base === '0u' ? flat : flat === '0u' ? base : `${base} + ${flat}`;
    const raw = `${at.arena}[${addr}]`;
    return n.dtype === 'i32' ? `bitcast<i32>(${raw})` : raw;
  }

  /** Writes a value to a realized node at a flat index. */
  store(id: number, flat: string, value: string): void {
    const n = this.p.nodes[id];
    const at = this.placements.get(id)!;
    const base = this.segmentBase?.(id) ?? `${at.offset}u`;
    const addr = base === '0u' ? flat : flat === '0u' ? base : `${base} + ${flat}`;
    this.line(`${at.arena}[${addr}] = ${n.dtype === 'i32' ? `bitcast<f32>(${value})` : value};`);
  }

  /** Multi-index of a flat index in a shape (binds the flat index once). */
  unflatten(flat: string, shape: number[]): string[] {
    if (shape.length === 0) return [];
    const f = this.bind(flat, 'u32');
    const out: string[] = [];
    let stride = 1;
    for (let d = shape.length - 1; d >= 0; d--) {
      const div = stride === 1 ? f : `(${f} / ${stride}u)`;
      out.unshift(shape[d] === 1 ? '0u' : d === 0 ? div : `(${div} % ${shape[d]}u)`);
      stride *= shape[d];
    }
    return out;
  }

  /**
   * Flat mode (horizontally fused kernels): every tensor with `flatSize` elements is read at the flat index `flat`,
   * scalars at 0; reshapes are transparent. Shapes inside a segment then never matter.
   */
  flat: { index: string; size: number } | undefined;

  /** The value of node `id` at multi-index `idx` (one index expression per axis of the node's shape). */
  value(id: number, idx: string[]): string {
    if (this.flat) return this.flatValue(id);
    const reg = this.registers.get(id);
    if (reg !== undefined) return reg;
    const n = this.p.nodes[id];
    if (!this.members.has(id)) return this.load(id, flatIndex(idx, n.shape));
    const key = `${id}@${idx.join(',')}`;
    const hit = this.memo(key);
    if (hit !== undefined) return hit;
    const expr = this.compute(n, idx);
    return this.bind(expr, this.wgslType(n), key);
  }

  private flatValue(id: number): string {
    const n = this.p.nodes[id];
    const size = n.shape.reduce((a, b) => a * b, 1);
    const at = size === 1 ? '0u' : this.flat!.index;
    if (!this.members.has(id)) return this.load(id, at);
    if (n.op === 'reshape') return this.flatValue(n.src[0]);
    const key = `${id}@flat`;
    const hit = this.memo(key);
    if (hit !== undefined) return hit;
    // Elementwise ops only (guaranteed by the fusion rule): compute with the multi-index machinery on a rank-0 view.
    const saved = this.flat;
    const operands = n.src.map((s) => this.flatValue(s));
    this.flat = undefined;
    const tmp = new Map<number, string>();
    n.src.forEach((s, k) => tmp.set(s, operands[k]));
    for (const [s, v] of tmp) this.registers.set(s, v);
    const expr = this.compute({ ...n, shape: [] } as AnyNode, []);
    for (const s of tmp.keys()) this.registers.delete(s);
    this.flat = saved;
    return this.bind(expr, this.wgslType(n), key);
  }

  /** Index of an elementwise operand: broadcast axes read index 0. */
  private operandIndex(n: AnyNode, src: number, idx: string[]): string[] {
    const s = this.p.nodes[src].shape;
    if (s.length === 0) return [];
    return s.map((d, i) => (d === 1 && n.shape[i] !== 1 ? '0u' : idx[i]));
  }

  private arg(n: AnyNode, k: number, idx: string[]): string {
    return this.value(n.src[k], this.operandIndex(n, n.src[k], idx));
  }

  private compute(n: AnyNode, idx: string[]): string {
    const a = (k: number) => this.arg(n, k, idx);
    const isInt = n.dtype === 'i32';
    const zero = isInt ? '0i' : '0.0f';
    // Elementwise ops come from the table the CPU executor and constant folding share; operands are read in order.
    if (isUnaryNode(n)) return unaryRules[n.op].wgsl(a(0), n.dtype);
    if (isBinaryNode(n)) {
      const x = a(0);
      return binaryRules[n.op].wgsl(x, a(1), n.dtype);
    }
    switch (n.op) {
      case 'const':
        return literal(n.arg.value, n.dtype);
      case 'iota':
        return isInt ? `i32(${idx[n.arg.axis]})` : `f32(${idx[n.arg.axis]})`;
      case 'random': {
        const step = this.value(n.src[0], []);
        return `mdlc_uniform(${literal(n.arg.seed, 'u32')}, ${literal(n.arg.stream, 'u32')}, u32(${step}), ${flatIndex(idx, n.shape)})`;
      }
      case 'detach':
        return a(0);
      case 'where': {
        const c = a(0);
        const cond = this.p.nodes[n.src[0]].dtype === 'i32' ? `${c} != 0i` : `${c} != 0.0f`;
        return `select(${a(2)}, ${a(1)}, ${cond})`;
      }
      case 'reshape': {
        const src = this.p.nodes[n.src[0]];
        return this.value(src.id, this.unflatten(flatIndex(idx, n.shape), src.shape));
      }
      case 'transpose': {
        const srcIdx = new Array<string>(n.shape.length);
        n.arg.perm.forEach((p, i) => (srcIdx[p] = idx[i]));
        return this.value(n.src[0], srcIdx);
      }
      case 'broadcast': {
        const s = this.p.nodes[n.src[0]].shape;
        return this.value(n.src[0], s.map((d, i) => (d === 1 ? '0u' : idx[i])));
      }
      case 'slice':
        return this.value(n.src[0], idx.map((x, i) => (n.arg.begin[i] ? `(${x} + ${n.arg.begin[i]}u)` : x)));
      case 'pad': {
        const s = this.p.nodes[n.src[0]].shape;
        const conds: string[] = [];
        const inner = idx.map((x, i) => {
          const b = n.arg.before[i];
          if (b === 0 && n.arg.after[i] === 0) return x;
          conds.push(`${x} >= ${b}u && ${x} < ${b + s[i]}u`);
          return `min(select(0u, ${x} - ${b}u, ${x} >= ${b}u), ${s[i] - 1}u)`;
        });
        const v = this.value(n.src[0], inner);
        return conds.length ? `select(${zero}, ${v}, ${conds.join(' && ')})` : v;
      }
      case 'concat': {
        const axis = n.arg.axis;
        const at = this.bind(idx[axis], 'u32');
        let offset = 0;
        const pieces = n.src.map((s) => {
          const size = this.p.nodes[s].shape[axis];
          const local = offset === 0 ? `min(${at}, ${size - 1}u)` : `min(select(0u, ${at} - ${offset}u, ${at} >= ${offset}u), ${size - 1}u)`;
          const v = this.value(s, idx.map((x, i) => (i === axis ? local : x)));
          offset += size;
          return { v, end: offset };
        });
        let expr = pieces[pieces.length - 1].v;
        for (let i = pieces.length - 2; i >= 0; i--) expr = `select(${expr}, ${pieces[i].v}, ${at} < ${pieces[i].end}u)`;
        return expr;
      }
      case 'gather': {
        const [table, ids] = n.src;
        const rows = this.p.nodes[table].shape[0];
        const id = this.value(ids, idx.slice(0, -1));
        const row = this.bind(`u32(clamp(${id}, 0i, ${rows - 1}i))`, 'u32');
        return this.value(table, [row, idx[idx.length - 1]]);
      }
      case 'im2col': {
        const [, H, W, C] = this.p.nodes[n.src[0]].shape;
        const { kw, kh, sh, sw, padTop, padLeft, padValue, dh = 1, dw = 1 } = n.arg;
        const col = this.bind(idx[3], 'u32');
        const ky = dilated(`(${col} / ${kw * C}u)`, dh, 'u');
        const kx = dilated(`((${col} / ${C}u) % ${kw}u)`, dw, 'u');
        const c = `(${col} % ${C}u)`;
        void kh;
        const iy = this.bind(`i32(${idx[1]} * ${sh}u + ${ky}) - ${padTop}i`, 'i32');
        const ix = this.bind(`i32(${idx[2]} * ${sw}u + ${kx}) - ${padLeft}i`, 'i32');
        const v = this.value(n.src[0], [idx[0], `u32(clamp(${iy}, 0i, ${H - 1}i))`, `u32(clamp(${ix}, 0i, ${W - 1}i))`, c]);
        return `select(${literal(padValue, 'f32')}, ${v}, ${iy} >= 0i && ${iy} < ${H}i && ${ix} >= 0i && ${ix} < ${W}i)`;
      }
      case 'col2im': {
        const [, OH, OW] = this.p.nodes[n.src[0]].shape;
        const C = n.shape[3];
        const { kh, kw, sh, sw, padTop, padLeft, dh = 1, dw = 1 } = n.arg;
        const acc = this.fresh('acc');
        this.line(`var ${acc}: f32 = 0.0f;`);
        this.open(`for (var ky: i32 = 0i; ky < ${kh}i; ky++)`);
        const ty = this.bind(`i32(${idx[1]}) + ${padTop}i - ${dilated('ky', dh, 'i')}`, 'i32');
        this.open(`if (${ty} >= 0i && ${ty} % ${sh}i == 0i && ${ty} / ${sh}i < ${OH}i)`);
        this.open(`for (var kx: i32 = 0i; kx < ${kw}i; kx++)`);
        const tx = this.bind(`i32(${idx[2]}) + ${padLeft}i - ${dilated('kx', dw, 'i')}`, 'i32');
        this.open(`if (${tx} >= 0i && ${tx} % ${sw}i == 0i && ${tx} / ${sw}i < ${OW}i)`);
        const v = this.value(n.src[0], [idx[0], `u32(${ty} / ${sh}i)`, `u32(${tx} / ${sw}i)`, `u32(ky * ${kw}i + kx) * ${C}u + ${idx[3]}`]);
        this.line(`${acc} += ${v};`);
        this.close();
        this.close();
        this.close();
        this.close();
        return acc;
      }
      case 'param':
      case 'input':
      case 'state':
      case 'sum':
      case 'reduce_max':
      case 'argmax':
      case 'matmul':
      case 'scatter_add':
        throw new InternalError(`%${n.id} ${n.op} must be read from memory or a register`);
    }
  }
}

/** WGSL helpers every kernel may call: Threefry-2x32 uniforms (same bits as the CPU) and erf. */
export const preludeFunctions = `
fn mdlc_rotl(x: u32, r: u32) -> u32 { return (x << r) | (x >> (32u - r)); }

fn mdlc_uniform(k0: u32, k1: u32, c0: u32, c1: u32) -> f32 {
  var ks = array<u32, 3>(k0, k1, 0x1bd11bdau ^ k0 ^ k1);
  var rot = array<u32, 8>(13u, 15u, 26u, 6u, 17u, 29u, 16u, 24u);
  var x0 = c0 + ks[0];
  var x1 = c1 + ks[1];
  for (var r = 0u; r < 20u; r++) {
    x0 = x0 + x1;
    x1 = mdlc_rotl(x1, rot[r % 8u]);
    x1 = x1 ^ x0;
    if (r % 4u == 3u) {
      let i = (r + 1u) / 4u;
      x0 = x0 + ks[i % 3u];
      x1 = x1 + ks[(i + 1u) % 3u] + i;
    }
  }
  return f32(x0 >> 8u) * 5.9604644775390625e-8f;
}

fn mdlc_erf(x: f32) -> f32 {
  // Abramowitz and Stegun 7.1.26 (absolute error below 1.5e-7)
  let t = 1.0f / (1.0f + 0.3275911f * abs(x));
  let y = 1.0f - (((((1.061405429f * t - 1.453152027f) * t) + 1.421413741f) * t - 0.284496736f) * t + 0.254829592f) * t * exp(-x * x);
  return sign(x) * y;
}
`;
