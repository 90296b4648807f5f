// Texts -> word ids and fixed-length id rows, as Keras' Tokenizer(num_words, oov_token) and pad_sequences compute them.

/** Keras' default `filters`: these characters split words like whitespace does (the apostrophe is not one of them). */
export const KERAS_FILTERS = '!"#$%&()*+,-./:;<=>?@[\\]^_`{|}~\t\n';

/** Where pad_sequences pads or cuts a sequence: before it ('pre', Keras' default) or after it ('post'). */
export type PadSide = 'pre' | 'post';

/** The id of padding. */
export const PAD_ID = 0;

/** The id of a word outside the vocabulary. */
export const OOV_ID = 1;

/** The token shown for the out-of-vocabulary id in vocabulary lists. */
export const OOV_TOKEN = '<OOV>';

const separator = new Uint8Array(128);
for (const c of `${KERAS_FILTERS}\r\v\f `) separator[c.charCodeAt(0)] = 1;

/** Whitespace outside ASCII that also separates words (JavaScript's \s). */
function isWideSpace(c: number): boolean {
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * A text's words, as Keras' text_to_word_sequence: lowercased (unless `lower` is false), the filter characters
 * replaced by spaces, split on whitespace, empty words dropped. Keras splits on ' ' only; here any whitespace splits.
 * With `keep`, only the first or last `count` words are found (the rest of the text is not scanned).
 */
export function textToWords(text: string, lower = true, keep?: { count: number; from: 'start' | 'end' }): string[] {
  // Whole texts are lowercased at once (faster); a few words from one end, one word at a time.
  if (lower && !keep) return textToWords(text.toLowerCase(), false);
  const words: string[] = [];
  const limit = keep?.count ?? Infinity;
  const add = (from: number, to: number) => words.push(lower ? text.slice(from, to).toLowerCase() : text.slice(from, to));
  const splits = (c: number) => (c < 128 ? separator[c] === 1 : isWideSpace(c));
  if (keep?.from === 'end') {
    let end = -1;
    for (let i = text.length - 1; i >= 0 && words.length < limit; i--) {
      if (splits(text.charCodeAt(i))) {
        if (end >= 0) add(i + 1, end);
        end = -1;
      } else if (end < 0) end = i + 1;
    }
    if (end >= 0 && words.length < limit) add(0, end);
    return words.reverse();
  }
  let start = -1;
  for (let i = 0; i < text.length && words.length < limit; i++) {
    if (splits(text.charCodeAt(i))) {
      if (start >= 0) add(start, i);
      start = -1;
    } else if (start < 0) start = i;
  }
  if (start >= 0 && words.length < limit) add(start, text.length);
  return words;
}

/** A fitted word vocabulary: id 0 is padding, 1 out-of-vocabulary, 2.. the most frequent training words. */
export class Tokenizer {
  private readonly index: Map<string, number>;

  /** `vocabulary[id]` is the word of each id below `words` ('' for padding, '<OOV>' for 1); `lower` as in fitting. */
  constructor(
    readonly vocabulary: readonly string[],
    readonly lower = true,
  ) {
    this.index = new Map(vocabulary.slice(2).map((w, i) => [w, i + 2]));
  }

  /**
   * Fits on `texts` like Keras' `Tokenizer(num_words=words, oov_token=...)`: words ranked by count, ties in order of
   * first appearance; ids at or above `words` become out-of-vocabulary. Without `words`, every word gets an id.
   */
  static fit(texts: Iterable<string>, words?: number, lower = true): Tokenizer {
    const counts = new Map<string, number>();
    for (const t of texts) for (const w of textToWords(t, lower)) counts.set(w, (counts.get(w) ?? 0) + 1);
    // Array.prototype.sort is stable, so equal counts keep their first-appearance order, as Python's sort does for Keras.
    const ranked = [...counts].sort((a, b) => b[1] - a[1]).map(([w]) => w);
    const keep = words === undefined ? ranked.length : Math.max(0, words - 2);
    return new Tokenizer(['', OOV_TOKEN, ...ranked.slice(0, keep)], lower);
  }

  /** Ids in use: padding, out-of-vocabulary and the kept words; an Embedding needs at least this many rows. */
  get size(): number {
    return this.vocabulary.length;
  }

  /** The id of each word of a text (out-of-vocabulary words are 1), as Keras' texts_to_sequences; `keep` as in textToWords. */
  encode(text: string, keep?: { count: number; from: 'start' | 'end' }): number[] {
    return textToWords(text, this.lower, keep).map((w) => this.index.get(w) ?? OOV_ID);
  }
}

/**
 * Sequences as rows of `maxlen` ids, as Keras' pad_sequences: shorter ones padded with 0 and longer ones cut,
 * before the sequence ('pre', the default) or after it ('post').
 */
export function padSequences(sequences: readonly (readonly number[])[], maxlen: number, padding: PadSide = 'pre', truncating: PadSide = 'pre'): Int32Array {
  const out = new Int32Array(sequences.length * maxlen);
  sequences.forEach((seq, r) => {
    const kept = seq.length <= maxlen ? seq : truncating === 'pre' ? seq.slice(seq.length - maxlen) : seq.slice(0, maxlen);
    out.set(kept, r * maxlen + (padding === 'pre' ? maxlen - kept.length : 0));
  });
  return out;
}
