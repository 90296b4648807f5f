// The page's side: fetch the artifact folder, hand it to a worker (WorkerModel.create), train there with progress per step,
// stop, download the checkpoint. `window.demo` lets test/browser-pages.test.ts drive the same functions the buttons use.
import { parseManifest, shaderFiles, WorkerModel } from './mdlc-runtime/index.js';

const $ = (id) => document.getElementById(id);
const log = (line) => {
  const el = $('log');
  el.textContent = el.textContent === 'loading…' ? line : `${el.textContent}\n${line}`;
  el.scrollTop = el.scrollHeight;
};

let ticks = 0;
setInterval(() => ($('clock').textContent = String(++ticks)), 10);

/** The files of an artifact folder written by `mdlc compile -o`, as WorkerModel.create takes them. */
async function fetchArtifact(base) {
  const get = async (name, how) => {
    const response = await fetch(new URL(name, base));
    if (!response.ok) throw new Error(`${new URL(name, base)}: HTTP ${response.status}`);
    return response[how]();
  };
  const manifestJson = await get('manifest.json', 'json');
  const names = shaderFiles(parseManifest(JSON.stringify(manifestJson)));
  const shaders = Object.fromEntries(await Promise.all(names.map(async (n) => [n, await get(n, 'text')])));
  const weightsBytes = new Uint8Array(await get('weights.safetensors', 'arrayBuffer'));
  const irJson = await get('program.ir.json', 'text'); // for the CPU executor, where the browser has no WebGPU
  return { manifestJson, shaders, weightsBytes, irJson };
}

async function start() {
  const worker = new Worker(new URL('./mdlc-worker.js', import.meta.url), { type: 'module' });
  const warnings = [];
  const model = await WorkerModel.create(worker, await fetchArtifact(new URL('./iris/', location.href)), { name: 'iris', warn: (m) => warnings.push(m) });
  if (model.engine.kind === 'cpu')
    $('gpu').textContent = `This browser has no WebGPU, so the model trains on mdlc's CPU executor in the worker, which is much slower. (${warnings.join(' ')})`;
  log(`${model.manifest.model} in a worker on ${model.engine.kind}, batch ${model.batchSize}`);
  const data = await (await fetch('./iris-data.json')).json();
  const rows = { measurements: data.measurements, species: data.species };
  let controller;

  /** Trains `epochs` epochs in the worker, stopping after `steps` steps when given; returns what the page saw. */
  async function train({ epochs = data.epochs, steps } = {}) {
    controller = new AbortController();
    const losses = [];
    const ticksBefore = ticks;
    const before = await model.evaluate(rows);
    $('stop').disabled = false;
    const result = await model.fit(rows, {
      epochs,
      seed: data.seed,
      signal: controller.signal,
      onStep: (s) => {
        losses.push(s.loss);
        if (steps !== undefined && losses.length >= steps) controller.abort();
      },
      onEpoch: (r) => log(`epoch ${r.epoch + 1}: loss ${r.loss.toFixed(4)}, accuracy ${r.metrics.accuracy.toFixed(3)}`),
    });
    const ticksAfter = ticks;
    $('stop').disabled = true;
    log(`${result.stopped} after ${losses.length} steps (model step ${model.step})`);
    const after = await model.evaluate(rows);
    const bytes = await model.checkpointBytes({ epoch: result.epoch, stepInEpoch: result.stepInEpoch, seed: data.seed });
    const link = $('download');
    if (link.href.startsWith('blob:')) URL.revokeObjectURL(link.href);
    link.href = URL.createObjectURL(new Blob([bytes], { type: 'application/octet-stream' }));
    link.hidden = false;
    return { stopped: result.stopped, steps: losses.length, losses, lossBefore: before.loss, lossAfter: after.loss, ticksBefore, ticksAfter, modelStep: model.step, checkpoint: Array.from(bytes) };
  }

  /** Loads a checkpoint's safetensors bytes (a download of this page, or `mdlc train`'s) into the worker's model. */
  async function restore(bytes) {
    const meta = await model.restoreCheckpoint(new Uint8Array(bytes));
    log(`loaded a checkpoint of ${meta.model} at step ${meta.step} (epoch ${meta.epoch})`);
    return { step: meta.step, modelStep: model.step };
  }

  $('train').onclick = () => train().catch((e) => log(`error: ${e.message}`));
  $('load').onchange = async (e) => {
    const file = e.target.files[0];
    if (file) await restore(await file.arrayBuffer()).catch((err) => log(`error: ${err.message}`));
  };
  $('load').disabled = false;
  $('stop').onclick = () => controller?.abort();
  $('train').disabled = false;
  return {
    engine: model.engine.kind,
    warnings,
    train,
    stop: () => controller?.abort(),
    restore,
    predict: async (measurements) => Array.from((await model.predict({ measurements })).logits),
    measurements: data.measurements,
  };
}

window.demo = start().catch((e) => {
  log(`error: ${e.message}`);
  return { error: String(e.stack ?? e) };
});
