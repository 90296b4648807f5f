// A model's weights, optimizer state and step <-> a checkpoint file, matched to the program by its hashes (Node only).
// Checkpoints need node:fs, so their module is imported when saved or restored: the rest of the model runs in browsers.
import type { Artifact } from '../../core/artifact.js';
import type { Checkpoint } from '../checkpoint.js';
import type { Engine } from './engine.js';

/** What saving and restoring need of a model. */
export interface Checkpointed {
  readonly artifact: Artifact;
  readonly engine: Engine;
  step: number;
}

/** Writes weights, optimizer state and step counter (atomically) with the spec text and program hash. */
export async function saveModel(model: Checkpointed, path: string, meta: { epoch: number; seed: number; stepInEpoch?: number; history?: unknown }): Promise<void> {
  const m = model.artifact.manifest;
  const shapes = { params: Object.fromEntries(m.params.map((p) => [p.path, p.shape])), state: Object.fromEntries(m.state.map((s) => [s.path, s.shape])) };
  const { saveCheckpoint } = await import('../checkpoint.js');
  await saveCheckpoint(path, {
    params: await model.engine.readParams(),
    state: await model.engine.readState(),
    shapes,
    meta: { spec: m.specText, specHash: m.specHash, programHash: m.programHash, model: m.model, epoch: meta.epoch, step: model.step, seed: meta.seed, stepInEpoch: meta.stepInEpoch, history: meta.history },
  });
}

/** Restores a checkpoint into a model (see `Model.restore`); returns it. */
export async function restoreModel(model: Checkpointed, path: string, options: { weightsOnly?: boolean } = {}): Promise<Checkpoint> {
  const { checkCompatible, CheckpointError, loadCheckpoint } = await import('../checkpoint.js');
  const ckpt = await loadCheckpoint(path);
  const m = model.artifact.manifest;
  const problems = checkCompatible(ckpt, { programHash: options.weightsOnly ? ckpt.meta.programHash : m.programHash, params: m.params.map((p) => ({ path: p.path, shape: p.shape })) });
  if (problems.length) throw new CheckpointError(`checkpoint ${path} does not fit ${m.model}: ${problems.join('; ')}`);
  model.engine.writeParams(ckpt.params);
  if (options.weightsOnly) return ckpt;
  model.engine.writeState(ckpt.state);
  model.step = ckpt.meta.step;
  return ckpt;
}
