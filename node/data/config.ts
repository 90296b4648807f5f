// Data config JSON (docs/schemas/data-config.schema.json) -> a checked DataConfig, or a DataError naming the file and JSON path of each problem.
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { dataConfigSchema as schema } from './config-schema.js';
import { DataError, suggest } from '../../runtime/data/errors.js';
import type { DatasetName } from './sources/named.js';
import type { NormalizeSetting } from './preprocess/normalize.js';
import type { PadSide } from './preprocess/tokenizer.js';

/** A column by name, or by 0-based position in the source. */
export type ColumnRef = string | number;

/** One source of samples: a CSV or JSON-lines file, NumPy arrays, a folder of texts by class, or a shipped dataset. */
export type SourceConfig =
  | { csv: string; delimiter?: string; header?: boolean; names?: string[] }
  | { jsonl: string }
  | { npy: Record<string, string> }
  | { folder: string; extensions?: string[] }
  | { dataset: DatasetName };

/** Tokenizer options for a text column feeding an i32[batch, length] input. */
export interface TokenizeConfig {
  words?: number;
  padding?: PadSide;
  truncating?: PadSide;
  lower?: boolean;
}

/** A running text cut into windows of character ids: `stride` between window starts, `vocabulary` the characters in id order. */
export interface CharactersConfig {
  stride?: number;
  vocabulary?: string;
}

/** Where one spec input's values come from and how they are prepared. */
export interface InputConfig {
  column?: ColumnRef;
  columns?: ColumnRef[];
  normalize?: NormalizeSetting;
  tokenize?: TokenizeConfig;
  characters?: CharactersConfig;
}

/** Where one spec target's values come from and how they are encoded. */
export interface TargetConfig {
  column?: ColumnRef;
  columns?: ColumnRef[];
  encode?: 'label' | 'id' | 'onehot' | 'none' | 'next';
  classes?: string[];
  normalize?: NormalizeSetting;
}

/** Held-out fractions and the shuffle seed. */
export interface SplitConfig {
  validation?: number;
  test?: number;
  seed?: number;
}

/** A data config: sources, the mapping of columns to the spec's inputs and targets, and the split. */
export interface DataConfig {
  $schema?: string;
  description?: string;
  source?: SourceConfig;
  sources?: { train: SourceConfig; validation?: SourceConfig; test?: SourceConfig };
  inputs?: Record<string, InputConfig>;
  targets?: Record<string, TargetConfig>;
  split?: SplitConfig;
}

let validator: ValidateFunction<DataConfig> | undefined;

function compiled(): ValidateFunction<DataConfig> {
  // verbose: errors carry the schema and the data at fault, so unions can be explained by the branch the user meant.
  validator ??= new Ajv({ allErrors: true, allowUnionTypes: true, verbose: true }).compile<DataConfig>(schema);
  return validator;
}

type JsonSchema = { type?: string | string[]; enum?: unknown[]; required?: string[]; properties?: Record<string, unknown> };

/** The JSON type of a value as JSON Schema names it. */
function jsonType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

const TYPE_WORDS: Record<string, string> = { string: 'a string', integer: 'a whole number', number: 'a number', boolean: 'true or false', object: 'an object', array: 'a list', null: 'null' };

/** `a`, `a or b`, `a, b or c`. */
function alternatives(list: string[]): string {
  return list.length > 1 ? `${list.slice(0, -1).join(', ')} or ${list[list.length - 1]}` : list[0];
}

function typeWords(type: string | string[]): string {
  return alternatives((Array.isArray(type) ? type : [type]).map((t) => TYPE_WORDS[t] ?? t));
}

/** A config value for a message, shortened when long (a list of a thousand names is not repeated back). */
const show = (v: unknown) => {
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
};

/** The types a schema branch accepts (from `type`, else from its `enum` values). */
function branchTypes(s: JsonSchema): string[] {
  if (s.type) return Array.isArray(s.type) ? s.type : [s.type];
  return [...new Set((s.enum ?? []).map(jsonType))];
}

function accepts(types: string[], v: unknown): boolean {
  const t = jsonType(v);
  return types.includes(t) || (t === 'integer' && types.includes('number'));
}

/** One branch in words: `'a' or 'b'`, or `an object with "scale"`. */
function branchWords(s: JsonSchema): string {
  if (s.enum) return alternatives(s.enum.map(show));
  if (s.required?.length) return `an object with ${s.required.map((r) => `"${r}"`).join(', ')}`;
  return typeWords(branchTypes(s));
}

/** Where an error is: the JSON pointer, or "the config" at the top. */
const subject = (e: ErrorObject) => e.instancePath || 'the config';

function message(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return `${subject(e)} is missing '${String(p.missingProperty)}'`;
    case 'additionalProperties': {
      const known = Object.keys((e.parentSchema as JsonSchema | undefined)?.properties ?? {});
      return `${subject(e)} has an unknown property '${String(p.additionalProperty)}'${suggest(String(p.additionalProperty), known)}`;
    }
    case 'type':
      return `${subject(e)} must be ${typeWords(String(p.type).split(','))}, found ${show(e.data)}`;
    case 'enum': {
      const near = typeof e.data === 'string' ? suggest(e.data, (p.allowedValues as unknown[]).map(String)) : '';
      return `${subject(e)} must be ${alternatives((p.allowedValues as unknown[]).map(show))}, found ${show(e.data)}${near.startsWith(' (did') ? near : ''}`;
    }
    case 'minProperties':
    case 'minItems':
    case 'minLength':
      return p.limit === 1 ? `${subject(e)} must not be empty` : `${subject(e)} ${e.message ?? 'is too short'}`;
    case 'uniqueItems':
      return `${subject(e)} lists ${show((e.data as unknown[])[Number(p.i)])} twice`;
    default:
      return `${subject(e)} ${e.message ?? 'is not valid'}${'limit' in p ? `, found ${show(e.data)}` : ''}`;
  }
}

/** Messages for a failed oneOf: the errors of the one branch whose type (and required keys) the value has, else the alternatives. */
function unionMessages(union: ErrorObject, inside: ErrorObject[]): string[] {
  const branches = union.schema as JsonSchema[];
  const data = union.data;
  const fits = branches
    .map((b, i) => ({ b, i }))
    .filter(({ b }) => accepts(branchTypes(b), data) && (jsonType(data) !== 'object' || (b.required ?? []).every((k) => Object.hasOwn(data as object, k))));
  if (fits.length === 1) {
    const prefix = `${union.schemaPath}/${fits[0].i}/`;
    return format(inside.filter((e) => e.schemaPath.startsWith(prefix)));
  }
  // Branches told apart by one required key each (the source kinds): name the keys.
  const kinds = branches.map((b) => b.required?.[0]).filter((k): k is string => k !== undefined);
  if (kinds.length === branches.length) {
    const list = alternatives(kinds.map((k) => `'${k}'`));
    if (jsonType(data) !== 'object') return [`${subject(union)} must be an object with one of ${list}, found ${show(data)}`];
    const present = kinds.filter((k) => Object.hasOwn(data as object, k));
    if (present.length > 1) return [`${subject(union)} has both ${present.map((k) => `'${k}'`).join(' and ')}; give exactly one of ${list}`];
    const keys = Object.keys(data as object);
    return [`${subject(union)} needs one of ${list}${keys.length ? `; it has ${alternatives(keys.map((k) => `'${k}'`)).replace(/ or /, ' and ')}` : ''}`];
  }
  return [`${subject(union)} must be ${branches.map(branchWords).join(', or ')}, found ${show(data)}`];
}

/** Messages for a list of ajv errors, explaining each failed union once instead of every branch's complaint. */
function format(errors: ErrorObject[]): string[] {
  const unions = errors.filter((e) => e.keyword === 'oneOf');
  const inUnion = (e: ErrorObject) => unions.some((u) => u !== e && e.schemaPath.startsWith(`${u.schemaPath}/`) && e.instancePath.startsWith(u.instancePath));
  const out: string[] = [];
  for (const e of errors) {
    if (e.keyword === 'oneOf' && !inUnion(e)) out.push(...unionMessages(e, errors.filter((x) => x !== e && x.schemaPath.startsWith(`${e.schemaPath}/`))));
    else if (!inUnion(e) && e.keyword !== 'oneOf') out.push(message(e));
  }
  return [...new Set(out)];
}

/** Checks a parsed config against the schema and the rules it cannot state; `file` names it in messages. */
export function checkConfig(value: unknown, file: string): DataConfig {
  const validate = compiled();
  if (!validate(value)) throw new DataError(format(validate.errors ?? []).join(`\n${file}: `), { file });
  const has = (k: keyof DataConfig) => value[k] !== undefined;
  if (has('source') === has('sources')) throw new DataError(has('source') ? "the config has both 'source' and 'sources'; give one" : "the config is missing 'source' (or 'sources')", { file });
  for (const [section, map] of [['inputs', value.inputs], ['targets', value.targets]] as const)
    for (const [name, c] of Object.entries(map ?? {}))
      if (c.column !== undefined && c.columns !== undefined) throw new DataError(`/${section}/${name} has both 'column' and 'columns'; give one`, { file });
  return value;
}

/** Parses config text; `file` names it in messages. */
export function parseConfig(text: string, file: string): DataConfig {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new DataError(`is not valid JSON: ${(e as Error).message}`, { file });
  }
  return checkConfig(value, file);
}
