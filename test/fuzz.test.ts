// Takes the shipped specs and the front end (checkSource + the diagnostic renderers); gives a deterministic fuzz test:
// thousands of seeded mutations of the specs plus hand-made pathological inputs, each checked for crashes, slow calls,
// out-of-range spans, unknown codes, silent failures and renderer crashes.
//
// Environment: FUZZ_SEED (default 0x5eed1e55), FUZZ_ITERATIONS (default 3000 mutated inputs), FUZZ_ONLY (replay one
// iteration index), FUZZ_HANG_MS (a call still running after this is interrupted and reported as a hang, default 10000:
// the issue's bound; a call over CALL_LIMIT_MS of its own time, wall and CPU, is reported as slow).
import { readdirSync, readFileSync } from 'node:fs';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { CheckOptions } from '../compiler/check/check.js';
import {
  asJsExpression,
  CALL_LIMIT_MS,
  deriveSeed,
  FailureLog,
  minimise,
  MUTATOR_WEIGHTS,
  mutators,
  randomBytes,
  Rng,
  setHangLimit,
  tokenize,
  type Case,
} from './helpers/fuzz.js';

function envInt(name: string, fallback: number): number {
  const v = process.env[name];
  if (v === undefined || v === '') return fallback;
  const n = Number(v);
  if (!Number.isFinite(n)) throw new Error(`${name}=${v} is not a number`);
  return Math.trunc(n);
}

const SEED = envInt('FUZZ_SEED', 0x5eed1e55) >>> 0;
const ITERATIONS = envInt('FUZZ_ITERATIONS', 3000);
const ONLY = process.env.FUZZ_ONLY ? envInt('FUZZ_ONLY', 0) : undefined;
const HANG_MS = envInt('FUZZ_HANG_MS', 10_000);

// dist/test/fuzz.test.js -> <repo>/specs
const specsDir = new URL('../../specs/', import.meta.url);
const specs = readdirSync(specsDir)
  .filter((f) => f.endsWith('.model'))
  .sort()
  .map((name) => ({ name, text: readFileSync(new URL(name, specsDir), 'utf8') }));

/** Every token of every shipped spec, for token replacement and insertion. */
const pool = [...new Set(specs.flatMap((s) => tokenize(s.text).map((t) => t.text)))];

const constantsOf = (text: string) => [...text.matchAll(/^\s*const\s+([A-Za-z_]\w*)/gm)].map((m) => m[1]);

const log = new FailureLog();
const t0 = performance.now();
let mutatedInputs = 0;
let mutationOps = 0;
const opCounts: Record<string, number> = {};

/**
 * Runs cases and fails the current test if any broke an invariant, printing a reproduction of every distinct failure
 * this test hit (failures already seen in an earlier test are reproduced from their first input).
 */
function runAll(cases: Iterable<Case>): void {
  const hits = new Map<string, { count: number; labels: string[] }>();
  const start = performance.now();
  let n = 0;
  const slowest = { ms: -1, label: '' };
  for (const c of cases) {
    n++;
    const t = performance.now();
    const sigs = log.run(c, group);
    const ms = performance.now() - t;
    if (ms > slowest.ms) Object.assign(slowest, { ms, label: c.label });
    for (const sig of sigs) {
      const h = hits.get(sig) ?? { count: 0, labels: [] };
      h.count++;
      h.labels.push(c.label);
      hits.set(sig, h);
    }
  }
  console.log(`  [fuzz] ${group}: ${n} inputs in ${((performance.now() - start) / 1000).toFixed(1)} s; slowest ${slowest.ms.toFixed(0)} ms (with checks): ${slowest.label.slice(0, 100)}`);
  if (hits.size > 0) {
    console.error('\n' + log.report(hits.keys(), hits) + '\n');
    assert.ok(false, `${hits.size} distinct failure(s) (seed ${SEED}; reproductions printed above):\n  - ${[...hits.keys()].join('\n  - ')}`);
  }
}

const Fuzz = suite('fuzz: front end');
/** The running test's title: slow calls and hangs are grouped by it. */
let group = '';
function fuzz(title: string, body: () => void): void {
  Fuzz(title, () => {
    group = title;
    body();
  });
}

const header = 'model m\ninput x: f32[batch, 4]\n';
const N = 10_000;

Fuzz.before(() => {
  setHangLimit(HANG_MS);
  console.log(
    `\n  [fuzz] seed ${SEED} (FUZZ_SEED=${SEED}), ${ONLY === undefined ? `${ITERATIONS} iterations` : `only iteration ${ONLY}`}, ` +
      `per-call limit ${CALL_LIMIT_MS} ms (interrupted at ${Math.max(CALL_LIMIT_MS, HANG_MS)} ms), ${specs.length} specs`,
  );
});

Fuzz.after(() => {
  const s = ((performance.now() - t0) / 1000).toFixed(1);
  const ops = Object.entries(opCounts)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  console.log(
    `\n  [fuzz] seed ${SEED}: ${mutatedInputs} mutated inputs (${mutationOps} mutations: ${ops}), ${log.checked} checkSource calls in all, ` +
      `slowest ${log.slowest.ms.toFixed(0)} ms (${log.slowest.label.slice(0, 80)}), ${s} s, ${log.failures.size} distinct failure(s)` +
      (log.failures.size ? `:\n    - ${[...log.failures.values()].map((f) => `${f.signature} (${f.count} inputs)`).join('\n    - ')}` : ''),
  );
});

fuzz('the harness itself: seeded PRNG, lossless tokens and JS reproductions, minimiser', () => {
  const a = new Rng(SEED);
  const b = new Rng(SEED);
  const xs = Array.from({ length: 5 }, () => a.int(1e9));
  assert.equal(xs, Array.from({ length: 5 }, () => b.int(1e9)), 'the same seed gives the same stream');
  for (const s of specs) {
    const ts = tokenize(s.text);
    assert.ok(ts.length > 20, `${s.name} tokenises`);
    const gaps = ts.map((t, i) => s.text.slice(i === 0 ? 0 : ts[i - 1].end, t.start)).concat(s.text.slice(ts[ts.length - 1].end));
    assert.ok(gaps.every((g) => /^\s*$/.test(g)), `${s.name}: tokens cover every non-space character`);
  }
  const rng = new Rng(SEED);
  for (const text of [specs[0].text, 'a'.repeat(100) + '"\n' + '- '.repeat(50), randomBytes(rng, 300), '', '\ud800x\0']) {
    assert.is(new Function(`return ${asJsExpression(text)}`)() as string, text, 'asJsExpression round-trips');
  }
  const failsOnZ = (t: string) => t.includes('z');
  assert.is(minimise('abc\ndef z ghi\njkl\n', failsOnZ), 'z');
});

fuzz('the shipped specs check clean (baseline for the mutations)', () => {
  assert.ok(specs.length > 0, 'no specs found in specs/');
  runAll(specs.map((s) => ({ label: `shipped ${s.name}`, text: s.text, expect: { error: false } })));
});

fuzz('seeded mutations of the shipped specs', () => {
  function* cases(): Generator<Case> {
    const indices = ONLY === undefined ? Array.from({ length: ITERATIONS }, (_, i) => i) : [ONLY];
    for (const i of indices) {
      const spec = specs[i % specs.length];
      const rng = new Rng(deriveSeed(SEED, i));
      const k = rng.weighted({ 1: 55, 2: 25, 3: 12, 5: 6, 10: 2 });
      let text = spec.text;
      const did: string[] = [];
      for (let j = 0; j < Number(k); j++) {
        const m = rng.weighted(MUTATOR_WEIGHTS);
        const r = mutators[m](text, rng, pool);
        text = r.text;
        did.push(r.what);
        opCounts[m] = (opCounts[m] ?? 0) + 1;
        mutationOps++;
      }
      const options: CheckOptions = {};
      if (rng.chance(0.1)) {
        const names = [...constantsOf(spec.text), 'nope', 'batch', '__proto__'];
        const values = ['0', '-1', '1', '3', '1e9', '1e999', '0.5', 'true', 'abc', '', ' 7 ', '-0', '99999999999999999999'];
        const overrides: Record<string, string> = {};
        for (let n = rng.range(1, 2); n > 0; n--) Object.defineProperty(overrides, rng.pick(names), { value: rng.pick(values), enumerable: true, writable: true, configurable: true });
        options.overrides = overrides;
      }
      if (rng.chance(0.25)) options.purpose = rng.pick(['check', 'train', 'inference'] as const);
      mutatedInputs++;
      yield {
        label: `seed ${SEED} iteration ${i} (replay: FUZZ_SEED=${SEED} FUZZ_ONLY=${i}) on ${spec.name}: ${did.join(' ; ')}`,
        text,
        options: Object.keys(options).length ? options : undefined,
      };
    }
  }
  runAll(cases());
});

fuzz('random bytes are rejected', () => {
  const rng = new Rng(deriveSeed(SEED, -1));
  function* cases(): Generator<Case> {
    for (let i = 0; i < 150; i++) {
      const text = randomBytes(rng, rng.chance(0.5) ? rng.range(1, 40) : rng.range(41, 2500));
      yield { label: `random bytes #${i} (seed ${SEED})`, text, expect: /model/.test(text) ? {} : { error: true } };
    }
    for (let i = 0; i < 50; i++) {
      // a valid prefix, then garbage: the garbage is reached by the parser and the checker, not just the lexer
      const spec = rng.pick(specs);
      const cut = rng.int(spec.text.length);
      yield { label: `${spec.name} cut at ${cut} + random bytes #${i} (seed ${SEED})`, text: spec.text.slice(0, cut) + randomBytes(rng, rng.range(1, 200)) };
    }
  }
  runAll(cases());
});

fuzz('empty, whitespace-only and comment-only files are rejected', () => {
  runAll([
    { label: 'empty file', text: '', expect: { error: true } },
    { label: 'only a newline', text: '\n', expect: { error: true } },
    { label: 'only whitespace', text: ' \t\r\n \n\n\t  \r\n   ', expect: { error: true } },
    { label: 'only comments', text: '// a comment\n// another\n   // indented\n//', expect: { error: true } },
    { label: 'only a comment, no newline', text: '// model m', expect: { error: true } },
    { label: 'only comments, CRLF', text: '// one\r\n// two\r\n', expect: { error: true } },
    { label: 'NUL byte only', text: '\0', expect: { error: true } },
    { label: 'BOM only', text: '\ufeff', expect: { error: true } },
    { label: 'lone surrogate only', text: '\ud800', expect: { error: true } },
  ]);
});

fuzz('other line endings: CRLF specs still check clean; CR-only and BOM do not crash', () => {
  runAll(
    specs.flatMap((s) => [
      { label: `${s.name} with CRLF line endings`, text: s.text.replace(/\n/g, '\r\n'), expect: { error: false } },
      { label: `${s.name} with CR-only line endings`, text: s.text.replace(/\n/g, '\r') },
      { label: `${s.name} with LF CR line endings`, text: s.text.replace(/\n/g, '\n\r') },
      { label: `${s.name} with a BOM`, text: '\ufeff' + s.text },
      { label: `${s.name} with no final newline`, text: s.text.replace(/\n+$/, ''), expect: { error: false } },
    ]),
  );
});

fuzz('10,000-deep nesting is rejected without crashing', () => {
  const open = (ch: string) => ch.repeat(N);
  const cases: Case[] = [];
  for (const [o, c] of [['(', ')'], ['[', ']'], ['{', '}']] as const) {
    cases.push(
      { label: `${N} x '${o}' closed, in a const`, text: `${header}const c = ${open(o)}1${open(c)}\n`, recipe: `header + 'const c = ' + '${o}'.repeat(${N}) + '1' + '${c}'.repeat(${N})`, expect: { error: true } },
      { label: `${N} x '${o}' unclosed at EOF`, text: `${header}const c = ${open(o)}`, recipe: `header + 'const c = ' + '${o}'.repeat(${N})`, expect: { error: true } },
      { label: `${N} x '${o}' as the whole file`, text: open(o), recipe: `'${o}'.repeat(${N})`, expect: { error: true } },
      { label: `${N} x '${o} ' in a call`, text: `${header}y = Dense(${`${o} `.repeat(N)}3)(x)\n`, recipe: `header + 'y = Dense(' + '${o} '.repeat(${N}) + '3)(x)'`, expect: { error: true } },
    );
  }
  cases.push(
    { label: `${N} x '[' in a shape`, text: `model m\ninput x: f32${open('[')}batch, 4${open(']')}\n`, recipe: `'model m\\ninput x: f32' + '['.repeat(${N}) + 'batch, 4' + ']'.repeat(${N})`, expect: { error: true } },
    {
      label: `block body nested ${N} braces deep`,
      text: `${header}block B()(t) ${open('{')} return t ${open('}')}\ny = B()(x)\n`,
      recipe: `header + 'block B()(t) ' + '{'.repeat(${N}) + ' return t ' + '}'.repeat(${N}) + '\\ny = B()(x)'`,
      expect: { error: true },
    },
    {
      label: `${N} nested block declarations`,
      text: `${header}${Array.from({ length: N }, (_, i) => `block B${i}()(t) {\n`).join('')}return t\n${'}\n'.repeat(N)}y = B0()(x)\n`,
      recipe: `header + Array.from({length: ${N}}, (_, i) => 'block B' + i + '()(t) {\\n').join('') + 'return t\\n' + '}\\n'.repeat(${N}) + 'y = B0()(x)'`,
      expect: { error: true },
    },
    { label: `${N} x '(' then ${N} x ')' mismatched with ']'`, text: `${header}const c = ${open('(')}1${open(']')}\n`, recipe: `header + 'const c = ' + '('.repeat(${N}) + '1' + ']'.repeat(${N})`, expect: { error: true } },
    { label: `${N} x '()' calls chained`, text: `${header}y = Dense(3)${'()'.repeat(N)}(x)\n`, recipe: `header + 'y = Dense(3)' + '()'.repeat(${N}) + '(x)'` },
    { label: `${N} x ')' unbalanced closers`, text: `${header}const c = 1${open(')')}\n`, recipe: `header + 'const c = 1' + ')'.repeat(${N})`, expect: { error: true } },
  );
  runAll(cases);
});

fuzz('long unary minus chains do not crash', () => {
  const cases: Case[] = [];
  for (const n of [200, 1000, N]) {
    cases.push(
      { label: `const c = ${n} x '- ' then 1`, text: `${header}const c = ${'- '.repeat(n)}1\n`, recipe: `header + 'const c = ' + '- '.repeat(${n}) + '1'` },
      { label: `const c = ${n} x '-' (no spaces) then 1`, text: `${header}const c = ${'-'.repeat(n)}1\n`, recipe: `header + 'const c = ' + '-'.repeat(${n}) + '1'` },
      { label: `y = ${n} x '- ' then x (a tensor)`, text: `${header}output y = ${'- '.repeat(n)}x\n`, recipe: `header + 'output y = ' + '- '.repeat(${n}) + 'x'` },
      { label: `${n} x '- ' as a layer argument`, text: `${header}y = Dense(${'- '.repeat(n)}3)(x)\n`, recipe: `header + 'y = Dense(' + '- '.repeat(${n}) + '3)(x)'` },
      { label: `${n} x '- ' with nothing after, at EOF`, text: `${header}const c = ${'- '.repeat(n)}`, recipe: `header + 'const c = ' + '- '.repeat(${n})`, expect: { error: true } },
    );
  }
  runAll(cases);
});

fuzz('long operator chains are rejected or handled, never crash', () => {
  const chain = (n: number, op: string, operand = 'a') => Array.from({ length: n }, () => operand).join(` ${op} `);
  const constHeader = `${header}const a = 1\n`;
  const B = 3000; // blocks in the block-call chain
  // nested parentheses (well inside the nesting limit), each holding a 999-operator chain (inside the chain limit) whose
  // first operand is the next level: the expression tree is 30,000 deep although each limit holds
  let nested = '1';
  for (let i = 0; i < 30; i++) nested = `(${nested} + ${chain(998, '+')})`;
  let nestedTensor = 'x';
  for (let i = 0; i < 30; i++) nestedTensor = `(${nestedTensor} + ${chain(998, '+', 'x')})`;
  runAll([
    { label: `${N}-operand a + a + ... chain`, text: `${constHeader}const c = ${chain(N, '+')}\n`, recipe: `header + 'const a = 1\\nconst c = ' + Array(${N}).fill('a').join(' + ')`, expect: { error: true } },
    { label: `${N}-operand a * a * ... chain`, text: `${constHeader}const c = ${chain(N, '*')}\n`, recipe: `header + 'const a = 1\\nconst c = ' + Array(${N}).fill('a').join(' * ')`, expect: { error: true } },
    { label: `${N}-operand x + x + ... tensor chain`, text: `${header}output y = ${chain(N, '+', 'x')}\n`, recipe: `header + 'output y = ' + Array(${N}).fill('x').join(' + ')`, expect: { error: true } },
    { label: `${N}-operand chain as a layer argument`, text: `${constHeader}y = Dense(${chain(N, '+')})(x)\n`, recipe: `header + 'const a = 1\\ny = Dense(' + Array(${N}).fill('a').join(' + ') + ')(x)'`, expect: { error: true } },
    { label: `${N}-operand chain with alternating - and %`, text: `${constHeader}const c = ${Array.from({ length: N }, (_, i) => (i % 2 ? '- a' : '% a')).join(' ')}\n`, expect: { error: true } },
    { label: '1000-operand chain (the limit)', text: `${constHeader}const c = ${chain(1000, '+')}\n`, recipe: `header + 'const a = 1\\nconst c = ' + Array(1000).fill('a').join(' + ')` },
    { label: '1001-operand chain (one over the limit)', text: `${constHeader}const c = ${chain(1001, '+')}\n`, recipe: `header + 'const a = 1\\nconst c = ' + Array(1001).fill('a').join(' + ')`, expect: { error: true } },
    { label: '1000-operand tensor chain (the limit)', text: `${header}output y = ${chain(1000, '+', 'x')}\n`, recipe: `header + 'output y = ' + Array(1000).fill('x').join(' + ')` },
    {
      label: '30 nested parens, each a 999-operator chain led by the next level (each limit holds)',
      text: `${constHeader}const c = ${nested}\n`,
      recipe: "let e = '1'; for (let i = 0; i < 30; i++) e = '(' + e + ' + ' + Array(998).fill('a').join(' + ') + ')'; header + 'const a = 1\\nconst c = ' + e",
    },
    {
      label: '30 nested parens, each a 999-operator tensor chain led by the next level (each limit holds)',
      text: `${header}output y = ${nestedTensor}\n`,
      recipe: "let e = 'x'; for (let i = 0; i < 30; i++) e = '(' + e + ' + ' + Array(998).fill('x').join(' + ') + ')'; header + 'output y = ' + e",
    },
    { label: `${N} chained calls (postfix)`, text: `${header}y = Dense(3)${'(x)'.repeat(N)}\n`, recipe: `header + 'y = Dense(3)' + '(x)'.repeat(${N})`, expect: { error: true } },
    { label: `${N} arguments`, text: `${header}y = Dense(${Array(N).fill('3').join(', ')})(x)\n`, recipe: `header + 'y = Dense(' + Array(${N}).fill('3').join(', ') + ')(x)'`, expect: { error: true } },
    { label: `${N} dimensions`, text: `model m\ninput x: f32[batch, ${Array(N).fill('2').join(', ')}]\n`, recipe: `'model m\\ninput x: f32[batch, ' + Array(${N}).fill('2').join(', ') + ']'` },
    {
      label: `${N}-deep chain of assignments y_i = y_{i-1} + x`,
      text: `${header}y0 = x\n${Array.from({ length: N }, (_, i) => `y${i + 1} = y${i} + x\n`).join('')}output out = y${N}\n`,
      recipe: `header + 'y0 = x\\n' + Array.from({length: ${N}}, (_, i) => 'y' + (i + 1) + ' = y' + i + ' + x\\n').join('') + 'output out = y${N}'`,
    },
    {
      label: `${N}-deep chain of constants c_i = c_{i-1} + 1`,
      text: `${header}const c0 = 1\n${Array.from({ length: N }, (_, i) => `const c${i + 1} = c${i} + 1\n`).join('')}y = Dense(c${N})(x)\n`,
      recipe: `header + 'const c0 = 1\\n' + Array.from({length: ${N}}, (_, i) => 'const c' + (i + 1) + ' = c' + i + ' + 1\\n').join('') + 'y = Dense(c${N})(x)'`,
    },
    {
      label: `${N}-deep chain of constants declared in reverse order`,
      text: `${header}${Array.from({ length: N }, (_, i) => `const c${N - i} = c${N - i - 1} + 1\n`).join('')}const c0 = 1\ny = Dense(c${N})(x)\n`,
      recipe: `header + Array.from({length: ${N}}, (_, i) => 'const c' + (${N} - i) + ' = c' + (${N} - i - 1) + ' + 1\\n').join('') + 'const c0 = 1\\ny = Dense(c${N})(x)'`,
    },
    {
      label: `${B}-deep chain of blocks calling the next`,
      text: `${header}${Array.from({ length: B }, (_, i) => `block B${i}()(t) { return B${i + 1}()(t) }\n`).join('')}block B${B}()(t) { return t }\noutput y = B0()(x)\n`,
      recipe: `header + Array.from({length: ${B}}, (_, i) => 'block B' + i + '()(t) { return B' + (i + 1) + '()(t) }\\n').join('') + 'block B${B}()(t) { return t }\\noutput y = B0()(x)'`,
    },
  ]);
});

fuzz('unterminated constructs at EOF are rejected', () => {
  const cases: Case[] = [
    { label: 'unterminated string at EOF', text: `${header}y = Dense(3, name="oops`, expect: { error: true } },
    { label: 'unterminated string at EOF after a newline-free file', text: `model m "`, expect: { error: true } },
    { label: 'unterminated string then newline', text: `${header}y = Dense(3, name="oops\n)(x)\n`, expect: { error: true } },
    { label: 'unterminated block at EOF', text: `${header}block B()(t) {\n  u = Dense(3)(t)\n  return u`, expect: { error: true } },
    { label: 'unterminated block header at EOF', text: `${header}block B(`, expect: { error: true } },
    { label: 'block with no body at EOF', text: `${header}block B()(t)`, expect: { error: true } },
    { label: 'unterminated call at EOF', text: `${header}y = Dense(3`, expect: { error: true } },
    { label: 'unterminated shape at EOF', text: 'model m\ninput x: f32[batch, 4', expect: { error: true } },
    { label: 'dangling = at EOF', text: `${header}y =`, expect: { error: true } },
    { label: 'dangling operator at EOF', text: `${header}const c = 1 +`, expect: { error: true } },
    { label: '`model` and nothing else', text: 'model', expect: { error: true } },
    { label: '`model m` then `input` at EOF', text: 'model m\ninput', expect: { error: true } },
    { label: 'repeat at EOF', text: `${header}y = repeat(`, expect: { error: true } },
    { label: 'loss at EOF', text: `${header}loss`, expect: { error: true } },
    { label: 'comment without newline at EOF after an open paren', text: `${header}y = Dense(3 // comment`, expect: { error: true } },
  ];
  // every shipped spec cut right after each opening bracket, '=' and ':' (something is left open at EOF)
  for (const s of specs) {
    for (const t of tokenize(s.text)) {
      if (!/^[([{=:]$/.test(t.text)) continue;
      cases.push({ label: `${s.name} truncated after ${JSON.stringify(t.text)} at offset ${t.end}`, text: s.text.slice(0, t.end), expect: { error: true } });
    }
  }
  runAll(cases);
});

fuzz('bogus --set overrides are reported, not crashed on', () => {
  const cases: Case[] = [];
  const weird = JSON.parse('{"__proto__": "3", "constructor": "1", "toString": "x", "hasOwnProperty": "2"}') as Record<string, string>;
  for (const s of specs) {
    const consts = constantsOf(s.text);
    cases.push(
      { label: `${s.name} --set nope=3 d_model=abc`, text: s.text, options: { overrides: { nope: '3', d_model: 'abc' } }, expect: { error: true } },
      { label: `${s.name} --set __proto__/constructor/toString/hasOwnProperty`, text: s.text, options: { overrides: weird }, expect: { error: true } },
      { label: `${s.name} --set batch=4`, text: s.text, options: { overrides: { batch: '4' } }, expect: { error: true } },
      { label: `${s.name} --set ''=1`, text: s.text, options: { overrides: { '': '1' } }, expect: { error: true } },
    );
    for (const name of consts) {
      for (const value of ['abc', '', ' ', '1e', '0x10', '1_000', 'NaN', 'Infinity', '--1']) {
        cases.push({ label: `${s.name} --set ${name}=${JSON.stringify(value)}`, text: s.text, options: { overrides: { [name]: value } }, expect: { error: true } });
      }
      for (const value of ['0', '-1', '-0', '0.5', '1e9', '1e308', '1e999', '1e-999', '99999999999999999999', 'true', ' 2 ']) {
        cases.push({ label: `${s.name} --set ${name}=${JSON.stringify(value)}`, text: s.text, options: { overrides: { [name]: value }, purpose: 'train' } });
      }
    }
  }
  runAll(cases);
});

fuzz('huge repeat counts are rejected or handled within the time limit', () => {
  const spec = (count: string) => `${header}target t: f32[batch, 4]\ny = repeat(${count}) Dense(4)(x)\nloss mse(y, t)\noptimizer adam()\n`;
  // (`--set layers=99999999999999999999` on char-gpt.model is among the override cases)
  runAll([
    { label: 'repeat(99999999999999999999) in the source', text: spec('99999999999999999999') },
    { label: 'repeat(2147483648) in the source', text: spec('2147483648') },
  ]);
});

fuzz('names of Object.prototype members are unknown names, not crashes', () => {
  const h = `${header}target t: f32[batch, 3]\n`;
  const tail = 'loss mse(y, t)\noptimizer adam()\n';
  const places: Record<string, [(n: string) => string, boolean | undefined]> = {
    metric: [(n) => `${h}y = Dense(3)(x)\n${tail}metrics ${n}\n`, true],
    optimizer: [(n) => `${h}y = Dense(3)(x)\nloss mse(y, t)\noptimizer ${n}()\n`, true],
    loss: [(n) => `${h}y = Dense(3)(x)\nloss ${n}(y, t)\noptimizer adam()\n`, true],
    'lr schedule': [(n) => `${h}y = Dense(3)(x)\nloss mse(y, t)\noptimizer adam(lr=${n}(1e-3))\n`, true],
    'optimizer argument': [(n) => `${h}y = Dense(3)(x)\nloss mse(y, t)\noptimizer adam(${n}=1)\n`, true],
    layer: [(n) => `${h}y = ${n}(3)(x)\n${tail}`, true],
    function: [(n) => `${h}y = ${n}(x)\n${tail}`, true],
    'layer argument': [(n) => `${h}y = Dense(3, ${n}=1)(x)\n${tail}`, true],
    activation: [(n) => `${h}y = Dense(3, activation=${n})(x)\n${tail}`, true],
    initializer: [(n) => `${h}y = Dense(3, init=${n}())(x)\n${tail}`, true],
    'train argument': [(n) => `${h}y = Dense(3)(x)\n${tail}train ${n}=1\n`, true],
    dtype: [(n) => `model m\ninput x: ${n}[batch, 4]\n`, true],
    'block argument': [(n) => `${h}block B(k)(u) { return Dense(k)(u) }\ny = B(${n}=3)(x)\n${tail}`, true],
    'tensor name': [(n) => `${h}${n} = Dense(3)(x)\ny = ${n}\n${tail}`, undefined],
    'constant name': [(n) => `${h}const ${n} = 3\ny = Dense(${n})(x)\n${tail}`, undefined],
  };
  const names = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', '__defineGetter__', '__lookupGetter__'];
  const cases: Case[] = [];
  for (const [place, [make, error]] of Object.entries(places)) {
    for (const n of names) cases.push({ label: `\`${n}\` as a ${place}`, text: make(n), expect: error === undefined ? {} : { error } });
  }
  runAll(cases);
});

fuzz('many syntax errors in one file are reported within the time limit', () => {
  const lines = (n: number, line: string) => ({
    label: `model m + ${n} x ${JSON.stringify(line)}`,
    text: 'model m\n' + line.repeat(n),
    recipe: `'model m\\n' + ${JSON.stringify(line)}.repeat(${n})`,
    expect: { error: true },
  });
  // 3,000 one-line errors is a 24 KB file; each line has its own error, so recovery has to resume 3,000 times
  runAll([lines(500, 'y = x )\n'), lines(3000, 'y = x )\n'), lines(3000, 'y = x x\n'), lines(3000, 'model m\n'), lines(3000, ')\n'), lines(3000, 'const = 1\n')]);
});

fuzz('1 MB inputs are rejected within the time limit', () => {
  const MB = 1 << 20;
  const rng = new Rng(deriveSeed(SEED, -2));
  const s = specs.find((x) => x.name === 'char-gpt.model') ?? specs[0];
  runAll([
    { label: `${s.name} repeated to 1 MB`, text: s.text.repeat(Math.ceil(MB / s.text.length)), recipe: `spec.repeat(${Math.ceil(MB / s.text.length)})`, expect: { error: true } },
    { label: '1 MB of random bytes', text: randomBytes(rng, MB), recipe: `randomBytes(${MB}) (seed ${SEED})`, expect: { error: true } },
  ]);
});

Fuzz.run();
