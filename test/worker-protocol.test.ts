// The worker protocol without a browser: WorkerModel on one end of a MessageChannel, serveModel on the other (what a Web
// Worker's postMessage does: structured cloning), on the CPU executor. The oracle is a Model in this process given the same
// calls: the same losses, predictions, weights and checkpoints; errors cross with their class name, message and fields.
import { readFileSync } from 'node:fs';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compileSource } from '../compiler/compile.js';
import { SourceFile } from '../core/diagnostic.js';
import { Model } from '../runtime/model.js';
import { decodeCheckpoint, encodeCheckpoint } from '../runtime/checkpoint.js';
import { artifactContents } from '../runtime/contents.js';
import { WorkerCallError, WorkerModel } from '../runtime/worker/client.js';
import { serveModel } from '../runtime/worker/serve.js';
import { workerProtocolVersion, type Endpoint } from '../runtime/worker/protocol.js';
import { repoRoot } from './helpers/repo.js';
import type { Preprocessing } from '../runtime/data/preprocessing.js';

const compiled = compileSource(new SourceFile('specs/iris.model', readFileSync(repoRoot + 'specs/iris.model', 'utf8')), { purpose: 'train', backend: true });
const artifact = compiled.artifact!;
const rows = 40;
const feeds = {
  measurements: Array.from({ length: rows }, (_, r) => [Math.sin(r), Math.cos(r * 0.7), (r % 7) / 7 - 0.5, (r % 3) - 1]),
  species: Array.from({ length: rows }, (_, r) => r % 3),
};

function channel(): { page: MessagePort; worker: MessagePort } {
  const { port1, port2 } = new MessageChannel();
  serveModel(port2 as unknown as Endpoint);
  port1.start();
  port2.start();
  return { page: port1, worker: port2 };
}

test('fit, evaluate, predict, weights and checkpoints through the protocol equal the same calls on a Model here', async () => {
  const { page, worker } = channel();
  const remote = await WorkerModel.create(page as unknown as Endpoint, artifact, { backend: 'cpu' });
  const local = await Model.create(artifact, { backend: 'cpu' });
  assert.is(remote.engine.kind, 'cpu');
  assert.is(remote.batchSize, local.batchSize);
  assert.equal(remote.tensors, local.tensors);
  assert.equal(remote.metricNames, local.metricNames);
  assert.equal(remote.settings, local.settings);
  const events: string[] = [];
  const r = await remote.fit(feeds, { epochs: 2, seed: 5, onEpochStart: (e) => events.push(`start ${e.epoch}`), onStep: (s) => events.push(`step ${s.epoch}.${s.step}`), onEpoch: (e) => void events.push(`epoch ${e.epoch}`) });
  const l = await local.fit(feeds, { epochs: 2, seed: 5 });
  assert.equal(r.history.map((h) => h.loss), l.history.map((h) => h.loss));
  assert.equal(events, ['start 0', 'step 0.1', 'step 0.2', 'step 0.3', 'epoch 0', 'start 1', 'step 1.1', 'step 1.2', 'step 1.3', 'epoch 1']);
  assert.is(remote.step, local.step);
  assert.equal(await remote.evaluate(feeds), await local.evaluate(feeds));
  assert.equal(await remote.predict({ measurements: feeds.measurements }), await local.predict({ measurements: feeds.measurements }));
  assert.equal(await remote.getWeights(), await local.getWeights());
  const bytes = await remote.checkpointBytes({ epoch: 2, seed: 5 });
  assert.equal(bytes, encodeCheckpoint(await local.checkpoint({ epoch: 2, seed: 5 })));
  assert.equal((await remote.checkpoint({ epoch: 2, seed: 5 })).params, (await local.checkpoint({ epoch: 2, seed: 5 })).params);

  // A fresh model in the worker restores the bytes (and a decoded checkpoint) and predicts as the trained one.
  await remote.dispose();
  const again = await WorkerModel.create(page as unknown as Endpoint, artifactContents(artifact), { backend: 'cpu' });
  assert.is(again.step, 0);
  const meta = await again.restoreCheckpoint(bytes);
  assert.is(meta.epoch, 2);
  assert.is(again.step, local.step);
  await again.restoreCheckpoint(decodeCheckpoint(bytes));
  assert.equal(await again.predict({ measurements: feeds.measurements }), await local.predict({ measurements: feeds.measurements }));
  await again.setWeights({ 'logits.bias': new Float32Array([1, 2, 3]) });
  assert.equal(Array.from((await again.getWeights())['logits.bias']), [1, 2, 3]);
  await again.dispose();
  local.dispose();
  page.close();
  worker.close();
});

test('errors cross the channel as WorkerCallError with the class name, message and fields; stop aborts a fit', async () => {
  const { page, worker } = channel();
  const remote = await WorkerModel.create(page as unknown as Endpoint, artifact, { backend: 'cpu' });
  const refused = async (p: Promise<unknown>, name: string, message: RegExp) => {
    const e = await p.then(() => undefined, (x: unknown) => x);
    assert.instance(e, WorkerCallError);
    assert.is((e as WorkerCallError).name, name);
    assert.match((e as Error).message, message);
    return e as WorkerCallError;
  };
  await refused(remote.fit(feeds, { epoch: 3 } as object), 'ModelOptionError', /'epoch' is not an option of fit \(did you mean 'epochs'\?\)/);
  await refused(remote.predict({ measurements: [[1, 2, 3]] }), 'DataError', /measurements/);
  await refused(remote.restoreCheckpoint(new Uint8Array([1, 2, 3])), 'CheckpointError', /checkpoint/);
  const e = await refused(remote.setWeights({ 'logits.kernal': new Float32Array(3) }), 'ModelOptionError', /'logits\.kernal' is not a parameter of iris/);
  assert.is(e.fields.call, 'setWeights');
  await refused(WorkerModel.create(page as unknown as Endpoint, artifact, { backend: 'cpu' }), 'WorkerUsageError', /already serves iris: dispose it first/);

  const controller = new AbortController();
  let steps = 0;
  const r = await remote.fit(feeds, { epochs: 100, signal: controller.signal, onStep: () => ++steps === 4 && controller.abort() });
  assert.is(r.stopped, 'aborted');
  assert.ok(steps >= 4 && steps < 300, `${steps} steps`);
  assert.is(remote.step, steps);
  await remote.dispose();
  // A worker answers a page of another protocol version with an error that says what to do.
  const versioned = new Promise<unknown>((done) => page.once('message', done));
  page.postMessage({ id: 99, kind: 'create', version: workerProtocolVersion + 1, contents: artifactContents(artifact) });
  const reply = (await versioned) as { kind: string; error: { message: string } };
  assert.is(reply.kind, 'error');
  assert.match(reply.error.message, /bundle the page and the worker from the same mdlc/);
  page.close();
  worker.close();
});

test('classify and setPreprocessing: raw numbers prepared in the worker by the preprocessing sent, rows as Model.classify gives them', async () => {
  const { page, worker } = channel();
  const remote = await WorkerModel.create(page as unknown as Endpoint, artifact, { backend: 'cpu' });
  const local = await Model.create(artifact, { backend: 'cpu' });
  const columns = ['a', 'b', 'c', 'd'];
  const prep: Preprocessing = { format: 'mdlc-preprocessing', version: 1, inputs: { measurements: { kind: 'numbers', columns } }, targets: { species: { columns: ['kind'], classes: ['setosa', 'versicolor', 'virginica'] } } };
  await remote.setPreprocessing(prep);
  local.preprocessing = prep;
  assert.equal(remote.preprocessing, prep);
  const raw = Object.fromEntries(columns.map((c, i) => [c, feeds.measurements.slice(0, 5).map((row) => row[i])]));
  const r = await remote.classify(raw);
  assert.equal(r, await local.classify(raw));
  assert.equal(r.classes, ['setosa', 'versicolor', 'virginica']);
  // Checked in the worker as a checkpoint's would be.
  const e = await remote.setPreprocessing({ format: 'mdlc-preprocessing', version: 7 } as unknown as Preprocessing).then(() => undefined, (x: unknown) => x);
  assert.instance(e, WorkerCallError);
  assert.is((e as WorkerCallError).name, 'PreprocessingError');
  // The checkpoint carries it: a fresh model restoring the bytes gets it back, on the page's side too.
  const bytes = await remote.checkpointBytes({ epoch: 0, seed: 1 });
  await remote.dispose();
  const again = await WorkerModel.create(page as unknown as Endpoint, artifact, { backend: 'cpu' });
  await again.restoreCheckpoint(bytes);
  assert.equal(again.preprocessing, prep);
  assert.equal((await again.classify(raw)).rows, r.rows);
  await again.dispose();
  local.dispose();
  page.close();
  worker.close();
});

test.run();
