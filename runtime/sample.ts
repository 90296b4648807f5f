// Next-token logits + temperature, top-k and a uniform draw -> one token id, on the host in float64, so every engine that
// gives the same logits (to within float rounding) gives the same tokens for the same seed.
import { threefry2x32 } from './random.js';

/** The Threefry stream id of generation's draws: key (seed, this), counter (token index, 0). */
export const GENERATE_STREAM = 0x67656e31; // "gen1"

/** How the next token is drawn from the logits. */
export interface SampleSettings {
  /** Divides the logits; 0 picks the most likely token (argmax). */
  temperature: number;
  /** Only the `topK` most likely tokens may be drawn (1 is argmax); undefined: all. */
  topK?: number;
}

/** The uniform number in [0, 1) of draw `index` under `seed`: 53 bits from two Threefry words, the same on every machine. */
export function drawUniform(seed: number, index: number): number {
  const [hi, lo] = threefry2x32(seed, GENERATE_STREAM, index, 0);
  return ((hi >>> 5) * 67108864 + (lo >>> 6)) / 9007199254740992;
}

/** The id of the largest of `logits[0..n)`, the first one on a tie. */
export function argmax(logits: ArrayLike<number>, n = logits.length): number {
  let best = 0;
  for (let i = 1; i < n; i++) if (logits[i] > logits[best]) best = i;
  return best;
}

/**
 * Draws a token id from the first `n` logits: the argmax when the temperature is 0 or `topK` is 1; else softmax of
 * logits / temperature over the `topK` largest (ties to the lower id), inverted at `u` in id order.
 */
export function sampleToken(logits: ArrayLike<number>, n: number, settings: SampleSettings, u: number): number {
  if (settings.temperature === 0 || settings.topK === 1) return argmax(logits, n);
  let kept = Array.from({ length: n }, (_, i) => i);
  if (settings.topK !== undefined && settings.topK < n) {
    kept.sort((a, b) => logits[b] - logits[a] || a - b);
    kept = kept.slice(0, settings.topK).sort((a, b) => a - b);
  }
  let max = -Infinity;
  for (const i of kept) max = Math.max(max, logits[i]);
  const weights = kept.map((i) => Math.exp((logits[i] - max) / settings.temperature));
  const total = weights.reduce((a, b) => a + b, 0);
  let target = u * total;
  for (let j = 0; j < kept.length; j++) {
    target -= weights[j];
    if (target < 0) return kept[j];
  }
  // u * total rounded up to total: the last kept token.
  return kept[kept.length - 1];
}
