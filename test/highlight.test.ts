// The TextMate grammar (editors/vscode/) and the lexer-based highlighter colour every character of a spec alike:
// the grammar is run by VS Code's own engine (vscode-textmate on Oniguruma) over the shipped specs, the docs'
// examples, the diagnostic cases and random text, and compared character by character with grammar/highlight.ts.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import vsctm from 'vscode-textmate';
import oniguruma from 'vscode-oniguruma';
import { calleeScope, highlight, illegalScope, tokenScope } from '../grammar/highlight.js';
import { scopeName, textmateGrammar } from '../grammar/textmate.js';
import { allTokens } from '../grammar/tokens.js';
import { Rng } from './helpers/fuzz.js';
import { repoRoot } from './helpers/repo.js';

const grammarPath = 'editors/vscode/syntaxes/mdlc.tmLanguage.json';

/** VS Code's TextMate engine with the checked-in grammar file. */
async function loadGrammar(): Promise<vsctm.IGrammar> {
  const require = createRequire(import.meta.url);
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (name: string) => (name === scopeName ? vsctm.parseRawGrammar(readFileSync(repoRoot + grammarPath, 'utf8'), grammarPath) : null),
  });
  const grammar = await registry.loadGrammar(scopeName);
  if (!grammar) throw new Error(`${grammarPath} did not load`);
  return grammar;
}

/** The scope of each UTF-16 unit of a text ('' where nothing is coloured), by the TextMate grammar. */
function textmateScopes(grammar: vsctm.IGrammar, text: string): string[] {
  const out: string[] = new Array<string>(text.length).fill('');
  let stack = vsctm.INITIAL;
  let offset = 0;
  for (const m of text.matchAll(/([^\r\n]*)(\r\n|\r|\n|$)/g)) {
    if (m.index !== offset) break;
    const line = m[1];
    const result = grammar.tokenizeLine(line, stack);
    for (const t of result.tokens) {
      const scope = t.scopes[1] ?? '';
      for (let i = t.startIndex; i < Math.min(t.endIndex, line.length); i++) out[offset + i] = scope;
    }
    stack = result.ruleStack;
    offset += m[0].length;
    if (m[0].length === 0) break;
  }
  return out;
}

/** The scope of each UTF-16 unit of a text, by the lexer-based highlighter. */
function lexerScopes(text: string): string[] {
  const out: string[] = new Array<string>(text.length).fill('');
  for (const h of highlight(text)) for (let i = h.start; i < h.end; i++) out[i] = h.scope;
  return out;
}

/** The first character where the two disagree, shown in its line, or undefined. */
function firstDifference(grammar: vsctm.IGrammar, text: string): string | undefined {
  const a = textmateScopes(grammar, text);
  const b = lexerScopes(text);
  const i = a.findIndex((s, k) => s !== b[k]);
  if (i < 0) return undefined;
  const lineStart = text.lastIndexOf('\n', i) + 1;
  const lineEnd = text.indexOf('\n', i) < 0 ? text.length : text.indexOf('\n', i);
  return `at offset ${i} (${JSON.stringify(text[i])}) in ${JSON.stringify(text.slice(lineStart, lineEnd))}: TextMate says "${a[i]}", the lexer "${b[i]}"`;
}

const texts: [string, string][] = [];
for (const dir of ['specs', 'test/cases']) {
  for (const f of readdirSync(repoRoot + dir).filter((n) => n.endsWith('.model'))) texts.push([`${dir}/${f}`, readFileSync(`${repoRoot}${dir}/${f}`, 'utf8')]);
}
{
  const doc = readFileSync(repoRoot + 'docs/language.md', 'utf8');
  let n = 0;
  for (const m of doc.matchAll(/```model[^\n]*\n([\s\S]*?)```/g)) texts.push([`docs/language.md example ${++n}`, m[1]]);
}

const edgeCases = [
  '1model', 'amodel', 'model_x', 'model1', 'x//c', 'x / /c', '"abc', '"a"b"', '$ x', '# hash\nmodel m', 'Dense (3)', 'Dense\t(3)',
  'Dense\n(3)', 'f(x)(y)', 'repeat(3)', 'true(1)', '.5e-3x', '1.e5', 'x\r\ny\rz', '\u4e2d = Dense(3)(x)', '\ud83d\ude00 x', 'a\u00a0b',
  'a\vb', '==!=<=>=<>@=+-*/%', '{[(,:)]}', '"unterminated\nnext "line"',
];

test('every token kind has a scope', () => {
  for (const t of allTokens) assert.ok(tokenScope(t) !== undefined, `token ${t.name} has no scope`);
});

test(`${grammarPath} is the grammar grammar/textmate.ts writes`, () => {
  const text = JSON.stringify(textmateGrammar(), null, 2) + '\n';
  if (process.env.UPDATE === '1' && readFileSync(repoRoot + grammarPath, 'utf8') !== text) writeFileSync(repoRoot + grammarPath, text);
  assert.equal(readFileSync(repoRoot + grammarPath, 'utf8'), text, `${grammarPath} is stale (UPDATE=1 rewrites it)`);
});

test('the VS Code extension manifest points at the grammar', () => {
  const manifest = JSON.parse(readFileSync(repoRoot + 'editors/vscode/package.json', 'utf8')) as {
    contributes: { languages: { id: string; extensions: string[] }[]; grammars: { language: string; scopeName: string; path: string }[] };
  };
  assert.equal(manifest.contributes.languages[0].extensions, ['.model']);
  assert.equal(manifest.contributes.grammars[0].scopeName, scopeName);
  assert.equal(manifest.contributes.grammars[0].language, manifest.contributes.languages[0].id);
  assert.is('editors/vscode/' + manifest.contributes.grammars[0].path.replace(/^\.\//, ''), grammarPath);
});

test('TextMate and the lexer colour every shipped spec, docs example and diagnostic case alike', async () => {
  const grammar = await loadGrammar();
  assert.ok(texts.length > 60, `only ${texts.length} texts found`);
  for (const [name, text] of texts) {
    const diff = firstDifference(grammar, text);
    assert.is(diff, undefined, `${name}: ${diff}`);
  }
  // The comparison can fail: the specs hold comments, callees, keywords and numbers, each coloured.
  const all = texts.map(([, t]) => t).join('\n');
  const used = new Set(highlight(all).map((h) => h.scope));
  for (const s of [calleeScope, tokenScope(allTokens[1]), 'keyword.control.model.mdlc', 'constant.numeric.mdlc', 'variable.other.mdlc']) assert.ok(used.has(s ?? ''), `no ${s} in the texts`);
});

test('TextMate and the lexer agree on edge cases and random text', async () => {
  const grammar = await loadGrammar();
  for (const text of edgeCases) assert.is(firstDifference(grammar, text), undefined, JSON.stringify(text));
  assert.ok(highlight('$').some((h) => h.scope === illegalScope));
  const rng = new Rng(20261201);
  const pieces = ['model', 'Dense', 'x', '(', ')', '[', ']', '{', '}', '1', '2.5e3', '.', '"s"', '"', '//', '#', '/', '=', '==', '<', '!', '$', ' ', '\t', '\n', '\r\n', '\r', '_', '\u00e9', '\u4e2d', '\ud83d\ude00', '\u00a0', '@', ':', ',', '-'];
  for (let n = 0; n < 300; n++) {
    const text = Array.from({ length: rng.range(1, 40) }, () => rng.pick(pieces)).join('');
    assert.is(firstDifference(grammar, text), undefined, JSON.stringify(text));
  }
});

test.run();
