// A checked spec -> model.py's modules: one nn.Module class per spec block (repeats as nn.ModuleList), the model's class, with
// attributes named as mdlc's parameter paths; the code of each layer, function and operator comes from the export tables.
import type { BlockUse, CheckedModel, GraphNode, Operand, TensorType } from '../../check/types.js';
import { type DiagnosticBag, InternalError, type SourceFile } from '../../../core/diagnostic.js';
import { nodeReads } from '../../check/graph.js';
import type { Span } from '../../../core/span.js';
import { layerExports } from './layers.js';
import { binaryExports, functionExports } from './functions.js';
import { className, indent, isPlainName, py, refused, variableName } from './python-text.js';

/** torch.nn.Module's own attributes (torch 1.13): a layer of one of these names would shadow it, so it is refused (E0711). */
const moduleAttributes = new Set(
  ('T_destination add_module apply bfloat16 buffers children cpu cuda double dump_patches eval extra_repr float forward get_buffer get_extra_state ' +
    'get_parameter get_submodule half ipu load_state_dict modules named_buffers named_children named_modules named_parameters parameters ' +
    'register_backward_hook register_buffer register_forward_hook register_forward_pre_hook register_full_backward_hook ' +
    'register_load_state_dict_post_hook register_module register_parameter requires_grad_ set_extra_state share_memory state_dict to ' +
    'to_empty train training type xpu zero_grad').split(' '),
);

/** What model.py's generation produced: the class definitions (blocks first, the model last) and the model's interface. */
export interface ModulesPy {
  classes: string[];
  modelClass: string;
  /** The model's forward parameters (spec inputs), in order. */
  inputs: string[];
  /** The tensors forward returns by name: the spec's outputs, then what the loss reads that is computed. */
  returns: string[];
}

type Item = { kind: 'node'; id: number } | { kind: 'use'; index: number } | { kind: 'repeat'; base: string; members: Item[] };

/** Generates the classes of model.py for a checked model; located errors go into `bag`. */
export class ModulesWriter {
  private readonly live = new Set<number>();
  private readonly classBodies = new Map<string, string>();
  private readonly classes: string[] = [];

  constructor(
    private readonly m: CheckedModel,
    private readonly file: SourceFile,
    private readonly bag: DiagnosticBag,
    roots: number[],
  ) {
    const stack = [...roots];
    while (stack.length) {
      const id = stack.pop()!;
      if (this.live.has(id)) continue;
      this.live.add(id);
      stack.push(...nodeReads(m.nodes[id]));
    }
  }

  /** Writes every class; `returns` are the node ids forward hands back, by name. */
  write(returns: { name: string; node: number }[]): ModulesPy {
    // The spec's inputs, and a target only where a computed tensor reads it (a loss reads its target from the batch).
    const readByForward = new Set(this.m.nodes.filter((n) => this.live.has(n.id) && n.kind !== 'input').flatMap(nodeReads));
    const inputs = this.m.nodes.filter((n) => n.kind === 'input' && (n.role === 'input' || readByForward.has(n.id)));
    const vars = new Map<number, string>();
    const taken = new Set<string>();
    for (const n of inputs) vars.set(n.id, variableName(n.name, taken));
    const body = this.body({ prefix: '', first: 0, end: this.m.nodes.length, depth: -1, index: -1 }, vars, taken);
    const lines = returns.map((r) => `${py(r.name)}: ${vars.get(r.node) ?? this.missing(r.name)},`);
    const modelClass = className(this.m.name);
    const doc = `"""model ${this.m.name} (${this.file.path}): inputs ${inputs.map((n) => n.name).join(', ')}; returns ${returns.map((r) => r.name).join(', ')}."""`;
    this.classes.push(this.classText(modelClass, doc, body.init, [...body.forward, 'return {', ...lines.map((l) => `    ${l}`), '}'], inputs.map((n) => vars.get(n.id)!)));
    return { classes: this.classes, modelClass, inputs: inputs.map((n) => n.name), returns: returns.map((r) => r.name) };
  }

  private missing(name: string): never {
    throw new InternalError(`forward has no value for ${name}`);
  }

  private line(span: Span): string {
    return `${this.file.path}:${this.file.position(span.start).line}`;
  }

  /** The items of a scope: its own nodes and its direct block uses, live ones only, repeats grouped. */
  private items(scope: { first: number; end: number; depth: number; index: number }): Item[] {
    const uses = this.m.blockUses;
    const children: number[] = [];
    for (let i = scope.index + 1; i < uses.length; i++) {
      const u = uses[i];
      if (u.first < scope.first || u.end > scope.end || u.depth <= scope.depth) {
        if (scope.index >= 0 && u.depth <= scope.depth) break;
        continue;
      }
      if (u.depth === scope.depth + 1) children.push(i);
    }
    const out: Item[] = [];
    let c = 0;
    for (let id = scope.first; id <= scope.end; id++) {
      while (c < children.length && uses[children[c]].first === id) {
        const u = uses[children[c]];
        if (u.output >= 0 && this.live.has(u.output)) out.push({ kind: 'use', index: children[c] });
        id = Math.max(id, u.end);
        c++;
      }
      if (id >= scope.end) break;
      if (this.live.has(id) && this.m.nodes[id].kind !== 'input') out.push({ kind: 'node', id });
    }
    return this.groupRepeats(out);
  }

  private pathOf(item: Item): string | undefined {
    if (item.kind === 'use') return this.m.blockUses[item.index].path;
    if (item.kind === 'node') {
      const n = this.m.nodes[item.id];
      return n.kind === 'layer' ? n.path : undefined;
    }
    return undefined;
  }

  /** Runs of copies at `base[0]`, `base[1]`, ... become one repeat item. */
  private groupRepeats(items: Item[]): Item[] {
    const out: Item[] = [];
    for (let i = 0; i < items.length; ) {
      const m = /^(.*)\[0\]$/.exec(this.pathOf(items[i]) ?? '');
      if (!m) {
        out.push(items[i++]);
        continue;
      }
      const members: Item[] = [];
      while (i < items.length && this.pathOf(items[i]) === `${m[1]}[${members.length}]`) members.push(items[i++]);
      out.push({ kind: 'repeat', base: m[1], members });
    }
    return out;
  }

  /** The attribute of a layer or block use, relative to its scope; refused where it would shadow nn.Module's own. */
  private attribute(path: string, prefix: string, span: Span): { set: (value: string) => string; get: string } {
    const name = path.slice(prefix.length);
    if (moduleAttributes.has(name))
      this.bag.error('E0711', `the layer \`${name}\` would be the PyTorch attribute \`${name}\`, which torch.nn.Module already has`, span, {
        hint: 'rename the tensor (its layer takes the name), e.g. to ' + `\`${name}_out\``,
      });
    if (isPlainName(name)) return { set: (v) => `self.${name} = ${v}`, get: `self.${name}` };
    return { set: (v) => `self.add_module(${py(name)}, ${v})`, get: `getattr(self, ${py(name)})` };
  }

  private operand(o: Operand, vars: Map<number, string>): string {
    return 'tensor' in o ? this.value(o.tensor, vars) : py(o.scalar);
  }

  private value(id: number, vars: Map<number, string>): string {
    const v = vars.get(id);
    if (v === undefined) throw new InternalError(`tensor ${this.m.nodes[id].name} is read before it is computed`);
    return v;
  }

  private constructLayer(id: number): string {
    const n = this.m.nodes[id];
    if (n.kind !== 'layer') throw new InternalError('not a layer');
    const rule = layerExports[n.layer];
    if (n.frozen) this.bag.error('E0713', `${n.layer} is frozen (trainable=false), which the PyTorch export does not reproduce yet (its parameters would be trained)`, n.span, { hint: 'export without trainable=false, or freeze the parameters in model.py with requires_grad_(False)' });
    for (const a of Object.keys(n.args))
      if (!rule.args.includes(a)) this.bag.error('E0713', `${n.layer}'s argument \`${a}\` has no counterpart in the PyTorch export yet`, n.span, { hint: 'export without it, or extend compiler/export/pytorch/layers.ts' });
    const inputs: TensorType[] = n.inputs.map((i) => this.m.nodes[i].type);
    const args = rule.construct(n, inputs);
    if (refused(args)) {
      this.bag.error('E0713', `${n.layer} cannot be exported to PyTorch exactly: ${args.refuse}`, n.span, { hint: args.hint });
      return `L.${n.layer}()`;
    }
    return `L.${n.layer}(${args})`;
  }

  /** The forward line of a node that is not a layer. */
  private expression(n: GraphNode, vars: Map<number, string>): string {
    switch (n.kind) {
      case 'function': {
        const first = n.inputs[0];
        const rank = 'tensor' in first ? this.m.nodes[first.tensor].type.shape.length : 0;
        return functionExports[n.fn](n.inputs.map((o) => this.operand(o, vars)), n.args, rank);
      }
      case 'binary': {
        const ints = n.type.dtype === 'i32';
        if (ints && n.op === '/') this.bag.error('E0713', 'division of integer tensors has no exact PyTorch counterpart here (torch divides them as floats)', n.span, { hint: 'divide f32 values, or use % for a remainder' });
        const text = binaryExports[n.op](this.operand(n.lhs, vars), this.operand(n.rhs, vars));
        return ints && n.op === '%' ? `(${text}).to(torch.int32)` : text;
      }
      case 'neg':
        return `-${this.value(n.input, vars)}`;
      case 'index': {
        // Python's own slices: the same begin, end and step per axis (a dropped axis is indexed by a number).
        const axes = n.axes.map((a) => (a.drop ? String(a.begin) : a.size === -1 ? ':' : `${a.begin}:${a.begin + (a.size - 1) * a.step + 1}${a.step === 1 ? '' : `:${a.step}`}`));
        return `${this.value(n.input, vars)}[${axes.join(', ')}]`;
      }
      case 'input':
      case 'layer':
        throw new InternalError('not an expression node');
    }
  }

  /** The __init__ and forward lines of a scope (the model's, or one block's); block classes are written on the way. */
  private body(scope: { prefix: string; first: number; end: number; depth: number; index: number }, vars: Map<number, string>, taken: Set<string>): { init: string[]; forward: string[] } {
    const init: string[] = [];
    const forward: string[] = [];
    const emitUnit = (item: Item): string => {
      if (item.kind === 'use') return this.blockClass(item.index);
      if (item.kind === 'node') return this.constructLayer(item.id);
      throw new InternalError('nested repeat');
    };
    for (const item of this.items(scope)) {
      if (item.kind === 'repeat') {
        const first = item.members[0];
        const span = first.kind === 'use' ? this.m.blockUses[first.index].span : this.m.nodes[(first as { id: number }).id].span;
        const attr = this.attribute(scope.prefix + item.base, scope.prefix, span);
        const ctors = item.members.map(emitUnit);
        const same = ctors.every((c) => c === ctors[0]);
        init.push(`${attr.set(same ? `nn.ModuleList([${ctors[0]} for _ in range(${ctors.length})])` : `nn.ModuleList([${ctors.join(', ')}])`)}  # ${this.line(span)}`);
        const last = item.members[item.members.length - 1];
        const input = first.kind === 'use' ? this.m.blockUses[first.index].inputs[0] : (this.m.nodes[(first as { id: number }).id] as { inputs: number[] }).inputs[0];
        const out = last.kind === 'use' ? this.m.blockUses[last.index].output : (last as { id: number }).id;
        const v = variableName(item.base, taken);
        forward.push(`${v} = ${this.value(input, vars)}`, `for layer in ${attr.get}:`, `    ${v} = layer(${v})`);
        vars.set(out, v);
        continue;
      }
      if (item.kind === 'use') {
        const u = this.m.blockUses[item.index];
        const attr = this.attribute(u.path, scope.prefix, u.span);
        init.push(`${attr.set(this.blockClass(item.index))}  # ${this.line(u.span)}`);
        const v = variableName(u.path, taken);
        forward.push(`${v} = ${attr.get}(${u.inputs.map((i) => this.value(i, vars)).join(', ')})`);
        vars.set(u.output, v);
        continue;
      }
      const n = this.m.nodes[item.id];
      const v = variableName(n.name, taken);
      if (n.kind === 'layer') {
        const attr = this.attribute(n.path, scope.prefix, n.span);
        init.push(`${attr.set(this.constructLayer(n.id))}  # ${this.line(n.span)}`);
        forward.push(`${v} = ${attr.get}(${n.inputs.map((i) => this.value(i, vars)).join(', ')})`);
      } else forward.push(`${v} = ${this.expression(n, vars)}`);
      vars.set(n.id, v);
    }
    return { init, forward };
  }

  /** The class of one block use (written once per distinct body), as a constructor call. */
  private blockClass(index: number): string {
    const u: BlockUse = this.m.blockUses[index];
    const vars = new Map<number, string>();
    const taken = new Set<string>();
    const params = u.inputs.map((id, i) => {
      const v = variableName(u.inputNames[i] ?? `x${i}`, taken);
      vars.set(id, v);
      return v;
    });
    const body = this.body({ prefix: `${u.path}.`, first: u.first, end: u.end, depth: u.depth, index }, vars, taken);
    const forward = [...body.forward, `return ${this.value(u.output, vars)}`];
    const key = JSON.stringify([u.block, body.init.map((l) => l.replace(/  # .*$/, '')), forward, params]);
    let name = this.classBodies.get(key);
    if (name === undefined) {
      const base = className(u.block);
      const same = [...this.classBodies.values()].filter((v) => v === base || v.startsWith(`${base}_`)).length;
      name = same ? `${base}_${same + 1}` : base;
      this.classBodies.set(key, name);
      this.classes.push(this.classText(name, `"""block ${u.block} (${this.line(u.span)})."""`, body.init, forward, params));
    }
    return `${name}()`;
  }

  private classText(name: string, doc: string, init: string[], forward: string[], params: string[]): string {
    const ctor = init.length ? ['def __init__(self):', '    super().__init__()', ...init.map((l) => `    ${l}`)] : [];
    return [`class ${name}(nn.Module):`, indent([doc, '', ...ctor, ...(ctor.length ? [''] : []), `def forward(self, ${params.join(', ')}):`, ...forward.map((l) => `    ${l}`)].join('\n'), 4)].join('\n');
  }
}
