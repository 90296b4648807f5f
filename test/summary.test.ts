// `mdlc check`'s summary of the training setup: every loss and optimizer setting, schedules in full, defaults shown.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { checkSource } from '../compiler/compile.js';
import { renderSummary, summarize } from '../compiler/summary.js';
import { SourceFile } from '../core/diagnostic.js';

/** The `Training:` and `Optimizer:` lines of the summary of a spec whose body is `net` plus `training`. */
function trainingLines(training: string): string[] {
  const file = new SourceFile('t.model', `model t\ninput x: f32[batch, 4]\ntarget y: i32[batch]\ntarget b: f32[batch, 1]\nlogits = Dense(3)(x)\none = Dense(1)(x)\n${training}\n`);
  const r = checkSource(file, { purpose: 'check' });
  assert.ok(r.model, r.diagnostics.map((d) => d.message).join('; '));
  return renderSummary(summarize(r.model, file), file)
    .split('\n')
    .filter((l) => /^(Training|Optimizer):/.test(l));
}

test('sgd: momentum, nesterov, clipping and a step schedule are all shown; so are the loss settings', () => {
  const lines = trainingLines('output o = one\nloss cross_entropy(logits, y, label_smoothing=0.1, l2=1e-4)\noptimizer sgd(lr=step(0.1, every=100, factor=0.5), momentum=0.9, nesterov=true, clip_norm=2)\nmetrics accuracy\ntrain batch_size=8, epochs=3, seed=9');
  assert.equal(lines, [
    'Training: loss cross_entropy(label_smoothing=0.1, l2=0.0001), metrics accuracy; batch size 8, 3 epochs, seed 9',
    'Optimizer: sgd(lr=step(0.1, every=100, factor=0.5), momentum=0.9, nesterov=true, clip_norm=2)',
  ]);
});

test('adamw: the defaults are shown too (weight decay 0.004), and a warmup into a cosine schedule in full', () => {
  const lines = trainingLines('output o = one\nloss cross_entropy(logits, y)\noptimizer adamw(lr=warmup(cosine(1e-3, steps=1000), steps=50))');
  assert.equal(lines, [
    'Training: loss cross_entropy(label_smoothing=0, l2=0); batch size 32, 1 epoch, seed 0',
    'Optimizer: adamw(lr=warmup(cosine(0.001, steps=1000, min_lr=0), steps=50), beta1=0.9, beta2=0.999, epsilon=1e-7, weight_decay=0.004, clip_norm=0)',
  ]);
});

test('adam with its betas; metrics show only the arguments that differ from their defaults', () => {
  const lines = trainingLines('output o = logits\nloss binary_cross_entropy(one, b, from_logits=false)\noptimizer adam(lr=3e-4, beta1=0.8, beta2=0.99, epsilon=1e-8)\nmetrics accuracy, precision(threshold=0.7), recall(threshold=0.5)');
  assert.equal(lines, [
    'Training: loss binary_cross_entropy(from_logits=false, l2=0), metrics accuracy, precision(threshold=0.7), recall; batch size 32, 1 epoch, seed 0',
    'Optimizer: adam(lr=0.0003, beta1=0.8, beta2=0.99, epsilon=1e-8, clip_norm=0)',
  ]);
});

test('without an optimizer there is no Optimizer line', () => {
  assert.equal(trainingLines('output o = one\nloss cross_entropy(logits, y)'), ['Training: not trainable yet (no optimizer); inference only']);
});

test.run();
