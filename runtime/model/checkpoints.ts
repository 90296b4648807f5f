// A model's weights, optimizer state, layer variables and step <-> a checkpoint, matched to the program by its hashes.
// Checkpoints are data here (bytes via encodeCheckpoint/decodeCheckpoint); files go through the installed CheckpointFiles (Node's file system).
import type { Artifact } from '../../core/artifact.js';
import { type Checkpoint, CheckpointError, checkCompatible, checkpointFiles } from '../checkpoint.js';
import type { Engine } from './engine.js';

/** What saving and restoring need of a model. */
export interface Checkpointed {
  readonly artifact: Artifact;
  readonly engine: Engine;
  step: number;
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
    meta: { spec: m.specText, specHash: m.specHash, programHash: m.programHash, model: m.model, epoch: meta.epoch, step: model.step, seed: meta.seed, stepInEpoch: meta.stepInEpoch, history: meta.history },
  };
}

/** Writes the model's checkpoint to a file (atomically, in Node). */
export async function saveModel(model: Checkpointed, path: string, meta: SaveMeta): Promise<void> {
  await checkpointFiles().save(path, await checkpointOf(model, meta));
}

/** Restores a checkpoint file into a model (see `Model.restore`); returns it. */
export async function restoreModel(model: Checkpointed, path: string, options: { weightsOnly?: boolean } = {}): Promise<Checkpoint> {
  return restoreCheckpointInto(model, await checkpointFiles().load(path), options, path);
}

/** Restores a checkpoint in memory into a model; `name` labels it in the CheckpointError. */
export function restoreCheckpointInto(model: Checkpointed, ckpt: Checkpoint, options: { weightsOnly?: boolean } = {}, name?: string): Checkpoint {
  const m = model.artifact.manifest;
  const variables = m.state.filter((s) => s.role === 'variable').map((s) => ({ path: s.path, shape: s.shape }));
  const problems = checkCompatible(ckpt, { programHash: options.weightsOnly ? ckpt.meta.programHash : m.programHash, params: m.params.map((p) => ({ path: p.path, shape: p.shape })), variables });
  if (problems.length) throw new CheckpointError(`${name === undefined ? 'the checkpoint' : `checkpoint ${name}`} does not fit ${m.model}: ${problems.join('; ')}`);
  model.engine.writeParams(ckpt.params);
  if (options.weightsOnly) {
    // Layer variables are weights too: inference with BatchNorm needs its moving statistics.
    if (variables.length) model.engine.writeState(Object.fromEntries(variables.map((v) => [v.path, ckpt.state[v.path]])));
    return ckpt;
  }
  model.engine.writeState(ckpt.state);
  model.step = ckpt.meta.step;
  return ckpt;
}
