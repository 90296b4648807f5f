// Data file paths -> their bytes, whole or in chunks, read only from regular files and counted against the load's byte budget.
import { closeSync, constants, fstatSync, openSync, readSync, type Stats, statSync } from 'node:fs';
import { DataError } from '../../runtime/data/errors.js';
import type { ByteBudget } from './limits.js';

/** What a path is when it is not a regular file or folder, in words. */
function kindOf(s: Stats): string {
  if (s.isFIFO()) return 'a named pipe (FIFO)';
  if (s.isCharacterDevice()) return 'a character device';
  if (s.isBlockDevice()) return 'a block device';
  if (s.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** The DataError for a path that is a pipe, device or socket: such data may never end, so it is not read at all. */
export function notRegular(s: Stats, shown: string): DataError {
  return new DataError(`is ${kindOf(s)}, not a regular file; data is read from regular files (or folders of them) only`, { file: shown });
}

/** A failed read as a DataError: not found (and where it looked), a folder, a symlink loop, or the system's reason. */
export function fileProblem(e: unknown, path: string, shown: string): DataError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new DataError(`file not found (looked for ${path})`, { file: shown });
  if (code === 'EISDIR') return new DataError('is a folder, not a file', { file: shown });
  if (code === 'ELOOP') return new DataError('is a symbolic link that leads back to itself (a loop)', { file: shown });
  return new DataError(`cannot read the file: ${(e as Error).message}`, { file: shown });
}

/** Opens a regular file without blocking (a pipe swapped in after the check cannot hang the open) and checks it again. */
function openRegular(path: string, shown: string): { fd: number; size: number } {
  let s: Stats;
  try {
    s = statSync(path);
  } catch (e) {
    throw fileProblem(e, path, shown);
  }
  if (s.isDirectory()) throw new DataError('is a folder, not a file', { file: shown });
  if (!s.isFile()) throw notRegular(s, shown);
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    throw fileProblem(e, path, shown);
  }
  const f = fstatSync(fd);
  if (!f.isFile()) {
    closeSync(fd);
    throw notRegular(f, shown);
  }
  return { fd, size: f.size };
}

function readInto(fd: number, buf: Buffer, at: number, path: string, shown: string): number {
  try {
    return readSync(fd, buf, at, buf.length - at, null);
  } catch (e) {
    throw fileProblem(e, path, shown);
  }
}

/**
 * The bytes of a regular file in chunks of about `chunk` bytes, each valid until the next is asked for (one buffer is
 * reused, so reading makes no garbage). Its size counts against `budget` before anything is read, and bytes past that
 * size (a file still growing) as they come, so no source is read beyond the limit.
 */
export function* fileChunks(path: string, shown: string, budget: ByteBudget, chunk = 1 << 20): Generator<Buffer, void, undefined> {
  const { fd, size } = openRegular(path, shown);
  try {
    budget.take(size, shown);
    let read = 0;
    const buf = Buffer.allocUnsafe(chunk);
    for (;;) {
      const n = readInto(fd, buf, 0, path, shown);
      if (n === 0) return;
      if (read + n > size) budget.take(read + n - Math.max(read, size), shown);
      read += n;
      yield buf.subarray(0, n);
    }
  } finally {
    closeSync(fd);
  }
}

/** The size of a regular file, for planning a buffer; 0 when it cannot be told (the reader reports the problem). */
export function sizeHint(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/** The whole of a regular file, read within `budget`: one buffer of its size, plus anything written since it was measured. */
export function readWholeFile(path: string, shown: string, budget: ByteBudget): Buffer {
  const { fd, size } = openRegular(path, shown);
  try {
    budget.take(size, shown);
    const whole = Buffer.allocUnsafe(size);
    let at = 0;
    while (at < size) {
      const n = readInto(fd, whole, at, path, shown);
      if (n === 0) return whole.subarray(0, at);
      at += n;
    }
    const more: Buffer[] = [];
    for (;;) {
      const buf = Buffer.allocUnsafe(1 << 16);
      const n = readInto(fd, buf, 0, path, shown);
      if (n === 0) break;
      budget.take(n, shown);
      more.push(buf.subarray(0, n));
    }
    return more.length ? Buffer.concat([whole, ...more]) : whole;
  } finally {
    closeSync(fd);
  }
}
