// Takes nothing; gives GPU tests one shared WebGPU device per test process (or undefined, with a notice, when none exists outside CI).
import { requestDevice, NoAdapterError, type GpuHandle, type RequestDeviceOptions } from '../../node/runtime.js';

// Shader compilation on the software device is slow (45-470 ms per pipeline at first dispatch), so all test files in
// one process share a single device; tests should also cache their pipelines (e.g. in a module-level Map).
let pending: Promise<GpuHandle | undefined> | undefined;
let releaseTimer: ReturnType<typeof setTimeout> | undefined;

/** Grace period of a deferred release: uvu runs the next test file right away, so a file's `after` hook does not tear down a device the next file is about to reuse. */
const RELEASE_GRACE_MS = 250;

/** Options every test device is created with: the adapter's maximum storage buffers and the optional features tests may use. */
export const TEST_DEVICE_OPTIONS: RequestDeviceOptions = {
  label: 'mdlc-test',
  adapterLimits: ['maxStorageBuffersPerShaderStage'],
  features: ['shader-f16', 'timestamp-query', 'subgroups'],
};

/** Whether a missing adapter must fail the tests (CI=true, or MDLC_REQUIRE_GPU=1) instead of skipping them. */
export function gpuRequired(): boolean {
  return process.env.CI === 'true' || process.env.MDLC_REQUIRE_GPU === '1';
}

/** Returns the process-wide test device, creating it on first use; resolves to undefined (after one printed notice) when there is no adapter and CI is not 'true'. */
export function getTestDevice(): Promise<GpuHandle | undefined> {
  if (releaseTimer) clearTimeout(releaseTimer);
  releaseTimer = undefined;
  pending ??= requestDevice(TEST_DEVICE_OPTIONS).catch((e: unknown) => {
    if (e instanceof NoAdapterError && !gpuRequired()) {
      console.log(`\n  [skip] GPU tests skipped (set CI=true to make this a failure): ${e.message}\n`);
      return undefined; // memoised: later calls skip quietly without probing again
    }
    pending = undefined; // a real error: let the next call try again and report it again
    throw e;
  });
  return pending;
}

/** Releases the shared device so Node can exit: after a short grace period that a later getTestDevice() call cancels, or at once with `{ immediate: true }`. */
export async function releaseTestDevice({ immediate = false }: { immediate?: boolean } = {}): Promise<void> {
  if (releaseTimer) clearTimeout(releaseTimer);
  releaseTimer = undefined;
  const doRelease = async () => {
    releaseTimer = undefined;
    const current = pending;
    pending = undefined;
    const handle = await current?.catch(() => undefined);
    handle?.release();
  };
  if (immediate) return doRelease();
  releaseTimer = setTimeout(() => void doRelease(), RELEASE_GRACE_MS);
}
