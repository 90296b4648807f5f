// Compile-time values: what constant expressions, block parameters and option names evaluate to.

/** A value known at compile time (numbers, flags, strings, option names like `relu`, lists). */
export type ConstValue =
  | { kind: 'number'; value: number; isInt: boolean }
  | { kind: 'bool'; value: boolean }
  | { kind: 'string'; value: string }
  | { kind: 'symbol'; name: string }
  | { kind: 'list'; items: ConstValue[] };

/** How a value reads in a message. */
export function describeValue(v: ConstValue): string {
  switch (v.kind) {
    case 'number':
      return String(v.value);
    case 'bool':
      return String(v.value);
    case 'string':
      return JSON.stringify(v.value);
    case 'symbol':
      return v.name;
    case 'list':
      return `[${v.items.map(describeValue).join(', ')}]`;
  }
}

/** What kind of thing a value is, for "expected an integer but found ..." messages. */
export function kindWord(v: ConstValue): string {
  switch (v.kind) {
    case 'number':
      return v.isInt ? `the integer ${v.value}` : `the number ${Number.isInteger(v.value) ? v.value.toFixed(1) : v.value}`;
    case 'bool':
      return `the flag ${v.value}`;
    case 'string':
      return `the string ${JSON.stringify(v.value)}`;
    case 'symbol':
      return `the name \`${v.name}\``;
    case 'list':
      return `the list ${describeValue(v)}`;
  }
}
