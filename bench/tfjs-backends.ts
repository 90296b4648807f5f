// What the TensorFlow.js baselines need in Node: its WebGPU backend on the same Dawn device mdlc uses, and the one
// kernel its wasm backend lacks for training convolutions.
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

/** Conv2DBackpropFilter for tfjs-wasm: NHWC tensors viewed as NDHWC with depth 1, computed by Conv3DBackpropFilterV2. */
export function registerConv2dFilterGradient(): void {
  const conv3d = tf.getKernel('Conv3DBackpropFilterV2', 'wasm');
  if (!conv3d || tf.getKernel('Conv2DBackpropFilter', 'wasm')) return;
  tf.registerKernel({
    kernelName: 'Conv2DBackpropFilter',
    backendName: 'wasm',
    kernelFunc: ({ inputs, backend, attrs }) => {
      const { x, dy } = inputs as { x: tf.TensorInfo; dy: tf.TensorInfo };
      const a = attrs as unknown as { strides: number | [number, number]; pad: 'valid' | 'same'; dataFormat: string; dilations?: number | [number, number]; filterShape: [number, number, number, number] };
      const dilations = a.dilations === undefined ? [1, 1] : typeof a.dilations === 'number' ? [a.dilations, a.dilations] : a.dilations;
      const [sh, sw] = typeof a.strides === 'number' ? [a.strides, a.strides] : a.strides;
      // Checked against tfjs-cpu's kernel: equal to float rounding at stride 1; at stride 2 the wasm 3-D kernel differs.
      if (a.dataFormat !== 'NHWC' || typeof a.pad !== 'string' || dilations.some((d) => d !== 1) || sh !== 1 || sw !== 1)
        throw new Error('Conv2DBackpropFilter (wasm shim): only NHWC, string padding, stride 1 and no dilation');
      const depth1 = (t: tf.TensorInfo): tf.TensorInfo => ({ dataId: t.dataId, dtype: t.dtype, shape: [t.shape[0], 1, ...t.shape.slice(1)] });
      const dw = conv3d.kernelFunc({ inputs: { x: depth1(x), dy: depth1(dy) }, backend, attrs: { strides: [1, sh, sw], pad: a.pad, filterShape: [1, ...a.filterShape] } }) as tf.TensorInfo;
      return { dataId: dw.dataId, dtype: dw.dtype, shape: a.filterShape };
    },
  });
}
