// Character windows from a running text (a CSV of lines, the first-names corpus): window length and stride, the
// vocabulary (fitted or given), next-character targets, and the errors, each naming where.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { loadData } from '../node/data/load.js';
import { preprocessingOf } from '../node/data/preprocessing.js';
import type { SpecTensor } from '../core/artifact.js';

const tmp = mkdtempSync(join(tmpdir(), 'mdlc-corpus-'));
const csv = join(tmp, 'lines.csv');
writeFileSync(csv, 'line\nabc\nba\ncab\n');
const spec = (context: number, vocab = 8): SpecTensor[] => [
  { name: 'x', dtype: 'i32', shape: [context], role: 'input', vocab },
  { name: 'y', dtype: 'i32', shape: [context], role: 'target', classes: vocab },
];
const config = (characters: Record<string, unknown> = {}) => ({
  source: { csv: 'lines.csv' },
  inputs: { x: { column: 'line', characters } },
  targets: { y: { column: 'line', encode: 'next' as const } },
});

test('a CSV of lines becomes one text, cut into windows of context + 1 characters, stride apart; the target is the next character', () => {
  // The text is "abc\nba\ncab\n" (11 characters); sorted vocabulary: '\n' a b c.
  const d = loadData(config({ stride: 2 }), spec(3), tmp);
  assert.equal(d.info.tensors.x.characters, ['\n', 'a', 'b', 'c']);
  assert.equal(d.info.classes.y, ['\n', 'a', 'b', 'c']);
  assert.is(d.train.size, 4); // windows at 0, 2, 4, 6 (8 would end past the text)
  assert.equal(Array.from(d.train.columns.x.data.subarray(0, 6)), [1, 2, 3, 3, 0, 2]); // "abc", "c\nb"
  assert.equal(Array.from(d.train.columns.y.data.subarray(0, 6)), [2, 3, 0, 0, 2, 1]); // "bc\n", "\nba"
  const prep = preprocessingOf(d.info, spec(3));
  assert.equal(prep.inputs.x, { kind: 'characters', column: 'line', characters: ['\n', 'a', 'b', 'c'] });
  assert.equal(prep.targets.y, { columns: ['line'], classes: ['\n', 'a', 'b', 'c'] });
  // Default stride: the input's length, windows that do not overlap (but for the one character a target needs).
  assert.is(loadData(config(), spec(3), tmp).train.size, 3);
});

test('a given vocabulary sets the ids, and a character it lacks is named with where it is', () => {
  const d = loadData(config({ vocabulary: 'cba\n' }), spec(3), tmp);
  assert.equal(Array.from(d.train.columns.x.data.subarray(0, 3)), [2, 1, 0]);
  assert.throws(() => loadData(config({ vocabulary: 'abc' }), spec(3), tmp), /character 3 \(0-based\) of column 'line' is '\\n', which \/inputs\/x\/characters\/vocabulary does not list/);
});

test('errors: more characters than the Embedding has rows, next without characters, a text shorter than one window, a bad stride', () => {
  assert.throws(() => loadData(config(), spec(3, 3), tmp), /the text has 4 distinct characters, but the spec's 'x' feeds an Embedding of 3 rows/);
  assert.throws(() => loadData({ source: { csv: 'lines.csv' }, targets: { y: { column: 'line', encode: 'next' } } }, spec(3), tmp), /'next' follows an input that reads "characters"/);
  assert.throws(() => loadData(config(), spec(40), tmp), /holds 11 characters in column 'line', fewer than one window of 41/);
  assert.throws(() => loadData(config({ stride: 0 }), spec(3), tmp), /stride/);
});

test('first-names by name: windows for a spec of one input and one target, 90/10 split, 54 characters', () => {
  const d = loadData('first-names', spec(16, 64));
  assert.is(d.info.tensors.x.characters?.length, 54);
  assert.is(d.train.size + (d.validation?.size ?? 0), Math.floor((59167 - 17) / 16) + 1);
  assert.ok(d.validation && Math.abs(d.validation.size - Math.round(0.1 * (d.train.size + d.validation.size))) <= 1);
});

test.after(() => rmSync(tmp, { recursive: true, force: true }));

test.run();
