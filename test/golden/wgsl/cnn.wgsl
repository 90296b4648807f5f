// specs/cnn.model, batch 128: 45 shaders
// ==== train_step: 25 kernels
// ---- c1_matmul (matmul, 2704 workgroups, train_step.000.c1_matmul.wgsl) from specs/cnn.model:10, specs/cnn.model:9
// c1_matmul: matmul kernel (mdlc)
// from specs/cnn.model:10, specs/cnn.model:9
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
      let v36: f32 = params[288u + n0];
      let v37: f32 = (acc_0_0 + v36);
      let v38: f32 = max(v37, 0.0f);
      work[m0 * 32u + n0] = v38;
    }
    if (m0 + 0u < 86528u && n0 + 1u < 32u) {
      let v39: u32 = (n0 + 1u);
      let v40: f32 = params[288u + v39];
      let v41: f32 = (acc_0_1 + v40);
      let v42: f32 = max(v41, 0.0f);
      work[m0 * 32u + (n0 + 1u)] = v42;
    }
    if (m0 + 0u < 86528u && n0 + 2u < 32u) {
      let v43: u32 = (n0 + 2u);
      let v44: f32 = params[288u + v43];
      let v45: f32 = (acc_0_2 + v44);
      let v46: f32 = max(v45, 0.0f);
      work[m0 * 32u + (n0 + 2u)] = v46;
    }
    if (m0 + 0u < 86528u && n0 + 3u < 32u) {
      let v47: u32 = (n0 + 3u);
      let v48: f32 = params[288u + v47];
      let v49: f32 = (acc_0_3 + v48);
      let v50: f32 = max(v49, 0.0f);
      work[m0 * 32u + (n0 + 3u)] = v50;
    }
    if (m0 + 1u < 86528u && n0 + 0u < 32u) {
      let v51: f32 = params[288u + n0];
      let v52: f32 = (acc_1_0 + v51);
      let v53: f32 = max(v52, 0.0f);
      work[(m0 + 1u) * 32u + n0] = v53;
    }
    if (m0 + 1u < 86528u && n0 + 1u < 32u) {
      let v54: u32 = (n0 + 1u);
      let v55: f32 = params[288u + v54];
      let v56: f32 = (acc_1_1 + v55);
      let v57: f32 = max(v56, 0.0f);
      work[(m0 + 1u) * 32u + (n0 + 1u)] = v57;
    }
    if (m0 + 1u < 86528u && n0 + 2u < 32u) {
      let v58: u32 = (n0 + 2u);
      let v59: f32 = params[288u + v58];
      let v60: f32 = (acc_1_2 + v59);
      let v61: f32 = max(v60, 0.0f);
      work[(m0 + 1u) * 32u + (n0 + 2u)] = v61;
    }
    if (m0 + 1u < 86528u && n0 + 3u < 32u) {
      let v62: u32 = (n0 + 3u);
      let v63: f32 = params[288u + v62];
      let v64: f32 = (acc_1_3 + v63);
      let v65: f32 = max(v64, 0.0f);
      work[(m0 + 1u) * 32u + (n0 + 3u)] = v65;
    }
    if (m0 + 2u < 86528u && n0 + 0u < 32u) {
      let v66: f32 = params[288u + n0];
      let v67: f32 = (acc_2_0 + v66);
      let v68: f32 = max(v67, 0.0f);
      work[(m0 + 2u) * 32u + n0] = v68;
    }
    if (m0 + 2u < 86528u && n0 + 1u < 32u) {
      let v69: u32 = (n0 + 1u);
      let v70: f32 = params[288u + v69];
      let v71: f32 = (acc_2_1 + v70);
      let v72: f32 = max(v71, 0.0f);
      work[(m0 + 2u) * 32u + (n0 + 1u)] = v72;
    }
    if (m0 + 2u < 86528u && n0 + 2u < 32u) {
      let v73: u32 = (n0 + 2u);
      let v74: f32 = params[288u + v73];
      let v75: f32 = (acc_2_2 + v74);
      let v76: f32 = max(v75, 0.0f);
      work[(m0 + 2u) * 32u + (n0 + 2u)] = v76;
    }
    if (m0 + 2u < 86528u && n0 + 3u < 32u) {
      let v77: u32 = (n0 + 3u);
      let v78: f32 = params[288u + v77];
      let v79: f32 = (acc_2_3 + v78);
      let v80: f32 = max(v79, 0.0f);
      work[(m0 + 2u) * 32u + (n0 + 3u)] = v80;
    }
    if (m0 + 3u < 86528u && n0 + 0u < 32u) {
      let v81: f32 = params[288u + n0];
      let v82: f32 = (acc_3_0 + v81);
      let v83: f32 = max(v82, 0.0f);
      work[(m0 + 3u) * 32u + n0] = v83;
    }
    if (m0 + 3u < 86528u && n0 + 1u < 32u) {
      let v84: u32 = (n0 + 1u);
      let v85: f32 = params[288u + v84];
      let v86: f32 = (acc_3_1 + v85);
      let v87: f32 = max(v86, 0.0f);
      work[(m0 + 3u) * 32u + (n0 + 1u)] = v87;
    }
    if (m0 + 3u < 86528u && n0 + 2u < 32u) {
      let v88: u32 = (n0 + 2u);
      let v89: f32 = params[288u + v88];
      let v90: f32 = (acc_3_2 + v89);
      let v91: f32 = max(v90, 0.0f);
      work[(m0 + 3u) * 32u + (n0 + 2u)] = v91;
    }
    if (m0 + 3u < 86528u && n0 + 3u < 32u) {
      let v92: u32 = (n0 + 3u);
      let v93: f32 = params[288u + v92];
      let v94: f32 = (acc_3_3 + v93);
      let v95: f32 = max(v94, 0.0f);
      work[(m0 + 3u) * 32u + (n0 + 3u)] = v95;
    }
  }
}
// ---- p1_max (reduce, 4096 workgroups, train_step.001.p1_max.wgsl) from specs/cnn.model:11, specs/cnn.model:10
// p1_max: reduce kernel (mdlc)
// from specs/cnn.model:11, specs/cnn.model:10
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
      work[3461120u] = s0_acc0;
    }
  }
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s1_v0: f32 = work[3461120u];
      let s1_v1: f32 = (state[8u] + s1_v0);
      state[8u] = s1_v1;
    }
  }
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s2_v0: f32 = work[3461120u];
      let s2_v1: f32 = (state[20u] + s2_v0);
      state[20u] = s2_v1;
    }
  }
  for (var r = gid.x; r < 692224u; r += stride) {
    var acc0: f32 = -3.4028234e38f;
    for (var j = 0u; j < 4u + opaque; j++) {
      let v2: u32 = (r / 5408u) * 21632u + ((r / 416u) % 13u) * 1664u + ((r / 32u) % 13u) * 128u + j * 32u + (r % 32u);
      let v3: u32 = (v2 % 128u);
      let v4: i32 = i32(((v2 / 1664u) % 13u) * 2u + (v3 / 64u)) - 0i;
      let v5: i32 = i32(((v2 / 128u) % 13u) * 2u + ((v3 / 32u) % 2u)) - 0i;
      let v6: u32 = (v2 / 21632u) * 21632u + u32(clamp(v4, 0i, 25i)) * 832u + u32(clamp(v5, 0i, 25i)) * 32u + (v3 % 32u);
      let v7: f32 = work[(v6 / 32u) * 32u + (v6 % 32u)];
      let v8: f32 = select((-3.0000000054977558e+38f), v7, v4 >= 0i && v4 < 26i && v5 >= 0i && v5 < 26i);
      acc0 = max(acc0, v8);
    }
    var acc9: f32 = 0.0f;
    for (var j = 0u; j < 4u + opaque; j++) {
      let v11: u32 = (r / 5408u) * 21632u + ((r / 416u) % 13u) * 1664u + ((r / 32u) % 13u) * 128u + j * 32u + (r % 32u);
      let v12: u32 = (v11 % 128u);
      let v13: i32 = i32(((v11 / 1664u) % 13u) * 2u + (v12 / 64u)) - 0i;
      let v14: i32 = i32(((v11 / 128u) % 13u) * 2u + ((v12 / 32u) % 2u)) - 0i;
      let v15: u32 = (v11 / 21632u) * 21632u + u32(clamp(v13, 0i, 25i)) * 832u + u32(clamp(v14, 0i, 25i)) * 32u + (v12 % 32u);
      let v16: f32 = work[(v15 / 32u) * 32u + (v15 % 32u)];
      let v17: f32 = select((-3.0000000054977558e+38f), v16, v13 >= 0i && v13 < 26i && v14 >= 0i && v14 < 26i);
      let v18: f32 = select(0.0f, 1.0f, v17 == acc0);
      acc9 += v18;
    }
    work[2768896u + (r / 5408u) * 5408u + ((r / 416u) % 13u) * 416u + ((r / 32u) % 13u) * 32u + (r % 32u)] = acc0;
    work[6230020u + (r / 5408u) * 5408u + ((r / 416u) % 13u) * 416u + ((r / 32u) % 13u) * 32u + (r % 32u)] = acc9;
    for (var j = 0u; j < 4u + opaque; j++) {
      let v19: u32 = (r / 5408u) * 21632u + ((r / 416u) % 13u) * 1664u + ((r / 32u) % 13u) * 128u + j * 32u + (r % 32u);
      let v20: u32 = (v19 % 128u);
      let v21: i32 = i32(((v19 / 1664u) % 13u) * 2u + (v20 / 64u)) - 0i;
      let v22: i32 = i32(((v19 / 128u) % 13u) * 2u + ((v20 / 32u) % 2u)) - 0i;
      let v23: u32 = (v19 / 21632u) * 21632u + u32(clamp(v21, 0i, 25i)) * 832u + u32(clamp(v22, 0i, 25i)) * 32u + (v20 % 32u);
      let v24: f32 = work[(v23 / 32u) * 32u + (v23 % 32u)];
      let v25: f32 = select((-3.0000000054977558e+38f), v24, v21 >= 0i && v21 < 26i && v22 >= 0i && v22 < 26i);
      let v26: f32 = select(0.0f, 1.0f, v25 == acc0);
      work[3461124u + (r / 5408u) * 21632u + ((r / 416u) % 13u) * 1664u + ((r / 32u) % 13u) * 128u + j * 32u + (r % 32u)] = v26;
    }
  }
}
// ---- c2_matmul (matmul, 968 workgroups, train_step.002.c2_matmul.wgsl) from specs/cnn.model:12, specs/cnn.model:11
// c2_matmul: matmul kernel (mdlc)
// from specs/cnn.model:12, specs/cnn.model:11
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
      let v29: f32 = params[320u + (v28 / 6144u) * 6144u + ((v28 / 2048u) % 3u) * 2048u + ((v28 / 64u) % 32u) * 64u + (v28 % 64u)];
      let v30: u32 = k * 64u + min(n0 + 1u, 63u);
      let v31: f32 = params[320u + (v30 / 6144u) * 6144u + ((v30 / 2048u) % 3u) * 2048u + ((v30 / 64u) % 32u) * 64u + (v30 % 64u)];
      let v32: u32 = k * 64u + min(n0 + 2u, 63u);
      let v33: f32 = params[320u + (v32 / 6144u) * 6144u + ((v32 / 2048u) % 3u) * 2048u + ((v32 / 64u) % 32u) * 64u + (v32 % 64u)];
      let v34: u32 = k * 64u + min(n0 + 3u, 63u);
      let v35: f32 = params[320u + (v34 / 6144u) * 6144u + ((v34 / 2048u) % 3u) * 2048u + ((v34 / 64u) % 32u) * 64u + (v34 % 64u)];
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
      let v36: f32 = params[18752u + n0];
      let v37: f32 = (acc_0_0 + v36);
      let v38: f32 = max(v37, 0.0f);
      work[6922244u + m0 * 64u + n0] = v38;
    }
    if (m0 + 0u < 15488u && n0 + 1u < 64u) {
      let v39: u32 = (n0 + 1u);
      let v40: f32 = params[18752u + v39];
      let v41: f32 = (acc_0_1 + v40);
      let v42: f32 = max(v41, 0.0f);
      work[6922244u + m0 * 64u + (n0 + 1u)] = v42;
    }
    if (m0 + 0u < 15488u && n0 + 2u < 64u) {
      let v43: u32 = (n0 + 2u);
      let v44: f32 = params[18752u + v43];
      let v45: f32 = (acc_0_2 + v44);
      let v46: f32 = max(v45, 0.0f);
      work[6922244u + m0 * 64u + (n0 + 2u)] = v46;
    }
    if (m0 + 0u < 15488u && n0 + 3u < 64u) {
      let v47: u32 = (n0 + 3u);
      let v48: f32 = params[18752u + v47];
      let v49: f32 = (acc_0_3 + v48);
      let v50: f32 = max(v49, 0.0f);
      work[6922244u + m0 * 64u + (n0 + 3u)] = v50;
    }
    if (m0 + 1u < 15488u && n0 + 0u < 64u) {
      let v51: f32 = params[18752u + n0];
      let v52: f32 = (acc_1_0 + v51);
      let v53: f32 = max(v52, 0.0f);
      work[6922244u + (m0 + 1u) * 64u + n0] = v53;
    }
    if (m0 + 1u < 15488u && n0 + 1u < 64u) {
      let v54: u32 = (n0 + 1u);
      let v55: f32 = params[18752u + v54];
      let v56: f32 = (acc_1_1 + v55);
      let v57: f32 = max(v56, 0.0f);
      work[6922244u + (m0 + 1u) * 64u + (n0 + 1u)] = v57;
    }
    if (m0 + 1u < 15488u && n0 + 2u < 64u) {
      let v58: u32 = (n0 + 2u);
      let v59: f32 = params[18752u + v58];
      let v60: f32 = (acc_1_2 + v59);
      let v61: f32 = max(v60, 0.0f);
      work[6922244u + (m0 + 1u) * 64u + (n0 + 2u)] = v61;
    }
    if (m0 + 1u < 15488u && n0 + 3u < 64u) {
      let v62: u32 = (n0 + 3u);
      let v63: f32 = params[18752u + v62];
      let v64: f32 = (acc_1_3 + v63);
      let v65: f32 = max(v64, 0.0f);
      work[6922244u + (m0 + 1u) * 64u + (n0 + 3u)] = v65;
    }
    if (m0 + 2u < 15488u && n0 + 0u < 64u) {
      let v66: f32 = params[18752u + n0];
      let v67: f32 = (acc_2_0 + v66);
      let v68: f32 = max(v67, 0.0f);
      work[6922244u + (m0 + 2u) * 64u + n0] = v68;
    }
    if (m0 + 2u < 15488u && n0 + 1u < 64u) {
      let v69: u32 = (n0 + 1u);
      let v70: f32 = params[18752u + v69];
      let v71: f32 = (acc_2_1 + v70);
      let v72: f32 = max(v71, 0.0f);
      work[6922244u + (m0 + 2u) * 64u + (n0 + 1u)] = v72;
    }
    if (m0 + 2u < 15488u && n0 + 2u < 64u) {
      let v73: u32 = (n0 + 2u);
      let v74: f32 = params[18752u + v73];
      let v75: f32 = (acc_2_2 + v74);
      let v76: f32 = max(v75, 0.0f);
      work[6922244u + (m0 + 2u) * 64u + (n0 + 2u)] = v76;
    }
    if (m0 + 2u < 15488u && n0 + 3u < 64u) {
      let v77: u32 = (n0 + 3u);
      let v78: f32 = params[18752u + v77];
      let v79: f32 = (acc_2_3 + v78);
      let v80: f32 = max(v79, 0.0f);
      work[6922244u + (m0 + 2u) * 64u + (n0 + 3u)] = v80;
    }
    if (m0 + 3u < 15488u && n0 + 0u < 64u) {
      let v81: f32 = params[18752u + n0];
      let v82: f32 = (acc_3_0 + v81);
      let v83: f32 = max(v82, 0.0f);
      work[6922244u + (m0 + 3u) * 64u + n0] = v83;
    }
    if (m0 + 3u < 15488u && n0 + 1u < 64u) {
      let v84: u32 = (n0 + 1u);
      let v85: f32 = params[18752u + v84];
      let v86: f32 = (acc_3_1 + v85);
      let v87: f32 = max(v86, 0.0f);
      work[6922244u + (m0 + 3u) * 64u + (n0 + 1u)] = v87;
    }
    if (m0 + 3u < 15488u && n0 + 2u < 64u) {
      let v88: u32 = (n0 + 2u);
      let v89: f32 = params[18752u + v88];
      let v90: f32 = (acc_3_2 + v89);
      let v91: f32 = max(v90, 0.0f);
      work[6922244u + (m0 + 3u) * 64u + (n0 + 2u)] = v91;
    }
    if (m0 + 3u < 15488u && n0 + 3u < 64u) {
      let v92: u32 = (n0 + 3u);
      let v93: f32 = params[18752u + v92];
      let v94: f32 = (acc_3_3 + v93);
      let v95: f32 = max(v94, 0.0f);
      work[6922244u + (m0 + 3u) * 64u + (n0 + 3u)] = v95;
    }
  }
}
// ---- p2_max (reduce, 3200 workgroups, train_step.003.p2_max.wgsl) from specs/cnn.model:13, specs/cnn.model:12
// p2_max: reduce kernel (mdlc)
// from specs/cnn.model:13, specs/cnn.model:12
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
      let v7: f32 = work[6922244u + (v6 / 64u) * 64u + (v6 % 64u)];
      let v8: f32 = select((-3.0000000054977558e+38f), v7, v4 >= 0i && v4 < 11i && v5 >= 0i && v5 < 11i);
      acc0 = max(acc0, v8);
    }
    var acc9: f32 = 0.0f;
    for (var j = 0u; j < 4u + opaque; j++) {
      let v11: u32 = (r / 1600u) * 6400u + ((r / 320u) % 5u) * 1280u + ((r / 64u) % 5u) * 256u + j * 64u + (r % 64u);
      let v12: u32 = (v11 % 256u);
      let v13: i32 = i32(((v11 / 1280u) % 5u) * 2u + (v12 / 128u)) - 0i;
      let v14: i32 = i32(((v11 / 256u) % 5u) * 2u + ((v12 / 64u) % 2u)) - 0i;
      let v15: u32 = (v11 / 6400u) * 7744u + u32(clamp(v13, 0i, 10i)) * 704u + u32(clamp(v14, 0i, 10i)) * 64u + (v12 % 64u);
      let v16: f32 = work[6922244u + (v15 / 64u) * 64u + (v15 % 64u)];
      let v17: f32 = select((-3.0000000054977558e+38f), v16, v13 >= 0i && v13 < 11i && v14 >= 0i && v14 < 11i);
      let v18: f32 = select(0.0f, 1.0f, v17 == acc0);
      acc9 += v18;
    }
    work[7913476u + (r / 1600u) * 1600u + ((r / 320u) % 5u) * 320u + ((r / 64u) % 5u) * 64u + (r % 64u)] = acc0;
    work[8937476u + (r / 1600u) * 1600u + ((r / 320u) % 5u) * 320u + ((r / 64u) % 5u) * 64u + (r % 64u)] = acc9;
    for (var j = 0u; j < 4u + opaque; j++) {
      let v19: u32 = (r / 1600u) * 6400u + ((r / 320u) % 5u) * 1280u + ((r / 64u) % 5u) * 256u + j * 64u + (r % 64u);
      let v20: u32 = (v19 % 256u);
      let v21: i32 = i32(((v19 / 1280u) % 5u) * 2u + (v20 / 128u)) - 0i;
      let v22: i32 = i32(((v19 / 256u) % 5u) * 2u + ((v20 / 64u) % 2u)) - 0i;
      let v23: u32 = (v19 / 6400u) * 7744u + u32(clamp(v21, 0i, 10i)) * 704u + u32(clamp(v22, 0i, 10i)) * 64u + (v20 % 64u);
      let v24: f32 = work[6922244u + (v23 / 64u) * 64u + (v23 % 64u)];
      let v25: f32 = select((-3.0000000054977558e+38f), v24, v21 >= 0i && v21 < 11i && v22 >= 0i && v22 < 11i);
      let v26: f32 = select(0.0f, 1.0f, v25 == acc0);
      work[8118276u + (r / 1600u) * 6400u + ((r / 320u) % 5u) * 1280u + ((r / 64u) % 5u) * 256u + j * 64u + (r % 64u)] = v26;
    }
  }
}
// ---- drop_mul (elementwise, 3200 workgroups, train_step.004.drop_mul.wgsl) from specs/cnn.model:15, specs/cnn.model:14
// drop_mul: elementwise kernel (mdlc)
// from specs/cnn.model:15, specs/cnn.model:14
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
    work[9142276u + (i / 1600u) * 1600u + (i % 1600u)] = v2;
    let v3: u32 = (i / 1600u) * 1600u + (i % 1600u);
    let v4: f32 = work[7913476u + (v3 / 1600u) * 1600u + ((v3 / 320u) % 5u) * 320u + ((v3 / 64u) % 5u) * 64u + (v3 % 64u)];
    let v5: f32 = (v4 * v2);
    work[9347076u + (i / 1600u) * 1600u + (i % 1600u)] = v5;
  }
}
// ---- hidden_matmul (matmul, 16 workgroups, train_step.005.hidden_matmul.wgsl) from specs/cnn.model:16
// hidden_matmul: matmul kernel (mdlc)
// from specs/cnn.model:16
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
      let v0: f32 = work[9347076u + m0 * 1600u + k];
      let v1: f32 = work[9347076u + min(m0 + 1u, 127u) * 1600u + k];
      let v2: f32 = work[9347076u + min(m0 + 2u, 127u) * 1600u + k];
      let v3: f32 = work[9347076u + min(m0 + 3u, 127u) * 1600u + k];
      let v4: f32 = params[18816u + k * 128u + n0];
      let v5: f32 = params[18816u + k * 128u + min(n0 + 1u, 127u)];
      let v6: f32 = params[18816u + k * 128u + min(n0 + 2u, 127u)];
      let v7: f32 = params[18816u + k * 128u + min(n0 + 3u, 127u)];
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
      let v8: f32 = params[223616u + n0];
      let v9: f32 = (acc_0_0 + v8);
      let v10: f32 = max(v9, 0.0f);
      work[7913476u + m0 * 128u + n0] = v10;
    }
    if (m0 + 0u < 128u && n0 + 1u < 128u) {
      let v11: u32 = (n0 + 1u);
      let v12: f32 = params[223616u + v11];
      let v13: f32 = (acc_0_1 + v12);
      let v14: f32 = max(v13, 0.0f);
      work[7913476u + m0 * 128u + (n0 + 1u)] = v14;
    }
    if (m0 + 0u < 128u && n0 + 2u < 128u) {
      let v15: u32 = (n0 + 2u);
      let v16: f32 = params[223616u + v15];
      let v17: f32 = (acc_0_2 + v16);
      let v18: f32 = max(v17, 0.0f);
      work[7913476u + m0 * 128u + (n0 + 2u)] = v18;
    }
    if (m0 + 0u < 128u && n0 + 3u < 128u) {
      let v19: u32 = (n0 + 3u);
      let v20: f32 = params[223616u + v19];
      let v21: f32 = (acc_0_3 + v20);
      let v22: f32 = max(v21, 0.0f);
      work[7913476u + m0 * 128u + (n0 + 3u)] = v22;
    }
    if (m0 + 1u < 128u && n0 + 0u < 128u) {
      let v23: f32 = params[223616u + n0];
      let v24: f32 = (acc_1_0 + v23);
      let v25: f32 = max(v24, 0.0f);
      work[7913476u + (m0 + 1u) * 128u + n0] = v25;
    }
    if (m0 + 1u < 128u && n0 + 1u < 128u) {
      let v26: u32 = (n0 + 1u);
      let v27: f32 = params[223616u + v26];
      let v28: f32 = (acc_1_1 + v27);
      let v29: f32 = max(v28, 0.0f);
      work[7913476u + (m0 + 1u) * 128u + (n0 + 1u)] = v29;
    }
    if (m0 + 1u < 128u && n0 + 2u < 128u) {
      let v30: u32 = (n0 + 2u);
      let v31: f32 = params[223616u + v30];
      let v32: f32 = (acc_1_2 + v31);
      let v33: f32 = max(v32, 0.0f);
      work[7913476u + (m0 + 1u) * 128u + (n0 + 2u)] = v33;
    }
    if (m0 + 1u < 128u && n0 + 3u < 128u) {
      let v34: u32 = (n0 + 3u);
      let v35: f32 = params[223616u + v34];
      let v36: f32 = (acc_1_3 + v35);
      let v37: f32 = max(v36, 0.0f);
      work[7913476u + (m0 + 1u) * 128u + (n0 + 3u)] = v37;
    }
    if (m0 + 2u < 128u && n0 + 0u < 128u) {
      let v38: f32 = params[223616u + n0];
      let v39: f32 = (acc_2_0 + v38);
      let v40: f32 = max(v39, 0.0f);
      work[7913476u + (m0 + 2u) * 128u + n0] = v40;
    }
    if (m0 + 2u < 128u && n0 + 1u < 128u) {
      let v41: u32 = (n0 + 1u);
      let v42: f32 = params[223616u + v41];
      let v43: f32 = (acc_2_1 + v42);
      let v44: f32 = max(v43, 0.0f);
      work[7913476u + (m0 + 2u) * 128u + (n0 + 1u)] = v44;
    }
    if (m0 + 2u < 128u && n0 + 2u < 128u) {
      let v45: u32 = (n0 + 2u);
      let v46: f32 = params[223616u + v45];
      let v47: f32 = (acc_2_2 + v46);
      let v48: f32 = max(v47, 0.0f);
      work[7913476u + (m0 + 2u) * 128u + (n0 + 2u)] = v48;
    }
    if (m0 + 2u < 128u && n0 + 3u < 128u) {
      let v49: u32 = (n0 + 3u);
      let v50: f32 = params[223616u + v49];
      let v51: f32 = (acc_2_3 + v50);
      let v52: f32 = max(v51, 0.0f);
      work[7913476u + (m0 + 2u) * 128u + (n0 + 3u)] = v52;
    }
    if (m0 + 3u < 128u && n0 + 0u < 128u) {
      let v53: f32 = params[223616u + n0];
      let v54: f32 = (acc_3_0 + v53);
      let v55: f32 = max(v54, 0.0f);
      work[7913476u + (m0 + 3u) * 128u + n0] = v55;
    }
    if (m0 + 3u < 128u && n0 + 1u < 128u) {
      let v56: u32 = (n0 + 1u);
      let v57: f32 = params[223616u + v56];
      let v58: f32 = (acc_3_1 + v57);
      let v59: f32 = max(v58, 0.0f);
      work[7913476u + (m0 + 3u) * 128u + (n0 + 1u)] = v59;
    }
    if (m0 + 3u < 128u && n0 + 2u < 128u) {
      let v60: u32 = (n0 + 2u);
      let v61: f32 = params[223616u + v60];
      let v62: f32 = (acc_3_2 + v61);
      let v63: f32 = max(v62, 0.0f);
      work[7913476u + (m0 + 3u) * 128u + (n0 + 2u)] = v63;
    }
    if (m0 + 3u < 128u && n0 + 3u < 128u) {
      let v64: u32 = (n0 + 3u);
      let v65: f32 = params[223616u + v64];
      let v66: f32 = (acc_3_3 + v65);
      let v67: f32 = max(v66, 0.0f);
      work[7913476u + (m0 + 3u) * 128u + (n0 + 3u)] = v67;
    }
  }
}
// ---- logits_matmul (matmul, 2 workgroups, train_step.006.logits_matmul.wgsl) from specs/cnn.model:17
// logits_matmul: matmul kernel (mdlc)
// from specs/cnn.model:17
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
      let v0: f32 = work[7913476u + m0 * 128u + k];
      let v1: f32 = work[7913476u + min(m0 + 1u, 127u) * 128u + k];
      let v2: f32 = work[7913476u + min(m0 + 2u, 127u) * 128u + k];
      let v3: f32 = work[7913476u + min(m0 + 3u, 127u) * 128u + k];
      let v4: f32 = params[223744u + k * 10u + n0];
      let v5: f32 = params[223744u + k * 10u + min(n0 + 1u, 9u)];
      let v6: f32 = params[223744u + k * 10u + min(n0 + 2u, 9u)];
      let v7: f32 = params[223744u + k * 10u + min(n0 + 3u, 9u)];
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
      work[7929860u + m0 * 10u + n0] = acc_0_0;
    }
    if (m0 + 0u < 128u && n0 + 1u < 10u) {
      work[7929860u + m0 * 10u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 128u && n0 + 2u < 10u) {
      work[7929860u + m0 * 10u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 128u && n0 + 3u < 10u) {
      work[7929860u + m0 * 10u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 128u && n0 + 0u < 10u) {
      work[7929860u + (m0 + 1u) * 10u + n0] = acc_1_0;
    }
    if (m0 + 1u < 128u && n0 + 1u < 10u) {
      work[7929860u + (m0 + 1u) * 10u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 128u && n0 + 2u < 10u) {
      work[7929860u + (m0 + 1u) * 10u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 128u && n0 + 3u < 10u) {
      work[7929860u + (m0 + 1u) * 10u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 128u && n0 + 0u < 10u) {
      work[7929860u + (m0 + 2u) * 10u + n0] = acc_2_0;
    }
    if (m0 + 2u < 128u && n0 + 1u < 10u) {
      work[7929860u + (m0 + 2u) * 10u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 128u && n0 + 2u < 10u) {
      work[7929860u + (m0 + 2u) * 10u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 128u && n0 + 3u < 10u) {
      work[7929860u + (m0 + 2u) * 10u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 128u && n0 + 0u < 10u) {
      work[7929860u + (m0 + 3u) * 10u + n0] = acc_3_0;
    }
    if (m0 + 3u < 128u && n0 + 1u < 10u) {
      work[7929860u + (m0 + 3u) * 10u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 128u && n0 + 2u < 10u) {
      work[7929860u + (m0 + 3u) * 10u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 128u && n0 + 3u < 10u) {
      work[7929860u + (m0 + 3u) * 10u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- loss_log_softmax (reduce, 2 workgroups, train_step.007.loss_log_softmax.wgsl) from specs/cnn.model:19, specs/cnn.model:17
// loss_log_softmax: reduce kernel (mdlc)
// from specs/cnn.model:19, specs/cnn.model:17
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
      let v2: f32 = params[225024u + j];
      let v3: f32 = (work[7929860u + r * 10u + j] + v2);
      acc0 = max(acc0, v3);
    }
    var acc4: f32 = 0.0f;
    for (var j = 0u; j < 10u + opaque; j++) {
      let v6: f32 = params[225024u + j];
      let v7: f32 = (work[7929860u + r * 10u + j] + v6);
      let v8: f32 = (v7 - acc0);
      let v9: f32 = exp(v8);
      acc4 += v9;
    }
    var acc10: f32 = 0.0f;
    for (var j = 0u; j < 10u + opaque; j++) {
      let v12: i32 = i32(j);
      let v13: i32 = bitcast<i32>(data[100352u + r]);
      let v14: f32 = select(0.0f, 1.0f, v12 == v13);
      let v15: f32 = params[225024u + j];
      let v16: f32 = (work[7929860u + r * 10u + j] + v15);
      let v17: f32 = (v16 - acc0);
      let v18: f32 = log(acc4);
      let v19: f32 = (v17 - v18);
      let v20: f32 = (v14 * v19);
      acc10 += v20;
    }
    var best22: f32 = -3.4028234e38f;
    var acc21: i32 = 0i;
    for (var j = 0u; j < 10u + opaque; j++) {
      let v23: f32 = params[225024u + j];
      let v24: f32 = (work[7929860u + r * 10u + j] + v23);
      if (v24 > best22) { best22 = v24; acc21 = i32(j); }
    }
    var acc25: f32 = 0.0f;
    for (var j = 0u; j < 10u + opaque; j++) {
      let v27: f32 = work[3461120u];
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
    work[7932420u + r] = acc10;
    work[7932548u + r] = bitcast<f32>(acc21);
    for (var j = 0u; j < 10u + opaque; j++) {
      let v37: i32 = i32(j);
      let v38: i32 = bitcast<i32>(data[100352u + r]);
      let v39: f32 = select(0.0f, 1.0f, v37 == v38);
      work[7931140u + r * 10u + j] = v39;
      let v40: f32 = work[3461120u];
      let v41: f32 = max(v40, 9.999999960041972e-13f);
      let v42: f32 = (1.0f / v41);
      let v43: f32 = (v42 * data[100480u + r]);
      let v44: f32 = (-v43);
      let v45: f32 = (v44 * v39);
      let v46: f32 = (acc25 / acc4);
      let v47: f32 = params[225024u + j];
      let v48: f32 = (work[7929860u + r * 10u + j] + v47);
      let v49: f32 = (v48 - acc0);
      let v50: f32 = exp(v49);
      let v51: f32 = (v46 * v50);
      let v52: f32 = (v45 + v51);
      work[7932676u + r * 10u + j] = v52;
    }
  }
}
// ---- logits_grad_sum (reduce, 1 workgroups, train_step.008.logits_grad_sum.wgsl) from specs/cnn.model:17
// logits_grad_sum: reduce kernel (mdlc)
// from specs/cnn.model:17
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
        let s0_v2: f32 = (-work[7932420u + j]);
        let s0_v3: f32 = (s0_v2 * data[100480u + j]);
        s0_acc0 += s0_v3;
      }
      work[7929860u] = s0_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s1_acc0: f32 = 0.0f;
      for (var j = 0u; j < 1280u + opaque; j++) {
        let s1_v2: i32 = i32((j % 10u));
        let s1_v3: f32 = select(0.0f, 1.0f, s1_v2 == bitcast<i32>(work[7932548u + (j / 10u)]));
        let s1_v4: f32 = (s1_v3 * work[7931140u + (j / 10u) * 10u + (j % 10u)]);
        let s1_v5: u32 = (j / 10u);
        let s1_v6: f32 = data[100480u + s1_v5];
        let s1_v7: f32 = (s1_v4 * s1_v6);
        s1_acc0 += s1_v7;
      }
      work[7929868u] = s1_acc0;
    }
  }
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s2_v0: f32 = work[7929860u];
      let s2_v1: f32 = work[3461120u];
      let s2_v2: f32 = max(s2_v1, 9.999999960041972e-13f);
      let s2_v3: f32 = (s2_v0 / s2_v2);
      work[7929864u] = s2_v3;
      let s2_v4: f32 = (s2_v3 * s2_v1);
      let s2_v5: f32 = (state[4u] + s2_v4);
      state[4u] = s2_v5;
      let s2_v6: f32 = abs(s2_v3);
      let s2_v7: f32 = select(0.0f, 1.0f, s2_v6 <= 3.0000000054977558e+38f);
      let s2_v8: f32 = (1.0f - s2_v7);
      let s2_v9: f32 = (state[12u] + s2_v8);
      state[12u] = s2_v9;
    }
  }
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s3_v0: f32 = work[7929868u];
      let s3_v1: f32 = (state[16u] + s3_v0);
      state[16u] = s3_v1;
    }
  }
  for (var r = gid.x; r < 10u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 128u + opaque; j++) {
      acc0 += work[7932676u + j * 10u + r];
    }
    work[7929872u + r] = acc0;
  }
}
// ---- logits_grad_matmul (matmul, 16 workgroups, train_step.009.logits_grad_matmul.wgsl) from specs/cnn.model:17
// logits_grad_matmul: matmul kernel (mdlc)
// from specs/cnn.model:17
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
      let v0: f32 = work[7932676u + m0 * 10u + k];
      let v1: f32 = work[7932676u + min(m0 + 1u, 127u) * 10u + k];
      let v2: f32 = work[7932676u + min(m0 + 2u, 127u) * 10u + k];
      let v3: f32 = work[7932676u + min(m0 + 3u, 127u) * 10u + k];
      let v4: f32 = params[223744u + n0 * 10u + k];
      let v5: f32 = params[223744u + min(n0 + 1u, 127u) * 10u + k];
      let v6: f32 = params[223744u + min(n0 + 2u, 127u) * 10u + k];
      let v7: f32 = params[223744u + min(n0 + 3u, 127u) * 10u + k];
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
      work[7933956u + m0 * 128u + n0] = acc_0_0;
    }
    if (m0 + 0u < 128u && n0 + 1u < 128u) {
      work[7933956u + m0 * 128u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 128u && n0 + 2u < 128u) {
      work[7933956u + m0 * 128u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 128u && n0 + 3u < 128u) {
      work[7933956u + m0 * 128u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 128u && n0 + 0u < 128u) {
      work[7933956u + (m0 + 1u) * 128u + n0] = acc_1_0;
    }
    if (m0 + 1u < 128u && n0 + 1u < 128u) {
      work[7933956u + (m0 + 1u) * 128u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 128u && n0 + 2u < 128u) {
      work[7933956u + (m0 + 1u) * 128u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 128u && n0 + 3u < 128u) {
      work[7933956u + (m0 + 1u) * 128u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 128u && n0 + 0u < 128u) {
      work[7933956u + (m0 + 2u) * 128u + n0] = acc_2_0;
    }
    if (m0 + 2u < 128u && n0 + 1u < 128u) {
      work[7933956u + (m0 + 2u) * 128u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 128u && n0 + 2u < 128u) {
      work[7933956u + (m0 + 2u) * 128u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 128u && n0 + 3u < 128u) {
      work[7933956u + (m0 + 2u) * 128u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 128u && n0 + 0u < 128u) {
      work[7933956u + (m0 + 3u) * 128u + n0] = acc_3_0;
    }
    if (m0 + 3u < 128u && n0 + 1u < 128u) {
      work[7933956u + (m0 + 3u) * 128u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 128u && n0 + 2u < 128u) {
      work[7933956u + (m0 + 3u) * 128u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 128u && n0 + 3u < 128u) {
      work[7933956u + (m0 + 3u) * 128u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- logits_grad_matmul_1 (matmul, 2 workgroups, train_step.010.logits_grad_matmul_1.wgsl) from specs/cnn.model:17
// logits_grad_matmul_1: matmul kernel (mdlc)
// from specs/cnn.model:17
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
      let v0: f32 = work[7913476u + k * 128u + m0];
      let v1: f32 = work[7913476u + k * 128u + min(m0 + 1u, 127u)];
      let v2: f32 = work[7913476u + k * 128u + min(m0 + 2u, 127u)];
      let v3: f32 = work[7913476u + k * 128u + min(m0 + 3u, 127u)];
      let v4: f32 = work[7932676u + k * 10u + n0];
      let v5: f32 = work[7932676u + k * 10u + min(n0 + 1u, 9u)];
      let v6: f32 = work[7932676u + k * 10u + min(n0 + 2u, 9u)];
      let v7: f32 = work[7932676u + k * 10u + min(n0 + 3u, 9u)];
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
      work[7929884u + m0 * 10u + n0] = acc_0_0;
    }
    if (m0 + 0u < 128u && n0 + 1u < 10u) {
      work[7929884u + m0 * 10u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 128u && n0 + 2u < 10u) {
      work[7929884u + m0 * 10u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 128u && n0 + 3u < 10u) {
      work[7929884u + m0 * 10u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 128u && n0 + 0u < 10u) {
      work[7929884u + (m0 + 1u) * 10u + n0] = acc_1_0;
    }
    if (m0 + 1u < 128u && n0 + 1u < 10u) {
      work[7929884u + (m0 + 1u) * 10u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 128u && n0 + 2u < 10u) {
      work[7929884u + (m0 + 1u) * 10u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 128u && n0 + 3u < 10u) {
      work[7929884u + (m0 + 1u) * 10u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 128u && n0 + 0u < 10u) {
      work[7929884u + (m0 + 2u) * 10u + n0] = acc_2_0;
    }
    if (m0 + 2u < 128u && n0 + 1u < 10u) {
      work[7929884u + (m0 + 2u) * 10u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 128u && n0 + 2u < 10u) {
      work[7929884u + (m0 + 2u) * 10u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 128u && n0 + 3u < 10u) {
      work[7929884u + (m0 + 2u) * 10u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 128u && n0 + 0u < 10u) {
      work[7929884u + (m0 + 3u) * 10u + n0] = acc_3_0;
    }
    if (m0 + 3u < 128u && n0 + 1u < 10u) {
      work[7929884u + (m0 + 3u) * 10u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 128u && n0 + 2u < 10u) {
      work[7929884u + (m0 + 3u) * 10u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 128u && n0 + 3u < 10u) {
      work[7929884u + (m0 + 3u) * 10u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- hidden_grad_sum (reduce, 2 workgroups, train_step.011.hidden_grad_sum.wgsl) from specs/cnn.model:16
// hidden_grad_sum: reduce kernel (mdlc)
// from specs/cnn.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 128u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 128u + opaque; j++) {
      let v2: f32 = select(0.0f, 1.0f, 0.0f < work[7913476u + j * 128u + r]);
      let v3: f32 = (work[7933956u + j * 128u + r] * v2);
      acc0 += v3;
    }
    work[7931164u + r] = acc0;
    for (var j = 0u; j < 128u + opaque; j++) {
      let v4: f32 = select(0.0f, 1.0f, 0.0f < work[7913476u + j * 128u + r]);
      let v5: f32 = (work[7933956u + j * 128u + r] * v4);
      work[7950340u + j * 128u + r] = v5;
    }
  }
}
// ---- hidden_grad_matmul (matmul, 200 workgroups, train_step.012.hidden_grad_matmul.wgsl) from specs/cnn.model:16
// hidden_grad_matmul: matmul kernel (mdlc)
// from specs/cnn.model:16
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
      let v0: f32 = work[7950340u + m0 * 128u + k];
      let v1: f32 = work[7950340u + min(m0 + 1u, 127u) * 128u + k];
      let v2: f32 = work[7950340u + min(m0 + 2u, 127u) * 128u + k];
      let v3: f32 = work[7950340u + min(m0 + 3u, 127u) * 128u + k];
      let v4: f32 = params[18816u + n0 * 128u + k];
      let v5: f32 = params[18816u + min(n0 + 1u, 1599u) * 128u + k];
      let v6: f32 = params[18816u + min(n0 + 2u, 1599u) * 128u + k];
      let v7: f32 = params[18816u + min(n0 + 3u, 1599u) * 128u + k];
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
      work[9551876u + m0 * 1600u + n0] = acc_0_0;
    }
    if (m0 + 0u < 128u && n0 + 1u < 1600u) {
      work[9551876u + m0 * 1600u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 128u && n0 + 2u < 1600u) {
      work[9551876u + m0 * 1600u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 128u && n0 + 3u < 1600u) {
      work[9551876u + m0 * 1600u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 128u && n0 + 0u < 1600u) {
      work[9551876u + (m0 + 1u) * 1600u + n0] = acc_1_0;
    }
    if (m0 + 1u < 128u && n0 + 1u < 1600u) {
      work[9551876u + (m0 + 1u) * 1600u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 128u && n0 + 2u < 1600u) {
      work[9551876u + (m0 + 1u) * 1600u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 128u && n0 + 3u < 1600u) {
      work[9551876u + (m0 + 1u) * 1600u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 128u && n0 + 0u < 1600u) {
      work[9551876u + (m0 + 2u) * 1600u + n0] = acc_2_0;
    }
    if (m0 + 2u < 128u && n0 + 1u < 1600u) {
      work[9551876u + (m0 + 2u) * 1600u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 128u && n0 + 2u < 1600u) {
      work[9551876u + (m0 + 2u) * 1600u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 128u && n0 + 3u < 1600u) {
      work[9551876u + (m0 + 2u) * 1600u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 128u && n0 + 0u < 1600u) {
      work[9551876u + (m0 + 3u) * 1600u + n0] = acc_3_0;
    }
    if (m0 + 3u < 128u && n0 + 1u < 1600u) {
      work[9551876u + (m0 + 3u) * 1600u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 128u && n0 + 2u < 1600u) {
      work[9551876u + (m0 + 3u) * 1600u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 128u && n0 + 3u < 1600u) {
      work[9551876u + (m0 + 3u) * 1600u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- hidden_grad_matmul_1 (matmul, 200 workgroups, train_step.013.hidden_grad_matmul_1.wgsl) from specs/cnn.model:16
// hidden_grad_matmul_1: matmul kernel (mdlc)
// from specs/cnn.model:16
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
      let v0: f32 = work[9347076u + k * 1600u + m0];
      let v1: f32 = work[9347076u + k * 1600u + min(m0 + 1u, 1599u)];
      let v2: f32 = work[9347076u + k * 1600u + min(m0 + 2u, 1599u)];
      let v3: f32 = work[9347076u + k * 1600u + min(m0 + 3u, 1599u)];
      let v4: f32 = work[7950340u + k * 128u + n0];
      let v5: f32 = work[7950340u + k * 128u + min(n0 + 1u, 127u)];
      let v6: f32 = work[7950340u + k * 128u + min(n0 + 2u, 127u)];
      let v7: f32 = work[7950340u + k * 128u + min(n0 + 3u, 127u)];
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
      work[9756676u + m0 * 128u + n0] = acc_0_0;
    }
    if (m0 + 0u < 1600u && n0 + 1u < 128u) {
      work[9756676u + m0 * 128u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 1600u && n0 + 2u < 128u) {
      work[9756676u + m0 * 128u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 1600u && n0 + 3u < 128u) {
      work[9756676u + m0 * 128u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 1600u && n0 + 0u < 128u) {
      work[9756676u + (m0 + 1u) * 128u + n0] = acc_1_0;
    }
    if (m0 + 1u < 1600u && n0 + 1u < 128u) {
      work[9756676u + (m0 + 1u) * 128u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 1600u && n0 + 2u < 128u) {
      work[9756676u + (m0 + 1u) * 128u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 1600u && n0 + 3u < 128u) {
      work[9756676u + (m0 + 1u) * 128u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 1600u && n0 + 0u < 128u) {
      work[9756676u + (m0 + 2u) * 128u + n0] = acc_2_0;
    }
    if (m0 + 2u < 1600u && n0 + 1u < 128u) {
      work[9756676u + (m0 + 2u) * 128u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 1600u && n0 + 2u < 128u) {
      work[9756676u + (m0 + 2u) * 128u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 1600u && n0 + 3u < 128u) {
      work[9756676u + (m0 + 2u) * 128u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 1600u && n0 + 0u < 128u) {
      work[9756676u + (m0 + 3u) * 128u + n0] = acc_3_0;
    }
    if (m0 + 3u < 1600u && n0 + 1u < 128u) {
      work[9756676u + (m0 + 3u) * 128u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 1600u && n0 + 2u < 128u) {
      work[9756676u + (m0 + 3u) * 128u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 1600u && n0 + 3u < 128u) {
      work[9756676u + (m0 + 3u) * 128u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- p2_grad_col2im (elementwise, 4096 workgroups, train_step.014.p2_grad_col2im.wgsl) from specs/cnn.model:13, specs/cnn.model:15
// p2_grad_col2im: elementwise kernel (mdlc)
// from specs/cnn.model:13, specs/cnn.model:15
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
            let v5: f32 = (work[9551876u + (v4 / 1600u) * 1600u + (v4 % 1600u)] * work[9142276u + (v4 / 1600u) * 1600u + (v4 % 1600u)]);
            let v6: f32 = (v5 / work[8937476u + (v3 / 6400u) * 1600u + ((v3 / 1280u) % 5u) * 320u + ((v3 / 256u) % 5u) * 64u + (v3 % 64u)]);
            let v7: f32 = (work[8118276u + (v3 / 6400u) * 6400u + ((v3 / 1280u) % 5u) * 1280u + ((v3 / 256u) % 5u) * 256u + ((v3 / 64u) % 4u) * 64u + (v3 % 64u)] * v6);
            acc0 += v7;
          }
        }
      }
    }
    work[9961476u + (i / 7744u) * 7744u + ((i / 704u) % 11u) * 704u + ((i / 64u) % 11u) * 64u + (i % 64u)] = acc0;
  }
}
// ---- c2_grad_mul (elementwise, 4096 workgroups, train_step.015.c2_grad_mul.wgsl) from specs/cnn.model:12, specs/cnn.model:16
// c2_grad_mul: elementwise kernel (mdlc)
// from specs/cnn.model:12, specs/cnn.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var i = gid.x; i < 991232u; i += stride) {
    let v0: u32 = (i / 64u) * 64u + (i % 64u);
    let v1: f32 = work[9961476u + (v0 / 7744u) * 7744u + ((v0 / 704u) % 11u) * 704u + ((v0 / 64u) % 11u) * 64u + (v0 % 64u)];
    let v2: f32 = select(0.0f, 1.0f, 0.0f < work[6922244u + (i / 64u) * 64u + (i % 64u)]);
    let v3: f32 = (v1 * v2);
    work[7931292u + (i / 64u) * 64u + (i % 64u)] = v3;
  }
}
// ---- c2_grad_sum (reduce, 1 workgroups, train_step.016.c2_grad_sum.wgsl) from specs/cnn.model:12
// c2_grad_sum: reduce kernel (mdlc)
// from specs/cnn.model:12
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 64u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 15488u + opaque; j++) {
      acc0 += work[7931292u + j * 64u + r];
    }
    work[6922244u + r] = acc0;
  }
}
// ---- c2_grad_matmul (matmul, 4096 workgroups, train_step.017.c2_grad_matmul.wgsl) from specs/cnn.model:12
// c2_grad_matmul: matmul kernel (mdlc)
// from specs/cnn.model:12
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
      let v0: f32 = work[7931292u + m0 * 64u + k];
      let v1: f32 = work[7931292u + min(m0 + 1u, 15487u) * 64u + k];
      let v2: f32 = work[7931292u + min(m0 + 2u, 15487u) * 64u + k];
      let v3: f32 = work[7931292u + min(m0 + 3u, 15487u) * 64u + k];
      let v4: u32 = n0 * 64u + k;
      let v5: f32 = params[320u + (v4 / 6144u) * 6144u + ((v4 / 2048u) % 3u) * 2048u + ((v4 / 64u) % 32u) * 64u + (v4 % 64u)];
      let v6: u32 = min(n0 + 1u, 287u) * 64u + k;
      let v7: f32 = params[320u + (v6 / 6144u) * 6144u + ((v6 / 2048u) % 3u) * 2048u + ((v6 / 64u) % 32u) * 64u + (v6 % 64u)];
      let v8: u32 = min(n0 + 2u, 287u) * 64u + k;
      let v9: f32 = params[320u + (v8 / 6144u) * 6144u + ((v8 / 2048u) % 3u) * 2048u + ((v8 / 64u) % 32u) * 64u + (v8 % 64u)];
      let v10: u32 = min(n0 + 3u, 287u) * 64u + k;
      let v11: f32 = params[320u + (v10 / 6144u) * 6144u + ((v10 / 2048u) % 3u) * 2048u + ((v10 / 64u) % 32u) * 64u + (v10 % 64u)];
      acc_0_0 = fma(v0, v5, acc_0_0);
      acc_0_1 = fma(v0, v7, acc_0_1);
      acc_0_2 = fma(v0, v9, acc_0_2);
      acc_0_3 = fma(v0, v11, acc_0_3);
      acc_1_0 = fma(v1, v5, acc_1_0);
      acc_1_1 = fma(v1, v7, acc_1_1);
      acc_1_2 = fma(v1, v9, acc_1_2);
      acc_1_3 = fma(v1, v11, acc_1_3);
      acc_2_0 = fma(v2, v5, acc_2_0);
      acc_2_1 = fma(v2, v7, acc_2_1);
      acc_2_2 = fma(v2, v9, acc_2_2);
      acc_2_3 = fma(v2, v11, acc_2_3);
      acc_3_0 = fma(v3, v5, acc_3_0);
      acc_3_1 = fma(v3, v7, acc_3_1);
      acc_3_2 = fma(v3, v9, acc_3_2);
      acc_3_3 = fma(v3, v11, acc_3_3);
    }
    if (m0 + 0u < 15488u && n0 + 0u < 288u) {
      work[10952708u + m0 * 288u + n0] = acc_0_0;
    }
    if (m0 + 0u < 15488u && n0 + 1u < 288u) {
      work[10952708u + m0 * 288u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 15488u && n0 + 2u < 288u) {
      work[10952708u + m0 * 288u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 15488u && n0 + 3u < 288u) {
      work[10952708u + m0 * 288u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 15488u && n0 + 0u < 288u) {
      work[10952708u + (m0 + 1u) * 288u + n0] = acc_1_0;
    }
    if (m0 + 1u < 15488u && n0 + 1u < 288u) {
      work[10952708u + (m0 + 1u) * 288u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 15488u && n0 + 2u < 288u) {
      work[10952708u + (m0 + 1u) * 288u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 15488u && n0 + 3u < 288u) {
      work[10952708u + (m0 + 1u) * 288u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 15488u && n0 + 0u < 288u) {
      work[10952708u + (m0 + 2u) * 288u + n0] = acc_2_0;
    }
    if (m0 + 2u < 15488u && n0 + 1u < 288u) {
      work[10952708u + (m0 + 2u) * 288u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 15488u && n0 + 2u < 288u) {
      work[10952708u + (m0 + 2u) * 288u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 15488u && n0 + 3u < 288u) {
      work[10952708u + (m0 + 2u) * 288u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 15488u && n0 + 0u < 288u) {
      work[10952708u + (m0 + 3u) * 288u + n0] = acc_3_0;
    }
    if (m0 + 3u < 15488u && n0 + 1u < 288u) {
      work[10952708u + (m0 + 3u) * 288u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 15488u && n0 + 2u < 288u) {
      work[10952708u + (m0 + 3u) * 288u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 15488u && n0 + 3u < 288u) {
      work[10952708u + (m0 + 3u) * 288u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- c2_grad_matmul_1 (matmul, 18 workgroups, train_step.018.c2_grad_matmul_1.wgsl) from specs/cnn.model:12, specs/cnn.model:11
// c2_grad_matmul_1: matmul kernel (mdlc)
// from specs/cnn.model:12, specs/cnn.model:11
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
      let v5: f32 = work[2768896u + (v4 / 5408u) * 5408u + ((v4 / 416u) % 13u) * 416u + ((v4 / 32u) % 13u) * 32u + (v4 % 32u)];
      let v6: f32 = select(0.0f, v5, v2 >= 0i && v2 < 13i && v3 >= 0i && v3 < 13i);
      let v7: u32 = k * 288u + min(m0 + 1u, 287u);
      let v8: u32 = (v7 % 288u);
      let v9: i32 = i32(((v7 / 3168u) % 11u) * 1u + (v8 / 96u)) - 0i;
      let v10: i32 = i32(((v7 / 288u) % 11u) * 1u + ((v8 / 32u) % 3u)) - 0i;
      let v11: u32 = (v7 / 34848u) * 5408u + u32(clamp(v9, 0i, 12i)) * 416u + u32(clamp(v10, 0i, 12i)) * 32u + (v8 % 32u);
      let v12: f32 = work[2768896u + (v11 / 5408u) * 5408u + ((v11 / 416u) % 13u) * 416u + ((v11 / 32u) % 13u) * 32u + (v11 % 32u)];
      let v13: f32 = select(0.0f, v12, v9 >= 0i && v9 < 13i && v10 >= 0i && v10 < 13i);
      let v14: u32 = k * 288u + min(m0 + 2u, 287u);
      let v15: u32 = (v14 % 288u);
      let v16: i32 = i32(((v14 / 3168u) % 11u) * 1u + (v15 / 96u)) - 0i;
      let v17: i32 = i32(((v14 / 288u) % 11u) * 1u + ((v15 / 32u) % 3u)) - 0i;
      let v18: u32 = (v14 / 34848u) * 5408u + u32(clamp(v16, 0i, 12i)) * 416u + u32(clamp(v17, 0i, 12i)) * 32u + (v15 % 32u);
      let v19: f32 = work[2768896u + (v18 / 5408u) * 5408u + ((v18 / 416u) % 13u) * 416u + ((v18 / 32u) % 13u) * 32u + (v18 % 32u)];
      let v20: f32 = select(0.0f, v19, v16 >= 0i && v16 < 13i && v17 >= 0i && v17 < 13i);
      let v21: u32 = k * 288u + min(m0 + 3u, 287u);
      let v22: u32 = (v21 % 288u);
      let v23: i32 = i32(((v21 / 3168u) % 11u) * 1u + (v22 / 96u)) - 0i;
      let v24: i32 = i32(((v21 / 288u) % 11u) * 1u + ((v22 / 32u) % 3u)) - 0i;
      let v25: u32 = (v21 / 34848u) * 5408u + u32(clamp(v23, 0i, 12i)) * 416u + u32(clamp(v24, 0i, 12i)) * 32u + (v22 % 32u);
      let v26: f32 = work[2768896u + (v25 / 5408u) * 5408u + ((v25 / 416u) % 13u) * 416u + ((v25 / 32u) % 13u) * 32u + (v25 % 32u)];
      let v27: f32 = select(0.0f, v26, v23 >= 0i && v23 < 13i && v24 >= 0i && v24 < 13i);
      let v28: f32 = work[7931292u + k * 64u + n0];
      let v29: f32 = work[7931292u + k * 64u + min(n0 + 1u, 63u)];
      let v30: f32 = work[7931292u + k * 64u + min(n0 + 2u, 63u)];
      let v31: f32 = work[7931292u + k * 64u + min(n0 + 3u, 63u)];
      acc_0_0 = fma(v6, v28, acc_0_0);
      acc_0_1 = fma(v6, v29, acc_0_1);
      acc_0_2 = fma(v6, v30, acc_0_2);
      acc_0_3 = fma(v6, v31, acc_0_3);
      acc_1_0 = fma(v13, v28, acc_1_0);
      acc_1_1 = fma(v13, v29, acc_1_1);
      acc_1_2 = fma(v13, v30, acc_1_2);
      acc_1_3 = fma(v13, v31, acc_1_3);
      acc_2_0 = fma(v20, v28, acc_2_0);
      acc_2_1 = fma(v20, v29, acc_2_1);
      acc_2_2 = fma(v20, v30, acc_2_2);
      acc_2_3 = fma(v20, v31, acc_2_3);
      acc_3_0 = fma(v27, v28, acc_3_0);
      acc_3_1 = fma(v27, v29, acc_3_1);
      acc_3_2 = fma(v27, v30, acc_3_2);
      acc_3_3 = fma(v27, v31, acc_3_3);
    }
    if (m0 + 0u < 288u && n0 + 0u < 64u) {
      work[6922308u + m0 * 64u + n0] = acc_0_0;
    }
    if (m0 + 0u < 288u && n0 + 1u < 64u) {
      work[6922308u + m0 * 64u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 288u && n0 + 2u < 64u) {
      work[6922308u + m0 * 64u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 288u && n0 + 3u < 64u) {
      work[6922308u + m0 * 64u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 288u && n0 + 0u < 64u) {
      work[6922308u + (m0 + 1u) * 64u + n0] = acc_1_0;
    }
    if (m0 + 1u < 288u && n0 + 1u < 64u) {
      work[6922308u + (m0 + 1u) * 64u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 288u && n0 + 2u < 64u) {
      work[6922308u + (m0 + 1u) * 64u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 288u && n0 + 3u < 64u) {
      work[6922308u + (m0 + 1u) * 64u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 288u && n0 + 0u < 64u) {
      work[6922308u + (m0 + 2u) * 64u + n0] = acc_2_0;
    }
    if (m0 + 2u < 288u && n0 + 1u < 64u) {
      work[6922308u + (m0 + 2u) * 64u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 288u && n0 + 2u < 64u) {
      work[6922308u + (m0 + 2u) * 64u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 288u && n0 + 3u < 64u) {
      work[6922308u + (m0 + 2u) * 64u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 288u && n0 + 0u < 64u) {
      work[6922308u + (m0 + 3u) * 64u + n0] = acc_3_0;
    }
    if (m0 + 3u < 288u && n0 + 1u < 64u) {
      work[6922308u + (m0 + 3u) * 64u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 288u && n0 + 2u < 64u) {
      work[6922308u + (m0 + 3u) * 64u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 288u && n0 + 3u < 64u) {
      work[6922308u + (m0 + 3u) * 64u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- c2_grad_col2im (elementwise, 4096 workgroups, train_step.019.c2_grad_col2im.wgsl) from specs/cnn.model:12
// c2_grad_col2im: elementwise kernel (mdlc)
// from specs/cnn.model:12
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
            let v4: f32 = work[10952708u + (v3 / 288u) * 288u + (v3 % 288u)];
            acc0 += v4;
          }
        }
      }
    }
    work[2768896u + (i / 5408u) * 5408u + ((i / 416u) % 13u) * 416u + ((i / 32u) % 13u) * 32u + (i % 32u)] = acc0;
  }
}
// ---- p1_grad_col2im (elementwise, 4096 workgroups, train_step.020.p1_grad_col2im.wgsl) from specs/cnn.model:11
// p1_grad_col2im: elementwise kernel (mdlc)
// from specs/cnn.model:11
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
            let v5: f32 = work[2768896u + (v4 / 5408u) * 5408u + ((v4 / 416u) % 13u) * 416u + ((v4 / 32u) % 13u) * 32u + (v4 % 32u)];
            let v6: f32 = (v5 / work[6230020u + (v3 / 21632u) * 5408u + ((v3 / 1664u) % 13u) * 416u + ((v3 / 128u) % 13u) * 32u + (v3 % 32u)]);
            let v7: f32 = (work[3461124u + (v3 / 21632u) * 21632u + ((v3 / 1664u) % 13u) * 1664u + ((v3 / 128u) % 13u) * 128u + ((v3 / 32u) % 4u) * 32u + (v3 % 32u)] * v6);
            acc0 += v7;
          }
        }
      }
    }
    work[9961476u + (i / 21632u) * 21632u + ((i / 832u) % 26u) * 832u + ((i / 32u) % 26u) * 32u + (i % 32u)] = acc0;
  }
}
// ---- c1_grad_mul (elementwise, 4096 workgroups, train_step.021.c1_grad_mul.wgsl) from specs/cnn.model:10, specs/cnn.model:16
// c1_grad_mul: elementwise kernel (mdlc)
// from specs/cnn.model:10, specs/cnn.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var i = gid.x; i < 2768896u; i += stride) {
    let v0: u32 = (i / 32u) * 32u + (i % 32u);
    let v1: f32 = work[9961476u + (v0 / 21632u) * 21632u + ((v0 / 832u) % 26u) * 832u + ((v0 / 32u) % 26u) * 32u + (v0 % 32u)];
    let v2: f32 = select(0.0f, 1.0f, 0.0f < work[(i / 32u) * 32u + (i % 32u)]);
    let v3: f32 = (v1 * v2);
    work[3461124u + (i / 32u) * 32u + (i % 32u)] = v3;
  }
}
// ---- c1_grad_sum (reduce, 1 workgroups, train_step.022.c1_grad_sum.wgsl) from specs/cnn.model:10
// c1_grad_sum: reduce kernel (mdlc)
// from specs/cnn.model:10
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 32u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 86528u + opaque; j++) {
      acc0 += work[3461124u + j * 32u + r];
    }
    work[r] = acc0;
  }
}
// ---- c1_grad_matmul (matmul, 1 workgroups, train_step.023.c1_grad_matmul.wgsl) from specs/cnn.model:10, specs/cnn.model:9
// c1_grad_matmul: matmul kernel (mdlc)
// from specs/cnn.model:10, specs/cnn.model:9
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
      let v28: f32 = work[3461124u + k * 32u + n0];
      let v29: f32 = work[3461124u + k * 32u + min(n0 + 1u, 31u)];
      let v30: f32 = work[3461124u + k * 32u + min(n0 + 2u, 31u)];
      let v31: f32 = work[3461124u + k * 32u + min(n0 + 3u, 31u)];
      acc_0_0 = fma(v6, v28, acc_0_0);
      acc_0_1 = fma(v6, v29, acc_0_1);
      acc_0_2 = fma(v6, v30, acc_0_2);
      acc_0_3 = fma(v6, v31, acc_0_3);
      acc_1_0 = fma(v13, v28, acc_1_0);
      acc_1_1 = fma(v13, v29, acc_1_1);
      acc_1_2 = fma(v13, v30, acc_1_2);
      acc_1_3 = fma(v13, v31, acc_1_3);
      acc_2_0 = fma(v20, v28, acc_2_0);
      acc_2_1 = fma(v20, v29, acc_2_1);
      acc_2_2 = fma(v20, v30, acc_2_2);
      acc_2_3 = fma(v20, v31, acc_2_3);
      acc_3_0 = fma(v27, v28, acc_3_0);
      acc_3_1 = fma(v27, v29, acc_3_1);
      acc_3_2 = fma(v27, v30, acc_3_2);
      acc_3_3 = fma(v27, v31, acc_3_3);
    }
    if (m0 + 0u < 9u && n0 + 0u < 32u) {
      work[32u + m0 * 32u + n0] = acc_0_0;
    }
    if (m0 + 0u < 9u && n0 + 1u < 32u) {
      work[32u + m0 * 32u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 9u && n0 + 2u < 32u) {
      work[32u + m0 * 32u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 9u && n0 + 3u < 32u) {
      work[32u + m0 * 32u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 9u && n0 + 0u < 32u) {
      work[32u + (m0 + 1u) * 32u + n0] = acc_1_0;
    }
    if (m0 + 1u < 9u && n0 + 1u < 32u) {
      work[32u + (m0 + 1u) * 32u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 9u && n0 + 2u < 32u) {
      work[32u + (m0 + 1u) * 32u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 9u && n0 + 3u < 32u) {
      work[32u + (m0 + 1u) * 32u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 9u && n0 + 0u < 32u) {
      work[32u + (m0 + 2u) * 32u + n0] = acc_2_0;
    }
    if (m0 + 2u < 9u && n0 + 1u < 32u) {
      work[32u + (m0 + 2u) * 32u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 9u && n0 + 2u < 32u) {
      work[32u + (m0 + 2u) * 32u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 9u && n0 + 3u < 32u) {
      work[32u + (m0 + 2u) * 32u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 9u && n0 + 0u < 32u) {
      work[32u + (m0 + 3u) * 32u + n0] = acc_3_0;
    }
    if (m0 + 3u < 9u && n0 + 1u < 32u) {
      work[32u + (m0 + 3u) * 32u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 9u && n0 + 2u < 32u) {
      work[32u + (m0 + 3u) * 32u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 9u && n0 + 3u < 32u) {
      work[32u + (m0 + 3u) * 32u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- optimizer_sub (elementwise, 3517 workgroups, train_step.024.optimizer_sub.wgsl) from specs/cnn.model:20, specs/cnn.model:19, specs/cnn.model:10, specs/cnn.model:12, specs/cnn.model:16, specs/cnn.model:17
// optimizer_sub: elementwise kernel (mdlc)
// from specs/cnn.model:20, specs/cnn.model:19, specs/cnn.model:10, specs/cnn.model:12, specs/cnn.model:16, specs/cnn.model:17
@group(0) @binding(0) var<storage, read_write> params: array<f32>;
@group(0) @binding(1) var<storage, read_write> state: array<f32>;
@group(0) @binding(3) var<storage, read> work: array<f32>;
var<private> base0: array<u32, 8> = array<u32, 8>(288u, 0u, 320u, 18752u, 18816u, 223616u, 223744u, 225024u);
var<private> base1: array<u32, 8> = array<u32, 8>(0u, 32u, 6922308u, 6922244u, 9756676u, 7931164u, 7929884u, 7929872u);
var<private> base2: array<u32, 8> = array<u32, 8>(620u, 44u, 684u, 37548u, 37676u, 447276u, 447532u, 450092u);
var<private> base3: array<u32, 8> = array<u32, 8>(620u, 44u, 684u, 37548u, 37676u, 447276u, 447532u, 450092u);
var<private> base4: array<u32, 8> = array<u32, 8>(652u, 332u, 19116u, 37612u, 242476u, 447404u, 448812u, 450104u);
var<private> base5: array<u32, 8> = array<u32, 8>(652u, 332u, 19116u, 37612u, 242476u, 447404u, 448812u, 450104u);
var<private> base6: array<u32, 8> = array<u32, 8>(288u, 0u, 320u, 18752u, 18816u, 223616u, 223744u, 225024u);

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var i = gid.x; i < 225034u; i += stride) {
    var seg = 0u;
    if (i >= 32u) { seg = 1u; }
    if (i >= 320u) { seg = 2u; }
    if (i >= 18752u) { seg = 3u; }
    if (i >= 18816u) { seg = 4u; }
    if (i >= 223616u) { seg = 5u; }
    if (i >= 223744u) { seg = 6u; }
    if (i >= 225024u) { seg = 7u; }
    var starts = array<u32, 8>(0u, 32u, 320u, 18752u, 18816u, 223616u, 223744u, 225024u);
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
// ---- c1_matmul (matmul, 2704 workgroups, eval_step.000.c1_matmul.wgsl) from specs/cnn.model:10, specs/cnn.model:9
// c1_matmul: matmul kernel (mdlc)
// from specs/cnn.model:10, specs/cnn.model:9
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
// ---- p1_max (reduce, 4096 workgroups, eval_step.001.p1_max.wgsl) from specs/cnn.model:11, specs/cnn.model:10
// p1_max: reduce kernel (mdlc)
// from specs/cnn.model:11, specs/cnn.model:10
@group(0) @binding(0) var<storage, read> params: array<f32>;
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
      let v7: u32 = (v6 % 32u);
      let v8: f32 = params[288u + v7];
      let v9: f32 = (work[(v6 / 32u) * 32u + (v6 % 32u)] + v8);
      let v10: f32 = max(v9, 0.0f);
      let v11: f32 = select((-3.0000000054977558e+38f), v10, v4 >= 0i && v4 < 26i && v5 >= 0i && v5 < 26i);
      acc0 = max(acc0, v11);
    }
    work[2768896u + (r / 5408u) * 5408u + ((r / 416u) % 13u) * 416u + ((r / 32u) % 13u) * 32u + (r % 32u)] = acc0;
  }
}
// ---- c2_matmul (matmul, 968 workgroups, eval_step.002.c2_matmul.wgsl) from specs/cnn.model:12, specs/cnn.model:11
// c2_matmul: matmul kernel (mdlc)
// from specs/cnn.model:12, specs/cnn.model:11
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
      let v29: f32 = params[320u + (v28 / 6144u) * 6144u + ((v28 / 2048u) % 3u) * 2048u + ((v28 / 64u) % 32u) * 64u + (v28 % 64u)];
      let v30: u32 = k * 64u + min(n0 + 1u, 63u);
      let v31: f32 = params[320u + (v30 / 6144u) * 6144u + ((v30 / 2048u) % 3u) * 2048u + ((v30 / 64u) % 32u) * 64u + (v30 % 64u)];
      let v32: u32 = k * 64u + min(n0 + 2u, 63u);
      let v33: f32 = params[320u + (v32 / 6144u) * 6144u + ((v32 / 2048u) % 3u) * 2048u + ((v32 / 64u) % 32u) * 64u + (v32 % 64u)];
      let v34: u32 = k * 64u + min(n0 + 3u, 63u);
      let v35: f32 = params[320u + (v34 / 6144u) * 6144u + ((v34 / 2048u) % 3u) * 2048u + ((v34 / 64u) % 32u) * 64u + (v34 % 64u)];
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
// ---- p2_max (reduce, 3200 workgroups, eval_step.003.p2_max.wgsl) from specs/cnn.model:13, specs/cnn.model:12
// p2_max: reduce kernel (mdlc)
// from specs/cnn.model:13, specs/cnn.model:12
@group(0) @binding(0) var<storage, read> params: array<f32>;
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
      let v7: u32 = (v6 % 64u);
      let v8: f32 = params[18752u + v7];
      let v9: f32 = (work[(v6 / 64u) * 64u + (v6 % 64u)] + v8);
      let v10: f32 = max(v9, 0.0f);
      let v11: f32 = select((-3.0000000054977558e+38f), v10, v4 >= 0i && v4 < 11i && v5 >= 0i && v5 < 11i);
      acc0 = max(acc0, v11);
    }
    work[991232u + (r / 1600u) * 1600u + ((r / 320u) % 5u) * 320u + ((r / 64u) % 5u) * 64u + (r % 64u)] = acc0;
  }
}
// ---- hidden_matmul (matmul, 16 workgroups, eval_step.004.hidden_matmul.wgsl) from specs/cnn.model:16, specs/cnn.model:14
// hidden_matmul: matmul kernel (mdlc)
// from specs/cnn.model:16, specs/cnn.model:14
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
      let v8: f32 = params[18816u + k * 128u + n0];
      let v9: f32 = params[18816u + k * 128u + min(n0 + 1u, 127u)];
      let v10: f32 = params[18816u + k * 128u + min(n0 + 2u, 127u)];
      let v11: f32 = params[18816u + k * 128u + min(n0 + 3u, 127u)];
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
      let v12: f32 = params[223616u + n0];
      let v13: f32 = (acc_0_0 + v12);
      let v14: f32 = max(v13, 0.0f);
      work[m0 * 128u + n0] = v14;
    }
    if (m0 + 0u < 128u && n0 + 1u < 128u) {
      let v15: u32 = (n0 + 1u);
      let v16: f32 = params[223616u + v15];
      let v17: f32 = (acc_0_1 + v16);
      let v18: f32 = max(v17, 0.0f);
      work[m0 * 128u + (n0 + 1u)] = v18;
    }
    if (m0 + 0u < 128u && n0 + 2u < 128u) {
      let v19: u32 = (n0 + 2u);
      let v20: f32 = params[223616u + v19];
      let v21: f32 = (acc_0_2 + v20);
      let v22: f32 = max(v21, 0.0f);
      work[m0 * 128u + (n0 + 2u)] = v22;
    }
    if (m0 + 0u < 128u && n0 + 3u < 128u) {
      let v23: u32 = (n0 + 3u);
      let v24: f32 = params[223616u + v23];
      let v25: f32 = (acc_0_3 + v24);
      let v26: f32 = max(v25, 0.0f);
      work[m0 * 128u + (n0 + 3u)] = v26;
    }
    if (m0 + 1u < 128u && n0 + 0u < 128u) {
      let v27: f32 = params[223616u + n0];
      let v28: f32 = (acc_1_0 + v27);
      let v29: f32 = max(v28, 0.0f);
      work[(m0 + 1u) * 128u + n0] = v29;
    }
    if (m0 + 1u < 128u && n0 + 1u < 128u) {
      let v30: u32 = (n0 + 1u);
      let v31: f32 = params[223616u + v30];
      let v32: f32 = (acc_1_1 + v31);
      let v33: f32 = max(v32, 0.0f);
      work[(m0 + 1u) * 128u + (n0 + 1u)] = v33;
    }
    if (m0 + 1u < 128u && n0 + 2u < 128u) {
      let v34: u32 = (n0 + 2u);
      let v35: f32 = params[223616u + v34];
      let v36: f32 = (acc_1_2 + v35);
      let v37: f32 = max(v36, 0.0f);
      work[(m0 + 1u) * 128u + (n0 + 2u)] = v37;
    }
    if (m0 + 1u < 128u && n0 + 3u < 128u) {
      let v38: u32 = (n0 + 3u);
      let v39: f32 = params[223616u + v38];
      let v40: f32 = (acc_1_3 + v39);
      let v41: f32 = max(v40, 0.0f);
      work[(m0 + 1u) * 128u + (n0 + 3u)] = v41;
    }
    if (m0 + 2u < 128u && n0 + 0u < 128u) {
      let v42: f32 = params[223616u + n0];
      let v43: f32 = (acc_2_0 + v42);
      let v44: f32 = max(v43, 0.0f);
      work[(m0 + 2u) * 128u + n0] = v44;
    }
    if (m0 + 2u < 128u && n0 + 1u < 128u) {
      let v45: u32 = (n0 + 1u);
      let v46: f32 = params[223616u + v45];
      let v47: f32 = (acc_2_1 + v46);
      let v48: f32 = max(v47, 0.0f);
      work[(m0 + 2u) * 128u + (n0 + 1u)] = v48;
    }
    if (m0 + 2u < 128u && n0 + 2u < 128u) {
      let v49: u32 = (n0 + 2u);
      let v50: f32 = params[223616u + v49];
      let v51: f32 = (acc_2_2 + v50);
      let v52: f32 = max(v51, 0.0f);
      work[(m0 + 2u) * 128u + (n0 + 2u)] = v52;
    }
    if (m0 + 2u < 128u && n0 + 3u < 128u) {
      let v53: u32 = (n0 + 3u);
      let v54: f32 = params[223616u + v53];
      let v55: f32 = (acc_2_3 + v54);
      let v56: f32 = max(v55, 0.0f);
      work[(m0 + 2u) * 128u + (n0 + 3u)] = v56;
    }
    if (m0 + 3u < 128u && n0 + 0u < 128u) {
      let v57: f32 = params[223616u + n0];
      let v58: f32 = (acc_3_0 + v57);
      let v59: f32 = max(v58, 0.0f);
      work[(m0 + 3u) * 128u + n0] = v59;
    }
    if (m0 + 3u < 128u && n0 + 1u < 128u) {
      let v60: u32 = (n0 + 1u);
      let v61: f32 = params[223616u + v60];
      let v62: f32 = (acc_3_1 + v61);
      let v63: f32 = max(v62, 0.0f);
      work[(m0 + 3u) * 128u + (n0 + 1u)] = v63;
    }
    if (m0 + 3u < 128u && n0 + 2u < 128u) {
      let v64: u32 = (n0 + 2u);
      let v65: f32 = params[223616u + v64];
      let v66: f32 = (acc_3_2 + v65);
      let v67: f32 = max(v66, 0.0f);
      work[(m0 + 3u) * 128u + (n0 + 2u)] = v67;
    }
    if (m0 + 3u < 128u && n0 + 3u < 128u) {
      let v68: u32 = (n0 + 3u);
      let v69: f32 = params[223616u + v68];
      let v70: f32 = (acc_3_3 + v69);
      let v71: f32 = max(v70, 0.0f);
      work[(m0 + 3u) * 128u + (n0 + 3u)] = v71;
    }
  }
}
// ---- logits_matmul (matmul, 2 workgroups, eval_step.005.logits_matmul.wgsl) from specs/cnn.model:17
// logits_matmul: matmul kernel (mdlc)
// from specs/cnn.model:17
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
      let v4: f32 = params[223744u + k * 10u + n0];
      let v5: f32 = params[223744u + k * 10u + min(n0 + 1u, 9u)];
      let v6: f32 = params[223744u + k * 10u + min(n0 + 2u, 9u)];
      let v7: f32 = params[223744u + k * 10u + min(n0 + 3u, 9u)];
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
// ---- loss_log_softmax (reduce, 2 workgroups, eval_step.006.loss_log_softmax.wgsl) from specs/cnn.model:19, specs/cnn.model:17
// loss_log_softmax: reduce kernel (mdlc)
// from specs/cnn.model:19, specs/cnn.model:17
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
      let v2: f32 = params[225024u + j];
      let v3: f32 = (work[16384u + r * 10u + j] + v2);
      acc0 = max(acc0, v3);
    }
    var acc4: f32 = 0.0f;
    for (var j = 0u; j < 10u + opaque; j++) {
      let v6: f32 = params[225024u + j];
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
      let v15: f32 = params[225024u + j];
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
      let v23: f32 = params[225024u + j];
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
      let s2_v1: f32 = (state[28u] + s2_v0);
      state[28u] = s2_v1;
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
      let s3_v5: f32 = (state[24u] + s3_v4);
      state[24u] = s3_v5;
      let s3_v6: f32 = abs(s3_v3);
      let s3_v7: f32 = select(0.0f, 1.0f, s3_v6 <= 3.0000000054977558e+38f);
      let s3_v8: f32 = (1.0f - s3_v7);
      let s3_v9: f32 = (state[32u] + s3_v8);
      state[32u] = s3_v9;
    }
  }
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s4_v0: f32 = work[1548u];
      let s4_v1: f32 = (state[36u] + s4_v0);
      state[36u] = s4_v1;
    }
  }
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s5_v0: f32 = work[1408u];
      let s5_v1: f32 = (state[40u] + s5_v0);
      state[40u] = s5_v1;
    }
  }
  for (var i = gid.x; i < 1u; i += stride) {
  }
}
// ==== predict: 6 kernels
// ---- c1_matmul (matmul, 2704 workgroups, predict.000.c1_matmul.wgsl) from specs/cnn.model:10, specs/cnn.model:9
// c1_matmul: matmul kernel (mdlc)
// from specs/cnn.model:10, specs/cnn.model:9
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
// ---- p1_max (reduce, 4096 workgroups, predict.001.p1_max.wgsl) from specs/cnn.model:11, specs/cnn.model:10
// p1_max: reduce kernel (mdlc)
// from specs/cnn.model:11, specs/cnn.model:10
@group(0) @binding(0) var<storage, read> params: array<f32>;
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
      let v7: u32 = (v6 % 32u);
      let v8: f32 = params[288u + v7];
      let v9: f32 = (work[(v6 / 32u) * 32u + (v6 % 32u)] + v8);
      let v10: f32 = max(v9, 0.0f);
      let v11: f32 = select((-3.0000000054977558e+38f), v10, v4 >= 0i && v4 < 26i && v5 >= 0i && v5 < 26i);
      acc0 = max(acc0, v11);
    }
    work[2768896u + (r / 5408u) * 5408u + ((r / 416u) % 13u) * 416u + ((r / 32u) % 13u) * 32u + (r % 32u)] = acc0;
  }
}
// ---- c2_matmul (matmul, 968 workgroups, predict.002.c2_matmul.wgsl) from specs/cnn.model:12, specs/cnn.model:11
// c2_matmul: matmul kernel (mdlc)
// from specs/cnn.model:12, specs/cnn.model:11
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
      let v29: f32 = params[320u + (v28 / 6144u) * 6144u + ((v28 / 2048u) % 3u) * 2048u + ((v28 / 64u) % 32u) * 64u + (v28 % 64u)];
      let v30: u32 = k * 64u + min(n0 + 1u, 63u);
      let v31: f32 = params[320u + (v30 / 6144u) * 6144u + ((v30 / 2048u) % 3u) * 2048u + ((v30 / 64u) % 32u) * 64u + (v30 % 64u)];
      let v32: u32 = k * 64u + min(n0 + 2u, 63u);
      let v33: f32 = params[320u + (v32 / 6144u) * 6144u + ((v32 / 2048u) % 3u) * 2048u + ((v32 / 64u) % 32u) * 64u + (v32 % 64u)];
      let v34: u32 = k * 64u + min(n0 + 3u, 63u);
      let v35: f32 = params[320u + (v34 / 6144u) * 6144u + ((v34 / 2048u) % 3u) * 2048u + ((v34 / 64u) % 32u) * 64u + (v34 % 64u)];
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
// ---- p2_max (reduce, 3200 workgroups, predict.003.p2_max.wgsl) from specs/cnn.model:13, specs/cnn.model:12
// p2_max: reduce kernel (mdlc)
// from specs/cnn.model:13, specs/cnn.model:12
@group(0) @binding(0) var<storage, read> params: array<f32>;
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
      let v7: u32 = (v6 % 64u);
      let v8: f32 = params[18752u + v7];
      let v9: f32 = (work[(v6 / 64u) * 64u + (v6 % 64u)] + v8);
      let v10: f32 = max(v9, 0.0f);
      let v11: f32 = select((-3.0000000054977558e+38f), v10, v4 >= 0i && v4 < 11i && v5 >= 0i && v5 < 11i);
      acc0 = max(acc0, v11);
    }
    work[991232u + (r / 1600u) * 1600u + ((r / 320u) % 5u) * 320u + ((r / 64u) % 5u) * 64u + (r % 64u)] = acc0;
  }
}
// ---- hidden_matmul (matmul, 16 workgroups, predict.004.hidden_matmul.wgsl) from specs/cnn.model:16, specs/cnn.model:14
// hidden_matmul: matmul kernel (mdlc)
// from specs/cnn.model:16, specs/cnn.model:14
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
      let v8: f32 = params[18816u + k * 128u + n0];
      let v9: f32 = params[18816u + k * 128u + min(n0 + 1u, 127u)];
      let v10: f32 = params[18816u + k * 128u + min(n0 + 2u, 127u)];
      let v11: f32 = params[18816u + k * 128u + min(n0 + 3u, 127u)];
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
      let v12: f32 = params[223616u + n0];
      let v13: f32 = (acc_0_0 + v12);
      let v14: f32 = max(v13, 0.0f);
      work[m0 * 128u + n0] = v14;
    }
    if (m0 + 0u < 128u && n0 + 1u < 128u) {
      let v15: u32 = (n0 + 1u);
      let v16: f32 = params[223616u + v15];
      let v17: f32 = (acc_0_1 + v16);
      let v18: f32 = max(v17, 0.0f);
      work[m0 * 128u + (n0 + 1u)] = v18;
    }
    if (m0 + 0u < 128u && n0 + 2u < 128u) {
      let v19: u32 = (n0 + 2u);
      let v20: f32 = params[223616u + v19];
      let v21: f32 = (acc_0_2 + v20);
      let v22: f32 = max(v21, 0.0f);
      work[m0 * 128u + (n0 + 2u)] = v22;
    }
    if (m0 + 0u < 128u && n0 + 3u < 128u) {
      let v23: u32 = (n0 + 3u);
      let v24: f32 = params[223616u + v23];
      let v25: f32 = (acc_0_3 + v24);
      let v26: f32 = max(v25, 0.0f);
      work[m0 * 128u + (n0 + 3u)] = v26;
    }
    if (m0 + 1u < 128u && n0 + 0u < 128u) {
      let v27: f32 = params[223616u + n0];
      let v28: f32 = (acc_1_0 + v27);
      let v29: f32 = max(v28, 0.0f);
      work[(m0 + 1u) * 128u + n0] = v29;
    }
    if (m0 + 1u < 128u && n0 + 1u < 128u) {
      let v30: u32 = (n0 + 1u);
      let v31: f32 = params[223616u + v30];
      let v32: f32 = (acc_1_1 + v31);
      let v33: f32 = max(v32, 0.0f);
      work[(m0 + 1u) * 128u + (n0 + 1u)] = v33;
    }
    if (m0 + 1u < 128u && n0 + 2u < 128u) {
      let v34: u32 = (n0 + 2u);
      let v35: f32 = params[223616u + v34];
      let v36: f32 = (acc_1_2 + v35);
      let v37: f32 = max(v36, 0.0f);
      work[(m0 + 1u) * 128u + (n0 + 2u)] = v37;
    }
    if (m0 + 1u < 128u && n0 + 3u < 128u) {
      let v38: u32 = (n0 + 3u);
      let v39: f32 = params[223616u + v38];
      let v40: f32 = (acc_1_3 + v39);
      let v41: f32 = max(v40, 0.0f);
      work[(m0 + 1u) * 128u + (n0 + 3u)] = v41;
    }
    if (m0 + 2u < 128u && n0 + 0u < 128u) {
      let v42: f32 = params[223616u + n0];
      let v43: f32 = (acc_2_0 + v42);
      let v44: f32 = max(v43, 0.0f);
      work[(m0 + 2u) * 128u + n0] = v44;
    }
    if (m0 + 2u < 128u && n0 + 1u < 128u) {
      let v45: u32 = (n0 + 1u);
      let v46: f32 = params[223616u + v45];
      let v47: f32 = (acc_2_1 + v46);
      let v48: f32 = max(v47, 0.0f);
      work[(m0 + 2u) * 128u + (n0 + 1u)] = v48;
    }
    if (m0 + 2u < 128u && n0 + 2u < 128u) {
      let v49: u32 = (n0 + 2u);
      let v50: f32 = params[223616u + v49];
      let v51: f32 = (acc_2_2 + v50);
      let v52: f32 = max(v51, 0.0f);
      work[(m0 + 2u) * 128u + (n0 + 2u)] = v52;
    }
    if (m0 + 2u < 128u && n0 + 3u < 128u) {
      let v53: u32 = (n0 + 3u);
      let v54: f32 = params[223616u + v53];
      let v55: f32 = (acc_2_3 + v54);
      let v56: f32 = max(v55, 0.0f);
      work[(m0 + 2u) * 128u + (n0 + 3u)] = v56;
    }
    if (m0 + 3u < 128u && n0 + 0u < 128u) {
      let v57: f32 = params[223616u + n0];
      let v58: f32 = (acc_3_0 + v57);
      let v59: f32 = max(v58, 0.0f);
      work[(m0 + 3u) * 128u + n0] = v59;
    }
    if (m0 + 3u < 128u && n0 + 1u < 128u) {
      let v60: u32 = (n0 + 1u);
      let v61: f32 = params[223616u + v60];
      let v62: f32 = (acc_3_1 + v61);
      let v63: f32 = max(v62, 0.0f);
      work[(m0 + 3u) * 128u + (n0 + 1u)] = v63;
    }
    if (m0 + 3u < 128u && n0 + 2u < 128u) {
      let v64: u32 = (n0 + 2u);
      let v65: f32 = params[223616u + v64];
      let v66: f32 = (acc_3_2 + v65);
      let v67: f32 = max(v66, 0.0f);
      work[(m0 + 3u) * 128u + (n0 + 2u)] = v67;
    }
    if (m0 + 3u < 128u && n0 + 3u < 128u) {
      let v68: u32 = (n0 + 3u);
      let v69: f32 = params[223616u + v68];
      let v70: f32 = (acc_3_3 + v69);
      let v71: f32 = max(v70, 0.0f);
      work[(m0 + 3u) * 128u + (n0 + 3u)] = v71;
    }
  }
}
// ---- logits_matmul (matmul, 2 workgroups, predict.005.logits_matmul.wgsl) from specs/cnn.model:17
// logits_matmul: matmul kernel (mdlc)
// from specs/cnn.model:17
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
      let v4: f32 = params[223744u + k * 10u + n0];
      let v5: f32 = params[223744u + k * 10u + min(n0 + 1u, 9u)];
      let v6: f32 = params[223744u + k * 10u + min(n0 + 2u, 9u)];
      let v7: f32 = params[223744u + k * 10u + min(n0 + 3u, 9u)];
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
      let v8: f32 = params[225024u + n0];
      let v9: f32 = (acc_0_0 + v8);
      work[16384u + m0 * 10u + n0] = v9;
    }
    if (m0 + 0u < 128u && n0 + 1u < 10u) {
      let v10: u32 = (n0 + 1u);
      let v11: f32 = params[225024u + v10];
      let v12: f32 = (acc_0_1 + v11);
      work[16384u + m0 * 10u + (n0 + 1u)] = v12;
    }
    if (m0 + 0u < 128u && n0 + 2u < 10u) {
      let v13: u32 = (n0 + 2u);
      let v14: f32 = params[225024u + v13];
      let v15: f32 = (acc_0_2 + v14);
      work[16384u + m0 * 10u + (n0 + 2u)] = v15;
    }
    if (m0 + 0u < 128u && n0 + 3u < 10u) {
      let v16: u32 = (n0 + 3u);
      let v17: f32 = params[225024u + v16];
      let v18: f32 = (acc_0_3 + v17);
      work[16384u + m0 * 10u + (n0 + 3u)] = v18;
    }
    if (m0 + 1u < 128u && n0 + 0u < 10u) {
      let v19: f32 = params[225024u + n0];
      let v20: f32 = (acc_1_0 + v19);
      work[16384u + (m0 + 1u) * 10u + n0] = v20;
    }
    if (m0 + 1u < 128u && n0 + 1u < 10u) {
      let v21: u32 = (n0 + 1u);
      let v22: f32 = params[225024u + v21];
      let v23: f32 = (acc_1_1 + v22);
      work[16384u + (m0 + 1u) * 10u + (n0 + 1u)] = v23;
    }
    if (m0 + 1u < 128u && n0 + 2u < 10u) {
      let v24: u32 = (n0 + 2u);
      let v25: f32 = params[225024u + v24];
      let v26: f32 = (acc_1_2 + v25);
      work[16384u + (m0 + 1u) * 10u + (n0 + 2u)] = v26;
    }
    if (m0 + 1u < 128u && n0 + 3u < 10u) {
      let v27: u32 = (n0 + 3u);
      let v28: f32 = params[225024u + v27];
      let v29: f32 = (acc_1_3 + v28);
      work[16384u + (m0 + 1u) * 10u + (n0 + 3u)] = v29;
    }
    if (m0 + 2u < 128u && n0 + 0u < 10u) {
      let v30: f32 = params[225024u + n0];
      let v31: f32 = (acc_2_0 + v30);
      work[16384u + (m0 + 2u) * 10u + n0] = v31;
    }
    if (m0 + 2u < 128u && n0 + 1u < 10u) {
      let v32: u32 = (n0 + 1u);
      let v33: f32 = params[225024u + v32];
      let v34: f32 = (acc_2_1 + v33);
      work[16384u + (m0 + 2u) * 10u + (n0 + 1u)] = v34;
    }
    if (m0 + 2u < 128u && n0 + 2u < 10u) {
      let v35: u32 = (n0 + 2u);
      let v36: f32 = params[225024u + v35];
      let v37: f32 = (acc_2_2 + v36);
      work[16384u + (m0 + 2u) * 10u + (n0 + 2u)] = v37;
    }
    if (m0 + 2u < 128u && n0 + 3u < 10u) {
      let v38: u32 = (n0 + 3u);
      let v39: f32 = params[225024u + v38];
      let v40: f32 = (acc_2_3 + v39);
      work[16384u + (m0 + 2u) * 10u + (n0 + 3u)] = v40;
    }
    if (m0 + 3u < 128u && n0 + 0u < 10u) {
      let v41: f32 = params[225024u + n0];
      let v42: f32 = (acc_3_0 + v41);
      work[16384u + (m0 + 3u) * 10u + n0] = v42;
    }
    if (m0 + 3u < 128u && n0 + 1u < 10u) {
      let v43: u32 = (n0 + 1u);
      let v44: f32 = params[225024u + v43];
      let v45: f32 = (acc_3_1 + v44);
      work[16384u + (m0 + 3u) * 10u + (n0 + 1u)] = v45;
    }
    if (m0 + 3u < 128u && n0 + 2u < 10u) {
      let v46: u32 = (n0 + 2u);
      let v47: f32 = params[225024u + v46];
      let v48: f32 = (acc_3_2 + v47);
      work[16384u + (m0 + 3u) * 10u + (n0 + 2u)] = v48;
    }
    if (m0 + 3u < 128u && n0 + 3u < 10u) {
      let v49: u32 = (n0 + 3u);
      let v50: f32 = params[225024u + v49];
      let v51: f32 = (acc_3_3 + v50);
      work[16384u + (m0 + 3u) * 10u + (n0 + 3u)] = v51;
    }
  }
}
