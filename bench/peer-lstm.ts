// Peer accuracy of specs/lstm-sentiment.model: the same masked Embedding -> LSTM -> Dense(1) trained in TensorFlow.js
// the way Keras would train it, on the very split and tokenization `mdlc train --data spam-assassin` uses (a fifth of
// the e-mails held out; the 2,000 most frequent words, the last 32 of each e-mail, id 0 padding), for the spec's
// epochs, batch size and Adam learning rate. Backend: tfjs' wasm backend (with the embedding gradient's kernel from
// tfjs-backends.ts), or `--tfjs-backend cpu` (far slower for this LSTM).
// Run: npm run bench:peer-lstm. Nothing is asserted: the figure goes into the README.
import * as tf from '@tensorflow/tfjs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileSource } from '../compiler/compile.js';
import { describeModel } from '../compiler/describe.js';
import { SourceFile } from '../core/diagnostic.js';
import { loadData } from '../node/data/load.js';
import type { Dataset } from '../runtime/data/dataset.js';
import { registerUnsortedSegmentSum } from './tfjs-backends.js';

tf.enableProdMode();
const root = fileURLToPath(new URL('../../', import.meta.url));
const args = process.argv.slice(2);
const backendAt = args.indexOf('--tfjs-backend');
const backend = backendAt >= 0 ? args[backendAt + 1] : 'wasm';
if (backend === 'wasm') {
  await import('@tensorflow/tfjs-backend-wasm');
  registerUnsortedSegmentSum();
}
if (!(await tf.setBackend(backend))) throw new Error(`tfjs backend ${backend} did not start`);

const file = new SourceFile('specs/lstm-sentiment.model', readFileSync(join(root, 'specs', 'lstm-sentiment.model'), 'utf8'));
const compiled = compileSource(file, { purpose: 'train' });
const checked = compiled.model;
if (!checked || !compiled.module) throw new Error('specs/lstm-sentiment.model does not compile');
const constants = checked.constants;
const data = loadData('spam-assassin', describeModel(compiled.module, checked).tensors);
const tensors = (d: Dataset) => ({ x: tf.tensor2d(d.columns.tokens.data as Int32Array, [d.size, constants.seq_len], 'int32'), y: tf.tensor2d(d.columns.label.data as Float32Array, [d.size, 1]) });
const train = tensors(data.train);
const test = tensors(data.test!);

// Keras' defaults as the spec has them: glorot_uniform kernels, orthogonal recurrent kernel, unit forget bias, sigmoid gates.
const model = tf.sequential({
  layers: [
    tf.layers.embedding({ inputShape: [constants.seq_len], inputDim: constants.vocab, outputDim: constants.width, maskZero: true }),
    tf.layers.lstm({ units: constants.units, recurrentActivation: 'sigmoid', kernelInitializer: 'glorotUniform', unitForgetBias: true }),
    tf.layers.dense({ units: 1 }),
  ],
});
const lr = checked.optimizer?.schedule.kind === 'constant' ? checked.optimizer.schedule.lr : 1e-3;
model.compile({ optimizer: tf.train.adam(lr, 0.9, 0.999, 1e-7), loss: (y, p) => tf.losses.sigmoidCrossEntropy(y, p), metrics: [] });
const t0 = performance.now();
await model.fit(train.x, train.y, {
  epochs: checked.train.epochs,
  batchSize: checked.train.batch_size,
  shuffle: true,
  verbose: 0,
  callbacks: { onEpochEnd: (epoch, logs) => console.error(`  lstm-sentiment epoch ${epoch + 1}/${checked.train.epochs}: loss ${logs?.loss.toFixed(4)}`) },
});
const seconds = (performance.now() - t0) / 1000;
const logits = (model.predict(test.x, { batchSize: 500 }) as tf.Tensor).dataSync();
const labels = test.y.dataSync();
let correct = 0;
for (let i = 0; i < labels.length; i++) if ((logits[i] > 0 ? 1 : 0) === labels[i]) correct++;
console.log(
  `lstm-sentiment: TensorFlow.js ${tf.version.tfjs} (${tf.getBackend()}), ${checked.train.epochs} epochs of Adam ${lr}, batch ${checked.train.batch_size}: ` +
    `held-out (${labels.length} e-mails) accuracy ${((correct / labels.length) * 100).toFixed(2)}% (${seconds.toFixed(0)} s)`,
);
