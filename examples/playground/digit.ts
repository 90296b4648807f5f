// A digit classifier's "try it" pad: a 280x280 canvas to draw on, its 28x28 average sent to the worker's model, and
// the predicted digit with every class's probability.
import type { WorkerModel } from '../../runtime/worker/client.js';
import { el } from './views.js';

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


/** The pad for a model whose input `input` is 784 pixels: draw, and see its prediction under the pad. */
export function digitBox(model: WorkerModel, input: string): HTMLElement {
  const prediction = el('div', 'prediction');
  prediction.id = 'prediction';
  const body = document.body.dataset;
  const pad = digitPad(async (pixels) => {
    const out = await model.predict({ [input]: [Array.from(pixels)] });
    const probs = softmax(Object.values(out)[0]);
    const best = probs.indexOf(Math.max(...probs));
    prediction.replaceChildren(el('p', '', `prediction: ${best} (${(probs[best] * 100).toFixed(1)}%)`), el('ol', 'probs', ...probs.map((p, k) => el('li', '', `${k}: ${(p * 100).toFixed(1)}%`))));
    body.prediction = String(best);
    body.pixels = Array.from(pixels, (v) => v.toFixed(6)).join(',');
  });
  return el('div', '', el('h3', '', 'Draw a digit'), pad, prediction);
}
