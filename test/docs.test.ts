// docs/language.md stays in step with the compiler: every table entry is documented (and nothing stale is), the
// grammar names every parser rule, and every ```model example checks as the document claims.
import { readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parser } from '../grammar/parser.js';
import { keywords } from '../grammar/tokens.js';
import { type ArgSpec, initializerNames, initializerSchemas, scheduleSchemas } from '../compiler/check/args.js';
import { functions } from '../compiler/check/functions.js';
import { activations, layers } from '../compiler/check/layers.js';
import { losses, metrics, optimizers, trainSettings } from '../compiler/check/training.js';
import type { ArgValue } from '../compiler/check/types.js';
import { checkSource } from '../compiler/compile.js';
import { codes } from '../core/codes.js';
import { SourceFile } from '../core/diagnostic.js';
import { renderDiagnostics } from '../compiler/diagnostics/render.js';
import { renderSummary, summarize } from '../compiler/summary.js';

const doc = readFileSync(new URL('../../docs/language.md', import.meta.url), 'utf8');
const lines = doc.split('\n');

// ------------------------------------------------------------------ reading the document

/** Whether each line is inside a fenced code block (fence lines included). */
const fenced: boolean[] = [];
{
  let inside = false;
  for (const l of lines) {
    const fence = /^```/.test(l);
    fenced.push(inside || fence);
    if (fence) inside = !inside;
  }
}

interface Heading {
  line: number;
  level: number;
  title: string;
}

/** Headings outside code, with their titles stripped of section numbers and backticks: `### 9.2 Layers` -> `Layers`. */
const headings: Heading[] = lines.flatMap((l, i) => {
  const m = /^(#{1,6})\s+(.*)$/.exec(l);
  if (!m || fenced[i]) return [];
  return [{ line: i, level: m[1].length, title: m[2].replace(/`/g, '').replace(/^\d+(\.\d+)*\.?\s+/, '').trim() }];
});

/** The lines of a section, found by a path of heading titles, each looked up inside the previous one. */
function section(...path: string[]): { text: string; from: number; to: number } {
  let from = 0;
  let to = lines.length;
  for (const title of path) {
    const h = headings.find((x) => x.line >= from && x.line < to && x.title === title);
    if (!h) throw new Error(`docs/language.md has no heading "${title}" in section ${path.slice(0, path.indexOf(title)).join(' > ') || '(top)'}`);
    const next = headings.find((x) => x.line > h.line && x.level <= h.level);
    from = h.line + 1;
    to = Math.min(to, next ? next.line : lines.length);
  }
  return { text: lines.slice(from, to).join('\n'), from, to };
}

/** The headings directly below a section's heading. */
function subheadings(...path: string[]): string[] {
  const { from, to } = section(...path);
  const inner = headings.filter((h) => h.line >= from && h.line < to);
  const top = Math.min(...inner.map((h) => h.level));
  return inner.filter((h) => h.level === top).map((h) => h.title);
}

/** Table rows of a text as cells (header and separator rows included; `\|` does not split). */
function rows(text: string): string[][] {
  return text
    .split('\n')
    .filter((l) => l.startsWith('|'))
    .map((l) =>
      l
        .slice(1, l.trimEnd().endsWith('|') ? l.trimEnd().length - 1 : undefined)
        .split(/(?<!\\)\|/)
        .map((c) => c.trim()),
    );
}

const bare = (cell: string) => cell.replace(/`/g, '').trim();

/** The table row whose first cell is `name` (backticks ignored). */
function row(text: string, name: string): string[] | undefined {
  return rows(text).find((r) => bare(r[0]) === name);
}

/** The first cells of a section's table rows, without the header and separator rows. */
function firstCells(text: string): string[] {
  return rows(text)
    .filter((r) => !/^:?-+:?$/.test(r[0]))
    .map((r) => bare(r[0]));
}

/** How an argument's default must read in the document; undefined when the table's default is internal (a sentinel). */
function defaultTexts(v: ArgValue | undefined): string[] | undefined {
  if (v === undefined) return ['required'];
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') return [String(v)];
  if (Array.isArray(v)) {
    if (v.some((n) => typeof n === 'number' && n < 1)) return undefined;
    const list = `[${v.join(', ')}]`;
    return v.every((n) => n === v[0]) ? [String(v[0]), list] : [list];
  }
  if ('args' in v) {
    const args = Object.entries(v.args);
    return [args.length ? `${v.kind}(${args.map(([k, x]) => `${k}=${x}`).join(', ')})` : v.kind];
  }
  if (v.kind === 'constant') return [String(v.lr)];
  return undefined;
}

/** Checks an argument table (`| Argument | Type | Default | Meaning |`) against a schema, both ways. */
function checkArgTable(where: string, text: string, args: readonly ArgSpec[]): void {
  const documented = firstCells(text).filter((c) => c !== 'Argument');
  assert.equal([...documented].sort(), args.map((a) => a.name).sort(), `${where}: the argument table lists other arguments than the compiler's`);
  for (const a of args) {
    const r = row(text, a.name)!;
    const expected = defaultTexts(a.default);
    if (expected) assert.ok(expected.includes(bare(r[2] ?? '')), `${where}: the default of \`${a.name}\` should read ${expected.join(' or ')}, not "${r[2]}"`);
    if (a.type.t === 'choice') for (const o of a.type.options) assert.ok(text.includes(`\`${o}\``) || section('Reference', 'Layers').text.includes(`\`${o}\``), `${where}: option ${o} of ${a.name} is not mentioned`);
  }
}

/** Checks an "Arguments" cell such as "`axis`: int, default `-1`; `keepdims`: flag, default `false`" against a schema. */
function checkArgCell(where: string, cell: string, args: readonly ArgSpec[]): void {
  if (args.length === 0) {
    assert.is(cell, 'none', `${where} takes no arguments, so its row should say none`);
    return;
  }
  const parts = cell.split(';').map((p) => p.trim());
  assert.equal(parts.map((p) => /^`(\w+)`/.exec(p)?.[1]).sort(), args.map((a) => a.name).sort(), `${where}: the arguments listed differ from the compiler's`);
  for (const a of args) {
    const part = parts.find((p) => p.startsWith(`\`${a.name}\``))!;
    const expected = defaultTexts(a.default);
    if (!expected) continue;
    const ok = expected[0] === 'required' ? part.includes('required') : expected.some((e) => part.includes(`default \`${e}\``));
    assert.ok(ok, `${where}: \`${a.name}\` should be documented with ${expected[0] === 'required' ? 'required' : `default \`${expected[0]}\``}: "${part}"`);
  }
}

// ------------------------------------------------------------------ tables of the compiler vs the reference

test('every layer has a section with its arguments and defaults, and no other layer is documented', () => {
  assert.equal(subheadings('Reference', 'Layers').sort(), Object.keys(layers).sort());
  const overview = section('Reference', 'Layers').text;
  for (const [kind, rule] of Object.entries(layers)) {
    assert.ok(row(overview, kind), `the layer overview table has no row for ${kind}`);
    const text = section('Reference', 'Layers', kind).text;
    if (rule.args.length === 0) assert.ok(/no arguments/.test(text), `${kind} takes no arguments; its section should say so`);
    else checkArgTable(kind, text, rule.args);
  }
  for (const a of activations) assert.ok(overview.includes(`\`${a}\``), `activation ${a} is not documented`);
});

test('every function is documented with its arguments', () => {
  const text = section('Reference', 'Functions').text;
  assert.equal(firstCells(text).filter((c) => c !== 'Function').sort(), Object.keys(functions).sort());
  for (const [name, rule] of Object.entries(functions)) checkArgCell(`function ${name}`, row(text, name)![1], rule.args);
});

test('every initializer and alias is documented with its arguments', () => {
  const text = section('Reference', 'Initializers').text;
  const kinds = Object.keys(initializerSchemas);
  assert.equal(firstCells(text).filter((c) => c !== 'Initializer').sort(), [...kinds].sort());
  for (const kind of kinds) checkArgCell(`initializer ${kind}`, row(text, kind)![1], initializerSchemas[kind as keyof typeof initializerSchemas]);
  for (const name of initializerNames) assert.ok(text.includes(`\`${name}\``), `initializer name ${name} is not mentioned`);
});

test('every loss, optimizer and schedule has a section with its arguments and defaults', () => {
  const groups: [string, Record<string, { args: ArgSpec[] }>][] = [
    ['Losses', losses],
    ['Optimizers', optimizers],
    ['Learning-rate schedules', Object.fromEntries(Object.entries(scheduleSchemas).map(([k, args]) => [k, { args }]))],
  ];
  for (const [title, table] of groups) {
    assert.equal(subheadings('Reference', title).sort(), Object.keys(table).sort(), `${title}: the documented names differ from the compiler's`);
    for (const [name, rule] of Object.entries(table)) checkArgTable(`${title} > ${name}`, section('Reference', title, name).text, rule.args);
  }
});

test('every metric is documented with its arguments', () => {
  const text = section('Reference', 'Metrics').text;
  assert.equal(firstCells(text).filter((c) => c !== 'Metric').sort(), Object.keys(metrics).sort());
  for (const [name, rule] of Object.entries(metrics)) {
    const r = row(text, name)!;
    checkArgCell(`metric ${name}`, r[1], rule.args);
    assert.is(r[2], rule.needs === 'classification' ? 'classification loss' : 'any loss', `metric ${name}: the Needs column is wrong`);
  }
});

test('every train setting is documented with its default', () => {
  const text = section('Reference', 'Train settings').text;
  assert.equal(firstCells(text).filter((c) => c !== 'Setting').sort(), trainSettings.map((s) => s.name).sort());
  for (const s of trainSettings) assert.is(bare(row(text, s.name)![2]), defaultTexts(s.default)![0], `the default of train setting ${s.name}`);
});

test('every diagnostic code is in the code table with its title', () => {
  const text = section('Checks and diagnostics', 'Diagnostic codes').text;
  assert.equal(firstCells(text).filter((c) => c !== 'Code').sort(), Object.keys(codes).sort());
  for (const [code, info] of Object.entries(codes)) {
    const r = row(text, code)!;
    assert.is(r[1], info.title, `the title of ${code}`);
    assert.ok((r[2] ?? '').length > 10, `${code} needs a one-line meaning`);
  }
});

test('the EBNF defines exactly the parser rules and uses every keyword', () => {
  const m = /```ebnf\n([\s\S]*?)```/.exec(doc);
  assert.ok(m, 'docs/language.md has no ```ebnf block');
  const ebnf = m![1];
  const defined = [...ebnf.matchAll(/^(\w+)\s*=/gm)].map((x) => x[1]);
  assert.equal([...defined].sort(), Object.keys(parser.getGAstProductions()).sort());
  for (const k of keywords) assert.ok(ebnf.includes(`"${k}"`), `keyword ${k} does not appear in the grammar`);
});

// ------------------------------------------------------------------ the examples

interface Example {
  tag: 'model' | 'model-error';
  codes: string[];
  file?: string;
  text: string;
  line: number;
  /** The next code block when it is untagged: the printed output of `file`. */
  next?: string;
}

function examples(): Example[] {
  const out: Example[] = [];
  const blocks = [...doc.matchAll(/^```([^\n]*)\n([\s\S]*?)^```$/gm)];
  blocks.forEach((b, i) => {
    const [tag, ...rest] = b[1].trim().split(/\s+/);
    if (tag !== 'model' && tag !== 'model-error') return;
    const file = rest.find((w) => w.endsWith('.model'));
    const following = blocks[i + 1];
    out.push({
      tag,
      codes: rest.filter((w) => /^[EW]\d{4}$/.test(w)),
      file,
      text: b[2],
      line: doc.slice(0, b.index).split('\n').length,
      next: file && following && following[1].trim() === '' ? following[2] : undefined,
    });
  });
  return out;
}

test('the document has examples of both kinds', () => {
  const all = examples();
  assert.ok(all.filter((e) => e.tag === 'model').length >= 10, 'expected at least 10 ```model examples');
  assert.ok(all.filter((e) => e.tag === 'model-error').length >= 5, 'expected at least 5 ```model-error examples');
});

for (const ex of examples()) {
  test(`the ${ex.tag} example at docs/language.md:${ex.line} checks as claimed`, () => {
    const file = new SourceFile(ex.file ?? 'doc.model', ex.text);
    const r = checkSource(file);
    const errors = r.diagnostics.filter((d) => d.severity === 'error');
    const shown = renderDiagnostics(file, r.diagnostics);
    if (ex.tag === 'model') {
      assert.is(errors.length, 0, `this example should check without errors:\n${shown}`);
      assert.ok(r.model, 'a clean example gives a model');
    } else {
      assert.ok(errors.length > 0, 'this example should produce an error, but it checks clean');
    }
    for (const code of ex.codes) assert.ok(r.diagnostics.some((d) => d.code === code), `expected ${code}, got:\n${shown}`);
    if (ex.file) {
      assert.ok(ex.next !== undefined, `the example named ${ex.file} should be followed by an untagged block with its output`);
      const printed: string[] = [];
      if (r.diagnostics.length) printed.push(renderDiagnostics(file, r.diagnostics, { color: false }));
      if (r.model) printed.push(renderSummary(summarize(r.model, file), file));
      assert.fixture(ex.next!.trimEnd(), printed.join('\n').trimEnd(), `the output shown after the ${ex.file} example is out of date`);
    }
  });
}

test.run();
