// A model's weights, optimizer state, layer variables and step <-> a checkpoint, matched to the program by its hashes, every tensor checked before any is written.
// Checkpoints are data here (bytes via encodeCheckpoint/decodeCheckpoint); files go through the installed CheckpointFiles (Node's file system).
import type { Artifact } from '../../core/artifact.js';
import { type Checkpoint, CheckpointError, checkCompatible, checkpointFiles, type RestoreOptions } from '../checkpoint.js';
import { nonFiniteProblems } from '../checkpoint-fit.js';
import type { Engine } from './engine.js';
import { checkPreprocessing, type Preprocessing } from '../data/preprocessing.js';

/** What saving and restoring need of a model. */
export interface Checkpointed {
  readonly artifact: Artifact;
  readonly engine: Engine;
  step: number;
  /** How the model's data was prepared: saved with its checkpoints, and set from one that has it. */
  preprocessing?: Preprocessing;
}

/** Run metadata stored with a checkpoint. */
export interface SaveMeta {
  epoch: number;
  seed: number;
  stepInEpoch?: number;
  history?: unknown;
}

/** The model's checkpoint now: weights, optimizer state and step counter, with the spec text and program hash. */
export async function checkpointOf(model: Checkpointed, meta: SaveMeta): Promise<Checkpoint> {
  const m = model.artifact.manifest;
  const shapes = { params: Object.fromEntries(m.params.map((p) => [p.path, p.shape])), state: Object.fromEntries(m.state.map((s) => [s.path, s.shape])) };
  return {
    params: await model.engine.readParams(),
    state: await model.engine.readState(),
    shapes,
    meta: { spec: m.specText, specHash: m.specHash, programHash: m.programHash, model: m.model, epoch: meta.epoch, step: model.step, seed: meta.seed, stepInEpoch: meta.stepInEpoch, history: meta.history, ...(model.preprocessing ? { preprocessing: model.preprocessing } : {}) },
  };
}

/** Writes the model's checkpoint to a file (atomically, in Node). */
export async function saveModel(model: Checkpointed, path: string, meta: SaveMeta): Promise<void> {
  await checkpointFiles().save(path, await checkpointOf(model, meta));
}

/** Restores a checkpoint file into a model (see `Model.restore`); returns it. */
export async function restoreModel(model: Checkpointed, path: string, options: RestoreOptions = {}): Promise<Checkpoint> {
  return restoreCheckpointInto(model, await checkpointFiles().load(path), options, path);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * Restores a checkpoint in memory into a model; `name` labels it in the CheckpointError. Everything is checked before
 * anything is written, so a refused checkpoint leaves the model as it was.
 */
export function restoreCheckpointInto(model: Checkpointed, ckpt: Checkpoint, options: RestoreOptions = {}, name?: string): Checkpoint {
  const m = model.artifact.manifest;
  const label = name === undefined ? 'the checkpoint' : `checkpoint ${name}`;
  if (!isObject(ckpt) || !isObject(ckpt.params) || !isObject(ckpt.state) || !isObject(ckpt.shapes) || !isObject(ckpt.shapes.params) || !isObject(ckpt.shapes.state) || !isObject(ckpt.meta))
    throw new CheckpointError(`${label} is not a checkpoint: expected { params, state, shapes: { params, state }, meta }, as decodeCheckpoint returns`);
  const tensor = (t: { path: string; shape: number[] }) => ({ path: t.path, shape: t.shape });
  const params = m.params.map(tensor);
  const variables = m.state.filter((s) => s.role === 'variable').map(tensor);
  const state = options.weightsOnly ? undefined : m.state.map(tensor);
  const problems = checkCompatible(ckpt, {
    programHash: m.programHash,
    params,
    variables,
    state,
    match: options.allowOtherSpec ? 'shapes' : options.weightsOnly ? 'spec' : 'program',
    spec: { model: m.model, specHash: m.specHash, text: m.specText },
  });
  if (!options.weightsOnly && !(Number.isSafeInteger(ckpt.meta.step) && ckpt.meta.step >= 0)) problems.push(`its step ${String(ckpt.meta.step)} is not a non-negative integer`);
  if (problems.length) throw new CheckpointError(`${label} does not fit ${m.model}: ${problems.join('; ')}`);
  // Checked with the tensors, so a refused checkpoint leaves the model's preprocessing as it was too.
  const preprocessing = ckpt.meta.preprocessing === undefined ? undefined : checkPreprocessing(ckpt.meta.preprocessing, label);
  const written = state ?? variables;
  if (!options.allowNonFinite) {
    const bad = [...nonFiniteProblems('parameter', ckpt.params, params.map((p) => p.path)), ...nonFiniteProblems('state tensor', ckpt.state, written.map((s) => s.path))];
    if (bad.length)
      throw new CheckpointError(`${label} holds non-finite values: ${bad.join('; ')}; it was saved after training diverged, or it is corrupt (allowNonFinite: true loads it anyway)`);
  }
  model.engine.writeParams(Object.fromEntries(params.map((p) => [p.path, ckpt.params[p.path]])));
  // Layer variables are weights too: inference with BatchNorm needs its moving statistics.
  if (written.length) model.engine.writeState(Object.fromEntries(written.map((s) => [s.path, ckpt.state[s.path]])));
  if (!options.weightsOnly) model.step = ckpt.meta.step;
  // A checkpoint without preprocessing (written before it travelled) keeps the model's own, if it has one.
  if (preprocessing) model.preprocessing = preprocessing;
  return ckpt;
}
