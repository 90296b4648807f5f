// Training off the page's main thread: the compiled spec handed to a Web Worker (WorkerModel) that trains it on
// WebGPU (the CPU executor where the browser has none), on MNIST, Iris or SpamAssassin rows the server wrote beside the
// page, with a live loss chart, a stop button, held-out accuracy, a checkpoint to download or one to load, and then a
// way to try the model: a canvas to draw a digit on, or a box to type text in (with its attention as a heat map).
import type { Artifact } from '../../core/artifact.js';
import { WorkerModel } from '../../runtime/worker/client.js';
import { datasetFor, datasets, fetchData, fetchPreprocessing } from './data.js';
import { digitBox } from './digit.js';
import { textBox } from './text.js';
import { el } from './views.js';

/** The worker script scripts/playground.ts bundles beside the page (runtime/worker/worker.ts). */
const workerUrl = './playground-worker.js';

/** A line chart of the loss per step, redrawn as steps come in. */
function drawLoss(canvas: HTMLCanvasElement, losses: number[]): void {
  const g = canvas.getContext('2d');
  if (!g || losses.length === 0) return;
  const { width, height } = canvas;
  g.clearRect(0, 0, width, height);
  const max = Math.max(...losses);
  const min = Math.min(0, ...losses);
  g.strokeStyle = '#0366d6';
  g.beginPath();
  losses.forEach((l, i) => {
    const x = (i / Math.max(1, losses.length - 1)) * (width - 10) + 5;
    const y = height - 5 - ((l - min) / (max - min || 1)) * (height - 10);
    if (i === 0) g.moveTo(x, y);
    else g.lineTo(x, y);
  });
  g.stroke();
  g.fillStyle = '#333';
  g.fillText(`loss ${losses[losses.length - 1].toFixed(4)} (step ${losses.length})`, 8, 14);
}

/** The Train panel for a compiled spec: everything it shows is rebuilt when the spec compiles again. */
export function trainView(artifact: Artifact): HTMLElement {
  const root = el('div', 'train');
  const fit = datasetFor(artifact.manifest.tensors);
  if (!fit || !artifact.manifest.programs.some((p) => p.name === 'train_step')) {
    const inputs = artifact.manifest.tensors.map((t) => `${t.role} ${t.name}: ${t.dtype}[batch${t.shape.map((d) => `, ${d}`).join('')}]`).join('; ');
    root.append(el('p', 'warning', `The page has data for ${Object.values(datasets).map((d) => d.what).join('; and for ')}. This spec has ${inputs}${artifact.manifest.programs.some((p) => p.name === 'train_step') ? '' : ', and no loss'}: train it with the mdlc command instead.`));
    return root;
  }
  const epochs = document.createElement('input');
  epochs.type = 'number';
  epochs.min = '1';
  epochs.value = '1';
  epochs.id = 'epochs';
  const start = el('button', '', 'Train') as HTMLButtonElement;
  start.id = 'train-start';
  const stop = el('button', '', 'Stop') as HTMLButtonElement;
  stop.id = 'train-stop';
  stop.disabled = true;
  const download = el('a', 'download', 'Download checkpoint (.safetensors)');
  download.id = 'train-download';
  download.hidden = true;
  // A checkpoint of this spec (from `mdlc train`, or downloaded here): its weights, and its tokenizer when it has one.
  const upload = document.createElement('input');
  upload.type = 'file';
  upload.accept = '.safetensors';
  upload.id = 'checkpoint-file';
  const line = el('p', 'train-status', `${datasets[fit.name].title}: ${datasets[fit.name].what}.`);
  line.id = 'train-status';
  const chart = document.createElement('canvas');
  chart.width = 520;
  chart.height = 160;
  chart.className = 'chart';
  const tryIt = el('div', 'try-it');
  root.append(el('div', 'train-controls', el('label', '', 'epochs ', epochs), start, stop, download), el('div', 'train-controls', el('label', '', 'or load a checkpoint ', upload)), line, chart, tryIt);

  let model: WorkerModel | undefined;
  let worker: Worker | undefined;
  const body = document.body.dataset;
  const busy = (on: boolean) => {
    start.disabled = on;
    upload.disabled = on;
  };

  /** A fresh model in a fresh worker (the previous one, and its GPU memory, goes). */
  const freshModel = async (): Promise<WorkerModel> => {
    worker?.terminate();
    tryIt.replaceChildren();
    worker = new Worker(new URL(workerUrl, location.href), { type: 'module' });
    const m = await WorkerModel.create(worker, artifact, { name: artifact.manifest.model, warn: (message) => (line.textContent = message) });
    body.engine = m.engine.kind;
    return m;
  };

  /** Once the model has weights worth trying: the digit pad or the text box. */
  const ready = (m: WorkerModel) => {
    if (fit.name === 'mnist') tryIt.replaceChildren(digitBox(m, fit.input));
    else if (fit.name === 'spam') tryIt.replaceChildren(textBox(m, artifact.manifest, fit.input));
  };

  start.addEventListener('click', async () => {
    busy(true);
    stop.disabled = false;
    const abort = new AbortController();
    stop.onclick = () => abort.abort();
    const losses: number[] = [];
    try {
      line.textContent = 'loading data…';
      const data = await fetchData(fit.name, fit.input, fit.target);
      model = await freshModel();
      // The tokenizer travels with the model, so its checkpoints score raw text in `mdlc predict --input` too.
      if (data.preprocessing) await model.setPreprocessing(data.preprocessing);
      body.train = 'running';
      const seed = artifact.manifest.seed;
      const { history, stopped } = await model.fit(data.train, {
        epochs: Number(epochs.value) || 1,
        seed,
        readEvery: 1,
        signal: abort.signal,
        onStep: ({ epoch, step, steps, loss }) => {
          if (loss === undefined) return;
          losses.push(loss);
          body.steps = String(losses.length);
          body.firstLoss = String(losses[0]);
          body.lastLoss = String(loss);
          line.textContent = `epoch ${epoch + 1}, step ${step + 1} of ${steps} on ${model!.engine.kind}`;
          drawLoss(chart, losses);
        },
      });
      const test = await model.evaluate(data.test);
      const accuracy = test.metrics.accuracy;
      body.accuracy = String(accuracy);
      line.textContent = `${stopped ? 'stopped' : 'done'} after ${losses.length} steps (${history.length} epochs) on ${model.engine.kind}: held-out loss ${test.loss.toFixed(4)}${accuracy === undefined ? '' : `, accuracy ${(accuracy * 100).toFixed(1)}% on ${data.rows.test} rows`}`;
      const bytes = await model.checkpointBytes({ epoch: history.length, seed });
      const blob = new Blob([bytes.slice()], { type: 'application/octet-stream' });
      download.setAttribute('href', URL.createObjectURL(blob));
      download.setAttribute('download', `${artifact.manifest.model}.safetensors`);
      download.hidden = false;
      body.train = stopped ? 'stopped' : 'done';
      ready(model);
    } catch (e) {
      line.textContent = `training failed: ${e instanceof Error ? e.message : String(e)}`;
      body.train = 'failed';
    } finally {
      busy(false);
      stop.disabled = true;
    }
  });

  upload.addEventListener('change', async () => {
    const file = upload.files?.[0];
    if (!file) return;
    busy(true);
    try {
      line.textContent = `loading ${file.name}…`;
      model = await freshModel();
      // Weights only: the checkpoint may come from another compilation of the spec (mdlc train, another batch size).
      const meta = await model.restoreCheckpoint(new Uint8Array(await file.arrayBuffer()), { weightsOnly: true }, file.name);
      if (!model.preprocessing) {
        const served = await fetchPreprocessing(fit.name, fit.input, fit.target);
        if (served) await model.setPreprocessing(served);
      }
      line.textContent = `loaded ${file.name}: ${meta.model}, step ${meta.step}, epoch ${meta.epoch}${meta.preprocessing ? ', with its preprocessing' : ''}; runs on ${model.engine.kind}`;
      body.checkpoint = 'loaded';
      ready(model);
    } catch (e) {
      line.textContent = `could not load ${file.name}: ${e instanceof Error ? e.message : String(e)}`;
      body.checkpoint = 'failed';
    } finally {
      busy(false);
    }
  });
  return root;
}
