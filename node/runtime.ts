// `mdlc/runtime` in Node: the browser runtime (runtime/index.ts) with Dawn and checkpoint files installed, plus reading artifact folders and checkpoint files.
import { installNodeHost } from './host.js';

installNodeHost();

export * from '../runtime/index.js';
// Node loads everything at once: the CPU executor as before, without the browser's await loadCpuExecutor().
export { CpuSession, execute, ExecutionError } from '../runtime/cpu/index.js';
export { loadArtifact } from './load-artifact.js';
export { saveCheckpoint, loadCheckpoint, nodeCheckpointFiles } from './checkpoint-file.js';
export { dawnGpuProvider } from './device.js';
export { installNodeHost } from './host.js';
