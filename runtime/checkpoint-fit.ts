// A checkpoint + what a program expects of it -> the reasons it cannot be loaded (another program or spec; tensors missing, extra, mis-shaped or non-finite), as sentences.
// Only types come from runtime/checkpoint.ts, which re-exports checkCompatible, so the two files do not import each other at run time.
import type { Checkpoint } from './checkpoint.js';

/** A tensor the program has: its path and shape. */
export interface ExpectedTensor {
  path: string;
  shape: number[];
}

/**
 * How closely a checkpoint must match the program beyond its tensors' names and shapes: `program`, the same compilation
 * (a full restore, to resume); `spec`, the same spec, compiled perhaps with other settings (weights for eval or predict);
 * `shapes`, nothing more (weights of another spec that happen to fit, loaded on purpose).
 */
export type CheckpointMatch = 'program' | 'spec' | 'shapes';

/** What a program expects of a checkpoint it is about to load. */
export interface CheckpointExpectation {
  programHash: string;
  params: ExpectedTensor[];
  /** Layer variables (state with role `variable`, e.g. BatchNorm's moving statistics), which weights-only loads need too. */
  variables?: ExpectedTensor[];
  /** Every state tensor a full restore writes (optimizer state, epoch sums, layer variables): each present with its shape, and no other. */
  state?: ExpectedTensor[];
  /** `program` when absent. */
  match?: CheckpointMatch;
  /** The program's spec, which `match: 'spec'` compares with the checkpoint's. */
  spec?: { model: string; specHash: string; text: string };
}

const shapeText = (shape: readonly number[]) => `[${shape.join(', ')}]`;
const numel = (shape: readonly number[]) => shape.reduce((a, b) => a * b, 1);
const sameShape = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((d, i) => d === b[i]);

/** A spec's text with comments and runs of white space each read as one space, strings kept: what changes the model and what does not. */
export function specCore(text: string): string {
  return text.replace(/"(?:[^"\\\n]|\\.)*"|(?:\s|\/\/[^\n]*)+/g, (m) => (m.startsWith('"') ? m : ' ')).trim();
}

/** The problems of one group of tensors: each expected one missing, of another shape or with the wrong number of values; with `exact`, extra ones too. */
function groupProblems(
  what: string,
  values: Record<string, unknown>,
  shapes: Record<string, number[]>,
  expected: readonly ExpectedTensor[],
  exact: boolean,
): string[] {
  const problems: string[] = [];
  const wanted = new Set<string>();
  for (const { path, shape } of expected) {
    wanted.add(path);
    if (!Object.hasOwn(shapes, path) || !Object.hasOwn(values, path)) {
      problems.push(`${what} "${path}" ${shapeText(shape)} is missing from the checkpoint`);
      continue;
    }
    const have = shapes[path];
    if (!Array.isArray(have) || !sameShape(have, shape)) {
      problems.push(`${what} "${path}" has shape ${Array.isArray(have) ? shapeText(have) : JSON.stringify(have)} in the checkpoint but the program needs ${shapeText(shape)}`);
      continue;
    }
    const data = values[path];
    if (!(data instanceof Float32Array)) problems.push(`${what} "${path}" holds ${data?.constructor?.name ?? typeof data} in the checkpoint, but checkpoints hold F32 values (a Float32Array)`);
    else if (data.length !== numel(shape)) problems.push(`${what} "${path}" has ${data.length} values in the checkpoint but its shape ${shapeText(shape)} needs ${numel(shape)}`);
  }
  if (exact) for (const path of Object.keys(shapes)) if (!wanted.has(path)) problems.push(`the checkpoint has ${what} "${path}" ${shapeText(shapes[path] ?? [])}, which the program does not have`);
  return problems;
}

/** Why the checkpoint's origin does not match, as `match` asks, or undefined when it does. */
function originProblem(ckpt: Checkpoint, expected: CheckpointExpectation): string | undefined {
  const match = expected.match ?? 'program';
  const meta = ckpt.meta;
  if (match === 'shapes' || meta.programHash === expected.programHash) return undefined;
  if (match === 'program')
    return (
      `the checkpoint was written by a different compilation of the spec (program hash ${String(meta.programHash).slice(0, 12)} in the checkpoint, ${expected.programHash.slice(0, 12)} now); ` +
      'the spec, its settings (--set, --batch-size, --lr, --seed) or the compiler changed since it was saved'
    );
  const spec = expected.spec;
  if (spec === undefined || meta.specHash === spec.specHash || (typeof meta.spec === 'string' && specCore(meta.spec) === specCore(spec.text))) return undefined;
  return (
    `the checkpoint was trained from another spec (model "${meta.model}", spec hash ${String(meta.specHash).slice(0, 12)} in the checkpoint; model "${spec.model}", spec hash ${spec.specHash.slice(0, 12)} now), ` +
    'and the two differ in more than comments and spacing: its weights may fit by name and shape but were trained for another model ' +
    '(allowOtherSpec: true, or mdlc --allow-other-spec, loads them anyway when names and shapes fit)'
  );
}

/**
 * Lists, as readable sentences, why a checkpoint cannot be loaded into a program: another compilation or spec (as
 * `expected.match` asks), and parameters or state missing, extra, of another shape or of another length. An empty list means it fits.
 */
export function checkCompatible(ckpt: Checkpoint, expected: CheckpointExpectation): string[] {
  const problems: string[] = [];
  const origin = originProblem(ckpt, expected);
  if (origin !== undefined) problems.push(origin);
  problems.push(...groupProblems('parameter', ckpt.params, ckpt.shapes.params, expected.params, true));
  if (expected.state !== undefined) problems.push(...groupProblems('state tensor', ckpt.state, ckpt.shapes.state, expected.state, true));
  else problems.push(...groupProblems('layer variable', ckpt.state, ckpt.shapes.state, expected.variables ?? [], false));
  return problems;
}

/** One sentence per tensor of `paths` that holds NaN or infinite values, with how many; empty when every value is finite. */
export function nonFiniteProblems(what: string, values: Record<string, Float32Array>, paths: readonly string[]): string[] {
  const problems: string[] = [];
  for (const path of paths) {
    const data = values[path];
    let nan = 0;
    let infinite = 0;
    for (let i = 0; i < data.length; i++) {
      const x = data[i];
      if (x !== x) nan++;
      else if (x === Infinity || x === -Infinity) infinite++;
    }
    if (nan + infinite === 0) continue;
    const counts = [nan ? `${nan} NaN` : '', infinite ? `${infinite} infinite` : ''].filter(Boolean).join(' and ');
    problems.push(`${what} "${path}" has ${counts} of its ${data.length} values`);
  }
  return problems;
}
