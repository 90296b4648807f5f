// Bytes -> their CRC-32 (the IEEE polynomial of zip and PNG), as 8 hex digits; browser-safe and synchronous, so decoding a checkpoint stays synchronous.
// Four tables let the loop take 4 bytes per step ("slicing by 4"), which keeps checking a large checkpoint cheap.

const POLYNOMIAL = 0xedb88320;

/** tables[k][b]: the CRC of byte b followed by k zero bytes. */
const tables: Uint32Array[] = (() => {
  const t = Array.from({ length: 4 }, () => new Uint32Array(256));
  for (let b = 0; b < 256; b++) {
    let c = b;
    for (let k = 0; k < 8; k++) c = c & 1 ? POLYNOMIAL ^ (c >>> 1) : c >>> 1;
    t[0][b] = c >>> 0;
  }
  for (let b = 0; b < 256; b++) for (let k = 1; k < 4; k++) t[k][b] = (t[0][t[k - 1][b] & 0xff] ^ (t[k - 1][b] >>> 8)) >>> 0;
  return t;
})();

/** The CRC-32 of `bytes`, continuing from `crc` (the CRC of what came before; 0 to start). */
export function crc32(bytes: Uint8Array, crc = 0): number {
  const [t0, t1, t2, t3] = tables;
  let c = ~crc >>> 0;
  let i = 0;
  const n4 = bytes.length - (bytes.length % 4);
  for (; i < n4; i += 4) {
    c ^= bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24);
    c = t3[c & 0xff] ^ t2[(c >>> 8) & 0xff] ^ t1[(c >>> 16) & 0xff] ^ t0[c >>> 24];
  }
  for (; i < bytes.length; i++) c = t0[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

/** The CRC-32 of `bytes` as 8 lower-case hex digits, as checkpoints store it. */
export function crc32Hex(bytes: Uint8Array): string {
  return crc32(bytes).toString(16).padStart(8, '0');
}
