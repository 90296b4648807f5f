// A data config (file, object or dataset name) + the spec's inputs and targets -> checked, preprocessed train/validation/test datasets.
import { statSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { InternalError } from '../../core/diagnostic.js';
import { DATA_EXTENSIONS, pathMapping, pathSource } from './by-path.js';
import { checkConfig, type ColumnRef, type DataConfig, parseConfig, type SourceConfig } from './config.js';
import { type Column, type Dataset, type SplitIndices, splitIndices, take } from '../../runtime/data/dataset.js';
import { DataError, type DataLocation, suggest } from '../../runtime/data/errors.js';
import { type FittedInfo, fitInput, fitTarget, type SpecTensor, specType } from './fit.js';
import { fileProblem, readWholeFile } from './files.js';
import { ByteBudget, DEFAULT_MAX_DATA_SIZE, type DataLimits } from './limits.js';
import { readCsvFile } from './sources/csv.js';
import { readTextFolder } from './sources/folder.js';
import { readJsonLinesFile } from './sources/jsonl.js';
import { decodeNpy, npyTable } from './sources/npy.js';
import { corpusNames, datasetNames, defaultSplits, isDatasetName, loadNamedDataset, type NamedDataset } from './sources/named.js';
import { characterColumns, windowParts } from './windows.js';
import type { Table } from './table.js';

/** What loading learned and decided, for training reports and for preparing new data at predict time. */
export interface DataInfo {
  /** The source in words: file names, or the shipped dataset's description. */
  source: string;
  sizes: { train: number; validation?: number; test?: number };
  /** The seed and fractions of the split made here (absent parts came from their own sources, or were not asked for). */
  split: { seed: number; validation?: number; test?: number };
  /** Per spec input and target: the source columns it was read from, and what was fitted (classes, vocabulary, statistics). */
  tensors: Record<string, FittedInfo>;
  /** Class names in id order, per class target (or class input). */
  classes: Record<string, string[]>;
  /** Vocabulary size (ids 0..size-1) per tokenized input. */
  vocabularySize: Record<string, number>;
}

/** Training data fitted to a spec: the parts present, and what was learned while preparing them. */
export interface LoadedData {
  train: Dataset;
  validation?: Dataset;
  test?: Dataset;
  info: DataInfo;
}

interface Parts {
  train: Table;
  validation?: Table;
  test?: Table;
  named?: NamedDataset;
}

const escapePointer = (name: string) => name.replace(/~/g, '~0').replace(/\//g, '~1');

/** A config file may be this large at most (it is read whole, before the data). */
const MAX_CONFIG_SIZE = 16 * 2 ** 20;

/** Reads one source within `budget`; paths are relative to `dir` and shown as written in the config. */
function readSource(source: SourceConfig, dir: string, budget: ByteBudget): { table: Table; named?: NamedDataset } {
  if ('csv' in source) return { table: readCsvFile(resolve(dir, source.csv), source.csv, { delimiter: source.delimiter, header: source.header, names: source.names }, budget) };
  if ('jsonl' in source) return { table: readJsonLinesFile(resolve(dir, source.jsonl), source.jsonl, budget) };
  if ('npy' in source) {
    const arrays = Object.entries(source.npy).map(([name, file]) => ({ name, file, array: decodeNpy(readWholeFile(resolve(dir, file), file, budget), file) }));
    return { table: npyTable(arrays, Object.values(source.npy).join(', ')) };
  }
  if ('folder' in source) {
    try {
      statSync(resolve(dir, source.folder));
    } catch {
      throw new DataError(`folder not found (looked for ${resolve(dir, source.folder)})`, { file: source.folder });
    }
    return { table: readTextFolder(resolve(dir, source.folder), source.folder, { extensions: source.extensions }, budget) };
  }
  const named = loadNamedDataset(source.dataset);
  return { table: named.train, named };
}

function readParts(config: DataConfig, dir: string, budget: ByteBudget): Parts {
  if (config.source) {
    const { table, named } = readSource(config.source, dir, budget);
    return { train: table, ...(named?.test ? { test: named.test } : {}), ...(named ? { named } : {}) };
  }
  const sources = config.sources;
  if (!sources) throw new InternalError('checkConfig lets through a config without sources');
  const parts: Parts = { train: readSource(sources.train, dir, budget).table };
  if (sources.validation) parts.validation = readSource(sources.validation, dir, budget).table;
  if (sources.test) parts.test = readSource(sources.test, dir, budget).table;
  return parts;
}

interface Resolved {
  config: DataConfig;
  /** The name to show for the config in messages. */
  file: string;
  /** The folder the config's paths are relative to. */
  dir: string;
  /** The data, when it was read to decide the config (a data file named directly). */
  parts?: Parts;
}

/** The config to use: an object, a dataset name, a data file or folder named directly (read here), or a config file. */
function resolveConfig(configOrName: string | DataConfig, baseDir: string, specs: SpecTensor[], budget: ByteBudget): Resolved {
  if (typeof configOrName !== 'string') return { config: checkConfig(configOrName, 'data config'), file: 'data config', dir: baseDir };
  if (isDatasetName(configOrName)) return { config: { source: { dataset: configOrName }, split: { ...defaultSplits[configOrName] }, ...corpusMapping(configOrName, specs) }, file: configOrName, dir: baseDir };
  const path = resolve(baseDir, configOrName);
  const source = pathSource(path, configOrName);
  if (source) {
    const table = readSource(source, baseDir, budget).table;
    return { config: { source, ...pathMapping(table, specs, source) }, file: configOrName, dir: baseDir, parts: { train: table } };
  }
  try {
    statSync(path);
  } catch (e) {
    if (configOrName.endsWith('.json') || (e as NodeJS.ErrnoException).code !== 'ENOENT') throw fileProblem(e, path, configOrName);
    const near = suggest(configOrName, [...datasetNames], 'known');
    throw new DataError(`is neither a data config file (looked for ${path}) nor a dataset name (${near.startsWith(' (did') ? near.slice(2, -1) : `known: ${datasetNames.join(', ')}`})`, { file: configOrName });
  }
  const text = readWholeFile(path, configOrName, new ByteBudget(MAX_CONFIG_SIZE, 'a data config may be 16 MiB at most')).toString('utf8');
  // Only a .json file, or one that holds an object, is read as a config: other files are data, and get no JSON parse error.
  if (extname(path).toLowerCase() !== '.json' && !text.trimStart().startsWith('{'))
    throw new DataError(`is not a data config (a JSON object), and its extension does not say it is data: a data file is read by its extension (${DATA_EXTENSIONS.join(', ')}), or from a folder`, { file: configOrName });
  return { config: parseConfig(text, configOrName), file: configOrName, dir: dirname(path) };
}

/** For a corpus loaded by name and a spec of one input and one target: the input reads its characters, the target the next ones. */
function corpusMapping(name: string, specs: SpecTensor[]): Pick<DataConfig, 'inputs' | 'targets'> {
  const inputs = specs.filter((s) => s.role === 'input');
  const targets = specs.filter((s) => s.role === 'target');
  if (!(corpusNames as readonly string[]).includes(name) || inputs.length !== 1 || targets.length > 1) return {};
  return { inputs: { [inputs[0].name]: { column: 'text', characters: {} } }, ...(targets.length ? { targets: { [targets[0].name]: { column: 'text', encode: 'next' } } } : {}) };
}

/** The columns a spec tensor reads when the config does not say: the column of its name, or the named dataset's default. */
function defaultColumns(spec: SpecTensor, parts: Parts, specs: SpecTensor[], config: DataLocation): ColumnRef[] {
  if (parts.train.columns.has(spec.name)) return [spec.name];
  const alone = specs.filter((s) => s.role === spec.role).length === 1;
  if (parts.named && alone) return spec.role === 'input' ? parts.named.input : [parts.named.target];
  const section = spec.role === 'input' ? 'inputs' : 'targets';
  throw new DataError(
    `the spec's ${spec.role} '${spec.name}' (${specType(spec)}) has no data: add "${section}": { "${spec.name}": { "column": ... } } (columns of ${parts.train.origin}: ${parts.train.names
      .slice(0, 12)
      .map((n) => `'${n}'`)
      .join(', ')}${parts.train.names.length > 12 ? ', ...' : ''})`,
    config,
  );
}

/** Config entries that name nothing in the spec, or sit in the wrong section. */
function checkNames(config: DataConfig, specs: SpecTensor[], at: DataLocation): void {
  for (const role of ['input', 'target'] as const) {
    const section = role === 'input' ? 'inputs' : 'targets';
    for (const name of Object.keys(config[section] ?? {})) {
      const spec = specs.find((s) => s.name === name);
      if (spec && spec.role !== role) throw new DataError(`/${section}/${escapePointer(name)}: '${name}' is ${spec.role === 'input' ? 'an input' : 'a target'} of the spec; put it under "${spec.role}s"`, at);
      if (!spec) {
        const same = specs.filter((s) => s.role === role).map((s) => s.name);
        throw new DataError(`/${section}/${escapePointer(name)}: the spec has no ${role} '${name}'${suggest(name, same, `its ${section}`)}`, at);
      }
    }
  }
}

function splitRows(config: DataConfig, parts: Parts, at: DataLocation): SplitIndices & { seed: number } {
  const asked = config.split ?? {};
  const seed = asked.seed ?? 0;
  if (asked.test && parts.test) throw new DataError(`/split/test: the data already has a test part (${parts.test.origin}); remove "test" from "split"`, at);
  if (asked.validation && parts.validation) throw new DataError(`/split/validation: the data already has a validation part (${parts.validation.origin}); remove "validation" from "split"`, at);
  // Nothing held out: the rows keep their order (training shuffles them anew each epoch).
  if (!asked.validation && !asked.test) return { train: Int32Array.from({ length: parts.train.size }, (_, i) => i), seed };
  try {
    return { ...splitIndices(parts.train.size, { validation: asked.validation, test: asked.test }, seed), seed };
  } catch (e) {
    if (e instanceof DataError) throw new DataError(`/split: ${e.message} (${parts.train.origin} has ${parts.train.size} rows)`, at);
    throw e;
  }
}

/**
 * Loads training data for a spec: `configOrName` is a dataset name (mnist, spam-assassin, iris), a data file (.csv, .tsv,
 * .jsonl, .ndjson, .npy) or folder whose columns match the spec, a config file path (relative to `baseDir`; its sources
 * are relative to its own folder) or a config object. Sources are regular files (or folders of them), `maxDataSize`
 * bytes in all (default 1 GiB). Every row is checked against the spec before anything is returned; any problem is a
 * DataError naming the file, row and column.
 */
export function loadData(configOrName: string | DataConfig, specInputs: SpecTensor[], baseDir: string = process.cwd(), options: DataLimits = {}): LoadedData {
  const budget = new ByteBudget(options.maxDataSize ?? DEFAULT_MAX_DATA_SIZE);
  const { config, file, dir, parts: read } = resolveConfig(configOrName, baseDir, specInputs, budget);
  const at: DataLocation = { file };
  checkNames(config, specInputs, at);
  const parts = read ?? readParts(config, dir, budget);
  // A character input cuts the running text into windows: they are the rows that are split and batched.
  const windowed = windowParts(config, [parts.train, parts.validation, parts.test].filter((t): t is Table => t !== undefined), specInputs, at);
  if (windowed) {
    let next = 0;
    parts.train = windowed.tables[next++];
    if (parts.validation) parts.validation = windowed.tables[next++];
    if (parts.test) parts.test = windowed.tables[next++];
  }
  const rows = splitRows(config, parts, at);
  const tables = [parts.train, parts.validation, parts.test].filter((t): t is Table => t !== undefined);
  const columns: Record<string, Column>[] = tables.map(() => ({}));
  const info: DataInfo = { source: parts.named?.description ?? [...new Set(tables.map((t) => t.origin))].join(', '), sizes: { train: 0 }, split: { seed: rows.seed }, tensors: {}, classes: {}, vocabularySize: {} };
  for (const spec of specInputs) {
    const section = spec.role === 'input' ? 'inputs' : 'targets';
    const entry = config[section]?.[spec.name] ?? {};
    const refs = entry.columns ?? (entry.column !== undefined ? [entry.column] : defaultColumns(spec, parts, specInputs, at));
    const ctx = { config: at, pointer: `/${section}/${escapePointer(spec.name)}`, tables, fitRows: rows.train };
    const chars = windowed && (('characters' in entry && entry.characters !== undefined) || ('encode' in entry && entry.encode === 'next'));
    const built = chars
      ? { columns: characterColumns(windowed, spec.shape[0], spec.role === 'input' ? 0 : 1), info: { columns: [windowed.column], ...(spec.role === 'input' ? { characters: windowed.characters } : { classes: windowed.characters }) } }
      : spec.role === 'input'
        ? fitInput(ctx, spec, entry, refs)
        : fitTarget(ctx, spec, entry, refs);
    // A shipped dataset's ids that stand for names (spam-assassin's 0 ham, 1 spam) get them, for reports and predictions.
    const named = parts.named;
    if (spec.role === 'target' && !built.info.classes && named?.classes && built.info.columns.length === 1 && built.info.columns[0] === named.target) built.info.classes = [...named.classes];
    built.columns.forEach((c, t) => (columns[t][spec.name] = c));
    info.tensors[spec.name] = built.info;
    if (built.info.classes) info.classes[spec.name] = built.info.classes;
    if (built.info.vocabulary) info.vocabularySize[spec.name] = built.info.vocabulary.size;
  }
  const whole = tables.map((t, i): Dataset => ({ size: t.size, columns: columns[i] }));
  // Without a split the training rows are all rows in file order: no copy.
  const out: LoadedData = { train: rows.validation || rows.test ? take(whole[0], rows.train) : whole[0], info };
  let next = 1;
  if (parts.validation) out.validation = whole[next++];
  else if (rows.validation) out.validation = take(whole[0], rows.validation);
  if (parts.test) out.test = whole[next++];
  else if (rows.test) out.test = take(whole[0], rows.test);
  if (config.split?.validation) info.split.validation = config.split.validation;
  if (config.split?.test) info.split.test = config.split.test;
  info.sizes = { train: out.train.size, ...(out.validation ? { validation: out.validation.size } : {}), ...(out.test ? { test: out.test.size } : {}) };
  return out;
}
