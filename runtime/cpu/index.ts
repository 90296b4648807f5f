// The CPU reference executor's public pieces in one module, the chunk a browser loads only when it needs them (no
// WebGPU adapter, or backend 'cpu'): runtime/cpu-executor.ts imports it on demand.
export { CpuSession } from './session.js';
export { execute, ExecutionError } from './execute.js';
export type { Tensor, Precision } from './tensor.js';
