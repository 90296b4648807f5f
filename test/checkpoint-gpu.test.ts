// Refused checkpoints on the WebGPU engine: every check runs before the first buffer write, so a bad checkpoint leaves the device's weights and state as they were.
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compileModel } from '../node/api.js';
import { type Checkpoint, CheckpointError, decodeCheckpoint, encodeCheckpoint } from '../runtime/checkpoint.js';
import { getTestDevice, releaseTestDevice } from './helpers/gpu.js';
import { repoRoot } from './helpers/repo.js';

const spec = join(repoRoot, 'specs/iris.model');

test('a missing momentum, a wrongly sized one and NaN weights are refused on WebGPU, changing nothing; a good one then loads bit for bit', async () => {
  const handle = await getTestDevice();
  if (!handle) return;
  const source = await compileModel(spec, { backend: 'cpu', seed: 7 });
  const good = await source.checkpoint({ epoch: 1, seed: 7 });
  source.dispose();
  const model = await compileModel(spec, { backend: 'webgpu', device: handle.device, warn: () => {} });
  assert.is(model.engine.kind, 'webgpu');
  const snapshot = async () => ({ params: await model.engine.readParams(), state: await model.engine.readState(), step: model.step });
  const before = await snapshot();
  const spoil = (edit: (c: Checkpoint) => void): Checkpoint => {
    const c: Checkpoint = { params: { ...good.params }, state: { ...good.state }, shapes: { params: { ...good.shapes.params }, state: { ...good.shapes.state } }, meta: { ...good.meta, step: 99 } };
    edit(c);
    return decodeCheckpoint(encodeCheckpoint(c));
  };
  const cases: [Checkpoint, RegExp][] = [
    [spoil((c) => { delete c.state['hidden.kernel.momentum']; delete c.shapes.state['hidden.kernel.momentum']; }), /state tensor "hidden\.kernel\.momentum" \[4, 16\] is missing/],
    [spoil((c) => { c.state['hidden.bias.momentum'] = new Float32Array(17); c.shapes.state['hidden.bias.momentum'] = [17]; }), /state tensor "hidden\.bias\.momentum" has shape \[17\]/],
    [spoil((c) => { c.params['logits.bias'] = Float32Array.from([1, NaN, 2]); }), /parameter "logits\.bias" has 1 NaN of its 3 values/],
  ];
  for (const [ckpt, message] of cases) {
    assert.throws(() => model.restoreCheckpoint(ckpt), (e: unknown) => e instanceof CheckpointError && message.test(e.message), String(message));
    assert.equal(await snapshot(), before, `refused (${message}) but changed`);
  }
  model.restoreCheckpoint(spoil(() => {}));
  assert.equal(await model.engine.readParams(), good.params);
  assert.equal(await model.engine.readState(), good.state);
  assert.is(model.step, 99);
  model.dispose();
});

test.after(() => releaseTestDevice());

test.run();
