// A data file or folder named directly (`--data rows.csv`) + the spec's inputs and targets -> its source and column mapping, or a DataError with a config to start from.
import { type Dirent, readdirSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { DataConfig, InputConfig, SourceConfig, TargetConfig } from './config.js';
import { numel } from '../../runtime/data/dataset.js';
import { DataError } from '../../runtime/data/errors.js';
import { type SpecTensor, specType } from './fit.js';
import { firstTextRow, type Table } from './table.js';

/** The source kind each data file extension names. */
const EXTENSIONS: Record<string, (shown: string) => SourceConfig> = {
  '.csv': (shown) => ({ csv: shown }),
  '.tsv': (shown) => ({ csv: shown, delimiter: '\t' }),
  '.jsonl': (shown) => ({ jsonl: shown }),
  '.ndjson': (shown) => ({ jsonl: shown }),
  '.npy': (shown) => ({ npy: { [basename(shown, extname(shown))]: shown } }),
};

/** The data file extensions, for messages. */
export const DATA_EXTENSIONS = Object.keys(EXTENSIONS);

/**
 * The source a path names by its extension (.csv, .tsv, .jsonl, .ndjson, .npy) or as a folder: of .npy files (one column
 * per file, named by its stem) when it holds them and no sub-folders, else of texts by class. Undefined for anything else.
 */
export function pathSource(path: string, shown: string): SourceConfig | undefined {
  let folder = false;
  try {
    folder = statSync(path).isDirectory();
  } catch {
    // Not there: a data file's extension still says what was meant, and reading it says it is missing.
  }
  if (!folder) return EXTENSIONS[extname(path).toLowerCase()]?.(shown);
  let entries: Dirent[];
  try {
    entries = readdirSync(path, { withFileTypes: true }).filter((e) => !e.name.startsWith('.'));
  } catch (e) {
    throw new DataError(`cannot read the folder: ${(e as Error).message}`, { file: shown });
  }
  const arrays = entries.filter((e) => !e.isDirectory() && extname(e.name).toLowerCase() === '.npy').map((e) => e.name).sort();
  if (arrays.length > 0 && !entries.some((e) => e.isDirectory())) return { npy: Object.fromEntries(arrays.map((n) => [basename(n, extname(n)), join(shown, n)])) };
  return { folder: shown };
}

const isNumeric = (table: Table, column: string) => firstTextRow(table, column) < 0;
const isText = (table: Table, column: string) => !isNumeric(table, column);
/** An i32 input of one axis fed from text: word ids of a tokenized column. */
const takesText = (spec: SpecTensor) => spec.dtype === 'i32' && spec.shape.length === 1;

/**
 * The inputs and targets of a config for a table read straight from a path: none when every spec tensor has a column of
 * its name; with one input and one target, the target's column (or a text folder's `label`) and every other numeric
 * column for the input (all other columns when they are as many as its values; or the one text column, or a text folder's `text`, for word ids). Otherwise a DataError that
 * says what is missing and gives a config to edit.
 */
export function pathMapping(table: Table, specs: SpecTensor[], source: SourceConfig): Pick<DataConfig, 'inputs' | 'targets'> {
  const has = (s: SpecTensor) => table.columns.has(s.name);
  if (specs.every(has)) return {};
  const inputs = specs.filter((s) => s.role === 'input');
  const targets = specs.filter((s) => s.role === 'target');
  if (inputs.length === 1 && targets.length <= 1) {
    const [x] = inputs;
    const y = targets[0] as SpecTensor | undefined;
    if ('folder' in source) return { inputs: has(x) ? {} : { [x.name]: { column: 'text' } }, targets: !y || has(y) ? {} : { [y.name]: { column: 'label' } } };
    if (!y || has(y)) {
      const rest = table.names.filter((n) => n !== y?.name);
      const numeric = rest.filter((n) => isNumeric(table, n));
      const text = rest.filter((n) => isText(table, n));
      if (takesText(x) && text.length === 1) return { inputs: { [x.name]: { column: text[0] } } };
      // As many other columns as the input has values: all of them, so a cell that is not a number is reported where it is.
      const all = !takesText(x) && rest.length === numel(x.shape) && rest.length > 1 ? rest : numeric;
      if (all.length > 0 && all !== numeric) return { inputs: { [x.name]: { columns: all } } };
      if (numeric.length > 0 && !(takesText(x) && text.length > 0)) return { inputs: { [x.name]: numeric.length === 1 ? { column: numeric[0] } : { columns: numeric } } };
    }
  }
  throw new DataError(needsConfig(table, specs, source), { file: table.origin });
}

/** JSON with two-space indents, each object or list that fits on a line of 72 characters written on one. */
function pretty(value: unknown, indent: string): string {
  const flat = JSON.stringify(value, null, 1).replace(/\n\s*/g, ' ').replace(/\[ /g, '[').replace(/ \]/g, ']');
  if (typeof value !== 'object' || value === null || indent.length + flat.length <= 72) return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value)) return `[\n${value.map((v) => inner + pretty(v, inner)).join(',\n')}\n${indent}]`;
  return `{\n${Object.entries(value).map(([k, v]) => `${inner}${JSON.stringify(k)}: ${pretty(v, inner)}`).join(',\n')}\n${indent}}`;
}

/** What is missing, in words, and a config that fills it with the table's columns as a first guess. */
function needsConfig(table: Table, specs: SpecTensor[], source: SourceConfig): string {
  const missing = specs.filter((s) => !table.columns.has(s.name));
  const named = missing.map((s) => `${s.role} '${s.name}' (${specType(s)})`);
  const columns = table.names.slice(0, 12).map((n) => `'${n}'`).join(', ') + (table.names.length > 12 ? `, and ${table.names.length - 12} more` : '');
  const used = new Set(specs.filter((s) => table.columns.has(s.name)).map((s) => s.name));
  const targets: Record<string, TargetConfig> = {};
  const inputs: Record<string, InputConfig> = {};
  // First guess: each missing target takes the last free column (a text one if there is one), inputs what is left.
  for (const t of missing.filter((s) => s.role === 'target')) {
    const free = table.names.filter((n) => !used.has(n));
    const pick = [...free].reverse().find((n) => isText(table, n)) ?? free[free.length - 1] ?? 'COLUMN';
    targets[t.name] = { column: pick };
    used.add(pick);
  }
  const wanting = missing.filter((s) => s.role === 'input');
  for (const x of wanting) {
    const free = table.names.filter((n) => !used.has(n) && (takesText(x) ? isText(table, n) : isNumeric(table, n)));
    if (wanting.length === 1 && free.length > 1 && !takesText(x)) inputs[x.name] = { columns: free };
    else inputs[x.name] = { column: free[0] ?? 'COLUMN' };
    if (free[0] !== undefined) used.add(free[0]);
  }
  const example = { source, ...(Object.keys(inputs).length ? { inputs } : {}), ...(Object.keys(targets).length ? { targets } : {}) };
  const text = pretty(example, '');
  return (
    `the spec's ${named.join(' and ')} ${missing.length === 1 ? 'has no column' : 'have no columns'} of ${missing.length === 1 ? 'its name' : 'their names'} in it (its columns: ${columns}), ` +
    `so a data config must say which columns to use (see docs/data.md). For example, save this as data.json, edit it, and pass --data data.json:\n${text}`
  );
}
