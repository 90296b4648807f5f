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
const escape = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

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

  function run(schema: Schema, data: unknown, at: string, path: string, errors: SchemaError[]): void {
    const fail = (keyword: string, params: Record<string, unknown>, message: string, value: unknown = data) => errors.push({ keyword, instancePath: at, schemaPath: `${path}/${keyword}`, params, message, data: value });
    for (const k of Object.keys(schema)) if (!known.has(k)) throw new InternalError(`schema keyword ${k} is not supported by core/schemas/validate.ts`);
    const types = schema.type === undefined ? [] : Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
    const single = types.length === 1 ? (types[0] as Group) : undefined;
    const groupFor = (g: Group) => groups[g].some((k) => k in schema);
    // As ajv: a lone type whose group has keywords is checked in that group's place; any other type is checked first.
    const typeInGroup = single !== undefined && single in groups && groupFor(single);
    const typeError = () => fail('type', { type: schema.type }, `must be ${types.join(',')}`);
    if (types.length && !typeInGroup && !types.some((t) => hasType[t](data))) typeError();

    if (typeof schema.$ref === 'string') run(resolve(schema.$ref), data, at, schema.$ref, errors);
    if ('const' in schema && !equal(data, schema.const)) fail('const', { allowedValue: schema.const }, 'must be equal to constant');
    if (Array.isArray(schema.enum) && !schema.enum.some((v) => equal(v, data))) fail('enum', { allowedValues: schema.enum }, 'must be equal to one of the allowed values');
    if (Array.isArray(schema.anyOf)) {
      const before = errors.length;
      const ok = (schema.anyOf as Schema[]).some((s, i) => {
        const mark = errors.length;
        run(s, data, at, `${path}/anyOf/${i}`, errors);
        return errors.length === mark;
      });
      if (ok) errors.length = before;
      else fail('anyOf', {}, 'must match a schema in anyOf');
    }
    if (Array.isArray(schema.allOf)) (schema.allOf as Schema[]).forEach((s, i) => run(s, data, at, `${path}/allOf/${i}`, errors));
    if (isObject(schema.if) && isObject(schema.then)) {
      const trial: SchemaError[] = [];
      run(schema.if, data, at, `${path}/if`, trial);
      if (trial.length === 0) {
        const mark = errors.length;
        run(schema.then, data, at, `${path}/then`, errors);
        if (errors.length > mark) fail('if', { failingKeyword: 'then' }, 'must match "then" schema');
      }
    }

    for (const g of Object.keys(groups) as Group[]) {
      if (!groupFor(g)) continue;
      if (!hasType[g](data)) {
        if (typeInGroup && single === g) typeError();
        continue;
      }
      if (g === 'number') {
        const n = data as number;
        if (typeof schema.minimum === 'number' && !(n >= schema.minimum)) fail('minimum', { comparison: '>=', limit: schema.minimum }, `must be >= ${schema.minimum}`);
        if (typeof schema.exclusiveMaximum === 'number' && !(n < schema.exclusiveMaximum)) fail('exclusiveMaximum', { comparison: '<', limit: schema.exclusiveMaximum }, `must be < ${schema.exclusiveMaximum}`);
      } else if (g === 'string') {
        const s = data as string;
        if (typeof schema.minLength === 'number' && length(s) < schema.minLength) fail('minLength', { limit: schema.minLength }, `must NOT have fewer than ${schema.minLength} characters`);
        if (typeof schema.pattern === 'string' && !regex(schema.pattern).test(s)) fail('pattern', { pattern: schema.pattern }, `must match pattern "${schema.pattern}"`);
      } else if (g === 'array') {
        if (isObject(schema.items)) (data as unknown[]).forEach((item, i) => run(schema.items as Schema, item, `${at}/${i}`, `${path}/items`, errors));
      } else {
        const o = data as Record<string, unknown>;
        const props = (schema.properties ?? {}) as Record<string, Schema>;
        for (const r of (schema.required ?? []) as string[]) if (o[r] === undefined) fail('required', { missingProperty: r }, `must have required property '${r}'`);
        const extra = schema.additionalProperties;
        if (extra !== undefined && extra !== true)
          for (const key of Object.keys(o)) {
            if (Object.prototype.hasOwnProperty.call(props, key)) continue;
            if (extra === false) fail('additionalProperties', { additionalProperty: key }, 'must NOT have additional properties');
            else run(extra as Schema, o[key], `${at}/${escape(key)}`, `${path}/additionalProperties`, errors);
          }
        for (const [key, s] of Object.entries(props)) if (o[key] !== undefined) run(s, o[key], `${at}/${escape(key)}`, `${path}/properties/${escape(key)}`, errors);
      }
    }
  }

  const validate = ((value: unknown) => {
    const errors: SchemaError[] = [];
    run(root as Schema, value, '', '#', errors);
    validate.errors = errors.length ? errors : null;
    return errors.length === 0;
  }) as SchemaValidator<T>;
  validate.errors = null;
  return validate;
}
