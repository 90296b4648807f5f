// A program that trains a spec through the library, as a user's own program would (`import ... from 'mdlc'`).
//
//   node examples/train.mjs                                    # Iris: specs/iris.model on examples/data/iris.json
//   node examples/train.mjs specs/mlp.model mnist --epochs 3   # any spec, and a data config or dataset name
//   options: --epochs N, --backend auto|webgpu|cpu, --out <checkpoint file>
//
// It compiles the spec in-process, loads and fits the data to the spec's inputs, trains with a validation split and
// early stopping (Ctrl-C stops it cleanly), evaluates the held-out part, prints a few predictions and saves a
// checkpoint. Run `npm run build` first: 'mdlc' resolves to this package's own build.
import { parseArgs } from 'node:util';
import { compileModel, loadDataFor } from 'mdlc';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { epochs: { type: 'string' }, backend: { type: 'string', default: 'auto' }, out: { type: 'string', default: 'runs/example.safetensors' } },
});
const [specPath = 'specs/iris.model', dataName = 'examples/data/iris.json'] = positionals;

const model = await compileModel(specPath, { backend: values.backend });
const data = loadDataFor(model, dataName);
console.log(`${model.artifact.manifest.model} on ${model.engine.kind}: ${data.train.size} training rows, batch ${model.batchSize}`);

const controller = new AbortController();
process.once('SIGINT', () => controller.abort());
const result = await model.fit(data.train, {
  epochs: values.epochs === undefined ? undefined : Number(values.epochs), // default: the spec's
  validation: data.validation,
  validationSplit: data.validation ? undefined : 0.1,
  earlyStopping: { monitor: 'val_loss', patience: 5, restoreBestWeights: true },
  readEvery: model.engine.kind === 'webgpu' ? 10 : 1,
  signal: controller.signal,
  onEpoch: (r) => console.log(`epoch ${r.epoch + 1}: loss ${r.loss.toFixed(4)}  val_loss ${r.val.loss.toFixed(4)}  val_accuracy ${(r.val.metrics.accuracy ?? NaN).toFixed(4)}`),
});
console.log(`stopped: ${result.stopped} after ${result.history.length} epochs (${model.step} steps)`);

const heldOut = data.test ?? data.validation;
if (heldOut) {
  const { loss, metrics } = await model.evaluate(heldOut);
  console.log(`held-out: ${heldOut.size} rows, loss ${loss.toFixed(4)}, ${Object.entries(metrics).map(([k, v]) => `${k} ${v.toFixed(4)}`).join(', ')}`);
  // The first rows' predicted classes, from the first output's largest value per row (for classifiers).
  const outputs = await model.predict(heldOut);
  const [name, values_] = Object.entries(outputs)[0];
  const width = values_.length / heldOut.size;
  const classes = Array.from({ length: Math.min(5, heldOut.size) }, (_, r) => {
    const row = Array.from(values_.subarray(r * width, (r + 1) * width));
    return width === 1 ? row[0] : row.indexOf(Math.max(...row));
  });
  console.log(`predicted (${name}, first rows): ${classes.join(' ')}`);
}

await model.save(values.out, { epoch: result.history.length, seed: model.settings.seed, history: result.history });
console.log(`saved ${values.out}`);
model.dispose();
