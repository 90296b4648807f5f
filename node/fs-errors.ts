// A file system's refusal (a Node errno error), what was being done and the path -> a typed error naming all three in words.
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** Why an operation on a path failed, in words, by errno code; codes not here are shown as the system's own message. */
const reasons: Record<string, string> = {
  ENOENT: 'no such file or folder',
  ENOTDIR: 'part of the path is a file, not a folder',
  EISDIR: 'it is a folder, not a file',
  EEXIST: 'something else already has that name',
  EACCES: 'permission denied',
  EPERM: 'the operation is not permitted here',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EFBIG: 'the file is too large for the file system',
  EIO: 'an input/output error (a failing disk or a lost network mount)',
  EMFILE: 'too many files are open',
  ENAMETOOLONG: 'the name is too long',
  ELOOP: 'the path has a loop of symbolic links',
  EBUSY: 'the file or folder is busy',
  EXDEV: 'it is on another file system',
};

/** Errno codes of an output path that names the wrong kind of thing (a file where a folder goes, or the reverse): usage mistakes. */
const inTheWay = new Set(['ENOTDIR', 'EISDIR', 'EEXIST']);

/** A path that could not be read or written: `action` and `path` say which, `reason` why, `errno` the system's code when there is one. */
export abstract class FileSystemError extends Error {
  constructor(
    readonly action: string,
    readonly path: string,
    readonly reason: string,
    readonly errno?: string,
  ) {
    super(`cannot ${action} ${path}: ${reason}`);
  }
}

/** An output path on the command line that names the wrong kind of thing (`--out` naming a file, a path under a file): exit 2. */
export class OutputPathError extends FileSystemError {
  override readonly name = 'OutputPathError';
}

/** The machine refused a read or write (read-only file system, full disk, permission denied, a missing file): exit 1. */
export class EnvironmentError extends FileSystemError {
  override readonly name = 'EnvironmentError';
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The errno code of a Node system error (`ENOSPC`, ...), or undefined for any other value. */
export function errnoOf(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return e instanceof Error && typeof code === 'string' && /^E[A-Z0-9]+$/.test(code) && 'syscall' in e ? code : undefined;
}

/** The reason in words for an errno code (the system's message for a code without words here). */
export function reasonOf(errno: string, e?: unknown): string {
  return reasons[errno] ?? (e instanceof Error ? e.message : errno);
}

/**
 * A typed error for a failed file operation: an OutputPathError when writing and the path names the wrong kind of thing,
 * else an EnvironmentError; any error that is not a system error is returned as it is (it is not the file system's).
 */
export function fileSystemError(e: unknown, action: string, path: string, output: boolean): unknown {
  const errno = errnoOf(e);
  if (errno === undefined) return e;
  // Writing, ENOENT means a missing folder above; with the folder there, it is a file system that takes no new names (/proc).
  const reason = output && errno === 'ENOENT' && isFolder(dirname(resolve(path))) ? `the file system does not allow new files in ${dirname(resolve(path))}` : reasonOf(errno, e);
  return output && inTheWay.has(errno) ? new OutputPathError(action, path, reason, errno) : new EnvironmentError(action, path, reason, errno);
}
