// IR Module <-> JSON (format version 1, schema docs/schemas/ir.schema.json): writing, reading, and verifying what was read.
import { schemaValidator as interpret, type SchemaError, type SchemaValidator } from './schemas/validate.js';
import { irSchema as schema } from './schemas/ir-schema.js';
import type { Span } from './span.js';
import type { Initializer, InitializerKind } from './initializer.js';
import { closest } from './suggest.js';
import type { SourceFile } from './diagnostic.js';
import type { AnyNode, Binding, DType, Module, Op, OpArgs, Program, StateRole } from './ir.js';
import { type IRType, shapeRules } from './shape-rules.js';

/** The version of the JSON format this compiler writes and reads. */
export const irFormatVersion = 1;

/** A real number in JSON: JSON has no infinities, NaN or negative zero, so those travel as strings. */
export type RealJson = number | 'Infinity' | '-Infinity' | 'NaN' | '-0';

/** An initializer in JSON. */
export interface InitializerJson {
  kind: InitializerKind;
  args: Record<string, RealJson>;
}

/** One IR node in JSON: the node's fields, with its argument as a plain object. */
export interface NodeJson {
  id: number;
  op: Op;
  dtype: DType;
  shape: number[];
  src: number[];
  arg: Record<string, unknown>;
  span: Span;
  name: string;
}

/** One program in JSON. */
export interface ProgramJson {
  name: Program['name'];
  nodes: NodeJson[];
  outputs: Binding[];
  updates: Binding[];
}

/** A whole module in JSON, as `mdlc compile --emit ir` writes it. */
export interface ModuleJson {
  format: 'mdlc-ir';
  version: typeof irFormatVersion;
  model: string;
  batch: number;
  seed: number;
  params: { path: string; shape: number[]; init: InitializerJson }[];
  state: { path: string; shape: number[]; value: RealJson; role?: StateRole }[];
  programs: ProgramJson[];
}

/** What reading gives: the module when the JSON is valid IR, else every problem found as a readable sentence. */
export interface FromJsonResult {
  module?: Module;
  errors: string[];
}

// ------------------------------------------------------------------ writing

/** Converts a real to or from its JSON form; arguments are walked with one of these two. */
type RealCodec = (x: number | RealJson) => number | RealJson;

const realToJson: RealCodec = (x) => {
  if (typeof x === 'string') return x;
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return 'Infinity';
  if (x === -Infinity) return '-Infinity';
  return Object.is(x, -0) ? '-0' : x;
};

const realFromJson: RealCodec = (x) => (x === '-0' ? -0 : Number(x));

/** The argument fields that hold reals (everything else in an argument is an integer, a boolean or a string). */
const realArgFields: { [O in Op]?: keyof OpArgs[O] & string } = { state: 'value', const: 'value', im2col: 'padValue', col2im: 'padValue' };

function mapArg(op: Op, arg: object, real: RealCodec): Record<string, unknown> {
  const out = structuredClone(arg) as Record<string, unknown>;
  const field = realArgFields[op];
  if (field) out[field] = real(out[field] as number | RealJson);
  if (op === 'param') out.init = mapInit(out.init as Initializer, real);
  return out;
}

function mapInit<T extends Initializer | InitializerJson>(init: Initializer | InitializerJson, real: RealCodec): T {
  return { kind: init.kind, args: Object.fromEntries(Object.entries(init.args).map(([k, v]) => [k, real(v)])) } as T;
}

/** A module as a JSON-serialisable object (a deep copy: later changes to either side do not show in the other). */
export function moduleToJson(module: Module): ModuleJson {
  return {
    format: 'mdlc-ir',
    version: irFormatVersion,
    model: module.model,
    batch: module.batch,
    seed: module.seed,
    params: module.params.map((p) => ({ path: p.path, shape: [...p.shape], init: mapInit<InitializerJson>(p.init, realToJson) })),
    state: module.state.map((s) => ({ path: s.path, shape: [...s.shape], value: realToJson(s.value) as RealJson, ...(s.role ? { role: s.role } : {}) })),
    programs: module.programs.map((p) => ({
      name: p.name,
      nodes: p.nodes.map((n) => ({ id: n.id, op: n.op, dtype: n.dtype, shape: [...n.shape], src: [...n.src], arg: mapArg(n.op, n.arg, realToJson), span: { start: n.span.start, end: n.span.end }, name: n.name })),
      outputs: p.outputs.map((b) => ({ name: b.name, node: b.node })),
      updates: p.updates.map((b) => ({ name: b.name, node: b.node })),
    })),
  };
}

function decode(json: ModuleJson): Module {
  return {
    model: json.model,
    batch: json.batch,
    seed: json.seed,
    params: json.params.map((p) => ({ path: p.path, shape: p.shape, init: mapInit<Initializer>(p.init, realFromJson) })),
    state: json.state.map((s) => ({ path: s.path, shape: s.shape, value: realFromJson(s.value) as number, ...(s.role ? { role: s.role } : {}) })),
    programs: json.programs.map((p) => ({
      name: p.name,
      nodes: p.nodes.map((n) => ({ id: n.id, op: n.op, dtype: n.dtype, shape: [...n.shape], src: [...n.src], arg: mapArg(n.op, n.arg, realFromJson), span: { ...n.span }, name: n.name }) as AnyNode),
      outputs: p.outputs.map((b) => ({ ...b })),
      updates: p.updates.map((b) => ({ ...b })),
    })),
  };
}

// ------------------------------------------------------------------ reading: the schema

let validator: SchemaValidator<ModuleJson> | undefined;

function schemaValidator(): SchemaValidator<ModuleJson> {
  // The schema is imported from docs/ (shipped with the package) so the documented file is the one enforced; a static
  // JSON import keeps this module free of node:fs, so browsers can read IR too.
  validator ??= interpret<ModuleJson>(schema as object);
  return validator;
}

/** The op names the schema accepts, for "did you mean". */
const opNames = Object.keys(shapeRules);

/** Where a JSON pointer lands, in words: `train_step %12 (h1, matmul)` and the field below it, e.g. `arg.axes[0]`. */
function locate(root: unknown, pointer: string): { where: string; field: string; data: unknown } {
  const parts = pointer.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  const at = (v: unknown, k: string): unknown => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined);
  let where = '';
  let value = root;
  let i = 0;
  const step = (k: string) => {
    value = at(value, k);
    i++;
  };
  if (parts[0] === 'programs' && parts.length >= 2) {
    step(parts[0]);
    step(parts[1]);
    const name = at(value, 'name');
    where = typeof name === 'string' ? name : `programs[${parts[1]}]`;
    if ((parts[2] === 'nodes' || parts[2] === 'outputs' || parts[2] === 'updates') && parts.length >= 4) {
      const kind = parts[2];
      step(parts[2]);
      step(parts[3]);
      if (kind === 'nodes') where += ' ' + nodeLabel(value, Number(parts[3]));
      else {
        const b = at(value, 'name');
        where += ` ${kind === 'outputs' ? 'output' : 'update'} ${typeof b === 'string' ? b : `[${parts[3]}]`}`;
      }
    }
  } else if ((parts[0] === 'params' || parts[0] === 'state') && parts.length >= 2) {
    step(parts[0]);
    step(parts[1]);
    const path = at(value, 'path');
    where = `${parts[0] === 'params' ? 'param' : 'state'} ${typeof path === 'string' ? path : `[${parts[1]}]`}`;
  }
  const field = parts
    .slice(i)
    .map((p, j) => (/^\d+$/.test(p) ? `[${p}]` : j === 0 ? p : `.${p}`))
    .join('');
  for (const k of parts.slice(i)) value = at(value, k);
  return { where: where || 'module', field, data: value };
}

function nodeLabel(node: unknown, index: number): string {
  const n = (node ?? {}) as Record<string, unknown>;
  const id = Number.isInteger(n.id) ? n.id : undefined;
  const parts = [n.name, typeof n.op === 'string' && opNames.includes(n.op) ? n.op : undefined].filter((x): x is string => typeof x === 'string' && x !== '');
  return `${id !== undefined ? `%${id}` : `nodes[${index}]`}${parts.length ? ` (${parts.join(', ')})` : ''}`;
}

function schemaMessage(root: unknown, e: SchemaError): string {
  const { where, field, data } = locate(root, e.instancePath);
  const got = JSON.stringify(data);
  const subject = field ? `${field} ` : '';
  const p = e.params as Record<string, unknown>;
  let text: string;
  switch (e.keyword) {
    case 'required':
      text = `${subject}is missing the field "${String(p.missingProperty)}"`;
      break;
    case 'additionalProperties':
      text = `${subject}has an unknown field "${String(p.additionalProperty)}"`;
      break;
    case 'enum': {
      if (field === 'op' && typeof data === 'string') {
        const near = closest(data, opNames);
        text = `op ${got} is not an IR op${near ? `; did you mean "${near}"?` : ''}`;
      } else text = `${subject}must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}, got ${got}`;
      break;
    }
    case 'const':
      text = `${subject}must be ${JSON.stringify(p.allowedValue)}, got ${got}`;
      break;
    case 'anyOf':
      text = `${subject}must be a number (or "Infinity", "-Infinity", "NaN", "-0"), got ${got}`;
      break;
    default:
      text = `${subject}${e.message ?? 'is invalid'}${e.keyword === 'type' || e.keyword === 'minimum' ? `, got ${got}` : ''}`;
  }
  return `${where}: ${text}`;
}

/** Readable schema errors: the `if` wrappers and the alternatives inside an `anyOf` are left out (the `anyOf` error says it all). */
function schemaErrors(root: unknown, errors: SchemaError[]): string[] {
  const anyOfs = errors.filter((e) => e.keyword === 'anyOf').map((e) => e.schemaPath + '/');
  const kept = errors.filter((e) => e.keyword !== 'if' && !anyOfs.some((a) => e.schemaPath.startsWith(a)));
  return [...new Set(kept.map((e) => schemaMessage(root, e)))];
}

// ------------------------------------------------------------------ reading: the semantics

const typeText = (t: IRType) => `${t.dtype}[${t.shape.join(', ')}]`;
const sameShape = (a: number[], b: number[]) => a.length === b.length && a.every((d, i) => d === b[i]);

function label(p: Program, n: AnyNode): string {
  return `${p.name} %${n.id} (${n.name ? `${n.name}, ` : ''}${n.op})`;
}

/** Checks the references, ids, declarations and per-op types of a module; returns every problem as a sentence. */
export function verifyModule(module: Module, source?: SourceFile): string[] {
  const errors: string[] = [];
  const params = new Map<string, Module['params'][number]>();
  const state = new Map<string, Module['state'][number]>();
  for (const p of module.params) {
    if (params.has(p.path)) errors.push(`param ${p.path}: declared twice`);
    params.set(p.path, p);
  }
  for (const s of module.state) {
    if (state.has(s.path) || params.has(s.path)) errors.push(`state ${s.path}: declared twice`);
    state.set(s.path, s);
  }
  const inputs = new Map<string, { type: IRType; where: string }>();
  const programNames = new Set<string>();
  for (const p of module.programs) {
    if (programNames.has(p.name)) errors.push(`${p.name}: there are two programs of this name`);
    programNames.add(p.name);
    // The type each node really has (its rule's result), so one wrong node is reported once, not again at every user;
    // undefined when it cannot be known, and then the users of that node are not judged.
    const types: (IRType | undefined)[] = [];
    p.nodes.forEach((n, i) => {
      if (n.id !== i) errors.push(`${p.name} %${n.id} (${n.op}): is at position ${i}; node ids must be 0..n-1 in order`);
      const here = label(p, n);
      let operandsOk = true;
      for (const s of n.src) {
        if (s < 0 || s >= p.nodes.length || !Number.isInteger(s)) errors.push(`${here}: operand %${s} does not exist (dangling reference)`);
        else if (s === i) errors.push(`${here}: operand %${s} is the node itself (cycle)`);
        else if (s > i) errors.push(`${here}: operand %${s} comes after it (forward reference)`);
        else continue;
        operandsOk = false;
      }
      if (n.span.start > n.span.end) errors.push(`${here}: span ${n.span.start}..${n.span.end} ends before it starts`);
      else if (source && n.span.end > source.text.length) errors.push(`${here}: span ${n.span.start}..${n.span.end} is past the end of ${source.path} (${source.text.length} characters)`);
      errors.push(...declarationErrors(n, here, params, state, inputs));
      const src = operandsOk ? n.src.map((s) => types[s]) : [];
      if (operandsOk && src.every((t) => t !== undefined)) {
        const { type, error } = inferType(n, src as IRType[]);
        if (error) errors.push(`${here}: ${error}`);
        types.push(type);
      } else types.push(undefined);
    });
    errors.push(...bindingErrors(p, 'output', p.outputs), ...bindingErrors(p, 'update', p.updates), ...inPlaceErrors(p));
    for (const u of p.updates) {
      const target = params.get(u.name) ?? state.get(u.name);
      const n = p.nodes[u.node];
      if (!target) errors.push(`${p.name} update ${u.name}: no param or state has this path`);
      else if (n && (n.dtype !== 'f32' || !sameShape(n.shape, target.shape))) errors.push(`${p.name} update ${u.name}: %${u.node} is ${typeText(n)} but ${u.name} is f32[${target.shape.join(', ')}]`);
    }
  }
  return errors;
}

function declarationErrors(n: AnyNode, here: string, params: Map<string, Module['params'][number]>, state: Map<string, Module['state'][number]>, inputs: Map<string, { type: IRType; where: string }>): string[] {
  if (n.op === 'param') {
    const d = params.get(n.arg.path);
    if (!d) return [`${here}: param ${n.arg.path} is not declared by the module`];
    if (!sameShape(d.shape, n.shape)) return [`${here}: is f32[${n.shape.join(', ')}] but param ${n.arg.path} is declared f32[${d.shape.join(', ')}]`];
    if (JSON.stringify(d.init) !== JSON.stringify(n.arg.init)) return [`${here}: its initializer differs from the declaration of ${n.arg.path}`];
  } else if (n.op === 'state') {
    const d = state.get(n.arg.path);
    if (!d) return [`${here}: state ${n.arg.path} is not declared by the module`];
    if (!sameShape(d.shape, n.shape)) return [`${here}: is f32[${n.shape.join(', ')}] but state ${n.arg.path} is declared f32[${d.shape.join(', ')}]`];
    if (!Object.is(d.value, n.arg.value)) return [`${here}: starts at ${n.arg.value} but state ${n.arg.path} is declared to start at ${d.value}`];
  } else if (n.op === 'input') {
    const seen = inputs.get(n.arg.name);
    const t = { dtype: n.dtype, shape: n.shape };
    if (!seen) inputs.set(n.arg.name, { type: t, where: here });
    else if (typeText(seen.type) !== typeText(t)) return [`${here}: input ${n.arg.name} is ${typeText(t)} here but ${typeText(seen.type)} at ${seen.where}`];
  }
  return [];
}

/** The type a node's op gives its operands (absent when the rule refuses them), and why that disagrees with the node's declared type. */
function inferType(n: AnyNode, src: IRType[]): { type?: IRType; error?: string } {
  const rule = shapeRules[n.op] as (s: IRType[], a: unknown, g: IRType) => IRType | string;
  const given = { dtype: n.dtype, shape: n.shape };
  const call = `${n.op}(${src.map(typeText).join(', ')})`;
  let t: IRType | string;
  try {
    t = rule(src, n.arg, given);
  } catch (e) {
    return { error: `the shape rule of ${n.op} failed on ${call}: ${(e as Error).message}` };
  }
  if (typeof t === 'string') return { error: `${call}: ${t}` };
  if (t.dtype !== n.dtype || !sameShape(t.shape, n.shape)) return { type: t, error: `is declared ${typeText(given)} but ${call} gives ${typeText(t)}` };
  return { type: t };
}

/**
 * Updates are written over the old value (the backend's memory plan), so no node may read a parameter's or state's old
 * value and also depend on its new one: it would have to be computed both before and after the write.
 */
function inPlaceErrors(p: Program): string[] {
  const errors: string[] = [];
  const residentOf = new Map<string, number>();
  for (const n of p.nodes) if (n.op === 'param' || n.op === 'state') residentOf.set(n.arg.path, n.id);
  // The last node reading each value, directly or through reshapes: a node depending on an update comes after it, so
  // only an old value read after its update's node needs the walk below (one walk per update was quadratic).
  const base: number[] = [];
  const lastRead: number[] = [];
  for (const n of p.nodes) {
    const valid = n.src.every((s) => Number.isInteger(s) && s >= 0 && s < n.id);
    base[n.id] = valid && n.op === 'reshape' ? base[n.src[0]] : n.id;
    if (valid) for (const s of n.src) lastRead[base[s]] = n.id;
  }
  for (const u of p.updates) {
    const old = residentOf.get(u.name);
    if (old === undefined || !p.nodes[u.node] || !((lastRead[old] ?? -1) > u.node)) continue;
    // reads[i]: node i is the old value or a reshape of it; after[i]: node i depends on the new value
    const reads: boolean[] = [];
    const after: boolean[] = [];
    for (const n of p.nodes) {
      const valid = n.src.every((s) => Number.isInteger(s) && s >= 0 && s < n.id);
      reads[n.id] = n.id === old || (valid && n.op === 'reshape' && reads[n.src[0]] === true);
      after[n.id] = n.id === u.node || (valid && n.src.some((s) => after[s]));
      if (valid && after[n.id] && n.id !== u.node && n.src.some((s) => reads[s])) {
        errors.push(`${label(p, n)}: reads the old value of ${u.name} but depends on its update %${u.node}, which is written over it; read the update instead`);
        break;
      }
    }
  }
  return errors;
}

function bindingErrors(p: Program, kind: 'output' | 'update', bindings: Binding[]): string[] {
  const errors: string[] = [];
  const names = new Set<string>();
  for (const b of bindings) {
    if (names.has(b.name)) errors.push(`${p.name} ${kind} ${b.name}: bound twice`);
    names.add(b.name);
    if (b.node >= p.nodes.length) errors.push(`${p.name} ${kind} ${b.name}: node %${b.node} does not exist (the program has ${p.nodes.length} nodes)`);
  }
  return errors;
}

/** Reads a module from parsed JSON: validates it against the schema, then verifies it; never throws. `source` is the spec, when known, to check spans against. */
export function moduleFromJson(value: unknown, source?: SourceFile): FromJsonResult {
  // A file of another format or version would fail the schema everywhere; one sentence says more than a hundred.
  const head = (value ?? {}) as Record<string, unknown>;
  if (typeof value !== 'object' || value === null || Array.isArray(value) || head.format !== 'mdlc-ir') return { errors: ['module: this is not mdlc IR (it has no "format": "mdlc-ir")'] };
  if (head.version !== irFormatVersion) return { errors: [`module: IR format version ${JSON.stringify(head.version)} is not supported; this mdlc reads version ${irFormatVersion}`] };
  const validate = schemaValidator();
  if (!validate(value)) return { errors: schemaErrors(value, validate.errors ?? []) };
  const module = decode(value);
  const errors = verifyModule(module, source);
  return errors.length ? { errors } : { module, errors };
}
