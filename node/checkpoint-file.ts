// Training checkpoints <-> files on disk: bytes from runtime/checkpoint.ts, written atomically (temp file, fsync, rename) and read back by path.
// A save also removes the temporary files that earlier, interrupted saves into the same folder left behind.
import { randomBytes } from 'node:crypto';
import { open, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { type Checkpoint, CheckpointError, type CheckpointFiles, decodeCheckpoint, encodeCheckpoint } from '../runtime/checkpoint.js';
import { makeFolder } from './run-folder.js';

/** Flushes a folder's entry list so a rename survives a power cut; not every platform allows it, so failures are ignored. */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Best effort: Windows cannot open a folder for fsync, and some file systems refuse it.
  }
}

/** The name of a save's temporary file: the checkpoint's name, the writer's process id and 12 random hex digits. */
const TEMP_NAME = /^.+\.tmp-(\d+)-[0-9a-f]{12}$/;

/** Whether a process of this id is running (one of another user's counts: it cannot be signalled, but it lives). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temporary files in `folder` whose writer is gone: what a save killed mid-write leaves. Files of running
 * processes (this one included) are kept, since they may be mid-save; failures are ignored, as the save itself succeeded.
 */
async function removeOrphans(folder: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const m = TEMP_NAME.exec(name);
    if (!m) continue;
    const pid = Number(m[1]);
    if (pid === process.pid || running(pid)) continue;
    await unlink(join(folder, name)).catch(() => undefined);
  }
}

/**
 * Writes a checkpoint atomically: to a temporary file in the same folder, fsynced, then renamed over `path`.
 * A crash at any moment leaves either the previous checkpoint or the new one, never a mix; throws a CheckpointError.
 * Then removes the temporary files of earlier saves into that folder whose process is gone.
 */
export async function saveCheckpoint(path: string, ckpt: Checkpoint): Promise<void> {
  const bytes = encodeCheckpoint(ckpt, path);
  const folder = dirname(path);
  // Like Keras' ModelCheckpoint, a missing folder is made; makeFolder, not a recursive mkdir, which never returns under /proc.
  try {
    makeFolder(folder, { action: 'write checkpoint', path });
  } catch (e) {
    throw new CheckpointError((e as Error).message);
  }
  const temp = join(folder, `${basename(path)}.tmp-${process.pid}-${randomBytes(6).toString('hex')}`);
  try {
    // 'wx': never reuse a leftover file, whatever it holds.
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    throw new CheckpointError(`cannot write checkpoint ${path}: ${(e as Error).message}`);
  }
  await syncFolder(folder);
  await removeOrphans(folder);
}

/** Reads and checks a checkpoint file; throws a CheckpointError naming the file and the problem, never a raw stack. */
export async function loadCheckpoint(path: string): Promise<Checkpoint> {
  return decodeCheckpoint(await readCheckpointBytes(path), path);
}

/** A checkpoint's (or weights file's) bytes: only a regular file is read; a CheckpointError names the file and the problem. */
export async function readCheckpointBytes(path: string): Promise<Uint8Array> {
  let bytes: Uint8Array;
  try {
    // A pipe or a device would block the read or never end: only a regular file (or a link to one) is read.
    const kind = await stat(path);
    if (kind.isDirectory()) throw new CheckpointError(`checkpoint ${path} is a folder, not a file`);
    if (!kind.isFile()) throw new CheckpointError(`checkpoint ${path} is not a regular file (a pipe, socket or device), so it cannot be a checkpoint`);
    bytes = await readFile(path);
  } catch (e) {
    if (e instanceof CheckpointError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CheckpointError(`checkpoint ${path} does not exist`);
    if (code === 'EISDIR') throw new CheckpointError(`checkpoint ${path} is a folder, not a file`);
    throw new CheckpointError(`cannot read checkpoint ${path}: ${(e as Error).message}`);
  }
  return bytes;
}

/** The file system behind `Model.save` and `Model.restore` in Node. */
export const nodeCheckpointFiles: CheckpointFiles = { save: saveCheckpoint, load: loadCheckpoint, readBytes: readCheckpointBytes };
