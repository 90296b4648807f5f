// Takes optional device options and the installed GPU provider (navigator.gpu unless the Node layer installs Dawn); gives a live WebGPU device with its adapter info and a release().

/** Which WebGPU implementation a device came from: Dawn's Vulkan backend (Metal/D3D12 off Linux: 'native'), Dawn's OpenGL ES backend, or the browser's own. */
export type Backend = 'vulkan' | 'native' | 'opengles' | 'browser';

/** Options for {@link requestDevice}; every field is optional and the defaults give a core WebGPU device with the default limits. */
export interface RequestDeviceOptions {
  /** Names of limits (e.g. 'maxStorageBuffersPerShaderStage') to raise to the adapter's maximum; others keep the WebGPU defaults. */
  adapterLimits?: readonly string[];
  /** Explicit limit values to request (these win over adapterLimits). */
  requiredLimits?: Record<string, number>;
  /**
   * Features to enable when the adapter has them; missing ones are skipped, so check device.features. Default:
   * {@link speedFeatures} (subgroup kernel variants, per-kernel GPU timing).
   */
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

/** An adapter a provider found, and what it holds on to until the device made from it is released. */
export interface FoundAdapter {
  adapter: GPUAdapter;
  backend: Backend;
  featureLevel: 'core' | 'compatibility';
  /** Called once when the device is released, or when making it failed: lets go of what the provider kept alive. */
  release?(): void;
}

/** Where adapters come from: navigator.gpu in a browser; the Node layer installs Dawn (node/device.ts). */
export interface GpuProvider {
  /** Finds an adapter for the options (a provider may read `backend`), or throws a NoAdapterError saying what it tried. */
  findAdapter(options: RequestDeviceOptions): Promise<FoundAdapter>;
}

/** How to get a software adapter on a machine without a GPU; the end of every NoAdapterError message unless a provider says otherwise. */
export const SOFTWARE_ADAPTER_HINT =
  'To get a software WebGPU adapter on Debian/Ubuntu, run `bash scripts/install-system-deps.sh` ' +
  '(as root; it installs Mesa >= 25 lavapipe from bookworm-backports plus the EGL/GLES libraries), then try again.';

/** Thrown when no WebGPU adapter is available; its message lists what was tried and how to install a software driver. */
export class NoAdapterError extends Error {
  override readonly name = 'NoAdapterError';
  /** One line per attempt, e.g. "vulkan: requestAdapter() returned null". */
  readonly attempts: readonly string[];
  constructor(attempts: readonly string[], hint: string = SOFTWARE_ADAPTER_HINT) {
    super(`No WebGPU adapter found (${attempts.join('; ')}). ${hint}`);
    this.attempts = attempts;
  }
}

/** A device that cannot be set up as asked (a bad MDLC_WEBGPU_BACKEND, an unknown limit, limits the adapter refuses); the message says what to change. */
export class DeviceSetupError extends Error {
  override readonly name = 'DeviceSetupError';
}

/** The browser's own WebGPU: navigator.gpu, a core adapter if there is one, else a compatibility one. */
export const browserGpuProvider: GpuProvider = {
  async findAdapter() {
    const gpu = (globalThis as { navigator?: { gpu?: GPU } }).navigator?.gpu;
    const browserHint = 'This browser exposes no WebGPU; in Chromium start it with --enable-unsafe-webgpu ' +
      '--enable-features=Vulkan --ignore-gpu-blocklist (and run `bash scripts/install-system-deps.sh` on Debian).';
    if (!gpu) throw new NoAdapterError(['navigator.gpu is undefined'], browserHint);
    const core = await gpu.requestAdapter();
    if (core) return { adapter: core, backend: 'browser', featureLevel: 'core' };
    const compat = await gpu.requestAdapter({ featureLevel: 'compatibility' });
    if (compat) return { adapter: compat, backend: 'browser', featureLevel: 'compatibility' };
    throw new NoAdapterError(['navigator.gpu.requestAdapter() returned null'], browserHint);
  },
};

let provider: GpuProvider = browserGpuProvider;

/** Makes `requestDevice` (and so `Model.create`) take adapters from `next`; the Node entry points install Dawn this way. */
export function setGpuProvider(next: GpuProvider): void {
  provider = next;
}

function buildLimits(adapter: GPUAdapter, options: RequestDeviceOptions): Record<string, number> {
  const limits: Record<string, number> = {};
  const supported = adapter.limits as unknown as Record<string, number | undefined>;
  for (const name of options.adapterLimits ?? []) {
    const value = supported[name];
    if (typeof value !== 'number') throw new DeviceSetupError(`requestDevice: unknown WebGPU limit '${name}'`);
    limits[name] = value;
  }
  return Object.assign(limits, options.requiredLimits);
}

/** What a device is asked for by default where the adapter has it: kernel variants that use subgroups, and timestamps for profiling. */
export const speedFeatures: readonly GPUFeatureName[] = ['subgroups', 'timestamp-query'];

/** Gets a WebGPU device from the installed provider (Dawn in Node via `mdlc`/`mdlc/runtime`, else navigator.gpu); throws NoAdapterError when there is none. */
export async function requestDevice(options: RequestDeviceOptions = {}): Promise<GpuHandle> {
  const found = await provider.findAdapter(options);
  const { adapter, backend, featureLevel } = found;
  let dropped = false;
  const drop = () => {
    if (dropped) return;
    dropped = true;
    found.release?.();
  };

  let device: GPUDevice;
  try {
    device = await adapter.requestDevice({
      label: options.label ?? 'mdlc',
      requiredFeatures: (options.features ?? speedFeatures).filter((f) => adapter.features.has(f)),
      requiredLimits: buildLimits(adapter, options),
    });
  } catch (e) {
    drop();
    // The adapter exists but will not give this device (limits or features beyond it): say so, as it is not a bug.
    throw new DeviceSetupError(`the WebGPU adapter refused to create a device: ${(e as Error).message}`);
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
      drop();
    },
  };
}
