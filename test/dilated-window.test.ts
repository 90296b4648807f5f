// Takes dilated im2col/col2im windows (dh, dw > 1, with stride, padding and a pad value) at awkward sizes; gives the
// checks that the CPU reference kernel reads the pixels the definition names (x[oy·sh + ky·dh − padTop]), that col2im
// is its adjoint (<im2col x, g> = <x, col2im g> in float64), and that the WGSL kernels match the CPU on the device.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Builder } from '../compiler/ir/builder.js';
import type { Module, Program, Window } from '../core/ir.js';
import { execute } from '../runtime/cpu/execute.js';
import type { Tensor } from '../runtime/cpu/tensor.js';
import { tensor } from './helpers/finite-difference.js';
import { compare, describeComparison, hostTensor, numel, Rng, runBoth } from './helpers/gpu-compare.js';
import { getTestDevice, releaseTestDevice } from './helpers/gpu.js';

const IMAGE = [2, 9, 10, 3];
/** [window, output height, output width] */
const windows: [Window, number, number][] = [
  [{ kh: 3, kw: 3, sh: 1, sw: 1, padTop: 0, padLeft: 0, padValue: 0, dh: 2, dw: 2 }, 5, 6],
  [{ kh: 3, kw: 2, sh: 2, sw: 1, padTop: 2, padLeft: 1, padValue: 0.5, dh: 2, dw: 3 }, 5, 8],
  [{ kh: 2, kw: 3, sh: 3, sw: 2, padTop: 1, padLeft: 2, padValue: -3.0e38, dw: 2 }, 4, 5],
  [{ kh: 1, kw: 4, sh: 1, sw: 1, padTop: 0, padLeft: 3, padValue: 0, dw: 1, dh: 3 }, 9, 10],
];

function values(n: number, seed: number): Float64Array {
  const rng = new Rng(seed);
  return Float64Array.from({ length: n }, () => rng.uniform(-1, 1));
}

function run(b: Builder, outputs: Record<string, number>, inputs: Record<string, Tensor>): Record<string, Tensor> {
  const p: Program = { name: 'predict', nodes: b.nodes, outputs: Object.entries(outputs).map(([name, node]) => ({ name, node })), updates: [] };
  return execute(p, { inputs, params: {}, state: {} }, { precision: 'f64' }).outputs;
}

test('dilated im2col reads x[oy·sh + ky·dh − padTop, ox·sw + kx·dw − padLeft] (padValue outside), and col2im is its adjoint', () => {
  const [B, H, W, C] = IMAGE;
  for (const [win, oh, ow] of windows) {
    const what = JSON.stringify(win);
    const b = new Builder(false);
    const x = b.input('x', 'f32', IMAGE);
    const cols = b.im2col(x, win, oh, ow);
    const colShape = [B, oh, ow, win.kh * win.kw * C];
    const g = b.input('g', 'f32', colShape);
    const back = b.col2im(g, win, IMAGE);
    const xs = values(numel(IMAGE), 1);
    const gs = values(numel(colShape), 2);
    const out = run(b, { cols, back }, { x: tensor('f32', IMAGE, xs), g: tensor('f32', colShape, gs) });
    let p = 0;
    for (let n = 0; n < B; n++)
      for (let oy = 0; oy < oh; oy++)
        for (let ox = 0; ox < ow; ox++)
          for (let ky = 0; ky < win.kh; ky++)
            for (let kx = 0; kx < win.kw; kx++)
              for (let c = 0; c < C; c++) {
                const iy = oy * win.sh + ky * (win.dh ?? 1) - win.padTop;
                const ix = ox * win.sw + kx * (win.dw ?? 1) - win.padLeft;
                const expected = iy >= 0 && iy < H && ix >= 0 && ix < W ? xs[((n * H + iy) * W + ix) * C + c] : win.padValue;
                assert.is(out.cols.data[p++], expected, `${what} at (${n}, ${oy}, ${ox}, ${ky}, ${kx}, ${c})`);
              }
    // The adjoint identity holds for the zero-padded window (padValue only fills; it is no linear part).
    if (win.padValue !== 0) continue;
    let lhs = 0;
    for (let i = 0; i < gs.length; i++) lhs += out.cols.data[i] * gs[i];
    let rhs = 0;
    for (let i = 0; i < xs.length; i++) rhs += xs[i] * out.back.data[i];
    assert.ok(Math.abs(lhs - rhs) <= 1e-12 * Math.max(1, Math.abs(lhs)), `${what}: <im2col x, g> = ${lhs} but <x, col2im g> = ${rhs}`);
  }
});

test('dilated im2col and col2im on the GPU match the CPU', async () => {
  const device = (await getTestDevice())?.device;
  if (!device) return;
  try {
    const b = new Builder(false);
    const inputs: Record<string, Tensor> = {};
    const x = b.input('x', 'f32', IMAGE);
    inputs.x = hostTensor('f32', IMAGE, values(numel(IMAGE), 3));
    const outputs: { name: string; node: number }[] = [];
    windows.forEach(([win, oh, ow], i) => {
      const colShape = [IMAGE[0], oh, ow, win.kh * win.kw * IMAGE[3]];
      inputs[`g${i}`] = hostTensor('f32', colShape, values(numel(colShape), 10 + i));
      outputs.push({ name: `im2col ${i}`, node: b.im2col(x, win, oh, ow) });
      outputs.push({ name: `col2im ${i}`, node: b.col2im(b.input(`g${i}`, 'f32', colShape), win, IMAGE) });
    });
    const program: Program = { name: 'predict', nodes: b.nodes, outputs, updates: [] };
    const module: Module = { model: 'dilated_windows', batch: 1, seed: 1, params: [], state: [], programs: [program] };
    const r = await runBoth(device, module, { inputs, params: {} });
    const failures: string[] = [];
    for (const o of outputs) {
      const shape = b.nodes[o.node].shape;
      const c = compare(r.gpu[o.name], r.cpu[o.name].data, o.name.startsWith('im2col') ? { mode: 'exact' } : { mode: 'abs', tol: 1e-5 });
      if (!(c.ratio <= 1 && c.mismatches === 0)) failures.push(`${o.name} [${shape}]: ${describeComparison(c, shape)}`);
    }
    console.log(`  dilated windows: ${outputs.length} checks, ${r.kernels} kernels`);
    assert.is(failures.length, 0, failures.join('\n'));
  } finally {
    await releaseTestDevice();
  }
});

test.run();
