// The safetensors reader and writer: round trips, the byte layout against a file built by hand, and every corruption refused by name.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { decodeSafetensors, encodeSafetensors, MAX_HEADER_BYTES, SafetensorsError, type SafetensorsTensor } from '../runtime/safetensors.js';

/** A file built by hand: the u64 length, the header text padded with spaces to a multiple of 8, then the data. */
function handBuilt(header: string, data: number[] | Uint8Array = [], { pad = true, length }: { pad?: boolean; length?: bigint } = {}): Uint8Array {
  const text = new TextEncoder().encode(header);
  const n = pad ? Math.ceil(text.length / 8) * 8 : text.length;
  const out = new Uint8Array(8 + n + data.length);
  new DataView(out.buffer).setBigUint64(0, length ?? BigInt(n), true);
  out.set(text, 8);
  out.fill(0x20, 8 + text.length, 8 + n);
  out.set(data instanceof Uint8Array ? data : Uint8Array.from(data), 8 + n);
  return out;
}

/** Little-endian bytes of f32 or i32 values, written one by one with a DataView (independent of the encoder). */
function le(kind: 'f32' | 'i32', values: number[]): Uint8Array {
  const out = new Uint8Array(values.length * 4);
  const view = new DataView(out.buffer);
  values.forEach((v, i) => (kind === 'f32' ? view.setFloat32(i * 4, v, true) : view.setInt32(i * 4, v, true)));
  return out;
}

/** A header entry as JSON text. */
const entry = (dtype: string, shape: number[], begin: number, end: number) => `{"dtype":"${dtype}","shape":[${shape.join(',')}],"data_offsets":[${begin},${end}]}`;

function rejects(bytes: Uint8Array, message: RegExp | string): void {
  try {
    decodeSafetensors(bytes);
  } catch (e) {
    assert.instance(e, SafetensorsError, String(e));
    assert.match((e as Error).message, message);
    return;
  }
  assert.unreachable(`accepted a corrupt file; expected ${message}`);
}

const sample: Record<string, SafetensorsTensor> = {
  'dense.kernel': { dtype: 'F32', shape: [2, 3], data: Float32Array.from([1, -2, 0.5, NaN, Infinity, -0]) },
  'dense.bias': { dtype: 'F32', shape: [3], data: Float32Array.from([1e-38, -3.4e38, 7]) },
  step: { dtype: 'I32', shape: [], data: Int32Array.from([-2147483648]) },
  'tokens.ids': { dtype: 'I32', shape: [2, 2], data: Int32Array.from([0, 1, 2147483647, -1]) },
  empty: { dtype: 'F32', shape: [0, 4], data: new Float32Array(0) },
  'ünïcode/名前': { dtype: 'F32', shape: [1], data: Float32Array.from([3]) },
};
// An object literal's `__proto__:` would set the prototype; make it a real entry, as a file could have one.
Object.defineProperty(sample, '__proto__', { value: { dtype: 'F32', shape: [1], data: Float32Array.from([9]) }, enumerable: true });

test('round trip: every value bit for bit (NaN, infinities, -0, extremes), shapes, order and metadata', () => {
  const bytes = encodeSafetensors(sample, { model: 'mlp', note: 'ünïcode ✓' });
  const back = decodeSafetensors(bytes);
  assert.equal(Object.keys(back.tensors), Object.keys(sample));
  for (const [name, t] of Object.entries(sample)) {
    const b = back.tensors[name];
    assert.is(b.dtype, t.dtype, name);
    assert.equal(b.shape, t.shape, name);
    assert.ok(b.data instanceof (t.dtype === 'F32' ? Float32Array : Int32Array), name);
    assert.equal([...new Uint8Array(b.data.buffer, b.data.byteOffset, b.data.byteLength)], [...new Uint8Array(t.data.buffer, t.data.byteOffset, t.data.byteLength)], name);
  }
  assert.is(Object.getPrototypeOf(back.tensors), Object.prototype, 'a tensor named __proto__ stays a tensor');
  assert.equal(back.metadata, { model: 'mlp', note: 'ünïcode ✓' });
  assert.equal(decodeSafetensors(encodeSafetensors({})), { tensors: {}, metadata: {} });
});

test('byte-exact layout: u64 LE header length, compact JSON padded with spaces to 8 bytes, data in the order given', () => {
  const tensors: Record<string, SafetensorsTensor> = {
    w: { dtype: 'F32', shape: [2], data: Float32Array.from([1.5, -2]) },
    n: { dtype: 'I32', shape: [], data: Int32Array.from([258]) },
  };
  const header = `{"__metadata__":{"format":"pt"},"w":${entry('F32', [2], 0, 8)},"n":${entry('I32', [], 8, 12)}}`;
  const expected = handBuilt(header, [...le('f32', [1.5, -2]), ...le('i32', [258])]);
  const actual = encodeSafetensors(tensors, { format: 'pt' });
  assert.equal([...actual], [...expected]);
  // The pieces, spelled out: the header is 138 bytes of JSON, padded to 144.
  assert.is(header.length, 138);
  assert.equal([...actual.subarray(0, 8)], [144, 0, 0, 0, 0, 0, 0, 0]);
  assert.equal([...actual.subarray(8 + 138, 8 + 144)], [32, 32, 32, 32, 32, 32]);
  assert.equal([...actual.subarray(152)], [0x00, 0x00, 0xc0, 0x3f, 0x00, 0x00, 0x00, 0xc0, 0x02, 0x01, 0x00, 0x00]);
  // Without metadata the key is left out, as the reference implementation does.
  assert.equal([...encodeSafetensors({ n: tensors.n })], [...handBuilt(`{"n":${entry('I32', [], 0, 4)}}`, le('i32', [258]))]);
});

test('reads files of other writers: unpadded headers, tensors stored out of name order, an unaligned buffer', () => {
  const header = `{"b":${entry('F32', [1], 4, 8)},"a":${entry('I32', [1], 0, 4)}}`;
  const file = handBuilt(header, [...le('i32', [7]), ...le('f32', [0.25])], { pad: false });
  const shifted = new Uint8Array(file.length + 1).subarray(1); // data at an odd address: typed arrays cannot view it in place
  shifted.set(file);
  for (const bytes of [file, shifted]) {
    const { tensors, metadata } = decodeSafetensors(bytes);
    assert.equal(Object.keys(tensors), ['b', 'a']);
    assert.equal([...tensors.a.data], [7]);
    assert.equal([...tensors.b.data], [0.25]);
    assert.equal(metadata, {});
  }
});

test('truncated files and bad header lengths are refused, saying so', () => {
  const good = encodeSafetensors({ w: { dtype: 'F32', shape: [4], data: new Float32Array(4) } });
  rejects(new Uint8Array(0), 'the file is 0 bytes long, too short for the 8-byte header length');
  rejects(good.subarray(0, 7), 'the file is 7 bytes long');
  rejects(good.subarray(0, 20), /the header says it is \d+ bytes long but only 12 bytes follow the length: the file is truncated/);
  rejects(good.subarray(0, good.length - 4), 'tensor "w": data_offsets [0, 16] go past the end of the data (12 bytes): the file is truncated');
  rejects(handBuilt('{}', [], { length: 2n ** 63n }), /the header length is 9223372036854775808 bytes, more than the 100000000 allowed/);
  rejects(handBuilt('{}', [], { length: BigInt(MAX_HEADER_BYTES + 1) }), 'more than the 100000000 allowed');
  rejects(handBuilt('{}', [], { length: 0n }), 'the header length is 0 bytes, too short for a JSON object');
});

test('malformed headers are refused: not UTF-8, not JSON, not an object, bad metadata', () => {
  rejects(handBuilt('{"a":1}').map((b, i) => (i === 9 ? 0xff : b)), 'the header is not valid UTF-8');
  rejects(handBuilt('{"w": '), 'the header is not valid JSON');
  rejects(handBuilt('[1, 2]'), 'the header must be a JSON object starting with "{"');
  rejects(handBuilt('  {}'), 'starting with "{"');
  rejects(handBuilt('{"__metadata__": ["x"]}'), '__metadata__ must be an object of strings, got ["x"]');
  rejects(handBuilt('{"__metadata__": {"epoch": 3}}'), '__metadata__ "epoch" must be a string, got 3');
});

test('bad entries are refused naming the tensor: not an object, missing fields, unknown or unsupported dtype, bad shape or offsets', () => {
  const data = le('f32', [1, 2]);
  rejects(handBuilt('{"w": 3}', data), 'tensor "w": its header entry must be an object with dtype, shape and data_offsets, got 3');
  rejects(handBuilt('{"w": {"dtype": "F32", "shape": [2]}}', data), 'tensor "w": its header entry has no "data_offsets"');
  rejects(handBuilt(`{"w":${entry('F33', [2], 0, 8)}}`, data), 'tensor "w": unknown dtype "F33"; mdlc reads F32 and I32 tensors');
  rejects(handBuilt(`{"w":${entry('F16', [4], 0, 8)}}`, data), 'tensor "w": dtype F16 is not supported; mdlc reads F32 and I32 tensors');
  rejects(handBuilt('{"w": {"dtype": 7, "shape": [2], "data_offsets": [0, 8]}}', data), 'tensor "w": unknown dtype 7');
  rejects(handBuilt(`{"w":${entry('F32', [-2], 0, 8)}}`, data), 'tensor "w": shape must be a list of non-negative integers, got [-2]');
  rejects(handBuilt('{"w": {"dtype": "F32", "shape": [1.5], "data_offsets": [0, 8]}}', data), 'tensor "w": shape must be a list of non-negative integers, got [1.5]');
  rejects(handBuilt('{"w": {"dtype": "F32", "shape": "2", "data_offsets": [0, 8]}}', data), 'tensor "w": shape must be a list');
  rejects(handBuilt('{"w": {"dtype": "F32", "shape": [2], "data_offsets": [0, 4, 8]}}', data), 'tensor "w": data_offsets must be two non-negative integers [begin, end], got [0,4,8]');
  rejects(handBuilt('{"w": {"dtype": "F32", "shape": [2], "data_offsets": [-8, 0]}}', data), 'tensor "w": data_offsets must be two non-negative integers');
  rejects(handBuilt(`{"w":${entry('F32', [0], 8, 0)}}`, data), 'tensor "w": data_offsets [8, 0] end before they begin');
  rejects(handBuilt(`{"w":${entry('F32', [2], 0, 16)}}`, data), 'tensor "w": data_offsets [0, 16] go past the end of the data (8 bytes)');
});

test('shape and size mismatches, overlaps, gaps and stray bytes are refused naming the tensors', () => {
  const data = le('f32', [1, 2, 3, 4]);
  rejects(handBuilt(`{"w":${entry('F32', [3], 0, 16)}}`, data), 'tensor "w": shape [3] of F32 needs 12 bytes but data_offsets [0, 16] hold 16');
  rejects(handBuilt(`{"w":${entry('I32', [2, 3], 0, 16)}}`, data), 'tensor "w": shape [2, 3] of I32 needs 24 bytes but data_offsets [0, 16] hold 16');
  rejects(handBuilt(`{"a":${entry('F32', [3], 0, 12)},"b":${entry('F32', [2], 8, 16)}}`, data), 'tensor "b": data_offsets [8, 16] overlap those of tensor "a" [0, 12]');
  rejects(handBuilt(`{"a":${entry('F32', [2], 0, 8)},"b":${entry('F32', [2], 0, 8)}}`, data), /tensor "[ab]": data_offsets \[0, 8\] overlap those of tensor "[ab]" \[0, 8\]/);
  rejects(handBuilt(`{"a":${entry('F32', [1], 0, 4)},"b":${entry('F32', [2], 8, 16)}}`, data), 'tensor "b": data_offsets [8, 16] leave bytes 4..8 of the data unused');
  rejects(handBuilt(`{"a":${entry('F32', [3], 0, 12)}}`, data), 'the data is 16 bytes long but the tensors use 12: 4 bytes at the end belong to no tensor');
  // An empty tensor takes no bytes and may sit anywhere.
  const ok = decodeSafetensors(handBuilt(`{"a":${entry('F32', [4], 0, 16)},"e":${entry('I32', [0], 4, 4)}}`, data));
  assert.equal(ok.tensors.e.shape, [0]);
});

test('no corruption crashes the reader: every truncation and every single-byte change gives a SafetensorsError or a valid file', () => {
  const file = encodeSafetensors({ a: { dtype: 'F32', shape: [2, 2], data: Float32Array.from([1, 2, 3, 4]) }, b: { dtype: 'I32', shape: [3], data: Int32Array.from([5, 6, 7]) } }, { m: 'x' });
  const tryDecode = (bytes: Uint8Array, what: string) => {
    try {
      decodeSafetensors(bytes);
    } catch (e) {
      assert.instance(e, SafetensorsError, `${what}: ${String(e)}`);
    }
  };
  for (let n = 0; n < file.length; n++) tryDecode(file.subarray(0, n), `truncated to ${n} bytes`);
  for (let i = 0; i < file.length; i++)
    for (const v of [0x00, 0x22, 0x7b, 0x5d, 0x31, 0xff]) {
      const bad = file.slice();
      bad[i] = v;
      tryDecode(bad, `byte ${i} set to ${v}`);
    }
});

test('the writer refuses inconsistent tensors and metadata, naming them', () => {
  const throwsWith = (f: () => unknown, message: string) => {
    try {
      f();
    } catch (e) {
      assert.instance(e, SafetensorsError);
      assert.match((e as Error).message, message);
      return;
    }
    assert.unreachable(`expected: ${message}`);
  };
  throwsWith(() => encodeSafetensors({ w: { dtype: 'F32', shape: [3], data: new Float32Array(2) } }), 'tensor "w": shape [3] needs 3 values, got 2');
  throwsWith(() => encodeSafetensors({ w: { dtype: 'I32', shape: [2], data: new Float32Array(2) } }), 'tensor "w": dtype I32 needs an Int32Array, got Float32Array');
  throwsWith(() => encodeSafetensors({ w: { dtype: 'F16' as 'F32', shape: [2], data: new Float32Array(2) } }), 'tensor "w": dtype must be F32 or I32, got "F16"');
  throwsWith(() => encodeSafetensors({ w: { dtype: 'F32', shape: [-2], data: new Float32Array(2) } }), 'tensor "w": shape must be a list of non-negative integers');
  throwsWith(() => encodeSafetensors({ __metadata__: { dtype: 'F32', shape: [], data: new Float32Array(1) } }), 'a tensor cannot be named "__metadata__"');
  throwsWith(() => encodeSafetensors({}, { epoch: 3 as unknown as string }), 'metadata "epoch" must be a string, got 3');
});

test.run();
