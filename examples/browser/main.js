// mdlc in the browser: fetch an artifact folder, check it with parseArtifact, create a Model on navigator.gpu, predict,
// fit, predict again. The result is shown on the page and left in `window.mdlcResult` (the browser test reads it).
import { Model, parseArtifact, parseManifest, shaderFiles } from './mdlc-runtime/index.js';

const log = (line) => {
  const el = document.getElementById('log');
  el.textContent = el.textContent === 'starting…' ? line : `${el.textContent}\n${line}`;
};

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
  // With the IR, a browser without WebGPU falls back to the CPU executor.
  const irJson = await get('program.ir.json', 'text');
  return parseArtifact({ manifestJson, shaders, weightsBytes, irJson }, base.href);
}

async function run() {
  const artifact = await fetchArtifact(new URL('./iris/', location.href));
  const model = await Model.create(artifact, { warn: log });
  log(`${artifact.manifest.model} on ${model.engine.kind}, batch ${model.batchSize}`);
  // Standardized measurements and species ids (0 setosa, 1 versicolor, 2 virginica), written by the server.
  const data = await (await fetch('./iris-data.json')).json();
  const before = await model.predict({ measurements: data.measurements });
  const { history } = await model.fit({ measurements: data.measurements, species: data.species }, { epochs: data.epochs, seed: data.seed });
  for (const h of history) log(`epoch ${h.epoch + 1}: loss ${h.loss.toFixed(4)}, accuracy ${h.metrics.accuracy.toFixed(3)}`);
  const after = await model.predict({ measurements: data.measurements });
  const weights = Object.fromEntries(Object.entries(await model.getWeights()).map(([k, v]) => [k, Array.from(v)]));
  model.dispose();
  return { engine: model.engine.kind, before: Array.from(before.logits), after: Array.from(after.logits), losses: history.map((h) => h.loss), weights };
}

window.mdlcResult = run().catch((e) => {
  log(`error: ${e.message}`);
  return { error: String(e.stack ?? e) };
});
