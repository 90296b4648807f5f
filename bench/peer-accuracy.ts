// Peer accuracy: the shipped MNIST specs trained in TensorFlow.js the way Keras would train them, on the very split
// `mdlc train --data mnist` uses (8,000 training / 2,000 held-out digits), for the spec's epochs, batch size and
// optimizer. Prints the held-out accuracy per model; compare with `mdlc train specs/<model>.model --data mnist`.
// Backend: tfjs' wasm backend (XNNPACK), or `--tfjs-backend cpu|webgpu`. tfjs-wasm lacks the kernel of a Conv2D's
// filter gradient; bench/tfjs-backends.ts registers one built from wasm's own kernels. tfjs' WebGPU backend crashed
// Dawn on lavapipe (a segfault in the second epoch of the CNN) when this was written.
// Run: npm run bench:peer [-- mlp|cnn|cnn-batchnorm]. Nothing is asserted: the figures go into the README.
import * as tf from '@tensorflow/tfjs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSource } from '../compiler/compile.js';
import { SourceFile } from '../core/diagnostic.js';
import { loadData } from '../node/data/load.js';
import { installNavigatorGpu, registerConv2dFilterGradient } from './tfjs-backends.js';
import type { Dataset } from '../runtime/data/dataset.js';

tf.enableProdMode();
const root = fileURLToPath(new URL('../../', import.meta.url));

/** The same layers as specs/mlp.model, specs/cnn.model and specs/cnn-batchnorm.model, with Keras' default initializers (as the specs have). */
const architectures: Record<string, { build(): tf.Sequential }> = {
  mlp: {
    build: () =>
      tf.sequential({
        layers: [
          tf.layers.dense({ inputShape: [784], units: 256, activation: 'relu' }),
          tf.layers.dense({ units: 128, activation: 'relu' }),
          tf.layers.dense({ units: 10, activation: 'softmax' }),
        ],
      }),
  },
  cnn: {
    build: () =>
      tf.sequential({
        layers: [
          tf.layers.reshape({ inputShape: [784], targetShape: [28, 28, 1] }),
          tf.layers.conv2d({ filters: 32, kernelSize: 3, activation: 'relu' }),
          tf.layers.maxPooling2d({ poolSize: 2 }),
          tf.layers.conv2d({ filters: 64, kernelSize: 3, activation: 'relu' }),
          tf.layers.maxPooling2d({ poolSize: 2 }),
          tf.layers.flatten(),
          tf.layers.dropout({ rate: 0.25 }),
          tf.layers.dense({ units: 128, activation: 'relu' }),
          tf.layers.dense({ units: 10, activation: 'softmax' }),
        ],
      }),
  },
  // specs/cnn-batchnorm.model: momentum 0.9 as the spec says (Keras' default is 0.99), epsilon 1e-3 as both default to.
  'cnn-batchnorm': {
    build: () =>
      tf.sequential({
        layers: [
          tf.layers.reshape({ inputShape: [784], targetShape: [28, 28, 1] }),
          tf.layers.conv2d({ filters: 32, kernelSize: 3, useBias: false }),
          tf.layers.batchNormalization({ momentum: 0.9, epsilon: 1e-3 }),
          tf.layers.activation({ activation: 'relu' }),
          tf.layers.maxPooling2d({ poolSize: 2 }),
          tf.layers.conv2d({ filters: 64, kernelSize: 3, useBias: false }),
          tf.layers.batchNormalization({ momentum: 0.9, epsilon: 1e-3 }),
          tf.layers.activation({ activation: 'relu' }),
          tf.layers.maxPooling2d({ poolSize: 2 }),
          tf.layers.flatten(),
          tf.layers.dropout({ rate: 0.25 }),
          tf.layers.dense({ units: 128, activation: 'relu' }),
          tf.layers.dense({ units: 10, activation: 'softmax' }),
        ],
      }),
  },
};

function tensors(d: Dataset): { x: tf.Tensor2D; y: tf.Tensor2D } {
  const labels = d.columns.label.data as Int32Array;
  return { x: tf.tensor2d(d.columns.image.data as Float32Array, [d.size, 784]), y: tf.oneHot(tf.tensor1d(labels, 'int32'), 10).toFloat() as tf.Tensor2D };
}

const args = process.argv.slice(2);
const backendAt = args.indexOf('--tfjs-backend');
const backend = backendAt >= 0 ? args[backendAt + 1] : 'wasm';
if (backend === 'webgpu') {
  installNavigatorGpu();
  await import('@tensorflow/tfjs-backend-webgpu');
} else if (backend === 'wasm') {
  await import('@tensorflow/tfjs-backend-wasm');
  registerConv2dFilterGradient();
}
if (!(await tf.setBackend(backend))) throw new Error(`tfjs backend ${backend} did not start`);
const wanted = args.filter((a) => a in architectures);
const data = loadData('mnist', [
  { name: 'image', dtype: 'f32', shape: [784], role: 'input' },
  { name: 'label', dtype: 'i32', shape: [], role: 'target', classes: 10 },
]);
const train = tensors(data.train);
const test = tensors(data.test!);
for (const name of wanted.length ? wanted : Object.keys(architectures)) {
  // Epochs and batch size from the spec's `train` line, so the comparison follows the spec.
  const file = new SourceFile(`specs/${name}.model`, readFileSync(join(root, 'specs', `${name}.model`), 'utf8'));
  const checked = checkSource(file, { purpose: 'train' }).model;
  if (!checked) throw new Error(`specs/${name}.model does not check`);
  const a = { ...architectures[name], epochs: checked.train.epochs, batch: checked.train.batch_size };
  const model = a.build();
  model.compile({ optimizer: tf.train.adam(1e-3), loss: 'categoricalCrossentropy', metrics: ['accuracy'] });
  const t0 = performance.now();
  const h = await model.fit(train.x, train.y, {
    epochs: a.epochs,
    batchSize: a.batch,
    shuffle: true,
    verbose: 0,
    callbacks: { onEpochEnd: (epoch, logs) => console.error(`  ${name} epoch ${epoch + 1}/${a.epochs}: loss ${logs?.loss.toFixed(4)}`) },
  });
  const seconds = (performance.now() - t0) / 1000;
  const [loss, acc] = (model.evaluate(test.x, test.y, { batchSize: 500 }) as tf.Scalar[]).map((t) => t.dataSync()[0]);
  const last = h.history.acc?.at(-1) as number | undefined;
  console.log(
    `${name}: TensorFlow.js ${tf.version.tfjs} (${tf.getBackend()}), ${a.epochs} epochs of Adam 1e-3, batch ${a.batch}: ` +
      `held-out (${data.test!.size} rows) loss ${loss.toFixed(4)} accuracy ${(acc * 100).toFixed(2)}%` +
      `${last !== undefined ? `; last training accuracy ${(last * 100).toFixed(2)}%` : ''} (${seconds.toFixed(0)} s)`,
  );
  model.dispose();
}
