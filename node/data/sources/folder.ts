// A folder of text files, one sub-folder per class (like Keras' text_dataset_from_directory) -> a Table of text, label and file.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DataError } from '../../../runtime/data/errors.js';
import type { Table } from '../table.js';

/** Which files count as samples: names ending in one of `extensions` (default `.txt`); hidden files never do. */
export interface FolderOptions {
  extensions?: string[];
}

function filesUnder(dir: string, extensions: string[]): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    const isDir = entry.isDirectory() || (entry.isSymbolicLink() && statSync(path).isDirectory());
    if (isDir) out.push(...filesUnder(path, extensions));
    else if (extensions.some((e) => entry.name.toLowerCase().endsWith(e.toLowerCase()))) out.push(path);
  }
  return out;
}

/**
 * Reads `dir` (shown as `shown` in messages): each sub-folder is a class named by the folder, each matching file under it
 * (at any depth) a sample. Columns: `text` (UTF-8 contents), `label` (sub-folder name), `file` (path below `dir`).
 */
export function readTextFolder(dir: string, shown: string, options: FolderOptions = {}): Table {
  const extensions = options.extensions ?? ['.txt'];
  let classes: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new DataError('is a file; a folder source needs a folder with one sub-folder per class', { file: shown });
    classes = readdirSync(dir, { withFileTypes: true })
      .filter((e) => !e.name.startsWith('.') && (e.isDirectory() || (e.isSymbolicLink() && statSync(join(dir, e.name)).isDirectory())))
      .map((e) => e.name)
      .sort();
  } catch (e) {
    if (e instanceof DataError) throw e;
    throw new DataError(`cannot read the folder: ${(e as Error).message}`, { file: shown });
  }
  if (classes.length === 0) throw new DataError('has no sub-folders; put the files of each class in a sub-folder named after the class', { file: shown });
  const text: string[] = [];
  const label: string[] = [];
  const file: string[] = [];
  for (const c of classes)
    for (const path of filesUnder(join(dir, c), extensions)) {
      text.push(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
      label.push(c);
      file.push(relative(dir, path).split('\\').join('/'));
    }
  if (text.length === 0) throw new DataError(`has no ${extensions.join(' or ')} files in its sub-folders (${classes.join(', ')})`, { file: shown });
  return {
    origin: shown,
    size: text.length,
    names: ['text', 'label', 'file'],
    columns: new Map([
      ['text', { kind: 'cells', cells: text }],
      ['label', { kind: 'cells', cells: label }],
      ['file', { kind: 'cells', cells: file }],
    ]),
    textCells: false,
    cell: (row, column) => ({ where: { file: `${shown.replace(/\/$/, '')}/${file[row]}` }, name: `the ${column}` }),
  };
}
