// Each device's tuned kernel choices <-> a JSON file in the user's cache folder ($XDG_CACHE_HOME/mdlc, else
// ~/.cache/mdlc), keyed by mdlc's version and the device, so a choice is measured once per adapter and driver. The
// file holds the table a browser's store exports (runtime/gpu/choice-store.ts), so it can be imported there.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { isKernelChoiceTable, kernelChoiceFormat, type KernelChoiceTable } from '../runtime/gpu/choice-store.js';
import { mdlcVersion } from './version.js';

/** mdlc's cache folder: $XDG_CACHE_HOME/mdlc, else ~/.cache/mdlc, as the environment is at each call. */
export function cacheDir(): string {
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'mdlc');
}

/** Where the choices live by default. */
export function defaultChoicesPath(): string {
  return join(cacheDir(), 'kernel-choices.json');
}

/** A file's JSON, or undefined when it is missing or unreadable (a cache: nothing remembered yet). */
export function readJsonCache(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * Writes a cache file whole, through a temporary file renamed over it, so a reader (another mdlc at once) never sees
 * half of it. A cache that cannot be written costs only the next run's measuring, so failure is silent.
 */
export function writeJsonCache(path: string, value: unknown): void {
  const tmp = `${path}.tmp-${process.pid}`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(tmp, JSON.stringify(value, null, 2) + '\n');
    renameSync(tmp, path);
  } catch {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // under a path that is not a folder: nothing was written
    }
  }
}

function read(path: string): KernelChoiceTable {
  const f = readJsonCache(path);
  return isKernelChoiceTable(f) ? f : { format: kernelChoiceFormat, version: 1, devices: {} };
}

/** The file store answers at once (a KernelChoiceStore may answer later). */
export interface FileStore {
  load(device: string): Record<string, string>;
  save(device: string, choices: Record<string, string>): void;
}

/** A store backed by one JSON file; by default the file under $XDG_CACHE_HOME as it is at each call. */
export function fileKernelChoiceStore(file?: string): FileStore {
  // Every key carries the version: another mdlc emits other kernels, so its choices are measured afresh.
  const version = mdlcVersion();
  const key = (device: string) => `mdlc ${version} | ${device}`;
  return {
    load: (device) => ({ ...(read(file ?? defaultChoicesPath()).devices[key(device)] ?? {}) }),
    save(device, choices) {
      const path = file ?? defaultChoicesPath();
      const f = read(path);
      f.devices[key(device)] = { ...(f.devices[key(device)] ?? {}), ...choices };
      writeJsonCache(path, f);
    },
  };
}
