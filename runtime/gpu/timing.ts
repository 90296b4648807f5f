// A device + passes to time -> each pass's GPU time from `timestamp-query` where the device has it, else nothing (the
// caller falls back to wall clock); shared by tuning (runtime/gpu/tune.ts) and profiling (runtime/gpu/profile.ts).

/** Whether a device can time passes on the GPU (Dawn's Vulkan can; its GL ES backend and many browsers cannot). */
export function hasTimestamps(device: GPUDevice): boolean {
  return device.features.has('timestamp-query');
}

/** Times up to `passes` compute passes of one command encoder on the GPU: a query pair per pass, read back once. */
export class PassTimer {
  private readonly querySet: GPUQuerySet;
  private readonly resolved: GPUBuffer;
  private readonly readback: GPUBuffer;
  private used = 0;

  constructor(
    private readonly device: GPUDevice,
    readonly passes: number,
  ) {
    const count = 2 * passes;
    this.querySet = device.createQuerySet({ label: 'mdlc timing', type: 'timestamp', count });
    this.resolved = device.createBuffer({ label: 'mdlc timestamps', size: count * 8, usage: GPUBufferUsage.QUERY_RESOLVE | GPUBufferUsage.COPY_SRC });
    this.readback = device.createBuffer({ label: 'mdlc timestamps readback', size: count * 8, usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST });
  }

  /** A compute pass descriptor that writes the next pair of timestamps around the pass. */
  pass(label?: string): GPUComputePassDescriptor {
    if (this.used >= this.passes) throw new Error(`internal error: PassTimer sized for ${this.passes} passes got one more`);
    const i = this.used++;
    return { label, timestampWrites: { querySet: this.querySet, beginningOfPassWriteIndex: 2 * i, endOfPassWriteIndex: 2 * i + 1 } };
  }

  /** Records the copy of the timestamps into the read-back buffer; call once, after the last timed pass. */
  resolve(encoder: GPUCommandEncoder): void {
    encoder.resolveQuerySet(this.querySet, 0, 2 * this.used, this.resolved, 0);
    encoder.copyBufferToBuffer(this.resolved, 0, this.readback, 0, 2 * this.used * 8);
  }

  /**
   * After the encoder's submit: each pass's begin and end in milliseconds from the first pass's begin. Timestamps are
   * nanoseconds on one GPU clock; a driver may quantise them, so a short pass can read 0.
   */
  async read(): Promise<{ begin: number; end: number }[]> {
    const n = this.used;
    await this.readback.mapAsync(GPUMapMode.READ, 0, 2 * n * 8);
    const t = new BigUint64Array(this.readback.getMappedRange(0, 2 * n * 8).slice(0));
    this.readback.unmap();
    this.used = 0;
    const origin = t[0];
    const ms = (x: bigint) => (x >= origin ? Number(x - origin) / 1e6 : 0);
    return Array.from({ length: n }, (_, i) => ({ begin: ms(t[2 * i]), end: Math.max(ms(t[2 * i]), ms(t[2 * i + 1])) }));
  }

  /** Frees the query set and buffers. */
  destroy(): void {
    this.querySet.destroy();
    this.resolved.destroy();
    this.readback.destroy();
  }
}

/** The median of some numbers (NaN for none). */
export function median(xs: readonly number[]): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
