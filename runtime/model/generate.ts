// A next-token model (one i32[batch, context] input of character ids, logits [batch, context, vocab]) + its character
// vocabulary + a prompt -> sampled text: the forward program run on the last `context` characters for each new one.
import type { Manifest } from '../../core/artifact.js';
import { encodeCharacters, MissingPreprocessingError, type Preprocessing, RawInputError, showCharacter } from '../data/preprocessing.js';
import { drawUniform, sampleToken } from '../sample.js';
import type { Values } from './engine.js';
import { ModelOptionError } from './options.js';

/** What `generate` takes: a prompt, how many characters to add, and how to draw them. */
export interface GenerateOptions {
  /** The text to continue; every character must be in the model's vocabulary. */
  prompt: string;
  /** How many characters to generate (default 100). */
  tokens?: number;
  /** Divides the logits before softmax (default 1); 0 takes the most likely character each time. */
  temperature?: number;
  /** Draw only from the k most likely characters (default: all); 1 is the most likely. */
  topK?: number;
  /** The seed of the draws (default 0): the same seed gives the same text on every engine. */
  seed?: number;
  /** Called with each character as it is generated, and its index from 0. */
  onToken?: (text: string, index: number) => void;
}

/** What `generate` returns: the prompt, the generated text after it, and its character ids. */
export interface Generated {
  prompt: string;
  text: string;
  ids: number[];
}

/** The model is not a next-token model of characters, or does not know its characters; the message says which. */
export class GenerationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GenerationError';
  }
}

/** Where a next-token model takes its window and gives its logits. */
export interface NextTokenLayout {
  input: string;
  context: number;
  output: string;
  /** Logits per position (the Embedding's rows); only the first `characters.length` name a character. */
  width: number;
  characters: string[];
}

/** Finds the input window and logits of a next-token model, or says why this model is not one. */
export function nextTokenLayout(manifest: Manifest, prep: Preprocessing | undefined): NextTokenLayout {
  const name = manifest.model;
  const not = (why: string) => new GenerationError(`${name} is not a next-token model: ${why}; generate needs one i32[batch, context] input of character ids and an output of logits f32[batch, context, vocab] (as specs/char-gpt.model)`);
  const inputs = manifest.tensors.filter((t) => t.role === 'input');
  if (inputs.length !== 1) throw not(`it has ${inputs.length} inputs`);
  const input = inputs[0];
  if (input.dtype !== 'i32' || input.shape.length !== 1) throw not(`its input '${input.name}' is ${input.dtype}[batch${input.shape.map((d) => `, ${d}`).join('')}]`);
  const context = input.shape[0];
  const predict = manifest.programs.find((p) => p.name === 'predict');
  const named = manifest.scores?.output;
  const fits = (predict?.outputs ?? []).filter((o) => o.dtype === 'f32' && o.shape.length === 3 && o.shape[1] === context && (named === undefined || o.name === named));
  if (fits.length !== 1) throw not(`it has ${fits.length === 0 ? 'no output' : 'several outputs'} of logits [batch, ${context}, vocab]`);
  const output = fits[0];
  if (!prep) throw new MissingPreprocessingError(`${name} does not know its characters: its checkpoint was saved before the vocabulary travelled with checkpoints, or no data was loaded for it; train it again (mdlc train), or call loadDataFor(model, config) first`);
  const p = prep.inputs[input.name];
  if (!p || p.kind !== 'characters') throw not(`its input '${input.name}' was prepared as ${p ? (p.kind === 'words' ? 'word ids' : 'numbers') : 'nothing it records'}, not as characters`);
  const width = output.shape[2];
  if (p.characters.length > width) throw not(`its vocabulary has ${p.characters.length} characters but its logits only ${width}`);
  return { input: input.name, context, output: output.name, width, characters: p.characters };
}

/** Settings with defaults, each checked: a bad one is a ModelOptionError naming it. */
function settingsOf(options: GenerateOptions): Required<Omit<GenerateOptions, 'onToken' | 'topK'>> & Pick<GenerateOptions, 'topK' | 'onToken'> {
  const fail = (option: string, what: string, v: unknown) => new ModelOptionError('generate', option, `'${option}' must be ${what}, got ${JSON.stringify(v) ?? String(v)}`);
  if (typeof options !== 'object' || options === null) throw new ModelOptionError('generate', 'options', 'generate takes { prompt, tokens?, temperature?, topK?, seed? }');
  const known = ['prompt', 'tokens', 'temperature', 'topK', 'seed', 'onToken'];
  for (const k of Object.keys(options)) if (!known.includes(k)) throw new ModelOptionError('generate', k, `'${k}' is not an option of generate (its options: ${known.join(', ')})`);
  const { prompt, tokens = 100, temperature = 1, topK, seed = 0, onToken } = options;
  if (typeof prompt !== 'string') throw fail('prompt', 'a string', prompt);
  if (!Number.isSafeInteger(tokens) || tokens < 0) throw fail('tokens', 'a whole number from 0', tokens);
  if (typeof temperature !== 'number' || !Number.isFinite(temperature) || temperature < 0) throw fail('temperature', 'a finite number from 0', temperature);
  if (topK !== undefined && (!Number.isSafeInteger(topK) || topK < 1)) throw fail('topK', 'a whole number from 1', topK);
  if (!Number.isSafeInteger(seed) || seed < 0 || seed > 0xffffffff) throw fail('seed', 'a whole number from 0 to 4294967295', seed);
  if (onToken !== undefined && typeof onToken !== 'function') throw fail('onToken', 'a function', onToken);
  if (prompt.length === 0) throw new ModelOptionError('generate', 'prompt', `the prompt is empty: give at least one character to continue (a newline starts a fresh line, when the vocabulary has it)`);
  return { prompt, tokens, temperature, topK, seed, onToken };
}

/** The prompt's character ids, or a RawInputError naming each character the vocabulary lacks and where it is. */
export function promptIds(model: string, layout: NextTokenLayout, prompt: string): number[] {
  const { ids, unknown } = encodeCharacters(layout.characters, prompt);
  if (unknown.length) {
    const shown = unknown.slice(0, 8).map((u) => `${showCharacter(u.char)} at ${u.at}`).join(', ');
    const vocab = layout.characters.map(showCharacter).join(' ');
    throw new RawInputError(`the prompt holds ${unknown.length} character${unknown.length === 1 ? '' : 's'} outside ${model}'s vocabulary: ${shown}${unknown.length > 8 ? ', ...' : ''} (positions count from 0; its ${layout.characters.length} characters: ${vocab})`);
  }
  return ids;
}

/**
 * Samples `tokens` characters after the prompt: each step runs the forward program on the last `context` characters
 * (a shorter text sits at the start of the window, so a causal model never sees the padding after it) and draws the
 * next one from the logits of the last real position on the host, so GPU and CPU give the same text for a seed.
 */
export async function generateText(manifest: Manifest, prep: Preprocessing | undefined, options: GenerateOptions, predict: (feeds: Record<string, Int32Array>) => Promise<Values>): Promise<Generated> {
  const layout = nextTokenLayout(manifest, prep);
  const s = settingsOf(options);
  const ids = promptIds(manifest.model, layout, s.prompt);
  const out: number[] = [];
  const n = layout.characters.length;
  for (let i = 0; i < s.tokens; i++) {
    const window = ids.slice(-layout.context);
    const row = new Int32Array(layout.context);
    row.set(window);
    const logits = (await predict({ [layout.input]: row }))[layout.output];
    const at = (window.length - 1) * layout.width;
    const next = sampleToken(logits.subarray(at, at + layout.width), n, { temperature: s.temperature, topK: s.topK }, drawUniform(s.seed, i));
    ids.push(next);
    out.push(next);
    s.onToken?.(layout.characters[next], i);
  }
  return { prompt: s.prompt, text: out.map((id) => layout.characters[id]).join(''), ids: out };
}
