// A JSON Schema (the draft-07 subset mdlc's schemas use) + a value -> every error, as ajv reports them with allErrors and
// verbose (same keywords, paths, params, messages and order; test/validate.test.ts compares the two on mutated files).
// It interprets the schema as data, so the runtime needs neither ajv (two thirds of its bundle) nor `new Function` (a page's CSP).
import { InternalError } from '../diagnostic.js';

/** One schema violation, shaped as ajv's ErrorObject. */
export interface SchemaError {
  keyword: string;
  /** JSON pointer to the value at fault. */
  instancePath: string;
  /** Where in the schema the failing keyword is (`#/definitions/size/minimum`). */
  schemaPath: string;
  params: Record<string, unknown>;
  message: string;
  /** The value at fault. */
  data: unknown;
}

/** A validator: true when the value fits; `errors` then holds every violation of the last call that failed. */
export interface SchemaValidator<T> {
  (value: unknown): value is T;
  errors: SchemaError[] | null;
}

type Schema = Record<string, unknown>;

/** The keywords this interpreter knows; any other (besides annotations) in a schema is a bug in that schema, refused at once. */
const known = new Set(['$schema', '$id', 'title', 'description', '$ref', 'definitions', 'type', 'const', 'enum', 'anyOf', 'allOf', 'if', 'then', 'minimum', 'exclusiveMaximum', 'minLength', 'pattern', 'items', 'required', 'additionalProperties', 'properties']);

/** Keywords by the data type ajv guards them with, in ajv's order of evaluation. */
const groups = {
  number: ['minimum', 'exclusiveMaximum'],
  string: ['minLength', 'pattern'],
  array: ['items'],
  object: ['required', 'additionalProperties', 'properties'],
} as const;
type Group = keyof typeof groups;

/** A schema object's types, the keyword groups it has, and the group its type error is reported in (if any). */
interface Shape {
  types: string[];
  present: Group[];
  typeGroup?: Group;
  /** An enum of plain values, as a set. */
  enumSet?: Set<unknown>;
  props: { key: string; sub: Schema; seg: string }[];
  required: string[];
  ref?: { schema: Schema; path: Trail };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** ajv's data type checks (strictNumbers: a number is finite). */
const hasType: Record<string, (v: unknown) => boolean> = {
  number: (v) => typeof v === 'number' && Number.isFinite(v),
  integer: (v) => Number.isInteger(v),
  string: (v) => typeof v === 'string',
  boolean: (v) => typeof v === 'boolean',
  null: (v) => v === null,
  array: (v) => Array.isArray(v),
  object: isObject,
};

function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => equal(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && equal(a[k], b[k]));
  }
  return false;
}

/** Characters as ajv counts them (code points, so a surrogate pair is one). */
const length = (s: string) => [...s].length;
const escape = (key: string) => (key.includes('~') || key.includes('/') ? key.replace(/~/g, '~0').replace(/\//g, '~1') : key);

/** A path built as it is walked and joined only when an error needs it: most values of a file have none. */
interface Trail {
  up: Trail | undefined;
  seg: string;
}
const join = (t: Trail | undefined): string => {
  const segs: string[] = [];
  for (let at = t; at; at = at.up) segs.push(at.seg);
  return segs.reverse().join('/');
};
const step = (up: Trail | undefined, seg: string | number): Trail => ({ up, seg: String(seg) });

function push(errors: SchemaError[], at: Trail | undefined, path: Trail, keyword: string, params: Record<string, unknown>, message: string, data: unknown): void {
  errors.push({ keyword, instancePath: at ? `/${join(at)}` : '', schemaPath: `${join(path)}/${keyword}`, params, message, data });
}

/** Makes a validator of `root`; `$ref`s point into its `definitions` (`#/definitions/name`). */
export function schemaValidator<T>(root: object): SchemaValidator<T> {
  const patterns = new Map<string, RegExp>();
  const regex = (p: string) => patterns.get(p) ?? patterns.set(p, new RegExp(p, 'u')).get(p)!;
  const resolve = (ref: string): Schema => {
    if (ref === '#') return root as Schema;
    const m = /^#\/definitions\/([^/]+)$/.exec(ref);
    const target = m ? ((root as Schema).definitions as Record<string, Schema> | undefined)?.[m[1]] : undefined;
    if (!target) throw new InternalError(`schema $ref ${ref} points nowhere`);
    return target;
  };

  // What each schema object needs, worked out once: a schema is read many times (once per IR node, say).
  const shapes = new WeakMap<Schema, Shape>();
  const shapeOf = (schema: Schema): Shape => {
    const known_ = shapes.get(schema);
    if (known_) return known_;
    for (const k of Object.keys(schema)) if (!known.has(k)) throw new InternalError(`schema keyword ${k} is not supported by core/schemas/validate.ts`);
    const types = schema.type === undefined ? [] : Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
    for (const t of types) if (!(t in hasType)) throw new InternalError(`schema type ${t} is not a JSON type`);
    const present = (Object.keys(groups) as Group[]).filter((g) => groups[g].some((k) => k in schema));
    const single = types.length === 1 ? types[0] : undefined;
    const values = Array.isArray(schema.enum) ? (schema.enum as unknown[]) : undefined;
    const shape: Shape = {
      types,
      present,
      // As ajv: a lone type whose group has keywords is checked in that group's place; any other type is checked first.
      typeGroup: present.some((g) => g === single) ? (single as Group) : undefined,
      enumSet: values && values.every((v) => v === null || typeof v !== 'object') ? new Set(values) : undefined,
      props: Object.entries((schema.properties ?? {}) as Record<string, Schema>).map(([key, sub]) => ({ key, sub, seg: escape(key) })),
      required: (schema.required ?? []) as string[],
      ref: typeof schema.$ref === 'string' ? { schema: resolve(schema.$ref), path: { up: undefined, seg: schema.$ref } } : undefined,
    };
    shapes.set(schema, shape);
    return shape;
  };

  function run(schema: Schema, data: unknown, at: Trail | undefined, path: Trail, errors: SchemaError[]): void {
    const fail = push;
    const { types, present, typeGroup, enumSet, props, required, ref } = shapeOf(schema);
    if (types.length && typeGroup === undefined && !types.some((t) => hasType[t](data))) fail(errors, at, path, 'type', { type: schema.type }, `must be ${types.join(',')}`, data);

    if (ref) run(ref.schema, data, at, ref.path, errors);
    if ('const' in schema && !equal(data, schema.const)) fail(errors, at, path, 'const', { allowedValue: schema.const }, 'must be equal to constant', data);
    if (Array.isArray(schema.enum) && !(enumSet ? enumSet.has(data) : schema.enum.some((v) => equal(v, data)))) fail(errors, at, path, 'enum', { allowedValues: schema.enum }, 'must be equal to one of the allowed values', data);
    if (Array.isArray(schema.anyOf)) {
      const before = errors.length;
      const ok = (schema.anyOf as Schema[]).some((s, i) => {
        const mark = errors.length;
        run(s, data, at, step(step(path, 'anyOf'), i), errors);
        return errors.length === mark;
      });
      if (ok) errors.length = before;
      else fail(errors, at, path, 'anyOf', {}, 'must match a schema in anyOf', data);
    }
    if (Array.isArray(schema.allOf)) (schema.allOf as Schema[]).forEach((s, i) => run(s, data, at, step(step(path, 'allOf'), i), errors));
    if (isObject(schema.if) && isObject(schema.then)) {
      const trial: SchemaError[] = [];
      run(schema.if, data, at, step(path, 'if'), trial);
      if (trial.length === 0) {
        const mark = errors.length;
        run(schema.then, data, at, step(path, 'then'), errors);
        if (errors.length > mark) fail(errors, at, path, 'if', { failingKeyword: 'then' }, 'must match "then" schema', data);
      }
    }

    for (const g of present) {
      if (!hasType[g](data)) {
        if (typeGroup === g) fail(errors, at, path, 'type', { type: schema.type }, `must be ${types.join(',')}`, data);
        continue;
      }
      if (g === 'number') {
        const n = data as number;
        if (typeof schema.minimum === 'number' && !(n >= schema.minimum)) fail(errors, at, path, 'minimum', { comparison: '>=', limit: schema.minimum }, `must be >= ${schema.minimum}`, data);
        if (typeof schema.exclusiveMaximum === 'number' && !(n < schema.exclusiveMaximum)) fail(errors, at, path, 'exclusiveMaximum', { comparison: '<', limit: schema.exclusiveMaximum }, `must be < ${schema.exclusiveMaximum}`, data);
      } else if (g === 'string') {
        const s = data as string;
        if (typeof schema.minLength === 'number' && length(s) < schema.minLength) fail(errors, at, path, 'minLength', { limit: schema.minLength }, `must NOT have fewer than ${schema.minLength} characters`, data);
        if (typeof schema.pattern === 'string' && !regex(schema.pattern).test(s)) fail(errors, at, path, 'pattern', { pattern: schema.pattern }, `must match pattern "${schema.pattern}"`, data);
      } else if (g === 'array') {
        if (isObject(schema.items)) {
          const items = step(path, 'items');
          (data as unknown[]).forEach((item, i) => run(schema.items as Schema, item, step(at, i), items, errors));
        }
      } else {
        const o = data as Record<string, unknown>;
        for (const r of required) if (o[r] === undefined) fail(errors, at, path, 'required', { missingProperty: r }, `must have required property '${r}'`, data);
        const extra = schema.additionalProperties;
        if (extra !== undefined && extra !== true) {
          const named = (schema.properties ?? {}) as Record<string, Schema>;
          for (const key of Object.keys(o)) {
            if (Object.prototype.hasOwnProperty.call(named, key)) continue;
            if (extra === false) fail(errors, at, path, 'additionalProperties', { additionalProperty: key }, 'must NOT have additional properties', data);
            else run(extra as Schema, o[key], step(at, escape(key)), step(path, 'additionalProperties'), errors);
          }
        }
        for (const p of props) if (o[p.key] !== undefined) run(p.sub, o[p.key], step(at, p.seg), step(step(path, 'properties'), p.seg), errors);
      }
    }
  }

  const validate = ((value: unknown) => {
    const errors: SchemaError[] = [];
    run(root as Schema, value, undefined, { up: undefined, seg: '#' }, errors);
    validate.errors = errors.length ? errors : null;
    return errors.length === 0;
  }) as SchemaValidator<T>;
  validate.errors = null;
  return validate;
}
