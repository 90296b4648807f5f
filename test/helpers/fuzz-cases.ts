// Takes the shipped specs; gives the seeded cases of the pipeline fuzz (mutated specs with compile options, mutated IR
// documents, corrupted artifacts), each replayable alone from the seed and its index, and a collector of distinct findings
// that prints each with its reproduction.
import { readdirSync, readFileSync } from 'node:fs';
import { compileSource, type CompileOptions } from '../../compiler/compile.js';
import { SourceFile } from '../../core/diagnostic.js';
import { moduleToJson } from '../../core/ir-json.js';
import { initialWeights } from '../../node/write-artifact.js';
import { type ArtifactContents, weightsMetadata } from '../../runtime/load.js';
import { encodeSafetensors } from '../../runtime/safetensors.js';
import { asJsExpression, deriveSeed, indent, MUTATOR_WEIGHTS, mutators, Rng, shorten, stackFrom, tokenize } from './fuzz.js';
import { contentsOf, type Finding } from './fuzz-pipeline.js';
import { type Json, mutateJson, mutateText } from './fuzz-json.js';

/** A shipped spec with what the pipeline fuzz mutates: its text, its IR as JSON and its artifact's files. */
export interface Corpus {
  name: string;
  text: string;
  ir: Json;
  contents: Required<ArtifactContents> & { manifestJson: string; irJson: string };
}

/** Every shipped spec compiled once (the mutations start from these). */
export function loadCorpus(specsDir: URL): Corpus[] {
  return readdirSync(specsDir)
    .filter((f) => f.endsWith('.model'))
    .sort()
    .map((name) => {
      const text = readFileSync(new URL(name, specsDir), 'utf8');
      const r = compileSource(new SourceFile(`specs/${name}`, text), { backend: true });
      if (!r.artifact || !r.module) throw new Error(`shipped spec ${name} does not compile: ${r.diagnostics.map((d) => d.message).join('; ')}`);
      const c = contentsOf(r.artifact);
      const m = r.artifact.manifest;
      const weights = initialWeights(m);
      const weightsBytes = encodeSafetensors(Object.fromEntries(m.params.map((p) => [p.path, { dtype: 'F32' as const, shape: p.shape, data: weights[p.path] }])), weightsMetadata(m));
      return { name, text, ir: moduleToJson(r.module) as unknown as Json, contents: { manifestJson: JSON.stringify(m, null, 2), shaders: c.shaders, irJson: c.irJson as string, weightsBytes } };
    });
}

/** Salts that keep the three kinds of case on independent streams of one seed. */
const salt = { compile: 0x0c0e, ir: 0x1e, artifact: 0xa27 } as const;

/** How to replay one case alone. */
export const replay = (seed: number, kind: keyof typeof salt, i: number) => `npm run fuzz -- --seed ${seed} --only ${kind}:${i}`;

const pools = new WeakMap<readonly Corpus[], string[]>();

/** Every token of every shipped spec, for token replacement and insertion. */
function poolOf(corpus: readonly Corpus[]): string[] {
  let pool = pools.get(corpus);
  if (!pool) pools.set(corpus, (pool = [...new Set(corpus.flatMap((s) => tokenize(s.text).map((t) => t.text)))]));
  return pool;
}

type SemanticMutator = (text: string, rng: Rng, corpus: readonly Corpus[]) => { text: string; what: string };

const splice = (text: string, start: number, end: number, insert: string) => text.slice(0, start) + insert + text.slice(end);

/** Small sizes and rates that stay inside every static limit. */
const NUMBERS = ['1', '2', '3', '4', '5', '7', '8', '16', '0', '0.5', '0.0', '1e-8', '10', '33', '0.999'];

const semanticMutators: Record<string, SemanticMutator> = {
  number(text, rng) {
    const ts = tokenize(text).filter((t) => /^(\d|\.\d)/.test(t.text));
    if (!ts.length) return { text, what: 'number(none)' };
    const t = rng.pick(ts);
    const n = Number(t.text);
    const to = rng.pick([...NUMBERS, String(n + 1), String(Math.max(1, Math.floor(n / 2))), String(n * 2)]);
    return { text: splice(text, t.start, t.end, to), what: `number@${t.start} ${t.text}->${to}` };
  },
  name(text, rng, corpus) {
    // a name in place of another of its kind (capitalised: layers; lower case: activations, functions, losses, tensors)
    const ts = tokenize(text).filter((t) => /^[A-Za-z_]\w*$/.test(t.text));
    if (!ts.length) return { text, what: 'name(none)' };
    const t = rng.pick(ts);
    const upper = /^[A-Z]/.test(t.text);
    const names = poolOf(corpus).filter((x) => /^[A-Za-z_]\w*$/.test(x) && /^[A-Z]/.test(x) === upper);
    const to = rng.pick(names);
    return { text: splice(text, t.start, t.end, to), what: `name@${t.start} ${t.text}->${to}` };
  },
  argument(text, rng, corpus) {
    // a keyword argument of some shipped spec added to some call
    const args = [...new Set(corpus.flatMap((c) => [...c.text.matchAll(/[(,]\s*([a-z_]\w*\s*=\s*[^,()\n]+)/g)].map((m) => m[1].trim())))];
    const calls = [...text.matchAll(/\b[A-Za-z_]\w*\(/g)];
    if (!calls.length || !args.length) return { text, what: 'argument(none)' };
    const at = rng.pick(calls).index! + rng.pick(calls)[0].length;
    const a = rng.pick(args);
    const close = text.indexOf(')', at);
    const empty = close === at;
    return empty ? { text: splice(text, at, at, a), what: `argument@${at} ${a}` } : { text: splice(text, at, at, `${a}, `), what: `argument@${at} ${a}` };
  },
  line(text, rng, corpus) {
    // a line of another shipped spec (a layer, a loss, a setting) put in at some line
    const from = rng.pick(corpus).text.split('\n').filter((l) => l.trim() && !l.trim().startsWith('//'));
    const l = rng.pick(from);
    const lines = text.split('\n');
    const i = rng.int(lines.length + 1);
    lines.splice(i, 0, l);
    return { text: lines.join('\n'), what: `line#${i + 1} ${JSON.stringify(l.trim().slice(0, 40))}` };
  },
};

const SEMANTIC_WEIGHTS: Record<string, number> = { number: 5, name: 2, argument: 2, line: 1 };

/** A mutated spec for compile, with the options it is compiled under. */
export interface CompileCase {
  label: string;
  text: string;
  options: CompileOptions;
}

/** Case i of the compile fuzz: 1 to 10 text mutations of a shipped spec; sometimes a batch size, overrides or a purpose. */
export function compileCase(corpus: readonly Corpus[], seed: number, i: number): CompileCase {
  const spec = corpus[i % corpus.length];
  const rng = new Rng(deriveSeed(seed ^ salt.compile, i));
  const pool = poolOf(corpus);
  // Half the cases change meaning but keep the syntax (sizes, names, arguments), so they get past the checker to the backend.
  const semantic = rng.chance(0.5);
  const k = Number(semantic ? rng.weighted({ 0: 4, 1: 50, 2: 30, 3: 16 }) : rng.weighted({ 1: 50, 2: 25, 3: 12, 5: 7, 10: 2 }));
  let text = spec.text;
  const did: string[] = [];
  for (let j = 0; j < k; j++) {
    const r = semantic ? semanticMutators[rng.weighted(SEMANTIC_WEIGHTS)](text, rng, corpus) : mutators[rng.weighted(MUTATOR_WEIGHTS)](text, rng, pool);
    text = r.text;
    did.push(r.what);
  }
  const options: CompileOptions = { purpose: rng.pick(['auto', 'auto', 'auto', 'train', 'inference'] as const) };
  if (rng.chance(0.2)) options.batch = rng.pick([1, 2, 3, 5, 64]);
  if (rng.chance(0.08)) {
    const names = [...text.matchAll(/^\s*const\s+([A-Za-z_]\w*)/gm)].map((m) => m[1]);
    if (names.length) options.overrides = { [rng.pick(names)]: rng.pick(['0', '1', '2', '3', '7', '0.5', '-1']) };
  }
  const opts = [options.purpose !== 'auto' ? `purpose ${options.purpose}` : '', options.batch ? `batch ${options.batch}` : '', options.overrides ? `--set ${JSON.stringify(options.overrides)}` : ''].filter(Boolean);
  return { label: `compile #${i} of ${spec.name}: ${did.join(' ; ') || 'unchanged'}${opts.length ? ` [${opts.join(', ')}]` : ''} (replay: ${replay(seed, 'compile', i)})`, text, options };
}

/** Case i of the ir-check fuzz: 1 to 3 structural mutations of a shipped spec's IR, or one to its JSON text. */
export function irCase(corpus: readonly Corpus[], seed: number, i: number): { label: string; value: unknown } {
  const spec = corpus[i % corpus.length];
  const rng = new Rng(deriveSeed(seed ^ salt.ir, i));
  const did: string[] = [];
  let value: unknown = spec.ir;
  if (rng.chance(0.08)) {
    const t = mutateText(JSON.stringify(spec.ir), rng);
    did.push(t.what);
    try {
      value = JSON.parse(t.text);
    } catch {
      value = undefined; // ir-check says "is not JSON" before reading: nothing to inspect
    }
  } else {
    for (let j = rng.range(1, 3); j > 0; j--) {
      const m = mutateJson(value as Json, rng);
      value = m.value;
      did.push(m.what);
    }
  }
  return { label: `ir #${i} of ${spec.name}: ${did.join(' ; ')} (replay: ${replay(seed, 'ir', i)})`, value };
}

/** Case i of the artifact fuzz: one of the files of a shipped spec's artifact corrupted, missing or emptied. */
export function artifactCase(corpus: readonly Corpus[], seed: number, i: number): { label: string; contents: ArtifactContents; refuse: boolean } {
  const spec = corpus[i % corpus.length];
  const rng = new Rng(deriveSeed(seed ^ salt.artifact, i));
  const c = spec.contents;
  const shaders = { ...c.shaders };
  const out: ArtifactContents = { manifestJson: c.manifestJson, shaders, irJson: c.irJson, weightsBytes: c.weightsBytes };
  let what: string;
  /** Whether the corruption surely breaks the artifact (a file missing, empty or cut short), so it must be refused. */
  let refuse = false;
  const file = rng.weighted({ manifest: 6, manifestText: 2, shader: 2, ir: 2, weights: 2 });
  if (file === 'manifest') {
    const m = mutateJson(JSON.parse(c.manifestJson) as Json, rng);
    out.manifestJson = JSON.stringify(m.value);
    what = `manifest.json ${m.what}`;
  } else if (file === 'manifestText') {
    const t = mutateText(c.manifestJson, rng);
    out.manifestJson = t.text;
    what = `manifest.json text ${t.what}`;
    refuse = t.what.startsWith('cut') && t.text.trim().length < c.manifestJson.trim().length;
  } else if (file === 'shader') {
    const name = rng.pick(Object.keys(shaders).sort());
    const how = rng.int(3);
    if (how === 0) delete shaders[name];
    else shaders[name] = how === 1 ? '' : shaders[name].slice(0, rng.int(shaders[name].length));
    what = `${name} ${['missing', 'empty', 'cut short'][how]}`;
    refuse = how < 2;
  } else if (file === 'ir') {
    const m = rng.chance(0.5) ? mutateJson(spec.ir, rng) : undefined;
    const t = m ? undefined : mutateText(c.irJson, rng);
    out.irJson = m ? JSON.stringify(m.value) : t!.text;
    what = `program.ir.json ${m?.what ?? t!.what}`;
  } else {
    const bytes = new Uint8Array(c.weightsBytes);
    const how = rng.int(4);
    const at = rng.int(how === 1 ? Math.min(bytes.length, 200) : bytes.length);
    if (how === 0) out.weightsBytes = bytes.slice(0, at);
    else if (how === 1 || how === 2) bytes[at] ^= 1 << rng.int(8);
    else out.weightsBytes = new Uint8Array(0);
    if (how === 1 || how === 2) out.weightsBytes = bytes;
    what = `weights.safetensors ${['cut at ' + at, 'header byte ' + at + ' flipped', 'byte ' + at + ' flipped', 'empty'][how]}`;
    refuse = how === 0 || how === 3;
  }
  return { label: `artifact #${i} of ${spec.name}: ${what} (replay: ${replay(seed, 'artifact', i)})`, contents: out, refuse };
}

/** One distinct finding: how often, the first case that hit it and a reproduction. */
export interface Seen {
  finding: Finding;
  count: number;
  label: string;
  /** The input as a JavaScript expression, for spec cases. */
  input?: string;
  minimal?: string;
}

/** Distinct findings by signature, with counts and the first reproduction of each. */
export class Findings {
  readonly seen = new Map<string, Seen>();

  /** Records the findings of one case; `minimise` (for spec cases) shrinks the input while the finding still shows. */
  add(label: string, findings: Finding[], input?: string, minimise?: (signature: string) => string | undefined): void {
    for (const f of findings) {
      const s = this.seen.get(f.signature);
      if (s) s.count++;
      else this.seen.set(f.signature, { finding: f, count: 1, label, input, minimal: !f.known && !/^(hang|slow)/.test(f.signature) ? minimise?.(f.signature) : undefined });
    }
  }

  /** The findings that are no one else's: these fail the run. */
  get fresh(): Seen[] {
    return [...this.seen.values()].filter((s) => !s.finding.known);
  }

  get known(): Seen[] {
    return [...this.seen.values()].filter((s) => s.finding.known);
  }

  /** A reproduction of each finding: the signature, the case, the input (and a minimised one) and the stack. */
  report(which: Seen[] = this.fresh): string {
    return which
      .map((s, i) => {
        const out = [`── ${i + 1}/${which.length}: ${s.finding.signature}${s.finding.known ? `  [known: ${s.finding.known}]` : ''}`, `   ${s.count} case(s); first: ${s.label}`, indent(s.finding.detail.slice(0, 1200), '   ')];
        if (s.minimal !== undefined) out.push(`   minimised input (as JS): ${shorten(asJsExpression(s.minimal), 1500)}`);
        if (s.input !== undefined) out.push(`   input (as JS): ${shorten(asJsExpression(s.input), 1500)}`);
        if (s.finding.stack) out.push('   stack:', indent(stackFrom(s.finding.stack), '     '));
        return out.join('\n');
      })
      .join('\n\n');
  }
}
