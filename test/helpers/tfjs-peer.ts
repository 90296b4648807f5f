// Takes nothing but TensorFlow.js; gives what the tests that compare with tf.layers share: TF.js on its CPU backend in
// production mode, and the error measure of whole outputs.
import * as tf from '@tensorflow/tfjs';
import * as assert from 'uvu/assert';

/** Puts TF.js on its CPU backend (float32, no WebGL/WebGPU), in production mode; call from a suite's `before`. */
export async function useTfjsCpu(): Promise<void> {
  tf.enableProdMode();
  assert.ok(await tf.setBackend('cpu'), 'the tfjs cpu backend is available');
  await tf.ready();
}

/** max|a − b| / max(max|b|, 1e-6): one scale for the whole tensor, so entries near zero do not dominate. */
export function maxRelativeError(a: ArrayLike<number>, b: ArrayLike<number>): number {
  assert.is(a.length, b.length, 'sizes agree');
  let diff = 0;
  let scale = 1e-6;
  for (let i = 0; i < a.length; i++) {
    diff = Math.max(diff, Math.abs(a[i] - b[i]));
    scale = Math.max(scale, Math.abs(b[i]));
  }
  return diff / scale;
}
