// Takes the front end (checkSource, the renderers, the code table); gives the fuzz test its seeded PRNG, regex tokeniser,
// mutators, invariant checker (with a hard timeout for hangs), failure collector and test-case minimiser.
import vm from 'node:vm';
import { checkSource } from '../../compiler/compile.js';
import type { CheckOptions } from '../../compiler/check/check.js';
import { SourceFile, type Diagnostic } from '../../core/diagnostic.js';
import { codes } from '../../core/codes.js';
import { diagnosticsToJson, renderDiagnostics } from '../../compiler/diagnostics/render.js';

// ---------------------------------------------------------------------------------------------------------------
// Seeded randomness

/** mulberry32: a tiny, fast, well-mixed 32-bit PRNG; the same seed always gives the same stream. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mixes a base seed and an index into an independent seed, so one iteration can be replayed on its own. */
export function deriveSeed(seed: number, index: number): number {
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

export class Rng {
  private readonly next: () => number;
  constructor(readonly seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  /** An integer in [lo, hi]. */
  range(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)];
  }
  /** Picks a key of a weight table with probability proportional to its weight. */
  weighted<K extends string>(table: Record<K, number>): K {
    const entries = Object.entries(table) as [K, number][];
    let r = this.next() * entries.reduce((s, [, w]) => s + w, 0);
    for (const [k, w] of entries) if ((r -= w) < 0) return k;
    return entries[entries.length - 1][0];
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Tokenising (a plain regex, independent of the compiler's lexer)

export interface Tok {
  start: number;
  end: number;
  text: string;
}

/** Comments, strings (also unterminated ones), names, numbers, and any other single non-space character. */
const TOKEN_RE = /\/\/[^\n]*|"[^"\n]*"?|[A-Za-z_][A-Za-z0-9_]*|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|\S/g;

export function tokenize(text: string): Tok[] {
  const out: Tok[] = [];
  for (const m of text.matchAll(TOKEN_RE)) out.push({ start: m.index!, end: m.index! + m[0].length, text: m[0] });
  return out;
}

/** The language's keywords and punctuation, plus tokens that tend to reach edge cases in the checker. */
export const KEYWORDS = ['model', 'const', 'dim', 'input', 'target', 'output', 'block', 'return', 'repeat', 'loss', 'optimizer', 'metrics', 'train', 'true', 'false'];
export const PUNCTUATION = ['(', ')', '[', ']', '{', '}', ',', ':', '=', '+', '-', '*', '/', '%', '//', '"', '.', ';', '$', '#', '@', '\\', '\n', '\r\n', '\t', '...'];
export const EDGE_TOKENS = [
  '0', '1', '-1', '0.0', '1.5', '1e9', '1e308', '1e999', '2147483648', '99999999999999999999', '.5', '5.', '1e-400', '00',
  '""', '"x"', '"x', 'batch', 'f32', 'f16', 'i32', 'u32', 'bool', 'Dense', 'Conv2D', 'Embedding', 'LayerNorm', 'relu', 'x',
  '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'NaN', 'Infinity', 'undefined', 'null',
  // Indexing and slicing: `x[:, 0]`, `x[..., -1]`, steps and open ends.
  '[:, 0]', '[..., -1]', '[:, 1:-1:2]', '[:, ::0]', '[0]',
];

// ---------------------------------------------------------------------------------------------------------------
// Random bytes

const INTERESTING_CHARS = [
  '\0', '\x01', '\x07', '\b', '\t', '\n', '\v', '\f', '\r', '\x1b', '\x7f', '\x80', '\x85', '\xa0', '\xad', '\xff',
  '\u00e9', '\u0301', '\u200b', '\u200d', '\u2028', '\u2029', '\u202e', '\u3000', '\ufeff', '\ufffd', '\uffff',
  '\ud800', '\udbff', '\udc00', '\udfff', '\ud83d\ude00', '\ud834\udd1e', '\u4e2d', '\u0431',
];

/** One random "byte": mostly ASCII, but also controls, NUL, non-ASCII, lone surrogates and astral characters. */
export function randomChar(rng: Rng): string {
  switch (rng.int(6)) {
    case 0:
      return String.fromCharCode(rng.range(0, 31)); // controls, NUL included
    case 1:
      return String.fromCharCode(rng.range(32, 126)); // printable ASCII
    case 2:
      return String.fromCharCode(rng.range(128, 255)); // Latin-1 upper half
    case 3:
      return rng.pick(INTERESTING_CHARS);
    case 4:
      return String.fromCharCode(rng.range(0xd800, 0xdfff)); // lone surrogate
    default:
      return String.fromCharCode(rng.range(0, 0xffff)); // any BMP code unit
  }
}

export function randomBytes(rng: Rng, n: number): string {
  const parts: string[] = [];
  for (let i = 0; i < n; i++) parts.push(randomChar(rng));
  return parts.join('');
}

// ---------------------------------------------------------------------------------------------------------------
// Mutators: each takes a text and returns a changed text plus a short description of what it did

export interface Mutation {
  text: string;
  what: string;
}
type Mutator = (text: string, rng: Rng, pool: readonly string[]) => Mutation;

function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}

function randomToken(rng: Rng, pool: readonly string[]): string {
  const r = rng.int(10);
  if (r < 6) return rng.pick(pool);
  if (r < 8) return rng.pick(KEYWORDS);
  if (r < 9) return rng.pick(PUNCTUATION);
  return rng.pick(EDGE_TOKENS);
}

/** Splits keeping line terminators, so join('') restores the text exactly. */
export function lines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

const show = (s: string) => JSON.stringify(s.length > 24 ? s.slice(0, 24) + '…' : s);

export const mutators: Record<string, Mutator> = {
  deleteToken(text, rng) {
    const ts = tokenize(text);
    if (ts.length === 0) return { text, what: 'deleteToken(none)' };
    const t = rng.pick(ts);
    return { text: splice(text, t.start, t.end, ''), what: `deleteToken@${t.start} ${show(t.text)}` };
  },
  duplicateToken(text, rng) {
    const ts = tokenize(text);
    if (ts.length === 0) return { text, what: 'duplicateToken(none)' };
    const t = rng.pick(ts);
    const sep = rng.chance(0.5) ? ' ' : '';
    return { text: splice(text, t.end, t.end, sep + t.text), what: `duplicateToken@${t.start} ${show(t.text)}` };
  },
  swapTokens(text, rng) {
    const ts = tokenize(text);
    if (ts.length < 2) return { text, what: 'swapTokens(none)' };
    let a = rng.pick(ts);
    let b = rng.chance(0.5) ? ts[Math.min(ts.length - 1, ts.indexOf(a) + rng.range(1, 4))] : rng.pick(ts);
    if (a === b) return { text, what: 'swapTokens(same)' };
    if (a.start > b.start) [a, b] = [b, a];
    const out = text.slice(0, a.start) + b.text + text.slice(a.end, b.start) + a.text + text.slice(b.end);
    return { text: out, what: `swapTokens@${a.start},${b.start} ${show(a.text)}<->${show(b.text)}` };
  },
  replaceToken(text, rng, pool) {
    const ts = tokenize(text);
    if (ts.length === 0) return { text, what: 'replaceToken(none)' };
    const t = rng.pick(ts);
    const r = randomToken(rng, pool);
    return { text: splice(text, t.start, t.end, r), what: `replaceToken@${t.start} ${show(t.text)}->${show(r)}` };
  },
  insertToken(text, rng, pool) {
    const ts = tokenize(text);
    const at = ts.length === 0 ? 0 : rng.chance(0.5) ? rng.pick(ts).start : rng.pick(ts).end;
    const r = randomToken(rng, pool);
    return { text: splice(text, at, at, rng.chance(0.5) ? ` ${r} ` : r), what: `insertToken@${at} ${show(r)}` };
  },
  insertBytes(text, rng) {
    const at = rng.int(text.length + 1);
    const bytes = randomBytes(rng, rng.range(1, 8));
    return { text: splice(text, at, at, bytes), what: `insertBytes@${at} ${show(bytes)}` };
  },
  truncate(text, rng) {
    let at: number;
    if (rng.chance(0.5)) {
      // cut right after an opener, so brackets, blocks, argument lists and strings stay open at EOF
      const openers = tokenize(text).filter((t) => /^[([{"=,:]/.test(t.text));
      const t = openers.length ? rng.pick(openers) : undefined;
      // a string token is cut inside its quotes; any other opener just after it
      at = !t ? rng.int(text.length + 1) : t.text.startsWith('"') ? t.start + 1 + rng.int(Math.max(1, t.text.length - 1)) : t.end;
    } else at = rng.int(text.length + 1);
    const extra = rng.chance(0.2) ? rng.pick(['"', '"abc', '(', '[', '{', 'block B()(x) {', '//']) : '';
    return { text: text.slice(0, at) + extra, what: `truncate@${at}${extra ? '+' + show(extra) : ''}` };
  },
  deleteLine(text, rng) {
    const ls = lines(text);
    if (ls.length === 0) return { text, what: 'deleteLine(none)' };
    const i = rng.int(ls.length);
    ls.splice(i, 1);
    return { text: ls.join(''), what: `deleteLine#${i + 1}` };
  },
  duplicateLine(text, rng) {
    const ls = lines(text);
    if (ls.length === 0) return { text, what: 'duplicateLine(none)' };
    const i = rng.int(ls.length);
    const l = ls[i].endsWith('\n') ? ls[i] : ls[i] + '\n';
    ls.splice(i, 0, l);
    return { text: ls.join(''), what: `duplicateLine#${i + 1}` };
  },
  swapLines(text, rng) {
    const ls = lines(text);
    if (ls.length < 2) return { text, what: 'swapLines(none)' };
    const i = rng.int(ls.length);
    const j = rng.int(ls.length);
    const last = ls.length - 1;
    const body = (k: number) => ls[k].replace(/\n$/, '');
    const li = body(i);
    const lj = body(j);
    ls[i] = lj + (i === last && !text.endsWith('\n') ? '' : '\n');
    ls[j] = li + (j === last && !text.endsWith('\n') ? '' : '\n');
    return { text: ls.join(''), what: `swapLines#${i + 1},${j + 1}` };
  },
};

export const MUTATOR_WEIGHTS: Record<string, number> = {
  deleteToken: 3,
  duplicateToken: 2,
  swapTokens: 2,
  replaceToken: 4,
  insertToken: 1,
  insertBytes: 2,
  truncate: 2,
  deleteLine: 2,
  duplicateLine: 2,
  swapLines: 2,
};

// ---------------------------------------------------------------------------------------------------------------
// The invariants

/** Any single checkSource call over this is a failure. */
export const CALL_LIMIT_MS = 2000;

/** A call still running after this long is interrupted and reported as a hang (set with setHangLimit). */
let hangLimitMs = 3000;
export function setHangLimit(ms: number): void {
  hangLimitMs = Math.max(CALL_LIMIT_MS, ms);
}

// A synchronous infinite loop cannot be stopped from the same thread, except by V8's execution termination, which
// node:vm arms for a script run with a timeout; it also stops functions from outside the context that the script calls.
const timeoutContext = vm.createContext({ run: undefined as undefined | (() => unknown) });
const timeoutScript = new vm.Script('run()', { filename: 'fuzz-timeout.js' });

/** Calls fn in this thread; throws ERR_SCRIPT_EXECUTION_TIMEOUT if it runs longer than ms. */
export function withTimeout<T>(fn: () => T, ms: number): T {
  timeoutContext.run = fn;
  try {
    return timeoutScript.runInContext(timeoutContext, { timeout: ms }) as T;
  } finally {
    timeoutContext.run = undefined;
  }
}

/**
 * A stopwatch for one call: the smaller of its wall time and the process's CPU time. On a loaded machine the wall time
 * counts other processes' turns; with parallel GC the CPU time counts helper threads; the call's own work is under both.
 */
export function stopwatch(): () => number {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  return () => {
    const c = process.cpuUsage(c0);
    return Math.min(performance.now() - t0, (c.user + c.system) / 1000);
  };
}

/** Whether withTimeout interrupted the call. */
export const isTimeout = (e: unknown) => (e as { code?: unknown } | null)?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT';

export interface Problem {
  /** Groups problems that are (probably) the same bug, independent of the input. */
  signature: string;
  detail: string;
  stack?: string;
}

export interface Expectation {
  /** true: at least one error required; false: a model and no errors required; undefined: only the invariants. */
  error?: boolean;
}

export interface Inspection {
  problems: Problem[];
  ms: number;
  diagnostics?: Diagnostic[];
  hasModel?: boolean;
}

const knownCodes = new Set(Object.keys(codes));

/** Normalises a message for grouping: quoted text and numbers vary with the input, the shape of the message does not. */
export function messageShape(m: string): string {
  return m
    .replace(/`[^`]*`/g, '`…`')
    .replace(/"(?:[^"\\]|\\.)*"/g, '"…"')
    .replace(/'[^']*'/g, "'…'")
    .replace(/\d+/g, 'N')
    .slice(0, 80);
}

/** The first frame of the stack that is in mdlc itself (dist/core, dist/grammar, dist/compiler or dist/node), as file:line. */
export function projectFrame(stack: string | undefined): string {
  for (const l of (stack ?? '').split('\n').slice(1)) {
    const m = /\/dist[^/]*\/((?:core|grammar|compiler|runtime|node)\/[^:)]+):(\d+)/.exec(l);
    if (m) return `${m[1]}:${m[2]}`;
  }
  for (const l of (stack ?? '').split('\n').slice(1)) {
    const m = /node_modules\/([^/]+)\//.exec(l);
    if (m) return m[1];
  }
  return '?';
}

/**
 * Where a stack overflow recursed: the functions on the (captured) top of the stack, mdlc's own if any are there,
 * else the dependency's. The overflow point moves around inside a recursion cycle, the set of functions does not.
 */
export function recursionCycle(stack: string | undefined): string {
  const own = new Set<string>();
  const deps = new Set<string>();
  for (const l of (stack ?? '').split('\n').slice(1)) {
    const m = /at (?:new )?(\S+) \((?:file:\/\/)?([^)]*?):\d+:\d+\)/.exec(l);
    if (!m) continue;
    const [, fn, file] = m;
    const mine = /\/dist[^/]*\/((?:core|grammar|compiler|runtime|node)\/.+)$/.exec(file);
    if (mine) own.add(`${fn} (${mine[1]})`);
    else {
      const dep = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file);
      if (dep) deps.add(`${fn} (${dep[1]})`);
    }
  }
  const names = [...(own.size ? own : deps)].sort();
  return names.length ? names.slice(0, 6).join(', ') + (names.length > 6 ? ', …' : '') : '?';
}

/** Why a span does not lie inside a text of length len, or undefined when it does. */
export function spanProblem(span: unknown, len: number): string | undefined {
  if (!span || typeof span !== 'object') return 'missing span';
  const { start, end } = span as { start: unknown; end: unknown };
  if (!Number.isInteger(start) || !Number.isInteger(end)) return `non-integer span {start: ${String(start)}, end: ${String(end)}}`;
  const s = start as number;
  const e = end as number;
  if (s < 0) return `start ${s} < 0`;
  if (s > e) return `start ${s} > end ${e}`;
  if (e > len) return `end ${e} > text.length ${len}`;
  return undefined;
}

/** The `Name: message` head and the stack of anything thrown. */
export function errorText(e: unknown): { head: string; stack: string } {
  if (e instanceof Error) return { head: `${e.name}: ${e.message}`, stack: e.stack ?? String(e) };
  return { head: `non-Error thrown: ${String(e)}`, stack: String(e) };
}

/** Runs the front end on one input and returns every broken invariant (an empty list when all hold). */
export function inspect(text: string, options: CheckOptions = {}, expect: Expectation = {}): Inspection {
  const problems: Problem[] = [];
  const file = new SourceFile('fuzz.model', text);
  let result: ReturnType<typeof checkSource>;
  const elapsed = stopwatch();
  const traceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 60; // enough frames to see a whole recursion cycle in a stack overflow
  try {
    result = withTimeout(() => checkSource(file, options), hangLimitMs);
  } catch (e) {
    const ms = elapsed();
    if (isTimeout(e)) {
      problems.push({
        signature: 'hang: checkSource interrupted (no result within the hang limit)',
        detail: `checkSource had not returned after ${ms.toFixed(0)} ms (limit ${CALL_LIMIT_MS} ms; interrupted at ${hangLimitMs} ms) on ${text.length} chars`,
      });
      return { problems, ms };
    }
    const { head, stack } = errorText(e);
    const overflow = /Maximum call stack size exceeded/.test(head);
    problems.push({
      signature: overflow ? `throws ${head} in ${recursionCycle(stack)}` : `throws ${head.split('\n')[0].slice(0, 60)} @ ${projectFrame(stack)}`,
      detail: `checkSource threw after ${ms.toFixed(0)} ms: ${head.slice(0, 500)}`,
      stack,
    });
    return { problems, ms };
  } finally {
    Error.stackTraceLimit = traceLimit;
  }
  const ms = elapsed();
  if (ms > CALL_LIMIT_MS) problems.push({ signature: 'slow: checkSource over the time limit', detail: `checkSource took ${ms.toFixed(0)} ms (limit ${CALL_LIMIT_MS} ms) on ${text.length} chars` });

  const ds = result.diagnostics;
  if (!Array.isArray(ds)) {
    problems.push({ signature: 'diagnostics is not an array', detail: `diagnostics = ${String(ds)}` });
    return { problems, ms };
  }
  for (const d of ds) {
    const where = `${d.code} "${String(d.message).slice(0, 120)}"`;
    const sp = spanProblem(d.span, text.length);
    if (sp) problems.push({ signature: `bad span: ${d.code} ${messageShape(String(d.message))}`, detail: `${where}: span ${JSON.stringify(d.span)}: ${sp}` });
    for (const n of d.notes ?? []) {
      if (n.span === undefined) continue;
      const np = spanProblem(n.span, text.length);
      if (np) problems.push({ signature: `bad note span: ${d.code} note ${messageShape(String(n.message))}`, detail: `${where}, note "${n.message}": span ${JSON.stringify(n.span)}: ${np}` });
    }
    if (!knownCodes.has(d.code)) problems.push({ signature: `unknown code ${String(d.code)}`, detail: `${where}: code is not a key of codes` });
    if (d.code === 'E0999') problems.push({ signature: `internal compiler error diagnostic: ${messageShape(String(d.message))}`, detail: where });
    if (d.severity !== 'error' && d.severity !== 'warning') problems.push({ signature: `bad severity ${String(d.severity)}`, detail: where });
  }
  const errors = ds.filter((d) => d.severity === 'error');
  if (!result.model && errors.length === 0) {
    problems.push({
      signature: 'silent failure: no model and no error',
      detail: `no model, ${ds.length} diagnostics, none an error: ${ds.map((d) => d.code).join(', ') || '(none)'}`,
    });
  }
  if (result.model && errors.length > 0) {
    problems.push({ signature: `model returned with errors: ${errors[0].code}`, detail: `a model came back with ${errors.length} errors: ${errors.map((d) => d.code).join(', ')}` });
  }
  if (expect.error === true && errors.length === 0) {
    problems.push({ signature: 'invalid input accepted: no error reported', detail: `expected at least one error; got ${ds.length} diagnostics (${ds.map((d) => d.code).join(', ') || 'none'}), model ${result.model ? 'present' : 'absent'}` });
  }
  if (expect.error === false && (!result.model || errors.length > 0)) {
    problems.push({
      signature: `valid input rejected: ${errors[0]?.code ?? 'no model'}`,
      detail: `expected a model; got ${errors.length} errors: ${errors.slice(0, 5).map((d) => `${d.code} ${d.message} @${d.span.start}`).join('; ')}`,
    });
  }
  for (const [name, render] of [
    ['renderDiagnostics', () => renderDiagnostics(file, ds)],
    ['renderDiagnostics(color)', () => renderDiagnostics(file, ds, { color: true })],
    ['diagnosticsToJson', () => JSON.stringify(diagnosticsToJson(file, ds))],
  ] as const) {
    try {
      const out = render();
      if (typeof out !== 'string') problems.push({ signature: `${name} returned a non-string`, detail: typeof out });
    } catch (e) {
      const { head, stack } = errorText(e);
      problems.push({ signature: `${name} throws ${head.split('\n')[0].slice(0, 60)} @ ${projectFrame(stack)}`, detail: `${name} threw: ${head.slice(0, 500)}`, stack });
    }
  }
  return { problems, ms, diagnostics: ds, hasModel: !!result.model };
}

// ---------------------------------------------------------------------------------------------------------------
// Minimising a failing input (delta debugging over lines, then tokens, then characters)

/** Pieces of a text whose concatenation is the text: lines, tokens (with their leading space), or characters. */
function pieces(text: string, level: 'lines' | 'tokens' | 'chars'): string[] {
  if (level === 'lines') return lines(text);
  if (level === 'tokens') return text.match(/\s*(?:\/\/[^\n]*|"[^"\n]*"?|[A-Za-z_][A-Za-z0-9_]*|\d[\w.]*|[\s\S])/g) ?? [];
  return Array.from(text);
}

/**
 * Shrinks `text` while `stillFails` holds, within a budget of calls and time. Slow failures are not minimised
 * (every try would take seconds).
 */
export function minimise(text: string, stillFails: (t: string) => boolean, budget = { calls: 600, ms: 3000 }): string {
  const t0 = performance.now();
  let calls = 0;
  const over = () => calls >= budget.calls || performance.now() - t0 > budget.ms;
  let best = text;
  for (const level of ['lines', 'tokens', 'chars'] as const) {
    if (level === 'chars' && best.length > 300) break;
    let parts = pieces(best, level);
    let n = 2;
    while (parts.length >= 2 && !over()) {
      const chunk = Math.ceil(parts.length / n);
      let reduced = false;
      for (let i = 0; i < parts.length && !over(); i += chunk) {
        const candidate = [...parts.slice(0, i), ...parts.slice(i + chunk)];
        calls++;
        if (stillFails(candidate.join(''))) {
          parts = candidate;
          n = Math.max(n - 1, 2);
          reduced = true;
          break;
        }
      }
      if (!reduced) {
        if (n >= parts.length) break;
        n = Math.min(parts.length, n * 2);
      }
    }
    best = parts.join('');
  }
  return best;
}

// ---------------------------------------------------------------------------------------------------------------
// Collecting and reporting distinct failures

export interface Case {
  /** Where the input came from: spec, seed, iteration and mutations, or the special case's name. */
  label: string;
  text: string;
  options?: CheckOptions;
  expect?: Expectation;
  /** How to rebuild a big input in a few characters of JavaScript. */
  recipe?: string;
}

export interface Failure {
  signature: string;
  /** How many inputs hit it, in all tests so far. */
  count: number;
  first: Case;
  problem: Problem;
  minimal?: string;
}

export function shorten(text: string, max = 1500): string {
  if (text.length <= max) return text;
  const head = Math.floor(max * 0.7);
  const tail = max - head;
  return `${text.slice(0, head)}\n…[${text.length - head - tail} chars omitted]…\n${text.slice(text.length - tail)}`;
}

/**
 * A JavaScript expression that rebuilds `text` exactly, with long runs of a short unit folded into .repeat(n),
 * e.g. "const c = " + "- ".repeat(3748) + "1".
 */
export function asJsExpression(text: string): string {
  const parts: string[] = [];
  let literal = '';
  let i = 0;
  while (i < text.length) {
    let best = { unit: 1, count: 0 };
    for (let unit = 1; unit <= 12 && i + unit <= text.length; unit++) {
      let count = 1;
      while (text.startsWith(text.slice(i, i + unit), i + count * unit)) count++;
      if (count >= 4 && unit * count >= 24 && unit * count > best.unit * best.count) best = { unit, count };
    }
    if (best.count === 0) {
      literal += text[i++];
      continue;
    }
    if (literal) parts.push(JSON.stringify(literal));
    literal = '';
    parts.push(`${JSON.stringify(text.slice(i, i + best.unit))}.repeat(${best.count})`);
    i += best.unit * best.count;
  }
  if (literal || parts.length === 0) parts.push(JSON.stringify(literal));
  return parts.join(' + ');
}

export class FailureLog {
  readonly failures = new Map<string, Failure>();
  checked = 0;
  slowest = { ms: 0, label: '' };

  /**
   * Checks one case; records each new distinct problem (minimised), counts repeats; returns the signatures hit.
   * Slow calls and hangs carry no stack to tell causes apart, so they are grouped by `group` (the test's name).
   */
  run(c: Case, group: string): string[] {
    const r = inspect(c.text, c.options, c.expect);
    this.checked++;
    if (r.ms > this.slowest.ms) this.slowest = { ms: r.ms, label: c.label };
    for (const p of r.problems) if (/^(slow|hang)/.test(p.signature)) p.signature += ` in "${group}"`;
    for (const p of r.problems) {
      const seen = this.failures.get(p.signature);
      if (seen) {
        seen.count++;
        continue;
      }
      const f: Failure = { signature: p.signature, count: 1, first: c, problem: p };
      if (!/^(slow|hang)/.test(p.signature) && c.text.length <= 100_000) {
        const minimal = minimise(c.text, (t) => inspect(t, c.options, c.expect).problems.some((q) => q.signature === p.signature));
        if (minimal.length < c.text.length) f.minimal = minimal;
      }
      this.failures.set(p.signature, f);
    }
    return r.problems.map((p) => p.signature);
  }

  /** A reproduction for each failure in `signatures`: what broke, the input (and a minimised one), and the stack. */
  report(signatures: Iterable<string>, hits: ReadonlyMap<string, { count: number; labels: string[] }> = new Map()): string {
    const fs = [...new Set(signatures)].map((s) => this.failures.get(s)).filter((f): f is Failure => !!f);
    if (fs.length === 0) return '';
    const out: string[] = [`${fs.length} distinct fuzz failure${fs.length === 1 ? '' : 's'}:`];
    fs.forEach((f, i) => {
      const c = f.first;
      const here = hits.get(f.signature);
      out.push('', `── failure ${i + 1}/${fs.length}: ${f.signature}`);
      if (here) {
        out.push(`   ${here.count} input(s) in this test:`);
        for (const l of here.labels.slice(0, 8)) out.push(`     - ${l}`);
        if (here.labels.length > 8) out.push(`     - … and ${here.labels.length - 8} more`);
        if (here.labels[0] !== c.label) out.push('   (reproduced below from the first input that hit it, in an earlier test)');
      }
      out.push(`   input: ${c.label}`);
      if (c.options && Object.keys(c.options).length) out.push(`   options: ${JSON.stringify(c.options)}`);
      if (c.expect?.error !== undefined) out.push(`   expected: ${c.expect.error ? 'at least one error' : 'a model and no errors'}`);
      out.push(`   ${f.problem.detail}`);
      if (f.minimal !== undefined) out.push(`   minimised input (${f.minimal.length} chars, as JS): ${shorten(asJsExpression(f.minimal), 2000)}`);
      const asJs = c.recipe ?? (c.text.length <= 200_000 ? shorten(asJsExpression(c.text), 2000) : `${JSON.stringify(shorten(c.text, 600))} (shortened)`);
      out.push(`   input (${c.text.length} chars, as JS): ${asJs}`);
      out.push('   input text:', indent(shorten(c.text, 1200), '   | '));
      if (f.problem.stack) out.push('   stack:', indent(stackFrom(f.problem.stack), '     '));
    });
    return out.join('\n');
  }
}

/** The stack from the `Name: message` line on (Node may prefix a source excerpt), first 16 lines. */
export function stackFrom(stack: string): string {
  const ls = stack.split('\n');
  const at = ls.findIndex((l) => /^[A-Za-z]*Error\b|^\w+: /.test(l));
  return ls.slice(Math.max(0, at), Math.max(0, at) + 16).join('\n');
}

/** Every line of s prefixed with by. */
export function indent(s: string, by: string): string {
  return s
    .split('\n')
    .map((l) => by + l)
    .join('\n');
}
