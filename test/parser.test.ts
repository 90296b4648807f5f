// Parser tests with expected spans marked inline: `⟦...⟧` around the text a diagnostic or node must cover.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Expr } from '../grammar/ast.js';
import { parse } from '../grammar/parse.js';

/** Strips ⟦ ⟧ markers (nestable) from a text; returns the clean text and the marked spans in the order they close. */
function marked(src: string): { text: string; spans: { start: number; end: number }[] } {
  const spans: { start: number; end: number }[] = [];
  let text = '';
  const open: number[] = [];
  for (const ch of src) {
    if (ch === '⟦') open.push(text.length);
    else if (ch === '⟧') spans.push({ start: open.pop() as number, end: text.length });
    else text += ch;
  }
  return { text, spans };
}

test('several syntax errors are reported in one run, each where it is', () => {
  const { text, spans } = marked('model m\ninput x: f32[batch, 4\n⟦y⟧ = Dense(3)(x)\nz = ⟦=⟧ 2\nw = Dense(2)(x)⟦)⟧\n');
  const r = parse(text);
  assert.equal(r.diagnostics.map((d) => ({ start: d.span.start, end: d.span.end })), spans);
  assert.ok(r.diagnostics.every((d) => d.code === 'E0102'));
  assert.match(r.diagnostics[0].message, "expected ']'");
});

test('recovery keeps the declarations around an error', () => {
  const r = parse('model m\nconst a = 1\nb = = 2\nconst c = 3\n');
  const kinds = r.spec.decls.map((d) => d.kind);
  assert.ok(kinds.filter((k) => k === 'const').length === 2, kinds.join(','));
});

test('every AST node carries the span of its text', () => {
  const { text, spans } = marked('model m\n⟦output y = ⟦⟦Dense(3, ⟦activation⟧=relu)⟧(⟦x⟧)⟧⟧\n');
  const r = parse(text);
  assert.equal(r.diagnostics, []);
  const d = r.spec.decls[0];
  assert.ok(d.kind === 'assign');
  assert.equal(d.span, spans[4]);
  const call = d.value as Extract<Expr, { kind: 'call' }>;
  assert.equal(call.span, spans[3]);
  assert.equal(call.callee.span, spans[1]);
  const cfg = call.callee as Extract<Expr, { kind: 'call' }>;
  assert.equal(cfg.args[1].name?.span, spans[0]);
  assert.equal(call.args[0].value.span, spans[2]);
});

test('operators are left-associative with * / % above + -', () => {
  const r = parse('model m\nconst c = 1 - 2 - 3 * 4 % 5\n');
  const d = r.spec.decls[0];
  assert.ok(d.kind === 'const');
  const show = (e: Expr): string => (e.kind === 'binary' ? `(${show(e.left)} ${e.op} ${show(e.right)})` : e.kind === 'number' ? String(e.value) : '?');
  assert.is(show(d.value), '((1 - 2) - ((3 * 4) % 5))');
});

test('integers and floats are told apart by their spelling', () => {
  const r = parse('model m\nconst a = 3\nconst b = 3.0\nconst c = 1e-3\n');
  const nums = r.spec.decls.map((d) => (d.kind === 'const' && d.value.kind === 'number' ? d.value.isInt : undefined));
  assert.equal(nums, [true, false, false]);
});

test('repeat, lists, strings, booleans and unary minus parse', () => {
  const r = parse('model m\ny = repeat(2) B(k=[1, 2], s="a", f=false)(-x)\n');
  assert.equal(r.diagnostics, []);
  const d = r.spec.decls[0];
  assert.ok(d.kind === 'assign' && d.value.kind === 'repeat');
});

test('indexing: calls and indexings chain in order, each item and part with its exact span', () => {
  const { text, spans } = marked('model m\ny = ⟦⟦⟦Dense(3)⟧(x)⟧[⟦:⟧, ⟦⟦1⟧:⟦-1⟧:⟦2⟧⟧, ⟦...⟧, ⟦⟦-1⟧⟧, ⟦:⟦4⟧⟧]⟧\n');
  const r = parse(text);
  assert.equal(r.diagnostics, []);
  const d = r.spec.decls[0];
  assert.ok(d.kind === 'assign' && d.value.kind === 'index');
  const ix = d.value;
  assert.equal(ix.span, spans[spans.length - 1]);
  assert.ok(ix.target.kind === 'call');
  assert.equal(ix.target.span, spans[1]);
  assert.equal(ix.target.callee.span, spans[0]);
  const [whole, sliced, ellipsis, at, upTo] = ix.items;
  assert.equal(whole, { kind: 'slice', start: undefined, stop: undefined, step: undefined, span: spans[2] });
  assert.ok(sliced.kind === 'slice' && sliced.start?.kind === 'number' && sliced.stop?.kind === 'unary' && sliced.step?.kind === 'number');
  assert.equal([sliced.start.span, sliced.stop.span, sliced.step.span, sliced.span], [spans[3], spans[4], spans[5], spans[6]]);
  assert.equal(ellipsis, { kind: 'ellipsis', span: spans[7] });
  assert.ok(at.kind === 'at');
  assert.equal([at.index.span, at.span], [spans[8], spans[9]]);
  assert.ok(upTo.kind === 'slice' && upTo.start === undefined && upTo.stop?.kind === 'number' && upTo.step === undefined);
  assert.equal([upTo.stop.span, upTo.span], [spans[10], spans[11]]);
  // An index then a call keeps its order too: f(x)[0](y) is ((f(x))[0])(y).
  const chained = parse('model m\ny = f(x)[0](y)\n').spec.decls[0];
  assert.ok(chained.kind === 'assign' && chained.value.kind === 'call' && chained.value.callee.kind === 'index' && chained.value.callee.target.kind === 'call');
});

test('bracket nesting beyond the limit is one clear error, not a stack overflow', () => {
  const r = parse('model m\nconst c = ' + '('.repeat(100_000) + '1' + ')'.repeat(100_000) + '\n');
  assert.equal(r.diagnostics.map((d) => d.code), ['E0104']);
});

test('a missing model line is reported', () => {
  assert.equal(parse('input x: f32[batch, 3]\n').diagnostics.map((d) => d.code), ['E0105']);
});

test.run();
