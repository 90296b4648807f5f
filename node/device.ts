// The Dawn GPU provider for Node: the `webgpu` package's Dawn on Vulkan, else OpenGL ES; installed by the Node entry points.
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chooseBackend } from './backend-choice.js';
import { DeviceSetupError, type FoundAdapter, type GpuProvider, NoAdapterError, type RequestDeviceOptions, SOFTWARE_ADAPTER_HINT } from '../runtime/device.js';

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

// GPU objects whose adapters made a backend probe's device: kept for the process's life (a destroyed device may still
// be collected after its GPU object, which aborts Dawn), two at most, once per machine and mdlc version.
const probedGpus: GPU[] = [];

// The measured choice, once made in this process: the adapters do not change while it runs, so later devices skip
// making the other backend's instance at all.
let decided: 'vulkan' | 'opengles' | undefined;

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

/**
 * Dawn from the `webgpu` package: Vulkan (Metal/D3D12 off Linux) or OpenGL ES in compatibility mode. Unpinned on Linux
 * with both present, the faster by measurement (node/backend-choice.ts); else whichever exists, Vulkan first.
 */
export const dawnGpuProvider: GpuProvider = {
  async findAdapter(options) {
    const asked = backendChoice(options);
    const choice = asked === 'auto' ? (decided ?? 'auto') : asked;
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
    const find = async (flags: string[], featureLevel: 'core' | 'compatibility'): Promise<{ gpu: GPU; adapter: GPUAdapter } | undefined> => {
      try {
        const gpu = webgpu.create(flags);
        const adapter = await gpu.requestAdapter(featureLevel === 'compatibility' ? { featureLevel } : undefined);
        if (adapter) return { gpu, adapter };
        attempts.push(`${flags[0]?.slice('backend='.length) ?? 'native'}: requestAdapter() returned null`);
      } catch (e) {
        attempts.push(`${flags[0]?.slice('backend='.length) ?? 'native'}: ${(e as Error).message}`);
      }
      return undefined;
    };
    const linux = process.platform === 'linux';
    const vulkan = choice !== 'opengles' ? await find(linux ? ['backend=vulkan'] : [], 'core') : undefined;
    // Unpinned on Linux, GL ES is looked for too, to be measured against Vulkan; elsewhere only where Vulkan is missing.
    const wantGles = choice === 'opengles' || (choice === 'auto' && (linux || !vulkan));
    if (wantGles) process.env.EGL_PLATFORM ??= 'surfaceless'; // without it EGL fails with EGL_NOT_INITIALIZED on a headless machine
    const gles = wantGles ? await find(['backend=opengles'], 'compatibility') : undefined;
    const as = (x: { gpu: GPU; adapter: GPUAdapter }, which: 'vulkan' | 'opengles'): FoundAdapter =>
      which === 'vulkan'
        ? { adapter: x.adapter, backend: linux ? 'vulkan' : 'native', featureLevel: 'core', release: keep(x.gpu) }
        : { adapter: x.adapter, backend: 'opengles', featureLevel: 'compatibility', release: keep(x.gpu) };
    let found: FoundAdapter | undefined;
    if (vulkan && gles) {
      // Both exist and nothing pins one: the one measured faster here (once per adapter pair, then from the cache).
      const decision = await chooseBackend({ vulkan: vulkan.adapter, opengles: gles.adapter }, (line) => process.stderr.write(line + '\n')).catch((e: unknown) => {
        // A probe that fails (a driver refusing a device) decides nothing: Vulkan, as without measuring, and unremembered.
        process.stderr.write(`mdlc: warning: timing Dawn's backends failed (${(e as Error).message}); using vulkan\n`);
        return { backend: 'vulkan' as const, measured: true };
      });
      decided = decision.backend;
      const winner = decision.backend === 'vulkan' ? vulkan : gles;
      if (decision.measured) {
        // Each adapter made a probe device: Dawn would abort if either GPU object were collected while one may still
        // be alive, and an adapter gives one device only, so the winner's GPU object is asked for a fresh adapter.
        probedGpus.push(vulkan.gpu, gles.gpu);
        const fresh = await winner.gpu.requestAdapter(decision.backend === 'opengles' ? { featureLevel: 'compatibility' } : undefined);
        if (!fresh) throw new NoAdapterError([`${decision.backend}: requestAdapter() returned null after the backend probe`]);
        winner.adapter = fresh;
      }
      found = as(winner, decision.backend);
    } else if (vulkan) found = as(vulkan, 'vulkan');
    else if (gles) found = as(gles, 'opengles');
    if (!found) throw new NoAdapterError(attempts);
    return found;
  },
};
