// Takes a JSON document (an IR module, a manifest) and a seeded Rng; gives structural mutations of it (a value of another
// type, a neighbouring number, another string of the same document, an element removed, duplicated or swapped, a field
// deleted or added) and text-level ones (cut short, bytes inserted), each with a short description of what it did.
import { randomBytes, type Rng } from './fuzz.js';

/** A JSON value. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface Slot {
  /** Where the value sits: its container and key, absent for the root. */
  parent?: Json[] | { [key: string]: Json };
  key: string | number;
  value: Json;
  path: string;
}

/** Every value of a document with its place, the root first (a plain loop: documents can be deep). */
function slots(root: Json): Slot[] {
  const out: Slot[] = [];
  const todo: Slot[] = [{ key: '', value: root, path: '' }];
  while (todo.length) {
    const s = todo.pop()!;
    out.push(s);
    const v = s.value;
    if (Array.isArray(v)) v.forEach((x, i) => todo.push({ parent: v, key: i, value: x, path: `${s.path}[${i}]` }));
    else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) todo.push({ parent: v, key: k, value: x, path: s.path ? `${s.path}.${k}` : k });
  }
  return out;
}

const show = (v: Json) => {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
};

function put(root: Json, s: Slot, value: Json): Json {
  if (!s.parent) return value;
  (s.parent as Record<string | number, Json>)[s.key] = value;
  return root;
}

/** Numbers near a value and at the edges of what sizes, offsets and ids can hold. */
function nearNumber(v: number, rng: Rng): number {
  return rng.pick([v + 1, v - 1, 0, -1, v * 2, Math.floor(v / 2), -v, v + 0.5, 0.5, 2 ** 31, 2 ** 32, 2 ** 53, 1e300, 65536]);
}

/** Strings of the document itself: an op, an arena, a path or a name in place of another is the likeliest lie. */
function stringsOf(all: Slot[]): string[] {
  return [...new Set(all.map((s) => s.value).filter((v): v is string => typeof v === 'string' && v.length < 200))];
}

/** One structural mutation of a copy of `root`; the input is not changed. */
export function mutateJson(input: Json, rng: Rng): { value: Json; what: string } {
  const root = structuredClone(input);
  const all = slots(root);
  // the root is rarely the interesting place; containers and leaves are picked alike
  const s = all.length > 1 && rng.chance(0.98) ? all[1 + rng.int(all.length - 1)] : all[0];
  const v = s.value;
  const at = s.path || '(root)';
  const to = (value: Json, how: string) => ({ value: put(root, s, value), what: `${at}: ${how}` });
  if (rng.chance(0.12)) {
    const other = rng.pick<Json>([null, true, 'x', 0, 1, -1, [], {}, '']);
    return to(other, `${show(v)} -> ${show(other)}`);
  }
  if (typeof v === 'number') {
    const n = nearNumber(v, rng);
    return to(n, `${v} -> ${n}`);
  }
  if (typeof v === 'string') {
    const pool = stringsOf(all);
    const n = rng.pick([rng.pick(pool), rng.pick(pool), '', `${v}x`, v.slice(0, Math.max(0, v.length - 1)), v.repeat(50), '../x', 'x'.repeat(10_000)]);
    return to(n, `${show(v)} -> ${show(n)}`);
  }
  if (typeof v === 'boolean') return to(!v, `${v} -> ${!v}`);
  if (Array.isArray(v)) {
    if (v.length === 0) return to([0], '[] -> [0]');
    const i = rng.int(v.length);
    const j = rng.int(v.length);
    switch (rng.int(5)) {
      case 0:
        v.splice(i, 1);
        return to(v, `removed [${i}]`);
      case 1:
        v.splice(i, 0, structuredClone(v[i]));
        return to(v, `duplicated [${i}]`);
      case 2:
        [v[i], v[j]] = [v[j], v[i]];
        return to(v, `swapped [${i}] and [${j}]`);
      case 3:
        v.push(structuredClone(v[i]));
        return to(v, `appended a copy of [${i}]`);
      default:
        return to([], `${v.length} elements -> []`);
    }
  }
  if (v === null) return to(0, 'null -> 0');
  const keys = Object.keys(v);
  if (keys.length && rng.chance(0.7)) {
    const k = rng.pick(keys);
    delete v[k];
    return to(v, `deleted field "${k}"`);
  }
  const k = rng.pick(['zz', 'constant', 'role', '__proto__']);
  Object.defineProperty(v, k, { value: 1, enumerable: true, writable: true, configurable: true }); // an own "__proto__", as JSON.parse makes one
  return to(v, `added the field "${k}"`);
}

/** One text-level mutation of a JSON file: cut short, a character replaced, or bytes inserted. */
export function mutateText(text: string, rng: Rng): { text: string; what: string } {
  const at = rng.int(text.length + 1);
  switch (rng.int(3)) {
    case 0:
      return { text: text.slice(0, at), what: `cut at ${at} of ${text.length}` };
    case 1:
      return { text: text.slice(0, at) + randomBytes(rng, 1) + text.slice(at + 1), what: `character ${at} replaced` };
    default:
      return { text: text.slice(0, at) + randomBytes(rng, rng.range(1, 8)) + text.slice(at), what: `bytes inserted at ${at}` };
  }
}
