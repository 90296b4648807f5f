// Typed argument reads of the lowering: values of the checker's types pass through, anything else is an internal error.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { InternalError } from '../core/diagnostic.js';
import { arg, layerArg, oneOf, sizesAfterBatch } from '../compiler/ir/lower-args.js';
import type { GraphNode } from '../compiler/check/types.js';
import { activations } from '../compiler/check/layers.js';
import type { ResolvedArgs } from '../compiler/check/types.js';

const args: ResolvedArgs = { rate: 0.25, heads: 4, causal: true, pool: [2, 3], activation: 'gelu', init: { kind: 'zeros', args: {} } };

test('checked values come back with their types', () => {
  assert.is(arg(args, 'rate', 'number'), 0.25);
  assert.is(arg(args, 'heads', 'int'), 4);
  assert.is(arg(args, 'causal', 'bool'), true);
  assert.equal(arg(args, 'pool', 'ints'), [2, 3]);
  assert.equal(arg(args, 'init', 'initializer'), { kind: 'zeros', args: {} });
  assert.is(oneOf('activation', 'gelu', activations), 'gelu');
  assert.equal(sizesAfterBatch(['batch', 28, 28, 1]), [28, 28, 1]);
});

test('a missing or mistyped argument is an internal error, not a user mistake', () => {
  assert.throws(() => arg(args, 'rate', 'int'), (e: unknown) => e instanceof InternalError && /`rate`/.test(e.message));
  assert.throws(() => arg(args, 'missing', 'number'), (e: unknown) => e instanceof InternalError);
  assert.throws(() => arg(args, 'init', 'schedule'), (e: unknown) => e instanceof InternalError);
  assert.throws(() => oneOf('activation', 'mish', activations), (e: unknown) => e instanceof InternalError && /mish/.test(e.message));
  assert.throws(() => sizesAfterBatch(['batch', 'seq']), (e: unknown) => e instanceof InternalError);
});

test('a layer argument is read only as its schema declares it', () => {
  const dense = { kind: 'layer', layer: 'Dense', path: 'h', args: { units: 8, activation: 'relu' }, params: [], variables: [], inputs: [], id: 0, name: 'h', span: { start: 0, end: 0 }, type: { dtype: 'f32', shape: ['batch', 8] } } satisfies GraphNode;
  assert.is(layerArg(dense, 'activation', 'choice'), 'relu');
  assert.throws(() => layerArg(dense, 'units', 'number'), (e: unknown) => e instanceof InternalError && /declares int/.test(e.message));
  assert.throws(() => layerArg(dense, 'rate', 'number'), (e: unknown) => e instanceof InternalError && /no such argument/.test(e.message));
});

test.run();
