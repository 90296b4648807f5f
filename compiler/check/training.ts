// Losses, optimizers, metrics and train settings: argument schemas and the compatibility rules between them.
import type { ArgSpec } from './args.js';
import type { LossKind, MetricKind, OptimizerKind } from './types.js';

const clip: ArgSpec = { name: 'clip_norm', type: { t: 'number', min: 0 }, default: 0, doc: 'clip gradients to this global L2 norm; 0 disables clipping' };
const beta1: ArgSpec = { name: 'beta1', type: { t: 'number', min: 0, max: 1, maxOpen: true }, default: 0.9, doc: 'decay of the first-moment estimate' };
const beta2: ArgSpec = { name: 'beta2', type: { t: 'number', min: 0, max: 1, maxOpen: true }, default: 0.999, doc: 'decay of the second-moment estimate' };
const epsilon: ArgSpec = { name: 'epsilon', type: { t: 'number', min: 0, minOpen: true }, default: 1e-7, doc: 'added to the denominator (Keras default)' };
const l2: ArgSpec = { name: 'l2', type: { t: 'number', min: 0 }, default: 0, doc: 'L2 weight decay: adds l2 · sum(w²) over all kernels to the loss' };

/** One loss: arguments (the first two are the prediction and target tensors). */
export interface LossRule {
  doc: string;
  args: ArgSpec[];
}

const predTarget: ArgSpec[] = [
  { name: 'prediction', type: { t: 'tensor' }, doc: 'the model output compared against the target' },
  { name: 'target', type: { t: 'tensor' }, doc: 'the target tensor' },
];

/** The losses, keyed by name. */
export const losses: Record<LossKind, LossRule> = {
  mse: { doc: 'mean squared error; prediction and target of the same shape', args: [...predTarget, l2] },
  mae: { doc: 'mean absolute error; prediction and target of the same shape', args: [...predTarget, l2] },
  cross_entropy: {
    doc: 'softmax cross-entropy from logits [..., classes]; target is i32 class ids [...] or one-hot f32 [..., classes]',
    args: [...predTarget, { name: 'label_smoothing', type: { t: 'number', min: 0, max: 1, maxOpen: true }, default: 0, doc: 'mix one-hot targets with the uniform distribution' }, l2],
  },
  binary_cross_entropy: {
    doc: 'binary cross-entropy; target f32 in [0, 1] of the same shape as the prediction',
    args: [...predTarget, { name: 'from_logits', type: { t: 'bool' }, default: true, doc: 'whether the prediction is a logit (true) or a probability (false)' }, l2],
  },
};

/** The optimizers, keyed by name. */
export const optimizers: Record<OptimizerKind, { doc: string; args: ArgSpec[] }> = {
  sgd: {
    doc: 'stochastic gradient descent with optional (Nesterov) momentum',
    args: [
      { name: 'lr', type: { t: 'schedule' }, default: { kind: 'constant', lr: 0.01 }, doc: 'learning rate or schedule' },
      { name: 'momentum', type: { t: 'number', min: 0, max: 1, maxOpen: true }, default: 0, doc: 'momentum factor' },
      { name: 'nesterov', type: { t: 'bool' }, default: false, doc: 'use Nesterov momentum' },
      clip,
    ],
  },
  adam: { doc: 'Adam', args: [{ name: 'lr', type: { t: 'schedule' }, default: { kind: 'constant', lr: 1e-3 }, doc: 'learning rate or schedule' }, beta1, beta2, epsilon, clip] },
  adamw: {
    doc: 'Adam with decoupled weight decay',
    args: [
      { name: 'lr', type: { t: 'schedule' }, default: { kind: 'constant', lr: 1e-3 }, doc: 'learning rate or schedule' },
      beta1,
      beta2,
      epsilon,
      { name: 'weight_decay', type: { t: 'number', min: 0 }, default: 0.004, doc: 'decoupled weight decay (Keras default 0.004)' },
      clip,
    ],
  },
};

/** The metrics, keyed by name, with the losses they make sense for. */
export const metrics: Record<MetricKind, { doc: string; args: ArgSpec[]; needs: 'classification' | 'any' }> = {
  accuracy: { doc: 'fraction of correct predictions (argmax for cross_entropy, threshold for binary_cross_entropy)', args: [{ name: 'threshold', type: { t: 'number', min: 0, max: 1 }, default: 0.5, doc: 'decision threshold on the probability (binary only)' }], needs: 'classification' },
  precision: { doc: 'true positives / predicted positives (macro-averaged over classes for cross_entropy)', args: [{ name: 'threshold', type: { t: 'number', min: 0, max: 1 }, default: 0.5, doc: 'decision threshold (binary only)' }], needs: 'classification' },
  recall: { doc: 'true positives / actual positives (macro-averaged over classes for cross_entropy)', args: [{ name: 'threshold', type: { t: 'number', min: 0, max: 1 }, default: 0.5, doc: 'decision threshold (binary only)' }], needs: 'classification' },
  f1: { doc: 'harmonic mean of precision and recall', args: [{ name: 'threshold', type: { t: 'number', min: 0, max: 1 }, default: 0.5, doc: 'decision threshold (binary only)' }], needs: 'classification' },
  mse: { doc: 'mean squared error of the loss prediction', args: [], needs: 'any' },
  mae: { doc: 'mean absolute error of the loss prediction', args: [], needs: 'any' },
};

/** The `train` settings. */
export const trainSettings: ArgSpec[] = [
  { name: 'batch_size', type: { t: 'int', min: 1 }, default: 32, doc: 'samples per step' },
  { name: 'epochs', type: { t: 'int', min: 1 }, default: 1, doc: 'passes over the training data' },
  { name: 'seed', type: { t: 'int', min: 0, max: 2 ** 32 - 1 }, default: 0, doc: 'seed for initialisation, shuffling and dropout' },
  { name: 'shuffle', type: { t: 'bool' }, default: true, doc: 'shuffle the training data every epoch' },
  { name: 'validation_split', type: { t: 'number', min: 0, max: 1, maxOpen: true }, default: 0, doc: 'fraction of the training data held out for validation' },
];
