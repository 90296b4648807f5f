// Counter-based random numbers (Threefry-2x32, 20 rounds): the same (key, counter) gives the same bits on CPU and GPU.

const ROTATIONS = [13, 15, 26, 6, 17, 29, 16, 24];

/** Threefry-2x32-20 of counter (c0, c1) under key (k0, k1); returns two 32-bit words. */
export function threefry2x32(k0: number, k1: number, c0: number, c1: number): [number, number] {
  const ks = [k0 >>> 0, k1 >>> 0, (0x1bd11bda ^ k0 ^ k1) >>> 0];
  let x0 = (c0 + ks[0]) >>> 0;
  let x1 = (c1 + ks[1]) >>> 0;
  for (let r = 0; r < 20; r++) {
    x0 = (x0 + x1) >>> 0;
    const rot = ROTATIONS[r % 8];
    x1 = ((x1 << rot) | (x1 >>> (32 - rot))) >>> 0;
    x1 = (x1 ^ x0) >>> 0;
    if (r % 4 === 3) {
      const i = (r + 1) / 4;
      x0 = (x0 + ks[i % 3]) >>> 0;
      x1 = (x1 + ks[(i + 1) % 3] + i) >>> 0;
    }
  }
  return [x0, x1];
}

/** A uniform float in [0, 1) from the top 24 bits of a word (exact in f32). */
export function toUnit(word: number): number {
  return (word >>> 8) * 5.9604644775390625e-8;
}

/** FNV-1a hash of a string to 32 bits: a stable stream id for a parameter path. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** The `random` IR op's value for element `index` at optimizer step `step`: key (seed, stream), counter (step, index). */
export function dropoutUniform(seed: number, stream: number, step: number, index: number): number {
  return toUnit(threefry2x32(seed, stream, step, index)[0]);
}
