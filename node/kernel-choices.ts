// Each device's tuned kernel choices <-> a JSON file in the user's cache folder ($XDG_CACHE_HOME/mdlc, else
// ~/.cache/mdlc), keyed by mdlc's version and the device, so a choice is measured once per adapter and driver.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import type { KernelChoiceStore } from '../runtime/gpu/tune.js';
import { mdlcVersion } from './version.js';

/** The cache file's format marker: a file without it (or unreadable) counts as empty, since it is only a cache. */
const format = 'mdlc-kernel-choices';

interface ChoicesFile {
  format: typeof format;
  version: 1;
  devices: Record<string, Record<string, string>>;
}

/** Where the choices live by default. */
export function defaultChoicesPath(): string {
  const base = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'mdlc', 'kernel-choices.json');
}

function read(path: string): ChoicesFile {
  try {
    const f = JSON.parse(readFileSync(path, 'utf8')) as Partial<ChoicesFile>;
    if (f.format === format && f.version === 1 && f.devices && typeof f.devices === 'object') return { format, version: 1, devices: f.devices };
  } catch {
    // missing or unreadable: nothing remembered yet
  }
  return { format, version: 1, devices: {} };
}

/**
 * A store backed by one JSON file (written whole, through a temporary file, so a reader never sees half of it); by
 * default the file under $XDG_CACHE_HOME as it is at each call.
 */
export function fileKernelChoiceStore(file?: string): KernelChoiceStore {
  // Every key carries the version: another mdlc emits other kernels, so its choices are measured afresh.
  const version = mdlcVersion();
  const key = (device: string) => `mdlc ${version} | ${device}`;
  return {
    load: (device) => ({ ...(read(file ?? defaultChoicesPath()).devices[key(device)] ?? {}) }),
    save(device, choices) {
      const path = file ?? defaultChoicesPath();
      const f = read(path);
      f.devices[key(device)] = { ...(f.devices[key(device)] ?? {}), ...choices };
      try {
        mkdirSync(dirname(path), { recursive: true });
        const tmp = `${path}.tmp-${process.pid}`;
        writeFileSync(tmp, JSON.stringify(f, null, 2) + '\n');
        renameSync(tmp, path);
      } catch {
        // A cache that cannot be written costs only the next run's tuning time.
      }
    },
  };
}
