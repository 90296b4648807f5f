// A training's output folder: made (parents too), owned through a lock file while a training writes to it, and files put in it whole.
import { closeSync, linkSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { EnvironmentError, errnoOf, fileSystemError, OutputPathError, reasonOf } from './fs-errors.js';

/** The lock file's name inside a run folder. */
export const lockFileName = '.mdlc-train.lock';

/** Who holds a run folder: written into its lock file as JSON. */
export interface LockOwner {
  pid: number;
  host: string;
  /** When the training started, ISO 8601. */
  started: string;
}

/** A run folder that another training (alive, or on another machine) is writing to: exit 1, naming the folder and the process. */
export class RunFolderInUseError extends Error {
  override readonly name = 'RunFolderInUseError';
  constructor(
    readonly folder: string,
    readonly owner: LockOwner,
    readonly lockFile: string,
  ) {
    const who = owner.host === hostname() ? `process ${owner.pid}` : `process ${owner.pid} on ${owner.host}`;
    const remedy = owner.host === hostname()
      ? `wait for it to finish, stop it, or give this training another --out`
      : `give this training another --out, or delete ${lockFile} if you are sure that training has ended`;
    super(`${folder} is in use: another training (${who}, started ${owner.started}) is writing to it; ${remedy}`);
  }
}

/** What a refusal of `makeFolder` reports: the action and the path the user knows (default: "create" and the path itself). */
export interface FolderReport {
  action: string;
  path: string;
}

/**
 * Makes `path` a folder, with its parents, as `mkdir -p` does. A file in the way is an OutputPathError, any other
 * refusal an EnvironmentError. (Node's own recursive mkdir never returns for a path under /proc.)
 */
export function makeFolder(path: string, report: FolderReport = { action: 'create', path }): void {
  const abs = resolve(path);
  const missing: string[] = [];
  for (let at = abs; ; at = dirname(at)) {
    let folder: boolean;
    try {
      folder = statSync(at).isDirectory();
    } catch (e) {
      const errno = errnoOf(e);
      // ENOTDIR: some folder above is a file; walking up finds it.
      if (errno !== 'ENOENT' && errno !== 'ENOTDIR') throw fileSystemError(e, report.action, report.path, true);
      missing.push(at);
      if (dirname(at) === at) break;
      continue;
    }
    if (!folder) throw new OutputPathError(report.action, report.path, at === resolve(report.path) ? 'it exists and is not a folder' : reasonOf('ENOTDIR'), 'ENOTDIR');
    break;
  }
  for (const dir of missing.reverse()) {
    try {
      mkdirSync(dir);
    } catch (e) {
      const errno = errnoOf(e);
      if (errno === 'EEXIST' && statSync(dir).isDirectory()) continue; // made by someone else meanwhile
      // ENOENT with the parent in place: a file system that takes no new names (/proc).
      if (errno === 'ENOENT') throw new EnvironmentError(report.action, report.path, `the file system does not allow new folders in ${dirname(dir)}`, errno);
      throw fileSystemError(e, report.action, report.path, true);
    }
  }
}

/** The temporary name `writeFileWhole` writes `path` under before renaming it into place (unique to this process). */
export function temporaryName(path: string): string {
  return join(dirname(path), `.${basename(path)}.tmp-${process.pid}`);
}

/** Writes `text` (or bytes) to `path` through a temporary file and a rename, so a reader never sees half a file; a refusal names `path`. */
export function writeFileWhole(path: string, text: string | Uint8Array): void {
  const tmp = temporaryName(path);
  try {
    const fd = openSync(tmp, 'w');
    try {
      if (typeof text === 'string') writeSync(fd, text);
      else for (let at = 0; at < text.length; ) at += writeSync(fd, text, at, text.length - at);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw fileSystemError(e, 'write', path, true);
  }
}

function readOwner(path: string): { text: string; owner: LockOwner | undefined } | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    if (errnoOf(e) === 'ENOENT') return undefined;
    throw fileSystemError(e, 'read', path, false);
  }
  try {
    const v = JSON.parse(text) as Partial<LockOwner>;
    if (Number.isSafeInteger(v.pid) && typeof v.host === 'string' && typeof v.started === 'string') return { text, owner: v as LockOwner };
  } catch {
    // A lock file that is not ours to read is treated as stale, below.
  }
  return { text, owner: undefined };
}

/** Puts the lock in place, failing with EEXIST if one is there: a hard link, or on a file system without them an exclusive create. */
function linkOrCreate(tmp: string, path: string, text: string): void {
  try {
    linkSync(tmp, path);
    return;
  } catch (e) {
    if (!['EPERM', 'ENOTSUP', 'ENOSYS', 'EOPNOTSUPP'].includes(errnoOf(e) ?? '')) throw e;
  }
  const fd = openSync(path, 'wx');
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
}

/** Whether a process with this id runs on this machine (one of another user's counts too). */
function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return errnoOf(e) === 'EPERM';
  }
}

/** The lock of a run folder, held while a training writes to it; `release` lets it go (only if it is still this one's). */
export class RunLock {
  private constructor(
    readonly path: string,
    private readonly text: string,
  ) {}

  /**
   * Takes the folder's lock, or throws a RunFolderInUseError naming the training that holds it. A lock left by a process
   * that no longer runs (killed, or a crash) is taken over, and `note` says so.
   */
  static acquire(folder: string, note: (message: string) => void): RunLock {
    const path = join(folder, lockFileName);
    const owner: LockOwner = { pid: process.pid, host: hostname(), started: new Date().toISOString() };
    const text = JSON.stringify(owner) + '\n';
    // Written whole under a private name, then linked into place: link fails if the lock exists, and a reader never sees it half-written.
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileWhole(tmp, text);
    try {
      for (let attempt = 0; attempt < 5; attempt++) {
        try {
          linkOrCreate(tmp, path, text);
          return new RunLock(path, text);
        } catch (e) {
          if (errnoOf(e) !== 'EEXIST') throw fileSystemError(e, 'create', path, true);
        }
        const held = readOwner(path);
        if (held === undefined) continue; // released meanwhile
        const other = held.owner;
        if (other && (other.host !== owner.host || alive(other.pid))) throw new RunFolderInUseError(folder, other, path);
        // Still the same stale lock (not one a third process just took)? Then it is ours to remove.
        if (readOwner(path)?.text === held.text) rmSync(path, { force: true });
        note(other
          ? `${path} was left by process ${other.pid} (started ${other.started}), which is no longer running; taking the folder over`
          : `${path} is not a lock file this mdlc can read; taking the folder over`);
      }
      const last = readOwner(path)?.owner;
      throw last ? new RunFolderInUseError(folder, last, path) : new EnvironmentError('lock', folder, `its lock file ${path} keeps changing; is another training starting there?`);
    } finally {
      try {
        unlinkSync(tmp);
      } catch {
        // Already gone: nothing to clean.
      }
    }
  }

  /** Removes the lock file if it is still the one this training wrote; safe to call twice. */
  release(): void {
    if (readOwner(this.path)?.text === this.text) rmSync(this.path, { force: true });
  }
}
