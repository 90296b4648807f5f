// What the TensorFlow.js baselines need in Node: its WebGPU backend on the same Dawn device mdlc uses, and the two
// kernels its wasm backend lacks for training convolutions and embeddings.
import * as tf from '@tensorflow/tfjs';
import { create, globals } from 'webgpu';

/**
 * tfjs-webgpu registers itself only when `navigator.gpu` exists at import time, so call this before
 * `import('@tensorflow/tfjs-backend-webgpu')`. MDLC_WEBGPU_BACKEND=opengles picks Dawn's OpenGL ES backend, as for mdlc.
 * Puts the `webgpu` package's globals (GPUBufferUsage, ...) and a `navigator.gpu` on globalThis. */
export function installNavigatorGpu(): void {
  const flags = process.env.MDLC_WEBGPU_BACKEND === 'opengles' ? ['backend=opengles'] : process.platform === 'linux' ? ['backend=vulkan'] : [];
  Object.assign(globalThis, globals);
  Object.defineProperty(globalThis, 'navigator', { value: { gpu: create(flags) }, configurable: true, writable: true });
}

/**
 * Conv2DBackpropFilter for tfjs-wasm, which lacks it: for each filter tap (i, j), the input window x[:, i:i+OH, j:j+OW, :]
 * as a [N·OH·OW, Cin] matrix, transposed, times dy as [N·OH·OW, Cout]: Cin x Cout values of the gradient. Built from
 * wasm's own Slice, BatchMatMul (XNNPACK) and Concat kernels. NHWC, stride 1, no dilation, 'valid' or 'same' padding
 * handled by padding x first (PadV2). Checked against tfjs-cpu's kernel to float rounding by the bench's own check.
 */
export function registerConv2dFilterGradient(): void {
  if (tf.getKernel('Conv2DBackpropFilter', 'wasm')) return;
  const kernel = (name: string) => {
    const k = tf.getKernel(name, 'wasm');
    if (!k) throw new Error(`tfjs-wasm has no ${name} kernel`);
    return k.kernelFunc;
  };
  const [slice, matmul, concat, pad] = ['Slice', 'BatchMatMul', 'Concat', 'PadV2'].map(kernel);
  tf.registerKernel({
    kernelName: 'Conv2DBackpropFilter',
    backendName: 'wasm',
    kernelFunc: ({ inputs, backend, attrs }) => {
      const { x, dy } = inputs as { x: tf.TensorInfo; dy: tf.TensorInfo };
      const a = attrs as unknown as { strides: number | [number, number]; pad: 'valid' | 'same'; dataFormat: string; dilations?: number | [number, number]; filterShape: [number, number, number, number] };
      const dilations = a.dilations === undefined ? [1, 1] : typeof a.dilations === 'number' ? [a.dilations, a.dilations] : a.dilations;
      const [sh, sw] = typeof a.strides === 'number' ? [a.strides, a.strides] : a.strides;
      if (a.dataFormat !== 'NHWC' || typeof a.pad !== 'string' || dilations.some((d) => d !== 1) || sh !== 1 || sw !== 1)
        throw new Error('Conv2DBackpropFilter (wasm shim): only NHWC, string padding, stride 1 and no dilation');
      const b = backend as unknown as { disposeData(id: unknown): void };
      const [kh, kw, cin, cout] = a.filterShape;
      const [n, oh, ow] = dy.shape;
      let input = x;
      if (a.pad === 'same') {
        const ph = kh - 1;
        const pw = kw - 1;
        const paddings = [[0, 0], [Math.floor(ph / 2), ph - Math.floor(ph / 2)], [Math.floor(pw / 2), pw - Math.floor(pw / 2)], [0, 0]];
        input = pad({ inputs: { x }, backend, attrs: { paddings, constantValue: 0 } }) as tf.TensorInfo;
      }
      const rows = n * oh * ow;
      const dyMatrix: tf.TensorInfo = { dataId: dy.dataId, dtype: dy.dtype, shape: [1, rows, cout] };
      const taps: tf.TensorInfo[] = [];
      for (let i = 0; i < kh; i++)
        for (let j = 0; j < kw; j++) {
          const window = slice({ inputs: { x: input }, backend, attrs: { begin: [0, i, j, 0], size: [n, oh, ow, cin] } }) as tf.TensorInfo;
          const product = matmul({ inputs: { a: { dataId: window.dataId, dtype: window.dtype, shape: [1, rows, cin] }, b: dyMatrix }, backend, attrs: { transposeA: true, transposeB: false } }) as tf.TensorInfo;
          b.disposeData(window.dataId);
          taps.push(product);
        }
      const all = concat({ inputs: taps as unknown as tf.NamedTensorInfoMap, backend, attrs: { axis: 0 } }) as tf.TensorInfo;
      for (const t of taps) b.disposeData(t.dataId);
      if (input !== x) b.disposeData(input.dataId);
      return { dataId: all.dataId, dtype: all.dtype, shape: a.filterShape };
    },
  });
}

/** What the UnsortedSegmentSum shim needs of tfjs-wasm's backend object (it has more). */
interface WasmBackend {
  readSync(dataId: unknown): ArrayLike<number>;
  makeOutput(shape: number[], dtype: tf.DataType): tf.TensorInfo;
  typedArrayFromHeap(t: tf.TensorInfo): Float32Array;
}

/**
 * UnsortedSegmentSum for tfjs-wasm, which lacks it (it is the gradient of an Embedding's gather): the rows of x added
 * into the rows their segment ids name, in a plain loop over the wasm heap.
 */
export function registerUnsortedSegmentSum(): void {
  if (tf.getKernel('UnsortedSegmentSum', 'wasm')) return;
  tf.registerKernel({
    kernelName: 'UnsortedSegmentSum',
    backendName: 'wasm',
    kernelFunc: ({ inputs, backend, attrs }) => {
      const { x, segmentIds } = inputs as { x: tf.TensorInfo; segmentIds: tf.TensorInfo };
      const segments = (attrs as unknown as { numSegments: number }).numSegments;
      const b = backend as unknown as WasmBackend;
      const values = b.readSync(x.dataId);
      const ids = b.readSync(segmentIds.dataId);
      const inner = values.length / ids.length;
      const out = b.makeOutput([segments, ...x.shape.slice(segmentIds.shape.length)], x.dtype);
      const o = b.typedArrayFromHeap(out);
      o.fill(0);
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i];
        if (id < 0 || id >= segments) continue;
        for (let k = 0; k < inner; k++) o[id * inner + k] += values[i * inner + k];
      }
      return out;
    },
  });
}
