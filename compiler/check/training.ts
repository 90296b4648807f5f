// Losses, optimizers, metrics and train settings: argument schemas and the compatibility rules between them.
import type { ArgSpec } from './args.js';
import type { LossKind, MetricKind, OptimizerKind } from './types.js';

const clip: ArgSpec = { name: 'clip_norm', type: { t: 'number', min: 0 }, default: 0, doc: 'clip gradients to this global L2 norm; 0 disables clipping' };
const beta1: ArgSpec = { name: 'beta1', type: { t: 'number', min: 0, max: 1, maxOpen: true }, default: 0.9, doc: 'decay of the first-moment estimate' };
const beta2: ArgSpec = { name: 'beta2', type: { t: 'number', min: 0, max: 1, maxOpen: true }, default: 0.999, doc: 'decay of the second-moment estimate' };
const epsilon: ArgSpec = { name: 'epsilon', type: { t: 'number', min: 0, minOpen: true }, default: 1e-7, doc: 'added to the denominator (Keras default)' };
const classWeight: ArgSpec = { name: 'class_weight', type: { t: 'numbers', min: 0 }, default: [], doc: 'a weight per class that multiplies each sample\'s loss by its true class\' weight; [] weighs all alike' };
const fromLogits: ArgSpec = { name: 'from_logits', type: { t: 'bool' }, default: true, doc: 'whether the prediction is a logit (true) or a probability (false)' };
const lr = (value: number): ArgSpec => ({ name: 'lr', type: { t: 'schedule' }, default: { kind: 'constant', lr: value }, doc: 'learning rate or schedule' });
const l2: ArgSpec = { name: 'l2', type: { t: 'number', min: 0 }, default: 0, doc: 'L2 weight decay: adds l2 · sum(w²) over all kernels to the loss' };

/** The groups of parameters `adamw(decay_exclude=[...])` can leave out of the weight decay, by their last path segment. */
export const decayGroups = ['bias', 'norm', 'embedding'] as const;

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
    args: [...predTarget, { name: 'label_smoothing', type: { t: 'number', min: 0, max: 1, maxOpen: true }, default: 0, doc: 'mix one-hot targets with the uniform distribution' }, classWeight, l2],
  },
  binary_cross_entropy: {
    doc: 'binary cross-entropy; target f32 in [0, 1] of the same shape as the prediction',
    args: [...predTarget, fromLogits, classWeight, l2],
  },
  huber: {
    doc: 'Huber loss: squared error below delta, linear above; prediction and target of the same shape',
    args: [...predTarget, { name: 'delta', type: { t: 'number', min: 0, minOpen: true }, default: 1, doc: 'where the loss turns from quadratic to linear' }, l2],
  },
  binary_focal_cross_entropy: {
    doc: 'binary cross-entropy weighted by (1 - p_t)^gamma, for imbalanced data; target f32 in [0, 1] of the same shape as the prediction',
    args: [
      ...predTarget,
      fromLogits,
      { name: 'gamma', type: { t: 'number', min: 0 }, default: 2, doc: 'focusing exponent: how much well-classified examples are down-weighted' },
      { name: 'alpha', type: { t: 'number', min: 0, max: 1 }, default: 0.25, doc: 'weight of the positive class under apply_class_balancing (1 - alpha for the negative)' },
      { name: 'apply_class_balancing', type: { t: 'bool' }, default: false, doc: 'weigh positives by alpha and negatives by 1 - alpha' },
      classWeight,
      l2,
    ],
  },
  kl_divergence: { doc: 'Kullback-Leibler divergence of the prediction from the target, both distributions over the last axis', args: [...predTarget, l2] },
  cosine_similarity: { doc: 'minus the cosine similarity of prediction and target along the last axis (-1 when aligned)', args: [...predTarget, l2] },
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
  adam: { doc: 'Adam', args: [lr(1e-3), beta1, beta2, epsilon, clip] },
  adamw: {
    doc: 'Adam with decoupled weight decay',
    args: [
      { name: 'lr', type: { t: 'schedule' }, default: { kind: 'constant', lr: 1e-3 }, doc: 'learning rate or schedule' },
      beta1,
      beta2,
      epsilon,
      { name: 'weight_decay', type: { t: 'number', min: 0 }, default: 0.004, doc: 'decoupled weight decay (Keras default 0.004)' },
      { name: 'decay_exclude', type: { t: 'choices', options: decayGroups }, default: [], doc: 'parameters left out of the weight decay: bias, norm (LayerNorm/BatchNorm gamma and beta), embedding' },
      clip,
    ],
  },
  rmsprop: {
    doc: 'RMSprop: steps divided by the root of a running mean of squared gradients',
    args: [
      lr(1e-3),
      { name: 'rho', type: { t: 'number', min: 0, max: 1, maxOpen: true }, default: 0.9, doc: 'decay of the running mean of squared gradients' },
      { name: 'momentum', type: { t: 'number', min: 0, max: 1, maxOpen: true }, default: 0, doc: 'momentum factor' },
      { ...epsilon, doc: 'added to the mean square under the root (Keras default)' },
      { name: 'centered', type: { t: 'bool' }, default: false, doc: 'divide by the root of the variance (the mean square less the squared mean gradient)' },
      clip,
    ],
  },
  adagrad: {
    doc: 'Adagrad: steps divided by the root of the sum of all squared gradients so far',
    args: [
      lr(1e-3),
      { name: 'initial_accumulator_value', type: { t: 'number', min: 0 }, default: 0.1, doc: 'the starting value of the sum of squares' },
      { ...epsilon, doc: 'added to the sum of squares under the root (Keras default)' },
      clip,
    ],
  },
  lion: {
    doc: 'Lion: steps of lr times the sign of an interpolated momentum',
    args: [
      lr(1e-3),
      { ...beta1, doc: 'interpolation between momentum and gradient for the step' },
      { ...beta2, default: 0.99, doc: 'decay of the momentum' },
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
