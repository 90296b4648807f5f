// Values -> Python source text: literals, identifiers that are safe to use, and a refusal a rule can return instead of code.

/** A construct the exporter cannot reproduce exactly: why, and what to do instead (a located E071x error is made from it). */
export interface Refusal {
  refuse: string;
  hint?: string;
}

/** Whether a rule's answer is a refusal. */
export function refused<T>(r: T | Refusal): r is Refusal {
  return typeof r === 'object' && r !== null && 'refuse' in r;
}

/** A JSON-like value as a Python literal: numbers, booleans (True/False), strings, lists and tuples of them. */
export type PyValue = number | boolean | string | null | readonly PyValue[];

/** A number as Python reads it back exactly (integers without a point, the rest in JavaScript's shortest round-trip form). */
export function pyNumber(n: number): string {
  if (Number.isNaN(n)) return "float('nan')";
  if (!Number.isFinite(n)) return n > 0 ? "float('inf')" : "-float('inf')";
  return String(n);
}

/** A value as a Python literal; arrays become tuples when `tuple` is set (shapes, strides), else lists. */
export function py(v: PyValue, tuple = false): string {
  if (v === null) return 'None';
  if (typeof v === 'number') return pyNumber(v);
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'string') return JSON.stringify(v);
  const items = v.map((x) => py(x, tuple));
  if (!tuple) return `[${items.join(', ')}]`;
  return items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`;
}

/** Python's keywords and the names generated code relies on, which a spec's names must not shadow. */
const reserved = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
  'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
  'while', 'with', 'yield', 'match', 'case', 'self', 'torch', 'nn', 'F', 'L', 'math', 'super', 'range', 'len', 'dict', 'list', 'print', 'layer',
]);

/** Python builtins a tensor's variable could shadow in forward (harmless there, but confusing to read); attributes may use them. */
const builtins = new Set([
  'abs', 'pow', 'sum', 'max', 'min', 'round', 'input', 'id', 'type', 'slice', 'map', 'filter', 'all', 'any', 'iter', 'next',
  'object', 'float', 'int', 'bool', 'str', 'tuple', 'set', 'zip', 'sorted', 'open', 'format', 'hash', 'vars', 'divmod',
]);

/** Whether a name can be used as it is for a Python variable or attribute of generated code. */
export function isPlainName(name: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !reserved.has(name);
}

/** A Python variable name for a tensor name (`blocks[0].a` -> `a`), unique among `taken`, which it joins. */
export function variableName(name: string, taken: Set<string>): string {
  let base = name.slice(name.lastIndexOf('.') + 1).replace(/[^A-Za-z0-9_]/g, '_');
  if (!/^[A-Za-z_]/.test(base)) base = `t_${base}`;
  if (reserved.has(base) || builtins.has(base)) base = `${base}_`;
  let out = base;
  for (let i = 2; taken.has(out); i++) out = `${base}_${i}`;
  taken.add(out);
  return out;
}

/** A class name from a block or model name (`text_classifier` -> `TextClassifier`). */
export function className(name: string): string {
  const out = name.replace(/(^|_)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase()).replace(/[^A-Za-z0-9_]/g, '_');
  return /^[A-Za-z_]/.test(out) ? out : `M${out}`;
}

/** Indents every non-empty line of a text by `n` spaces. */
export function indent(text: string, n: number): string {
  const pad = ' '.repeat(n);
  return text
    .split('\n')
    .map((l) => (l ? pad + l : l))
    .join('\n');
}
