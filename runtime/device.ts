// Takes optional device options; gives a live WebGPU device (Dawn on Vulkan, else OpenGL ES, in Node; navigator.gpu in a browser) with its adapter info and a release().

/** Which WebGPU implementation a device came from: Dawn's Vulkan backend (Metal/D3D12 off Linux: 'native'), Dawn's OpenGL ES backend, or the browser's own. */
export type Backend = 'vulkan' | 'native' | 'opengles' | 'browser';

/** Options for {@link requestDevice}; every field is optional and the defaults give a core WebGPU device with the default limits. */
export interface RequestDeviceOptions {
  /** Names of limits (e.g. 'maxStorageBuffersPerShaderStage') to raise to the adapter's maximum; others keep the WebGPU defaults. */
  adapterLimits?: readonly string[];
  /** Explicit limit values to request (these win over adapterLimits). */
  requiredLimits?: Record<string, number>;
  /** Features to enable when the adapter has them (e.g. 'shader-f16', 'timestamp-query'); missing ones are skipped, so check device.features. */
  features?: readonly GPUFeatureName[];
  /** Node only: 'auto' (default) tries Vulkan then OpenGL ES; the environment variable MDLC_WEBGPU_BACKEND overrides the default. */
  backend?: 'auto' | 'vulkan' | 'opengles';
  /** Label given to the device. */
  label?: string;
}

/** What is known about the adapter behind a device. */
export interface AdapterInfo {
  backend: Backend;
  /** Human-readable adapter name, e.g. "llvmpipe: Mesa 25.0.7 (LLVM 15.0.6)". */
  description: string;
  vendor: string;
  architecture: string;
  /** 'core' for full WebGPU, 'compatibility' for the OpenGL ES fallback (no f16, no timestamp queries, fewer features). */
  featureLevel: 'core' | 'compatibility';
  /** Every feature the adapter offers (not only those enabled on the device). */
  features: string[];
}

/** Why a device was lost, as reported by device.lost. */
export interface DeviceLostRecord {
  reason: string;
  message: string;
}

/** A device together with its adapter info and the means to let it go. */
export interface GpuHandle {
  device: GPUDevice;
  adapterInfo: AdapterInfo;
  /** Set once device.lost resolves: 'destroyed' after release(), anything else is a real loss. */
  readonly lost: DeviceLostRecord | undefined;
  /** Destroys the device and drops the live GPU reference so Node can exit; safe to call twice. */
  release(): void;
}

const FIX_HINT =
  'To get a software WebGPU adapter on Debian/Ubuntu, run `bash scripts/install-system-deps.sh` ' +
  '(as root; it installs Mesa >= 25 lavapipe from bookworm-backports plus the EGL/GLES libraries), then try again.';

/** Thrown when no WebGPU adapter is available; its message lists what was tried and how to install a software driver. */
export class NoAdapterError extends Error {
  override readonly name = 'NoAdapterError';
  /** One line per attempt, e.g. "vulkan: requestAdapter() returned null". */
  readonly attempts: readonly string[];
  constructor(attempts: readonly string[], hint: string = FIX_HINT) {
    super(`No WebGPU adapter found (${attempts.join('; ')}). ${hint}`);
    this.attempts = attempts;
  }
}

type WebGpuModule = typeof import('webgpu');

// Dawn crashes Node (inside onSubmittedWorkDone) if the object create() returned is garbage-collected while a device
// made from it is in use, so every such object stays here, counted by its live devices, until the last release().
const liveGpus = new Map<GPU, number>();

const isNode = typeof process !== 'undefined' && !!process.versions?.node;

// A variable specifier keeps browser bundlers from trying to resolve Node-only modules.
async function importNodeOnly<T>(specifier: string): Promise<T> {
  return (await import(specifier)) as T;
}

async function ensureXdgRuntimeDir(): Promise<void> {
  if (process.env.XDG_RUNTIME_DIR) return;
  const fs = await importNodeOnly<typeof import('node:fs')>('node:fs');
  const os = await importNodeOnly<typeof import('node:os')>('node:os');
  const path = await importNodeOnly<typeof import('node:path')>('node:path');
  const uid = typeof process.getuid === 'function' ? process.getuid() : 'user';
  const dir = path.join(os.tmpdir(), `mdlc-xdg-runtime-${uid}`);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  process.env.XDG_RUNTIME_DIR = dir; // Mesa warns on every start without it
}

interface Found {
  gpu: GPU | undefined;
  adapter: GPUAdapter;
  backend: Backend;
  featureLevel: 'core' | 'compatibility';
}

async function findNodeAdapter(choice: 'auto' | 'vulkan' | 'opengles'): Promise<Found> {
  await ensureXdgRuntimeDir();
  let webgpu: WebGpuModule;
  try {
    webgpu = await importNodeOnly<WebGpuModule>('webgpu');
  } catch (e) {
    throw new NoAdapterError([`the 'webgpu' package did not load: ${(e as Error).message}`],
      'Run `npm install` (the webgpu package ships dawn.node for linux-x64), then ' + FIX_HINT);
  }
  Object.assign(globalThis, webgpu.globals); // GPUBufferUsage, GPUMapMode, GPUShaderStage, ...
  const attempts: string[] = [];
  const tryBackend = async (flags: string[], backend: Backend, featureLevel: 'core' | 'compatibility') => {
    try {
      const gpu = webgpu.create(flags);
      const adapter = await gpu.requestAdapter(featureLevel === 'compatibility' ? { featureLevel } : undefined);
      if (adapter) return { gpu, adapter, backend, featureLevel };
      attempts.push(`${backend}: requestAdapter() returned null`);
    } catch (e) {
      attempts.push(`${backend}: ${(e as Error).message}`);
    }
    return undefined;
  };
  let found: Found | undefined;
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
}

async function findBrowserAdapter(): Promise<Found> {
  const gpu = (globalThis as { navigator?: { gpu?: GPU } }).navigator?.gpu;
  const browserHint = 'This browser exposes no WebGPU; in Chromium start it with --enable-unsafe-webgpu ' +
    '--enable-features=Vulkan --ignore-gpu-blocklist (and run `bash scripts/install-system-deps.sh` on Debian).';
  if (!gpu) throw new NoAdapterError(['navigator.gpu is undefined'], browserHint);
  const core = await gpu.requestAdapter();
  if (core) return { gpu: undefined, adapter: core, backend: 'browser', featureLevel: 'core' };
  const compat = await gpu.requestAdapter({ featureLevel: 'compatibility' });
  if (compat) return { gpu: undefined, adapter: compat, backend: 'browser', featureLevel: 'compatibility' };
  throw new NoAdapterError(['navigator.gpu.requestAdapter() returned null'], browserHint);
}

function buildLimits(adapter: GPUAdapter, options: RequestDeviceOptions): Record<string, number> {
  const limits: Record<string, number> = {};
  const supported = adapter.limits as unknown as Record<string, number | undefined>;
  for (const name of options.adapterLimits ?? []) {
    const value = supported[name];
    if (typeof value !== 'number') throw new Error(`requestDevice: unknown WebGPU limit '${name}'`);
    limits[name] = value;
  }
  return Object.assign(limits, options.requiredLimits);
}

/** Gets a WebGPU device: in Node from Dawn (Vulkan first, then OpenGL ES in compatibility mode), in a browser from navigator.gpu; throws NoAdapterError when there is none. */
export async function requestDevice(options: RequestDeviceOptions = {}): Promise<GpuHandle> {
  let choice = options.backend ?? 'auto';
  if (isNode && options.backend === undefined) {
    const env = process.env.MDLC_WEBGPU_BACKEND;
    if (env === 'vulkan' || env === 'opengles' || env === 'auto') choice = env;
    else if (env) throw new Error(`MDLC_WEBGPU_BACKEND must be auto, vulkan or opengles, not '${env}'`);
  }
  const { gpu, adapter, backend, featureLevel } = isNode ? await findNodeAdapter(choice) : await findBrowserAdapter();
  if (gpu) liveGpus.set(gpu, (liveGpus.get(gpu) ?? 0) + 1);

  let device: GPUDevice;
  try {
    device = await adapter.requestDevice({
      label: options.label ?? 'mdlc',
      requiredFeatures: (options.features ?? []).filter((f) => adapter.features.has(f)),
      requiredLimits: buildLimits(adapter, options),
    });
  } catch (e) {
    if (gpu) dropGpu(gpu);
    throw e;
  }

  const info = adapter.info;
  const adapterInfo: AdapterInfo = {
    backend,
    description: info.description || [info.vendor, info.architecture, info.device].filter(Boolean).join(' ') || 'unknown adapter',
    vendor: info.vendor,
    architecture: info.architecture,
    featureLevel,
    features: [...adapter.features].sort(),
  };

  let lost: DeviceLostRecord | undefined;
  let released = false;
  device.lost.then((i) => {
    lost = { reason: String(i.reason), message: i.message };
    if (!released) console.warn(`mdlc: WebGPU device lost (${lost.reason}): ${lost.message}`);
  });

  return {
    device,
    adapterInfo,
    get lost() {
      return lost;
    },
    release() {
      if (released) return;
      released = true;
      device.destroy();
      if (gpu) dropGpu(gpu);
    },
  };
}

function dropGpu(gpu: GPU): void {
  const users = (liveGpus.get(gpu) ?? 1) - 1;
  if (users > 0) liveGpus.set(gpu, users);
  else liveGpus.delete(gpu);
}
