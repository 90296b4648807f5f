// The shipped specs written by hand in TensorFlow.js, on variables named by mdlc's parameter paths: the peer of the
// benchmark (bench/compare.ts) and the oracle of test/peer-tfjs.test.ts, so both compare mdlc with the same models.
import * as tf from '@tensorflow/tfjs';

/** x · kernel + bias over the last axis, any rank. */
export function dense(x: tf.Tensor, kernel: tf.Tensor, bias: tf.Tensor): tf.Tensor {
  const s = x.shape;
  const inW = s[s.length - 1];
  const y = tf.add(tf.matMul(tf.reshape(x, [-1, inW]), kernel as tf.Tensor2D), bias);
  return tf.reshape(y, [...s.slice(0, -1), kernel.shape[1] as number]);
}

/** Mean softmax cross-entropy of logits [B, C] against integer labels, via tfjs' own loss. */
export function softmaxCrossEntropy(logits: tf.Tensor, labels: Int32Array, classes: number): tf.Scalar {
  const oneHot = tf.oneHot(tf.tensor1d(labels, 'int32'), classes);
  return tf.losses.softmaxCrossEntropy(oneHot, logits) as tf.Scalar;
}

/** Keras' LayerNormalization over the last axis: biased variance, epsilon inside the square root. */
export function layerNorm(x: tf.Tensor, gamma: tf.Tensor, beta: tf.Tensor, epsilon: number): tf.Tensor {
  const { mean, variance } = tf.moments(x, -1, true);
  return tf.add(tf.mul(tf.div(tf.sub(x, mean), tf.sqrt(tf.add(variance, epsilon))), gamma), beta);
}

/**
 * tf.gather(table, ids) with the gradient as a tf.scatterND (which sums rows of repeated ids): tfjs' own gradient
 * of gather (UnsortedSegmentSum) takes ~13 s for a [2000, 64] table on the CPU backend, and has no wasm kernel.
 */
export function gatherRows(table: tf.Tensor, ids: tf.Tensor2D): tf.Tensor {
  const rows = table.shape[0];
  const width = table.shape[1] as number;
  const f = tf.customGrad((...inputs) => ({
    value: tf.gather(inputs[0] as tf.Tensor, ids),
    gradFunc: (dy) => tf.scatterND(tf.reshape(ids, [-1, 1]), tf.reshape(dy as tf.Tensor, [-1, width]), [rows, width]),
  }));
  return f(table);
}

/** specs/mlp.model in tfjs: the logits [B, 10] of images [B, 784]. */
export function mlp(v: Record<string, tf.Tensor>, x: tf.Tensor): tf.Tensor {
  const h1 = tf.relu(dense(x, v['h1.kernel'], v['h1.bias']));
  const h2 = tf.relu(dense(h1, v['h2.kernel'], v['h2.bias']));
  return dense(h2, v['logits.kernel'], v['logits.bias']);
}

/** specs/cnn.model in tfjs (without its dropout, as the benchmark runs it): the logits [B, 10] of images [B, 784]. */
export function cnn(v: Record<string, tf.Tensor>, x: tf.Tensor): tf.Tensor {
  const batch = x.shape[0];
  const conv = (t: tf.Tensor4D, layer: string) => tf.relu(tf.add(tf.conv2d(t, v[`${layer}.kernel`] as tf.Tensor4D, 1, 'valid'), v[`${layer}.bias`])) as tf.Tensor4D;
  const p1 = tf.maxPool(conv(tf.reshape(x, [batch, 28, 28, 1]), 'c1'), 2, 2, 'valid');
  const p2 = tf.maxPool(conv(p1, 'c2'), 2, 2, 'valid');
  const hidden = tf.relu(dense(tf.reshape(p2, [batch, -1]), v['hidden.kernel'], v['hidden.bias']));
  return dense(hidden, v['logits.kernel'], v['logits.bias']);
}

/** specs/text-classifier.model in tfjs: the logit [B, 1] of token ids [B, S]. */
export function textClassifier(v: Record<string, tf.Tensor>, ids: tf.Tensor2D, heads: number): tf.Tensor {
  const [batch, seq] = ids.shape;
  const table = v['embedded.embeddings'];
  const width = table.shape[1] as number;
  const dk = width / heads;
  const embedded = gatherRows(table, ids); // [B, S, D]
  const x = tf.add(embedded, tf.slice(v['placed.positions'], [0, 0], [seq, width]));
  // heads split the width as [.., heads, dk]: head h owns columns h*dk .. (h+1)*dk - 1 of the projections
  const split = (t: tf.Tensor) => tf.transpose(tf.reshape(t, [batch, seq, heads, dk]), [0, 2, 1, 3]); // [B, H, S, dk]
  const q = split(dense(x, v['encoded.attn.query.kernel'], v['encoded.attn.query.bias']));
  const k = split(dense(x, v['encoded.attn.key.kernel'], v['encoded.attn.key.bias']));
  const val = split(dense(x, v['encoded.attn.value.kernel'], v['encoded.attn.value.bias']));
  const scores = tf.div(tf.matMul(q, k, false, true), Math.sqrt(dk)); // [B, H, S, S]
  const mixed = tf.reshape(tf.transpose(tf.matMul(tf.softmax(scores), val), [0, 2, 1, 3]), [batch, seq, width]);
  const attn = dense(mixed, v['encoded.attn.output.kernel'], v['encoded.attn.output.bias']);
  const h = layerNorm(tf.add(x, attn), v['encoded.h.gamma'], v['encoded.h.beta'], 1e-6);
  const f = tf.relu(dense(h, v['encoded.f.kernel'], v['encoded.f.bias']));
  const g = dense(f, v['encoded.g.kernel'], v['encoded.g.bias']);
  const encoded = layerNorm(tf.add(h, g), v['encoded.output.gamma'], v['encoded.output.beta'], 1e-6);
  return dense(tf.mean(encoded, 1), v['logit.kernel'], v['logit.bias']);
}
