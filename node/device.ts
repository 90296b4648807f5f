// The Dawn GPU provider for Node: the `webgpu` package's Dawn on Vulkan, else OpenGL ES; installed by the Node entry points.
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Backend, DeviceSetupError, type FoundAdapter, type GpuProvider, NoAdapterError, type RequestDeviceOptions, SOFTWARE_ADAPTER_HINT } from '../runtime/device.js';

type WebGpuModule = typeof import('webgpu');

// Dawn crashes Node (inside onSubmittedWorkDone) if the object create() returned is garbage-collected while a device
// made from it is in use, so every such object stays here, counted by its live devices, until the last release().
const liveGpus = new Map<GPU, number>();

function keep(gpu: GPU): () => void {
  liveGpus.set(gpu, (liveGpus.get(gpu) ?? 0) + 1);
  return () => {
    const users = (liveGpus.get(gpu) ?? 1) - 1;
    if (users > 0) liveGpus.set(gpu, users);
    else liveGpus.delete(gpu);
  };
}

function ensureXdgRuntimeDir(): void {
  if (process.env.XDG_RUNTIME_DIR) return;
  const uid = typeof process.getuid === 'function' ? process.getuid() : 'user';
  const dir = join(tmpdir(), `mdlc-xdg-runtime-${uid}`);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  process.env.XDG_RUNTIME_DIR = dir; // Mesa warns on every start without it
}

/** The backend to try: the option, else MDLC_WEBGPU_BACKEND, else 'auto'; a bad environment value is an error, not ignored. */
function backendChoice(options: RequestDeviceOptions): 'auto' | 'vulkan' | 'opengles' {
  if (options.backend !== undefined) return options.backend;
  const env = process.env.MDLC_WEBGPU_BACKEND;
  if (env === 'vulkan' || env === 'opengles' || env === 'auto') return env;
  if (env) throw new DeviceSetupError(`the environment variable MDLC_WEBGPU_BACKEND is '${env}', which is not a WebGPU backend: set it to auto, vulkan or opengles, or unset it`);
  return 'auto';
}

/** Dawn from the `webgpu` package: Vulkan first (Metal/D3D12 off Linux), then OpenGL ES in compatibility mode. */
export const dawnGpuProvider: GpuProvider = {
  async findAdapter(options) {
    const choice = backendChoice(options);
    ensureXdgRuntimeDir();
    let webgpu: WebGpuModule;
    try {
      // Imported when a device is first wanted, so a missing or broken dawn.node is a NoAdapterError (CPU fallback), not a failed import of mdlc.
      webgpu = await import('webgpu');
    } catch (e) {
      throw new NoAdapterError([`the 'webgpu' package did not load: ${(e as Error).message}`],
        'Run `npm install` (the webgpu package ships dawn.node for linux-x64), then ' + SOFTWARE_ADAPTER_HINT);
    }
    Object.assign(globalThis, webgpu.globals); // GPUBufferUsage, GPUMapMode, GPUShaderStage, ...
    const attempts: string[] = [];
    const tryBackend = async (flags: string[], backend: Backend, featureLevel: 'core' | 'compatibility'): Promise<FoundAdapter | undefined> => {
      try {
        const gpu = webgpu.create(flags);
        const adapter = await gpu.requestAdapter(featureLevel === 'compatibility' ? { featureLevel } : undefined);
        if (adapter) return { adapter, backend, featureLevel, release: keep(gpu) };
        attempts.push(`${backend}: requestAdapter() returned null`);
      } catch (e) {
        attempts.push(`${backend}: ${(e as Error).message}`);
      }
      return undefined;
    };
    let found: FoundAdapter | undefined;
    if (choice !== 'opengles') {
      const linux = process.platform === 'linux';
      found = await tryBackend(linux ? ['backend=vulkan'] : [], linux ? 'vulkan' : 'native', 'core');
    }
    if (!found && choice !== 'vulkan') {
      process.env.EGL_PLATFORM ??= 'surfaceless'; // without it EGL fails with EGL_NOT_INITIALIZED on a headless machine
      found = await tryBackend(['backend=opengles'], 'opengles', 'compatibility');
    }
    if (!found) throw new NoAdapterError(attempts);
    return found;
  },
};
