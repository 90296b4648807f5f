// Installs the Node pieces into the runtime: Dawn as the GPU provider and checkpoint files on disk. Node entry points call it first.
import { setCheckpointFiles } from '../runtime/checkpoint.js';
import { setGpuProvider } from '../runtime/device.js';
import { nodeCheckpointFiles } from './checkpoint-file.js';
import { dawnGpuProvider } from './device.js';

/** Makes `requestDevice`/`Model.create` use Dawn and `Model.save`/`restore` use the file system; calling it again changes nothing. */
export function installNodeHost(): void {
  setGpuProvider(dawnGpuProvider);
  setCheckpointFiles(nodeCheckpointFiles);
}
