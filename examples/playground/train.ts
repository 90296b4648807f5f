// Training off the page's main thread: the compiled spec handed to a Web Worker (WorkerModel) that trains it on
// WebGPU (the CPU executor where the browser has none), on MNIST or Iris rows the server wrote beside the page, with
// a live loss chart, a stop button, held-out accuracy, a checkpoint to download, and, for a digit classifier, a
// canvas to draw on and see the prediction.
import type { Artifact, SpecTensor } from '../../core/artifact.js';
import { WorkerModel } from '../../runtime/worker/client.js';
import { el } from './views.js';

/** The worker script scripts/playground.ts bundles beside the page (runtime/worker/worker.ts). */
const workerUrl = './playground-worker.js';

/** Rows the page can train on, by input and target name, split into training and held-out rows. */
interface PageData {
  name: 'mnist' | 'iris';
  train: Record<string, Float32Array | Int32Array>;
  test: Record<string, Float32Array | Int32Array>;
  rows: { train: number; test: number };
}

/** The datasets the server prepares, each with the per-sample shapes a spec must have to train on it. */
const datasets = {
  mnist: { input: [784], classes: 10, what: 'MNIST digits: f32[batch, 784] pixels in [0, 1], an i32 label of 10 classes' },
  iris: { input: [4], classes: 3, what: 'Iris: f32[batch, 4] standardised measurements, an i32 species of 3 classes' },
} as const;

type DatasetName = keyof typeof datasets;

/** Which dataset fits a spec's inputs and targets, with the names the spec gives them. */
function datasetFor(tensors: SpecTensor[]): { name: DatasetName; input: string; target: string } | undefined {
  const inputs = tensors.filter((t) => t.role === 'input');
  const targets = tensors.filter((t) => t.role === 'target');
  if (inputs.length !== 1 || targets.length !== 1) return undefined;
  const [i, t] = [inputs[0], targets[0]];
  for (const name of Object.keys(datasets) as DatasetName[]) {
    const d = datasets[name];
    if (i.dtype === 'f32' && i.shape.join() === d.input.join() && t.dtype === 'i32' && t.shape.length === 0 && t.classes === d.classes) return { name, input: i.name, target: t.name };
  }
  return undefined;
}

async function fetchData(name: DatasetName, input: string, target: string): Promise<PageData> {
  const meta = (await (await fetch(`data/${name}.json`)).json()) as { train: number; test: number; width: number };
  const x = new Uint8Array(await (await fetch(`data/${name}-x.bin`)).arrayBuffer());
  const y = new Uint8Array(await (await fetch(`data/${name}-y.bin`)).arrayBuffer());
  // MNIST pixels travel as bytes (value / 255 is exactly what the data loader gives); Iris rows as float32.
  const features = name === 'mnist' ? Float32Array.from(x, (v) => v / 255) : new Float32Array(x.buffer);
  const split = meta.train * meta.width;
  return {
    name,
    train: { [input]: features.subarray(0, split), [target]: Int32Array.from(y.subarray(0, meta.train)) },
    test: { [input]: features.subarray(split), [target]: Int32Array.from(y.subarray(meta.train)) },
    rows: { train: meta.train, test: meta.test },
  };
}

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

/** A 280x280 canvas to draw a digit on; its 28x28 average is what the model sees. */
function digitPad(onDrawn: (pixels: Float32Array) => void): HTMLElement {
  const canvas = document.createElement('canvas');
  canvas.width = 280;
  canvas.height = 280;
  canvas.id = 'digit';
  canvas.className = 'digit';
  const g = canvas.getContext('2d')!;
  const clear = () => {
    g.fillStyle = '#000';
    g.fillRect(0, 0, 280, 280);
  };
  clear();
  let drawing = false;
  const at = (e: PointerEvent) => {
    const r = canvas.getBoundingClientRect();
    return [((e.clientX - r.left) / r.width) * 280, ((e.clientY - r.top) / r.height) * 280];
  };
  canvas.addEventListener('pointerdown', (e) => {
    drawing = true;
    const [x, y] = at(e);
    g.beginPath();
    g.moveTo(x, y);
  });
  canvas.addEventListener('pointermove', (e) => {
    if (!drawing) return;
    const [x, y] = at(e);
    g.strokeStyle = '#fff';
    g.lineWidth = 22;
    g.lineCap = 'round';
    g.lineTo(x, y);
    g.stroke();
  });
  canvas.addEventListener('pointerup', () => {
    drawing = false;
    const image = g.getImageData(0, 0, 280, 280).data;
    const pixels = new Float32Array(784);
    for (let r = 0; r < 28; r++)
      for (let c = 0; c < 28; c++) {
        let sum = 0;
        for (let dy = 0; dy < 10; dy++) for (let dx = 0; dx < 10; dx++) sum += image[((r * 10 + dy) * 280 + c * 10 + dx) * 4];
        pixels[r * 28 + c] = sum / 100 / 255;
      }
    onDrawn(pixels);
  });
  const clearButton = el('button', '', 'Clear');
  clearButton.id = 'digit-clear';
  clearButton.addEventListener('click', clear);
  return el('div', 'digit-pad', canvas, clearButton);
}

function softmax(logits: ArrayLike<number>): number[] {
  const max = Math.max(...Array.from(logits));
  const e = Array.from(logits, (v) => Math.exp(v - max));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
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
  const start = el('button', '', 'Train');
  start.id = 'train-start';
  const stop = el('button', '', 'Stop');
  stop.id = 'train-stop';
  (stop as HTMLButtonElement).disabled = true;
  const download = el('a', 'download', 'Download checkpoint (.safetensors)');
  download.id = 'train-download';
  download.hidden = true;
  const line = el('p', 'train-status', `${fit.name === 'mnist' ? 'MNIST' : 'Iris'}: ${datasets[fit.name].what}.`);
  line.id = 'train-status';
  const chart = document.createElement('canvas');
  chart.width = 520;
  chart.height = 160;
  chart.className = 'chart';
  const prediction = el('div', 'prediction');
  prediction.id = 'prediction';
  root.append(el('div', 'train-controls', el('label', '', 'epochs ', epochs), start, stop, download), line, chart);

  let model: WorkerModel | undefined;
  let worker: Worker | undefined;
  const body = document.body.dataset;
  start.addEventListener('click', async () => {
    (start as HTMLButtonElement).disabled = true;
    (stop as HTMLButtonElement).disabled = false;
    const abort = new AbortController();
    stop.onclick = () => abort.abort();
    const losses: number[] = [];
    try {
      line.textContent = 'loading data…';
      const data = await fetchData(fit.name, fit.input, fit.target);
      worker?.terminate();
      worker = new Worker(new URL(workerUrl, location.href), { type: 'module' });
      model = await WorkerModel.create(worker, artifact, { name: artifact.manifest.model, warn: (m) => (line.textContent = m) });
      body.engine = model.engine.kind;
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
      if (fit.name === 'mnist' && !root.querySelector('#digit')) {
        root.append(el('h3', '', 'Draw a digit'), digitPad(async (pixels) => {
          const out = await model!.predict({ [fit.input]: [Array.from(pixels)] });
          const probs = softmax(Object.values(out)[0]);
          const best = probs.indexOf(Math.max(...probs));
          prediction.replaceChildren(el('p', '', `prediction: ${best} (${(probs[best] * 100).toFixed(1)}%)`), el('ol', 'probs', ...probs.map((p, k) => el('li', '', `${k}: ${(p * 100).toFixed(1)}%`))));
          body.prediction = String(best);
          body.pixels = Array.from(pixels, (v) => v.toFixed(6)).join(',');
        }), prediction);
      }
    } catch (e) {
      line.textContent = `training failed: ${e instanceof Error ? e.message : String(e)}`;
      body.train = 'failed';
    } finally {
      (start as HTMLButtonElement).disabled = false;
      (stop as HTMLButtonElement).disabled = true;
    }
  });
  return root;
}
