// The shipped specs: each checks clean (no errors, no warnings), and parameter counts equal Keras' for the same models.
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { checkSource } from '../compiler/compile.js';
import { SourceFile } from '../core/diagnostic.js';
import { renderDiagnostics } from '../compiler/diagnostics/render.js';
import { summarize } from '../compiler/summary.js';
import { repoRoot } from './helpers/repo.js';

/**
 * Parameter counts Keras reports for the same architectures (worked out by hand from Keras' layer formulas):
 * Dense in*units+units; Embedding vocab*dim; Conv2D kh*kw*cin*filters+filters; LayerNorm 2*width;
 * MultiHeadAttention (key_dim = width/heads) 4*(width*width+width); keras_nlp PositionEmbedding length*width.
 */
const kerasParams: Record<string, number> = {
  // 784*256+256 + 256*128+128 + 128*10+10
  'mlp.model': 235_146,
  // 2000*64 + 64*64 + 4*(64*64+64) + 2*128 + (64*128+128) + (128*64+64) + (64+1)
  'text-classifier.model': 165_633,
  // (3*3*1*32+32) + (3*3*32*64+64) + (1600*128+128) + (128*10+10)
  'cnn.model': 225_034,
  // (3*3*1*32) + 4*32 + (3*3*32*64) + 4*64 + (1600*128+128) + (128*10+10): no conv biases; BatchNorm counts gamma, beta and its two moving statistics
  'cnn-batchnorm.model': 225_322,
  // (784*128+128) + (128*32+32) + (32*128+128) + (128*784+784)
  'autoencoder.model': 209_968,
  // (4*16+16) + (16*3+3)
  'iris.model': 131,
  // 96*128 + 64*128 + 2*[2*256 + 4*(128*128+128) + (128*512+512) + (512*128+128)] + 256 + (128*96+96)
  'char-gpt.model': 429_664,
  // 64*32 + 16*32 + 2*[2*64 + 4*(32*32+32) + (32*128+128) + (128*32+32)] + 64 + (32*64+64)
  'names-gpt.model': 30_144,
  // 2000*32 + LSTM 4*(32*32 + 32*32 + 32) + (32*1+1)
  'lstm-sentiment.model': 72_353,
};

const specs = readdirSync(repoRoot + 'specs').filter((f) => f.endsWith('.model')).sort();

test('the specs of the design are shipped', () => {
  assert.equal(specs, Object.keys(kerasParams).sort());
});

for (const name of specs) {
  test(`specs/${name} checks clean for training and matches Keras' parameter count`, () => {
    const file = new SourceFile(`specs/${name}`, readFileSync(repoRoot + 'specs/' + name, 'utf8'));
    const r = checkSource(file, { purpose: 'train' });
    assert.equal(r.diagnostics, [], renderDiagnostics(file, r.diagnostics));
    assert.ok(r.model);
    assert.ok(r.model.loss && r.model.optimizer, 'trainable');
    assert.is(summarize(r.model, file).totalParams, kerasParams[name]);
  });
}

test('text classifier: head width 32, one encoder block, mean pool, sigmoid output', () => {
  const file = new SourceFile('t', readFileSync(repoRoot + 'specs/text-classifier.model', 'utf8'));
  const m = checkSource(file).model!;
  const mha = m.nodes.find((n) => n.kind === 'layer' && n.layer === 'MultiHeadAttention');
  assert.ok(mha && mha.kind === 'layer');
  assert.is((mha.args.heads as number), 2);
  assert.equal(mha.type.shape, ['batch', 64, 64]);
  assert.equal(m.nodes[m.outputs[1].node].type.shape, ['batch', 1]);
  assert.is(m.loss?.kind, 'binary_cross_entropy');
  assert.equal(m.metrics.map((x) => x.kind), ['accuracy', 'precision', 'recall', 'f1']);
});

test('char-gpt: repeat(2) makes two blocks with distinct weights', () => {
  const file = new SourceFile('g', readFileSync(repoRoot + 'specs/char-gpt.model', 'utf8'));
  const m = checkSource(file).model!;
  const paths = m.nodes.flatMap((n) => (n.kind === 'layer' ? n.params.map((p) => p.path) : []));
  assert.ok(paths.includes('blocks[0].a.query.kernel'));
  assert.ok(paths.includes('blocks[1].a.query.kernel'));
  assert.is(new Set(paths).size, paths.length, 'parameter paths are unique');
  const mhas = m.nodes.filter((n) => n.kind === 'layer' && n.layer === 'MultiHeadAttention');
  assert.is(mhas.length, 2);
  assert.ok(mhas.every((n) => n.kind === 'layer' && n.args.causal === true));
});

test.run();
