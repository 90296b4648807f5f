// Takes nothing; gives the public runtime API of mdlc (WebGPU device acquisition, for now).
export { requestDevice, NoAdapterError } from './device.js';
export type { Backend, RequestDeviceOptions, AdapterInfo, DeviceLostRecord, GpuHandle } from './device.js';
