// Takes the whole pipeline (compileSource with the backend, moduleFromJson, emitModule, parseArtifact); gives the fuzz
// harness's inspection of one compile, one IR document and one artifact, each interrupted at a time limit, returning the
// invariants it broke as findings, and the judge of which findings are the checker's static limits (helper B's part of
// issue 10: sizes, f32 range, deep `repeat`) rather than bugs of the stages after the checker.
import { compileSource, type CompileOptions } from '../../compiler/compile.js';
import { emitModule } from '../../compiler/emit/emit.js';
import { codes } from '../../core/codes.js';
import { SourceFile } from '../../core/diagnostic.js';
import type { Module } from '../../core/ir.js';
import { moduleFromJson, moduleToJson, verifyModule } from '../../core/ir-json.js';
import type { Artifact } from '../../core/artifact.js';
import { ArtifactError, type ArtifactContents, artifactFiles, parseArtifact } from '../../runtime/load.js';
import { errorText, isTimeout, messageShape, projectFrame, recursionCycle, spanProblem, stopwatch, withTimeout, type Problem } from './fuzz.js';

/** A broken invariant; `known` says whose it is when it is not a bug of the stages this harness is about. */
export interface Finding extends Problem {
  known?: string;
}

/** What inspecting one case gave: the findings, how long the call took, and why it was skipped (over the static limits). */
export interface Outcome {
  findings: Finding[];
  ms: number;
  skipped?: string;
  /** Whether the case came through: an artifact compiled, an IR document accepted, an artifact loaded. */
  accepted?: boolean;
}

/** No single case may run longer than this (issue 10: no hang over 10 s); a call still running is interrupted. */
export const CASE_LIMIT_MS = 10_000;

/**
 * The static limits the checker is gaining (issue 10 item 2): WebGPU's default maxStorageBufferBindingSize (128 MiB of
 * f32) per tensor and maxBufferSize (256 MiB) for the resident arenas. A spec over them is the checker's to refuse; the
 * harness stops its compile after lowering (the later stages and the initial weights would take memory it cannot spare).
 */
export const staticLimits = { tensorElements: 2 ** 25, residentElements: 2 ** 26, nodes: 200_000 };

const numel = (shape: readonly number[]) => shape.reduce((a, b) => a * b, 1);

/** Why a module is over the static limits, or undefined. */
export function overLimits(m: Module): string | undefined {
  const resident = [...m.params, ...m.state].reduce((s, x) => s + numel(x.shape), 0);
  if (resident > staticLimits.residentElements) return `${resident} parameter and state elements (limit ${staticLimits.residentElements})`;
  for (const p of m.programs) {
    if (p.nodes.length > staticLimits.nodes) return `${p.name} has ${p.nodes.length} IR nodes (limit ${staticLimits.nodes})`;
    for (const n of p.nodes) if (numel(n.shape) > staticLimits.tensorElements) return `${p.name} %${n.id} (${n.op}) has ${numel(n.shape)} elements (limit ${staticLimits.tensorElements})`;
  }
  return undefined;
}

/** Thrown from the compile's stage hook to stop a spec over the static limits. */
class OverLimits {
  constructor(readonly why: string) {}
}

/** The numbers written in a spec and its overrides. */
function literals(text: string, overrides: Record<string, string> | undefined): number[] {
  const all = [text, ...Object.values(overrides ?? {})].join('\n');
  return [...all.matchAll(/(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/g)].map((m) => Number(m[0]));
}

const F32_MAX = 3.4028234663852886e38;

/**
 * Whose a finding is when it is not the later stages': the checker's and the grammar's (their frames are on top of the
 * stack), or the static limits' (a size of 2^31 or more, a number past f32, a `repeat` of 100 or more).
 */
export function knownOwner(text: string, options: CompileOptions, p: Problem): string | undefined {
  const frame = projectFrame(p.stack);
  if (/^(compiler\/check|grammar)\//.test(frame)) return `B: the checker or grammar (${frame})`;
  if (/Maximum call stack/.test(p.signature) && /\((compiler\/check|grammar)\//.test(p.signature)) return 'B: deep recursion in the checker';
  const ns = literals(text, options.overrides);
  if (ns.some((n) => n > F32_MAX)) return 'B: a number beyond the f32 range';
  if (ns.some((n) => n >= 2 ** 31)) return 'B: a size of 2^31 or more';
  const repeats = [...text.matchAll(/repeat\s*\(\s*(\d+)/g)].map((m) => Number(m[1]));
  if (repeats.some((n) => n >= 100) || Object.values(options.overrides ?? {}).some((v) => Number(v) >= 100)) return 'B: a large repeat count';
  return undefined;
}

/** A finding for anything a call threw: its message shape and where, or the recursion cycle of a stack overflow. */
function thrown(what: string, e: unknown, ms: number): Finding {
  const { head, stack } = errorText(e);
  const overflow = /Maximum call stack size exceeded/.test(head);
  return {
    signature: overflow ? `${what} throws ${head} in ${recursionCycle(stack)}` : `${what} throws ${messageShape(head.split('\n')[0])} @ ${projectFrame(stack)}`,
    detail: `${what} threw after ${ms.toFixed(0)} ms: ${head.slice(0, 800)}`,
    stack,
  };
}

/**
 * Runs fn within the case limit: its value, or the finding of its throw, of its taking longer than the limit (by the
 * stopwatch, so other processes' turns do not count), or of its hang (interrupted at six times the limit, wall time).
 */
function guarded<T>(what: string, fn: () => T, limitMs: number): { value?: T; finding?: Finding; error?: unknown; ms: number } {
  const elapsed = stopwatch();
  const trace = Error.stackTraceLimit;
  Error.stackTraceLimit = 60;
  const interruptMs = Math.max(6 * limitMs, 60_000);
  try {
    const value = withTimeout(fn, interruptMs);
    const ms = elapsed();
    if (ms > limitMs) return { finding: { signature: `slow: ${what} over ${limitMs} ms`, detail: `${what} took ${ms.toFixed(0)} ms` }, ms };
    return { value, ms };
  } catch (e) {
    const ms = elapsed();
    if (isTimeout(e)) return { finding: { signature: `hang: ${what} interrupted after ${interruptMs} ms`, detail: `${what} had not returned after ${ms.toFixed(0)} ms of its own time` }, ms };
    return { finding: thrown(what, e, ms), error: e, ms };
  } finally {
    Error.stackTraceLimit = trace;
  }
}

const knownCodes = new Set(Object.keys(codes));

/** Non-finite numbers in WGSL code (comments left out): what an overflowing constant would turn into. */
function nonFiniteWgsl(artifact: Artifact): string | undefined {
  for (const [name, code] of Object.entries(artifact.shaders)) {
    const m = /\b(inf|nan|Infinity|NaN)\b/.exec(code.replace(/\/\/.*$/gm, ''));
    if (m) return `${name} holds "${m[1]}"`;
  }
  return undefined;
}

/** An artifact as the files `mdlc compile -o` writes hold it (JSON text), without weights. */
export function contentsOf(artifact: Artifact): ArtifactContents {
  return { manifestJson: JSON.stringify(artifact.manifest), shaders: { ...artifact.shaders }, ...(artifact.module ? { irJson: JSON.stringify(moduleToJson(artifact.module)) } : {}) };
}

/**
 * Compiles a spec through the backend and checks: no throw and no hang; diagnostics in range with known codes; an
 * artifact exactly when there are no errors; the IR verifies; no non-finite number in WGSL; the artifact loads back.
 */
export function inspectCompile(text: string, options: CompileOptions = {}, limitMs = CASE_LIMIT_MS): Outcome {
  const file = new SourceFile('fuzz.model', text);
  const gate = (_stage: string, m: Module) => {
    const why = overLimits(m);
    if (why) throw new OverLimits(why);
  };
  const r = guarded('compileSource', () => compileSource(file, { ...options, backend: true, after: gate }), limitMs);
  // The checker passed a spec over the static limits: its part of issue 10 (helper B's), reported, not counted.
  if (r.error instanceof OverLimits) return { findings: [{ signature: 'check accepts a spec over the static limits', detail: r.error.why, known: 'B: the static limits' }], ms: r.ms, skipped: r.error.why };
  const own = (p: Problem): Finding => ({ ...p, known: knownOwner(text, options, p) });
  if (r.finding) return { findings: [own(r.finding)], ms: r.ms };
  const result = r.value!;
  const findings: Finding[] = [];
  for (const d of result.diagnostics) {
    const sp = spanProblem(d.span, text.length);
    if (sp) findings.push({ signature: `compile: bad span: ${d.code} ${messageShape(d.message)}`, detail: `${d.code} ${d.message}: ${sp}` });
    if (!knownCodes.has(d.code)) findings.push({ signature: `compile: unknown code ${d.code}`, detail: d.message });
    if (d.code === 'E0999') findings.push({ signature: `compile: internal compiler error diagnostic: ${messageShape(d.message)}`, detail: d.message });
  }
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length === 0 && !result.artifact) findings.push({ signature: 'compile: silent failure: no artifact and no error', detail: `diagnostics: ${result.diagnostics.map((d) => d.code).join(', ') || 'none'}` });
  if (errors.length > 0 && result.artifact) findings.push({ signature: `compile: artifact returned with errors: ${errors[0].code}`, detail: errors.map((d) => d.message).join('; ') });
  if (result.artifact && result.module) {
    const bad = verifyModule(result.module, file);
    if (bad.length) findings.push({ signature: `compile: the compiled IR does not verify: ${messageShape(bad[0])}`, detail: bad.slice(0, 5).join('\n') });
    const inf = nonFiniteWgsl(result.artifact);
    if (inf) findings.push({ signature: 'compile: WGSL holds a non-finite number', detail: inf });
    const back = guarded('parseArtifact of the compiled artifact', () => parseArtifact(contentsOf(result.artifact!)), limitMs);
    if (back.error instanceof ArtifactError) findings.push({ signature: `compile: the compiled artifact does not load: ${messageShape(back.error.problems[0] ?? '')}`, detail: back.error.problems.slice(0, 5).join('\n') });
    else if (back.finding) findings.push(back.finding);
  }
  return { findings: findings.map(own), ms: r.ms, accepted: !!result.artifact };
}

/**
 * Reads one IR document as `mdlc ir-check` does and checks: no throw and no hang; every problem a sentence; and a module
 * it accepts compiles through the backend (fuse, plan, emit) without a throw, so ir-check's word can be trusted.
 */
export function inspectIr(value: unknown, limitMs = CASE_LIMIT_MS): Outcome {
  const r = guarded('moduleFromJson', () => moduleFromJson(value), limitMs);
  if (r.finding) return { findings: [r.finding], ms: r.ms };
  const { module, errors } = r.value!;
  const findings: Finding[] = [];
  if (!Array.isArray(errors) || errors.some((e) => typeof e !== 'string' || e === '')) findings.push({ signature: 'ir: errors are not sentences', detail: String(errors) });
  if (!module && errors.length === 0) findings.push({ signature: 'ir: silent failure: no module and no error', detail: '' });
  if (module && errors.length) findings.push({ signature: 'ir: module returned with errors', detail: errors.join('\n') });
  if (!module) return { findings, ms: r.ms };
  const why = overLimits(module);
  if (why) return { findings, ms: r.ms, skipped: why, accepted: true };
  const back = guarded('the backend on IR that ir-check accepted', () => emitModule(module, { text: '' }), limitMs);
  if (back.finding) findings.push(back.finding);
  return { findings, ms: r.ms + back.ms, accepted: true };
}

/** A problem of an ArtifactError must start with the file at fault. */
const namesAFile = new RegExp(`^(${[artifactFiles.manifest, artifactFiles.weights, artifactFiles.ir].map((f) => f.replace('.', '\\.')).join('|')}|[A-Za-z0-9_][A-Za-z0-9_.-]*\\.wgsl): \\S`);

/**
 * Loads one artifact's contents and checks: an Artifact or an ArtifactError whose every problem names its file; nothing
 * else thrown, no hang; and a refusal when `refuse` (a file missing, empty or cut short).
 */
export function inspectArtifact(contents: ArtifactContents, refuse = false, limitMs = CASE_LIMIT_MS): Outcome {
  const r = guarded('parseArtifact', () => parseArtifact(contents), limitMs);
  if (r.error instanceof ArtifactError) {
    const findings: Finding[] = [];
    if (r.error.problems.length === 0) findings.push({ signature: 'artifact: ArtifactError with no problem', detail: '' });
    for (const p of r.error.problems) if (!namesAFile.test(p)) findings.push({ signature: `artifact: a problem that names no file: ${messageShape(p)}`, detail: p });
    return { findings, ms: r.ms };
  }
  if (r.finding) return { findings: [r.finding], ms: r.ms };
  return { findings: refuse ? [{ signature: 'artifact: a missing, empty or truncated file is accepted', detail: '' }] : [], ms: r.ms, accepted: true };
}
