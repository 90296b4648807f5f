// Tuned kernel choices <-> where a browser keeps them (IndexedDB, else memory) and a JSON table to export and import,
// the same table Node's cache file holds (node/kernel-choices.ts), so choices measured once move between hosts.
import type { KernelChoiceStore } from './tune.js';

/** The table's format marker; a table without it is not one. */
export const kernelChoiceFormat = 'mdlc-kernel-choices';

/** Every device's choices: `devices[key][kernel shape] = variant label`, each key naming the mdlc version and the device. */
export interface KernelChoiceTable {
  format: typeof kernelChoiceFormat;
  version: 1;
  devices: Record<string, Record<string, string>>;
}

/** A store whose whole table can be exported and merged into. */
export interface KernelChoiceTableStore extends KernelChoiceStore {
  load(device: string): Promise<Record<string, string>>;
  save(device: string, choices: Record<string, string>): Promise<void>;
  /** Every device's choices, as the table. */
  exportTable(): Promise<KernelChoiceTable>;
  /** Merges a table's devices into the store (a device's shapes merged, the table's label winning). */
  importTable(table: KernelChoiceTable): Promise<void>;
}

/** Options of the browser stores. */
export interface ChoiceStoreOptions {
  /**
   * What each device key starts with, e.g. the mdlc version: another mdlc emits other kernels, so choices it measured
   * are not read back (default: 'mdlc', for one version only).
   */
  prefix?: string;
}

/** Checks a parsed value is a table: a string-to-string map per device. */
export function isKernelChoiceTable(x: unknown): x is KernelChoiceTable {
  const t = x as Partial<KernelChoiceTable> | null;
  if (!t || typeof t !== 'object' || t.format !== kernelChoiceFormat || t.version !== 1 || !t.devices || typeof t.devices !== 'object') return false;
  return Object.values(t.devices).every((d) => d && typeof d === 'object' && Object.values(d).every((l) => typeof l === 'string'));
}

/** A table from its JSON text; text that is not one is a clear error (it came from a user's file or paste). */
export function parseKernelChoiceTable(json: string): KernelChoiceTable {
  let x: unknown;
  try {
    x = JSON.parse(json);
  } catch (e) {
    throw new Error(`the kernel-choice table is not JSON: ${(e as Error).message}`);
  }
  if (!isKernelChoiceTable(x)) throw new Error(`the kernel-choice table is not one: it needs "format": "${kernelChoiceFormat}", "version": 1 and "devices" mapping each device to { kernel shape: variant label }`);
  return x;
}

/** The store's table as JSON text (indented), e.g. for a download. */
export async function exportKernelChoices(store: KernelChoiceTableStore): Promise<string> {
  return JSON.stringify(await store.exportTable(), null, 2) + '\n';
}

/** Merges JSON text written by `exportKernelChoices` (or Node's cache file) into a store; returns the devices it held. */
export async function importKernelChoices(store: KernelChoiceTableStore, json: string): Promise<number> {
  const table = parseKernelChoiceTable(json);
  await store.importTable(table);
  return Object.keys(table.devices).length;
}

const keyOf = (options: ChoiceStoreOptions, device: string) => `${options.prefix ?? 'mdlc'} | ${device}`;

/** Where records live, by full key (prefix and device): memory, or an IndexedDB object store. */
interface Records {
  get(key: string): Promise<Record<string, string> | undefined>;
  merge(key: string, choices: Record<string, string>): Promise<void>;
  all(): Promise<Record<string, Record<string, string>>>;
}

/** A store over some records: device keys get the prefix, a table holds full keys. */
function tableStore(options: ChoiceStoreOptions, records: Records): KernelChoiceTableStore {
  return {
    load: async (device) => ({ ...((await records.get(keyOf(options, device))) ?? {}) }),
    save: (device, choices) => records.merge(keyOf(options, device), choices),
    exportTable: async () => ({ format: kernelChoiceFormat, version: 1, devices: await records.all() }),
    async importTable(t) {
      for (const [k, c] of Object.entries(t.devices)) await records.merge(k, c);
    },
  };
}

function memoryRecords(devices: Record<string, Record<string, string>>): Records {
  return {
    get: async (key) => devices[key],
    async merge(key, choices) {
      devices[key] = { ...(devices[key] ?? {}), ...choices };
    },
    all: async () => structuredClone(devices),
  };
}

/** A store in memory: the browser's fallback where IndexedDB is missing or refuses, and a test's store. */
export function memoryKernelChoiceStore(options: ChoiceStoreOptions = {}, table?: KernelChoiceTable): KernelChoiceTableStore {
  return tableStore(options, memoryRecords(structuredClone(table?.devices ?? {})));
}

const request = <T>(r: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
  });

/** Opens (and on first use creates) the database; undefined where there is no IndexedDB or it refuses (private modes). */
async function openDatabase(name: string, objects: string): Promise<IDBDatabase | undefined> {
  const idb = (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  if (!idb) return undefined;
  try {
    const open = idb.open(name, 1);
    open.onupgradeneeded = () => open.result.createObjectStore(objects);
    return await request(open);
  } catch {
    return undefined;
  }
}

/**
 * A browser's store: one IndexedDB record per device in the database `name` (default 'mdlc'), so choices outlive the
 * page; where IndexedDB is missing or refuses, it keeps them in memory for the page's life instead.
 */
export function indexedDbKernelChoiceStore(options: ChoiceStoreOptions & { name?: string } = {}): KernelChoiceTableStore {
  const objects = 'kernel-choices';
  const memory = memoryRecords({});
  const db = openDatabase(options.name ?? 'mdlc', objects);
  // One transaction per call; without a database, every call goes to memory.
  const on = async <T>(mode: IDBTransactionMode, idb: (s: IDBObjectStore) => Promise<T>, mem: () => Promise<T>): Promise<T> => {
    const d = await db;
    return d ? idb(d.transaction(objects, mode).objectStore(objects)) : mem();
  };
  const records: Records = {
    get: (key) => on('readonly', async (s) => (await request(s.get(key))) as Record<string, string> | undefined, () => memory.get(key)),
    merge: (key, choices) =>
      on('readwrite', async (s) => {
        const old = ((await request(s.get(key))) as Record<string, string> | undefined) ?? {};
        await request(s.put({ ...old, ...choices }, key));
      }, () => memory.merge(key, choices)),
    all: () =>
      on('readonly', async (s) => {
        const [keys, values] = await Promise.all([request(s.getAllKeys()), request(s.getAll())]);
        return Object.fromEntries(keys.map((k, i) => [String(k), values[i] as Record<string, string>]));
      }, () => memory.all()),
  };
  return tableStore(options, records);
}
