// runtime/crc32.ts against the standard check value and zlib's CRC-32 (Node's own, an independent implementation), at every length mod 4.
import * as zlib from 'node:zlib';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { crc32, crc32Hex } from '../runtime/crc32.js';

test('crc32: the standard check value, and the same as zlib on random bytes of every length mod 4', () => {
  assert.is(crc32Hex(new TextEncoder().encode('123456789')), 'cbf43926');
  assert.is(crc32Hex(new Uint8Array(0)), '00000000');
  const zcrc = (zlib as unknown as { crc32?: (b: Uint8Array) => number }).crc32;
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 0xff;
  for (const n of [1, 2, 3, 4, 5, 63, 64, 65, 1001]) {
    const bytes = Uint8Array.from({ length: n }, rand);
    if (zcrc) assert.is(crc32(bytes), zcrc(bytes), `length ${n}`);
    // Continuing from a prefix's CRC gives the whole's.
    assert.is(crc32(bytes.subarray(3), crc32(bytes.subarray(0, 3))), crc32(bytes), `length ${n}, continued`);
  }
});

test.run();
