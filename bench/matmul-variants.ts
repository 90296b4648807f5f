// Benchmark: the 1024³ matmul (bench/workloads.ts's one Dense layer, as a predict call) under each matmul variant
// the compiler offers for it, on the current backend (MDLC_WEBGPU_BACKEND). Run: npm run bench:matmul.
// Prints GFLOP/s per variant, median, min and max over MDLC_BENCH_REPS repetitions (3); nothing is asserted.
// MDLC_BENCH_VARIANTS=tile8x8,tiled8x8 times only those labels.
import { variantRunsOn } from '../core/artifact.js';
import { requestDevice } from '../node/runtime.js';
import { GpuSession } from '../runtime/gpu/session.js';
import { median } from './stats.js';
import { prepare } from './workloads.js';

const reps = Math.max(1, Number(process.env.MDLC_BENCH_REPS ?? 3));
const w = prepare('matmul', 1);
const predict = w.variants.manifest.programs.find((p) => p.name === 'predict')!;
const kernel = predict.kernels.find((k) => k.kind === 'matmul' && k.variants);
if (!kernel) throw new Error('the matmul workload has no matmul kernel with variants');
const handle = await requestDevice();
console.log(`${kernel.key} on ${process.env.MDLC_WEBGPU_BACKEND ?? 'the default backend'} (${handle.adapterInfo.description}), ${reps} reps, predict call (4 MB up and down included)`);
console.log('variant      GFLOP/s median    min    max');
const only = process.env.MDLC_BENCH_VARIANTS?.split(',');
for (const v of kernel.variants!.filter((x) => !only || only.includes(x.label))) {
  if (!variantRunsOn(v, handle.device)) {
    console.log(`${v.label.padEnd(12)} skipped: the device lacks what it needs (${[...(v.features ?? []), ...(v.minSubgroupSize ? [`subgroups of ${v.minSubgroupSize}`] : [])].join(', ')})`);
    continue;
  }
  const session = await GpuSession.create(handle.device, w.variants, { [kernel.key!]: v.label });
  try {
    session.writeParams(w.weights);
    await session.run('predict', w.feeds[0]); // the first dispatch compiles the shader
    const gflops: number[] = [];
    for (let i = 0; i < reps; i++) {
      const t = performance.now();
      await session.run('predict', w.feeds[0]);
      gflops.push(w.flops.predict / ((performance.now() - t) * 1e6));
    }
    const f = (x: number) => x.toFixed(2).padStart(6);
    console.log(`${v.label.padEnd(12)} ${f(median(gflops))}         ${f(Math.min(...gflops))} ${f(Math.max(...gflops))}`);
  } finally {
    session.destroy();
  }
}
handle.release();
