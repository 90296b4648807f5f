// specs/cnn-batchnorm.model, batch 128: 64 shaders
// ==== train_step: 44 kernels
// ---- c1_conv2d_matmul (matmul, 2704 workgroups, train_step.000.c1_conv2d_matmul.wgsl) from specs/cnn-batchnorm.model:13, specs/cnn-batchnorm.model:12
// c1_conv2d_matmul: matmul kernel (mdlc)
// from specs/cnn-batchnorm.model:13, specs/cnn-batchnorm.model:12
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(2) var<storage, read> data: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s0_acc0: f32 = 0.0f;
      for (var j = 0u; j < 128u + opaque; j++) {
        let s0_v2: f32 = select(0.0f, 1.0f, 0.0f < data[100480u + j]);
        s0_acc0 += s0_v2;
      }
      work[2768896u] = s0_acc0;
    }
  }
  for (var t = gid.x; t < 173056u; t += stride) {
    let rem = t % 173056u;
    let m0 = (rem / 8u) * 4u;
    let n0 = (rem % 8u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 9u + opaque; k++) {
      let v0: u32 = m0 * 9u + k;
      let v1: u32 = (v0 % 9u);
      let v2: i32 = i32(((v0 / 234u) % 26u) * 1u + (v1 / 3u)) - 0i;
      let v3: i32 = i32(((v0 / 9u) % 26u) * 1u + ((v1 / 1u) % 3u)) - 0i;
      let v4: u32 = (v0 / 6084u) * 784u + u32(clamp(v2, 0i, 27i)) * 28u + u32(clamp(v3, 0i, 27i));
      let v5: f32 = data[(v4 / 784u) * 784u + (v4 % 784u)];
      let v6: f32 = select(0.0f, v5, v2 >= 0i && v2 < 28i && v3 >= 0i && v3 < 28i);
      let v7: u32 = min(m0 + 1u, 86527u) * 9u + k;
      let v8: u32 = (v7 % 9u);
      let v9: i32 = i32(((v7 / 234u) % 26u) * 1u + (v8 / 3u)) - 0i;
      let v10: i32 = i32(((v7 / 9u) % 26u) * 1u + ((v8 / 1u) % 3u)) - 0i;
      let v11: u32 = (v7 / 6084u) * 784u + u32(clamp(v9, 0i, 27i)) * 28u + u32(clamp(v10, 0i, 27i));
      let v12: f32 = data[(v11 / 784u) * 784u + (v11 % 784u)];
      let v13: f32 = select(0.0f, v12, v9 >= 0i && v9 < 28i && v10 >= 0i && v10 < 28i);
      let v14: u32 = min(m0 + 2u, 86527u) * 9u + k;
      let v15: u32 = (v14 % 9u);
      let v16: i32 = i32(((v14 / 234u) % 26u) * 1u + (v15 / 3u)) - 0i;
      let v17: i32 = i32(((v14 / 9u) % 26u) * 1u + ((v15 / 1u) % 3u)) - 0i;
      let v18: u32 = (v14 / 6084u) * 784u + u32(clamp(v16, 0i, 27i)) * 28u + u32(clamp(v17, 0i, 27i));
      let v19: f32 = data[(v18 / 784u) * 784u + (v18 % 784u)];
      let v20: f32 = select(0.0f, v19, v16 >= 0i && v16 < 28i && v17 >= 0i && v17 < 28i);
      let v21: u32 = min(m0 + 3u, 86527u) * 9u + k;
      let v22: u32 = (v21 % 9u);
      let v23: i32 = i32(((v21 / 234u) % 26u) * 1u + (v22 / 3u)) - 0i;
      let v24: i32 = i32(((v21 / 9u) % 26u) * 1u + ((v22 / 1u) % 3u)) - 0i;
      let v25: u32 = (v21 / 6084u) * 784u + u32(clamp(v23, 0i, 27i)) * 28u + u32(clamp(v24, 0i, 27i));
      let v26: f32 = data[(v25 / 784u) * 784u + (v25 % 784u)];
      let v27: f32 = select(0.0f, v26, v23 >= 0i && v23 < 28i && v24 >= 0i && v24 < 28i);
      let v28: u32 = k * 32u + n0;
      let v29: f32 = params[(v28 / 96u) * 96u + ((v28 / 32u) % 3u) * 32u + (v28 % 32u)];
      let v30: u32 = k * 32u + min(n0 + 1u, 31u);
      let v31: f32 = params[(v30 / 96u) * 96u + ((v30 / 32u) % 3u) * 32u + (v30 % 32u)];
      let v32: u32 = k * 32u + min(n0 + 2u, 31u);
      let v33: f32 = params[(v32 / 96u) * 96u + ((v32 / 32u) % 3u) * 32u + (v32 % 32u)];
      let v34: u32 = k * 32u + min(n0 + 3u, 31u);
      let v35: f32 = params[(v34 / 96u) * 96u + ((v34 / 32u) % 3u) * 32u + (v34 % 32u)];
      acc_0_0 = fma(v6, v29, acc_0_0);
      acc_0_1 = fma(v6, v31, acc_0_1);
      acc_0_2 = fma(v6, v33, acc_0_2);
      acc_0_3 = fma(v6, v35, acc_0_3);
      acc_1_0 = fma(v13, v29, acc_1_0);
      acc_1_1 = fma(v13, v31, acc_1_1);
      acc_1_2 = fma(v13, v33, acc_1_2);
      acc_1_3 = fma(v13, v35, acc_1_3);
      acc_2_0 = fma(v20, v29, acc_2_0);
      acc_2_1 = fma(v20, v31, acc_2_1);
      acc_2_2 = fma(v20, v33, acc_2_2);
      acc_2_3 = fma(v20, v35, acc_2_3);
      acc_3_0 = fma(v27, v29, acc_3_0);
      acc_3_1 = fma(v27, v31, acc_3_1);
      acc_3_2 = fma(v27, v33, acc_3_2);
      acc_3_3 = fma(v27, v35, acc_3_3);
    }
    if (m0 + 0u < 86528u && n0 + 0u < 32u) {
      work[m0 * 32u + n0] = acc_0_0;
    }
    if (m0 + 0u < 86528u && n0 + 1u < 32u) {
      work[m0 * 32u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 86528u && n0 + 2u < 32u) {
      work[m0 * 32u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 86528u && n0 + 3u < 32u) {
      work[m0 * 32u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 86528u && n0 + 0u < 32u) {
      work[(m0 + 1u) * 32u + n0] = acc_1_0;
    }
    if (m0 + 1u < 86528u && n0 + 1u < 32u) {
      work[(m0 + 1u) * 32u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 86528u && n0 + 2u < 32u) {
      work[(m0 + 1u) * 32u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 86528u && n0 + 3u < 32u) {
      work[(m0 + 1u) * 32u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 86528u && n0 + 0u < 32u) {
      work[(m0 + 2u) * 32u + n0] = acc_2_0;
    }
    if (m0 + 2u < 86528u && n0 + 1u < 32u) {
      work[(m0 + 2u) * 32u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 86528u && n0 + 2u < 32u) {
      work[(m0 + 2u) * 32u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 86528u && n0 + 3u < 32u) {
      work[(m0 + 2u) * 32u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 86528u && n0 + 0u < 32u) {
      work[(m0 + 3u) * 32u + n0] = acc_3_0;
    }
    if (m0 + 3u < 86528u && n0 + 1u < 32u) {
      work[(m0 + 3u) * 32u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 86528u && n0 + 2u < 32u) {
      work[(m0 + 3u) * 32u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 86528u && n0 + 3u < 32u) {
      work[(m0 + 3u) * 32u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- c1_batch_norm_sum (reduce, 1 workgroups, train_step.001.c1_batch_norm_sum.wgsl) from specs/cnn-batchnorm.model:13
// c1_batch_norm_sum: reduce kernel (mdlc)
// from specs/cnn-batchnorm.model:13
@group(0) @binding(2) var<storage, read> data: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 32u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 86528u + opaque; j++) {
      let v2: u32 = (j / 676u);
      let v3: f32 = select(0.0f, 1.0f, 0.0f < data[100480u + v2]);
      let v4: u32 = (j / 676u) * 21632u + ((j / 26u) % 26u) * 832u + (j % 26u) * 32u + r;
      let v5: f32 = work[(v4 / 32u) * 32u + (v4 % 32u)];
      let v6: f32 = select(0.0f, v5, v3 != 0.0f);
      acc0 += v6;
    }
    let v7: f32 = work[2768896u];
    let v8: f32 = (v7 * 676.0f);
    let v9: f32 = max(v8, 1.0f);
    let v10: f32 = (acc0 / v9);
    work[2768900u + r] = v10;
  }
}
// ---- c1_batch_norm_sub (elementwise, 4096 workgroups, train_step.002.c1_batch_norm_sub.wgsl) from specs/cnn-batchnorm.model:13
// c1_batch_norm_sub: elementwise kernel (mdlc)
// from specs/cnn-batchnorm.model:13
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var i = gid.x; i < 2768896u; i += stride) {
    let v0: u32 = (i / 21632u) * 21632u + ((i / 832u) % 26u) * 832u + ((i / 32u) % 26u) * 32u + (i % 32u);
    let v1: f32 = work[(v0 / 32u) * 32u + (v0 % 32u)];
    let v2: f32 = (v1 - work[2768900u + (i % 32u)]);
    work[2768932u + (i / 21632u) * 21632u + ((i / 832u) % 26u) * 832u + ((i / 32u) % 26u) * 32u + (i % 32u)] = v2;
  }
}
// ---- c1_batch_norm_sum_1 (reduce, 1 workgroups, train_step.003.c1_batch_norm_sum_1.wgsl) from specs/cnn-batchnorm.model:13
// c1_batch_norm_sum_1: reduce kernel (mdlc)
// from specs/cnn-batchnorm.model:13
@group(0) @binding(2) var<storage, read> data: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 32u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 86528u + opaque; j++) {
      let v2: u32 = (j / 676u);
      let v3: f32 = select(0.0f, 1.0f, 0.0f < data[100480u + v2]);
      let v4: f32 = (work[2768932u + (j / 676u) * 21632u + ((j / 26u) % 26u) * 832u + (j % 26u) * 32u + r] * work[2768932u + (j / 676u) * 21632u + ((j / 26u) % 26u) * 832u + (j % 26u) * 32u + r]);
      let v5: f32 = select(0.0f, v4, v3 != 0.0f);
      acc0 += v5;
    }
    let v6: f32 = work[2768896u];
    let v7: f32 = (v6 * 676.0f);
    let v8: f32 = max(v7, 1.0f);
    let v9: f32 = (acc0 / v8);
    work[r] = v9;
    let v10: f32 = (v9 + 0.0010000000474974513f);
    let v11: f32 = sqrt(v10);
    work[32u + r] = v11;
  }
}
// ---- c1_relu (elementwise, 4096 workgroups, train_step.004.c1_relu.wgsl) from specs/cnn-batchnorm.model:13
// c1_relu: elementwise kernel (mdlc)
// from specs/cnn-batchnorm.model:13
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var i = gid.x; i < 2768896u; i += stride) {
    let v0: f32 = (work[2768932u + (i / 21632u) * 21632u + ((i / 832u) % 26u) * 832u + ((i / 32u) % 26u) * 32u + (i % 32u)] / work[32u + (i % 32u)]);
    work[5537828u + (i / 21632u) * 21632u + ((i / 832u) % 26u) * 832u + ((i / 32u) % 26u) * 32u + (i % 32u)] = v0;
    let v1: u32 = (i % 32u);
    let v2: f32 = params[288u + v1];
    let v3: f32 = (v0 * v2);
    let v4: u32 = (i % 32u);
    let v5: f32 = params[320u + v4];
    let v6: f32 = (v3 + v5);
    let v7: f32 = max(v6, 0.0f);
    work[8306724u + (i / 21632u) * 21632u + ((i / 832u) % 26u) * 832u + ((i / 32u) % 26u) * 32u + (i % 32u)] = v7;
  }
}
// ---- p1_max (reduce, 4096 workgroups, train_step.005.p1_max.wgsl) from specs/cnn-batchnorm.model:14
// p1_max: reduce kernel (mdlc)
// from specs/cnn-batchnorm.model:14
@group(0) @binding(1) var<storage, read_write> state: array<f32>;
@group(0) @binding(2) var<storage, read> data: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s0_acc0: f32 = 0.0f;
      for (var j = 0u; j < 128u + opaque; j++) {
        s0_acc0 += data[100480u + j];
      }
      work[692288u] = s0_acc0;
    }
  }
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s1_v0: f32 = work[692288u];
      let s1_v1: f32 = (state[200u] + s1_v0);
      state[200u] = s1_v1;
    }
  }
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s2_v0: f32 = work[692288u];
      let s2_v1: f32 = (state[212u] + s2_v0);
      state[212u] = s2_v1;
    }
  }
  for (var r = gid.x; r < 692224u; r += stride) {
    var acc0: f32 = -3.4028234e38f;
    for (var j = 0u; j < 4u + opaque; j++) {
      let v2: u32 = (r / 5408u) * 21632u + ((r / 416u) % 13u) * 1664u + ((r / 32u) % 13u) * 128u + j * 32u + (r % 32u);
      let v3: u32 = (v2 % 128u);
      let v4: i32 = i32(((v2 / 1664u) % 13u) * 2u + (v3 / 64u)) - 0i;
      let v5: i32 = i32(((v2 / 128u) % 13u) * 2u + ((v3 / 32u) % 2u)) - 0i;
      let v6: f32 = select((-3.0000000054977558e+38f), work[8306724u + (v2 / 21632u) * 21632u + u32(clamp(v4, 0i, 25i)) * 832u + u32(clamp(v5, 0i, 25i)) * 32u + (v3 % 32u)], v4 >= 0i && v4 < 26i && v5 >= 0i && v5 < 26i);
      acc0 = max(acc0, v6);
    }
    var acc7: f32 = 0.0f;
    for (var j = 0u; j < 4u + opaque; j++) {
      let v9: u32 = (r / 5408u) * 21632u + ((r / 416u) % 13u) * 1664u + ((r / 32u) % 13u) * 128u + j * 32u + (r % 32u);
      let v10: u32 = (v9 % 128u);
      let v11: i32 = i32(((v9 / 1664u) % 13u) * 2u + (v10 / 64u)) - 0i;
      let v12: i32 = i32(((v9 / 128u) % 13u) * 2u + ((v10 / 32u) % 2u)) - 0i;
      let v13: f32 = select((-3.0000000054977558e+38f), work[8306724u + (v9 / 21632u) * 21632u + u32(clamp(v11, 0i, 25i)) * 832u + u32(clamp(v12, 0i, 25i)) * 32u + (v10 % 32u)], v11 >= 0i && v11 < 26i && v12 >= 0i && v12 < 26i);
      let v14: f32 = select(0.0f, 1.0f, v13 == acc0);
      acc7 += v14;
    }
    work[64u + (r / 5408u) * 5408u + ((r / 416u) % 13u) * 416u + ((r / 32u) % 13u) * 32u + (r % 32u)] = acc0;
    work[692292u + (r / 5408u) * 5408u + ((r / 416u) % 13u) * 416u + ((r / 32u) % 13u) * 32u + (r % 32u)] = acc7;
    for (var j = 0u; j < 4u + opaque; j++) {
      let v15: u32 = (r / 5408u) * 21632u + ((r / 416u) % 13u) * 1664u + ((r / 32u) % 13u) * 128u + j * 32u + (r % 32u);
      let v16: u32 = (v15 % 128u);
      let v17: i32 = i32(((v15 / 1664u) % 13u) * 2u + (v16 / 64u)) - 0i;
      let v18: i32 = i32(((v15 / 128u) % 13u) * 2u + ((v16 / 32u) % 2u)) - 0i;
      let v19: f32 = select((-3.0000000054977558e+38f), work[8306724u + (v15 / 21632u) * 21632u + u32(clamp(v17, 0i, 25i)) * 832u + u32(clamp(v18, 0i, 25i)) * 32u + (v16 % 32u)], v17 >= 0i && v17 < 26i && v18 >= 0i && v18 < 26i);
      let v20: f32 = select(0.0f, 1.0f, v19 == acc0);
      work[11075620u + (r / 5408u) * 21632u + ((r / 416u) % 13u) * 1664u + ((r / 32u) % 13u) * 128u + j * 32u + (r % 32u)] = v20;
    }
  }
}
// ---- c2_conv2d_matmul (matmul, 968 workgroups, train_step.006.c2_conv2d_matmul.wgsl) from specs/cnn-batchnorm.model:15, specs/cnn-batchnorm.model:14
// c2_conv2d_matmul: matmul kernel (mdlc)
// from specs/cnn-batchnorm.model:15, specs/cnn-batchnorm.model:14
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 61952u; t += stride) {
    let rem = t % 61952u;
    let m0 = (rem / 16u) * 4u;
    let n0 = (rem % 16u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 288u + opaque; k++) {
      let v0: u32 = m0 * 288u + k;
      let v1: u32 = (v0 % 288u);
      let v2: i32 = i32(((v0 / 3168u) % 11u) * 1u + (v1 / 96u)) - 0i;
      let v3: i32 = i32(((v0 / 288u) % 11u) * 1u + ((v1 / 32u) % 3u)) - 0i;
      let v4: u32 = (v0 / 34848u) * 5408u + u32(clamp(v2, 0i, 12i)) * 416u + u32(clamp(v3, 0i, 12i)) * 32u + (v1 % 32u);
      let v5: f32 = work[64u + (v4 / 5408u) * 5408u + ((v4 / 416u) % 13u) * 416u + ((v4 / 32u) % 13u) * 32u + (v4 % 32u)];
      let v6: f32 = select(0.0f, v5, v2 >= 0i && v2 < 13i && v3 >= 0i && v3 < 13i);
      let v7: u32 = min(m0 + 1u, 15487u) * 288u + k;
      let v8: u32 = (v7 % 288u);
      let v9: i32 = i32(((v7 / 3168u) % 11u) * 1u + (v8 / 96u)) - 0i;
      let v10: i32 = i32(((v7 / 288u) % 11u) * 1u + ((v8 / 32u) % 3u)) - 0i;
      let v11: u32 = (v7 / 34848u) * 5408u + u32(clamp(v9, 0i, 12i)) * 416u + u32(clamp(v10, 0i, 12i)) * 32u + (v8 % 32u);
      let v12: f32 = work[64u + (v11 / 5408u) * 5408u + ((v11 / 416u) % 13u) * 416u + ((v11 / 32u) % 13u) * 32u + (v11 % 32u)];
      let v13: f32 = select(0.0f, v12, v9 >= 0i && v9 < 13i && v10 >= 0i && v10 < 13i);
      let v14: u32 = min(m0 + 2u, 15487u) * 288u + k;
      let v15: u32 = (v14 % 288u);
      let v16: i32 = i32(((v14 / 3168u) % 11u) * 1u + (v15 / 96u)) - 0i;
      let v17: i32 = i32(((v14 / 288u) % 11u) * 1u + ((v15 / 32u) % 3u)) - 0i;
      let v18: u32 = (v14 / 34848u) * 5408u + u32(clamp(v16, 0i, 12i)) * 416u + u32(clamp(v17, 0i, 12i)) * 32u + (v15 % 32u);
      let v19: f32 = work[64u + (v18 / 5408u) * 5408u + ((v18 / 416u) % 13u) * 416u + ((v18 / 32u) % 13u) * 32u + (v18 % 32u)];
      let v20: f32 = select(0.0f, v19, v16 >= 0i && v16 < 13i && v17 >= 0i && v17 < 13i);
      let v21: u32 = min(m0 + 3u, 15487u) * 288u + k;
      let v22: u32 = (v21 % 288u);
      let v23: i32 = i32(((v21 / 3168u) % 11u) * 1u + (v22 / 96u)) - 0i;
      let v24: i32 = i32(((v21 / 288u) % 11u) * 1u + ((v22 / 32u) % 3u)) - 0i;
      let v25: u32 = (v21 / 34848u) * 5408u + u32(clamp(v23, 0i, 12i)) * 416u + u32(clamp(v24, 0i, 12i)) * 32u + (v22 % 32u);
      let v26: f32 = work[64u + (v25 / 5408u) * 5408u + ((v25 / 416u) % 13u) * 416u + ((v25 / 32u) % 13u) * 32u + (v25 % 32u)];
      let v27: f32 = select(0.0f, v26, v23 >= 0i && v23 < 13i && v24 >= 0i && v24 < 13i);
      let v28: u32 = k * 64u + n0;
      let v29: f32 = params[352u + (v28 / 6144u) * 6144u + ((v28 / 2048u) % 3u) * 2048u + ((v28 / 64u) % 32u) * 64u + (v28 % 64u)];
      let v30: u32 = k * 64u + min(n0 + 1u, 63u);
      let v31: f32 = params[352u + (v30 / 6144u) * 6144u + ((v30 / 2048u) % 3u) * 2048u + ((v30 / 64u) % 32u) * 64u + (v30 % 64u)];
      let v32: u32 = k * 64u + min(n0 + 2u, 63u);
      let v33: f32 = params[352u + (v32 / 6144u) * 6144u + ((v32 / 2048u) % 3u) * 2048u + ((v32 / 64u) % 32u) * 64u + (v32 % 64u)];
      let v34: u32 = k * 64u + min(n0 + 3u, 63u);
      let v35: f32 = params[352u + (v34 / 6144u) * 6144u + ((v34 / 2048u) % 3u) * 2048u + ((v34 / 64u) % 32u) * 64u + (v34 % 64u)];
      acc_0_0 = fma(v6, v29, acc_0_0);
      acc_0_1 = fma(v6, v31, acc_0_1);
      acc_0_2 = fma(v6, v33, acc_0_2);
      acc_0_3 = fma(v6, v35, acc_0_3);
      acc_1_0 = fma(v13, v29, acc_1_0);
      acc_1_1 = fma(v13, v31, acc_1_1);
      acc_1_2 = fma(v13, v33, acc_1_2);
      acc_1_3 = fma(v13, v35, acc_1_3);
      acc_2_0 = fma(v20, v29, acc_2_0);
      acc_2_1 = fma(v20, v31, acc_2_1);
      acc_2_2 = fma(v20, v33, acc_2_2);
      acc_2_3 = fma(v20, v35, acc_2_3);
      acc_3_0 = fma(v27, v29, acc_3_0);
      acc_3_1 = fma(v27, v31, acc_3_1);
      acc_3_2 = fma(v27, v33, acc_3_2);
      acc_3_3 = fma(v27, v35, acc_3_3);
    }
    if (m0 + 0u < 15488u && n0 + 0u < 64u) {
      work[1384516u + m0 * 64u + n0] = acc_0_0;
    }
    if (m0 + 0u < 15488u && n0 + 1u < 64u) {
      work[1384516u + m0 * 64u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 15488u && n0 + 2u < 64u) {
      work[1384516u + m0 * 64u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 15488u && n0 + 3u < 64u) {
      work[1384516u + m0 * 64u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 15488u && n0 + 0u < 64u) {
      work[1384516u + (m0 + 1u) * 64u + n0] = acc_1_0;
    }
    if (m0 + 1u < 15488u && n0 + 1u < 64u) {
      work[1384516u + (m0 + 1u) * 64u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 15488u && n0 + 2u < 64u) {
      work[1384516u + (m0 + 1u) * 64u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 15488u && n0 + 3u < 64u) {
      work[1384516u + (m0 + 1u) * 64u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 15488u && n0 + 0u < 64u) {
      work[1384516u + (m0 + 2u) * 64u + n0] = acc_2_0;
    }
    if (m0 + 2u < 15488u && n0 + 1u < 64u) {
      work[1384516u + (m0 + 2u) * 64u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 15488u && n0 + 2u < 64u) {
      work[1384516u + (m0 + 2u) * 64u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 15488u && n0 + 3u < 64u) {
      work[1384516u + (m0 + 2u) * 64u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 15488u && n0 + 0u < 64u) {
      work[1384516u + (m0 + 3u) * 64u + n0] = acc_3_0;
    }
    if (m0 + 3u < 15488u && n0 + 1u < 64u) {
      work[1384516u + (m0 + 3u) * 64u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 15488u && n0 + 2u < 64u) {
      work[1384516u + (m0 + 3u) * 64u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 15488u && n0 + 3u < 64u) {
      work[1384516u + (m0 + 3u) * 64u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- c2_batch_norm_sum (reduce, 1 workgroups, train_step.007.c2_batch_norm_sum.wgsl) from specs/cnn-batchnorm.model:15, specs/cnn-batchnorm.model:13
// c2_batch_norm_sum: reduce kernel (mdlc)
// from specs/cnn-batchnorm.model:15, specs/cnn-batchnorm.model:13
@group(0) @binding(2) var<storage, read> data: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 64u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 15488u + opaque; j++) {
      let v2: u32 = (j / 121u);
      let v3: f32 = select(0.0f, 1.0f, 0.0f < data[100480u + v2]);
      let v4: u32 = (j / 121u) * 7744u + ((j / 11u) % 11u) * 704u + (j % 11u) * 64u + r;
      let v5: f32 = work[1384516u + (v4 / 64u) * 64u + (v4 % 64u)];
      let v6: f32 = select(0.0f, v5, v3 != 0.0f);
      acc0 += v6;
    }
    let v7: f32 = work[2768896u];
    let v8: f32 = (v7 * 121.0f);
    let v9: f32 = max(v8, 1.0f);
    let v10: f32 = (acc0 / v9);
    work[2375748u + r] = v10;
  }
}
// ---- c2_batch_norm_sub (elementwise, 4096 workgroups, train_step.008.c2_batch_norm_sub.wgsl) from specs/cnn-batchnorm.model:15
// c2_batch_norm_sub: elementwise kernel (mdlc)
// from specs/cnn-batchnorm.model:15
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var i = gid.x; i < 991232u; i += stride) {
    let v0: u32 = (i / 7744u) * 7744u + ((i / 704u) % 11u) * 704u + ((i / 64u) % 11u) * 64u + (i % 64u);
    let v1: f32 = work[1384516u + (v0 / 64u) * 64u + (v0 % 64u)];
    let v2: f32 = (v1 - work[2375748u + (i % 64u)]);
    work[13844516u + (i / 7744u) * 7744u + ((i / 704u) % 11u) * 704u + ((i / 64u) % 11u) * 64u + (i % 64u)] = v2;
  }
}
// ---- c2_batch_norm_sum_1 (reduce, 1 workgroups, train_step.009.c2_batch_norm_sum_1.wgsl) from specs/cnn-batchnorm.model:15, specs/cnn-batchnorm.model:13
// c2_batch_norm_sum_1: reduce kernel (mdlc)
// from specs/cnn-batchnorm.model:15, specs/cnn-batchnorm.model:13
@group(0) @binding(2) var<storage, read> data: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 64u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 15488u + opaque; j++) {
      let v2: u32 = (j / 121u);
      let v3: f32 = select(0.0f, 1.0f, 0.0f < data[100480u + v2]);
      let v4: f32 = (work[13844516u + (j / 121u) * 7744u + ((j / 11u) % 11u) * 704u + (j % 11u) * 64u + r] * work[13844516u + (j / 121u) * 7744u + ((j / 11u) % 11u) * 704u + (j % 11u) * 64u + r]);
      let v5: f32 = select(0.0f, v4, v3 != 0.0f);
      acc0 += v5;
    }
    let v6: f32 = work[2768896u];
    let v7: f32 = (v6 * 121.0f);
    let v8: f32 = max(v7, 1.0f);
    let v9: f32 = (acc0 / v8);
    work[1384516u + r] = v9;
    let v10: f32 = (v9 + 0.0010000000474974513f);
    let v11: f32 = sqrt(v10);
    work[1384580u + r] = v11;
  }
}
// ---- c1_batch_norm_add (elementwise, 3 workgroups, train_step.010.c1_batch_norm_add.wgsl) from specs/cnn-batchnorm.model:13, specs/cnn-batchnorm.model:15
// c1_batch_norm_add: elementwise kernel (mdlc)
// from specs/cnn-batchnorm.model:13, specs/cnn-batchnorm.model:15
@group(0) @binding(1) var<storage, read_write> state: array<f32>;
@group(0) @binding(3) var<storage, read> work: array<f32>;
var<private> base0: array<u32, 4> = array<u32, 4>(2768900u, 0u, 2375748u, 1384516u);
var<private> base1: array<u32, 4> = array<u32, 4>(4u, 36u, 68u, 132u);
var<private> base2: array<u32, 4> = array<u32, 4>(4u, 36u, 68u, 132u);

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var i = gid.x; i < 192u; i += stride) {
    var seg = 0u;
    if (i >= 32u) { seg = 1u; }
    if (i >= 64u) { seg = 2u; }
    if (i >= 128u) { seg = 3u; }
    var starts = array<u32, 4>(0u, 32u, 64u, 128u);
    let j = i - starts[seg];
    let v0: f32 = (state[base1[seg] + j] * 0.8999999761581421f);
    let v1: f32 = (work[base0[seg] + j] * 0.10000000149011612f);
    let v2: f32 = (v0 + v1);
    state[base2[seg] + j] = v2;
  }
}
// ---- c2_relu (elementwise, 4096 workgroups, train_step.011.c2_relu.wgsl) from specs/cnn-batchnorm.model:15
// c2_relu: elementwise kernel (mdlc)
// from specs/cnn-batchnorm.model:15
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var i = gid.x; i < 991232u; i += stride) {
    let v0: f32 = (work[13844516u + (i / 7744u) * 7744u + ((i / 704u) % 11u) * 704u + ((i / 64u) % 11u) * 64u + (i % 64u)] / work[1384580u + (i % 64u)]);
    work[1384644u + (i / 7744u) * 7744u + ((i / 704u) % 11u) * 704u + ((i / 64u) % 11u) * 64u + (i % 64u)] = v0;
    let v1: u32 = (i % 64u);
    let v2: f32 = params[18784u + v1];
    let v3: f32 = (v0 * v2);
    let v4: u32 = (i % 64u);
    let v5: f32 = params[18848u + v4];
    let v6: f32 = (v3 + v5);
    let v7: f32 = max(v6, 0.0f);
    work[14835748u + (i / 7744u) * 7744u + ((i / 704u) % 11u) * 704u + ((i / 64u) % 11u) * 64u + (i % 64u)] = v7;
  }
}
// ---- p2_max (reduce, 3200 workgroups, train_step.012.p2_max.wgsl) from specs/cnn-batchnorm.model:16
// p2_max: reduce kernel (mdlc)
// from specs/cnn-batchnorm.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 204800u; r += stride) {
    var acc0: f32 = -3.4028234e38f;
    for (var j = 0u; j < 4u + opaque; j++) {
      let v2: u32 = (r / 1600u) * 6400u + ((r / 320u) % 5u) * 1280u + ((r / 64u) % 5u) * 256u + j * 64u + (r % 64u);
      let v3: u32 = (v2 % 256u);
      let v4: i32 = i32(((v2 / 1280u) % 5u) * 2u + (v3 / 128u)) - 0i;
      let v5: i32 = i32(((v2 / 256u) % 5u) * 2u + ((v3 / 64u) % 2u)) - 0i;
      let v6: f32 = select((-3.0000000054977558e+38f), work[14835748u + (v2 / 6400u) * 7744u + u32(clamp(v4, 0i, 10i)) * 704u + u32(clamp(v5, 0i, 10i)) * 64u + (v3 % 64u)], v4 >= 0i && v4 < 11i && v5 >= 0i && v5 < 11i);
      acc0 = max(acc0, v6);
    }
    var acc7: f32 = 0.0f;
    for (var j = 0u; j < 4u + opaque; j++) {
      let v9: u32 = (r / 1600u) * 6400u + ((r / 320u) % 5u) * 1280u + ((r / 64u) % 5u) * 256u + j * 64u + (r % 64u);
      let v10: u32 = (v9 % 256u);
      let v11: i32 = i32(((v9 / 1280u) % 5u) * 2u + (v10 / 128u)) - 0i;
      let v12: i32 = i32(((v9 / 256u) % 5u) * 2u + ((v10 / 64u) % 2u)) - 0i;
      let v13: f32 = select((-3.0000000054977558e+38f), work[14835748u + (v9 / 6400u) * 7744u + u32(clamp(v11, 0i, 10i)) * 704u + u32(clamp(v12, 0i, 10i)) * 64u + (v10 % 64u)], v11 >= 0i && v11 < 11i && v12 >= 0i && v12 < 11i);
      let v14: f32 = select(0.0f, 1.0f, v13 == acc0);
      acc7 += v14;
    }
    work[2375876u + (r / 1600u) * 1600u + ((r / 320u) % 5u) * 320u + ((r / 64u) % 5u) * 64u + (r % 64u)] = acc0;
    work[16646180u + (r / 1600u) * 1600u + ((r / 320u) % 5u) * 320u + ((r / 64u) % 5u) * 64u + (r % 64u)] = acc7;
    for (var j = 0u; j < 4u + opaque; j++) {
      let v15: u32 = (r / 1600u) * 6400u + ((r / 320u) % 5u) * 1280u + ((r / 64u) % 5u) * 256u + j * 64u + (r % 64u);
      let v16: u32 = (v15 % 256u);
      let v17: i32 = i32(((v15 / 1280u) % 5u) * 2u + (v16 / 128u)) - 0i;
      let v18: i32 = i32(((v15 / 256u) % 5u) * 2u + ((v16 / 64u) % 2u)) - 0i;
      let v19: f32 = select((-3.0000000054977558e+38f), work[14835748u + (v15 / 6400u) * 7744u + u32(clamp(v17, 0i, 10i)) * 704u + u32(clamp(v18, 0i, 10i)) * 64u + (v16 % 64u)], v17 >= 0i && v17 < 11i && v18 >= 0i && v18 < 11i);
      let v20: f32 = select(0.0f, 1.0f, v19 == acc0);
      work[15826980u + (r / 1600u) * 6400u + ((r / 320u) % 5u) * 1280u + ((r / 64u) % 5u) * 256u + j * 64u + (r % 64u)] = v20;
    }
  }
}
// ---- drop_mul (elementwise, 3200 workgroups, train_step.013.drop_mul.wgsl) from specs/cnn-batchnorm.model:18, specs/cnn-batchnorm.model:17
// drop_mul: elementwise kernel (mdlc)
// from specs/cnn-batchnorm.model:18, specs/cnn-batchnorm.model:17
@group(0) @binding(1) var<storage, read> state: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

fn mdlc_rotl(x: u32, r: u32) -> u32 { return (x << r) | (x >> (32u - r)); }

fn mdlc_uniform(k0: u32, k1: u32, c0: u32, c1: u32) -> f32 {
  var ks = array<u32, 3>(k0, k1, 0x1bd11bdau ^ k0 ^ k1);
  var rot = array<u32, 8>(13u, 15u, 26u, 6u, 17u, 29u, 16u, 24u);
  var x0 = c0 + ks[0];
  var x1 = c1 + ks[1];
  for (var r = 0u; r < 20u; r++) {
    x0 = x0 + x1;
    x1 = mdlc_rotl(x1, rot[r % 8u]);
    x1 = x1 ^ x0;
    if (r % 4u == 3u) {
      let i = (r + 1u) / 4u;
      x0 = x0 + ks[i % 3u];
      x1 = x1 + ks[(i + 1u) % 3u] + i;
    }
  }
  return f32(x0 >> 8u) * 5.9604644775390625e-8f;
}

fn mdlc_erf(x: f32) -> f32 {
  // Abramowitz and Stegun 7.1.26 (absolute error below 1.5e-7)
  let t = 1.0f / (1.0f + 0.3275911f * abs(x));
  let y = 1.0f - (((((1.061405429f * t - 1.453152027f) * t) + 1.421413741f) * t - 0.284496736f) * t + 0.254829592f) * t * exp(-x * x);
  return sign(x) * y;
}

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var i = gid.x; i < 204800u; i += stride) {
    let v0: f32 = mdlc_uniform(3u, 0u, u32(state[0u]), (i / 1600u) * 1600u + (i % 1600u));
    let v1: f32 = select(0.0f, 1.0f, 0.25f <= v0);
    let v2: f32 = (v1 * 1.3333333730697632f);
    work[16850980u + (i / 1600u) * 1600u + (i % 1600u)] = v2;
    let v3: u32 = (i / 1600u) * 1600u + (i % 1600u);
    let v4: f32 = work[2375876u + (v3 / 1600u) * 1600u + ((v3 / 320u) % 5u) * 320u + ((v3 / 64u) % 5u) * 64u + (v3 % 64u)];
    let v5: f32 = (v4 * v2);
    work[17055780u + (i / 1600u) * 1600u + (i % 1600u)] = v5;
  }
}
// ---- hidden_matmul (matmul, 16 workgroups, train_step.014.hidden_matmul.wgsl) from specs/cnn-batchnorm.model:19
// hidden_matmul: matmul kernel (mdlc)
// from specs/cnn-batchnorm.model:19
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 1024u; t += stride) {
    let rem = t % 1024u;
    let m0 = (rem / 32u) * 4u;
    let n0 = (rem % 32u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 1600u + opaque; k++) {
      let v0: f32 = work[17055780u + m0 * 1600u + k];
      let v1: f32 = work[17055780u + min(m0 + 1u, 127u) * 1600u + k];
      let v2: f32 = work[17055780u + min(m0 + 2u, 127u) * 1600u + k];
      let v3: f32 = work[17055780u + min(m0 + 3u, 127u) * 1600u + k];
      let v4: f32 = params[18912u + k * 128u + n0];
      let v5: f32 = params[18912u + k * 128u + min(n0 + 1u, 127u)];
      let v6: f32 = params[18912u + k * 128u + min(n0 + 2u, 127u)];
      let v7: f32 = params[18912u + k * 128u + min(n0 + 3u, 127u)];
      acc_0_0 = fma(v0, v4, acc_0_0);
      acc_0_1 = fma(v0, v5, acc_0_1);
      acc_0_2 = fma(v0, v6, acc_0_2);
      acc_0_3 = fma(v0, v7, acc_0_3);
      acc_1_0 = fma(v1, v4, acc_1_0);
      acc_1_1 = fma(v1, v5, acc_1_1);
      acc_1_2 = fma(v1, v6, acc_1_2);
      acc_1_3 = fma(v1, v7, acc_1_3);
      acc_2_0 = fma(v2, v4, acc_2_0);
      acc_2_1 = fma(v2, v5, acc_2_1);
      acc_2_2 = fma(v2, v6, acc_2_2);
      acc_2_3 = fma(v2, v7, acc_2_3);
      acc_3_0 = fma(v3, v4, acc_3_0);
      acc_3_1 = fma(v3, v5, acc_3_1);
      acc_3_2 = fma(v3, v6, acc_3_2);
      acc_3_3 = fma(v3, v7, acc_3_3);
    }
    if (m0 + 0u < 128u && n0 + 0u < 128u) {
      let v8: f32 = params[223712u + n0];
      let v9: f32 = (acc_0_0 + v8);
      let v10: f32 = max(v9, 0.0f);
      work[2375876u + m0 * 128u + n0] = v10;
    }
    if (m0 + 0u < 128u && n0 + 1u < 128u) {
      let v11: u32 = (n0 + 1u);
      let v12: f32 = params[223712u + v11];
      let v13: f32 = (acc_0_1 + v12);
      let v14: f32 = max(v13, 0.0f);
      work[2375876u + m0 * 128u + (n0 + 1u)] = v14;
    }
    if (m0 + 0u < 128u && n0 + 2u < 128u) {
      let v15: u32 = (n0 + 2u);
      let v16: f32 = params[223712u + v15];
      let v17: f32 = (acc_0_2 + v16);
      let v18: f32 = max(v17, 0.0f);
      work[2375876u + m0 * 128u + (n0 + 2u)] = v18;
    }
    if (m0 + 0u < 128u && n0 + 3u < 128u) {
      let v19: u32 = (n0 + 3u);
      let v20: f32 = params[223712u + v19];
      let v21: f32 = (acc_0_3 + v20);
      let v22: f32 = max(v21, 0.0f);
      work[2375876u + m0 * 128u + (n0 + 3u)] = v22;
    }
    if (m0 + 1u < 128u && n0 + 0u < 128u) {
      let v23: f32 = params[223712u + n0];
      let v24: f32 = (acc_1_0 + v23);
      let v25: f32 = max(v24, 0.0f);
      work[2375876u + (m0 + 1u) * 128u + n0] = v25;
    }
    if (m0 + 1u < 128u && n0 + 1u < 128u) {
      let v26: u32 = (n0 + 1u);
      let v27: f32 = params[223712u + v26];
      let v28: f32 = (acc_1_1 + v27);
      let v29: f32 = max(v28, 0.0f);
      work[2375876u + (m0 + 1u) * 128u + (n0 + 1u)] = v29;
    }
    if (m0 + 1u < 128u && n0 + 2u < 128u) {
      let v30: u32 = (n0 + 2u);
      let v31: f32 = params[223712u + v30];
      let v32: f32 = (acc_1_2 + v31);
      let v33: f32 = max(v32, 0.0f);
      work[2375876u + (m0 + 1u) * 128u + (n0 + 2u)] = v33;
    }
    if (m0 + 1u < 128u && n0 + 3u < 128u) {
      let v34: u32 = (n0 + 3u);
      let v35: f32 = params[223712u + v34];
      let v36: f32 = (acc_1_3 + v35);
      let v37: f32 = max(v36, 0.0f);
      work[2375876u + (m0 + 1u) * 128u + (n0 + 3u)] = v37;
    }
    if (m0 + 2u < 128u && n0 + 0u < 128u) {
      let v38: f32 = params[223712u + n0];
      let v39: f32 = (acc_2_0 + v38);
      let v40: f32 = max(v39, 0.0f);
      work[2375876u + (m0 + 2u) * 128u + n0] = v40;
    }
    if (m0 + 2u < 128u && n0 + 1u < 128u) {
      let v41: u32 = (n0 + 1u);
      let v42: f32 = params[223712u + v41];
      let v43: f32 = (acc_2_1 + v42);
      let v44: f32 = max(v43, 0.0f);
      work[2375876u + (m0 + 2u) * 128u + (n0 + 1u)] = v44;
    }
    if (m0 + 2u < 128u && n0 + 2u < 128u) {
      let v45: u32 = (n0 + 2u);
      let v46: f32 = params[223712u + v45];
      let v47: f32 = (acc_2_2 + v46);
      let v48: f32 = max(v47, 0.0f);
      work[2375876u + (m0 + 2u) * 128u + (n0 + 2u)] = v48;
    }
    if (m0 + 2u < 128u && n0 + 3u < 128u) {
      let v49: u32 = (n0 + 3u);
      let v50: f32 = params[223712u + v49];
      let v51: f32 = (acc_2_3 + v50);
      let v52: f32 = max(v51, 0.0f);
      work[2375876u + (m0 + 2u) * 128u + (n0 + 3u)] = v52;
    }
    if (m0 + 3u < 128u && n0 + 0u < 128u) {
      let v53: f32 = params[223712u + n0];
      let v54: f32 = (acc_3_0 + v53);
      let v55: f32 = max(v54, 0.0f);
      work[2375876u + (m0 + 3u) * 128u + n0] = v55;
    }
    if (m0 + 3u < 128u && n0 + 1u < 128u) {
      let v56: u32 = (n0 + 1u);
      let v57: f32 = params[223712u + v56];
      let v58: f32 = (acc_3_1 + v57);
      let v59: f32 = max(v58, 0.0f);
      work[2375876u + (m0 + 3u) * 128u + (n0 + 1u)] = v59;
    }
    if (m0 + 3u < 128u && n0 + 2u < 128u) {
      let v60: u32 = (n0 + 2u);
      let v61: f32 = params[223712u + v60];
      let v62: f32 = (acc_3_2 + v61);
      let v63: f32 = max(v62, 0.0f);
      work[2375876u + (m0 + 3u) * 128u + (n0 + 2u)] = v63;
    }
    if (m0 + 3u < 128u && n0 + 3u < 128u) {
      let v64: u32 = (n0 + 3u);
      let v65: f32 = params[223712u + v64];
      let v66: f32 = (acc_3_3 + v65);
      let v67: f32 = max(v66, 0.0f);
      work[2375876u + (m0 + 3u) * 128u + (n0 + 3u)] = v67;
    }
  }
}
// ---- logits_matmul (matmul, 2 workgroups, train_step.015.logits_matmul.wgsl) from specs/cnn-batchnorm.model:20
// logits_matmul: matmul kernel (mdlc)
// from specs/cnn-batchnorm.model:20
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 96u; t += stride) {
    let rem = t % 96u;
    let m0 = (rem / 3u) * 4u;
    let n0 = (rem % 3u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 128u + opaque; k++) {
      let v0: f32 = work[2375876u + m0 * 128u + k];
      let v1: f32 = work[2375876u + min(m0 + 1u, 127u) * 128u + k];
      let v2: f32 = work[2375876u + min(m0 + 2u, 127u) * 128u + k];
      let v3: f32 = work[2375876u + min(m0 + 3u, 127u) * 128u + k];
      let v4: f32 = params[223840u + k * 10u + n0];
      let v5: f32 = params[223840u + k * 10u + min(n0 + 1u, 9u)];
      let v6: f32 = params[223840u + k * 10u + min(n0 + 2u, 9u)];
      let v7: f32 = params[223840u + k * 10u + min(n0 + 3u, 9u)];
      acc_0_0 = fma(v0, v4, acc_0_0);
      acc_0_1 = fma(v0, v5, acc_0_1);
      acc_0_2 = fma(v0, v6, acc_0_2);
      acc_0_3 = fma(v0, v7, acc_0_3);
      acc_1_0 = fma(v1, v4, acc_1_0);
      acc_1_1 = fma(v1, v5, acc_1_1);
      acc_1_2 = fma(v1, v6, acc_1_2);
      acc_1_3 = fma(v1, v7, acc_1_3);
      acc_2_0 = fma(v2, v4, acc_2_0);
      acc_2_1 = fma(v2, v5, acc_2_1);
      acc_2_2 = fma(v2, v6, acc_2_2);
      acc_2_3 = fma(v2, v7, acc_2_3);
      acc_3_0 = fma(v3, v4, acc_3_0);
      acc_3_1 = fma(v3, v5, acc_3_1);
      acc_3_2 = fma(v3, v6, acc_3_2);
      acc_3_3 = fma(v3, v7, acc_3_3);
    }
    if (m0 + 0u < 128u && n0 + 0u < 10u) {
      work[2392260u + m0 * 10u + n0] = acc_0_0;
    }
    if (m0 + 0u < 128u && n0 + 1u < 10u) {
      work[2392260u + m0 * 10u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 128u && n0 + 2u < 10u) {
      work[2392260u + m0 * 10u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 128u && n0 + 3u < 10u) {
      work[2392260u + m0 * 10u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 128u && n0 + 0u < 10u) {
      work[2392260u + (m0 + 1u) * 10u + n0] = acc_1_0;
    }
    if (m0 + 1u < 128u && n0 + 1u < 10u) {
      work[2392260u + (m0 + 1u) * 10u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 128u && n0 + 2u < 10u) {
      work[2392260u + (m0 + 1u) * 10u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 128u && n0 + 3u < 10u) {
      work[2392260u + (m0 + 1u) * 10u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 128u && n0 + 0u < 10u) {
      work[2392260u + (m0 + 2u) * 10u + n0] = acc_2_0;
    }
    if (m0 + 2u < 128u && n0 + 1u < 10u) {
      work[2392260u + (m0 + 2u) * 10u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 128u && n0 + 2u < 10u) {
      work[2392260u + (m0 + 2u) * 10u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 128u && n0 + 3u < 10u) {
      work[2392260u + (m0 + 2u) * 10u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 128u && n0 + 0u < 10u) {
      work[2392260u + (m0 + 3u) * 10u + n0] = acc_3_0;
    }
    if (m0 + 3u < 128u && n0 + 1u < 10u) {
      work[2392260u + (m0 + 3u) * 10u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 128u && n0 + 2u < 10u) {
      work[2392260u + (m0 + 3u) * 10u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 128u && n0 + 3u < 10u) {
      work[2392260u + (m0 + 3u) * 10u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- loss_log_softmax (reduce, 2 workgroups, train_step.016.loss_log_softmax.wgsl) from specs/cnn-batchnorm.model:22, specs/cnn-batchnorm.model:20, specs/cnn-batchnorm.model:13
// loss_log_softmax: reduce kernel (mdlc)
// from specs/cnn-batchnorm.model:22, specs/cnn-batchnorm.model:20, specs/cnn-batchnorm.model:13
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(2) var<storage, read> data: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 128u; r += stride) {
    var acc0: f32 = -3.4028234e38f;
    for (var j = 0u; j < 10u + opaque; j++) {
      let v2: f32 = params[225120u + j];
      let v3: f32 = (work[2392260u + r * 10u + j] + v2);
      acc0 = max(acc0, v3);
    }
    var acc4: f32 = 0.0f;
    for (var j = 0u; j < 10u + opaque; j++) {
      let v6: f32 = params[225120u + j];
      let v7: f32 = (work[2392260u + r * 10u + j] + v6);
      let v8: f32 = (v7 - acc0);
      let v9: f32 = exp(v8);
      acc4 += v9;
    }
    var acc10: f32 = 0.0f;
    for (var j = 0u; j < 10u + opaque; j++) {
      let v12: i32 = i32(j);
      let v13: i32 = bitcast<i32>(data[100352u + r]);
      let v14: f32 = select(0.0f, 1.0f, v12 == v13);
      let v15: f32 = params[225120u + j];
      let v16: f32 = (work[2392260u + r * 10u + j] + v15);
      let v17: f32 = (v16 - acc0);
      let v18: f32 = log(acc4);
      let v19: f32 = (v17 - v18);
      let v20: f32 = (v14 * v19);
      acc10 += v20;
    }
    var best22: f32 = -3.4028234e38f;
    var acc21: i32 = 0i;
    for (var j = 0u; j < 10u + opaque; j++) {
      let v23: f32 = params[225120u + j];
      let v24: f32 = (work[2392260u + r * 10u + j] + v23);
      if (v24 > best22) { best22 = v24; acc21 = i32(j); }
    }
    var acc25: f32 = 0.0f;
    for (var j = 0u; j < 10u + opaque; j++) {
      let v27: f32 = work[692288u];
      let v28: f32 = max(v27, 9.999999960041972e-13f);
      let v29: f32 = (1.0f / v28);
      let v30: f32 = (v29 * data[100480u + r]);
      let v31: f32 = (-v30);
      let v32: i32 = i32(j);
      let v33: i32 = bitcast<i32>(data[100352u + r]);
      let v34: f32 = select(0.0f, 1.0f, v32 == v33);
      let v35: f32 = (v31 * v34);
      let v36: f32 = (-v35);
      acc25 += v36;
    }
    work[2394820u + r] = acc10;
    work[2394948u + r] = bitcast<f32>(acc21);
    for (var j = 0u; j < 10u + opaque; j++) {
      let v37: i32 = i32(j);
      let v38: i32 = bitcast<i32>(data[100352u + r]);
      let v39: f32 = select(0.0f, 1.0f, v37 == v38);
      work[2393540u + r * 10u + j] = v39;
      let v40: f32 = work[692288u];
      let v41: f32 = max(v40, 9.999999960041972e-13f);
      let v42: f32 = (1.0f / v41);
      let v43: f32 = (v42 * data[100480u + r]);
      let v44: f32 = (-v43);
      let v45: f32 = (v44 * v39);
      let v46: f32 = (acc25 / acc4);
      let v47: f32 = params[225120u + j];
      let v48: f32 = (work[2392260u + r * 10u + j] + v47);
      let v49: f32 = (v48 - acc0);
      let v50: f32 = exp(v49);
      let v51: f32 = (v46 * v50);
      let v52: f32 = (v45 + v51);
      work[2395076u + r * 10u + j] = v52;
    }
  }
}
// ---- logits_grad_sum (reduce, 1 workgroups, train_step.017.logits_grad_sum.wgsl) from specs/cnn-batchnorm.model:20
// logits_grad_sum: reduce kernel (mdlc)
// from specs/cnn-batchnorm.model:20
@group(0) @binding(1) var<storage, read_write> state: array<f32>;
@group(0) @binding(2) var<storage, read> data: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s0_acc0: f32 = 0.0f;
      for (var j = 0u; j < 128u + opaque; j++) {
        let s0_v2: f32 = (-work[2394820u + j]);
        let s0_v3: f32 = (s0_v2 * data[100480u + j]);
        s0_acc0 += s0_v3;
      }
      work[0u] = s0_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s1_acc0: f32 = 0.0f;
      for (var j = 0u; j < 1280u + opaque; j++) {
        let s1_v2: i32 = i32((j % 10u));
        let s1_v3: f32 = select(0.0f, 1.0f, s1_v2 == bitcast<i32>(work[2394948u + (j / 10u)]));
        let s1_v4: f32 = (s1_v3 * work[2393540u + (j / 10u) * 10u + (j % 10u)]);
        let s1_v5: u32 = (j / 10u);
        let s1_v6: f32 = data[100480u + s1_v5];
        let s1_v7: f32 = (s1_v4 * s1_v6);
        s1_acc0 += s1_v7;
      }
      work[8u] = s1_acc0;
    }
  }
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s2_v0: f32 = work[0u];
      let s2_v1: f32 = work[692288u];
      let s2_v2: f32 = max(s2_v1, 9.999999960041972e-13f);
      let s2_v3: f32 = (s2_v0 / s2_v2);
      work[4u] = s2_v3;
      let s2_v4: f32 = (s2_v3 * s2_v1);
      let s2_v5: f32 = (state[196u] + s2_v4);
      state[196u] = s2_v5;
      let s2_v6: f32 = abs(s2_v3);
      let s2_v7: f32 = select(0.0f, 1.0f, s2_v6 <= 3.0000000054977558e+38f);
      let s2_v8: f32 = (1.0f - s2_v7);
      let s2_v9: f32 = (state[204u] + s2_v8);
      state[204u] = s2_v9;
    }
  }
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s3_v0: f32 = work[8u];
      let s3_v1: f32 = (state[208u] + s3_v0);
      state[208u] = s3_v1;
    }
  }
  for (var r = gid.x; r < 10u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 128u + opaque; j++) {
      acc0 += work[2395076u + j * 10u + r];
    }
    work[12u + r] = acc0;
  }
}
// ---- logits_grad_matmul (matmul, 16 workgroups, train_step.018.logits_grad_matmul.wgsl) from specs/cnn-batchnorm.model:20
// logits_grad_matmul: matmul kernel (mdlc)
// from specs/cnn-batchnorm.model:20
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 1024u; t += stride) {
    let rem = t % 1024u;
    let m0 = (rem / 32u) * 4u;
    let n0 = (rem % 32u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 10u + opaque; k++) {
      let v0: f32 = work[2395076u + m0 * 10u + k];
      let v1: f32 = work[2395076u + min(m0 + 1u, 127u) * 10u + k];
      let v2: f32 = work[2395076u + min(m0 + 2u, 127u) * 10u + k];
      let v3: f32 = work[2395076u + min(m0 + 3u, 127u) * 10u + k];
      let v4: f32 = params[223840u + n0 * 10u + k];
      let v5: f32 = params[223840u + min(n0 + 1u, 127u) * 10u + k];
      let v6: f32 = params[223840u + min(n0 + 2u, 127u) * 10u + k];
      let v7: f32 = params[223840u + min(n0 + 3u, 127u) * 10u + k];
      acc_0_0 = fma(v0, v4, acc_0_0);
      acc_0_1 = fma(v0, v5, acc_0_1);
      acc_0_2 = fma(v0, v6, acc_0_2);
      acc_0_3 = fma(v0, v7, acc_0_3);
      acc_1_0 = fma(v1, v4, acc_1_0);
      acc_1_1 = fma(v1, v5, acc_1_1);
      acc_1_2 = fma(v1, v6, acc_1_2);
      acc_1_3 = fma(v1, v7, acc_1_3);
      acc_2_0 = fma(v2, v4, acc_2_0);
      acc_2_1 = fma(v2, v5, acc_2_1);
      acc_2_2 = fma(v2, v6, acc_2_2);
      acc_2_3 = fma(v2, v7, acc_2_3);
      acc_3_0 = fma(v3, v4, acc_3_0);
      acc_3_1 = fma(v3, v5, acc_3_1);
      acc_3_2 = fma(v3, v6, acc_3_2);
      acc_3_3 = fma(v3, v7, acc_3_3);
    }
    if (m0 + 0u < 128u && n0 + 0u < 128u) {
      work[2396356u + m0 * 128u + n0] = acc_0_0;
    }
    if (m0 + 0u < 128u && n0 + 1u < 128u) {
      work[2396356u + m0 * 128u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 128u && n0 + 2u < 128u) {
      work[2396356u + m0 * 128u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 128u && n0 + 3u < 128u) {
      work[2396356u + m0 * 128u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 128u && n0 + 0u < 128u) {
      work[2396356u + (m0 + 1u) * 128u + n0] = acc_1_0;
    }
    if (m0 + 1u < 128u && n0 + 1u < 128u) {
      work[2396356u + (m0 + 1u) * 128u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 128u && n0 + 2u < 128u) {
      work[2396356u + (m0 + 1u) * 128u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 128u && n0 + 3u < 128u) {
      work[2396356u + (m0 + 1u) * 128u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 128u && n0 + 0u < 128u) {
      work[2396356u + (m0 + 2u) * 128u + n0] = acc_2_0;
    }
    if (m0 + 2u < 128u && n0 + 1u < 128u) {
      work[2396356u + (m0 + 2u) * 128u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 128u && n0 + 2u < 128u) {
      work[2396356u + (m0 + 2u) * 128u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 128u && n0 + 3u < 128u) {
      work[2396356u + (m0 + 2u) * 128u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 128u && n0 + 0u < 128u) {
      work[2396356u + (m0 + 3u) * 128u + n0] = acc_3_0;
    }
    if (m0 + 3u < 128u && n0 + 1u < 128u) {
      work[2396356u + (m0 + 3u) * 128u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 128u && n0 + 2u < 128u) {
      work[2396356u + (m0 + 3u) * 128u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 128u && n0 + 3u < 128u) {
      work[2396356u + (m0 + 3u) * 128u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- logits_grad_matmul_1 (matmul, 2 workgroups, train_step.019.logits_grad_matmul_1.wgsl) from specs/cnn-batchnorm.model:20
// logits_grad_matmul_1: matmul kernel (mdlc)
// from specs/cnn-batchnorm.model:20
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 96u; t += stride) {
    let rem = t % 96u;
    let m0 = (rem / 3u) * 4u;
    let n0 = (rem % 3u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 128u + opaque; k++) {
      let v0: f32 = work[2375876u + k * 128u + m0];
      let v1: f32 = work[2375876u + k * 128u + min(m0 + 1u, 127u)];
      let v2: f32 = work[2375876u + k * 128u + min(m0 + 2u, 127u)];
      let v3: f32 = work[2375876u + k * 128u + min(m0 + 3u, 127u)];
      let v4: f32 = work[2395076u + k * 10u + n0];
      let v5: f32 = work[2395076u + k * 10u + min(n0 + 1u, 9u)];
      let v6: f32 = work[2395076u + k * 10u + min(n0 + 2u, 9u)];
      let v7: f32 = work[2395076u + k * 10u + min(n0 + 3u, 9u)];
      acc_0_0 = fma(v0, v4, acc_0_0);
      acc_0_1 = fma(v0, v5, acc_0_1);
      acc_0_2 = fma(v0, v6, acc_0_2);
      acc_0_3 = fma(v0, v7, acc_0_3);
      acc_1_0 = fma(v1, v4, acc_1_0);
      acc_1_1 = fma(v1, v5, acc_1_1);
      acc_1_2 = fma(v1, v6, acc_1_2);
      acc_1_3 = fma(v1, v7, acc_1_3);
      acc_2_0 = fma(v2, v4, acc_2_0);
      acc_2_1 = fma(v2, v5, acc_2_1);
      acc_2_2 = fma(v2, v6, acc_2_2);
      acc_2_3 = fma(v2, v7, acc_2_3);
      acc_3_0 = fma(v3, v4, acc_3_0);
      acc_3_1 = fma(v3, v5, acc_3_1);
      acc_3_2 = fma(v3, v6, acc_3_2);
      acc_3_3 = fma(v3, v7, acc_3_3);
    }
    if (m0 + 0u < 128u && n0 + 0u < 10u) {
      work[2392260u + m0 * 10u + n0] = acc_0_0;
    }
    if (m0 + 0u < 128u && n0 + 1u < 10u) {
      work[2392260u + m0 * 10u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 128u && n0 + 2u < 10u) {
      work[2392260u + m0 * 10u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 128u && n0 + 3u < 10u) {
      work[2392260u + m0 * 10u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 128u && n0 + 0u < 10u) {
      work[2392260u + (m0 + 1u) * 10u + n0] = acc_1_0;
    }
    if (m0 + 1u < 128u && n0 + 1u < 10u) {
      work[2392260u + (m0 + 1u) * 10u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 128u && n0 + 2u < 10u) {
      work[2392260u + (m0 + 1u) * 10u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 128u && n0 + 3u < 10u) {
      work[2392260u + (m0 + 1u) * 10u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 128u && n0 + 0u < 10u) {
      work[2392260u + (m0 + 2u) * 10u + n0] = acc_2_0;
    }
    if (m0 + 2u < 128u && n0 + 1u < 10u) {
      work[2392260u + (m0 + 2u) * 10u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 128u && n0 + 2u < 10u) {
      work[2392260u + (m0 + 2u) * 10u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 128u && n0 + 3u < 10u) {
      work[2392260u + (m0 + 2u) * 10u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 128u && n0 + 0u < 10u) {
      work[2392260u + (m0 + 3u) * 10u + n0] = acc_3_0;
    }
    if (m0 + 3u < 128u && n0 + 1u < 10u) {
      work[2392260u + (m0 + 3u) * 10u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 128u && n0 + 2u < 10u) {
      work[2392260u + (m0 + 3u) * 10u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 128u && n0 + 3u < 10u) {
      work[2392260u + (m0 + 3u) * 10u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- hidden_grad_sum (reduce, 2 workgroups, train_step.020.hidden_grad_sum.wgsl) from specs/cnn-batchnorm.model:19, specs/cnn-batchnorm.model:13
// hidden_grad_sum: reduce kernel (mdlc)
// from specs/cnn-batchnorm.model:19, specs/cnn-batchnorm.model:13
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 128u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 128u + opaque; j++) {
      let v2: f32 = select(0.0f, 1.0f, 0.0f < work[2375876u + j * 128u + r]);
      let v3: f32 = (work[2396356u + j * 128u + r] * v2);
      acc0 += v3;
    }
    work[2393540u + r] = acc0;
    for (var j = 0u; j < 128u + opaque; j++) {
      let v4: f32 = select(0.0f, 1.0f, 0.0f < work[2375876u + j * 128u + r]);
      let v5: f32 = (work[2396356u + j * 128u + r] * v4);
      work[2412740u + j * 128u + r] = v5;
    }
  }
}
// ---- hidden_grad_matmul (matmul, 200 workgroups, train_step.021.hidden_grad_matmul.wgsl) from specs/cnn-batchnorm.model:19
// hidden_grad_matmul: matmul kernel (mdlc)
// from specs/cnn-batchnorm.model:19
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 12800u; t += stride) {
    let rem = t % 12800u;
    let m0 = (rem / 400u) * 4u;
    let n0 = (rem % 400u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 128u + opaque; k++) {
      let v0: f32 = work[2412740u + m0 * 128u + k];
      let v1: f32 = work[2412740u + min(m0 + 1u, 127u) * 128u + k];
      let v2: f32 = work[2412740u + min(m0 + 2u, 127u) * 128u + k];
      let v3: f32 = work[2412740u + min(m0 + 3u, 127u) * 128u + k];
      let v4: f32 = params[18912u + n0 * 128u + k];
      let v5: f32 = params[18912u + min(n0 + 1u, 1599u) * 128u + k];
      let v6: f32 = params[18912u + min(n0 + 2u, 1599u) * 128u + k];
      let v7: f32 = params[18912u + min(n0 + 3u, 1599u) * 128u + k];
      acc_0_0 = fma(v0, v4, acc_0_0);
      acc_0_1 = fma(v0, v5, acc_0_1);
      acc_0_2 = fma(v0, v6, acc_0_2);
      acc_0_3 = fma(v0, v7, acc_0_3);
      acc_1_0 = fma(v1, v4, acc_1_0);
      acc_1_1 = fma(v1, v5, acc_1_1);
      acc_1_2 = fma(v1, v6, acc_1_2);
      acc_1_3 = fma(v1, v7, acc_1_3);
      acc_2_0 = fma(v2, v4, acc_2_0);
      acc_2_1 = fma(v2, v5, acc_2_1);
      acc_2_2 = fma(v2, v6, acc_2_2);
      acc_2_3 = fma(v2, v7, acc_2_3);
      acc_3_0 = fma(v3, v4, acc_3_0);
      acc_3_1 = fma(v3, v5, acc_3_1);
      acc_3_2 = fma(v3, v6, acc_3_2);
      acc_3_3 = fma(v3, v7, acc_3_3);
    }
    if (m0 + 0u < 128u && n0 + 0u < 1600u) {
      work[2429124u + m0 * 1600u + n0] = acc_0_0;
    }
    if (m0 + 0u < 128u && n0 + 1u < 1600u) {
      work[2429124u + m0 * 1600u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 128u && n0 + 2u < 1600u) {
      work[2429124u + m0 * 1600u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 128u && n0 + 3u < 1600u) {
      work[2429124u + m0 * 1600u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 128u && n0 + 0u < 1600u) {
      work[2429124u + (m0 + 1u) * 1600u + n0] = acc_1_0;
    }
    if (m0 + 1u < 128u && n0 + 1u < 1600u) {
      work[2429124u + (m0 + 1u) * 1600u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 128u && n0 + 2u < 1600u) {
      work[2429124u + (m0 + 1u) * 1600u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 128u && n0 + 3u < 1600u) {
      work[2429124u + (m0 + 1u) * 1600u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 128u && n0 + 0u < 1600u) {
      work[2429124u + (m0 + 2u) * 1600u + n0] = acc_2_0;
    }
    if (m0 + 2u < 128u && n0 + 1u < 1600u) {
      work[2429124u + (m0 + 2u) * 1600u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 128u && n0 + 2u < 1600u) {
      work[2429124u + (m0 + 2u) * 1600u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 128u && n0 + 3u < 1600u) {
      work[2429124u + (m0 + 2u) * 1600u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 128u && n0 + 0u < 1600u) {
      work[2429124u + (m0 + 3u) * 1600u + n0] = acc_3_0;
    }
    if (m0 + 3u < 128u && n0 + 1u < 1600u) {
      work[2429124u + (m0 + 3u) * 1600u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 128u && n0 + 2u < 1600u) {
      work[2429124u + (m0 + 3u) * 1600u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 128u && n0 + 3u < 1600u) {
      work[2429124u + (m0 + 3u) * 1600u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- hidden_grad_matmul_1 (matmul, 200 workgroups, train_step.022.hidden_grad_matmul_1.wgsl) from specs/cnn-batchnorm.model:19
// hidden_grad_matmul_1: matmul kernel (mdlc)
// from specs/cnn-batchnorm.model:19
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 12800u; t += stride) {
    let rem = t % 12800u;
    let m0 = (rem / 32u) * 4u;
    let n0 = (rem % 32u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 128u + opaque; k++) {
      let v0: f32 = work[17055780u + k * 1600u + m0];
      let v1: f32 = work[17055780u + k * 1600u + min(m0 + 1u, 1599u)];
      let v2: f32 = work[17055780u + k * 1600u + min(m0 + 2u, 1599u)];
      let v3: f32 = work[17055780u + k * 1600u + min(m0 + 3u, 1599u)];
      let v4: f32 = work[2412740u + k * 128u + n0];
      let v5: f32 = work[2412740u + k * 128u + min(n0 + 1u, 127u)];
      let v6: f32 = work[2412740u + k * 128u + min(n0 + 2u, 127u)];
      let v7: f32 = work[2412740u + k * 128u + min(n0 + 3u, 127u)];
      acc_0_0 = fma(v0, v4, acc_0_0);
      acc_0_1 = fma(v0, v5, acc_0_1);
      acc_0_2 = fma(v0, v6, acc_0_2);
      acc_0_3 = fma(v0, v7, acc_0_3);
      acc_1_0 = fma(v1, v4, acc_1_0);
      acc_1_1 = fma(v1, v5, acc_1_1);
      acc_1_2 = fma(v1, v6, acc_1_2);
      acc_1_3 = fma(v1, v7, acc_1_3);
      acc_2_0 = fma(v2, v4, acc_2_0);
      acc_2_1 = fma(v2, v5, acc_2_1);
      acc_2_2 = fma(v2, v6, acc_2_2);
      acc_2_3 = fma(v2, v7, acc_2_3);
      acc_3_0 = fma(v3, v4, acc_3_0);
      acc_3_1 = fma(v3, v5, acc_3_1);
      acc_3_2 = fma(v3, v6, acc_3_2);
      acc_3_3 = fma(v3, v7, acc_3_3);
    }
    if (m0 + 0u < 1600u && n0 + 0u < 128u) {
      work[17260580u + m0 * 128u + n0] = acc_0_0;
    }
    if (m0 + 0u < 1600u && n0 + 1u < 128u) {
      work[17260580u + m0 * 128u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 1600u && n0 + 2u < 128u) {
      work[17260580u + m0 * 128u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 1600u && n0 + 3u < 128u) {
      work[17260580u + m0 * 128u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 1600u && n0 + 0u < 128u) {
      work[17260580u + (m0 + 1u) * 128u + n0] = acc_1_0;
    }
    if (m0 + 1u < 1600u && n0 + 1u < 128u) {
      work[17260580u + (m0 + 1u) * 128u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 1600u && n0 + 2u < 128u) {
      work[17260580u + (m0 + 1u) * 128u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 1600u && n0 + 3u < 128u) {
      work[17260580u + (m0 + 1u) * 128u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 1600u && n0 + 0u < 128u) {
      work[17260580u + (m0 + 2u) * 128u + n0] = acc_2_0;
    }
    if (m0 + 2u < 1600u && n0 + 1u < 128u) {
      work[17260580u + (m0 + 2u) * 128u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 1600u && n0 + 2u < 128u) {
      work[17260580u + (m0 + 2u) * 128u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 1600u && n0 + 3u < 128u) {
      work[17260580u + (m0 + 2u) * 128u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 1600u && n0 + 0u < 128u) {
      work[17260580u + (m0 + 3u) * 128u + n0] = acc_3_0;
    }
    if (m0 + 3u < 1600u && n0 + 1u < 128u) {
      work[17260580u + (m0 + 3u) * 128u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 1600u && n0 + 2u < 128u) {
      work[17260580u + (m0 + 3u) * 128u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 1600u && n0 + 3u < 128u) {
      work[17260580u + (m0 + 3u) * 128u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- c2_batch_norm_grad_div (elementwise, 4096 workgroups, train_step.023.c2_batch_norm_grad_div.wgsl) from specs/cnn-batchnorm.model:15, specs/cnn-batchnorm.model:13, specs/cnn-batchnorm.model:16, specs/cnn-batchnorm.model:18
// c2_batch_norm_grad_div: elementwise kernel (mdlc)
// from specs/cnn-batchnorm.model:15, specs/cnn-batchnorm.model:13, specs/cnn-batchnorm.model:16, specs/cnn-batchnorm.model:18
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var i = gid.x; i < 991232u; i += stride) {
    var acc0: f32 = 0.0f;
    for (var ky: i32 = 0i; ky < 2i; ky++) {
      let v1: i32 = i32(((i / 704u) % 11u)) + 0i - ky;
      if (v1 >= 0i && v1 % 2i == 0i && v1 / 2i < 5i) {
        for (var kx: i32 = 0i; kx < 2i; kx++) {
          let v2: i32 = i32(((i / 64u) % 11u)) + 0i - kx;
          if (v2 >= 0i && v2 % 2i == 0i && v2 / 2i < 5i) {
            let v3: u32 = (i / 7744u) * 6400u + u32(v1 / 2i) * 1280u + u32(v2 / 2i) * 256u + u32(ky * 2i + kx) * 64u + (i % 64u);
            let v4: u32 = (v3 / 6400u) * 1600u + ((v3 / 1280u) % 5u) * 320u + ((v3 / 256u) % 5u) * 64u + (v3 % 64u);
            let v5: f32 = (work[2429124u + (v4 / 1600u) * 1600u + (v4 % 1600u)] * work[16850980u + (v4 / 1600u) * 1600u + (v4 % 1600u)]);
            let v6: f32 = (v5 / work[16646180u + (v3 / 6400u) * 1600u + ((v3 / 1280u) % 5u) * 320u + ((v3 / 256u) % 5u) * 64u + (v3 % 64u)]);
            let v7: f32 = (work[15826980u + (v3 / 6400u) * 6400u + ((v3 / 1280u) % 5u) * 1280u + ((v3 / 256u) % 5u) * 256u + ((v3 / 64u) % 4u) * 64u + (v3 % 64u)] * v6);
            acc0 += v7;
          }
        }
      }
    }
    let v8: f32 = select(0.0f, 1.0f, 0.0f < work[14835748u + (i / 7744u) * 7744u + ((i / 704u) % 11u) * 704u + ((i / 64u) % 11u) * 64u + (i % 64u)]);
    let v9: f32 = (acc0 * v8);
    work[17465380u + (i / 7744u) * 7744u + ((i / 704u) % 11u) * 704u + ((i / 64u) % 11u) * 64u + (i % 64u)] = v9;
    let v10: u32 = (i % 64u);
    let v11: f32 = params[18784u + v10];
    let v12: f32 = (v9 * v11);
    work[18456612u + (i / 7744u) * 7744u + ((i / 704u) % 11u) * 704u + ((i / 64u) % 11u) * 64u + (i % 64u)] = v12;
    let v13: f32 = (v12 / work[1384580u + (i % 64u)]);
    work[19447844u + (i / 7744u) * 7744u + ((i / 704u) % 11u) * 704u + ((i / 64u) % 11u) * 64u + (i % 64u)] = v13;
  }
}
// ---- c2_batch_norm_grad_sum (reduce, 1 workgroups, train_step.024.c2_batch_norm_grad_sum.wgsl) from specs/cnn-batchnorm.model:15
// c2_batch_norm_grad_sum: reduce kernel (mdlc)
// from specs/cnn-batchnorm.model:15
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 64u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 15488u + opaque; j++) {
      acc0 += work[17465380u + (j / 121u) * 7744u + ((j / 11u) % 11u) * 704u + (j % 11u) * 64u + r];
    }
    work[1384516u + r] = acc0;
  }
}
// ---- c2_batch_norm_grad_sum_1 (reduce, 1 workgroups, train_step.025.c2_batch_norm_grad_sum_1.wgsl) from specs/cnn-batchnorm.model:15
// c2_batch_norm_grad_sum_1: reduce kernel (mdlc)
// from specs/cnn-batchnorm.model:15
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 64u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 15488u + opaque; j++) {
      let v2: f32 = (work[17465380u + (j / 121u) * 7744u + ((j / 11u) % 11u) * 704u + (j % 11u) * 64u + r] * work[1384644u + (j / 121u) * 7744u + ((j / 11u) % 11u) * 704u + (j % 11u) * 64u + r]);
      acc0 += v2;
    }
    work[2375876u + r] = acc0;
  }
}
// ---- c2_batch_norm_grad_sum_2 (reduce, 1 workgroups, train_step.026.c2_batch_norm_grad_sum_2.wgsl) from specs/cnn-batchnorm.model:15
// c2_batch_norm_grad_sum_2: reduce kernel (mdlc)
// from specs/cnn-batchnorm.model:15
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 64u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 15488u + opaque; j++) {
      let v2: f32 = (work[18456612u + (j / 121u) * 7744u + ((j / 11u) % 11u) * 704u + (j % 11u) * 64u + r] * work[1384644u + (j / 121u) * 7744u + ((j / 11u) % 11u) * 704u + (j % 11u) * 64u + r]);
      let v3: f32 = (v2 / work[1384580u + r]);
      let v4: f32 = (-v3);
      acc0 += v4;
    }
    work[2375940u + r] = acc0;
  }
}
// ---- c2_batch_norm_grad_sum_3 (reduce, 1 workgroups, train_step.027.c2_batch_norm_grad_sum_3.wgsl) from specs/cnn-batchnorm.model:15
// c2_batch_norm_grad_sum_3: reduce kernel (mdlc)
// from specs/cnn-batchnorm.model:15
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 64u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 15488u + opaque; j++) {
      let v2: f32 = (-work[19447844u + (j / 121u) * 7744u + ((j / 11u) % 11u) * 704u + (j % 11u) * 64u + r]);
      acc0 += v2;
    }
    work[1384644u + r] = acc0;
  }
}
// ---- c2_batch_norm_grad_add (elementwise, 4096 workgroups, train_step.028.c2_batch_norm_grad_add.wgsl) from specs/cnn-batchnorm.model:15, specs/cnn-batchnorm.model:13
// c2_batch_norm_grad_add: elementwise kernel (mdlc)
// from specs/cnn-batchnorm.model:15, specs/cnn-batchnorm.model:13
@group(0) @binding(2) var<storage, read> data: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var i = gid.x; i < 991232u; i += stride) {
    let v0: u32 = (i / 7744u);
    let v1: f32 = select(0.0f, 1.0f, 0.0f < data[100480u + v0]);
    let v2: f32 = (work[2375940u + (i % 64u)] * 0.5f);
    let v3: f32 = (v2 / work[1384580u + (i % 64u)]);
    let v4: f32 = work[2768896u];
    let v5: f32 = (v4 * 121.0f);
    let v6: f32 = max(v5, 1.0f);
    let v7: f32 = (v3 / v6);
    let v8: f32 = select(0.0f, v7, v1 != 0.0f);
    let v9: f32 = (v8 * work[13844516u + (i / 7744u) * 7744u + ((i / 704u) % 11u) * 704u + ((i / 64u) % 11u) * 64u + (i % 64u)]);
    let v10: f32 = (v9 + v9);
    work[14835748u + (i / 7744u) * 7744u + ((i / 704u) % 11u) * 704u + ((i / 64u) % 11u) * 64u + (i % 64u)] = v10;
  }
}
// ---- c2_batch_norm_grad_sum_4 (reduce, 1 workgroups, train_step.029.c2_batch_norm_grad_sum_4.wgsl) from specs/cnn-batchnorm.model:15
// c2_batch_norm_grad_sum_4: reduce kernel (mdlc)
// from specs/cnn-batchnorm.model:15
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 64u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 15488u + opaque; j++) {
      let v2: f32 = (-work[14835748u + (j / 121u) * 7744u + ((j / 11u) % 11u) * 704u + (j % 11u) * 64u + r]);
      acc0 += v2;
    }
    work[1384580u + r] = acc0;
  }
}
// ---- c2_conv2d_grad_add (elementwise, 4096 workgroups, train_step.030.c2_conv2d_grad_add.wgsl) from specs/cnn-batchnorm.model:15, specs/cnn-batchnorm.model:13
// c2_conv2d_grad_add: elementwise kernel (mdlc)
// from specs/cnn-batchnorm.model:15, specs/cnn-batchnorm.model:13
@group(0) @binding(2) var<storage, read> data: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var i = gid.x; i < 991232u; i += stride) {
    let v0: f32 = (work[19447844u + (i / 7744u) * 7744u + ((i / 704u) % 11u) * 704u + ((i / 64u) % 11u) * 64u + (i % 64u)] + work[14835748u + (i / 7744u) * 7744u + ((i / 704u) % 11u) * 704u + ((i / 64u) % 11u) * 64u + (i % 64u)]);
    let v1: u32 = (i / 7744u);
    let v2: f32 = select(0.0f, 1.0f, 0.0f < data[100480u + v1]);
    let v3: f32 = (work[1384644u + (i % 64u)] + work[1384580u + (i % 64u)]);
    let v4: f32 = work[2768896u];
    let v5: f32 = (v4 * 121.0f);
    let v6: f32 = max(v5, 1.0f);
    let v7: f32 = (v3 / v6);
    let v8: f32 = select(0.0f, v7, v2 != 0.0f);
    let v9: f32 = (v0 + v8);
    work[13844516u + (i / 7744u) * 7744u + ((i / 704u) % 11u) * 704u + ((i / 64u) % 11u) * 64u + (i % 64u)] = v9;
  }
}
// ---- c2_conv2d_grad_matmul (matmul, 4096 workgroups, train_step.031.c2_conv2d_grad_matmul.wgsl) from specs/cnn-batchnorm.model:15
// c2_conv2d_grad_matmul: matmul kernel (mdlc)
// from specs/cnn-batchnorm.model:15
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 278784u; t += stride) {
    let rem = t % 278784u;
    let m0 = (rem / 72u) * 4u;
    let n0 = (rem % 72u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 64u + opaque; k++) {
      let v0: u32 = m0 * 64u + k;
      let v1: f32 = work[13844516u + (v0 / 7744u) * 7744u + ((v0 / 704u) % 11u) * 704u + ((v0 / 64u) % 11u) * 64u + (v0 % 64u)];
      let v2: u32 = min(m0 + 1u, 15487u) * 64u + k;
      let v3: f32 = work[13844516u + (v2 / 7744u) * 7744u + ((v2 / 704u) % 11u) * 704u + ((v2 / 64u) % 11u) * 64u + (v2 % 64u)];
      let v4: u32 = min(m0 + 2u, 15487u) * 64u + k;
      let v5: f32 = work[13844516u + (v4 / 7744u) * 7744u + ((v4 / 704u) % 11u) * 704u + ((v4 / 64u) % 11u) * 64u + (v4 % 64u)];
      let v6: u32 = min(m0 + 3u, 15487u) * 64u + k;
      let v7: f32 = work[13844516u + (v6 / 7744u) * 7744u + ((v6 / 704u) % 11u) * 704u + ((v6 / 64u) % 11u) * 64u + (v6 % 64u)];
      let v8: u32 = n0 * 64u + k;
      let v9: f32 = params[352u + (v8 / 6144u) * 6144u + ((v8 / 2048u) % 3u) * 2048u + ((v8 / 64u) % 32u) * 64u + (v8 % 64u)];
      let v10: u32 = min(n0 + 1u, 287u) * 64u + k;
      let v11: f32 = params[352u + (v10 / 6144u) * 6144u + ((v10 / 2048u) % 3u) * 2048u + ((v10 / 64u) % 32u) * 64u + (v10 % 64u)];
      let v12: u32 = min(n0 + 2u, 287u) * 64u + k;
      let v13: f32 = params[352u + (v12 / 6144u) * 6144u + ((v12 / 2048u) % 3u) * 2048u + ((v12 / 64u) % 32u) * 64u + (v12 % 64u)];
      let v14: u32 = min(n0 + 3u, 287u) * 64u + k;
      let v15: f32 = params[352u + (v14 / 6144u) * 6144u + ((v14 / 2048u) % 3u) * 2048u + ((v14 / 64u) % 32u) * 64u + (v14 % 64u)];
      acc_0_0 = fma(v1, v9, acc_0_0);
      acc_0_1 = fma(v1, v11, acc_0_1);
      acc_0_2 = fma(v1, v13, acc_0_2);
      acc_0_3 = fma(v1, v15, acc_0_3);
      acc_1_0 = fma(v3, v9, acc_1_0);
      acc_1_1 = fma(v3, v11, acc_1_1);
      acc_1_2 = fma(v3, v13, acc_1_2);
      acc_1_3 = fma(v3, v15, acc_1_3);
      acc_2_0 = fma(v5, v9, acc_2_0);
      acc_2_1 = fma(v5, v11, acc_2_1);
      acc_2_2 = fma(v5, v13, acc_2_2);
      acc_2_3 = fma(v5, v15, acc_2_3);
      acc_3_0 = fma(v7, v9, acc_3_0);
      acc_3_1 = fma(v7, v11, acc_3_1);
      acc_3_2 = fma(v7, v13, acc_3_2);
      acc_3_3 = fma(v7, v15, acc_3_3);
    }
    if (m0 + 0u < 15488u && n0 + 0u < 288u) {
      work[20439076u + m0 * 288u + n0] = acc_0_0;
    }
    if (m0 + 0u < 15488u && n0 + 1u < 288u) {
      work[20439076u + m0 * 288u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 15488u && n0 + 2u < 288u) {
      work[20439076u + m0 * 288u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 15488u && n0 + 3u < 288u) {
      work[20439076u + m0 * 288u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 15488u && n0 + 0u < 288u) {
      work[20439076u + (m0 + 1u) * 288u + n0] = acc_1_0;
    }
    if (m0 + 1u < 15488u && n0 + 1u < 288u) {
      work[20439076u + (m0 + 1u) * 288u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 15488u && n0 + 2u < 288u) {
      work[20439076u + (m0 + 1u) * 288u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 15488u && n0 + 3u < 288u) {
      work[20439076u + (m0 + 1u) * 288u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 15488u && n0 + 0u < 288u) {
      work[20439076u + (m0 + 2u) * 288u + n0] = acc_2_0;
    }
    if (m0 + 2u < 15488u && n0 + 1u < 288u) {
      work[20439076u + (m0 + 2u) * 288u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 15488u && n0 + 2u < 288u) {
      work[20439076u + (m0 + 2u) * 288u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 15488u && n0 + 3u < 288u) {
      work[20439076u + (m0 + 2u) * 288u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 15488u && n0 + 0u < 288u) {
      work[20439076u + (m0 + 3u) * 288u + n0] = acc_3_0;
    }
    if (m0 + 3u < 15488u && n0 + 1u < 288u) {
      work[20439076u + (m0 + 3u) * 288u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 15488u && n0 + 2u < 288u) {
      work[20439076u + (m0 + 3u) * 288u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 15488u && n0 + 3u < 288u) {
      work[20439076u + (m0 + 3u) * 288u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- c2_conv2d_grad_matmul_1 (matmul, 18 workgroups, train_step.032.c2_conv2d_grad_matmul_1.wgsl) from specs/cnn-batchnorm.model:15, specs/cnn-batchnorm.model:14
// c2_conv2d_grad_matmul_1: matmul kernel (mdlc)
// from specs/cnn-batchnorm.model:15, specs/cnn-batchnorm.model:14
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 1152u; t += stride) {
    let rem = t % 1152u;
    let m0 = (rem / 16u) * 4u;
    let n0 = (rem % 16u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 15488u + opaque; k++) {
      let v0: u32 = k * 288u + m0;
      let v1: u32 = (v0 % 288u);
      let v2: i32 = i32(((v0 / 3168u) % 11u) * 1u + (v1 / 96u)) - 0i;
      let v3: i32 = i32(((v0 / 288u) % 11u) * 1u + ((v1 / 32u) % 3u)) - 0i;
      let v4: u32 = (v0 / 34848u) * 5408u + u32(clamp(v2, 0i, 12i)) * 416u + u32(clamp(v3, 0i, 12i)) * 32u + (v1 % 32u);
      let v5: f32 = work[64u + (v4 / 5408u) * 5408u + ((v4 / 416u) % 13u) * 416u + ((v4 / 32u) % 13u) * 32u + (v4 % 32u)];
      let v6: f32 = select(0.0f, v5, v2 >= 0i && v2 < 13i && v3 >= 0i && v3 < 13i);
      let v7: u32 = k * 288u + min(m0 + 1u, 287u);
      let v8: u32 = (v7 % 288u);
      let v9: i32 = i32(((v7 / 3168u) % 11u) * 1u + (v8 / 96u)) - 0i;
      let v10: i32 = i32(((v7 / 288u) % 11u) * 1u + ((v8 / 32u) % 3u)) - 0i;
      let v11: u32 = (v7 / 34848u) * 5408u + u32(clamp(v9, 0i, 12i)) * 416u + u32(clamp(v10, 0i, 12i)) * 32u + (v8 % 32u);
      let v12: f32 = work[64u + (v11 / 5408u) * 5408u + ((v11 / 416u) % 13u) * 416u + ((v11 / 32u) % 13u) * 32u + (v11 % 32u)];
      let v13: f32 = select(0.0f, v12, v9 >= 0i && v9 < 13i && v10 >= 0i && v10 < 13i);
      let v14: u32 = k * 288u + min(m0 + 2u, 287u);
      let v15: u32 = (v14 % 288u);
      let v16: i32 = i32(((v14 / 3168u) % 11u) * 1u + (v15 / 96u)) - 0i;
      let v17: i32 = i32(((v14 / 288u) % 11u) * 1u + ((v15 / 32u) % 3u)) - 0i;
      let v18: u32 = (v14 / 34848u) * 5408u + u32(clamp(v16, 0i, 12i)) * 416u + u32(clamp(v17, 0i, 12i)) * 32u + (v15 % 32u);
      let v19: f32 = work[64u + (v18 / 5408u) * 5408u + ((v18 / 416u) % 13u) * 416u + ((v18 / 32u) % 13u) * 32u + (v18 % 32u)];
      let v20: f32 = select(0.0f, v19, v16 >= 0i && v16 < 13i && v17 >= 0i && v17 < 13i);
      let v21: u32 = k * 288u + min(m0 + 3u, 287u);
      let v22: u32 = (v21 % 288u);
      let v23: i32 = i32(((v21 / 3168u) % 11u) * 1u + (v22 / 96u)) - 0i;
      let v24: i32 = i32(((v21 / 288u) % 11u) * 1u + ((v22 / 32u) % 3u)) - 0i;
      let v25: u32 = (v21 / 34848u) * 5408u + u32(clamp(v23, 0i, 12i)) * 416u + u32(clamp(v24, 0i, 12i)) * 32u + (v22 % 32u);
      let v26: f32 = work[64u + (v25 / 5408u) * 5408u + ((v25 / 416u) % 13u) * 416u + ((v25 / 32u) % 13u) * 32u + (v25 % 32u)];
      let v27: f32 = select(0.0f, v26, v23 >= 0i && v23 < 13i && v24 >= 0i && v24 < 13i);
      let v28: u32 = k * 64u + n0;
      let v29: f32 = work[13844516u + (v28 / 7744u) * 7744u + ((v28 / 704u) % 11u) * 704u + ((v28 / 64u) % 11u) * 64u + (v28 % 64u)];
      let v30: u32 = k * 64u + min(n0 + 1u, 63u);
      let v31: f32 = work[13844516u + (v30 / 7744u) * 7744u + ((v30 / 704u) % 11u) * 704u + ((v30 / 64u) % 11u) * 64u + (v30 % 64u)];
      let v32: u32 = k * 64u + min(n0 + 2u, 63u);
      let v33: f32 = work[13844516u + (v32 / 7744u) * 7744u + ((v32 / 704u) % 11u) * 704u + ((v32 / 64u) % 11u) * 64u + (v32 % 64u)];
      let v34: u32 = k * 64u + min(n0 + 3u, 63u);
      let v35: f32 = work[13844516u + (v34 / 7744u) * 7744u + ((v34 / 704u) % 11u) * 704u + ((v34 / 64u) % 11u) * 64u + (v34 % 64u)];
      acc_0_0 = fma(v6, v29, acc_0_0);
      acc_0_1 = fma(v6, v31, acc_0_1);
      acc_0_2 = fma(v6, v33, acc_0_2);
      acc_0_3 = fma(v6, v35, acc_0_3);
      acc_1_0 = fma(v13, v29, acc_1_0);
      acc_1_1 = fma(v13, v31, acc_1_1);
      acc_1_2 = fma(v13, v33, acc_1_2);
      acc_1_3 = fma(v13, v35, acc_1_3);
      acc_2_0 = fma(v20, v29, acc_2_0);
      acc_2_1 = fma(v20, v31, acc_2_1);
      acc_2_2 = fma(v20, v33, acc_2_2);
      acc_2_3 = fma(v20, v35, acc_2_3);
      acc_3_0 = fma(v27, v29, acc_3_0);
      acc_3_1 = fma(v27, v31, acc_3_1);
      acc_3_2 = fma(v27, v33, acc_3_2);
      acc_3_3 = fma(v27, v35, acc_3_3);
    }
    if (m0 + 0u < 288u && n0 + 0u < 64u) {
      work[1384580u + m0 * 64u + n0] = acc_0_0;
    }
    if (m0 + 0u < 288u && n0 + 1u < 64u) {
      work[1384580u + m0 * 64u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 288u && n0 + 2u < 64u) {
      work[1384580u + m0 * 64u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 288u && n0 + 3u < 64u) {
      work[1384580u + m0 * 64u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 288u && n0 + 0u < 64u) {
      work[1384580u + (m0 + 1u) * 64u + n0] = acc_1_0;
    }
    if (m0 + 1u < 288u && n0 + 1u < 64u) {
      work[1384580u + (m0 + 1u) * 64u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 288u && n0 + 2u < 64u) {
      work[1384580u + (m0 + 1u) * 64u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 288u && n0 + 3u < 64u) {
      work[1384580u + (m0 + 1u) * 64u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 288u && n0 + 0u < 64u) {
      work[1384580u + (m0 + 2u) * 64u + n0] = acc_2_0;
    }
    if (m0 + 2u < 288u && n0 + 1u < 64u) {
      work[1384580u + (m0 + 2u) * 64u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 288u && n0 + 2u < 64u) {
      work[1384580u + (m0 + 2u) * 64u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 288u && n0 + 3u < 64u) {
      work[1384580u + (m0 + 2u) * 64u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 288u && n0 + 0u < 64u) {
      work[1384580u + (m0 + 3u) * 64u + n0] = acc_3_0;
    }
    if (m0 + 3u < 288u && n0 + 1u < 64u) {
      work[1384580u + (m0 + 3u) * 64u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 288u && n0 + 2u < 64u) {
      work[1384580u + (m0 + 3u) * 64u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 288u && n0 + 3u < 64u) {
      work[1384580u + (m0 + 3u) * 64u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- c2_conv2d_grad_col2im (elementwise, 4096 workgroups, train_step.033.c2_conv2d_grad_col2im.wgsl) from specs/cnn-batchnorm.model:15
// c2_conv2d_grad_col2im: elementwise kernel (mdlc)
// from specs/cnn-batchnorm.model:15
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var i = gid.x; i < 692224u; i += stride) {
    var acc0: f32 = 0.0f;
    for (var ky: i32 = 0i; ky < 3i; ky++) {
      let v1: i32 = i32(((i / 416u) % 13u)) + 0i - ky;
      if (v1 >= 0i && v1 % 1i == 0i && v1 / 1i < 11i) {
        for (var kx: i32 = 0i; kx < 3i; kx++) {
          let v2: i32 = i32(((i / 32u) % 13u)) + 0i - kx;
          if (v2 >= 0i && v2 % 1i == 0i && v2 / 1i < 11i) {
            let v3: u32 = (i / 5408u) * 34848u + u32(v1 / 1i) * 3168u + u32(v2 / 1i) * 288u + u32(ky * 3i + kx) * 32u + (i % 32u);
            let v4: f32 = work[20439076u + (v3 / 288u) * 288u + (v3 % 288u)];
            acc0 += v4;
          }
        }
      }
    }
    work[64u + (i / 5408u) * 5408u + ((i / 416u) % 13u) * 416u + ((i / 32u) % 13u) * 32u + (i % 32u)] = acc0;
  }
}
// ---- c1_batch_norm_grad_div (elementwise, 4096 workgroups, train_step.034.c1_batch_norm_grad_div.wgsl) from specs/cnn-batchnorm.model:13, specs/cnn-batchnorm.model:14
// c1_batch_norm_grad_div: elementwise kernel (mdlc)
// from specs/cnn-batchnorm.model:13, specs/cnn-batchnorm.model:14
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var i = gid.x; i < 2768896u; i += stride) {
    var acc0: f32 = 0.0f;
    for (var ky: i32 = 0i; ky < 2i; ky++) {
      let v1: i32 = i32(((i / 832u) % 26u)) + 0i - ky;
      if (v1 >= 0i && v1 % 2i == 0i && v1 / 2i < 13i) {
        for (var kx: i32 = 0i; kx < 2i; kx++) {
          let v2: i32 = i32(((i / 32u) % 26u)) + 0i - kx;
          if (v2 >= 0i && v2 % 2i == 0i && v2 / 2i < 13i) {
            let v3: u32 = (i / 21632u) * 21632u + u32(v1 / 2i) * 1664u + u32(v2 / 2i) * 128u + u32(ky * 2i + kx) * 32u + (i % 32u);
            let v4: u32 = (v3 / 21632u) * 5408u + ((v3 / 1664u) % 13u) * 416u + ((v3 / 128u) % 13u) * 32u + (v3 % 32u);
            let v5: f32 = work[64u + (v4 / 5408u) * 5408u + ((v4 / 416u) % 13u) * 416u + ((v4 / 32u) % 13u) * 32u + (v4 % 32u)];
            let v6: f32 = (v5 / work[692292u + (v3 / 21632u) * 5408u + ((v3 / 1664u) % 13u) * 416u + ((v3 / 128u) % 13u) * 32u + (v3 % 32u)]);
            let v7: f32 = (work[11075620u + (v3 / 21632u) * 21632u + ((v3 / 1664u) % 13u) * 1664u + ((v3 / 128u) % 13u) * 128u + ((v3 / 32u) % 4u) * 32u + (v3 % 32u)] * v6);
            acc0 += v7;
          }
        }
      }
    }
    let v8: f32 = select(0.0f, 1.0f, 0.0f < work[8306724u + (i / 21632u) * 21632u + ((i / 832u) % 26u) * 832u + ((i / 32u) % 26u) * 32u + (i % 32u)]);
    let v9: f32 = (acc0 * v8);
    work[13844516u + (i / 21632u) * 21632u + ((i / 832u) % 26u) * 832u + ((i / 32u) % 26u) * 32u + (i % 32u)] = v9;
    let v10: u32 = (i % 32u);
    let v11: f32 = params[288u + v10];
    let v12: f32 = (v9 * v11);
    work[17465380u + (i / 21632u) * 21632u + ((i / 832u) % 26u) * 832u + ((i / 32u) % 26u) * 32u + (i % 32u)] = v12;
    let v13: f32 = (v12 / work[32u + (i % 32u)]);
    work[20234276u + (i / 21632u) * 21632u + ((i / 832u) % 26u) * 832u + ((i / 32u) % 26u) * 32u + (i % 32u)] = v13;
  }
}
// ---- c1_batch_norm_grad_sum (reduce, 1 workgroups, train_step.035.c1_batch_norm_grad_sum.wgsl) from specs/cnn-batchnorm.model:13
// c1_batch_norm_grad_sum: reduce kernel (mdlc)
// from specs/cnn-batchnorm.model:13
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 32u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 86528u + opaque; j++) {
      acc0 += work[13844516u + (j / 676u) * 21632u + ((j / 26u) % 26u) * 832u + (j % 26u) * 32u + r];
    }
    work[64u + r] = acc0;
  }
}
// ---- c1_batch_norm_grad_sum_1 (reduce, 1 workgroups, train_step.036.c1_batch_norm_grad_sum_1.wgsl) from specs/cnn-batchnorm.model:13
// c1_batch_norm_grad_sum_1: reduce kernel (mdlc)
// from specs/cnn-batchnorm.model:13
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 32u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 86528u + opaque; j++) {
      let v2: f32 = (work[13844516u + (j / 676u) * 21632u + ((j / 26u) % 26u) * 832u + (j % 26u) * 32u + r] * work[5537828u + (j / 676u) * 21632u + ((j / 26u) % 26u) * 832u + (j % 26u) * 32u + r]);
      acc0 += v2;
    }
    work[96u + r] = acc0;
  }
}
// ---- c1_batch_norm_grad_sum_2 (reduce, 1 workgroups, train_step.037.c1_batch_norm_grad_sum_2.wgsl) from specs/cnn-batchnorm.model:13
// c1_batch_norm_grad_sum_2: reduce kernel (mdlc)
// from specs/cnn-batchnorm.model:13
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 32u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 86528u + opaque; j++) {
      let v2: f32 = (work[17465380u + (j / 676u) * 21632u + ((j / 26u) % 26u) * 832u + (j % 26u) * 32u + r] * work[5537828u + (j / 676u) * 21632u + ((j / 26u) % 26u) * 832u + (j % 26u) * 32u + r]);
      let v3: f32 = (v2 / work[32u + r]);
      let v4: f32 = (-v3);
      acc0 += v4;
    }
    work[128u + r] = acc0;
  }
}
// ---- c1_batch_norm_grad_sum_3 (reduce, 1 workgroups, train_step.038.c1_batch_norm_grad_sum_3.wgsl) from specs/cnn-batchnorm.model:13
// c1_batch_norm_grad_sum_3: reduce kernel (mdlc)
// from specs/cnn-batchnorm.model:13
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 32u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 86528u + opaque; j++) {
      let v2: f32 = (-work[20234276u + (j / 676u) * 21632u + ((j / 26u) % 26u) * 832u + (j % 26u) * 32u + r]);
      acc0 += v2;
    }
    work[160u + r] = acc0;
  }
}
// ---- c1_batch_norm_grad_add (elementwise, 4096 workgroups, train_step.039.c1_batch_norm_grad_add.wgsl) from specs/cnn-batchnorm.model:13, specs/cnn-batchnorm.model:15
// c1_batch_norm_grad_add: elementwise kernel (mdlc)
// from specs/cnn-batchnorm.model:13, specs/cnn-batchnorm.model:15
@group(0) @binding(2) var<storage, read> data: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var i = gid.x; i < 2768896u; i += stride) {
    let v0: u32 = (i / 21632u);
    let v1: f32 = select(0.0f, 1.0f, 0.0f < data[100480u + v0]);
    let v2: f32 = (work[128u + (i % 32u)] * 0.5f);
    let v3: f32 = (v2 / work[32u + (i % 32u)]);
    let v4: f32 = work[2768896u];
    let v5: f32 = (v4 * 676.0f);
    let v6: f32 = max(v5, 1.0f);
    let v7: f32 = (v3 / v6);
    let v8: f32 = select(0.0f, v7, v1 != 0.0f);
    let v9: f32 = (v8 * work[2768932u + (i / 21632u) * 21632u + ((i / 832u) % 26u) * 832u + ((i / 32u) % 26u) * 32u + (i % 32u)]);
    let v10: f32 = (v9 + v9);
    work[5537828u + (i / 21632u) * 21632u + ((i / 832u) % 26u) * 832u + ((i / 32u) % 26u) * 32u + (i % 32u)] = v10;
  }
}
// ---- c1_batch_norm_grad_sum_4 (reduce, 1 workgroups, train_step.040.c1_batch_norm_grad_sum_4.wgsl) from specs/cnn-batchnorm.model:13
// c1_batch_norm_grad_sum_4: reduce kernel (mdlc)
// from specs/cnn-batchnorm.model:13
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 32u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 86528u + opaque; j++) {
      let v2: f32 = (-work[5537828u + (j / 676u) * 21632u + ((j / 26u) % 26u) * 832u + (j % 26u) * 32u + r]);
      acc0 += v2;
    }
    work[24u + r] = acc0;
  }
}
// ---- c1_conv2d_grad_add (elementwise, 4096 workgroups, train_step.041.c1_conv2d_grad_add.wgsl) from specs/cnn-batchnorm.model:13
// c1_conv2d_grad_add: elementwise kernel (mdlc)
// from specs/cnn-batchnorm.model:13
@group(0) @binding(2) var<storage, read> data: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var i = gid.x; i < 2768896u; i += stride) {
    let v0: f32 = (work[20234276u + (i / 21632u) * 21632u + ((i / 832u) % 26u) * 832u + ((i / 32u) % 26u) * 32u + (i % 32u)] + work[5537828u + (i / 21632u) * 21632u + ((i / 832u) % 26u) * 832u + ((i / 32u) % 26u) * 32u + (i % 32u)]);
    let v1: u32 = (i / 21632u);
    let v2: f32 = select(0.0f, 1.0f, 0.0f < data[100480u + v1]);
    let v3: f32 = (work[160u + (i % 32u)] + work[24u + (i % 32u)]);
    let v4: f32 = work[2768896u];
    let v5: f32 = (v4 * 676.0f);
    let v6: f32 = max(v5, 1.0f);
    let v7: f32 = (v3 / v6);
    let v8: f32 = select(0.0f, v7, v2 != 0.0f);
    let v9: f32 = (v0 + v8);
    work[2768900u + (i / 21632u) * 21632u + ((i / 832u) % 26u) * 832u + ((i / 32u) % 26u) * 32u + (i % 32u)] = v9;
  }
}
// ---- c1_conv2d_grad_matmul (matmul, 1 workgroups, train_step.042.c1_conv2d_grad_matmul.wgsl) from specs/cnn-batchnorm.model:13, specs/cnn-batchnorm.model:12
// c1_conv2d_grad_matmul: matmul kernel (mdlc)
// from specs/cnn-batchnorm.model:13, specs/cnn-batchnorm.model:12
@group(0) @binding(1) var<storage, read_write> state: array<f32>;
@group(0) @binding(2) var<storage, read> data: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s0_v0: f32 = (state[0u] + 1.0f);
      state[0u] = s0_v0;
    }
  }
  for (var t = gid.x; t < 24u; t += stride) {
    let rem = t % 24u;
    let m0 = (rem / 8u) * 4u;
    let n0 = (rem % 8u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 86528u + opaque; k++) {
      let v0: u32 = k * 9u + m0;
      let v1: u32 = (v0 % 9u);
      let v2: i32 = i32(((v0 / 234u) % 26u) * 1u + (v1 / 3u)) - 0i;
      let v3: i32 = i32(((v0 / 9u) % 26u) * 1u + ((v1 / 1u) % 3u)) - 0i;
      let v4: u32 = (v0 / 6084u) * 784u + u32(clamp(v2, 0i, 27i)) * 28u + u32(clamp(v3, 0i, 27i));
      let v5: f32 = data[(v4 / 784u) * 784u + (v4 % 784u)];
      let v6: f32 = select(0.0f, v5, v2 >= 0i && v2 < 28i && v3 >= 0i && v3 < 28i);
      let v7: u32 = k * 9u + min(m0 + 1u, 8u);
      let v8: u32 = (v7 % 9u);
      let v9: i32 = i32(((v7 / 234u) % 26u) * 1u + (v8 / 3u)) - 0i;
      let v10: i32 = i32(((v7 / 9u) % 26u) * 1u + ((v8 / 1u) % 3u)) - 0i;
      let v11: u32 = (v7 / 6084u) * 784u + u32(clamp(v9, 0i, 27i)) * 28u + u32(clamp(v10, 0i, 27i));
      let v12: f32 = data[(v11 / 784u) * 784u + (v11 % 784u)];
      let v13: f32 = select(0.0f, v12, v9 >= 0i && v9 < 28i && v10 >= 0i && v10 < 28i);
      let v14: u32 = k * 9u + min(m0 + 2u, 8u);
      let v15: u32 = (v14 % 9u);
      let v16: i32 = i32(((v14 / 234u) % 26u) * 1u + (v15 / 3u)) - 0i;
      let v17: i32 = i32(((v14 / 9u) % 26u) * 1u + ((v15 / 1u) % 3u)) - 0i;
      let v18: u32 = (v14 / 6084u) * 784u + u32(clamp(v16, 0i, 27i)) * 28u + u32(clamp(v17, 0i, 27i));
      let v19: f32 = data[(v18 / 784u) * 784u + (v18 % 784u)];
      let v20: f32 = select(0.0f, v19, v16 >= 0i && v16 < 28i && v17 >= 0i && v17 < 28i);
      let v21: u32 = k * 9u + min(m0 + 3u, 8u);
      let v22: u32 = (v21 % 9u);
      let v23: i32 = i32(((v21 / 234u) % 26u) * 1u + (v22 / 3u)) - 0i;
      let v24: i32 = i32(((v21 / 9u) % 26u) * 1u + ((v22 / 1u) % 3u)) - 0i;
      let v25: u32 = (v21 / 6084u) * 784u + u32(clamp(v23, 0i, 27i)) * 28u + u32(clamp(v24, 0i, 27i));
      let v26: f32 = data[(v25 / 784u) * 784u + (v25 % 784u)];
      let v27: f32 = select(0.0f, v26, v23 >= 0i && v23 < 28i && v24 >= 0i && v24 < 28i);
      let v28: u32 = k * 32u + n0;
      let v29: f32 = work[2768900u + (v28 / 21632u) * 21632u + ((v28 / 832u) % 26u) * 832u + ((v28 / 32u) % 26u) * 32u + (v28 % 32u)];
      let v30: u32 = k * 32u + min(n0 + 1u, 31u);
      let v31: f32 = work[2768900u + (v30 / 21632u) * 21632u + ((v30 / 832u) % 26u) * 832u + ((v30 / 32u) % 26u) * 32u + (v30 % 32u)];
      let v32: u32 = k * 32u + min(n0 + 2u, 31u);
      let v33: f32 = work[2768900u + (v32 / 21632u) * 21632u + ((v32 / 832u) % 26u) * 832u + ((v32 / 32u) % 26u) * 32u + (v32 % 32u)];
      let v34: u32 = k * 32u + min(n0 + 3u, 31u);
      let v35: f32 = work[2768900u + (v34 / 21632u) * 21632u + ((v34 / 832u) % 26u) * 832u + ((v34 / 32u) % 26u) * 32u + (v34 % 32u)];
      acc_0_0 = fma(v6, v29, acc_0_0);
      acc_0_1 = fma(v6, v31, acc_0_1);
      acc_0_2 = fma(v6, v33, acc_0_2);
      acc_0_3 = fma(v6, v35, acc_0_3);
      acc_1_0 = fma(v13, v29, acc_1_0);
      acc_1_1 = fma(v13, v31, acc_1_1);
      acc_1_2 = fma(v13, v33, acc_1_2);
      acc_1_3 = fma(v13, v35, acc_1_3);
      acc_2_0 = fma(v20, v29, acc_2_0);
      acc_2_1 = fma(v20, v31, acc_2_1);
      acc_2_2 = fma(v20, v33, acc_2_2);
      acc_2_3 = fma(v20, v35, acc_2_3);
      acc_3_0 = fma(v27, v29, acc_3_0);
      acc_3_1 = fma(v27, v31, acc_3_1);
      acc_3_2 = fma(v27, v33, acc_3_2);
      acc_3_3 = fma(v27, v35, acc_3_3);
    }
    if (m0 + 0u < 9u && n0 + 0u < 32u) {
      work[128u + m0 * 32u + n0] = acc_0_0;
    }
    if (m0 + 0u < 9u && n0 + 1u < 32u) {
      work[128u + m0 * 32u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 9u && n0 + 2u < 32u) {
      work[128u + m0 * 32u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 9u && n0 + 3u < 32u) {
      work[128u + m0 * 32u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 9u && n0 + 0u < 32u) {
      work[128u + (m0 + 1u) * 32u + n0] = acc_1_0;
    }
    if (m0 + 1u < 9u && n0 + 1u < 32u) {
      work[128u + (m0 + 1u) * 32u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 9u && n0 + 2u < 32u) {
      work[128u + (m0 + 1u) * 32u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 9u && n0 + 3u < 32u) {
      work[128u + (m0 + 1u) * 32u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 9u && n0 + 0u < 32u) {
      work[128u + (m0 + 2u) * 32u + n0] = acc_2_0;
    }
    if (m0 + 2u < 9u && n0 + 1u < 32u) {
      work[128u + (m0 + 2u) * 32u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 9u && n0 + 2u < 32u) {
      work[128u + (m0 + 2u) * 32u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 9u && n0 + 3u < 32u) {
      work[128u + (m0 + 2u) * 32u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 9u && n0 + 0u < 32u) {
      work[128u + (m0 + 3u) * 32u + n0] = acc_3_0;
    }
    if (m0 + 3u < 9u && n0 + 1u < 32u) {
      work[128u + (m0 + 3u) * 32u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 9u && n0 + 2u < 32u) {
      work[128u + (m0 + 3u) * 32u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 9u && n0 + 3u < 32u) {
      work[128u + (m0 + 3u) * 32u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- optimizer_sub (elementwise, 3518 workgroups, train_step.043.optimizer_sub.wgsl) from specs/cnn-batchnorm.model:23, specs/cnn-batchnorm.model:13, specs/cnn-batchnorm.model:15, specs/cnn-batchnorm.model:19, specs/cnn-batchnorm.model:20
// optimizer_sub: elementwise kernel (mdlc)
// from specs/cnn-batchnorm.model:23, specs/cnn-batchnorm.model:13, specs/cnn-batchnorm.model:15, specs/cnn-batchnorm.model:19, specs/cnn-batchnorm.model:20
@group(0) @binding(0) var<storage, read_write> params: array<f32>;
@group(0) @binding(1) var<storage, read_write> state: array<f32>;
@group(0) @binding(3) var<storage, read> work: array<f32>;
var<private> base0: array<u32, 10> = array<u32, 10>(288u, 0u, 320u, 352u, 18784u, 18848u, 18912u, 223712u, 223840u, 225120u);
var<private> base1: array<u32, 10> = array<u32, 10>(96u, 128u, 64u, 1384580u, 2375876u, 1384516u, 17260580u, 2393540u, 2392260u, 12u);
var<private> base2: array<u32, 10> = array<u32, 10>(812u, 236u, 876u, 940u, 37804u, 37932u, 38060u, 447660u, 447916u, 450476u);
var<private> base3: array<u32, 10> = array<u32, 10>(812u, 236u, 876u, 940u, 37804u, 37932u, 38060u, 447660u, 447916u, 450476u);
var<private> base4: array<u32, 10> = array<u32, 10>(844u, 524u, 908u, 19372u, 37868u, 37996u, 242860u, 447788u, 449196u, 450488u);
var<private> base5: array<u32, 10> = array<u32, 10>(844u, 524u, 908u, 19372u, 37868u, 37996u, 242860u, 447788u, 449196u, 450488u);
var<private> base6: array<u32, 10> = array<u32, 10>(288u, 0u, 320u, 352u, 18784u, 18848u, 18912u, 223712u, 223840u, 225120u);

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var i = gid.x; i < 225130u; i += stride) {
    var seg = 0u;
    if (i >= 32u) { seg = 1u; }
    if (i >= 320u) { seg = 2u; }
    if (i >= 352u) { seg = 3u; }
    if (i >= 18784u) { seg = 4u; }
    if (i >= 18848u) { seg = 5u; }
    if (i >= 18912u) { seg = 6u; }
    if (i >= 223712u) { seg = 7u; }
    if (i >= 223840u) { seg = 8u; }
    if (i >= 225120u) { seg = 9u; }
    var starts = array<u32, 10>(0u, 32u, 320u, 352u, 18784u, 18848u, 18912u, 223712u, 223840u, 225120u);
    let j = i - starts[seg];
    let v0: f32 = (state[base2[seg] + j] * 0.8999999761581421f);
    let v1: f32 = (work[base1[seg] + j] * 0.10000000149011612f);
    let v2: f32 = (v0 + v1);
    state[base3[seg] + j] = v2;
    let v3: f32 = (state[base4[seg] + j] * 0.9990000128746033f);
    let v4: f32 = (work[base1[seg] + j] * work[base1[seg] + j]);
    let v5: f32 = (v4 * 0.0010000000474974513f);
    let v6: f32 = (v3 + v5);
    state[base5[seg] + j] = v6;
    let v7: f32 = (state[0u] * (-0.10536051541566849f));
    let v8: f32 = abs(v7);
    let v9: f32 = select(0.0f, 1.0f, v8 < 0.10000000149011612f);
    let v10: f32 = (0.008333333767950535f * v7);
    let v11: f32 = (v10 + 0.0416666679084301f);
    let v12: f32 = (v11 * v7);
    let v13: f32 = (v12 + 0.1666666716337204f);
    let v14: f32 = (v13 * v7);
    let v15: f32 = (v14 + 0.5f);
    let v16: f32 = (v15 * v7);
    let v17: f32 = (v16 + 1.0f);
    let v18: f32 = (v7 * v17);
    let v19: f32 = (-v18);
    let v20: f32 = exp(v7);
    let v21: f32 = (1.0f - v20);
    let v22: f32 = select(v21, v19, v9 != 0.0f);
    let v23: f32 = (v2 / v22);
    let v24: f32 = (state[0u] * (-0.0010005002841353416f));
    let v25: f32 = abs(v24);
    let v26: f32 = select(0.0f, 1.0f, v25 < 0.10000000149011612f);
    let v27: f32 = (0.008333333767950535f * v24);
    let v28: f32 = (v27 + 0.0416666679084301f);
    let v29: f32 = (v28 * v24);
    let v30: f32 = (v29 + 0.1666666716337204f);
    let v31: f32 = (v30 * v24);
    let v32: f32 = (v31 + 0.5f);
    let v33: f32 = (v32 * v24);
    let v34: f32 = (v33 + 1.0f);
    let v35: f32 = (v24 * v34);
    let v36: f32 = (-v35);
    let v37: f32 = exp(v24);
    let v38: f32 = (1.0f - v37);
    let v39: f32 = select(v38, v36, v26 != 0.0f);
    let v40: f32 = (v6 / v39);
    let v41: f32 = sqrt(v40);
    let v42: f32 = (v41 + 1.0000000116860974e-7f);
    let v43: f32 = (v23 / v42);
    let v44: f32 = (0.0010000000474974513f * v43);
    let v45: f32 = (params[base0[seg] + j] - v44);
    params[base6[seg] + j] = v45;
  }
}
// ==== eval_step: 8 kernels
// ---- c1_conv2d_matmul (matmul, 2704 workgroups, eval_step.000.c1_conv2d_matmul.wgsl) from specs/cnn-batchnorm.model:13, specs/cnn-batchnorm.model:12
// c1_conv2d_matmul: matmul kernel (mdlc)
// from specs/cnn-batchnorm.model:13, specs/cnn-batchnorm.model:12
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(2) var<storage, read> data: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 173056u; t += stride) {
    let rem = t % 173056u;
    let m0 = (rem / 8u) * 4u;
    let n0 = (rem % 8u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 9u + opaque; k++) {
      let v0: u32 = m0 * 9u + k;
      let v1: u32 = (v0 % 9u);
      let v2: i32 = i32(((v0 / 234u) % 26u) * 1u + (v1 / 3u)) - 0i;
      let v3: i32 = i32(((v0 / 9u) % 26u) * 1u + ((v1 / 1u) % 3u)) - 0i;
      let v4: u32 = (v0 / 6084u) * 784u + u32(clamp(v2, 0i, 27i)) * 28u + u32(clamp(v3, 0i, 27i));
      let v5: f32 = data[(v4 / 784u) * 784u + (v4 % 784u)];
      let v6: f32 = select(0.0f, v5, v2 >= 0i && v2 < 28i && v3 >= 0i && v3 < 28i);
      let v7: u32 = min(m0 + 1u, 86527u) * 9u + k;
      let v8: u32 = (v7 % 9u);
      let v9: i32 = i32(((v7 / 234u) % 26u) * 1u + (v8 / 3u)) - 0i;
      let v10: i32 = i32(((v7 / 9u) % 26u) * 1u + ((v8 / 1u) % 3u)) - 0i;
      let v11: u32 = (v7 / 6084u) * 784u + u32(clamp(v9, 0i, 27i)) * 28u + u32(clamp(v10, 0i, 27i));
      let v12: f32 = data[(v11 / 784u) * 784u + (v11 % 784u)];
      let v13: f32 = select(0.0f, v12, v9 >= 0i && v9 < 28i && v10 >= 0i && v10 < 28i);
      let v14: u32 = min(m0 + 2u, 86527u) * 9u + k;
      let v15: u32 = (v14 % 9u);
      let v16: i32 = i32(((v14 / 234u) % 26u) * 1u + (v15 / 3u)) - 0i;
      let v17: i32 = i32(((v14 / 9u) % 26u) * 1u + ((v15 / 1u) % 3u)) - 0i;
      let v18: u32 = (v14 / 6084u) * 784u + u32(clamp(v16, 0i, 27i)) * 28u + u32(clamp(v17, 0i, 27i));
      let v19: f32 = data[(v18 / 784u) * 784u + (v18 % 784u)];
      let v20: f32 = select(0.0f, v19, v16 >= 0i && v16 < 28i && v17 >= 0i && v17 < 28i);
      let v21: u32 = min(m0 + 3u, 86527u) * 9u + k;
      let v22: u32 = (v21 % 9u);
      let v23: i32 = i32(((v21 / 234u) % 26u) * 1u + (v22 / 3u)) - 0i;
      let v24: i32 = i32(((v21 / 9u) % 26u) * 1u + ((v22 / 1u) % 3u)) - 0i;
      let v25: u32 = (v21 / 6084u) * 784u + u32(clamp(v23, 0i, 27i)) * 28u + u32(clamp(v24, 0i, 27i));
      let v26: f32 = data[(v25 / 784u) * 784u + (v25 % 784u)];
      let v27: f32 = select(0.0f, v26, v23 >= 0i && v23 < 28i && v24 >= 0i && v24 < 28i);
      let v28: u32 = k * 32u + n0;
      let v29: f32 = params[(v28 / 96u) * 96u + ((v28 / 32u) % 3u) * 32u + (v28 % 32u)];
      let v30: u32 = k * 32u + min(n0 + 1u, 31u);
      let v31: f32 = params[(v30 / 96u) * 96u + ((v30 / 32u) % 3u) * 32u + (v30 % 32u)];
      let v32: u32 = k * 32u + min(n0 + 2u, 31u);
      let v33: f32 = params[(v32 / 96u) * 96u + ((v32 / 32u) % 3u) * 32u + (v32 % 32u)];
      let v34: u32 = k * 32u + min(n0 + 3u, 31u);
      let v35: f32 = params[(v34 / 96u) * 96u + ((v34 / 32u) % 3u) * 32u + (v34 % 32u)];
      acc_0_0 = fma(v6, v29, acc_0_0);
      acc_0_1 = fma(v6, v31, acc_0_1);
      acc_0_2 = fma(v6, v33, acc_0_2);
      acc_0_3 = fma(v6, v35, acc_0_3);
      acc_1_0 = fma(v13, v29, acc_1_0);
      acc_1_1 = fma(v13, v31, acc_1_1);
      acc_1_2 = fma(v13, v33, acc_1_2);
      acc_1_3 = fma(v13, v35, acc_1_3);
      acc_2_0 = fma(v20, v29, acc_2_0);
      acc_2_1 = fma(v20, v31, acc_2_1);
      acc_2_2 = fma(v20, v33, acc_2_2);
      acc_2_3 = fma(v20, v35, acc_2_3);
      acc_3_0 = fma(v27, v29, acc_3_0);
      acc_3_1 = fma(v27, v31, acc_3_1);
      acc_3_2 = fma(v27, v33, acc_3_2);
      acc_3_3 = fma(v27, v35, acc_3_3);
    }
    if (m0 + 0u < 86528u && n0 + 0u < 32u) {
      work[m0 * 32u + n0] = acc_0_0;
    }
    if (m0 + 0u < 86528u && n0 + 1u < 32u) {
      work[m0 * 32u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 86528u && n0 + 2u < 32u) {
      work[m0 * 32u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 86528u && n0 + 3u < 32u) {
      work[m0 * 32u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 86528u && n0 + 0u < 32u) {
      work[(m0 + 1u) * 32u + n0] = acc_1_0;
    }
    if (m0 + 1u < 86528u && n0 + 1u < 32u) {
      work[(m0 + 1u) * 32u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 86528u && n0 + 2u < 32u) {
      work[(m0 + 1u) * 32u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 86528u && n0 + 3u < 32u) {
      work[(m0 + 1u) * 32u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 86528u && n0 + 0u < 32u) {
      work[(m0 + 2u) * 32u + n0] = acc_2_0;
    }
    if (m0 + 2u < 86528u && n0 + 1u < 32u) {
      work[(m0 + 2u) * 32u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 86528u && n0 + 2u < 32u) {
      work[(m0 + 2u) * 32u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 86528u && n0 + 3u < 32u) {
      work[(m0 + 2u) * 32u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 86528u && n0 + 0u < 32u) {
      work[(m0 + 3u) * 32u + n0] = acc_3_0;
    }
    if (m0 + 3u < 86528u && n0 + 1u < 32u) {
      work[(m0 + 3u) * 32u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 86528u && n0 + 2u < 32u) {
      work[(m0 + 3u) * 32u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 86528u && n0 + 3u < 32u) {
      work[(m0 + 3u) * 32u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- p1_max (reduce, 4096 workgroups, eval_step.001.p1_max.wgsl) from specs/cnn-batchnorm.model:14, specs/cnn-batchnorm.model:13
// p1_max: reduce kernel (mdlc)
// from specs/cnn-batchnorm.model:14, specs/cnn-batchnorm.model:13
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(1) var<storage, read> state: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 692224u; r += stride) {
    var acc0: f32 = -3.4028234e38f;
    for (var j = 0u; j < 4u + opaque; j++) {
      let v2: u32 = (r / 5408u) * 21632u + ((r / 416u) % 13u) * 1664u + ((r / 32u) % 13u) * 128u + j * 32u + (r % 32u);
      let v3: u32 = (v2 % 128u);
      let v4: i32 = i32(((v2 / 1664u) % 13u) * 2u + (v3 / 64u)) - 0i;
      let v5: i32 = i32(((v2 / 128u) % 13u) * 2u + ((v3 / 32u) % 2u)) - 0i;
      let v6: u32 = (v2 / 21632u) * 21632u + u32(clamp(v4, 0i, 25i)) * 832u + u32(clamp(v5, 0i, 25i)) * 32u + (v3 % 32u);
      let v7: f32 = work[(v6 / 32u) * 32u + (v6 % 32u)];
      let v8: u32 = (v3 % 32u);
      let v9: f32 = state[4u + v8];
      let v10: f32 = (v7 - v9);
      let v11: u32 = (v3 % 32u);
      let v12: f32 = state[36u + v11];
      let v13: f32 = (v12 + 0.0010000000474974513f);
      let v14: f32 = sqrt(v13);
      let v15: f32 = (v10 / v14);
      let v16: u32 = (v3 % 32u);
      let v17: f32 = params[288u + v16];
      let v18: f32 = (v15 * v17);
      let v19: u32 = (v3 % 32u);
      let v20: f32 = params[320u + v19];
      let v21: f32 = (v18 + v20);
      let v22: f32 = max(v21, 0.0f);
      let v23: f32 = select((-3.0000000054977558e+38f), v22, v4 >= 0i && v4 < 26i && v5 >= 0i && v5 < 26i);
      acc0 = max(acc0, v23);
    }
    work[2768896u + (r / 5408u) * 5408u + ((r / 416u) % 13u) * 416u + ((r / 32u) % 13u) * 32u + (r % 32u)] = acc0;
  }
}
// ---- c2_conv2d_matmul (matmul, 968 workgroups, eval_step.002.c2_conv2d_matmul.wgsl) from specs/cnn-batchnorm.model:15, specs/cnn-batchnorm.model:14
// c2_conv2d_matmul: matmul kernel (mdlc)
// from specs/cnn-batchnorm.model:15, specs/cnn-batchnorm.model:14
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 61952u; t += stride) {
    let rem = t % 61952u;
    let m0 = (rem / 16u) * 4u;
    let n0 = (rem % 16u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 288u + opaque; k++) {
      let v0: u32 = m0 * 288u + k;
      let v1: u32 = (v0 % 288u);
      let v2: i32 = i32(((v0 / 3168u) % 11u) * 1u + (v1 / 96u)) - 0i;
      let v3: i32 = i32(((v0 / 288u) % 11u) * 1u + ((v1 / 32u) % 3u)) - 0i;
      let v4: u32 = (v0 / 34848u) * 5408u + u32(clamp(v2, 0i, 12i)) * 416u + u32(clamp(v3, 0i, 12i)) * 32u + (v1 % 32u);
      let v5: f32 = work[2768896u + (v4 / 5408u) * 5408u + ((v4 / 416u) % 13u) * 416u + ((v4 / 32u) % 13u) * 32u + (v4 % 32u)];
      let v6: f32 = select(0.0f, v5, v2 >= 0i && v2 < 13i && v3 >= 0i && v3 < 13i);
      let v7: u32 = min(m0 + 1u, 15487u) * 288u + k;
      let v8: u32 = (v7 % 288u);
      let v9: i32 = i32(((v7 / 3168u) % 11u) * 1u + (v8 / 96u)) - 0i;
      let v10: i32 = i32(((v7 / 288u) % 11u) * 1u + ((v8 / 32u) % 3u)) - 0i;
      let v11: u32 = (v7 / 34848u) * 5408u + u32(clamp(v9, 0i, 12i)) * 416u + u32(clamp(v10, 0i, 12i)) * 32u + (v8 % 32u);
      let v12: f32 = work[2768896u + (v11 / 5408u) * 5408u + ((v11 / 416u) % 13u) * 416u + ((v11 / 32u) % 13u) * 32u + (v11 % 32u)];
      let v13: f32 = select(0.0f, v12, v9 >= 0i && v9 < 13i && v10 >= 0i && v10 < 13i);
      let v14: u32 = min(m0 + 2u, 15487u) * 288u + k;
      let v15: u32 = (v14 % 288u);
      let v16: i32 = i32(((v14 / 3168u) % 11u) * 1u + (v15 / 96u)) - 0i;
      let v17: i32 = i32(((v14 / 288u) % 11u) * 1u + ((v15 / 32u) % 3u)) - 0i;
      let v18: u32 = (v14 / 34848u) * 5408u + u32(clamp(v16, 0i, 12i)) * 416u + u32(clamp(v17, 0i, 12i)) * 32u + (v15 % 32u);
      let v19: f32 = work[2768896u + (v18 / 5408u) * 5408u + ((v18 / 416u) % 13u) * 416u + ((v18 / 32u) % 13u) * 32u + (v18 % 32u)];
      let v20: f32 = select(0.0f, v19, v16 >= 0i && v16 < 13i && v17 >= 0i && v17 < 13i);
      let v21: u32 = min(m0 + 3u, 15487u) * 288u + k;
      let v22: u32 = (v21 % 288u);
      let v23: i32 = i32(((v21 / 3168u) % 11u) * 1u + (v22 / 96u)) - 0i;
      let v24: i32 = i32(((v21 / 288u) % 11u) * 1u + ((v22 / 32u) % 3u)) - 0i;
      let v25: u32 = (v21 / 34848u) * 5408u + u32(clamp(v23, 0i, 12i)) * 416u + u32(clamp(v24, 0i, 12i)) * 32u + (v22 % 32u);
      let v26: f32 = work[2768896u + (v25 / 5408u) * 5408u + ((v25 / 416u) % 13u) * 416u + ((v25 / 32u) % 13u) * 32u + (v25 % 32u)];
      let v27: f32 = select(0.0f, v26, v23 >= 0i && v23 < 13i && v24 >= 0i && v24 < 13i);
      let v28: u32 = k * 64u + n0;
      let v29: f32 = params[352u + (v28 / 6144u) * 6144u + ((v28 / 2048u) % 3u) * 2048u + ((v28 / 64u) % 32u) * 64u + (v28 % 64u)];
      let v30: u32 = k * 64u + min(n0 + 1u, 63u);
      let v31: f32 = params[352u + (v30 / 6144u) * 6144u + ((v30 / 2048u) % 3u) * 2048u + ((v30 / 64u) % 32u) * 64u + (v30 % 64u)];
      let v32: u32 = k * 64u + min(n0 + 2u, 63u);
      let v33: f32 = params[352u + (v32 / 6144u) * 6144u + ((v32 / 2048u) % 3u) * 2048u + ((v32 / 64u) % 32u) * 64u + (v32 % 64u)];
      let v34: u32 = k * 64u + min(n0 + 3u, 63u);
      let v35: f32 = params[352u + (v34 / 6144u) * 6144u + ((v34 / 2048u) % 3u) * 2048u + ((v34 / 64u) % 32u) * 64u + (v34 % 64u)];
      acc_0_0 = fma(v6, v29, acc_0_0);
      acc_0_1 = fma(v6, v31, acc_0_1);
      acc_0_2 = fma(v6, v33, acc_0_2);
      acc_0_3 = fma(v6, v35, acc_0_3);
      acc_1_0 = fma(v13, v29, acc_1_0);
      acc_1_1 = fma(v13, v31, acc_1_1);
      acc_1_2 = fma(v13, v33, acc_1_2);
      acc_1_3 = fma(v13, v35, acc_1_3);
      acc_2_0 = fma(v20, v29, acc_2_0);
      acc_2_1 = fma(v20, v31, acc_2_1);
      acc_2_2 = fma(v20, v33, acc_2_2);
      acc_2_3 = fma(v20, v35, acc_2_3);
      acc_3_0 = fma(v27, v29, acc_3_0);
      acc_3_1 = fma(v27, v31, acc_3_1);
      acc_3_2 = fma(v27, v33, acc_3_2);
      acc_3_3 = fma(v27, v35, acc_3_3);
    }
    if (m0 + 0u < 15488u && n0 + 0u < 64u) {
      work[m0 * 64u + n0] = acc_0_0;
    }
    if (m0 + 0u < 15488u && n0 + 1u < 64u) {
      work[m0 * 64u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 15488u && n0 + 2u < 64u) {
      work[m0 * 64u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 15488u && n0 + 3u < 64u) {
      work[m0 * 64u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 15488u && n0 + 0u < 64u) {
      work[(m0 + 1u) * 64u + n0] = acc_1_0;
    }
    if (m0 + 1u < 15488u && n0 + 1u < 64u) {
      work[(m0 + 1u) * 64u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 15488u && n0 + 2u < 64u) {
      work[(m0 + 1u) * 64u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 15488u && n0 + 3u < 64u) {
      work[(m0 + 1u) * 64u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 15488u && n0 + 0u < 64u) {
      work[(m0 + 2u) * 64u + n0] = acc_2_0;
    }
    if (m0 + 2u < 15488u && n0 + 1u < 64u) {
      work[(m0 + 2u) * 64u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 15488u && n0 + 2u < 64u) {
      work[(m0 + 2u) * 64u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 15488u && n0 + 3u < 64u) {
      work[(m0 + 2u) * 64u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 15488u && n0 + 0u < 64u) {
      work[(m0 + 3u) * 64u + n0] = acc_3_0;
    }
    if (m0 + 3u < 15488u && n0 + 1u < 64u) {
      work[(m0 + 3u) * 64u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 15488u && n0 + 2u < 64u) {
      work[(m0 + 3u) * 64u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 15488u && n0 + 3u < 64u) {
      work[(m0 + 3u) * 64u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- p2_max (reduce, 3200 workgroups, eval_step.003.p2_max.wgsl) from specs/cnn-batchnorm.model:16, specs/cnn-batchnorm.model:15, specs/cnn-batchnorm.model:13
// p2_max: reduce kernel (mdlc)
// from specs/cnn-batchnorm.model:16, specs/cnn-batchnorm.model:15, specs/cnn-batchnorm.model:13
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(1) var<storage, read> state: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 204800u; r += stride) {
    var acc0: f32 = -3.4028234e38f;
    for (var j = 0u; j < 4u + opaque; j++) {
      let v2: u32 = (r / 1600u) * 6400u + ((r / 320u) % 5u) * 1280u + ((r / 64u) % 5u) * 256u + j * 64u + (r % 64u);
      let v3: u32 = (v2 % 256u);
      let v4: i32 = i32(((v2 / 1280u) % 5u) * 2u + (v3 / 128u)) - 0i;
      let v5: i32 = i32(((v2 / 256u) % 5u) * 2u + ((v3 / 64u) % 2u)) - 0i;
      let v6: u32 = (v2 / 6400u) * 7744u + u32(clamp(v4, 0i, 10i)) * 704u + u32(clamp(v5, 0i, 10i)) * 64u + (v3 % 64u);
      let v7: f32 = work[(v6 / 64u) * 64u + (v6 % 64u)];
      let v8: u32 = (v3 % 64u);
      let v9: f32 = state[68u + v8];
      let v10: f32 = (v7 - v9);
      let v11: u32 = (v3 % 64u);
      let v12: f32 = state[132u + v11];
      let v13: f32 = (v12 + 0.0010000000474974513f);
      let v14: f32 = sqrt(v13);
      let v15: f32 = (v10 / v14);
      let v16: u32 = (v3 % 64u);
      let v17: f32 = params[18784u + v16];
      let v18: f32 = (v15 * v17);
      let v19: u32 = (v3 % 64u);
      let v20: f32 = params[18848u + v19];
      let v21: f32 = (v18 + v20);
      let v22: f32 = max(v21, 0.0f);
      let v23: f32 = select((-3.0000000054977558e+38f), v22, v4 >= 0i && v4 < 11i && v5 >= 0i && v5 < 11i);
      acc0 = max(acc0, v23);
    }
    work[991232u + (r / 1600u) * 1600u + ((r / 320u) % 5u) * 320u + ((r / 64u) % 5u) * 64u + (r % 64u)] = acc0;
  }
}
// ---- hidden_matmul (matmul, 16 workgroups, eval_step.004.hidden_matmul.wgsl) from specs/cnn-batchnorm.model:19, specs/cnn-batchnorm.model:17
// hidden_matmul: matmul kernel (mdlc)
// from specs/cnn-batchnorm.model:19, specs/cnn-batchnorm.model:17
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 1024u; t += stride) {
    let rem = t % 1024u;
    let m0 = (rem / 32u) * 4u;
    let n0 = (rem % 32u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 1600u + opaque; k++) {
      let v0: u32 = m0 * 1600u + k;
      let v1: f32 = work[991232u + (v0 / 1600u) * 1600u + ((v0 / 320u) % 5u) * 320u + ((v0 / 64u) % 5u) * 64u + (v0 % 64u)];
      let v2: u32 = min(m0 + 1u, 127u) * 1600u + k;
      let v3: f32 = work[991232u + (v2 / 1600u) * 1600u + ((v2 / 320u) % 5u) * 320u + ((v2 / 64u) % 5u) * 64u + (v2 % 64u)];
      let v4: u32 = min(m0 + 2u, 127u) * 1600u + k;
      let v5: f32 = work[991232u + (v4 / 1600u) * 1600u + ((v4 / 320u) % 5u) * 320u + ((v4 / 64u) % 5u) * 64u + (v4 % 64u)];
      let v6: u32 = min(m0 + 3u, 127u) * 1600u + k;
      let v7: f32 = work[991232u + (v6 / 1600u) * 1600u + ((v6 / 320u) % 5u) * 320u + ((v6 / 64u) % 5u) * 64u + (v6 % 64u)];
      let v8: f32 = params[18912u + k * 128u + n0];
      let v9: f32 = params[18912u + k * 128u + min(n0 + 1u, 127u)];
      let v10: f32 = params[18912u + k * 128u + min(n0 + 2u, 127u)];
      let v11: f32 = params[18912u + k * 128u + min(n0 + 3u, 127u)];
      acc_0_0 = fma(v1, v8, acc_0_0);
      acc_0_1 = fma(v1, v9, acc_0_1);
      acc_0_2 = fma(v1, v10, acc_0_2);
      acc_0_3 = fma(v1, v11, acc_0_3);
      acc_1_0 = fma(v3, v8, acc_1_0);
      acc_1_1 = fma(v3, v9, acc_1_1);
      acc_1_2 = fma(v3, v10, acc_1_2);
      acc_1_3 = fma(v3, v11, acc_1_3);
      acc_2_0 = fma(v5, v8, acc_2_0);
      acc_2_1 = fma(v5, v9, acc_2_1);
      acc_2_2 = fma(v5, v10, acc_2_2);
      acc_2_3 = fma(v5, v11, acc_2_3);
      acc_3_0 = fma(v7, v8, acc_3_0);
      acc_3_1 = fma(v7, v9, acc_3_1);
      acc_3_2 = fma(v7, v10, acc_3_2);
      acc_3_3 = fma(v7, v11, acc_3_3);
    }
    if (m0 + 0u < 128u && n0 + 0u < 128u) {
      let v12: f32 = params[223712u + n0];
      let v13: f32 = (acc_0_0 + v12);
      let v14: f32 = max(v13, 0.0f);
      work[m0 * 128u + n0] = v14;
    }
    if (m0 + 0u < 128u && n0 + 1u < 128u) {
      let v15: u32 = (n0 + 1u);
      let v16: f32 = params[223712u + v15];
      let v17: f32 = (acc_0_1 + v16);
      let v18: f32 = max(v17, 0.0f);
      work[m0 * 128u + (n0 + 1u)] = v18;
    }
    if (m0 + 0u < 128u && n0 + 2u < 128u) {
      let v19: u32 = (n0 + 2u);
      let v20: f32 = params[223712u + v19];
      let v21: f32 = (acc_0_2 + v20);
      let v22: f32 = max(v21, 0.0f);
      work[m0 * 128u + (n0 + 2u)] = v22;
    }
    if (m0 + 0u < 128u && n0 + 3u < 128u) {
      let v23: u32 = (n0 + 3u);
      let v24: f32 = params[223712u + v23];
      let v25: f32 = (acc_0_3 + v24);
      let v26: f32 = max(v25, 0.0f);
      work[m0 * 128u + (n0 + 3u)] = v26;
    }
    if (m0 + 1u < 128u && n0 + 0u < 128u) {
      let v27: f32 = params[223712u + n0];
      let v28: f32 = (acc_1_0 + v27);
      let v29: f32 = max(v28, 0.0f);
      work[(m0 + 1u) * 128u + n0] = v29;
    }
    if (m0 + 1u < 128u && n0 + 1u < 128u) {
      let v30: u32 = (n0 + 1u);
      let v31: f32 = params[223712u + v30];
      let v32: f32 = (acc_1_1 + v31);
      let v33: f32 = max(v32, 0.0f);
      work[(m0 + 1u) * 128u + (n0 + 1u)] = v33;
    }
    if (m0 + 1u < 128u && n0 + 2u < 128u) {
      let v34: u32 = (n0 + 2u);
      let v35: f32 = params[223712u + v34];
      let v36: f32 = (acc_1_2 + v35);
      let v37: f32 = max(v36, 0.0f);
      work[(m0 + 1u) * 128u + (n0 + 2u)] = v37;
    }
    if (m0 + 1u < 128u && n0 + 3u < 128u) {
      let v38: u32 = (n0 + 3u);
      let v39: f32 = params[223712u + v38];
      let v40: f32 = (acc_1_3 + v39);
      let v41: f32 = max(v40, 0.0f);
      work[(m0 + 1u) * 128u + (n0 + 3u)] = v41;
    }
    if (m0 + 2u < 128u && n0 + 0u < 128u) {
      let v42: f32 = params[223712u + n0];
      let v43: f32 = (acc_2_0 + v42);
      let v44: f32 = max(v43, 0.0f);
      work[(m0 + 2u) * 128u + n0] = v44;
    }
    if (m0 + 2u < 128u && n0 + 1u < 128u) {
      let v45: u32 = (n0 + 1u);
      let v46: f32 = params[223712u + v45];
      let v47: f32 = (acc_2_1 + v46);
      let v48: f32 = max(v47, 0.0f);
      work[(m0 + 2u) * 128u + (n0 + 1u)] = v48;
    }
    if (m0 + 2u < 128u && n0 + 2u < 128u) {
      let v49: u32 = (n0 + 2u);
      let v50: f32 = params[223712u + v49];
      let v51: f32 = (acc_2_2 + v50);
      let v52: f32 = max(v51, 0.0f);
      work[(m0 + 2u) * 128u + (n0 + 2u)] = v52;
    }
    if (m0 + 2u < 128u && n0 + 3u < 128u) {
      let v53: u32 = (n0 + 3u);
      let v54: f32 = params[223712u + v53];
      let v55: f32 = (acc_2_3 + v54);
      let v56: f32 = max(v55, 0.0f);
      work[(m0 + 2u) * 128u + (n0 + 3u)] = v56;
    }
    if (m0 + 3u < 128u && n0 + 0u < 128u) {
      let v57: f32 = params[223712u + n0];
      let v58: f32 = (acc_3_0 + v57);
      let v59: f32 = max(v58, 0.0f);
      work[(m0 + 3u) * 128u + n0] = v59;
    }
    if (m0 + 3u < 128u && n0 + 1u < 128u) {
      let v60: u32 = (n0 + 1u);
      let v61: f32 = params[223712u + v60];
      let v62: f32 = (acc_3_1 + v61);
      let v63: f32 = max(v62, 0.0f);
      work[(m0 + 3u) * 128u + (n0 + 1u)] = v63;
    }
    if (m0 + 3u < 128u && n0 + 2u < 128u) {
      let v64: u32 = (n0 + 2u);
      let v65: f32 = params[223712u + v64];
      let v66: f32 = (acc_3_2 + v65);
      let v67: f32 = max(v66, 0.0f);
      work[(m0 + 3u) * 128u + (n0 + 2u)] = v67;
    }
    if (m0 + 3u < 128u && n0 + 3u < 128u) {
      let v68: u32 = (n0 + 3u);
      let v69: f32 = params[223712u + v68];
      let v70: f32 = (acc_3_3 + v69);
      let v71: f32 = max(v70, 0.0f);
      work[(m0 + 3u) * 128u + (n0 + 3u)] = v71;
    }
  }
}
// ---- logits_matmul (matmul, 2 workgroups, eval_step.005.logits_matmul.wgsl) from specs/cnn-batchnorm.model:20
// logits_matmul: matmul kernel (mdlc)
// from specs/cnn-batchnorm.model:20
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 96u; t += stride) {
    let rem = t % 96u;
    let m0 = (rem / 3u) * 4u;
    let n0 = (rem % 3u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 128u + opaque; k++) {
      let v0: f32 = work[m0 * 128u + k];
      let v1: f32 = work[min(m0 + 1u, 127u) * 128u + k];
      let v2: f32 = work[min(m0 + 2u, 127u) * 128u + k];
      let v3: f32 = work[min(m0 + 3u, 127u) * 128u + k];
      let v4: f32 = params[223840u + k * 10u + n0];
      let v5: f32 = params[223840u + k * 10u + min(n0 + 1u, 9u)];
      let v6: f32 = params[223840u + k * 10u + min(n0 + 2u, 9u)];
      let v7: f32 = params[223840u + k * 10u + min(n0 + 3u, 9u)];
      acc_0_0 = fma(v0, v4, acc_0_0);
      acc_0_1 = fma(v0, v5, acc_0_1);
      acc_0_2 = fma(v0, v6, acc_0_2);
      acc_0_3 = fma(v0, v7, acc_0_3);
      acc_1_0 = fma(v1, v4, acc_1_0);
      acc_1_1 = fma(v1, v5, acc_1_1);
      acc_1_2 = fma(v1, v6, acc_1_2);
      acc_1_3 = fma(v1, v7, acc_1_3);
      acc_2_0 = fma(v2, v4, acc_2_0);
      acc_2_1 = fma(v2, v5, acc_2_1);
      acc_2_2 = fma(v2, v6, acc_2_2);
      acc_2_3 = fma(v2, v7, acc_2_3);
      acc_3_0 = fma(v3, v4, acc_3_0);
      acc_3_1 = fma(v3, v5, acc_3_1);
      acc_3_2 = fma(v3, v6, acc_3_2);
      acc_3_3 = fma(v3, v7, acc_3_3);
    }
    if (m0 + 0u < 128u && n0 + 0u < 10u) {
      work[16384u + m0 * 10u + n0] = acc_0_0;
    }
    if (m0 + 0u < 128u && n0 + 1u < 10u) {
      work[16384u + m0 * 10u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 128u && n0 + 2u < 10u) {
      work[16384u + m0 * 10u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 128u && n0 + 3u < 10u) {
      work[16384u + m0 * 10u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 128u && n0 + 0u < 10u) {
      work[16384u + (m0 + 1u) * 10u + n0] = acc_1_0;
    }
    if (m0 + 1u < 128u && n0 + 1u < 10u) {
      work[16384u + (m0 + 1u) * 10u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 128u && n0 + 2u < 10u) {
      work[16384u + (m0 + 1u) * 10u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 128u && n0 + 3u < 10u) {
      work[16384u + (m0 + 1u) * 10u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 128u && n0 + 0u < 10u) {
      work[16384u + (m0 + 2u) * 10u + n0] = acc_2_0;
    }
    if (m0 + 2u < 128u && n0 + 1u < 10u) {
      work[16384u + (m0 + 2u) * 10u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 128u && n0 + 2u < 10u) {
      work[16384u + (m0 + 2u) * 10u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 128u && n0 + 3u < 10u) {
      work[16384u + (m0 + 2u) * 10u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 128u && n0 + 0u < 10u) {
      work[16384u + (m0 + 3u) * 10u + n0] = acc_3_0;
    }
    if (m0 + 3u < 128u && n0 + 1u < 10u) {
      work[16384u + (m0 + 3u) * 10u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 128u && n0 + 2u < 10u) {
      work[16384u + (m0 + 3u) * 10u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 128u && n0 + 3u < 10u) {
      work[16384u + (m0 + 3u) * 10u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- loss_log_softmax (reduce, 2 workgroups, eval_step.006.loss_log_softmax.wgsl) from specs/cnn-batchnorm.model:22, specs/cnn-batchnorm.model:20
// loss_log_softmax: reduce kernel (mdlc)
// from specs/cnn-batchnorm.model:22, specs/cnn-batchnorm.model:20
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(2) var<storage, read> data: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s0_acc0: f32 = 0.0f;
      for (var j = 0u; j < 128u + opaque; j++) {
        s0_acc0 += data[100480u + j];
      }
      work[1408u] = s0_acc0;
    }
  }
  for (var r = gid.x; r < 128u; r += stride) {
    var acc0: f32 = -3.4028234e38f;
    for (var j = 0u; j < 10u + opaque; j++) {
      let v2: f32 = params[225120u + j];
      let v3: f32 = (work[16384u + r * 10u + j] + v2);
      acc0 = max(acc0, v3);
    }
    var acc4: f32 = 0.0f;
    for (var j = 0u; j < 10u + opaque; j++) {
      let v6: f32 = params[225120u + j];
      let v7: f32 = (work[16384u + r * 10u + j] + v6);
      let v8: f32 = (v7 - acc0);
      let v9: f32 = exp(v8);
      acc4 += v9;
    }
    var acc10: f32 = 0.0f;
    for (var j = 0u; j < 10u + opaque; j++) {
      let v12: i32 = i32(j);
      let v13: i32 = bitcast<i32>(data[100352u + r]);
      let v14: f32 = select(0.0f, 1.0f, v12 == v13);
      let v15: f32 = params[225120u + j];
      let v16: f32 = (work[16384u + r * 10u + j] + v15);
      let v17: f32 = (v16 - acc0);
      let v18: f32 = log(acc4);
      let v19: f32 = (v17 - v18);
      let v20: f32 = (v14 * v19);
      acc10 += v20;
    }
    var best22: f32 = -3.4028234e38f;
    var acc21: i32 = 0i;
    for (var j = 0u; j < 10u + opaque; j++) {
      let v23: f32 = params[225120u + j];
      let v24: f32 = (work[16384u + r * 10u + j] + v23);
      if (v24 > best22) { best22 = v24; acc21 = i32(j); }
    }
    work[1280u + r] = acc10;
    work[1412u + r] = bitcast<f32>(acc21);
    for (var j = 0u; j < 10u + opaque; j++) {
      let v25: i32 = i32(j);
      let v26: i32 = bitcast<i32>(data[100352u + r]);
      let v27: f32 = select(0.0f, 1.0f, v25 == v26);
      work[r * 10u + j] = v27;
    }
  }
}
// ---- loss_sum (elementwise, 1 workgroups, eval_step.007.loss_sum.wgsl) from 
// loss_sum: elementwise kernel (mdlc)
// from generated code
@group(0) @binding(1) var<storage, read_write> state: array<f32>;
@group(0) @binding(2) var<storage, read> data: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s0_acc0: f32 = 0.0f;
      for (var j = 0u; j < 128u + opaque; j++) {
        let s0_v2: f32 = (-work[1280u + j]);
        let s0_v3: f32 = (s0_v2 * data[100480u + j]);
        s0_acc0 += s0_v3;
      }
      work[1540u] = s0_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s1_acc0: f32 = 0.0f;
      for (var j = 0u; j < 1280u + opaque; j++) {
        let s1_v2: i32 = i32((j % 10u));
        let s1_v3: f32 = select(0.0f, 1.0f, s1_v2 == bitcast<i32>(work[1412u + (j / 10u)]));
        let s1_v4: f32 = (s1_v3 * work[(j / 10u) * 10u + (j % 10u)]);
        let s1_v5: u32 = (j / 10u);
        let s1_v6: f32 = data[100480u + s1_v5];
        let s1_v7: f32 = (s1_v4 * s1_v6);
        s1_acc0 += s1_v7;
      }
      work[1548u] = s1_acc0;
    }
  }
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s2_v0: f32 = work[1408u];
      let s2_v1: f32 = (state[220u] + s2_v0);
      state[220u] = s2_v1;
    }
  }
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s3_v0: f32 = work[1540u];
      let s3_v1: f32 = work[1408u];
      let s3_v2: f32 = max(s3_v1, 9.999999960041972e-13f);
      let s3_v3: f32 = (s3_v0 / s3_v2);
      work[1544u] = s3_v3;
      let s3_v4: f32 = (s3_v3 * s3_v1);
      let s3_v5: f32 = (state[216u] + s3_v4);
      state[216u] = s3_v5;
      let s3_v6: f32 = abs(s3_v3);
      let s3_v7: f32 = select(0.0f, 1.0f, s3_v6 <= 3.0000000054977558e+38f);
      let s3_v8: f32 = (1.0f - s3_v7);
      let s3_v9: f32 = (state[224u] + s3_v8);
      state[224u] = s3_v9;
    }
  }
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s4_v0: f32 = work[1548u];
      let s4_v1: f32 = (state[228u] + s4_v0);
      state[228u] = s4_v1;
    }
  }
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s5_v0: f32 = work[1408u];
      let s5_v1: f32 = (state[232u] + s5_v0);
      state[232u] = s5_v1;
    }
  }
  for (var i = gid.x; i < 1u; i += stride) {
  }
}
// ==== predict: 6 kernels
// ---- c1_conv2d_matmul (matmul, 2704 workgroups, predict.000.c1_conv2d_matmul.wgsl) from specs/cnn-batchnorm.model:13, specs/cnn-batchnorm.model:12
// c1_conv2d_matmul: matmul kernel (mdlc)
// from specs/cnn-batchnorm.model:13, specs/cnn-batchnorm.model:12
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(2) var<storage, read> data: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 173056u; t += stride) {
    let rem = t % 173056u;
    let m0 = (rem / 8u) * 4u;
    let n0 = (rem % 8u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 9u + opaque; k++) {
      let v0: u32 = m0 * 9u + k;
      let v1: u32 = (v0 % 9u);
      let v2: i32 = i32(((v0 / 234u) % 26u) * 1u + (v1 / 3u)) - 0i;
      let v3: i32 = i32(((v0 / 9u) % 26u) * 1u + ((v1 / 1u) % 3u)) - 0i;
      let v4: u32 = (v0 / 6084u) * 784u + u32(clamp(v2, 0i, 27i)) * 28u + u32(clamp(v3, 0i, 27i));
      let v5: f32 = data[(v4 / 784u) * 784u + (v4 % 784u)];
      let v6: f32 = select(0.0f, v5, v2 >= 0i && v2 < 28i && v3 >= 0i && v3 < 28i);
      let v7: u32 = min(m0 + 1u, 86527u) * 9u + k;
      let v8: u32 = (v7 % 9u);
      let v9: i32 = i32(((v7 / 234u) % 26u) * 1u + (v8 / 3u)) - 0i;
      let v10: i32 = i32(((v7 / 9u) % 26u) * 1u + ((v8 / 1u) % 3u)) - 0i;
      let v11: u32 = (v7 / 6084u) * 784u + u32(clamp(v9, 0i, 27i)) * 28u + u32(clamp(v10, 0i, 27i));
      let v12: f32 = data[(v11 / 784u) * 784u + (v11 % 784u)];
      let v13: f32 = select(0.0f, v12, v9 >= 0i && v9 < 28i && v10 >= 0i && v10 < 28i);
      let v14: u32 = min(m0 + 2u, 86527u) * 9u + k;
      let v15: u32 = (v14 % 9u);
      let v16: i32 = i32(((v14 / 234u) % 26u) * 1u + (v15 / 3u)) - 0i;
      let v17: i32 = i32(((v14 / 9u) % 26u) * 1u + ((v15 / 1u) % 3u)) - 0i;
      let v18: u32 = (v14 / 6084u) * 784u + u32(clamp(v16, 0i, 27i)) * 28u + u32(clamp(v17, 0i, 27i));
      let v19: f32 = data[(v18 / 784u) * 784u + (v18 % 784u)];
      let v20: f32 = select(0.0f, v19, v16 >= 0i && v16 < 28i && v17 >= 0i && v17 < 28i);
      let v21: u32 = min(m0 + 3u, 86527u) * 9u + k;
      let v22: u32 = (v21 % 9u);
      let v23: i32 = i32(((v21 / 234u) % 26u) * 1u + (v22 / 3u)) - 0i;
      let v24: i32 = i32(((v21 / 9u) % 26u) * 1u + ((v22 / 1u) % 3u)) - 0i;
      let v25: u32 = (v21 / 6084u) * 784u + u32(clamp(v23, 0i, 27i)) * 28u + u32(clamp(v24, 0i, 27i));
      let v26: f32 = data[(v25 / 784u) * 784u + (v25 % 784u)];
      let v27: f32 = select(0.0f, v26, v23 >= 0i && v23 < 28i && v24 >= 0i && v24 < 28i);
      let v28: u32 = k * 32u + n0;
      let v29: f32 = params[(v28 / 96u) * 96u + ((v28 / 32u) % 3u) * 32u + (v28 % 32u)];
      let v30: u32 = k * 32u + min(n0 + 1u, 31u);
      let v31: f32 = params[(v30 / 96u) * 96u + ((v30 / 32u) % 3u) * 32u + (v30 % 32u)];
      let v32: u32 = k * 32u + min(n0 + 2u, 31u);
      let v33: f32 = params[(v32 / 96u) * 96u + ((v32 / 32u) % 3u) * 32u + (v32 % 32u)];
      let v34: u32 = k * 32u + min(n0 + 3u, 31u);
      let v35: f32 = params[(v34 / 96u) * 96u + ((v34 / 32u) % 3u) * 32u + (v34 % 32u)];
      acc_0_0 = fma(v6, v29, acc_0_0);
      acc_0_1 = fma(v6, v31, acc_0_1);
      acc_0_2 = fma(v6, v33, acc_0_2);
      acc_0_3 = fma(v6, v35, acc_0_3);
      acc_1_0 = fma(v13, v29, acc_1_0);
      acc_1_1 = fma(v13, v31, acc_1_1);
      acc_1_2 = fma(v13, v33, acc_1_2);
      acc_1_3 = fma(v13, v35, acc_1_3);
      acc_2_0 = fma(v20, v29, acc_2_0);
      acc_2_1 = fma(v20, v31, acc_2_1);
      acc_2_2 = fma(v20, v33, acc_2_2);
      acc_2_3 = fma(v20, v35, acc_2_3);
      acc_3_0 = fma(v27, v29, acc_3_0);
      acc_3_1 = fma(v27, v31, acc_3_1);
      acc_3_2 = fma(v27, v33, acc_3_2);
      acc_3_3 = fma(v27, v35, acc_3_3);
    }
    if (m0 + 0u < 86528u && n0 + 0u < 32u) {
      work[m0 * 32u + n0] = acc_0_0;
    }
    if (m0 + 0u < 86528u && n0 + 1u < 32u) {
      work[m0 * 32u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 86528u && n0 + 2u < 32u) {
      work[m0 * 32u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 86528u && n0 + 3u < 32u) {
      work[m0 * 32u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 86528u && n0 + 0u < 32u) {
      work[(m0 + 1u) * 32u + n0] = acc_1_0;
    }
    if (m0 + 1u < 86528u && n0 + 1u < 32u) {
      work[(m0 + 1u) * 32u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 86528u && n0 + 2u < 32u) {
      work[(m0 + 1u) * 32u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 86528u && n0 + 3u < 32u) {
      work[(m0 + 1u) * 32u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 86528u && n0 + 0u < 32u) {
      work[(m0 + 2u) * 32u + n0] = acc_2_0;
    }
    if (m0 + 2u < 86528u && n0 + 1u < 32u) {
      work[(m0 + 2u) * 32u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 86528u && n0 + 2u < 32u) {
      work[(m0 + 2u) * 32u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 86528u && n0 + 3u < 32u) {
      work[(m0 + 2u) * 32u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 86528u && n0 + 0u < 32u) {
      work[(m0 + 3u) * 32u + n0] = acc_3_0;
    }
    if (m0 + 3u < 86528u && n0 + 1u < 32u) {
      work[(m0 + 3u) * 32u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 86528u && n0 + 2u < 32u) {
      work[(m0 + 3u) * 32u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 86528u && n0 + 3u < 32u) {
      work[(m0 + 3u) * 32u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- p1_max (reduce, 4096 workgroups, predict.001.p1_max.wgsl) from specs/cnn-batchnorm.model:14, specs/cnn-batchnorm.model:13
// p1_max: reduce kernel (mdlc)
// from specs/cnn-batchnorm.model:14, specs/cnn-batchnorm.model:13
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(1) var<storage, read> state: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 692224u; r += stride) {
    var acc0: f32 = -3.4028234e38f;
    for (var j = 0u; j < 4u + opaque; j++) {
      let v2: u32 = (r / 5408u) * 21632u + ((r / 416u) % 13u) * 1664u + ((r / 32u) % 13u) * 128u + j * 32u + (r % 32u);
      let v3: u32 = (v2 % 128u);
      let v4: i32 = i32(((v2 / 1664u) % 13u) * 2u + (v3 / 64u)) - 0i;
      let v5: i32 = i32(((v2 / 128u) % 13u) * 2u + ((v3 / 32u) % 2u)) - 0i;
      let v6: u32 = (v2 / 21632u) * 21632u + u32(clamp(v4, 0i, 25i)) * 832u + u32(clamp(v5, 0i, 25i)) * 32u + (v3 % 32u);
      let v7: f32 = work[(v6 / 32u) * 32u + (v6 % 32u)];
      let v8: u32 = (v3 % 32u);
      let v9: f32 = state[4u + v8];
      let v10: f32 = (v7 - v9);
      let v11: u32 = (v3 % 32u);
      let v12: f32 = state[36u + v11];
      let v13: f32 = (v12 + 0.0010000000474974513f);
      let v14: f32 = sqrt(v13);
      let v15: f32 = (v10 / v14);
      let v16: u32 = (v3 % 32u);
      let v17: f32 = params[288u + v16];
      let v18: f32 = (v15 * v17);
      let v19: u32 = (v3 % 32u);
      let v20: f32 = params[320u + v19];
      let v21: f32 = (v18 + v20);
      let v22: f32 = max(v21, 0.0f);
      let v23: f32 = select((-3.0000000054977558e+38f), v22, v4 >= 0i && v4 < 26i && v5 >= 0i && v5 < 26i);
      acc0 = max(acc0, v23);
    }
    work[2768896u + (r / 5408u) * 5408u + ((r / 416u) % 13u) * 416u + ((r / 32u) % 13u) * 32u + (r % 32u)] = acc0;
  }
}
// ---- c2_conv2d_matmul (matmul, 968 workgroups, predict.002.c2_conv2d_matmul.wgsl) from specs/cnn-batchnorm.model:15, specs/cnn-batchnorm.model:14
// c2_conv2d_matmul: matmul kernel (mdlc)
// from specs/cnn-batchnorm.model:15, specs/cnn-batchnorm.model:14
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 61952u; t += stride) {
    let rem = t % 61952u;
    let m0 = (rem / 16u) * 4u;
    let n0 = (rem % 16u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 288u + opaque; k++) {
      let v0: u32 = m0 * 288u + k;
      let v1: u32 = (v0 % 288u);
      let v2: i32 = i32(((v0 / 3168u) % 11u) * 1u + (v1 / 96u)) - 0i;
      let v3: i32 = i32(((v0 / 288u) % 11u) * 1u + ((v1 / 32u) % 3u)) - 0i;
      let v4: u32 = (v0 / 34848u) * 5408u + u32(clamp(v2, 0i, 12i)) * 416u + u32(clamp(v3, 0i, 12i)) * 32u + (v1 % 32u);
      let v5: f32 = work[2768896u + (v4 / 5408u) * 5408u + ((v4 / 416u) % 13u) * 416u + ((v4 / 32u) % 13u) * 32u + (v4 % 32u)];
      let v6: f32 = select(0.0f, v5, v2 >= 0i && v2 < 13i && v3 >= 0i && v3 < 13i);
      let v7: u32 = min(m0 + 1u, 15487u) * 288u + k;
      let v8: u32 = (v7 % 288u);
      let v9: i32 = i32(((v7 / 3168u) % 11u) * 1u + (v8 / 96u)) - 0i;
      let v10: i32 = i32(((v7 / 288u) % 11u) * 1u + ((v8 / 32u) % 3u)) - 0i;
      let v11: u32 = (v7 / 34848u) * 5408u + u32(clamp(v9, 0i, 12i)) * 416u + u32(clamp(v10, 0i, 12i)) * 32u + (v8 % 32u);
      let v12: f32 = work[2768896u + (v11 / 5408u) * 5408u + ((v11 / 416u) % 13u) * 416u + ((v11 / 32u) % 13u) * 32u + (v11 % 32u)];
      let v13: f32 = select(0.0f, v12, v9 >= 0i && v9 < 13i && v10 >= 0i && v10 < 13i);
      let v14: u32 = min(m0 + 2u, 15487u) * 288u + k;
      let v15: u32 = (v14 % 288u);
      let v16: i32 = i32(((v14 / 3168u) % 11u) * 1u + (v15 / 96u)) - 0i;
      let v17: i32 = i32(((v14 / 288u) % 11u) * 1u + ((v15 / 32u) % 3u)) - 0i;
      let v18: u32 = (v14 / 34848u) * 5408u + u32(clamp(v16, 0i, 12i)) * 416u + u32(clamp(v17, 0i, 12i)) * 32u + (v15 % 32u);
      let v19: f32 = work[2768896u + (v18 / 5408u) * 5408u + ((v18 / 416u) % 13u) * 416u + ((v18 / 32u) % 13u) * 32u + (v18 % 32u)];
      let v20: f32 = select(0.0f, v19, v16 >= 0i && v16 < 13i && v17 >= 0i && v17 < 13i);
      let v21: u32 = min(m0 + 3u, 15487u) * 288u + k;
      let v22: u32 = (v21 % 288u);
      let v23: i32 = i32(((v21 / 3168u) % 11u) * 1u + (v22 / 96u)) - 0i;
      let v24: i32 = i32(((v21 / 288u) % 11u) * 1u + ((v22 / 32u) % 3u)) - 0i;
      let v25: u32 = (v21 / 34848u) * 5408u + u32(clamp(v23, 0i, 12i)) * 416u + u32(clamp(v24, 0i, 12i)) * 32u + (v22 % 32u);
      let v26: f32 = work[2768896u + (v25 / 5408u) * 5408u + ((v25 / 416u) % 13u) * 416u + ((v25 / 32u) % 13u) * 32u + (v25 % 32u)];
      let v27: f32 = select(0.0f, v26, v23 >= 0i && v23 < 13i && v24 >= 0i && v24 < 13i);
      let v28: u32 = k * 64u + n0;
      let v29: f32 = params[352u + (v28 / 6144u) * 6144u + ((v28 / 2048u) % 3u) * 2048u + ((v28 / 64u) % 32u) * 64u + (v28 % 64u)];
      let v30: u32 = k * 64u + min(n0 + 1u, 63u);
      let v31: f32 = params[352u + (v30 / 6144u) * 6144u + ((v30 / 2048u) % 3u) * 2048u + ((v30 / 64u) % 32u) * 64u + (v30 % 64u)];
      let v32: u32 = k * 64u + min(n0 + 2u, 63u);
      let v33: f32 = params[352u + (v32 / 6144u) * 6144u + ((v32 / 2048u) % 3u) * 2048u + ((v32 / 64u) % 32u) * 64u + (v32 % 64u)];
      let v34: u32 = k * 64u + min(n0 + 3u, 63u);
      let v35: f32 = params[352u + (v34 / 6144u) * 6144u + ((v34 / 2048u) % 3u) * 2048u + ((v34 / 64u) % 32u) * 64u + (v34 % 64u)];
      acc_0_0 = fma(v6, v29, acc_0_0);
      acc_0_1 = fma(v6, v31, acc_0_1);
      acc_0_2 = fma(v6, v33, acc_0_2);
      acc_0_3 = fma(v6, v35, acc_0_3);
      acc_1_0 = fma(v13, v29, acc_1_0);
      acc_1_1 = fma(v13, v31, acc_1_1);
      acc_1_2 = fma(v13, v33, acc_1_2);
      acc_1_3 = fma(v13, v35, acc_1_3);
      acc_2_0 = fma(v20, v29, acc_2_0);
      acc_2_1 = fma(v20, v31, acc_2_1);
      acc_2_2 = fma(v20, v33, acc_2_2);
      acc_2_3 = fma(v20, v35, acc_2_3);
      acc_3_0 = fma(v27, v29, acc_3_0);
      acc_3_1 = fma(v27, v31, acc_3_1);
      acc_3_2 = fma(v27, v33, acc_3_2);
      acc_3_3 = fma(v27, v35, acc_3_3);
    }
    if (m0 + 0u < 15488u && n0 + 0u < 64u) {
      work[m0 * 64u + n0] = acc_0_0;
    }
    if (m0 + 0u < 15488u && n0 + 1u < 64u) {
      work[m0 * 64u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 15488u && n0 + 2u < 64u) {
      work[m0 * 64u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 15488u && n0 + 3u < 64u) {
      work[m0 * 64u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 15488u && n0 + 0u < 64u) {
      work[(m0 + 1u) * 64u + n0] = acc_1_0;
    }
    if (m0 + 1u < 15488u && n0 + 1u < 64u) {
      work[(m0 + 1u) * 64u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 15488u && n0 + 2u < 64u) {
      work[(m0 + 1u) * 64u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 15488u && n0 + 3u < 64u) {
      work[(m0 + 1u) * 64u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 15488u && n0 + 0u < 64u) {
      work[(m0 + 2u) * 64u + n0] = acc_2_0;
    }
    if (m0 + 2u < 15488u && n0 + 1u < 64u) {
      work[(m0 + 2u) * 64u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 15488u && n0 + 2u < 64u) {
      work[(m0 + 2u) * 64u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 15488u && n0 + 3u < 64u) {
      work[(m0 + 2u) * 64u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 15488u && n0 + 0u < 64u) {
      work[(m0 + 3u) * 64u + n0] = acc_3_0;
    }
    if (m0 + 3u < 15488u && n0 + 1u < 64u) {
      work[(m0 + 3u) * 64u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 15488u && n0 + 2u < 64u) {
      work[(m0 + 3u) * 64u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 15488u && n0 + 3u < 64u) {
      work[(m0 + 3u) * 64u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- p2_max (reduce, 3200 workgroups, predict.003.p2_max.wgsl) from specs/cnn-batchnorm.model:16, specs/cnn-batchnorm.model:15, specs/cnn-batchnorm.model:13
// p2_max: reduce kernel (mdlc)
// from specs/cnn-batchnorm.model:16, specs/cnn-batchnorm.model:15, specs/cnn-batchnorm.model:13
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(1) var<storage, read> state: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 204800u; r += stride) {
    var acc0: f32 = -3.4028234e38f;
    for (var j = 0u; j < 4u + opaque; j++) {
      let v2: u32 = (r / 1600u) * 6400u + ((r / 320u) % 5u) * 1280u + ((r / 64u) % 5u) * 256u + j * 64u + (r % 64u);
      let v3: u32 = (v2 % 256u);
      let v4: i32 = i32(((v2 / 1280u) % 5u) * 2u + (v3 / 128u)) - 0i;
      let v5: i32 = i32(((v2 / 256u) % 5u) * 2u + ((v3 / 64u) % 2u)) - 0i;
      let v6: u32 = (v2 / 6400u) * 7744u + u32(clamp(v4, 0i, 10i)) * 704u + u32(clamp(v5, 0i, 10i)) * 64u + (v3 % 64u);
      let v7: f32 = work[(v6 / 64u) * 64u + (v6 % 64u)];
      let v8: u32 = (v3 % 64u);
      let v9: f32 = state[68u + v8];
      let v10: f32 = (v7 - v9);
      let v11: u32 = (v3 % 64u);
      let v12: f32 = state[132u + v11];
      let v13: f32 = (v12 + 0.0010000000474974513f);
      let v14: f32 = sqrt(v13);
      let v15: f32 = (v10 / v14);
      let v16: u32 = (v3 % 64u);
      let v17: f32 = params[18784u + v16];
      let v18: f32 = (v15 * v17);
      let v19: u32 = (v3 % 64u);
      let v20: f32 = params[18848u + v19];
      let v21: f32 = (v18 + v20);
      let v22: f32 = max(v21, 0.0f);
      let v23: f32 = select((-3.0000000054977558e+38f), v22, v4 >= 0i && v4 < 11i && v5 >= 0i && v5 < 11i);
      acc0 = max(acc0, v23);
    }
    work[991232u + (r / 1600u) * 1600u + ((r / 320u) % 5u) * 320u + ((r / 64u) % 5u) * 64u + (r % 64u)] = acc0;
  }
}
// ---- hidden_matmul (matmul, 16 workgroups, predict.004.hidden_matmul.wgsl) from specs/cnn-batchnorm.model:19, specs/cnn-batchnorm.model:17
// hidden_matmul: matmul kernel (mdlc)
// from specs/cnn-batchnorm.model:19, specs/cnn-batchnorm.model:17
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 1024u; t += stride) {
    let rem = t % 1024u;
    let m0 = (rem / 32u) * 4u;
    let n0 = (rem % 32u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 1600u + opaque; k++) {
      let v0: u32 = m0 * 1600u + k;
      let v1: f32 = work[991232u + (v0 / 1600u) * 1600u + ((v0 / 320u) % 5u) * 320u + ((v0 / 64u) % 5u) * 64u + (v0 % 64u)];
      let v2: u32 = min(m0 + 1u, 127u) * 1600u + k;
      let v3: f32 = work[991232u + (v2 / 1600u) * 1600u + ((v2 / 320u) % 5u) * 320u + ((v2 / 64u) % 5u) * 64u + (v2 % 64u)];
      let v4: u32 = min(m0 + 2u, 127u) * 1600u + k;
      let v5: f32 = work[991232u + (v4 / 1600u) * 1600u + ((v4 / 320u) % 5u) * 320u + ((v4 / 64u) % 5u) * 64u + (v4 % 64u)];
      let v6: u32 = min(m0 + 3u, 127u) * 1600u + k;
      let v7: f32 = work[991232u + (v6 / 1600u) * 1600u + ((v6 / 320u) % 5u) * 320u + ((v6 / 64u) % 5u) * 64u + (v6 % 64u)];
      let v8: f32 = params[18912u + k * 128u + n0];
      let v9: f32 = params[18912u + k * 128u + min(n0 + 1u, 127u)];
      let v10: f32 = params[18912u + k * 128u + min(n0 + 2u, 127u)];
      let v11: f32 = params[18912u + k * 128u + min(n0 + 3u, 127u)];
      acc_0_0 = fma(v1, v8, acc_0_0);
      acc_0_1 = fma(v1, v9, acc_0_1);
      acc_0_2 = fma(v1, v10, acc_0_2);
      acc_0_3 = fma(v1, v11, acc_0_3);
      acc_1_0 = fma(v3, v8, acc_1_0);
      acc_1_1 = fma(v3, v9, acc_1_1);
      acc_1_2 = fma(v3, v10, acc_1_2);
      acc_1_3 = fma(v3, v11, acc_1_3);
      acc_2_0 = fma(v5, v8, acc_2_0);
      acc_2_1 = fma(v5, v9, acc_2_1);
      acc_2_2 = fma(v5, v10, acc_2_2);
      acc_2_3 = fma(v5, v11, acc_2_3);
      acc_3_0 = fma(v7, v8, acc_3_0);
      acc_3_1 = fma(v7, v9, acc_3_1);
      acc_3_2 = fma(v7, v10, acc_3_2);
      acc_3_3 = fma(v7, v11, acc_3_3);
    }
    if (m0 + 0u < 128u && n0 + 0u < 128u) {
      let v12: f32 = params[223712u + n0];
      let v13: f32 = (acc_0_0 + v12);
      let v14: f32 = max(v13, 0.0f);
      work[m0 * 128u + n0] = v14;
    }
    if (m0 + 0u < 128u && n0 + 1u < 128u) {
      let v15: u32 = (n0 + 1u);
      let v16: f32 = params[223712u + v15];
      let v17: f32 = (acc_0_1 + v16);
      let v18: f32 = max(v17, 0.0f);
      work[m0 * 128u + (n0 + 1u)] = v18;
    }
    if (m0 + 0u < 128u && n0 + 2u < 128u) {
      let v19: u32 = (n0 + 2u);
      let v20: f32 = params[223712u + v19];
      let v21: f32 = (acc_0_2 + v20);
      let v22: f32 = max(v21, 0.0f);
      work[m0 * 128u + (n0 + 2u)] = v22;
    }
    if (m0 + 0u < 128u && n0 + 3u < 128u) {
      let v23: u32 = (n0 + 3u);
      let v24: f32 = params[223712u + v23];
      let v25: f32 = (acc_0_3 + v24);
      let v26: f32 = max(v25, 0.0f);
      work[m0 * 128u + (n0 + 3u)] = v26;
    }
    if (m0 + 1u < 128u && n0 + 0u < 128u) {
      let v27: f32 = params[223712u + n0];
      let v28: f32 = (acc_1_0 + v27);
      let v29: f32 = max(v28, 0.0f);
      work[(m0 + 1u) * 128u + n0] = v29;
    }
    if (m0 + 1u < 128u && n0 + 1u < 128u) {
      let v30: u32 = (n0 + 1u);
      let v31: f32 = params[223712u + v30];
      let v32: f32 = (acc_1_1 + v31);
      let v33: f32 = max(v32, 0.0f);
      work[(m0 + 1u) * 128u + (n0 + 1u)] = v33;
    }
    if (m0 + 1u < 128u && n0 + 2u < 128u) {
      let v34: u32 = (n0 + 2u);
      let v35: f32 = params[223712u + v34];
      let v36: f32 = (acc_1_2 + v35);
      let v37: f32 = max(v36, 0.0f);
      work[(m0 + 1u) * 128u + (n0 + 2u)] = v37;
    }
    if (m0 + 1u < 128u && n0 + 3u < 128u) {
      let v38: u32 = (n0 + 3u);
      let v39: f32 = params[223712u + v38];
      let v40: f32 = (acc_1_3 + v39);
      let v41: f32 = max(v40, 0.0f);
      work[(m0 + 1u) * 128u + (n0 + 3u)] = v41;
    }
    if (m0 + 2u < 128u && n0 + 0u < 128u) {
      let v42: f32 = params[223712u + n0];
      let v43: f32 = (acc_2_0 + v42);
      let v44: f32 = max(v43, 0.0f);
      work[(m0 + 2u) * 128u + n0] = v44;
    }
    if (m0 + 2u < 128u && n0 + 1u < 128u) {
      let v45: u32 = (n0 + 1u);
      let v46: f32 = params[223712u + v45];
      let v47: f32 = (acc_2_1 + v46);
      let v48: f32 = max(v47, 0.0f);
      work[(m0 + 2u) * 128u + (n0 + 1u)] = v48;
    }
    if (m0 + 2u < 128u && n0 + 2u < 128u) {
      let v49: u32 = (n0 + 2u);
      let v50: f32 = params[223712u + v49];
      let v51: f32 = (acc_2_2 + v50);
      let v52: f32 = max(v51, 0.0f);
      work[(m0 + 2u) * 128u + (n0 + 2u)] = v52;
    }
    if (m0 + 2u < 128u && n0 + 3u < 128u) {
      let v53: u32 = (n0 + 3u);
      let v54: f32 = params[223712u + v53];
      let v55: f32 = (acc_2_3 + v54);
      let v56: f32 = max(v55, 0.0f);
      work[(m0 + 2u) * 128u + (n0 + 3u)] = v56;
    }
    if (m0 + 3u < 128u && n0 + 0u < 128u) {
      let v57: f32 = params[223712u + n0];
      let v58: f32 = (acc_3_0 + v57);
      let v59: f32 = max(v58, 0.0f);
      work[(m0 + 3u) * 128u + n0] = v59;
    }
    if (m0 + 3u < 128u && n0 + 1u < 128u) {
      let v60: u32 = (n0 + 1u);
      let v61: f32 = params[223712u + v60];
      let v62: f32 = (acc_3_1 + v61);
      let v63: f32 = max(v62, 0.0f);
      work[(m0 + 3u) * 128u + (n0 + 1u)] = v63;
    }
    if (m0 + 3u < 128u && n0 + 2u < 128u) {
      let v64: u32 = (n0 + 2u);
      let v65: f32 = params[223712u + v64];
      let v66: f32 = (acc_3_2 + v65);
      let v67: f32 = max(v66, 0.0f);
      work[(m0 + 3u) * 128u + (n0 + 2u)] = v67;
    }
    if (m0 + 3u < 128u && n0 + 3u < 128u) {
      let v68: u32 = (n0 + 3u);
      let v69: f32 = params[223712u + v68];
      let v70: f32 = (acc_3_3 + v69);
      let v71: f32 = max(v70, 0.0f);
      work[(m0 + 3u) * 128u + (n0 + 3u)] = v71;
    }
  }
}
// ---- logits_matmul (matmul, 2 workgroups, predict.005.logits_matmul.wgsl) from specs/cnn-batchnorm.model:20
// logits_matmul: matmul kernel (mdlc)
// from specs/cnn-batchnorm.model:20
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 96u; t += stride) {
    let rem = t % 96u;
    let m0 = (rem / 3u) * 4u;
    let n0 = (rem % 3u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 128u + opaque; k++) {
      let v0: f32 = work[m0 * 128u + k];
      let v1: f32 = work[min(m0 + 1u, 127u) * 128u + k];
      let v2: f32 = work[min(m0 + 2u, 127u) * 128u + k];
      let v3: f32 = work[min(m0 + 3u, 127u) * 128u + k];
      let v4: f32 = params[223840u + k * 10u + n0];
      let v5: f32 = params[223840u + k * 10u + min(n0 + 1u, 9u)];
      let v6: f32 = params[223840u + k * 10u + min(n0 + 2u, 9u)];
      let v7: f32 = params[223840u + k * 10u + min(n0 + 3u, 9u)];
      acc_0_0 = fma(v0, v4, acc_0_0);
      acc_0_1 = fma(v0, v5, acc_0_1);
      acc_0_2 = fma(v0, v6, acc_0_2);
      acc_0_3 = fma(v0, v7, acc_0_3);
      acc_1_0 = fma(v1, v4, acc_1_0);
      acc_1_1 = fma(v1, v5, acc_1_1);
      acc_1_2 = fma(v1, v6, acc_1_2);
      acc_1_3 = fma(v1, v7, acc_1_3);
      acc_2_0 = fma(v2, v4, acc_2_0);
      acc_2_1 = fma(v2, v5, acc_2_1);
      acc_2_2 = fma(v2, v6, acc_2_2);
      acc_2_3 = fma(v2, v7, acc_2_3);
      acc_3_0 = fma(v3, v4, acc_3_0);
      acc_3_1 = fma(v3, v5, acc_3_1);
      acc_3_2 = fma(v3, v6, acc_3_2);
      acc_3_3 = fma(v3, v7, acc_3_3);
    }
    if (m0 + 0u < 128u && n0 + 0u < 10u) {
      let v8: f32 = params[225120u + n0];
      let v9: f32 = (acc_0_0 + v8);
      work[16384u + m0 * 10u + n0] = v9;
    }
    if (m0 + 0u < 128u && n0 + 1u < 10u) {
      let v10: u32 = (n0 + 1u);
      let v11: f32 = params[225120u + v10];
      let v12: f32 = (acc_0_1 + v11);
      work[16384u + m0 * 10u + (n0 + 1u)] = v12;
    }
    if (m0 + 0u < 128u && n0 + 2u < 10u) {
      let v13: u32 = (n0 + 2u);
      let v14: f32 = params[225120u + v13];
      let v15: f32 = (acc_0_2 + v14);
      work[16384u + m0 * 10u + (n0 + 2u)] = v15;
    }
    if (m0 + 0u < 128u && n0 + 3u < 10u) {
      let v16: u32 = (n0 + 3u);
      let v17: f32 = params[225120u + v16];
      let v18: f32 = (acc_0_3 + v17);
      work[16384u + m0 * 10u + (n0 + 3u)] = v18;
    }
    if (m0 + 1u < 128u && n0 + 0u < 10u) {
      let v19: f32 = params[225120u + n0];
      let v20: f32 = (acc_1_0 + v19);
      work[16384u + (m0 + 1u) * 10u + n0] = v20;
    }
    if (m0 + 1u < 128u && n0 + 1u < 10u) {
      let v21: u32 = (n0 + 1u);
      let v22: f32 = params[225120u + v21];
      let v23: f32 = (acc_1_1 + v22);
      work[16384u + (m0 + 1u) * 10u + (n0 + 1u)] = v23;
    }
    if (m0 + 1u < 128u && n0 + 2u < 10u) {
      let v24: u32 = (n0 + 2u);
      let v25: f32 = params[225120u + v24];
      let v26: f32 = (acc_1_2 + v25);
      work[16384u + (m0 + 1u) * 10u + (n0 + 2u)] = v26;
    }
    if (m0 + 1u < 128u && n0 + 3u < 10u) {
      let v27: u32 = (n0 + 3u);
      let v28: f32 = params[225120u + v27];
      let v29: f32 = (acc_1_3 + v28);
      work[16384u + (m0 + 1u) * 10u + (n0 + 3u)] = v29;
    }
    if (m0 + 2u < 128u && n0 + 0u < 10u) {
      let v30: f32 = params[225120u + n0];
      let v31: f32 = (acc_2_0 + v30);
      work[16384u + (m0 + 2u) * 10u + n0] = v31;
    }
    if (m0 + 2u < 128u && n0 + 1u < 10u) {
      let v32: u32 = (n0 + 1u);
      let v33: f32 = params[225120u + v32];
      let v34: f32 = (acc_2_1 + v33);
      work[16384u + (m0 + 2u) * 10u + (n0 + 1u)] = v34;
    }
    if (m0 + 2u < 128u && n0 + 2u < 10u) {
      let v35: u32 = (n0 + 2u);
      let v36: f32 = params[225120u + v35];
      let v37: f32 = (acc_2_2 + v36);
      work[16384u + (m0 + 2u) * 10u + (n0 + 2u)] = v37;
    }
    if (m0 + 2u < 128u && n0 + 3u < 10u) {
      let v38: u32 = (n0 + 3u);
      let v39: f32 = params[225120u + v38];
      let v40: f32 = (acc_2_3 + v39);
      work[16384u + (m0 + 2u) * 10u + (n0 + 3u)] = v40;
    }
    if (m0 + 3u < 128u && n0 + 0u < 10u) {
      let v41: f32 = params[225120u + n0];
      let v42: f32 = (acc_3_0 + v41);
      work[16384u + (m0 + 3u) * 10u + n0] = v42;
    }
    if (m0 + 3u < 128u && n0 + 1u < 10u) {
      let v43: u32 = (n0 + 1u);
      let v44: f32 = params[225120u + v43];
      let v45: f32 = (acc_3_1 + v44);
      work[16384u + (m0 + 3u) * 10u + (n0 + 1u)] = v45;
    }
    if (m0 + 3u < 128u && n0 + 2u < 10u) {
      let v46: u32 = (n0 + 2u);
      let v47: f32 = params[225120u + v46];
      let v48: f32 = (acc_3_2 + v47);
      work[16384u + (m0 + 3u) * 10u + (n0 + 2u)] = v48;
    }
    if (m0 + 3u < 128u && n0 + 3u < 10u) {
      let v49: u32 = (n0 + 3u);
      let v50: f32 = params[225120u + v49];
      let v51: f32 = (acc_3_3 + v50);
      work[16384u + (m0 + 3u) * 10u + (n0 + 3u)] = v51;
    }
  }
}
