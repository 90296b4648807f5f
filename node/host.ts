// Installs the Node pieces into the runtime: Dawn as the GPU provider, checkpoint files on disk, and the kernel-choice
// cache. Node entry points call it first.
import { setCheckpointFiles } from '../runtime/checkpoint.js';
import { setGpuProvider } from '../runtime/device.js';
import { nodeCheckpointFiles } from './checkpoint-file.js';
import { dawnGpuProvider } from './device.js';
import { setKernelChoiceStore } from '../runtime/gpu/tune.js';
import { fileKernelChoiceStore } from './kernel-choices.js';

/**
 * Makes `requestDevice`/`Model.create` use Dawn, `Model.save`/`restore` the file system, and `Model.create` the
 * kernel choices `mdlc tune` remembered in the cache folder; calling it again changes nothing.
 */
export function installNodeHost(): void {
  setGpuProvider(dawnGpuProvider);
  setCheckpointFiles(nodeCheckpointFiles);
  setKernelChoiceStore(fileKernelChoiceStore());
}
