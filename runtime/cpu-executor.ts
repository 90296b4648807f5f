// Takes nothing; gives the CPU reference executor (runtime/cpu/index.ts) by dynamic import, so a bundler that splits
// code (esbuild --splitting) makes it a chunk of its own that a page with WebGPU never fetches.

/** The CPU executor's module: CpuSession, execute, ExecutionError. Loaded on the first call, the same module after. */
export function loadCpuExecutor(): Promise<typeof import('./cpu/index.js')> {
  return import('./cpu/index.js');
}
