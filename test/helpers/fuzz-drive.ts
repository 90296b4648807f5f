// Takes the corpus, a seed and case indices of one kind (compile, ir, artifact); gives the runs of the pipeline fuzz: each
// case inspected within the time limit, its findings collected (spec cases minimised), and figures for the summary line.
// test/fuzz-pipeline.test.ts runs a reduced form, scripts/fuzz.ts (`npm run fuzz`) the long one.
import type { CheckOptions } from '../../compiler/check/check.js';
import { inspect, minimise } from './fuzz.js';
import { CASE_LIMIT_MS, type Finding, inspectArtifact, inspectCompile, inspectIr, knownOwner, type Outcome } from './fuzz-pipeline.js';
import { artifactCase, compileCase, type Corpus, type Findings, irCase } from './fuzz-cases.js';

/** The kinds of case, by what they drive. */
export type FuzzKind = 'compile' | 'ir' | 'artifact';

/** Figures of one run: cases, how many came through (compiled, accepted, loaded), skipped over the limits, slowest. */
export interface RunFigures {
  kind: FuzzKind;
  cases: number;
  accepted: number;
  skipped: number;
  /** Of compile cases: how many the front end also went through as `check` (its own invariants). */
  checked: number;
  ms: number;
  slowest: { ms: number; label: string };
}

/** Runs cases `indices` of one kind into `findings`; `progress` is called every 500 cases. */
export function runKind(kind: FuzzKind, corpus: readonly Corpus[], seed: number, indices: Iterable<number>, findings: Findings, options: { limitMs?: number; progress?: (f: RunFigures) => void } = {}): RunFigures {
  const limitMs = options.limitMs ?? CASE_LIMIT_MS;
  const f: RunFigures = { kind, cases: 0, accepted: 0, skipped: 0, checked: 0, ms: 0, slowest: { ms: 0, label: '' } };
  const t0 = performance.now();
  for (const i of indices) {
    let label: string;
    let out: Outcome;
    if (kind === 'compile') {
      const c = compileCase(corpus, seed, i);
      label = c.label;
      // `check` first, with the front end's own invariants (spans, codes, renderers), then the whole pipeline
      const checked = inspect(c.text, { overrides: c.options.overrides, purpose: c.options.purpose } as CheckOptions);
      f.checked++;
      const front: Finding[] = checked.problems.map((p) => ({ ...p, signature: `check: ${p.signature}`, known: knownOwner(c.text, c.options, p) }));
      out = inspectCompile(c.text, c.options, limitMs);
      out.findings.unshift(...front);
      const stillFails = (signature: string) => (t: string) => inspectCompile(t, c.options, limitMs).findings.some((x) => x.signature === signature);
      findings.add(label, out.findings, c.text, (signature) => (signature.startsWith('check: ') ? undefined : shrink(c.text, stillFails(signature))));
    } else if (kind === 'ir') {
      const c = irCase(corpus, seed, i);
      label = c.label;
      out = c.value === undefined ? { findings: [], ms: 0 } : inspectIr(c.value, limitMs);
      findings.add(label, out.findings);
    } else {
      const c = artifactCase(corpus, seed, i);
      label = c.label;
      out = inspectArtifact(c.contents, c.refuse, limitMs);
      findings.add(label, out.findings);
    }
    f.cases++;
    if (out.accepted) f.accepted++;
    if (out.skipped) f.skipped++;
    if (out.ms > f.slowest.ms) f.slowest = { ms: out.ms, label };
    if (f.cases % 500 === 0) options.progress?.({ ...f, ms: performance.now() - t0 });
  }
  f.ms = performance.now() - t0;
  return f;
}

/** A minimised input when shrinking is cheap (a few dozen compiles), else undefined. */
function shrink(text: string, stillFails: (t: string) => boolean): string | undefined {
  const m = minimise(text, stillFails, { calls: 120, ms: 20_000 });
  return m.length < text.length ? m : undefined;
}

/** One line of figures for a run. */
export function figuresLine(f: RunFigures): string {
  const what = { compile: 'compiled to WGSL', ir: 'accepted by ir-check (then fused, planned, emitted)', artifact: 'loaded' }[f.kind];
  return `${f.kind}: ${f.cases} cases${f.kind === 'compile' ? ` (each also through check)` : ''}, ${f.accepted} ${what}, ${f.skipped} over the static limits (skipped), ${(f.ms / 1000).toFixed(1)} s, slowest ${f.slowest.ms.toFixed(0)} ms: ${f.slowest.label.slice(0, 140)}`;
}
