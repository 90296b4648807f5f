// What the browser tests share: Debian's Chromium, and the flags that give it (or deny it) a WebGPU adapter on a
// machine without a GPU (shared/notes/webgpu-on-cpu.md).
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** WebGPU on the software Vulkan driver. */
export const WEBGPU_FLAGS = ['--enable-unsafe-webgpu', '--enable-features=Vulkan', '--ignore-gpu-blocklist'];

/** A quiet, offline headless browser; alone, it has no WebGPU adapter. */
export const BASE_FLAGS = ['--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
