// A session + one of its programs -> where a step's time goes: each kernel's median GPU time over a few steps (one
// timed compute pass per kernel, `timestamp-query`), its share, its matmul FLOPs and rate, and the host's overhead.
import type { ManifestKernel, ManifestProgram } from '../../core/artifact.js';
import type { Feeds, GpuSession } from './session.js';
import { zeroFeeds } from './step-check.js';
import { hasTimestamps, median, PassTimer } from './timing.js';

/** One kernel of the program, as profiled. */
export interface KernelProfile {
  /** Its place in the program's dispatch order. */
  index: number;
  name: string;
  kind: ManifestKernel['kind'];
  /** Spec lines it came from. */
  source: string[];
  /** Median milliseconds per step on the GPU (or, without timestamps, per dispatch alone, wall clock). */
  ms: number;
  /** `ms` over the sum of every kernel's `ms`. */
  share: number;
  /** A matmul's floating-point operations (2·B·M·N·K), from its kernel key; absent for other kernels. */
  flops?: number;
  gflops?: number;
}

/** Where a program's step goes. */
export interface ProgramProfile {
  program: ManifestProgram['name'];
  steps: number;
  /** 'gpu': timestamps around each kernel's pass; 'wall': the device has no timestamp-query (Dawn's GL ES), so each kernel was timed alone by the wall clock. */
  clock: 'gpu' | 'wall';
  /** Slowest first. */
  kernels: KernelProfile[];
  /** Sum of the kernels' medians. */
  kernelMs: number;
  /** Median GPU time of the profiled step, first kernel's start to last kernel's end (with 'wall': kernelMs). */
  gpuMs: number;
  /** Median GPU time of the step as training runs it, every kernel in one pass (with 'wall': kernelMs). */
  stepGpuMs: number;
  /** Median wall time of an ordinary step (one pass, one submit, as training runs it). */
  wallMs: number;
  /** wallMs − stepGpuMs: uploads, encoding, submit and waiting, never below 0. */
  hostMs: number;
}

/** Options of `profileProgram`. */
export interface ProfileOptions {
  /** Steps timed after one warm-up step (default 5). */
  steps?: number;
  /** The program's inputs (default: zeros, which class 0 and token 0 make valid for every input). */
  feeds?: Feeds;
}

const now = () => performance.now();

/** A matmul's FLOPs from its kernel key (`matmul b1 m128 n256 k784 ...`). */
export function matmulFlops(k: ManifestKernel): number | undefined {
  const m = k.kind === 'matmul' && k.key ? /^matmul b(\d+) m(\d+) n(\d+) k(\d+)/.exec(k.key) : null;
  return m ? 2 * Number(m[1]) * Number(m[2]) * Number(m[3]) * Number(m[4]) : undefined;
}

/**
 * Runs a program of a session a few steps and times each kernel: where the device has timestamps, the step runs once
 * in one pass (its GPU time) and once with a compute pass per kernel, each with a timestamp pair (the dispatches and
 * their order are the step's); else each kernel is
 * submitted alone and timed by the wall clock, which then includes a submit's overhead. The steps change the session's
 * weights as training steps do: profile a throwaway session.
 */
export async function profileProgram(session: GpuSession, program: ManifestProgram['name'], options: ProfileOptions = {}): Promise<ProgramProfile> {
  const device = session.device;
  const p = session.artifact.manifest.programs.find((x) => x.name === program);
  const kernels = await session.preparedKernels(program);
  const feeds = options.feeds ?? zeroFeeds(p!);
  const steps = Math.max(1, options.steps ?? 5);
  const plain = async () => {
    const t = now();
    await session.run(program, feeds, false);
    await device.queue.onSubmittedWorkDone();
    return now() - t;
  };
  await plain(); // compiles every shader (lavapipe compiles at first dispatch) and uploads the inputs
  const perKernel: number[][] = kernels.map(() => []);
  const spans: number[] = [];
  const steps1: number[] = [];
  const walls: number[] = [];
  const clock = hasTimestamps(device) && kernels.length > 0 ? 'gpu' : 'wall';
  // One pass for the step as it runs (its GPU time), then one pass per kernel.
  const timer = clock === 'gpu' ? new PassTimer(device, kernels.length + 1) : undefined;
  try {
    for (let step = 0; step < steps; step++) {
      walls.push(await plain());
      if (timer) {
        const enc = device.createCommandEncoder({ label: `${program} profiled` });
        const whole = enc.beginComputePass(timer.pass(program));
        for (const k of kernels) {
          whole.setPipeline(k.pipeline);
          whole.setBindGroup(0, k.bindGroup);
          whole.dispatchWorkgroups(k.kernel.workgroups);
        }
        whole.end();
        for (const k of kernels) {
          const pass = enc.beginComputePass(timer.pass(k.kernel.name));
          pass.setPipeline(k.pipeline);
          pass.setBindGroup(0, k.bindGroup);
          pass.dispatchWorkgroups(k.kernel.workgroups);
          pass.end();
        }
        timer.resolve(enc);
        device.queue.submit([enc.finish()]);
        const [one, ...times] = await timer.read();
        steps1.push(one.end - one.begin);
        times.forEach((t, i) => perKernel[i].push(t.end - t.begin));
        spans.push(times[times.length - 1].end - times[0].begin);
      } else {
        for (const [i, k] of kernels.entries()) {
          const enc = device.createCommandEncoder();
          const pass = enc.beginComputePass();
          pass.setPipeline(k.pipeline);
          pass.setBindGroup(0, k.bindGroup);
          pass.dispatchWorkgroups(k.kernel.workgroups);
          pass.end();
          const t = now();
          device.queue.submit([enc.finish()]);
          await device.queue.onSubmittedWorkDone();
          perKernel[i].push(now() - t);
        }
      }
    }
  } finally {
    timer?.destroy();
  }
  const ms = perKernel.map(median);
  const kernelMs = ms.reduce((a, b) => a + b, 0);
  const gpuMs = timer ? median(spans) : kernelMs;
  const stepGpuMs = timer ? median(steps1) : kernelMs;
  const wallMs = median(walls);
  const profiled = kernels.map(({ kernel }, index): KernelProfile => {
    const flops = matmulFlops(kernel);
    return {
      index,
      name: kernel.name,
      kind: kernel.kind,
      source: kernel.source,
      ms: ms[index],
      share: kernelMs > 0 ? ms[index] / kernelMs : 0,
      ...(flops !== undefined ? { flops, ...(ms[index] > 0 ? { gflops: flops / (ms[index] * 1e6) } : {}) } : {}),
    };
  });
  profiled.sort((a, b) => b.ms - a.ms || a.index - b.index);
  return { program, steps, clock, kernels: profiled, kernelMs, gpuMs, stepGpuMs, wallMs, hostMs: Math.max(0, wallMs - stepGpuMs) };
}
