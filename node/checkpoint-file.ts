// Training checkpoints <-> files on disk: bytes from runtime/checkpoint.ts, written atomically (temp file, fsync, rename) and read back by path.
import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { type Checkpoint, CheckpointError, type CheckpointFiles, decodeCheckpoint, encodeCheckpoint } from '../runtime/checkpoint.js';

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

/**
 * Writes a checkpoint atomically: to a temporary file in the same folder, fsynced, then renamed over `path`.
 * A crash at any moment leaves either the previous checkpoint or the new one, never a mix; throws a CheckpointError.
 */
export async function saveCheckpoint(path: string, ckpt: Checkpoint): Promise<void> {
  const bytes = encodeCheckpoint(ckpt, path);
  const folder = dirname(path);
  // Like Keras' ModelCheckpoint, a missing folder is made (a file in its place still fails, below, with the reason).
  await mkdir(folder, { recursive: true }).catch(() => undefined);
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
}

/** Reads and checks a checkpoint file; throws a CheckpointError naming the file and the problem, never a raw stack. */
export async function loadCheckpoint(path: string): Promise<Checkpoint> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CheckpointError(`checkpoint ${path} does not exist`);
    if (code === 'EISDIR') throw new CheckpointError(`checkpoint ${path} is a folder, not a file`);
    throw new CheckpointError(`cannot read checkpoint ${path}: ${(e as Error).message}`);
  }
  return decodeCheckpoint(bytes, path);
}

/** The file system behind `Model.save` and `Model.restore` in Node. */
export const nodeCheckpointFiles: CheckpointFiles = { save: saveCheckpoint, load: loadCheckpoint };
