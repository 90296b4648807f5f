// A folder of text files, one sub-folder per class (like Keras' text_dataset_from_directory) -> a Table of text, label and file.
import { lstatSync, readdirSync, realpathSync, type Stats, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { DataError } from '../../../runtime/data/errors.js';
import { fileProblem, notRegular, readWholeFile } from '../files.js';
import { ByteBudget } from '../limits.js';
import type { Table } from '../table.js';

/** Which files count as samples: names ending in one of `extensions` (default `.txt`); hidden files never do. */
export interface FolderOptions {
  extensions?: string[];
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Walks the folder confined to its real path: a symbolic link is followed only when it ends inside the folder, a link
 * back to a folder being walked (a loop) or one that cannot be resolved is a DataError naming it, and only regular files
 * count as samples (a pipe or device with a sample's name is refused, never opened).
 */
class Walk {
  readonly root: string;

  constructor(
    readonly dir: string,
    readonly shown: string,
  ) {
    this.root = realpathSync(dir);
  }

  /** How to name a path below the folder in messages. */
  name(path: string): string {
    return `${this.shown.replace(/\/$/, '')}/${relative(this.dir, path).split('\\').join('/')}`;
  }

  /** The entry `name` of the folder whose real path is `parent`, after following a link: its real path and what it is. */
  resolve(path: string, parent: string, ancestors: Set<string>): { real: string; stats: Stats } {
    let link: Stats;
    try {
      link = lstatSync(path);
    } catch (e) {
      throw fileProblem(e, path, this.name(path));
    }
    if (!link.isSymbolicLink()) return { real: join(parent, basename(path)), stats: link };
    let real: string;
    try {
      real = realpathSync(path);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ELOOP') throw new DataError('is a symbolic link that leads back to itself (a loop)', { file: this.name(path) });
      if (code === 'ENOENT') throw new DataError('is a symbolic link to nothing (its target does not exist)', { file: this.name(path) });
      throw fileProblem(e, path, this.name(path));
    }
    if (real !== this.root && !real.startsWith(this.root + sep))
      throw new DataError(`is a symbolic link to ${real}, outside the data folder; links are followed only inside it`, { file: this.name(path) });
    if (ancestors.has(real)) throw new DataError(`is a symbolic link back to a folder that contains it (a loop)`, { file: this.name(path) });
    try {
      return { real, stats: statSync(real) };
    } catch (e) {
      throw fileProblem(e, path, this.name(path));
    }
  }

  /** The sample files under `dir` (links resolved), in sorted order, at any depth. */
  files(dir: string, real: string, extensions: string[], ancestors: Set<string>): string[] {
    const inside = new Set([...ancestors, real]);
    const out: string[] = [];
    for (const name of readdirSync(dir).sort(byName)) {
      if (name.startsWith('.')) continue;
      const path = join(dir, name);
      const entry = this.resolve(path, real, inside);
      if (entry.stats.isDirectory()) out.push(...this.files(path, entry.real, extensions, inside));
      else if (extensions.some((e) => name.toLowerCase().endsWith(e.toLowerCase()))) {
        if (!entry.stats.isFile()) throw notRegular(entry.stats, this.name(path));
        out.push(path);
      }
    }
    return out;
  }
}

/**
 * Reads `dir` (shown as `shown` in messages): each sub-folder is a class named by the folder, each matching file under it
 * (at any depth) a sample. Columns: `text` (UTF-8 contents), `label` (sub-folder name), `file` (path below `dir`).
 * Every file counts against `budget`.
 */
export function readTextFolder(dir: string, shown: string, options: FolderOptions = {}, budget = new ByteBudget()): Table {
  const extensions = options.extensions ?? ['.txt'];
  let walk: Walk;
  let classes: { name: string; real: string }[];
  try {
    if (!statSync(dir).isDirectory()) throw new DataError('is a file; a folder source needs a folder with one sub-folder per class', { file: shown });
    walk = new Walk(dir, shown);
    const top = new Set([walk.root]);
    classes = readdirSync(dir)
      .filter((name) => !name.startsWith('.'))
      .sort(byName)
      .map((name) => ({ name, entry: walk.resolve(join(dir, name), walk.root, top) }))
      .filter((c) => c.entry.stats.isDirectory())
      .map((c) => ({ name: c.name, real: c.entry.real }));
  } catch (e) {
    if (e instanceof DataError) throw e;
    throw new DataError(`cannot read the folder: ${(e as Error).message}`, { file: shown });
  }
  if (classes.length === 0) throw new DataError('has no sub-folders; put the files of each class in a sub-folder named after the class', { file: shown });
  const text: string[] = [];
  const label: string[] = [];
  const file: string[] = [];
  for (const c of classes)
    for (const path of walk.files(join(dir, c.name), c.real, extensions, new Set([walk.root]))) {
      text.push(readWholeFile(path, walk.name(path), budget).toString('utf8').replace(/^\uFEFF/, ''));
      label.push(c.name);
      file.push(relative(dir, path).split('\\').join('/'));
    }
  if (text.length === 0) throw new DataError(`has no ${extensions.join(' or ')} files in its sub-folders (${classes.map((c) => c.name).join(', ')})`, { file: shown });
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
