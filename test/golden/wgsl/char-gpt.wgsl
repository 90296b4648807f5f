// specs/char-gpt.model, batch 32: 183 shaders
// ==== train_step: 98 kernels
// ---- pos_norm (reduce, 32 workgroups, train_step.000.pos_norm.wgsl) from specs/char-gpt.model:16, specs/char-gpt.model:23, specs/char-gpt.model:22
// pos_norm: reduce kernel (mdlc)
// from specs/char-gpt.model:16, specs/char-gpt.model:23, specs/char-gpt.model:22
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(2) var<storage, read> data: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 2048u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 128u + opaque; j++) {
      let v2: u32 = u32(clamp(bitcast<i32>(data[(r / 64u) * 64u + (r % 64u)]), 0i, 95i));
      let v3: f32 = params[v2 * 128u + j];
      let v4: u32 = (r % 64u) * 128u + j;
      let v5: f32 = params[12288u + (v4 / 128u) * 128u + (v4 % 128u)];
      let v6: f32 = (v3 + v5);
      acc0 += v6;
    }
    var acc7: f32 = 0.0f;
    for (var j = 0u; j < 128u + opaque; j++) {
      let v9: u32 = u32(clamp(bitcast<i32>(data[(r / 64u) * 64u + (r % 64u)]), 0i, 95i));
      let v10: f32 = params[v9 * 128u + j];
      let v11: u32 = (r % 64u) * 128u + j;
      let v12: f32 = params[12288u + (v11 / 128u) * 128u + (v11 % 128u)];
      let v13: f32 = (v10 + v12);
      let v14: f32 = (acc0 * 0.0078125f);
      let v15: f32 = (v13 - v14);
      let v16: f32 = (v15 * v15);
      acc7 += v16;
    }
    let v17: f32 = (acc7 * 0.0078125f);
    let v18: f32 = (v17 + 0.0010000000474974513f);
    let v19: f32 = sqrt(v18);
    work[524288u + (r / 64u) * 64u + (r % 64u)] = v19;
    for (var j = 0u; j < 128u + opaque; j++) {
      let v20: u32 = u32(clamp(bitcast<i32>(data[(r / 64u) * 64u + (r % 64u)]), 0i, 95i));
      let v21: f32 = params[v20 * 128u + j];
      let v22: u32 = (r % 64u) * 128u + j;
      let v23: f32 = params[12288u + (v22 / 128u) * 128u + (v22 % 128u)];
      let v24: f32 = (v21 + v23);
      work[(r / 64u) * 8192u + (r % 64u) * 128u + j] = v24;
      let v25: f32 = (acc0 * 0.0078125f);
      let v26: f32 = (v24 - v25);
      work[262144u + (r / 64u) * 8192u + (r % 64u) * 128u + j] = v26;
      let v27: f32 = (v26 / v19);
      work[526336u + (r / 64u) * 8192u + (r % 64u) * 128u + j] = v27;
      let v28: f32 = params[20480u + j];
      let v29: f32 = (v27 * v28);
      let v30: f32 = params[20608u + j];
      let v31: f32 = (v29 + v30);
      work[788480u + (r / 64u) * 8192u + (r % 64u) * 128u + j] = v31;
    }
  }
}
// ---- blocks0_a_matmul (matmul, 256 workgroups, train_step.001.blocks0_a_matmul.wgsl) from specs/char-gpt.model:16
// blocks0_a_matmul: matmul kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 16384u; t += stride) {
    let rem = t % 16384u;
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
      let v0: u32 = m0 * 128u + k;
      let v1: f32 = work[788480u + (v0 / 8192u) * 8192u + ((v0 / 128u) % 64u) * 128u + (v0 % 128u)];
      let v2: u32 = min(m0 + 1u, 2047u) * 128u + k;
      let v3: f32 = work[788480u + (v2 / 8192u) * 8192u + ((v2 / 128u) % 64u) * 128u + (v2 % 128u)];
      let v4: u32 = min(m0 + 2u, 2047u) * 128u + k;
      let v5: f32 = work[788480u + (v4 / 8192u) * 8192u + ((v4 / 128u) % 64u) * 128u + (v4 % 128u)];
      let v6: u32 = min(m0 + 3u, 2047u) * 128u + k;
      let v7: f32 = work[788480u + (v6 / 8192u) * 8192u + ((v6 / 128u) % 64u) * 128u + (v6 % 128u)];
      let v8: f32 = params[20736u + k * 128u + n0];
      let v9: f32 = params[20736u + k * 128u + min(n0 + 1u, 127u)];
      let v10: f32 = params[20736u + k * 128u + min(n0 + 2u, 127u)];
      let v11: f32 = params[20736u + k * 128u + min(n0 + 3u, 127u)];
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
    if (m0 + 0u < 2048u && n0 + 0u < 128u) {
      let v12: f32 = params[37120u + n0];
      let v13: f32 = (acc_0_0 + v12);
      work[1050624u + m0 * 128u + n0] = v13;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 128u) {
      let v14: u32 = (n0 + 1u);
      let v15: f32 = params[37120u + v14];
      let v16: f32 = (acc_0_1 + v15);
      work[1050624u + m0 * 128u + (n0 + 1u)] = v16;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 128u) {
      let v17: u32 = (n0 + 2u);
      let v18: f32 = params[37120u + v17];
      let v19: f32 = (acc_0_2 + v18);
      work[1050624u + m0 * 128u + (n0 + 2u)] = v19;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 128u) {
      let v20: u32 = (n0 + 3u);
      let v21: f32 = params[37120u + v20];
      let v22: f32 = (acc_0_3 + v21);
      work[1050624u + m0 * 128u + (n0 + 3u)] = v22;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 128u) {
      let v23: f32 = params[37120u + n0];
      let v24: f32 = (acc_1_0 + v23);
      work[1050624u + (m0 + 1u) * 128u + n0] = v24;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 128u) {
      let v25: u32 = (n0 + 1u);
      let v26: f32 = params[37120u + v25];
      let v27: f32 = (acc_1_1 + v26);
      work[1050624u + (m0 + 1u) * 128u + (n0 + 1u)] = v27;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 128u) {
      let v28: u32 = (n0 + 2u);
      let v29: f32 = params[37120u + v28];
      let v30: f32 = (acc_1_2 + v29);
      work[1050624u + (m0 + 1u) * 128u + (n0 + 2u)] = v30;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 128u) {
      let v31: u32 = (n0 + 3u);
      let v32: f32 = params[37120u + v31];
      let v33: f32 = (acc_1_3 + v32);
      work[1050624u + (m0 + 1u) * 128u + (n0 + 3u)] = v33;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 128u) {
      let v34: f32 = params[37120u + n0];
      let v35: f32 = (acc_2_0 + v34);
      work[1050624u + (m0 + 2u) * 128u + n0] = v35;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 128u) {
      let v36: u32 = (n0 + 1u);
      let v37: f32 = params[37120u + v36];
      let v38: f32 = (acc_2_1 + v37);
      work[1050624u + (m0 + 2u) * 128u + (n0 + 1u)] = v38;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 128u) {
      let v39: u32 = (n0 + 2u);
      let v40: f32 = params[37120u + v39];
      let v41: f32 = (acc_2_2 + v40);
      work[1050624u + (m0 + 2u) * 128u + (n0 + 2u)] = v41;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 128u) {
      let v42: u32 = (n0 + 3u);
      let v43: f32 = params[37120u + v42];
      let v44: f32 = (acc_2_3 + v43);
      work[1050624u + (m0 + 2u) * 128u + (n0 + 3u)] = v44;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 128u) {
      let v45: f32 = params[37120u + n0];
      let v46: f32 = (acc_3_0 + v45);
      work[1050624u + (m0 + 3u) * 128u + n0] = v46;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 128u) {
      let v47: u32 = (n0 + 1u);
      let v48: f32 = params[37120u + v47];
      let v49: f32 = (acc_3_1 + v48);
      work[1050624u + (m0 + 3u) * 128u + (n0 + 1u)] = v49;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 128u) {
      let v50: u32 = (n0 + 2u);
      let v51: f32 = params[37120u + v50];
      let v52: f32 = (acc_3_2 + v51);
      work[1050624u + (m0 + 3u) * 128u + (n0 + 2u)] = v52;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 128u) {
      let v53: u32 = (n0 + 3u);
      let v54: f32 = params[37120u + v53];
      let v55: f32 = (acc_3_3 + v54);
      work[1050624u + (m0 + 3u) * 128u + (n0 + 3u)] = v55;
    }
  }
}
// ---- blocks0_a_matmul_1 (matmul, 256 workgroups, train_step.002.blocks0_a_matmul_1.wgsl) from specs/char-gpt.model:16
// blocks0_a_matmul_1: matmul kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 16384u; t += stride) {
    let rem = t % 16384u;
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
      let v0: u32 = m0 * 128u + k;
      let v1: f32 = work[788480u + (v0 / 8192u) * 8192u + ((v0 / 128u) % 64u) * 128u + (v0 % 128u)];
      let v2: u32 = min(m0 + 1u, 2047u) * 128u + k;
      let v3: f32 = work[788480u + (v2 / 8192u) * 8192u + ((v2 / 128u) % 64u) * 128u + (v2 % 128u)];
      let v4: u32 = min(m0 + 2u, 2047u) * 128u + k;
      let v5: f32 = work[788480u + (v4 / 8192u) * 8192u + ((v4 / 128u) % 64u) * 128u + (v4 % 128u)];
      let v6: u32 = min(m0 + 3u, 2047u) * 128u + k;
      let v7: f32 = work[788480u + (v6 / 8192u) * 8192u + ((v6 / 128u) % 64u) * 128u + (v6 % 128u)];
      let v8: f32 = params[37248u + k * 128u + n0];
      let v9: f32 = params[37248u + k * 128u + min(n0 + 1u, 127u)];
      let v10: f32 = params[37248u + k * 128u + min(n0 + 2u, 127u)];
      let v11: f32 = params[37248u + k * 128u + min(n0 + 3u, 127u)];
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
    if (m0 + 0u < 2048u && n0 + 0u < 128u) {
      let v12: f32 = params[53632u + n0];
      let v13: f32 = (acc_0_0 + v12);
      work[1312768u + m0 * 128u + n0] = v13;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 128u) {
      let v14: u32 = (n0 + 1u);
      let v15: f32 = params[53632u + v14];
      let v16: f32 = (acc_0_1 + v15);
      work[1312768u + m0 * 128u + (n0 + 1u)] = v16;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 128u) {
      let v17: u32 = (n0 + 2u);
      let v18: f32 = params[53632u + v17];
      let v19: f32 = (acc_0_2 + v18);
      work[1312768u + m0 * 128u + (n0 + 2u)] = v19;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 128u) {
      let v20: u32 = (n0 + 3u);
      let v21: f32 = params[53632u + v20];
      let v22: f32 = (acc_0_3 + v21);
      work[1312768u + m0 * 128u + (n0 + 3u)] = v22;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 128u) {
      let v23: f32 = params[53632u + n0];
      let v24: f32 = (acc_1_0 + v23);
      work[1312768u + (m0 + 1u) * 128u + n0] = v24;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 128u) {
      let v25: u32 = (n0 + 1u);
      let v26: f32 = params[53632u + v25];
      let v27: f32 = (acc_1_1 + v26);
      work[1312768u + (m0 + 1u) * 128u + (n0 + 1u)] = v27;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 128u) {
      let v28: u32 = (n0 + 2u);
      let v29: f32 = params[53632u + v28];
      let v30: f32 = (acc_1_2 + v29);
      work[1312768u + (m0 + 1u) * 128u + (n0 + 2u)] = v30;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 128u) {
      let v31: u32 = (n0 + 3u);
      let v32: f32 = params[53632u + v31];
      let v33: f32 = (acc_1_3 + v32);
      work[1312768u + (m0 + 1u) * 128u + (n0 + 3u)] = v33;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 128u) {
      let v34: f32 = params[53632u + n0];
      let v35: f32 = (acc_2_0 + v34);
      work[1312768u + (m0 + 2u) * 128u + n0] = v35;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 128u) {
      let v36: u32 = (n0 + 1u);
      let v37: f32 = params[53632u + v36];
      let v38: f32 = (acc_2_1 + v37);
      work[1312768u + (m0 + 2u) * 128u + (n0 + 1u)] = v38;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 128u) {
      let v39: u32 = (n0 + 2u);
      let v40: f32 = params[53632u + v39];
      let v41: f32 = (acc_2_2 + v40);
      work[1312768u + (m0 + 2u) * 128u + (n0 + 2u)] = v41;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 128u) {
      let v42: u32 = (n0 + 3u);
      let v43: f32 = params[53632u + v42];
      let v44: f32 = (acc_2_3 + v43);
      work[1312768u + (m0 + 2u) * 128u + (n0 + 3u)] = v44;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 128u) {
      let v45: f32 = params[53632u + n0];
      let v46: f32 = (acc_3_0 + v45);
      work[1312768u + (m0 + 3u) * 128u + n0] = v46;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 128u) {
      let v47: u32 = (n0 + 1u);
      let v48: f32 = params[53632u + v47];
      let v49: f32 = (acc_3_1 + v48);
      work[1312768u + (m0 + 3u) * 128u + (n0 + 1u)] = v49;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 128u) {
      let v50: u32 = (n0 + 2u);
      let v51: f32 = params[53632u + v50];
      let v52: f32 = (acc_3_2 + v51);
      work[1312768u + (m0 + 3u) * 128u + (n0 + 2u)] = v52;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 128u) {
      let v53: u32 = (n0 + 3u);
      let v54: f32 = params[53632u + v53];
      let v55: f32 = (acc_3_3 + v54);
      work[1312768u + (m0 + 3u) * 128u + (n0 + 3u)] = v55;
    }
  }
}
// ---- blocks0_a_matmul_2 (matmul, 256 workgroups, train_step.003.blocks0_a_matmul_2.wgsl) from specs/char-gpt.model:16
// blocks0_a_matmul_2: matmul kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 16384u; t += stride) {
    let rem = t % 16384u;
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
      let v0: u32 = m0 * 128u + k;
      let v1: f32 = work[788480u + (v0 / 8192u) * 8192u + ((v0 / 128u) % 64u) * 128u + (v0 % 128u)];
      let v2: u32 = min(m0 + 1u, 2047u) * 128u + k;
      let v3: f32 = work[788480u + (v2 / 8192u) * 8192u + ((v2 / 128u) % 64u) * 128u + (v2 % 128u)];
      let v4: u32 = min(m0 + 2u, 2047u) * 128u + k;
      let v5: f32 = work[788480u + (v4 / 8192u) * 8192u + ((v4 / 128u) % 64u) * 128u + (v4 % 128u)];
      let v6: u32 = min(m0 + 3u, 2047u) * 128u + k;
      let v7: f32 = work[788480u + (v6 / 8192u) * 8192u + ((v6 / 128u) % 64u) * 128u + (v6 % 128u)];
      let v8: f32 = params[53760u + k * 128u + n0];
      let v9: f32 = params[53760u + k * 128u + min(n0 + 1u, 127u)];
      let v10: f32 = params[53760u + k * 128u + min(n0 + 2u, 127u)];
      let v11: f32 = params[53760u + k * 128u + min(n0 + 3u, 127u)];
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
    if (m0 + 0u < 2048u && n0 + 0u < 128u) {
      let v12: f32 = params[70144u + n0];
      let v13: f32 = (acc_0_0 + v12);
      work[1574912u + m0 * 128u + n0] = v13;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 128u) {
      let v14: u32 = (n0 + 1u);
      let v15: f32 = params[70144u + v14];
      let v16: f32 = (acc_0_1 + v15);
      work[1574912u + m0 * 128u + (n0 + 1u)] = v16;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 128u) {
      let v17: u32 = (n0 + 2u);
      let v18: f32 = params[70144u + v17];
      let v19: f32 = (acc_0_2 + v18);
      work[1574912u + m0 * 128u + (n0 + 2u)] = v19;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 128u) {
      let v20: u32 = (n0 + 3u);
      let v21: f32 = params[70144u + v20];
      let v22: f32 = (acc_0_3 + v21);
      work[1574912u + m0 * 128u + (n0 + 3u)] = v22;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 128u) {
      let v23: f32 = params[70144u + n0];
      let v24: f32 = (acc_1_0 + v23);
      work[1574912u + (m0 + 1u) * 128u + n0] = v24;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 128u) {
      let v25: u32 = (n0 + 1u);
      let v26: f32 = params[70144u + v25];
      let v27: f32 = (acc_1_1 + v26);
      work[1574912u + (m0 + 1u) * 128u + (n0 + 1u)] = v27;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 128u) {
      let v28: u32 = (n0 + 2u);
      let v29: f32 = params[70144u + v28];
      let v30: f32 = (acc_1_2 + v29);
      work[1574912u + (m0 + 1u) * 128u + (n0 + 2u)] = v30;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 128u) {
      let v31: u32 = (n0 + 3u);
      let v32: f32 = params[70144u + v31];
      let v33: f32 = (acc_1_3 + v32);
      work[1574912u + (m0 + 1u) * 128u + (n0 + 3u)] = v33;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 128u) {
      let v34: f32 = params[70144u + n0];
      let v35: f32 = (acc_2_0 + v34);
      work[1574912u + (m0 + 2u) * 128u + n0] = v35;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 128u) {
      let v36: u32 = (n0 + 1u);
      let v37: f32 = params[70144u + v36];
      let v38: f32 = (acc_2_1 + v37);
      work[1574912u + (m0 + 2u) * 128u + (n0 + 1u)] = v38;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 128u) {
      let v39: u32 = (n0 + 2u);
      let v40: f32 = params[70144u + v39];
      let v41: f32 = (acc_2_2 + v40);
      work[1574912u + (m0 + 2u) * 128u + (n0 + 2u)] = v41;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 128u) {
      let v42: u32 = (n0 + 3u);
      let v43: f32 = params[70144u + v42];
      let v44: f32 = (acc_2_3 + v43);
      work[1574912u + (m0 + 2u) * 128u + (n0 + 3u)] = v44;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 128u) {
      let v45: f32 = params[70144u + n0];
      let v46: f32 = (acc_3_0 + v45);
      work[1574912u + (m0 + 3u) * 128u + n0] = v46;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 128u) {
      let v47: u32 = (n0 + 1u);
      let v48: f32 = params[70144u + v47];
      let v49: f32 = (acc_3_1 + v48);
      work[1574912u + (m0 + 3u) * 128u + (n0 + 1u)] = v49;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 128u) {
      let v50: u32 = (n0 + 2u);
      let v51: f32 = params[70144u + v50];
      let v52: f32 = (acc_3_2 + v51);
      work[1574912u + (m0 + 3u) * 128u + (n0 + 2u)] = v52;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 128u) {
      let v53: u32 = (n0 + 3u);
      let v54: f32 = params[70144u + v53];
      let v55: f32 = (acc_3_3 + v54);
      work[1574912u + (m0 + 3u) * 128u + (n0 + 3u)] = v55;
    }
  }
}
// ---- blocks0_a_matmul_3 (matmul, 512 workgroups, train_step.004.blocks0_a_matmul_3.wgsl) from specs/char-gpt.model:16
// blocks0_a_matmul_3: matmul kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 32768u; t += stride) {
    let v0: u32 = t / 256u;
    let rem = t % 256u;
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
    for (var k = 0u; k < 32u + opaque; k++) {
      let v1: u32 = v0 * 2048u + m0 * 32u + k;
      let v2: u32 = (v1 / 8192u) * 8192u + ((v1 / 32u) % 64u) * 128u + ((v1 / 2048u) % 4u) * 32u + (v1 % 32u);
      let v3: f32 = work[1050624u + (v2 / 128u) * 128u + (v2 % 128u)];
      let v4: u32 = v0 * 2048u + min(m0 + 1u, 63u) * 32u + k;
      let v5: u32 = (v4 / 8192u) * 8192u + ((v4 / 32u) % 64u) * 128u + ((v4 / 2048u) % 4u) * 32u + (v4 % 32u);
      let v6: f32 = work[1050624u + (v5 / 128u) * 128u + (v5 % 128u)];
      let v7: u32 = v0 * 2048u + min(m0 + 2u, 63u) * 32u + k;
      let v8: u32 = (v7 / 8192u) * 8192u + ((v7 / 32u) % 64u) * 128u + ((v7 / 2048u) % 4u) * 32u + (v7 % 32u);
      let v9: f32 = work[1050624u + (v8 / 128u) * 128u + (v8 % 128u)];
      let v10: u32 = v0 * 2048u + min(m0 + 3u, 63u) * 32u + k;
      let v11: u32 = (v10 / 8192u) * 8192u + ((v10 / 32u) % 64u) * 128u + ((v10 / 2048u) % 4u) * 32u + (v10 % 32u);
      let v12: f32 = work[1050624u + (v11 / 128u) * 128u + (v11 % 128u)];
      let v13: u32 = v0 * 2048u + n0 * 32u + k;
      let v14: u32 = (v13 / 8192u) * 8192u + ((v13 / 32u) % 64u) * 128u + ((v13 / 2048u) % 4u) * 32u + (v13 % 32u);
      let v15: f32 = work[1312768u + (v14 / 128u) * 128u + (v14 % 128u)];
      let v16: u32 = v0 * 2048u + min(n0 + 1u, 63u) * 32u + k;
      let v17: u32 = (v16 / 8192u) * 8192u + ((v16 / 32u) % 64u) * 128u + ((v16 / 2048u) % 4u) * 32u + (v16 % 32u);
      let v18: f32 = work[1312768u + (v17 / 128u) * 128u + (v17 % 128u)];
      let v19: u32 = v0 * 2048u + min(n0 + 2u, 63u) * 32u + k;
      let v20: u32 = (v19 / 8192u) * 8192u + ((v19 / 32u) % 64u) * 128u + ((v19 / 2048u) % 4u) * 32u + (v19 % 32u);
      let v21: f32 = work[1312768u + (v20 / 128u) * 128u + (v20 % 128u)];
      let v22: u32 = v0 * 2048u + min(n0 + 3u, 63u) * 32u + k;
      let v23: u32 = (v22 / 8192u) * 8192u + ((v22 / 32u) % 64u) * 128u + ((v22 / 2048u) % 4u) * 32u + (v22 % 32u);
      let v24: f32 = work[1312768u + (v23 / 128u) * 128u + (v23 % 128u)];
      acc_0_0 = fma(v3, v15, acc_0_0);
      acc_0_1 = fma(v3, v18, acc_0_1);
      acc_0_2 = fma(v3, v21, acc_0_2);
      acc_0_3 = fma(v3, v24, acc_0_3);
      acc_1_0 = fma(v6, v15, acc_1_0);
      acc_1_1 = fma(v6, v18, acc_1_1);
      acc_1_2 = fma(v6, v21, acc_1_2);
      acc_1_3 = fma(v6, v24, acc_1_3);
      acc_2_0 = fma(v9, v15, acc_2_0);
      acc_2_1 = fma(v9, v18, acc_2_1);
      acc_2_2 = fma(v9, v21, acc_2_2);
      acc_2_3 = fma(v9, v24, acc_2_3);
      acc_3_0 = fma(v12, v15, acc_3_0);
      acc_3_1 = fma(v12, v18, acc_3_1);
      acc_3_2 = fma(v12, v21, acc_3_2);
      acc_3_3 = fma(v12, v24, acc_3_3);
    }
    if (m0 + 0u < 64u && n0 + 0u < 64u) {
      work[1837056u + v0 * 4096u + m0 * 64u + n0] = acc_0_0;
    }
    if (m0 + 0u < 64u && n0 + 1u < 64u) {
      work[1837056u + v0 * 4096u + m0 * 64u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 64u && n0 + 2u < 64u) {
      work[1837056u + v0 * 4096u + m0 * 64u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 64u && n0 + 3u < 64u) {
      work[1837056u + v0 * 4096u + m0 * 64u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 64u && n0 + 0u < 64u) {
      work[1837056u + v0 * 4096u + (m0 + 1u) * 64u + n0] = acc_1_0;
    }
    if (m0 + 1u < 64u && n0 + 1u < 64u) {
      work[1837056u + v0 * 4096u + (m0 + 1u) * 64u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 64u && n0 + 2u < 64u) {
      work[1837056u + v0 * 4096u + (m0 + 1u) * 64u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 64u && n0 + 3u < 64u) {
      work[1837056u + v0 * 4096u + (m0 + 1u) * 64u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 64u && n0 + 0u < 64u) {
      work[1837056u + v0 * 4096u + (m0 + 2u) * 64u + n0] = acc_2_0;
    }
    if (m0 + 2u < 64u && n0 + 1u < 64u) {
      work[1837056u + v0 * 4096u + (m0 + 2u) * 64u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 64u && n0 + 2u < 64u) {
      work[1837056u + v0 * 4096u + (m0 + 2u) * 64u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 64u && n0 + 3u < 64u) {
      work[1837056u + v0 * 4096u + (m0 + 2u) * 64u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 64u && n0 + 0u < 64u) {
      work[1837056u + v0 * 4096u + (m0 + 3u) * 64u + n0] = acc_3_0;
    }
    if (m0 + 3u < 64u && n0 + 1u < 64u) {
      work[1837056u + v0 * 4096u + (m0 + 3u) * 64u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 64u && n0 + 2u < 64u) {
      work[1837056u + v0 * 4096u + (m0 + 3u) * 64u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 64u && n0 + 3u < 64u) {
      work[1837056u + v0 * 4096u + (m0 + 3u) * 64u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks0_a_le (elementwise, 64 workgroups, train_step.005.blocks0_a_le.wgsl) from specs/char-gpt.model:16
// blocks0_a_le: elementwise kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var i = gid.x; i < 4096u; i += stride) {
    let v0: i32 = i32((i % 64u));
    let v1: i32 = i32(((i / 64u) % 64u));
    let v2: f32 = select(0.0f, 1.0f, v0 <= v1);
    work[2361344u + ((i / 64u) % 64u) * 64u + (i % 64u)] = v2;
  }
}
// ---- blocks0_a_softmax (reduce, 128 workgroups, train_step.006.blocks0_a_softmax.wgsl) from specs/char-gpt.model:16
// blocks0_a_softmax: reduce kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 8192u; r += stride) {
    var acc0: f32 = -3.4028234e38f;
    for (var j = 0u; j < 64u + opaque; j++) {
      let v2: f32 = (work[1837056u + (r / 64u) * 4096u + (r % 64u) * 64u + j] * 0.1767766922712326f);
      let v3: f32 = select((-3.0000000054977558e+38f), v2, work[2361344u + (r % 64u) * 64u + j] != 0.0f);
      acc0 = max(acc0, v3);
    }
    var acc4: f32 = 0.0f;
    for (var j = 0u; j < 64u + opaque; j++) {
      let v6: f32 = (work[1837056u + (r / 64u) * 4096u + (r % 64u) * 64u + j] * 0.1767766922712326f);
      let v7: f32 = select((-3.0000000054977558e+38f), v6, work[2361344u + (r % 64u) * 64u + j] != 0.0f);
      let v8: f32 = (v7 - acc0);
      let v9: f32 = exp(v8);
      acc4 += v9;
    }
    work[2889728u + (r / 64u) * 64u + (r % 64u)] = acc4;
    for (var j = 0u; j < 64u + opaque; j++) {
      let v10: f32 = (work[1837056u + (r / 64u) * 4096u + (r % 64u) * 64u + j] * 0.1767766922712326f);
      let v11: f32 = select((-3.0000000054977558e+38f), v10, work[2361344u + (r % 64u) * 64u + j] != 0.0f);
      let v12: f32 = (v11 - acc0);
      let v13: f32 = exp(v12);
      work[2365440u + (r / 64u) * 4096u + (r % 64u) * 64u + j] = v13;
      let v14: f32 = (v13 / acc4);
      work[2897920u + (r / 64u) * 4096u + (r % 64u) * 64u + j] = v14;
    }
  }
}
// ---- blocks0_a_matmul_4 (matmul, 256 workgroups, train_step.007.blocks0_a_matmul_4.wgsl) from specs/char-gpt.model:16
// blocks0_a_matmul_4: matmul kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 16384u; t += stride) {
    let v0: u32 = t / 128u;
    let rem = t % 128u;
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
    for (var k = 0u; k < 64u + opaque; k++) {
      let v1: f32 = work[2897920u + v0 * 4096u + m0 * 64u + k];
      let v2: f32 = work[2897920u + v0 * 4096u + min(m0 + 1u, 63u) * 64u + k];
      let v3: f32 = work[2897920u + v0 * 4096u + min(m0 + 2u, 63u) * 64u + k];
      let v4: f32 = work[2897920u + v0 * 4096u + min(m0 + 3u, 63u) * 64u + k];
      let v5: u32 = v0 * 2048u + k * 32u + n0;
      let v6: u32 = (v5 / 8192u) * 8192u + ((v5 / 32u) % 64u) * 128u + ((v5 / 2048u) % 4u) * 32u + (v5 % 32u);
      let v7: f32 = work[1574912u + (v6 / 128u) * 128u + (v6 % 128u)];
      let v8: u32 = v0 * 2048u + k * 32u + min(n0 + 1u, 31u);
      let v9: u32 = (v8 / 8192u) * 8192u + ((v8 / 32u) % 64u) * 128u + ((v8 / 2048u) % 4u) * 32u + (v8 % 32u);
      let v10: f32 = work[1574912u + (v9 / 128u) * 128u + (v9 % 128u)];
      let v11: u32 = v0 * 2048u + k * 32u + min(n0 + 2u, 31u);
      let v12: u32 = (v11 / 8192u) * 8192u + ((v11 / 32u) % 64u) * 128u + ((v11 / 2048u) % 4u) * 32u + (v11 % 32u);
      let v13: f32 = work[1574912u + (v12 / 128u) * 128u + (v12 % 128u)];
      let v14: u32 = v0 * 2048u + k * 32u + min(n0 + 3u, 31u);
      let v15: u32 = (v14 / 8192u) * 8192u + ((v14 / 32u) % 64u) * 128u + ((v14 / 2048u) % 4u) * 32u + (v14 % 32u);
      let v16: f32 = work[1574912u + (v15 / 128u) * 128u + (v15 % 128u)];
      acc_0_0 = fma(v1, v7, acc_0_0);
      acc_0_1 = fma(v1, v10, acc_0_1);
      acc_0_2 = fma(v1, v13, acc_0_2);
      acc_0_3 = fma(v1, v16, acc_0_3);
      acc_1_0 = fma(v2, v7, acc_1_0);
      acc_1_1 = fma(v2, v10, acc_1_1);
      acc_1_2 = fma(v2, v13, acc_1_2);
      acc_1_3 = fma(v2, v16, acc_1_3);
      acc_2_0 = fma(v3, v7, acc_2_0);
      acc_2_1 = fma(v3, v10, acc_2_1);
      acc_2_2 = fma(v3, v13, acc_2_2);
      acc_2_3 = fma(v3, v16, acc_2_3);
      acc_3_0 = fma(v4, v7, acc_3_0);
      acc_3_1 = fma(v4, v10, acc_3_1);
      acc_3_2 = fma(v4, v13, acc_3_2);
      acc_3_3 = fma(v4, v16, acc_3_3);
    }
    if (m0 + 0u < 64u && n0 + 0u < 32u) {
      work[1837056u + v0 * 2048u + m0 * 32u + n0] = acc_0_0;
    }
    if (m0 + 0u < 64u && n0 + 1u < 32u) {
      work[1837056u + v0 * 2048u + m0 * 32u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 64u && n0 + 2u < 32u) {
      work[1837056u + v0 * 2048u + m0 * 32u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 64u && n0 + 3u < 32u) {
      work[1837056u + v0 * 2048u + m0 * 32u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 64u && n0 + 0u < 32u) {
      work[1837056u + v0 * 2048u + (m0 + 1u) * 32u + n0] = acc_1_0;
    }
    if (m0 + 1u < 64u && n0 + 1u < 32u) {
      work[1837056u + v0 * 2048u + (m0 + 1u) * 32u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 64u && n0 + 2u < 32u) {
      work[1837056u + v0 * 2048u + (m0 + 1u) * 32u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 64u && n0 + 3u < 32u) {
      work[1837056u + v0 * 2048u + (m0 + 1u) * 32u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 64u && n0 + 0u < 32u) {
      work[1837056u + v0 * 2048u + (m0 + 2u) * 32u + n0] = acc_2_0;
    }
    if (m0 + 2u < 64u && n0 + 1u < 32u) {
      work[1837056u + v0 * 2048u + (m0 + 2u) * 32u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 64u && n0 + 2u < 32u) {
      work[1837056u + v0 * 2048u + (m0 + 2u) * 32u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 64u && n0 + 3u < 32u) {
      work[1837056u + v0 * 2048u + (m0 + 2u) * 32u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 64u && n0 + 0u < 32u) {
      work[1837056u + v0 * 2048u + (m0 + 3u) * 32u + n0] = acc_3_0;
    }
    if (m0 + 3u < 64u && n0 + 1u < 32u) {
      work[1837056u + v0 * 2048u + (m0 + 3u) * 32u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 64u && n0 + 2u < 32u) {
      work[1837056u + v0 * 2048u + (m0 + 3u) * 32u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 64u && n0 + 3u < 32u) {
      work[1837056u + v0 * 2048u + (m0 + 3u) * 32u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks0_a_matmul_5 (matmul, 256 workgroups, train_step.008.blocks0_a_matmul_5.wgsl) from specs/char-gpt.model:16
// blocks0_a_matmul_5: matmul kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 16384u; t += stride) {
    let rem = t % 16384u;
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
      let v0: u32 = m0 * 128u + k;
      let v1: u32 = (v0 / 8192u) * 8192u + ((v0 / 32u) % 4u) * 2048u + ((v0 / 128u) % 64u) * 32u + (v0 % 32u);
      let v2: f32 = work[1837056u + (v1 / 2048u) * 2048u + ((v1 / 32u) % 64u) * 32u + (v1 % 32u)];
      let v3: u32 = min(m0 + 1u, 2047u) * 128u + k;
      let v4: u32 = (v3 / 8192u) * 8192u + ((v3 / 32u) % 4u) * 2048u + ((v3 / 128u) % 64u) * 32u + (v3 % 32u);
      let v5: f32 = work[1837056u + (v4 / 2048u) * 2048u + ((v4 / 32u) % 64u) * 32u + (v4 % 32u)];
      let v6: u32 = min(m0 + 2u, 2047u) * 128u + k;
      let v7: u32 = (v6 / 8192u) * 8192u + ((v6 / 32u) % 4u) * 2048u + ((v6 / 128u) % 64u) * 32u + (v6 % 32u);
      let v8: f32 = work[1837056u + (v7 / 2048u) * 2048u + ((v7 / 32u) % 64u) * 32u + (v7 % 32u)];
      let v9: u32 = min(m0 + 3u, 2047u) * 128u + k;
      let v10: u32 = (v9 / 8192u) * 8192u + ((v9 / 32u) % 4u) * 2048u + ((v9 / 128u) % 64u) * 32u + (v9 % 32u);
      let v11: f32 = work[1837056u + (v10 / 2048u) * 2048u + ((v10 / 32u) % 64u) * 32u + (v10 % 32u)];
      let v12: f32 = params[70272u + k * 128u + n0];
      let v13: f32 = params[70272u + k * 128u + min(n0 + 1u, 127u)];
      let v14: f32 = params[70272u + k * 128u + min(n0 + 2u, 127u)];
      let v15: f32 = params[70272u + k * 128u + min(n0 + 3u, 127u)];
      acc_0_0 = fma(v2, v12, acc_0_0);
      acc_0_1 = fma(v2, v13, acc_0_1);
      acc_0_2 = fma(v2, v14, acc_0_2);
      acc_0_3 = fma(v2, v15, acc_0_3);
      acc_1_0 = fma(v5, v12, acc_1_0);
      acc_1_1 = fma(v5, v13, acc_1_1);
      acc_1_2 = fma(v5, v14, acc_1_2);
      acc_1_3 = fma(v5, v15, acc_1_3);
      acc_2_0 = fma(v8, v12, acc_2_0);
      acc_2_1 = fma(v8, v13, acc_2_1);
      acc_2_2 = fma(v8, v14, acc_2_2);
      acc_2_3 = fma(v8, v15, acc_2_3);
      acc_3_0 = fma(v11, v12, acc_3_0);
      acc_3_1 = fma(v11, v13, acc_3_1);
      acc_3_2 = fma(v11, v14, acc_3_2);
      acc_3_3 = fma(v11, v15, acc_3_3);
    }
    if (m0 + 0u < 2048u && n0 + 0u < 128u) {
      work[2099200u + m0 * 128u + n0] = acc_0_0;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 128u) {
      work[2099200u + m0 * 128u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 128u) {
      work[2099200u + m0 * 128u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 128u) {
      work[2099200u + m0 * 128u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 128u) {
      work[2099200u + (m0 + 1u) * 128u + n0] = acc_1_0;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 128u) {
      work[2099200u + (m0 + 1u) * 128u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 128u) {
      work[2099200u + (m0 + 1u) * 128u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 128u) {
      work[2099200u + (m0 + 1u) * 128u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 128u) {
      work[2099200u + (m0 + 2u) * 128u + n0] = acc_2_0;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 128u) {
      work[2099200u + (m0 + 2u) * 128u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 128u) {
      work[2099200u + (m0 + 2u) * 128u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 128u) {
      work[2099200u + (m0 + 2u) * 128u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 128u) {
      work[2099200u + (m0 + 3u) * 128u + n0] = acc_3_0;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 128u) {
      work[2099200u + (m0 + 3u) * 128u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 128u) {
      work[2099200u + (m0 + 3u) * 128u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 128u) {
      work[2099200u + (m0 + 3u) * 128u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks0_h_norm (reduce, 32 workgroups, train_step.009.blocks0_h_norm.wgsl) from specs/char-gpt.model:18, specs/char-gpt.model:17, specs/char-gpt.model:16
// blocks0_h_norm: reduce kernel (mdlc)
// from specs/char-gpt.model:18, specs/char-gpt.model:17, specs/char-gpt.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
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
  for (var r = gid.x; r < 2048u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 128u + opaque; j++) {
      let v2: u32 = (r / 64u) * 8192u + (r % 64u) * 128u + j;
      let v3: u32 = (v2 % 128u);
      let v4: f32 = params[86656u + v3];
      let v5: f32 = (work[2099200u + (v2 / 128u) * 128u + (v2 % 128u)] + v4);
      let v6: f32 = mdlc_uniform(1234u, 0u, u32(state[0u]), (r / 64u) * 8192u + (r % 64u) * 128u + j);
      let v7: f32 = select(0.0f, 1.0f, 0.10000000149011612f <= v6);
      let v8: f32 = (v7 * 1.1111111640930176f);
      let v9: f32 = (v5 * v8);
      let v10: f32 = (work[(r / 64u) * 8192u + (r % 64u) * 128u + j] + v9);
      acc0 += v10;
    }
    var acc11: f32 = 0.0f;
    for (var j = 0u; j < 128u + opaque; j++) {
      let v13: u32 = (r / 64u) * 8192u + (r % 64u) * 128u + j;
      let v14: u32 = (v13 % 128u);
      let v15: f32 = params[86656u + v14];
      let v16: f32 = (work[2099200u + (v13 / 128u) * 128u + (v13 % 128u)] + v15);
      let v17: f32 = mdlc_uniform(1234u, 0u, u32(state[0u]), (r / 64u) * 8192u + (r % 64u) * 128u + j);
      let v18: f32 = select(0.0f, 1.0f, 0.10000000149011612f <= v17);
      let v19: f32 = (v18 * 1.1111111640930176f);
      let v20: f32 = (v16 * v19);
      let v21: f32 = (work[(r / 64u) * 8192u + (r % 64u) * 128u + j] + v20);
      let v22: f32 = (acc0 * 0.0078125f);
      let v23: f32 = (v21 - v22);
      let v24: f32 = (v23 * v23);
      acc11 += v24;
    }
    let v25: f32 = (acc11 * 0.0078125f);
    let v26: f32 = (v25 + 0.0010000000474974513f);
    let v27: f32 = sqrt(v26);
    work[4208640u + (r / 64u) * 64u + (r % 64u)] = v27;
    for (var j = 0u; j < 128u + opaque; j++) {
      let v28: f32 = mdlc_uniform(1234u, 0u, u32(state[0u]), (r / 64u) * 8192u + (r % 64u) * 128u + j);
      let v29: f32 = select(0.0f, 1.0f, 0.10000000149011612f <= v28);
      let v30: f32 = (v29 * 1.1111111640930176f);
      work[3422208u + (r / 64u) * 8192u + (r % 64u) * 128u + j] = v30;
      let v31: u32 = (r / 64u) * 8192u + (r % 64u) * 128u + j;
      let v32: u32 = (v31 % 128u);
      let v33: f32 = params[86656u + v32];
      let v34: f32 = (work[2099200u + (v31 / 128u) * 128u + (v31 % 128u)] + v33);
      let v35: f32 = (v34 * v30);
      let v36: f32 = (work[(r / 64u) * 8192u + (r % 64u) * 128u + j] + v35);
      work[3684352u + (r / 64u) * 8192u + (r % 64u) * 128u + j] = v36;
      let v37: f32 = (acc0 * 0.0078125f);
      let v38: f32 = (v36 - v37);
      work[3946496u + (r / 64u) * 8192u + (r % 64u) * 128u + j] = v38;
      let v39: f32 = (v38 / v27);
      work[4210688u + (r / 64u) * 8192u + (r % 64u) * 128u + j] = v39;
      let v40: f32 = params[86784u + j];
      let v41: f32 = (v39 * v40);
      let v42: f32 = params[86912u + j];
      let v43: f32 = (v41 + v42);
      work[4472832u + (r / 64u) * 8192u + (r % 64u) * 128u + j] = v43;
    }
  }
}
// ---- blocks0_f_matmul (matmul, 1024 workgroups, train_step.010.blocks0_f_matmul.wgsl) from specs/char-gpt.model:18
// blocks0_f_matmul: matmul kernel (mdlc)
// from specs/char-gpt.model:18
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 65536u; t += stride) {
    let rem = t % 65536u;
    let m0 = (rem / 128u) * 4u;
    let n0 = (rem % 128u) * 4u;
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
      let v0: u32 = m0 * 128u + k;
      let v1: f32 = work[4472832u + (v0 / 8192u) * 8192u + ((v0 / 128u) % 64u) * 128u + (v0 % 128u)];
      let v2: u32 = min(m0 + 1u, 2047u) * 128u + k;
      let v3: f32 = work[4472832u + (v2 / 8192u) * 8192u + ((v2 / 128u) % 64u) * 128u + (v2 % 128u)];
      let v4: u32 = min(m0 + 2u, 2047u) * 128u + k;
      let v5: f32 = work[4472832u + (v4 / 8192u) * 8192u + ((v4 / 128u) % 64u) * 128u + (v4 % 128u)];
      let v6: u32 = min(m0 + 3u, 2047u) * 128u + k;
      let v7: f32 = work[4472832u + (v6 / 8192u) * 8192u + ((v6 / 128u) % 64u) * 128u + (v6 % 128u)];
      let v8: f32 = params[87040u + k * 512u + n0];
      let v9: f32 = params[87040u + k * 512u + min(n0 + 1u, 511u)];
      let v10: f32 = params[87040u + k * 512u + min(n0 + 2u, 511u)];
      let v11: f32 = params[87040u + k * 512u + min(n0 + 3u, 511u)];
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
    if (m0 + 0u < 2048u && n0 + 0u < 512u) {
      work[4734976u + m0 * 512u + n0] = acc_0_0;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 512u) {
      work[4734976u + m0 * 512u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 512u) {
      work[4734976u + m0 * 512u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 512u) {
      work[4734976u + m0 * 512u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 512u) {
      work[4734976u + (m0 + 1u) * 512u + n0] = acc_1_0;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 512u) {
      work[4734976u + (m0 + 1u) * 512u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 512u) {
      work[4734976u + (m0 + 1u) * 512u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 512u) {
      work[4734976u + (m0 + 1u) * 512u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 512u) {
      work[4734976u + (m0 + 2u) * 512u + n0] = acc_2_0;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 512u) {
      work[4734976u + (m0 + 2u) * 512u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 512u) {
      work[4734976u + (m0 + 2u) * 512u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 512u) {
      work[4734976u + (m0 + 2u) * 512u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 512u) {
      work[4734976u + (m0 + 3u) * 512u + n0] = acc_3_0;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 512u) {
      work[4734976u + (m0 + 3u) * 512u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 512u) {
      work[4734976u + (m0 + 3u) * 512u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 512u) {
      work[4734976u + (m0 + 3u) * 512u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks0_f_mul (elementwise, 4096 workgroups, train_step.011.blocks0_f_mul.wgsl) from specs/char-gpt.model:18
// blocks0_f_mul: elementwise kernel (mdlc)
// from specs/char-gpt.model:18
@group(0) @binding(0) var<storage, read> params: array<f32>;
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
  for (var i = gid.x; i < 1048576u; i += stride) {
    let v0: u32 = (i / 32768u) * 32768u + ((i / 512u) % 64u) * 512u + (i % 512u);
    let v1: u32 = (v0 % 512u);
    let v2: f32 = params[152576u + v1];
    let v3: f32 = (work[4734976u + (v0 / 512u) * 512u + (v0 % 512u)] + v2);
    let v4: f32 = (v3 * 0.5f);
    work[5783552u + (i / 32768u) * 32768u + ((i / 512u) % 64u) * 512u + (i % 512u)] = v4;
    let v5: u32 = (i / 32768u) * 32768u + ((i / 512u) % 64u) * 512u + (i % 512u);
    let v6: u32 = (v5 % 512u);
    let v7: f32 = params[152576u + v6];
    let v8: f32 = (work[4734976u + (v5 / 512u) * 512u + (v5 % 512u)] + v7);
    let v9: f32 = (v8 * 0.7071067690849304f);
    work[6832128u + (i / 32768u) * 32768u + ((i / 512u) % 64u) * 512u + (i % 512u)] = v9;
    let v10: f32 = mdlc_erf(v9);
    let v11: f32 = (1.0f + v10);
    work[7880704u + (i / 32768u) * 32768u + ((i / 512u) % 64u) * 512u + (i % 512u)] = v11;
    let v12: f32 = (v4 * v11);
    work[8929280u + (i / 32768u) * 32768u + ((i / 512u) % 64u) * 512u + (i % 512u)] = v12;
  }
}
// ---- blocks0_output_dense_matmul (matmul, 256 workgroups, train_step.012.blocks0_output_dense_matmul.wgsl) from specs/char-gpt.model:19
// blocks0_output_dense_matmul: matmul kernel (mdlc)
// from specs/char-gpt.model:19
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 16384u; t += stride) {
    let rem = t % 16384u;
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
    for (var k = 0u; k < 512u + opaque; k++) {
      let v0: u32 = m0 * 512u + k;
      let v1: f32 = work[8929280u + (v0 / 32768u) * 32768u + ((v0 / 512u) % 64u) * 512u + (v0 % 512u)];
      let v2: u32 = min(m0 + 1u, 2047u) * 512u + k;
      let v3: f32 = work[8929280u + (v2 / 32768u) * 32768u + ((v2 / 512u) % 64u) * 512u + (v2 % 512u)];
      let v4: u32 = min(m0 + 2u, 2047u) * 512u + k;
      let v5: f32 = work[8929280u + (v4 / 32768u) * 32768u + ((v4 / 512u) % 64u) * 512u + (v4 % 512u)];
      let v6: u32 = min(m0 + 3u, 2047u) * 512u + k;
      let v7: f32 = work[8929280u + (v6 / 32768u) * 32768u + ((v6 / 512u) % 64u) * 512u + (v6 % 512u)];
      let v8: f32 = params[153088u + k * 128u + n0];
      let v9: f32 = params[153088u + k * 128u + min(n0 + 1u, 127u)];
      let v10: f32 = params[153088u + k * 128u + min(n0 + 2u, 127u)];
      let v11: f32 = params[153088u + k * 128u + min(n0 + 3u, 127u)];
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
    if (m0 + 0u < 2048u && n0 + 0u < 128u) {
      work[m0 * 128u + n0] = acc_0_0;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 128u) {
      work[m0 * 128u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 128u) {
      work[m0 * 128u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 128u) {
      work[m0 * 128u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 128u) {
      work[(m0 + 1u) * 128u + n0] = acc_1_0;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 128u) {
      work[(m0 + 1u) * 128u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 128u) {
      work[(m0 + 1u) * 128u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 128u) {
      work[(m0 + 1u) * 128u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 128u) {
      work[(m0 + 2u) * 128u + n0] = acc_2_0;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 128u) {
      work[(m0 + 2u) * 128u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 128u) {
      work[(m0 + 2u) * 128u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 128u) {
      work[(m0 + 2u) * 128u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 128u) {
      work[(m0 + 3u) * 128u + n0] = acc_3_0;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 128u) {
      work[(m0 + 3u) * 128u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 128u) {
      work[(m0 + 3u) * 128u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 128u) {
      work[(m0 + 3u) * 128u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks0_output_norm (reduce, 32 workgroups, train_step.013.blocks0_output_norm.wgsl) from specs/char-gpt.model:16, specs/char-gpt.model:19, specs/char-gpt.model:17
// blocks0_output_norm: reduce kernel (mdlc)
// from specs/char-gpt.model:16, specs/char-gpt.model:19, specs/char-gpt.model:17
@group(0) @binding(0) var<storage, read> params: array<f32>;
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
  for (var r = gid.x; r < 2048u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 128u + opaque; j++) {
      let v2: u32 = (r / 64u) * 8192u + (r % 64u) * 128u + j;
      let v3: u32 = (v2 % 128u);
      let v4: f32 = params[218624u + v3];
      let v5: f32 = (work[(v2 / 128u) * 128u + (v2 % 128u)] + v4);
      let v6: f32 = mdlc_uniform(1234u, 1u, u32(state[0u]), (r / 64u) * 8192u + (r % 64u) * 128u + j);
      let v7: f32 = select(0.0f, 1.0f, 0.10000000149011612f <= v6);
      let v8: f32 = (v7 * 1.1111111640930176f);
      let v9: f32 = (v5 * v8);
      let v10: f32 = (work[3684352u + (r / 64u) * 8192u + (r % 64u) * 128u + j] + v9);
      acc0 += v10;
    }
    var acc11: f32 = 0.0f;
    for (var j = 0u; j < 128u + opaque; j++) {
      let v13: u32 = (r / 64u) * 8192u + (r % 64u) * 128u + j;
      let v14: u32 = (v13 % 128u);
      let v15: f32 = params[218624u + v14];
      let v16: f32 = (work[(v13 / 128u) * 128u + (v13 % 128u)] + v15);
      let v17: f32 = mdlc_uniform(1234u, 1u, u32(state[0u]), (r / 64u) * 8192u + (r % 64u) * 128u + j);
      let v18: f32 = select(0.0f, 1.0f, 0.10000000149011612f <= v17);
      let v19: f32 = (v18 * 1.1111111640930176f);
      let v20: f32 = (v16 * v19);
      let v21: f32 = (work[3684352u + (r / 64u) * 8192u + (r % 64u) * 128u + j] + v20);
      let v22: f32 = (acc0 * 0.0078125f);
      let v23: f32 = (v21 - v22);
      let v24: f32 = (v23 * v23);
      acc11 += v24;
    }
    let v25: f32 = (acc11 * 0.0078125f);
    let v26: f32 = (v25 + 0.0010000000474974513f);
    let v27: f32 = sqrt(v26);
    work[5259264u + (r / 64u) * 64u + (r % 64u)] = v27;
    for (var j = 0u; j < 128u + opaque; j++) {
      let v28: f32 = mdlc_uniform(1234u, 1u, u32(state[0u]), (r / 64u) * 8192u + (r % 64u) * 128u + j);
      let v29: f32 = select(0.0f, 1.0f, 0.10000000149011612f <= v28);
      let v30: f32 = (v29 * 1.1111111640930176f);
      work[2099200u + (r / 64u) * 8192u + (r % 64u) * 128u + j] = v30;
      let v31: u32 = (r / 64u) * 8192u + (r % 64u) * 128u + j;
      let v32: u32 = (v31 % 128u);
      let v33: f32 = params[218624u + v32];
      let v34: f32 = (work[(v31 / 128u) * 128u + (v31 % 128u)] + v33);
      let v35: f32 = (v34 * v30);
      let v36: f32 = (work[3684352u + (r / 64u) * 8192u + (r % 64u) * 128u + j] + v35);
      work[4734976u + (r / 64u) * 8192u + (r % 64u) * 128u + j] = v36;
      let v37: f32 = (acc0 * 0.0078125f);
      let v38: f32 = (v36 - v37);
      work[4997120u + (r / 64u) * 8192u + (r % 64u) * 128u + j] = v38;
      let v39: f32 = (v38 / v27);
      work[5261312u + (r / 64u) * 8192u + (r % 64u) * 128u + j] = v39;
      let v40: f32 = params[218752u + j];
      let v41: f32 = (v39 * v40);
      let v42: f32 = params[218880u + j];
      let v43: f32 = (v41 + v42);
      work[9977856u + (r / 64u) * 8192u + (r % 64u) * 128u + j] = v43;
    }
  }
}
// ---- blocks1_a_matmul (matmul, 256 workgroups, train_step.014.blocks1_a_matmul.wgsl) from specs/char-gpt.model:16
// blocks1_a_matmul: matmul kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 16384u; t += stride) {
    let rem = t % 16384u;
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
      let v0: u32 = m0 * 128u + k;
      let v1: f32 = work[9977856u + (v0 / 8192u) * 8192u + ((v0 / 128u) % 64u) * 128u + (v0 % 128u)];
      let v2: u32 = min(m0 + 1u, 2047u) * 128u + k;
      let v3: f32 = work[9977856u + (v2 / 8192u) * 8192u + ((v2 / 128u) % 64u) * 128u + (v2 % 128u)];
      let v4: u32 = min(m0 + 2u, 2047u) * 128u + k;
      let v5: f32 = work[9977856u + (v4 / 8192u) * 8192u + ((v4 / 128u) % 64u) * 128u + (v4 % 128u)];
      let v6: u32 = min(m0 + 3u, 2047u) * 128u + k;
      let v7: f32 = work[9977856u + (v6 / 8192u) * 8192u + ((v6 / 128u) % 64u) * 128u + (v6 % 128u)];
      let v8: f32 = params[219008u + k * 128u + n0];
      let v9: f32 = params[219008u + k * 128u + min(n0 + 1u, 127u)];
      let v10: f32 = params[219008u + k * 128u + min(n0 + 2u, 127u)];
      let v11: f32 = params[219008u + k * 128u + min(n0 + 3u, 127u)];
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
    if (m0 + 0u < 2048u && n0 + 0u < 128u) {
      let v12: f32 = params[235392u + n0];
      let v13: f32 = (acc_0_0 + v12);
      work[m0 * 128u + n0] = v13;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 128u) {
      let v14: u32 = (n0 + 1u);
      let v15: f32 = params[235392u + v14];
      let v16: f32 = (acc_0_1 + v15);
      work[m0 * 128u + (n0 + 1u)] = v16;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 128u) {
      let v17: u32 = (n0 + 2u);
      let v18: f32 = params[235392u + v17];
      let v19: f32 = (acc_0_2 + v18);
      work[m0 * 128u + (n0 + 2u)] = v19;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 128u) {
      let v20: u32 = (n0 + 3u);
      let v21: f32 = params[235392u + v20];
      let v22: f32 = (acc_0_3 + v21);
      work[m0 * 128u + (n0 + 3u)] = v22;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 128u) {
      let v23: f32 = params[235392u + n0];
      let v24: f32 = (acc_1_0 + v23);
      work[(m0 + 1u) * 128u + n0] = v24;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 128u) {
      let v25: u32 = (n0 + 1u);
      let v26: f32 = params[235392u + v25];
      let v27: f32 = (acc_1_1 + v26);
      work[(m0 + 1u) * 128u + (n0 + 1u)] = v27;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 128u) {
      let v28: u32 = (n0 + 2u);
      let v29: f32 = params[235392u + v28];
      let v30: f32 = (acc_1_2 + v29);
      work[(m0 + 1u) * 128u + (n0 + 2u)] = v30;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 128u) {
      let v31: u32 = (n0 + 3u);
      let v32: f32 = params[235392u + v31];
      let v33: f32 = (acc_1_3 + v32);
      work[(m0 + 1u) * 128u + (n0 + 3u)] = v33;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 128u) {
      let v34: f32 = params[235392u + n0];
      let v35: f32 = (acc_2_0 + v34);
      work[(m0 + 2u) * 128u + n0] = v35;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 128u) {
      let v36: u32 = (n0 + 1u);
      let v37: f32 = params[235392u + v36];
      let v38: f32 = (acc_2_1 + v37);
      work[(m0 + 2u) * 128u + (n0 + 1u)] = v38;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 128u) {
      let v39: u32 = (n0 + 2u);
      let v40: f32 = params[235392u + v39];
      let v41: f32 = (acc_2_2 + v40);
      work[(m0 + 2u) * 128u + (n0 + 2u)] = v41;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 128u) {
      let v42: u32 = (n0 + 3u);
      let v43: f32 = params[235392u + v42];
      let v44: f32 = (acc_2_3 + v43);
      work[(m0 + 2u) * 128u + (n0 + 3u)] = v44;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 128u) {
      let v45: f32 = params[235392u + n0];
      let v46: f32 = (acc_3_0 + v45);
      work[(m0 + 3u) * 128u + n0] = v46;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 128u) {
      let v47: u32 = (n0 + 1u);
      let v48: f32 = params[235392u + v47];
      let v49: f32 = (acc_3_1 + v48);
      work[(m0 + 3u) * 128u + (n0 + 1u)] = v49;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 128u) {
      let v50: u32 = (n0 + 2u);
      let v51: f32 = params[235392u + v50];
      let v52: f32 = (acc_3_2 + v51);
      work[(m0 + 3u) * 128u + (n0 + 2u)] = v52;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 128u) {
      let v53: u32 = (n0 + 3u);
      let v54: f32 = params[235392u + v53];
      let v55: f32 = (acc_3_3 + v54);
      work[(m0 + 3u) * 128u + (n0 + 3u)] = v55;
    }
  }
}
// ---- blocks1_a_matmul_1 (matmul, 256 workgroups, train_step.015.blocks1_a_matmul_1.wgsl) from specs/char-gpt.model:16
// blocks1_a_matmul_1: matmul kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 16384u; t += stride) {
    let rem = t % 16384u;
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
      let v0: u32 = m0 * 128u + k;
      let v1: f32 = work[9977856u + (v0 / 8192u) * 8192u + ((v0 / 128u) % 64u) * 128u + (v0 % 128u)];
      let v2: u32 = min(m0 + 1u, 2047u) * 128u + k;
      let v3: f32 = work[9977856u + (v2 / 8192u) * 8192u + ((v2 / 128u) % 64u) * 128u + (v2 % 128u)];
      let v4: u32 = min(m0 + 2u, 2047u) * 128u + k;
      let v5: f32 = work[9977856u + (v4 / 8192u) * 8192u + ((v4 / 128u) % 64u) * 128u + (v4 % 128u)];
      let v6: u32 = min(m0 + 3u, 2047u) * 128u + k;
      let v7: f32 = work[9977856u + (v6 / 8192u) * 8192u + ((v6 / 128u) % 64u) * 128u + (v6 % 128u)];
      let v8: f32 = params[235520u + k * 128u + n0];
      let v9: f32 = params[235520u + k * 128u + min(n0 + 1u, 127u)];
      let v10: f32 = params[235520u + k * 128u + min(n0 + 2u, 127u)];
      let v11: f32 = params[235520u + k * 128u + min(n0 + 3u, 127u)];
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
    if (m0 + 0u < 2048u && n0 + 0u < 128u) {
      let v12: f32 = params[251904u + n0];
      let v13: f32 = (acc_0_0 + v12);
      work[3684352u + m0 * 128u + n0] = v13;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 128u) {
      let v14: u32 = (n0 + 1u);
      let v15: f32 = params[251904u + v14];
      let v16: f32 = (acc_0_1 + v15);
      work[3684352u + m0 * 128u + (n0 + 1u)] = v16;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 128u) {
      let v17: u32 = (n0 + 2u);
      let v18: f32 = params[251904u + v17];
      let v19: f32 = (acc_0_2 + v18);
      work[3684352u + m0 * 128u + (n0 + 2u)] = v19;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 128u) {
      let v20: u32 = (n0 + 3u);
      let v21: f32 = params[251904u + v20];
      let v22: f32 = (acc_0_3 + v21);
      work[3684352u + m0 * 128u + (n0 + 3u)] = v22;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 128u) {
      let v23: f32 = params[251904u + n0];
      let v24: f32 = (acc_1_0 + v23);
      work[3684352u + (m0 + 1u) * 128u + n0] = v24;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 128u) {
      let v25: u32 = (n0 + 1u);
      let v26: f32 = params[251904u + v25];
      let v27: f32 = (acc_1_1 + v26);
      work[3684352u + (m0 + 1u) * 128u + (n0 + 1u)] = v27;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 128u) {
      let v28: u32 = (n0 + 2u);
      let v29: f32 = params[251904u + v28];
      let v30: f32 = (acc_1_2 + v29);
      work[3684352u + (m0 + 1u) * 128u + (n0 + 2u)] = v30;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 128u) {
      let v31: u32 = (n0 + 3u);
      let v32: f32 = params[251904u + v31];
      let v33: f32 = (acc_1_3 + v32);
      work[3684352u + (m0 + 1u) * 128u + (n0 + 3u)] = v33;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 128u) {
      let v34: f32 = params[251904u + n0];
      let v35: f32 = (acc_2_0 + v34);
      work[3684352u + (m0 + 2u) * 128u + n0] = v35;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 128u) {
      let v36: u32 = (n0 + 1u);
      let v37: f32 = params[251904u + v36];
      let v38: f32 = (acc_2_1 + v37);
      work[3684352u + (m0 + 2u) * 128u + (n0 + 1u)] = v38;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 128u) {
      let v39: u32 = (n0 + 2u);
      let v40: f32 = params[251904u + v39];
      let v41: f32 = (acc_2_2 + v40);
      work[3684352u + (m0 + 2u) * 128u + (n0 + 2u)] = v41;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 128u) {
      let v42: u32 = (n0 + 3u);
      let v43: f32 = params[251904u + v42];
      let v44: f32 = (acc_2_3 + v43);
      work[3684352u + (m0 + 2u) * 128u + (n0 + 3u)] = v44;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 128u) {
      let v45: f32 = params[251904u + n0];
      let v46: f32 = (acc_3_0 + v45);
      work[3684352u + (m0 + 3u) * 128u + n0] = v46;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 128u) {
      let v47: u32 = (n0 + 1u);
      let v48: f32 = params[251904u + v47];
      let v49: f32 = (acc_3_1 + v48);
      work[3684352u + (m0 + 3u) * 128u + (n0 + 1u)] = v49;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 128u) {
      let v50: u32 = (n0 + 2u);
      let v51: f32 = params[251904u + v50];
      let v52: f32 = (acc_3_2 + v51);
      work[3684352u + (m0 + 3u) * 128u + (n0 + 2u)] = v52;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 128u) {
      let v53: u32 = (n0 + 3u);
      let v54: f32 = params[251904u + v53];
      let v55: f32 = (acc_3_3 + v54);
      work[3684352u + (m0 + 3u) * 128u + (n0 + 3u)] = v55;
    }
  }
}
// ---- blocks1_a_matmul_2 (matmul, 256 workgroups, train_step.016.blocks1_a_matmul_2.wgsl) from specs/char-gpt.model:16
// blocks1_a_matmul_2: matmul kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 16384u; t += stride) {
    let rem = t % 16384u;
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
      let v0: u32 = m0 * 128u + k;
      let v1: f32 = work[9977856u + (v0 / 8192u) * 8192u + ((v0 / 128u) % 64u) * 128u + (v0 % 128u)];
      let v2: u32 = min(m0 + 1u, 2047u) * 128u + k;
      let v3: f32 = work[9977856u + (v2 / 8192u) * 8192u + ((v2 / 128u) % 64u) * 128u + (v2 % 128u)];
      let v4: u32 = min(m0 + 2u, 2047u) * 128u + k;
      let v5: f32 = work[9977856u + (v4 / 8192u) * 8192u + ((v4 / 128u) % 64u) * 128u + (v4 % 128u)];
      let v6: u32 = min(m0 + 3u, 2047u) * 128u + k;
      let v7: f32 = work[9977856u + (v6 / 8192u) * 8192u + ((v6 / 128u) % 64u) * 128u + (v6 % 128u)];
      let v8: f32 = params[252032u + k * 128u + n0];
      let v9: f32 = params[252032u + k * 128u + min(n0 + 1u, 127u)];
      let v10: f32 = params[252032u + k * 128u + min(n0 + 2u, 127u)];
      let v11: f32 = params[252032u + k * 128u + min(n0 + 3u, 127u)];
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
    if (m0 + 0u < 2048u && n0 + 0u < 128u) {
      let v12: f32 = params[268416u + n0];
      let v13: f32 = (acc_0_0 + v12);
      work[10240000u + m0 * 128u + n0] = v13;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 128u) {
      let v14: u32 = (n0 + 1u);
      let v15: f32 = params[268416u + v14];
      let v16: f32 = (acc_0_1 + v15);
      work[10240000u + m0 * 128u + (n0 + 1u)] = v16;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 128u) {
      let v17: u32 = (n0 + 2u);
      let v18: f32 = params[268416u + v17];
      let v19: f32 = (acc_0_2 + v18);
      work[10240000u + m0 * 128u + (n0 + 2u)] = v19;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 128u) {
      let v20: u32 = (n0 + 3u);
      let v21: f32 = params[268416u + v20];
      let v22: f32 = (acc_0_3 + v21);
      work[10240000u + m0 * 128u + (n0 + 3u)] = v22;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 128u) {
      let v23: f32 = params[268416u + n0];
      let v24: f32 = (acc_1_0 + v23);
      work[10240000u + (m0 + 1u) * 128u + n0] = v24;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 128u) {
      let v25: u32 = (n0 + 1u);
      let v26: f32 = params[268416u + v25];
      let v27: f32 = (acc_1_1 + v26);
      work[10240000u + (m0 + 1u) * 128u + (n0 + 1u)] = v27;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 128u) {
      let v28: u32 = (n0 + 2u);
      let v29: f32 = params[268416u + v28];
      let v30: f32 = (acc_1_2 + v29);
      work[10240000u + (m0 + 1u) * 128u + (n0 + 2u)] = v30;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 128u) {
      let v31: u32 = (n0 + 3u);
      let v32: f32 = params[268416u + v31];
      let v33: f32 = (acc_1_3 + v32);
      work[10240000u + (m0 + 1u) * 128u + (n0 + 3u)] = v33;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 128u) {
      let v34: f32 = params[268416u + n0];
      let v35: f32 = (acc_2_0 + v34);
      work[10240000u + (m0 + 2u) * 128u + n0] = v35;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 128u) {
      let v36: u32 = (n0 + 1u);
      let v37: f32 = params[268416u + v36];
      let v38: f32 = (acc_2_1 + v37);
      work[10240000u + (m0 + 2u) * 128u + (n0 + 1u)] = v38;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 128u) {
      let v39: u32 = (n0 + 2u);
      let v40: f32 = params[268416u + v39];
      let v41: f32 = (acc_2_2 + v40);
      work[10240000u + (m0 + 2u) * 128u + (n0 + 2u)] = v41;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 128u) {
      let v42: u32 = (n0 + 3u);
      let v43: f32 = params[268416u + v42];
      let v44: f32 = (acc_2_3 + v43);
      work[10240000u + (m0 + 2u) * 128u + (n0 + 3u)] = v44;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 128u) {
      let v45: f32 = params[268416u + n0];
      let v46: f32 = (acc_3_0 + v45);
      work[10240000u + (m0 + 3u) * 128u + n0] = v46;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 128u) {
      let v47: u32 = (n0 + 1u);
      let v48: f32 = params[268416u + v47];
      let v49: f32 = (acc_3_1 + v48);
      work[10240000u + (m0 + 3u) * 128u + (n0 + 1u)] = v49;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 128u) {
      let v50: u32 = (n0 + 2u);
      let v51: f32 = params[268416u + v50];
      let v52: f32 = (acc_3_2 + v51);
      work[10240000u + (m0 + 3u) * 128u + (n0 + 2u)] = v52;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 128u) {
      let v53: u32 = (n0 + 3u);
      let v54: f32 = params[268416u + v53];
      let v55: f32 = (acc_3_3 + v54);
      work[10240000u + (m0 + 3u) * 128u + (n0 + 3u)] = v55;
    }
  }
}
// ---- blocks1_a_matmul_3 (matmul, 512 workgroups, train_step.017.blocks1_a_matmul_3.wgsl) from specs/char-gpt.model:16
// blocks1_a_matmul_3: matmul kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 32768u; t += stride) {
    let v0: u32 = t / 256u;
    let rem = t % 256u;
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
    for (var k = 0u; k < 32u + opaque; k++) {
      let v1: u32 = v0 * 2048u + m0 * 32u + k;
      let v2: u32 = (v1 / 8192u) * 8192u + ((v1 / 32u) % 64u) * 128u + ((v1 / 2048u) % 4u) * 32u + (v1 % 32u);
      let v3: f32 = work[(v2 / 128u) * 128u + (v2 % 128u)];
      let v4: u32 = v0 * 2048u + min(m0 + 1u, 63u) * 32u + k;
      let v5: u32 = (v4 / 8192u) * 8192u + ((v4 / 32u) % 64u) * 128u + ((v4 / 2048u) % 4u) * 32u + (v4 % 32u);
      let v6: f32 = work[(v5 / 128u) * 128u + (v5 % 128u)];
      let v7: u32 = v0 * 2048u + min(m0 + 2u, 63u) * 32u + k;
      let v8: u32 = (v7 / 8192u) * 8192u + ((v7 / 32u) % 64u) * 128u + ((v7 / 2048u) % 4u) * 32u + (v7 % 32u);
      let v9: f32 = work[(v8 / 128u) * 128u + (v8 % 128u)];
      let v10: u32 = v0 * 2048u + min(m0 + 3u, 63u) * 32u + k;
      let v11: u32 = (v10 / 8192u) * 8192u + ((v10 / 32u) % 64u) * 128u + ((v10 / 2048u) % 4u) * 32u + (v10 % 32u);
      let v12: f32 = work[(v11 / 128u) * 128u + (v11 % 128u)];
      let v13: u32 = v0 * 2048u + n0 * 32u + k;
      let v14: u32 = (v13 / 8192u) * 8192u + ((v13 / 32u) % 64u) * 128u + ((v13 / 2048u) % 4u) * 32u + (v13 % 32u);
      let v15: f32 = work[3684352u + (v14 / 128u) * 128u + (v14 % 128u)];
      let v16: u32 = v0 * 2048u + min(n0 + 1u, 63u) * 32u + k;
      let v17: u32 = (v16 / 8192u) * 8192u + ((v16 / 32u) % 64u) * 128u + ((v16 / 2048u) % 4u) * 32u + (v16 % 32u);
      let v18: f32 = work[3684352u + (v17 / 128u) * 128u + (v17 % 128u)];
      let v19: u32 = v0 * 2048u + min(n0 + 2u, 63u) * 32u + k;
      let v20: u32 = (v19 / 8192u) * 8192u + ((v19 / 32u) % 64u) * 128u + ((v19 / 2048u) % 4u) * 32u + (v19 % 32u);
      let v21: f32 = work[3684352u + (v20 / 128u) * 128u + (v20 % 128u)];
      let v22: u32 = v0 * 2048u + min(n0 + 3u, 63u) * 32u + k;
      let v23: u32 = (v22 / 8192u) * 8192u + ((v22 / 32u) % 64u) * 128u + ((v22 / 2048u) % 4u) * 32u + (v22 % 32u);
      let v24: f32 = work[3684352u + (v23 / 128u) * 128u + (v23 % 128u)];
      acc_0_0 = fma(v3, v15, acc_0_0);
      acc_0_1 = fma(v3, v18, acc_0_1);
      acc_0_2 = fma(v3, v21, acc_0_2);
      acc_0_3 = fma(v3, v24, acc_0_3);
      acc_1_0 = fma(v6, v15, acc_1_0);
      acc_1_1 = fma(v6, v18, acc_1_1);
      acc_1_2 = fma(v6, v21, acc_1_2);
      acc_1_3 = fma(v6, v24, acc_1_3);
      acc_2_0 = fma(v9, v15, acc_2_0);
      acc_2_1 = fma(v9, v18, acc_2_1);
      acc_2_2 = fma(v9, v21, acc_2_2);
      acc_2_3 = fma(v9, v24, acc_2_3);
      acc_3_0 = fma(v12, v15, acc_3_0);
      acc_3_1 = fma(v12, v18, acc_3_1);
      acc_3_2 = fma(v12, v21, acc_3_2);
      acc_3_3 = fma(v12, v24, acc_3_3);
    }
    if (m0 + 0u < 64u && n0 + 0u < 64u) {
      work[10502144u + v0 * 4096u + m0 * 64u + n0] = acc_0_0;
    }
    if (m0 + 0u < 64u && n0 + 1u < 64u) {
      work[10502144u + v0 * 4096u + m0 * 64u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 64u && n0 + 2u < 64u) {
      work[10502144u + v0 * 4096u + m0 * 64u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 64u && n0 + 3u < 64u) {
      work[10502144u + v0 * 4096u + m0 * 64u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 64u && n0 + 0u < 64u) {
      work[10502144u + v0 * 4096u + (m0 + 1u) * 64u + n0] = acc_1_0;
    }
    if (m0 + 1u < 64u && n0 + 1u < 64u) {
      work[10502144u + v0 * 4096u + (m0 + 1u) * 64u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 64u && n0 + 2u < 64u) {
      work[10502144u + v0 * 4096u + (m0 + 1u) * 64u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 64u && n0 + 3u < 64u) {
      work[10502144u + v0 * 4096u + (m0 + 1u) * 64u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 64u && n0 + 0u < 64u) {
      work[10502144u + v0 * 4096u + (m0 + 2u) * 64u + n0] = acc_2_0;
    }
    if (m0 + 2u < 64u && n0 + 1u < 64u) {
      work[10502144u + v0 * 4096u + (m0 + 2u) * 64u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 64u && n0 + 2u < 64u) {
      work[10502144u + v0 * 4096u + (m0 + 2u) * 64u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 64u && n0 + 3u < 64u) {
      work[10502144u + v0 * 4096u + (m0 + 2u) * 64u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 64u && n0 + 0u < 64u) {
      work[10502144u + v0 * 4096u + (m0 + 3u) * 64u + n0] = acc_3_0;
    }
    if (m0 + 3u < 64u && n0 + 1u < 64u) {
      work[10502144u + v0 * 4096u + (m0 + 3u) * 64u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 64u && n0 + 2u < 64u) {
      work[10502144u + v0 * 4096u + (m0 + 3u) * 64u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 64u && n0 + 3u < 64u) {
      work[10502144u + v0 * 4096u + (m0 + 3u) * 64u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks1_a_softmax (reduce, 128 workgroups, train_step.018.blocks1_a_softmax.wgsl) from specs/char-gpt.model:16
// blocks1_a_softmax: reduce kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 8192u; r += stride) {
    var acc0: f32 = -3.4028234e38f;
    for (var j = 0u; j < 64u + opaque; j++) {
      let v2: f32 = (work[10502144u + (r / 64u) * 4096u + (r % 64u) * 64u + j] * 0.1767766922712326f);
      let v3: f32 = select((-3.0000000054977558e+38f), v2, work[2361344u + (r % 64u) * 64u + j] != 0.0f);
      acc0 = max(acc0, v3);
    }
    var acc4: f32 = 0.0f;
    for (var j = 0u; j < 64u + opaque; j++) {
      let v6: f32 = (work[10502144u + (r / 64u) * 4096u + (r % 64u) * 64u + j] * 0.1767766922712326f);
      let v7: f32 = select((-3.0000000054977558e+38f), v6, work[2361344u + (r % 64u) * 64u + j] != 0.0f);
      let v8: f32 = (v7 - acc0);
      let v9: f32 = exp(v8);
      acc4 += v9;
    }
    work[5523456u + (r / 64u) * 64u + (r % 64u)] = acc4;
    for (var j = 0u; j < 64u + opaque; j++) {
      let v10: f32 = (work[10502144u + (r / 64u) * 4096u + (r % 64u) * 64u + j] * 0.1767766922712326f);
      let v11: f32 = select((-3.0000000054977558e+38f), v10, work[2361344u + (r % 64u) * 64u + j] != 0.0f);
      let v12: f32 = (v11 - acc0);
      let v13: f32 = exp(v12);
      work[11026432u + (r / 64u) * 4096u + (r % 64u) * 64u + j] = v13;
      let v14: f32 = (v13 / acc4);
      work[11550720u + (r / 64u) * 4096u + (r % 64u) * 64u + j] = v14;
    }
  }
}
// ---- blocks1_a_matmul_4 (matmul, 256 workgroups, train_step.019.blocks1_a_matmul_4.wgsl) from specs/char-gpt.model:16
// blocks1_a_matmul_4: matmul kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 16384u; t += stride) {
    let v0: u32 = t / 128u;
    let rem = t % 128u;
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
    for (var k = 0u; k < 64u + opaque; k++) {
      let v1: f32 = work[11550720u + v0 * 4096u + m0 * 64u + k];
      let v2: f32 = work[11550720u + v0 * 4096u + min(m0 + 1u, 63u) * 64u + k];
      let v3: f32 = work[11550720u + v0 * 4096u + min(m0 + 2u, 63u) * 64u + k];
      let v4: f32 = work[11550720u + v0 * 4096u + min(m0 + 3u, 63u) * 64u + k];
      let v5: u32 = v0 * 2048u + k * 32u + n0;
      let v6: u32 = (v5 / 8192u) * 8192u + ((v5 / 32u) % 64u) * 128u + ((v5 / 2048u) % 4u) * 32u + (v5 % 32u);
      let v7: f32 = work[10240000u + (v6 / 128u) * 128u + (v6 % 128u)];
      let v8: u32 = v0 * 2048u + k * 32u + min(n0 + 1u, 31u);
      let v9: u32 = (v8 / 8192u) * 8192u + ((v8 / 32u) % 64u) * 128u + ((v8 / 2048u) % 4u) * 32u + (v8 % 32u);
      let v10: f32 = work[10240000u + (v9 / 128u) * 128u + (v9 % 128u)];
      let v11: u32 = v0 * 2048u + k * 32u + min(n0 + 2u, 31u);
      let v12: u32 = (v11 / 8192u) * 8192u + ((v11 / 32u) % 64u) * 128u + ((v11 / 2048u) % 4u) * 32u + (v11 % 32u);
      let v13: f32 = work[10240000u + (v12 / 128u) * 128u + (v12 % 128u)];
      let v14: u32 = v0 * 2048u + k * 32u + min(n0 + 3u, 31u);
      let v15: u32 = (v14 / 8192u) * 8192u + ((v14 / 32u) % 64u) * 128u + ((v14 / 2048u) % 4u) * 32u + (v14 % 32u);
      let v16: f32 = work[10240000u + (v15 / 128u) * 128u + (v15 % 128u)];
      acc_0_0 = fma(v1, v7, acc_0_0);
      acc_0_1 = fma(v1, v10, acc_0_1);
      acc_0_2 = fma(v1, v13, acc_0_2);
      acc_0_3 = fma(v1, v16, acc_0_3);
      acc_1_0 = fma(v2, v7, acc_1_0);
      acc_1_1 = fma(v2, v10, acc_1_1);
      acc_1_2 = fma(v2, v13, acc_1_2);
      acc_1_3 = fma(v2, v16, acc_1_3);
      acc_2_0 = fma(v3, v7, acc_2_0);
      acc_2_1 = fma(v3, v10, acc_2_1);
      acc_2_2 = fma(v3, v13, acc_2_2);
      acc_2_3 = fma(v3, v16, acc_2_3);
      acc_3_0 = fma(v4, v7, acc_3_0);
      acc_3_1 = fma(v4, v10, acc_3_1);
      acc_3_2 = fma(v4, v13, acc_3_2);
      acc_3_3 = fma(v4, v16, acc_3_3);
    }
    if (m0 + 0u < 64u && n0 + 0u < 32u) {
      work[10502144u + v0 * 2048u + m0 * 32u + n0] = acc_0_0;
    }
    if (m0 + 0u < 64u && n0 + 1u < 32u) {
      work[10502144u + v0 * 2048u + m0 * 32u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 64u && n0 + 2u < 32u) {
      work[10502144u + v0 * 2048u + m0 * 32u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 64u && n0 + 3u < 32u) {
      work[10502144u + v0 * 2048u + m0 * 32u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 64u && n0 + 0u < 32u) {
      work[10502144u + v0 * 2048u + (m0 + 1u) * 32u + n0] = acc_1_0;
    }
    if (m0 + 1u < 64u && n0 + 1u < 32u) {
      work[10502144u + v0 * 2048u + (m0 + 1u) * 32u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 64u && n0 + 2u < 32u) {
      work[10502144u + v0 * 2048u + (m0 + 1u) * 32u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 64u && n0 + 3u < 32u) {
      work[10502144u + v0 * 2048u + (m0 + 1u) * 32u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 64u && n0 + 0u < 32u) {
      work[10502144u + v0 * 2048u + (m0 + 2u) * 32u + n0] = acc_2_0;
    }
    if (m0 + 2u < 64u && n0 + 1u < 32u) {
      work[10502144u + v0 * 2048u + (m0 + 2u) * 32u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 64u && n0 + 2u < 32u) {
      work[10502144u + v0 * 2048u + (m0 + 2u) * 32u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 64u && n0 + 3u < 32u) {
      work[10502144u + v0 * 2048u + (m0 + 2u) * 32u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 64u && n0 + 0u < 32u) {
      work[10502144u + v0 * 2048u + (m0 + 3u) * 32u + n0] = acc_3_0;
    }
    if (m0 + 3u < 64u && n0 + 1u < 32u) {
      work[10502144u + v0 * 2048u + (m0 + 3u) * 32u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 64u && n0 + 2u < 32u) {
      work[10502144u + v0 * 2048u + (m0 + 3u) * 32u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 64u && n0 + 3u < 32u) {
      work[10502144u + v0 * 2048u + (m0 + 3u) * 32u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks1_a_matmul_5 (matmul, 256 workgroups, train_step.020.blocks1_a_matmul_5.wgsl) from specs/char-gpt.model:16
// blocks1_a_matmul_5: matmul kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 16384u; t += stride) {
    let rem = t % 16384u;
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
      let v0: u32 = m0 * 128u + k;
      let v1: u32 = (v0 / 8192u) * 8192u + ((v0 / 32u) % 4u) * 2048u + ((v0 / 128u) % 64u) * 32u + (v0 % 32u);
      let v2: f32 = work[10502144u + (v1 / 2048u) * 2048u + ((v1 / 32u) % 64u) * 32u + (v1 % 32u)];
      let v3: u32 = min(m0 + 1u, 2047u) * 128u + k;
      let v4: u32 = (v3 / 8192u) * 8192u + ((v3 / 32u) % 4u) * 2048u + ((v3 / 128u) % 64u) * 32u + (v3 % 32u);
      let v5: f32 = work[10502144u + (v4 / 2048u) * 2048u + ((v4 / 32u) % 64u) * 32u + (v4 % 32u)];
      let v6: u32 = min(m0 + 2u, 2047u) * 128u + k;
      let v7: u32 = (v6 / 8192u) * 8192u + ((v6 / 32u) % 4u) * 2048u + ((v6 / 128u) % 64u) * 32u + (v6 % 32u);
      let v8: f32 = work[10502144u + (v7 / 2048u) * 2048u + ((v7 / 32u) % 64u) * 32u + (v7 % 32u)];
      let v9: u32 = min(m0 + 3u, 2047u) * 128u + k;
      let v10: u32 = (v9 / 8192u) * 8192u + ((v9 / 32u) % 4u) * 2048u + ((v9 / 128u) % 64u) * 32u + (v9 % 32u);
      let v11: f32 = work[10502144u + (v10 / 2048u) * 2048u + ((v10 / 32u) % 64u) * 32u + (v10 % 32u)];
      let v12: f32 = params[268544u + k * 128u + n0];
      let v13: f32 = params[268544u + k * 128u + min(n0 + 1u, 127u)];
      let v14: f32 = params[268544u + k * 128u + min(n0 + 2u, 127u)];
      let v15: f32 = params[268544u + k * 128u + min(n0 + 3u, 127u)];
      acc_0_0 = fma(v2, v12, acc_0_0);
      acc_0_1 = fma(v2, v13, acc_0_1);
      acc_0_2 = fma(v2, v14, acc_0_2);
      acc_0_3 = fma(v2, v15, acc_0_3);
      acc_1_0 = fma(v5, v12, acc_1_0);
      acc_1_1 = fma(v5, v13, acc_1_1);
      acc_1_2 = fma(v5, v14, acc_1_2);
      acc_1_3 = fma(v5, v15, acc_1_3);
      acc_2_0 = fma(v8, v12, acc_2_0);
      acc_2_1 = fma(v8, v13, acc_2_1);
      acc_2_2 = fma(v8, v14, acc_2_2);
      acc_2_3 = fma(v8, v15, acc_2_3);
      acc_3_0 = fma(v11, v12, acc_3_0);
      acc_3_1 = fma(v11, v13, acc_3_1);
      acc_3_2 = fma(v11, v14, acc_3_2);
      acc_3_3 = fma(v11, v15, acc_3_3);
    }
    if (m0 + 0u < 2048u && n0 + 0u < 128u) {
      work[10764288u + m0 * 128u + n0] = acc_0_0;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 128u) {
      work[10764288u + m0 * 128u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 128u) {
      work[10764288u + m0 * 128u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 128u) {
      work[10764288u + m0 * 128u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 128u) {
      work[10764288u + (m0 + 1u) * 128u + n0] = acc_1_0;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 128u) {
      work[10764288u + (m0 + 1u) * 128u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 128u) {
      work[10764288u + (m0 + 1u) * 128u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 128u) {
      work[10764288u + (m0 + 1u) * 128u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 128u) {
      work[10764288u + (m0 + 2u) * 128u + n0] = acc_2_0;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 128u) {
      work[10764288u + (m0 + 2u) * 128u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 128u) {
      work[10764288u + (m0 + 2u) * 128u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 128u) {
      work[10764288u + (m0 + 2u) * 128u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 128u) {
      work[10764288u + (m0 + 3u) * 128u + n0] = acc_3_0;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 128u) {
      work[10764288u + (m0 + 3u) * 128u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 128u) {
      work[10764288u + (m0 + 3u) * 128u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 128u) {
      work[10764288u + (m0 + 3u) * 128u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks1_h_norm (reduce, 32 workgroups, train_step.021.blocks1_h_norm.wgsl) from specs/char-gpt.model:18, specs/char-gpt.model:17, specs/char-gpt.model:16
// blocks1_h_norm: reduce kernel (mdlc)
// from specs/char-gpt.model:18, specs/char-gpt.model:17, specs/char-gpt.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
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
  for (var r = gid.x; r < 2048u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 128u + opaque; j++) {
      let v2: u32 = (r / 64u) * 8192u + (r % 64u) * 128u + j;
      let v3: u32 = (v2 % 128u);
      let v4: f32 = params[284928u + v3];
      let v5: f32 = (work[10764288u + (v2 / 128u) * 128u + (v2 % 128u)] + v4);
      let v6: f32 = mdlc_uniform(1234u, 2u, u32(state[0u]), (r / 64u) * 8192u + (r % 64u) * 128u + j);
      let v7: f32 = select(0.0f, 1.0f, 0.10000000149011612f <= v6);
      let v8: f32 = (v7 * 1.1111111640930176f);
      let v9: f32 = (v5 * v8);
      let v10: f32 = (work[4734976u + (r / 64u) * 8192u + (r % 64u) * 128u + j] + v9);
      acc0 += v10;
    }
    var acc11: f32 = 0.0f;
    for (var j = 0u; j < 128u + opaque; j++) {
      let v13: u32 = (r / 64u) * 8192u + (r % 64u) * 128u + j;
      let v14: u32 = (v13 % 128u);
      let v15: f32 = params[284928u + v14];
      let v16: f32 = (work[10764288u + (v13 / 128u) * 128u + (v13 % 128u)] + v15);
      let v17: f32 = mdlc_uniform(1234u, 2u, u32(state[0u]), (r / 64u) * 8192u + (r % 64u) * 128u + j);
      let v18: f32 = select(0.0f, 1.0f, 0.10000000149011612f <= v17);
      let v19: f32 = (v18 * 1.1111111640930176f);
      let v20: f32 = (v16 * v19);
      let v21: f32 = (work[4734976u + (r / 64u) * 8192u + (r % 64u) * 128u + j] + v20);
      let v22: f32 = (acc0 * 0.0078125f);
      let v23: f32 = (v21 - v22);
      let v24: f32 = (v23 * v23);
      acc11 += v24;
    }
    let v25: f32 = (acc11 * 0.0078125f);
    let v26: f32 = (v25 + 0.0010000000474974513f);
    let v27: f32 = sqrt(v26);
    work[5531648u + (r / 64u) * 64u + (r % 64u)] = v27;
    for (var j = 0u; j < 128u + opaque; j++) {
      let v28: f32 = mdlc_uniform(1234u, 2u, u32(state[0u]), (r / 64u) * 8192u + (r % 64u) * 128u + j);
      let v29: f32 = select(0.0f, 1.0f, 0.10000000149011612f <= v28);
      let v30: f32 = (v29 * 1.1111111640930176f);
      work[12075008u + (r / 64u) * 8192u + (r % 64u) * 128u + j] = v30;
      let v31: u32 = (r / 64u) * 8192u + (r % 64u) * 128u + j;
      let v32: u32 = (v31 % 128u);
      let v33: f32 = params[284928u + v32];
      let v34: f32 = (work[10764288u + (v31 / 128u) * 128u + (v31 % 128u)] + v33);
      let v35: f32 = (v34 * v30);
      let v36: f32 = (work[4734976u + (r / 64u) * 8192u + (r % 64u) * 128u + j] + v35);
      work[12337152u + (r / 64u) * 8192u + (r % 64u) * 128u + j] = v36;
      let v37: f32 = (acc0 * 0.0078125f);
      let v38: f32 = (v36 - v37);
      work[12599296u + (r / 64u) * 8192u + (r % 64u) * 128u + j] = v38;
      let v39: f32 = (v38 / v27);
      work[12861440u + (r / 64u) * 8192u + (r % 64u) * 128u + j] = v39;
      let v40: f32 = params[285056u + j];
      let v41: f32 = (v39 * v40);
      let v42: f32 = params[285184u + j];
      let v43: f32 = (v41 + v42);
      work[13123584u + (r / 64u) * 8192u + (r % 64u) * 128u + j] = v43;
    }
  }
}
// ---- blocks1_f_matmul (matmul, 1024 workgroups, train_step.022.blocks1_f_matmul.wgsl) from specs/char-gpt.model:18
// blocks1_f_matmul: matmul kernel (mdlc)
// from specs/char-gpt.model:18
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 65536u; t += stride) {
    let rem = t % 65536u;
    let m0 = (rem / 128u) * 4u;
    let n0 = (rem % 128u) * 4u;
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
      let v0: u32 = m0 * 128u + k;
      let v1: f32 = work[13123584u + (v0 / 8192u) * 8192u + ((v0 / 128u) % 64u) * 128u + (v0 % 128u)];
      let v2: u32 = min(m0 + 1u, 2047u) * 128u + k;
      let v3: f32 = work[13123584u + (v2 / 8192u) * 8192u + ((v2 / 128u) % 64u) * 128u + (v2 % 128u)];
      let v4: u32 = min(m0 + 2u, 2047u) * 128u + k;
      let v5: f32 = work[13123584u + (v4 / 8192u) * 8192u + ((v4 / 128u) % 64u) * 128u + (v4 % 128u)];
      let v6: u32 = min(m0 + 3u, 2047u) * 128u + k;
      let v7: f32 = work[13123584u + (v6 / 8192u) * 8192u + ((v6 / 128u) % 64u) * 128u + (v6 % 128u)];
      let v8: f32 = params[285312u + k * 512u + n0];
      let v9: f32 = params[285312u + k * 512u + min(n0 + 1u, 511u)];
      let v10: f32 = params[285312u + k * 512u + min(n0 + 2u, 511u)];
      let v11: f32 = params[285312u + k * 512u + min(n0 + 3u, 511u)];
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
    if (m0 + 0u < 2048u && n0 + 0u < 512u) {
      work[13385728u + m0 * 512u + n0] = acc_0_0;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 512u) {
      work[13385728u + m0 * 512u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 512u) {
      work[13385728u + m0 * 512u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 512u) {
      work[13385728u + m0 * 512u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 512u) {
      work[13385728u + (m0 + 1u) * 512u + n0] = acc_1_0;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 512u) {
      work[13385728u + (m0 + 1u) * 512u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 512u) {
      work[13385728u + (m0 + 1u) * 512u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 512u) {
      work[13385728u + (m0 + 1u) * 512u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 512u) {
      work[13385728u + (m0 + 2u) * 512u + n0] = acc_2_0;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 512u) {
      work[13385728u + (m0 + 2u) * 512u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 512u) {
      work[13385728u + (m0 + 2u) * 512u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 512u) {
      work[13385728u + (m0 + 2u) * 512u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 512u) {
      work[13385728u + (m0 + 3u) * 512u + n0] = acc_3_0;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 512u) {
      work[13385728u + (m0 + 3u) * 512u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 512u) {
      work[13385728u + (m0 + 3u) * 512u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 512u) {
      work[13385728u + (m0 + 3u) * 512u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks1_f_mul (elementwise, 4096 workgroups, train_step.023.blocks1_f_mul.wgsl) from specs/char-gpt.model:18
// blocks1_f_mul: elementwise kernel (mdlc)
// from specs/char-gpt.model:18
@group(0) @binding(0) var<storage, read> params: array<f32>;
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
  for (var i = gid.x; i < 1048576u; i += stride) {
    let v0: u32 = (i / 32768u) * 32768u + ((i / 512u) % 64u) * 512u + (i % 512u);
    let v1: u32 = (v0 % 512u);
    let v2: f32 = params[350848u + v1];
    let v3: f32 = (work[13385728u + (v0 / 512u) * 512u + (v0 % 512u)] + v2);
    let v4: f32 = (v3 * 0.5f);
    work[14434304u + (i / 32768u) * 32768u + ((i / 512u) % 64u) * 512u + (i % 512u)] = v4;
    let v5: u32 = (i / 32768u) * 32768u + ((i / 512u) % 64u) * 512u + (i % 512u);
    let v6: u32 = (v5 % 512u);
    let v7: f32 = params[350848u + v6];
    let v8: f32 = (work[13385728u + (v5 / 512u) * 512u + (v5 % 512u)] + v7);
    let v9: f32 = (v8 * 0.7071067690849304f);
    work[15482880u + (i / 32768u) * 32768u + ((i / 512u) % 64u) * 512u + (i % 512u)] = v9;
    let v10: f32 = mdlc_erf(v9);
    let v11: f32 = (1.0f + v10);
    work[16531456u + (i / 32768u) * 32768u + ((i / 512u) % 64u) * 512u + (i % 512u)] = v11;
    let v12: f32 = (v4 * v11);
    work[17580032u + (i / 32768u) * 32768u + ((i / 512u) % 64u) * 512u + (i % 512u)] = v12;
  }
}
// ---- blocks1_output_dense_matmul (matmul, 256 workgroups, train_step.024.blocks1_output_dense_matmul.wgsl) from specs/char-gpt.model:19
// blocks1_output_dense_matmul: matmul kernel (mdlc)
// from specs/char-gpt.model:19
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 16384u; t += stride) {
    let rem = t % 16384u;
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
    for (var k = 0u; k < 512u + opaque; k++) {
      let v0: u32 = m0 * 512u + k;
      let v1: f32 = work[17580032u + (v0 / 32768u) * 32768u + ((v0 / 512u) % 64u) * 512u + (v0 % 512u)];
      let v2: u32 = min(m0 + 1u, 2047u) * 512u + k;
      let v3: f32 = work[17580032u + (v2 / 32768u) * 32768u + ((v2 / 512u) % 64u) * 512u + (v2 % 512u)];
      let v4: u32 = min(m0 + 2u, 2047u) * 512u + k;
      let v5: f32 = work[17580032u + (v4 / 32768u) * 32768u + ((v4 / 512u) % 64u) * 512u + (v4 % 512u)];
      let v6: u32 = min(m0 + 3u, 2047u) * 512u + k;
      let v7: f32 = work[17580032u + (v6 / 32768u) * 32768u + ((v6 / 512u) % 64u) * 512u + (v6 % 512u)];
      let v8: f32 = params[351360u + k * 128u + n0];
      let v9: f32 = params[351360u + k * 128u + min(n0 + 1u, 127u)];
      let v10: f32 = params[351360u + k * 128u + min(n0 + 2u, 127u)];
      let v11: f32 = params[351360u + k * 128u + min(n0 + 3u, 127u)];
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
    if (m0 + 0u < 2048u && n0 + 0u < 128u) {
      work[4734976u + m0 * 128u + n0] = acc_0_0;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 128u) {
      work[4734976u + m0 * 128u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 128u) {
      work[4734976u + m0 * 128u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 128u) {
      work[4734976u + m0 * 128u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 128u) {
      work[4734976u + (m0 + 1u) * 128u + n0] = acc_1_0;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 128u) {
      work[4734976u + (m0 + 1u) * 128u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 128u) {
      work[4734976u + (m0 + 1u) * 128u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 128u) {
      work[4734976u + (m0 + 1u) * 128u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 128u) {
      work[4734976u + (m0 + 2u) * 128u + n0] = acc_2_0;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 128u) {
      work[4734976u + (m0 + 2u) * 128u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 128u) {
      work[4734976u + (m0 + 2u) * 128u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 128u) {
      work[4734976u + (m0 + 2u) * 128u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 128u) {
      work[4734976u + (m0 + 3u) * 128u + n0] = acc_3_0;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 128u) {
      work[4734976u + (m0 + 3u) * 128u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 128u) {
      work[4734976u + (m0 + 3u) * 128u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 128u) {
      work[4734976u + (m0 + 3u) * 128u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- final_norm (reduce, 32 workgroups, train_step.025.final_norm.wgsl) from specs/char-gpt.model:25, specs/char-gpt.model:19, specs/char-gpt.model:16, specs/char-gpt.model:17
// final_norm: reduce kernel (mdlc)
// from specs/char-gpt.model:25, specs/char-gpt.model:19, specs/char-gpt.model:16, specs/char-gpt.model:17
@group(0) @binding(0) var<storage, read> params: array<f32>;
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
  for (var r = gid.x; r < 2048u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 128u + opaque; j++) {
      let v2: u32 = (r / 64u) * 8192u + (r % 64u) * 128u + j;
      let v3: u32 = (v2 % 128u);
      let v4: f32 = params[416896u + v3];
      let v5: f32 = (work[4734976u + (v2 / 128u) * 128u + (v2 % 128u)] + v4);
      let v6: f32 = mdlc_uniform(1234u, 3u, u32(state[0u]), (r / 64u) * 8192u + (r % 64u) * 128u + j);
      let v7: f32 = select(0.0f, 1.0f, 0.10000000149011612f <= v6);
      let v8: f32 = (v7 * 1.1111111640930176f);
      let v9: f32 = (v5 * v8);
      let v10: f32 = (work[12337152u + (r / 64u) * 8192u + (r % 64u) * 128u + j] + v9);
      acc0 += v10;
    }
    var acc11: f32 = 0.0f;
    for (var j = 0u; j < 128u + opaque; j++) {
      let v13: u32 = (r / 64u) * 8192u + (r % 64u) * 128u + j;
      let v14: u32 = (v13 % 128u);
      let v15: f32 = params[416896u + v14];
      let v16: f32 = (work[4734976u + (v13 / 128u) * 128u + (v13 % 128u)] + v15);
      let v17: f32 = mdlc_uniform(1234u, 3u, u32(state[0u]), (r / 64u) * 8192u + (r % 64u) * 128u + j);
      let v18: f32 = select(0.0f, 1.0f, 0.10000000149011612f <= v17);
      let v19: f32 = (v18 * 1.1111111640930176f);
      let v20: f32 = (v16 * v19);
      let v21: f32 = (work[12337152u + (r / 64u) * 8192u + (r % 64u) * 128u + j] + v20);
      let v22: f32 = (acc0 * 0.0078125f);
      let v23: f32 = (v21 - v22);
      let v24: f32 = (v23 * v23);
      acc11 += v24;
    }
    let v25: f32 = (acc11 * 0.0078125f);
    let v26: f32 = (v25 + 0.0010000000474974513f);
    let v27: f32 = sqrt(v26);
    work[5533696u + (r / 64u) * 64u + (r % 64u)] = v27;
    for (var j = 0u; j < 128u + opaque; j++) {
      let v28: f32 = mdlc_uniform(1234u, 3u, u32(state[0u]), (r / 64u) * 8192u + (r % 64u) * 128u + j);
      let v29: f32 = select(0.0f, 1.0f, 0.10000000149011612f <= v28);
      let v30: f32 = (v29 * 1.1111111640930176f);
      work[10764288u + (r / 64u) * 8192u + (r % 64u) * 128u + j] = v30;
      let v31: u32 = (r / 64u) * 8192u + (r % 64u) * 128u + j;
      let v32: u32 = (v31 % 128u);
      let v33: f32 = params[416896u + v32];
      let v34: f32 = (work[4734976u + (v31 / 128u) * 128u + (v31 % 128u)] + v33);
      let v35: f32 = (v34 * v30);
      let v36: f32 = (work[12337152u + (r / 64u) * 8192u + (r % 64u) * 128u + j] + v35);
      let v37: f32 = (acc0 * 0.0078125f);
      let v38: f32 = (v36 - v37);
      work[13385728u + (r / 64u) * 8192u + (r % 64u) * 128u + j] = v38;
      let v39: f32 = (v38 / v27);
      work[13647872u + (r / 64u) * 8192u + (r % 64u) * 128u + j] = v39;
      let v40: f32 = params[417024u + j];
      let v41: f32 = (v39 * v40);
      let v42: f32 = params[417152u + j];
      let v43: f32 = (v41 + v42);
      work[13910016u + (r / 64u) * 8192u + (r % 64u) * 128u + j] = v43;
    }
  }
}
// ---- logits_matmul (matmul, 192 workgroups, train_step.026.logits_matmul.wgsl) from specs/char-gpt.model:26
// logits_matmul: matmul kernel (mdlc)
// from specs/char-gpt.model:26
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 12288u; t += stride) {
    let rem = t % 12288u;
    let m0 = (rem / 24u) * 4u;
    let n0 = (rem % 24u) * 4u;
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
      let v0: u32 = m0 * 128u + k;
      let v1: f32 = work[13910016u + (v0 / 8192u) * 8192u + ((v0 / 128u) % 64u) * 128u + (v0 % 128u)];
      let v2: u32 = min(m0 + 1u, 2047u) * 128u + k;
      let v3: f32 = work[13910016u + (v2 / 8192u) * 8192u + ((v2 / 128u) % 64u) * 128u + (v2 % 128u)];
      let v4: u32 = min(m0 + 2u, 2047u) * 128u + k;
      let v5: f32 = work[13910016u + (v4 / 8192u) * 8192u + ((v4 / 128u) % 64u) * 128u + (v4 % 128u)];
      let v6: u32 = min(m0 + 3u, 2047u) * 128u + k;
      let v7: f32 = work[13910016u + (v6 / 8192u) * 8192u + ((v6 / 128u) % 64u) * 128u + (v6 % 128u)];
      let v8: f32 = params[417280u + k * 96u + n0];
      let v9: f32 = params[417280u + k * 96u + min(n0 + 1u, 95u)];
      let v10: f32 = params[417280u + k * 96u + min(n0 + 2u, 95u)];
      let v11: f32 = params[417280u + k * 96u + min(n0 + 3u, 95u)];
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
    if (m0 + 0u < 2048u && n0 + 0u < 96u) {
      work[4734976u + m0 * 96u + n0] = acc_0_0;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 96u) {
      work[4734976u + m0 * 96u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 96u) {
      work[4734976u + m0 * 96u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 96u) {
      work[4734976u + m0 * 96u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 96u) {
      work[4734976u + (m0 + 1u) * 96u + n0] = acc_1_0;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 96u) {
      work[4734976u + (m0 + 1u) * 96u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 96u) {
      work[4734976u + (m0 + 1u) * 96u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 96u) {
      work[4734976u + (m0 + 1u) * 96u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 96u) {
      work[4734976u + (m0 + 2u) * 96u + n0] = acc_2_0;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 96u) {
      work[4734976u + (m0 + 2u) * 96u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 96u) {
      work[4734976u + (m0 + 2u) * 96u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 96u) {
      work[4734976u + (m0 + 2u) * 96u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 96u) {
      work[4734976u + (m0 + 3u) * 96u + n0] = acc_3_0;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 96u) {
      work[4734976u + (m0 + 3u) * 96u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 96u) {
      work[4734976u + (m0 + 3u) * 96u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 96u) {
      work[4734976u + (m0 + 3u) * 96u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- metrics_argmax (reduce, 32 workgroups, train_step.027.metrics_argmax.wgsl) from specs/char-gpt.model:28, specs/char-gpt.model:26
// metrics_argmax: reduce kernel (mdlc)
// from specs/char-gpt.model:28, specs/char-gpt.model:26
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
      for (var j = 0u; j < 32u + opaque; j++) {
        s0_acc0 += data[4096u + j];
      }
      work[4931584u] = s0_acc0;
    }
  }
  for (var r = gid.x; r < 2048u; r += stride) {
    var best1: f32 = -3.4028234e38f;
    var acc0: i32 = 0i;
    for (var j = 0u; j < 96u + opaque; j++) {
      let v2: u32 = (r / 64u) * 6144u + (r % 64u) * 96u + j;
      let v3: u32 = (v2 % 96u);
      let v4: f32 = params[429568u + v3];
      let v5: f32 = (work[4734976u + (v2 / 96u) * 96u + (v2 % 96u)] + v4);
      if (v5 > best1) { best1 = v5; acc0 = i32(j); }
    }
    work[4931588u + (r / 64u) * 64u + (r % 64u)] = bitcast<f32>(acc0);
  }
}
// ---- loss_log_softmax (reduce, 32 workgroups, train_step.028.loss_log_softmax.wgsl) from specs/char-gpt.model:28, specs/char-gpt.model:26, specs/char-gpt.model:18
// loss_log_softmax: reduce kernel (mdlc)
// from specs/char-gpt.model:28, specs/char-gpt.model:26, specs/char-gpt.model:18
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(1) var<storage, read_write> state: array<f32>;
@group(0) @binding(2) var<storage, read> data: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s0_v0: f32 = work[4931584u];
      let s0_v1: f32 = (state[8u] + s0_v0);
      state[8u] = s0_v1;
    }
  }
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s1_v0: f32 = work[4931584u];
      let s1_v1: f32 = (s1_v0 * 64.0f);
      work[4935684u] = s1_v1;
      let s1_v2: f32 = (state[20u] + s1_v1);
      state[20u] = s1_v2;
    }
  }
  for (var r = gid.x; r < 2048u; r += stride) {
    var acc0: f32 = -3.4028234e38f;
    for (var j = 0u; j < 96u + opaque; j++) {
      let v2: u32 = (r / 64u) * 6144u + (r % 64u) * 96u + j;
      let v3: u32 = (v2 % 96u);
      let v4: f32 = params[429568u + v3];
      let v5: f32 = (work[4734976u + (v2 / 96u) * 96u + (v2 % 96u)] + v4);
      acc0 = max(acc0, v5);
    }
    var acc6: f32 = 0.0f;
    for (var j = 0u; j < 96u + opaque; j++) {
      let v8: u32 = (r / 64u) * 6144u + (r % 64u) * 96u + j;
      let v9: u32 = (v8 % 96u);
      let v10: f32 = params[429568u + v9];
      let v11: f32 = (work[4734976u + (v8 / 96u) * 96u + (v8 % 96u)] + v10);
      let v12: f32 = (v11 - acc0);
      let v13: f32 = exp(v12);
      acc6 += v13;
    }
    var acc14: f32 = 0.0f;
    for (var j = 0u; j < 96u + opaque; j++) {
      let v16: i32 = i32(j);
      let v17: u32 = (r / 64u) * 64u + (r % 64u);
      let v18: i32 = bitcast<i32>(data[2048u + (v17 / 64u) * 64u + (v17 % 64u)]);
      let v19: f32 = select(0.0f, 1.0f, v16 == v18);
      let v20: u32 = (r / 64u) * 6144u + (r % 64u) * 96u + j;
      let v21: u32 = (v20 % 96u);
      let v22: f32 = params[429568u + v21];
      let v23: f32 = (work[4734976u + (v20 / 96u) * 96u + (v20 % 96u)] + v22);
      let v24: f32 = (v23 - acc0);
      let v25: f32 = log(acc6);
      let v26: f32 = (v24 - v25);
      let v27: f32 = (v19 * v26);
      acc14 += v27;
    }
    var acc28: f32 = 0.0f;
    for (var j = 0u; j < 96u + opaque; j++) {
      let v30: u32 = (r / 64u);
      let v31: f32 = work[4931584u];
      let v32: f32 = max(v31, 9.999999960041972e-13f);
      let v33: f32 = (1.0f / v32);
      let v34: f32 = (v33 * data[4096u + v30]);
      let v35: f32 = (v34 * 0.015625f);
      let v36: f32 = (-v35);
      let v37: i32 = i32(j);
      let v38: u32 = (r / 64u) * 64u + (r % 64u);
      let v39: i32 = bitcast<i32>(data[2048u + (v38 / 64u) * 64u + (v38 % 64u)]);
      let v40: f32 = select(0.0f, 1.0f, v37 == v39);
      let v41: f32 = (v36 * v40);
      let v42: f32 = (-v41);
      acc28 += v42;
    }
    work[4933636u + (r / 64u) * 64u + (r % 64u)] = acc14;
    for (var j = 0u; j < 96u + opaque; j++) {
      let v43: i32 = i32(j);
      let v44: u32 = (r / 64u) * 64u + (r % 64u);
      let v45: i32 = bitcast<i32>(data[2048u + (v44 / 64u) * 64u + (v44 % 64u)]);
      let v46: f32 = select(0.0f, 1.0f, v43 == v45);
      work[5535744u + (r / 64u) * 6144u + (r % 64u) * 96u + j] = v46;
      let v47: u32 = (r / 64u);
      let v48: f32 = work[4931584u];
      let v49: f32 = max(v48, 9.999999960041972e-13f);
      let v50: f32 = (1.0f / v49);
      let v51: f32 = (v50 * data[4096u + v47]);
      let v52: f32 = (v51 * 0.015625f);
      let v53: f32 = (-v52);
      let v54: f32 = (v53 * v46);
      let v55: f32 = (acc28 / acc6);
      let v56: u32 = (r / 64u) * 6144u + (r % 64u) * 96u + j;
      let v57: u32 = (v56 % 96u);
      let v58: f32 = params[429568u + v57];
      let v59: f32 = (work[4734976u + (v56 / 96u) * 96u + (v56 % 96u)] + v58);
      let v60: f32 = (v59 - acc0);
      let v61: f32 = exp(v60);
      let v62: f32 = (v55 * v61);
      let v63: f32 = (v54 + v62);
      work[12337152u + (r / 64u) * 6144u + (r % 64u) * 96u + j] = v63;
    }
  }
}
// ---- loss_sum (reduce, 1 workgroups, train_step.029.loss_sum.wgsl) from specs/char-gpt.model:28
// loss_sum: reduce kernel (mdlc)
// from specs/char-gpt.model:28
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 32u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 64u + opaque; j++) {
      let v2: f32 = (-work[4933636u + r * 64u + j]);
      acc0 += v2;
    }
    work[4734976u + r] = acc0;
  }
}
// ---- logits_grad_sum (reduce, 2 workgroups, train_step.030.logits_grad_sum.wgsl) from specs/char-gpt.model:26
// logits_grad_sum: reduce kernel (mdlc)
// from specs/char-gpt.model:26
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
      for (var j = 0u; j < 32u + opaque; j++) {
        let s0_v2: f32 = (work[4734976u + j] * 0.015625f);
        let s0_v3: f32 = (s0_v2 * data[4096u + j]);
        s0_acc0 += s0_v3;
      }
      work[4735008u] = s0_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s1_acc0: f32 = 0.0f;
      for (var j = 0u; j < 196608u + opaque; j++) {
        let s1_v2: i32 = i32((j % 96u));
        let s1_v3: f32 = select(0.0f, 1.0f, s1_v2 == bitcast<i32>(work[4931588u + (j / 6144u) * 64u + ((j / 96u) % 64u)]));
        let s1_v4: f32 = (s1_v3 * work[5535744u + (j / 6144u) * 6144u + ((j / 96u) % 64u) * 96u + (j % 96u)]);
        let s1_v5: u32 = (j / 6144u);
        let s1_v6: f32 = data[4096u + s1_v5];
        let s1_v7: f32 = (s1_v4 * s1_v6);
        s1_acc0 += s1_v7;
      }
      work[4735016u] = s1_acc0;
    }
  }
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s2_v0: f32 = work[4735008u];
      let s2_v1: f32 = work[4931584u];
      let s2_v2: f32 = max(s2_v1, 9.999999960041972e-13f);
      let s2_v3: f32 = (s2_v0 / s2_v2);
      work[4735012u] = s2_v3;
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
      let s3_v0: f32 = work[4735016u];
      let s3_v1: f32 = (state[16u] + s3_v0);
      state[16u] = s3_v1;
    }
  }
  for (var r = gid.x; r < 96u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 2048u + opaque; j++) {
      let v2: u32 = j * 96u + r;
      let v3: f32 = work[12337152u + (v2 / 6144u) * 6144u + ((v2 / 96u) % 64u) * 96u + (v2 % 96u)];
      acc0 += v3;
    }
    work[4735020u + r] = acc0;
  }
}
// ---- logits_grad_matmul (matmul, 256 workgroups, train_step.031.logits_grad_matmul.wgsl) from specs/char-gpt.model:26
// logits_grad_matmul: matmul kernel (mdlc)
// from specs/char-gpt.model:26
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 16384u; t += stride) {
    let rem = t % 16384u;
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
    for (var k = 0u; k < 96u + opaque; k++) {
      let v0: u32 = m0 * 96u + k;
      let v1: f32 = work[12337152u + (v0 / 6144u) * 6144u + ((v0 / 96u) % 64u) * 96u + (v0 % 96u)];
      let v2: u32 = min(m0 + 1u, 2047u) * 96u + k;
      let v3: f32 = work[12337152u + (v2 / 6144u) * 6144u + ((v2 / 96u) % 64u) * 96u + (v2 % 96u)];
      let v4: u32 = min(m0 + 2u, 2047u) * 96u + k;
      let v5: f32 = work[12337152u + (v4 / 6144u) * 6144u + ((v4 / 96u) % 64u) * 96u + (v4 % 96u)];
      let v6: u32 = min(m0 + 3u, 2047u) * 96u + k;
      let v7: f32 = work[12337152u + (v6 / 6144u) * 6144u + ((v6 / 96u) % 64u) * 96u + (v6 % 96u)];
      let v8: f32 = params[417280u + n0 * 96u + k];
      let v9: f32 = params[417280u + min(n0 + 1u, 127u) * 96u + k];
      let v10: f32 = params[417280u + min(n0 + 2u, 127u) * 96u + k];
      let v11: f32 = params[417280u + min(n0 + 3u, 127u) * 96u + k];
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
    if (m0 + 0u < 2048u && n0 + 0u < 128u) {
      work[14172160u + m0 * 128u + n0] = acc_0_0;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 128u) {
      work[14172160u + m0 * 128u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 128u) {
      work[14172160u + m0 * 128u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 128u) {
      work[14172160u + m0 * 128u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 128u) {
      work[14172160u + (m0 + 1u) * 128u + n0] = acc_1_0;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 128u) {
      work[14172160u + (m0 + 1u) * 128u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 128u) {
      work[14172160u + (m0 + 1u) * 128u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 128u) {
      work[14172160u + (m0 + 1u) * 128u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 128u) {
      work[14172160u + (m0 + 2u) * 128u + n0] = acc_2_0;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 128u) {
      work[14172160u + (m0 + 2u) * 128u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 128u) {
      work[14172160u + (m0 + 2u) * 128u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 128u) {
      work[14172160u + (m0 + 2u) * 128u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 128u) {
      work[14172160u + (m0 + 3u) * 128u + n0] = acc_3_0;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 128u) {
      work[14172160u + (m0 + 3u) * 128u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 128u) {
      work[14172160u + (m0 + 3u) * 128u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 128u) {
      work[14172160u + (m0 + 3u) * 128u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- logits_grad_matmul_1 (matmul, 12 workgroups, train_step.032.logits_grad_matmul_1.wgsl) from specs/char-gpt.model:26
// logits_grad_matmul_1: matmul kernel (mdlc)
// from specs/char-gpt.model:26
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 768u; t += stride) {
    let rem = t % 768u;
    let m0 = (rem / 24u) * 4u;
    let n0 = (rem % 24u) * 4u;
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
    for (var k = 0u; k < 2048u + opaque; k++) {
      let v0: u32 = k * 128u + m0;
      let v1: f32 = work[13910016u + (v0 / 8192u) * 8192u + ((v0 / 128u) % 64u) * 128u + (v0 % 128u)];
      let v2: u32 = k * 128u + min(m0 + 1u, 127u);
      let v3: f32 = work[13910016u + (v2 / 8192u) * 8192u + ((v2 / 128u) % 64u) * 128u + (v2 % 128u)];
      let v4: u32 = k * 128u + min(m0 + 2u, 127u);
      let v5: f32 = work[13910016u + (v4 / 8192u) * 8192u + ((v4 / 128u) % 64u) * 128u + (v4 % 128u)];
      let v6: u32 = k * 128u + min(m0 + 3u, 127u);
      let v7: f32 = work[13910016u + (v6 / 8192u) * 8192u + ((v6 / 128u) % 64u) * 128u + (v6 % 128u)];
      let v8: u32 = k * 96u + n0;
      let v9: f32 = work[12337152u + (v8 / 6144u) * 6144u + ((v8 / 96u) % 64u) * 96u + (v8 % 96u)];
      let v10: u32 = k * 96u + min(n0 + 1u, 95u);
      let v11: f32 = work[12337152u + (v10 / 6144u) * 6144u + ((v10 / 96u) % 64u) * 96u + (v10 % 96u)];
      let v12: u32 = k * 96u + min(n0 + 2u, 95u);
      let v13: f32 = work[12337152u + (v12 / 6144u) * 6144u + ((v12 / 96u) % 64u) * 96u + (v12 % 96u)];
      let v14: u32 = k * 96u + min(n0 + 3u, 95u);
      let v15: f32 = work[12337152u + (v14 / 6144u) * 6144u + ((v14 / 96u) % 64u) * 96u + (v14 % 96u)];
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
    if (m0 + 0u < 128u && n0 + 0u < 96u) {
      work[4735116u + m0 * 96u + n0] = acc_0_0;
    }
    if (m0 + 0u < 128u && n0 + 1u < 96u) {
      work[4735116u + m0 * 96u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 128u && n0 + 2u < 96u) {
      work[4735116u + m0 * 96u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 128u && n0 + 3u < 96u) {
      work[4735116u + m0 * 96u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 128u && n0 + 0u < 96u) {
      work[4735116u + (m0 + 1u) * 96u + n0] = acc_1_0;
    }
    if (m0 + 1u < 128u && n0 + 1u < 96u) {
      work[4735116u + (m0 + 1u) * 96u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 128u && n0 + 2u < 96u) {
      work[4735116u + (m0 + 1u) * 96u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 128u && n0 + 3u < 96u) {
      work[4735116u + (m0 + 1u) * 96u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 128u && n0 + 0u < 96u) {
      work[4735116u + (m0 + 2u) * 96u + n0] = acc_2_0;
    }
    if (m0 + 2u < 128u && n0 + 1u < 96u) {
      work[4735116u + (m0 + 2u) * 96u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 128u && n0 + 2u < 96u) {
      work[4735116u + (m0 + 2u) * 96u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 128u && n0 + 3u < 96u) {
      work[4735116u + (m0 + 2u) * 96u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 128u && n0 + 0u < 96u) {
      work[4735116u + (m0 + 3u) * 96u + n0] = acc_3_0;
    }
    if (m0 + 3u < 128u && n0 + 1u < 96u) {
      work[4735116u + (m0 + 3u) * 96u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 128u && n0 + 2u < 96u) {
      work[4735116u + (m0 + 3u) * 96u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 128u && n0 + 3u < 96u) {
      work[4735116u + (m0 + 3u) * 96u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- final_grad_sum (reduce, 2 workgroups, train_step.033.final_grad_sum.wgsl) from specs/char-gpt.model:25, specs/char-gpt.model:26
// final_grad_sum: reduce kernel (mdlc)
// from specs/char-gpt.model:25, specs/char-gpt.model:26
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 128u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 2048u + opaque; j++) {
      let v2: u32 = (j / 64u) * 8192u + (j % 64u) * 128u + r;
      let v3: f32 = work[14172160u + (v2 / 128u) * 128u + (v2 % 128u)];
      acc0 += v3;
    }
    work[4747404u + r] = acc0;
  }
}
// ---- final_grad_sum_1 (reduce, 2 workgroups, train_step.034.final_grad_sum_1.wgsl) from specs/char-gpt.model:25, specs/char-gpt.model:26
// final_grad_sum_1: reduce kernel (mdlc)
// from specs/char-gpt.model:25, specs/char-gpt.model:26
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 128u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 2048u + opaque; j++) {
      let v2: u32 = (j / 64u) * 8192u + (j % 64u) * 128u + r;
      let v3: f32 = work[14172160u + (v2 / 128u) * 128u + (v2 % 128u)];
      let v4: f32 = (v3 * work[13647872u + (j / 64u) * 8192u + (j % 64u) * 128u + r]);
      acc0 += v4;
    }
    work[4747532u + r] = acc0;
  }
}
// ---- blocks1_output_grad_sum (reduce, 32 workgroups, train_step.035.blocks1_output_grad_sum.wgsl) from specs/char-gpt.model:25, specs/char-gpt.model:26, specs/char-gpt.model:16, specs/char-gpt.model:18, specs/char-gpt.model:19
// blocks1_output_grad_sum: reduce kernel (mdlc)
// from specs/char-gpt.model:25, specs/char-gpt.model:26, specs/char-gpt.model:16, specs/char-gpt.model:18, specs/char-gpt.model:19
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 2048u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 128u + opaque; j++) {
      let v2: u32 = (r / 64u) * 8192u + (r % 64u) * 128u + j;
      let v3: f32 = work[14172160u + (v2 / 128u) * 128u + (v2 % 128u)];
      let v4: f32 = params[417024u + j];
      let v5: f32 = (v3 * v4);
      let v6: f32 = (v5 * work[13647872u + (r / 64u) * 8192u + (r % 64u) * 128u + j]);
      let v7: f32 = (v6 / work[5533696u + (r / 64u) * 64u + (r % 64u)]);
      let v8: f32 = (-v7);
      acc0 += v8;
    }
    var acc9: f32 = 0.0f;
    for (var j = 0u; j < 128u + opaque; j++) {
      let v11: u32 = (r / 64u) * 8192u + (r % 64u) * 128u + j;
      let v12: f32 = work[14172160u + (v11 / 128u) * 128u + (v11 % 128u)];
      let v13: f32 = params[417024u + j];
      let v14: f32 = (v12 * v13);
      let v15: f32 = (v14 / work[5533696u + (r / 64u) * 64u + (r % 64u)]);
      let v16: f32 = (acc0 * 0.5f);
      let v17: f32 = (v16 / work[5533696u + (r / 64u) * 64u + (r % 64u)]);
      let v18: f32 = (v17 * 0.0078125f);
      let v19: f32 = (v18 * work[13385728u + (r / 64u) * 8192u + (r % 64u) * 128u + j]);
      let v20: f32 = (v15 + v19);
      let v21: f32 = (v20 + v19);
      let v22: f32 = (-v21);
      acc9 += v22;
    }
    for (var j = 0u; j < 128u + opaque; j++) {
      let v23: u32 = (r / 64u) * 8192u + (r % 64u) * 128u + j;
      let v24: f32 = work[14172160u + (v23 / 128u) * 128u + (v23 % 128u)];
      let v25: f32 = params[417024u + j];
      let v26: f32 = (v24 * v25);
      let v27: f32 = (v26 / work[5533696u + (r / 64u) * 64u + (r % 64u)]);
      let v28: f32 = (acc0 * 0.5f);
      let v29: f32 = (v28 / work[5533696u + (r / 64u) * 64u + (r % 64u)]);
      let v30: f32 = (v29 * 0.0078125f);
      let v31: f32 = (v30 * work[13385728u + (r / 64u) * 8192u + (r % 64u) * 128u + j]);
      let v32: f32 = (v27 + v31);
      let v33: f32 = (v32 + v31);
      let v34: f32 = (acc9 * 0.0078125f);
      let v35: f32 = (v33 + v34);
      work[12337152u + (r / 64u) * 8192u + (r % 64u) * 128u + j] = v35;
      let v36: f32 = (v35 * work[10764288u + (r / 64u) * 8192u + (r % 64u) * 128u + j]);
      work[13910016u + (r / 64u) * 8192u + (r % 64u) * 128u + j] = v36;
    }
  }
}
// ---- blocks1_output_dense_grad_sum (reduce, 2 workgroups, train_step.036.blocks1_output_dense_grad_sum.wgsl) from specs/char-gpt.model:19
// blocks1_output_dense_grad_sum: reduce kernel (mdlc)
// from specs/char-gpt.model:19
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 128u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 2048u + opaque; j++) {
      let v2: u32 = j * 128u + r;
      let v3: f32 = work[13910016u + (v2 / 8192u) * 8192u + ((v2 / 128u) % 64u) * 128u + (v2 % 128u)];
      acc0 += v3;
    }
    work[4747660u + r] = acc0;
  }
}
// ---- blocks1_output_dense_grad_matmul (matmul, 1024 workgroups, train_step.037.blocks1_output_dense_grad_matmul.wgsl) from specs/char-gpt.model:19
// blocks1_output_dense_grad_matmul: matmul kernel (mdlc)
// from specs/char-gpt.model:19
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 65536u; t += stride) {
    let rem = t % 65536u;
    let m0 = (rem / 128u) * 4u;
    let n0 = (rem % 128u) * 4u;
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
      let v0: u32 = m0 * 128u + k;
      let v1: f32 = work[13910016u + (v0 / 8192u) * 8192u + ((v0 / 128u) % 64u) * 128u + (v0 % 128u)];
      let v2: u32 = min(m0 + 1u, 2047u) * 128u + k;
      let v3: f32 = work[13910016u + (v2 / 8192u) * 8192u + ((v2 / 128u) % 64u) * 128u + (v2 % 128u)];
      let v4: u32 = min(m0 + 2u, 2047u) * 128u + k;
      let v5: f32 = work[13910016u + (v4 / 8192u) * 8192u + ((v4 / 128u) % 64u) * 128u + (v4 % 128u)];
      let v6: u32 = min(m0 + 3u, 2047u) * 128u + k;
      let v7: f32 = work[13910016u + (v6 / 8192u) * 8192u + ((v6 / 128u) % 64u) * 128u + (v6 % 128u)];
      let v8: f32 = params[351360u + n0 * 128u + k];
      let v9: f32 = params[351360u + min(n0 + 1u, 511u) * 128u + k];
      let v10: f32 = params[351360u + min(n0 + 2u, 511u) * 128u + k];
      let v11: f32 = params[351360u + min(n0 + 3u, 511u) * 128u + k];
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
    if (m0 + 0u < 2048u && n0 + 0u < 512u) {
      work[18628608u + m0 * 512u + n0] = acc_0_0;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 512u) {
      work[18628608u + m0 * 512u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 512u) {
      work[18628608u + m0 * 512u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 512u) {
      work[18628608u + m0 * 512u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 512u) {
      work[18628608u + (m0 + 1u) * 512u + n0] = acc_1_0;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 512u) {
      work[18628608u + (m0 + 1u) * 512u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 512u) {
      work[18628608u + (m0 + 1u) * 512u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 512u) {
      work[18628608u + (m0 + 1u) * 512u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 512u) {
      work[18628608u + (m0 + 2u) * 512u + n0] = acc_2_0;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 512u) {
      work[18628608u + (m0 + 2u) * 512u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 512u) {
      work[18628608u + (m0 + 2u) * 512u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 512u) {
      work[18628608u + (m0 + 2u) * 512u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 512u) {
      work[18628608u + (m0 + 3u) * 512u + n0] = acc_3_0;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 512u) {
      work[18628608u + (m0 + 3u) * 512u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 512u) {
      work[18628608u + (m0 + 3u) * 512u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 512u) {
      work[18628608u + (m0 + 3u) * 512u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks1_output_dense_grad_matmul_1 (matmul, 64 workgroups, train_step.038.blocks1_output_dense_grad_matmul_1.wgsl) from specs/char-gpt.model:19
// blocks1_output_dense_grad_matmul_1: matmul kernel (mdlc)
// from specs/char-gpt.model:19
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 4096u; t += stride) {
    let rem = t % 4096u;
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
    for (var k = 0u; k < 2048u + opaque; k++) {
      let v0: u32 = k * 512u + m0;
      let v1: f32 = work[17580032u + (v0 / 32768u) * 32768u + ((v0 / 512u) % 64u) * 512u + (v0 % 512u)];
      let v2: u32 = k * 512u + min(m0 + 1u, 511u);
      let v3: f32 = work[17580032u + (v2 / 32768u) * 32768u + ((v2 / 512u) % 64u) * 512u + (v2 % 512u)];
      let v4: u32 = k * 512u + min(m0 + 2u, 511u);
      let v5: f32 = work[17580032u + (v4 / 32768u) * 32768u + ((v4 / 512u) % 64u) * 512u + (v4 % 512u)];
      let v6: u32 = k * 512u + min(m0 + 3u, 511u);
      let v7: f32 = work[17580032u + (v6 / 32768u) * 32768u + ((v6 / 512u) % 64u) * 512u + (v6 % 512u)];
      let v8: u32 = k * 128u + n0;
      let v9: f32 = work[13910016u + (v8 / 8192u) * 8192u + ((v8 / 128u) % 64u) * 128u + (v8 % 128u)];
      let v10: u32 = k * 128u + min(n0 + 1u, 127u);
      let v11: f32 = work[13910016u + (v10 / 8192u) * 8192u + ((v10 / 128u) % 64u) * 128u + (v10 % 128u)];
      let v12: u32 = k * 128u + min(n0 + 2u, 127u);
      let v13: f32 = work[13910016u + (v12 / 8192u) * 8192u + ((v12 / 128u) % 64u) * 128u + (v12 % 128u)];
      let v14: u32 = k * 128u + min(n0 + 3u, 127u);
      let v15: f32 = work[13910016u + (v14 / 8192u) * 8192u + ((v14 / 128u) % 64u) * 128u + (v14 % 128u)];
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
    if (m0 + 0u < 512u && n0 + 0u < 128u) {
      work[4747788u + m0 * 128u + n0] = acc_0_0;
    }
    if (m0 + 0u < 512u && n0 + 1u < 128u) {
      work[4747788u + m0 * 128u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 512u && n0 + 2u < 128u) {
      work[4747788u + m0 * 128u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 512u && n0 + 3u < 128u) {
      work[4747788u + m0 * 128u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 512u && n0 + 0u < 128u) {
      work[4747788u + (m0 + 1u) * 128u + n0] = acc_1_0;
    }
    if (m0 + 1u < 512u && n0 + 1u < 128u) {
      work[4747788u + (m0 + 1u) * 128u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 512u && n0 + 2u < 128u) {
      work[4747788u + (m0 + 1u) * 128u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 512u && n0 + 3u < 128u) {
      work[4747788u + (m0 + 1u) * 128u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 512u && n0 + 0u < 128u) {
      work[4747788u + (m0 + 2u) * 128u + n0] = acc_2_0;
    }
    if (m0 + 2u < 512u && n0 + 1u < 128u) {
      work[4747788u + (m0 + 2u) * 128u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 512u && n0 + 2u < 128u) {
      work[4747788u + (m0 + 2u) * 128u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 512u && n0 + 3u < 128u) {
      work[4747788u + (m0 + 2u) * 128u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 512u && n0 + 0u < 128u) {
      work[4747788u + (m0 + 3u) * 128u + n0] = acc_3_0;
    }
    if (m0 + 3u < 512u && n0 + 1u < 128u) {
      work[4747788u + (m0 + 3u) * 128u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 512u && n0 + 2u < 128u) {
      work[4747788u + (m0 + 3u) * 128u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 512u && n0 + 3u < 128u) {
      work[4747788u + (m0 + 3u) * 128u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks1_f_grad_add (elementwise, 4096 workgroups, train_step.039.blocks1_f_grad_add.wgsl) from specs/char-gpt.model:18, specs/char-gpt.model:19
// blocks1_f_grad_add: elementwise kernel (mdlc)
// from specs/char-gpt.model:18, specs/char-gpt.model:19
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var i = gid.x; i < 1048576u; i += stride) {
    let v0: u32 = (i / 32768u) * 32768u + ((i / 512u) % 64u) * 512u + (i % 512u);
    let v1: f32 = work[18628608u + (v0 / 512u) * 512u + (v0 % 512u)];
    let v2: f32 = (v1 * work[14434304u + (i / 32768u) * 32768u + ((i / 512u) % 64u) * 512u + (i % 512u)]);
    let v3: f32 = (work[15482880u + (i / 32768u) * 32768u + ((i / 512u) % 64u) * 512u + (i % 512u)] * work[15482880u + (i / 32768u) * 32768u + ((i / 512u) % 64u) * 512u + (i % 512u)]);
    let v4: f32 = (-v3);
    let v5: f32 = exp(v4);
    let v6: f32 = (v5 * 1.128379225730896f);
    let v7: f32 = (v2 * v6);
    let v8: f32 = (v7 * 0.7071067690849304f);
    let v9: f32 = (v1 * work[16531456u + (i / 32768u) * 32768u + ((i / 512u) % 64u) * 512u + (i % 512u)]);
    let v10: f32 = (v9 * 0.5f);
    let v11: f32 = (v8 + v10);
    work[13385728u + (i / 32768u) * 32768u + ((i / 512u) % 64u) * 512u + (i % 512u)] = v11;
  }
}
// ---- blocks1_f_grad_sum (reduce, 8 workgroups, train_step.040.blocks1_f_grad_sum.wgsl) from specs/char-gpt.model:18
// blocks1_f_grad_sum: reduce kernel (mdlc)
// from specs/char-gpt.model:18
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 512u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 2048u + opaque; j++) {
      let v2: u32 = j * 512u + r;
      let v3: f32 = work[13385728u + (v2 / 32768u) * 32768u + ((v2 / 512u) % 64u) * 512u + (v2 % 512u)];
      acc0 += v3;
    }
    work[4813324u + r] = acc0;
  }
}
// ---- blocks1_f_grad_matmul (matmul, 256 workgroups, train_step.041.blocks1_f_grad_matmul.wgsl) from specs/char-gpt.model:18
// blocks1_f_grad_matmul: matmul kernel (mdlc)
// from specs/char-gpt.model:18
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 16384u; t += stride) {
    let rem = t % 16384u;
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
    for (var k = 0u; k < 512u + opaque; k++) {
      let v0: u32 = m0 * 512u + k;
      let v1: f32 = work[13385728u + (v0 / 32768u) * 32768u + ((v0 / 512u) % 64u) * 512u + (v0 % 512u)];
      let v2: u32 = min(m0 + 1u, 2047u) * 512u + k;
      let v3: f32 = work[13385728u + (v2 / 32768u) * 32768u + ((v2 / 512u) % 64u) * 512u + (v2 % 512u)];
      let v4: u32 = min(m0 + 2u, 2047u) * 512u + k;
      let v5: f32 = work[13385728u + (v4 / 32768u) * 32768u + ((v4 / 512u) % 64u) * 512u + (v4 % 512u)];
      let v6: u32 = min(m0 + 3u, 2047u) * 512u + k;
      let v7: f32 = work[13385728u + (v6 / 32768u) * 32768u + ((v6 / 512u) % 64u) * 512u + (v6 % 512u)];
      let v8: f32 = params[285312u + n0 * 512u + k];
      let v9: f32 = params[285312u + min(n0 + 1u, 127u) * 512u + k];
      let v10: f32 = params[285312u + min(n0 + 2u, 127u) * 512u + k];
      let v11: f32 = params[285312u + min(n0 + 3u, 127u) * 512u + k];
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
    if (m0 + 0u < 2048u && n0 + 0u < 128u) {
      work[10764288u + m0 * 128u + n0] = acc_0_0;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 128u) {
      work[10764288u + m0 * 128u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 128u) {
      work[10764288u + m0 * 128u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 128u) {
      work[10764288u + m0 * 128u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 128u) {
      work[10764288u + (m0 + 1u) * 128u + n0] = acc_1_0;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 128u) {
      work[10764288u + (m0 + 1u) * 128u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 128u) {
      work[10764288u + (m0 + 1u) * 128u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 128u) {
      work[10764288u + (m0 + 1u) * 128u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 128u) {
      work[10764288u + (m0 + 2u) * 128u + n0] = acc_2_0;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 128u) {
      work[10764288u + (m0 + 2u) * 128u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 128u) {
      work[10764288u + (m0 + 2u) * 128u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 128u) {
      work[10764288u + (m0 + 2u) * 128u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 128u) {
      work[10764288u + (m0 + 3u) * 128u + n0] = acc_3_0;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 128u) {
      work[10764288u + (m0 + 3u) * 128u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 128u) {
      work[10764288u + (m0 + 3u) * 128u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 128u) {
      work[10764288u + (m0 + 3u) * 128u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks1_f_grad_matmul_1 (matmul, 64 workgroups, train_step.042.blocks1_f_grad_matmul_1.wgsl) from specs/char-gpt.model:18
// blocks1_f_grad_matmul_1: matmul kernel (mdlc)
// from specs/char-gpt.model:18
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 4096u; t += stride) {
    let rem = t % 4096u;
    let m0 = (rem / 128u) * 4u;
    let n0 = (rem % 128u) * 4u;
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
    for (var k = 0u; k < 2048u + opaque; k++) {
      let v0: u32 = k * 128u + m0;
      let v1: f32 = work[13123584u + (v0 / 8192u) * 8192u + ((v0 / 128u) % 64u) * 128u + (v0 % 128u)];
      let v2: u32 = k * 128u + min(m0 + 1u, 127u);
      let v3: f32 = work[13123584u + (v2 / 8192u) * 8192u + ((v2 / 128u) % 64u) * 128u + (v2 % 128u)];
      let v4: u32 = k * 128u + min(m0 + 2u, 127u);
      let v5: f32 = work[13123584u + (v4 / 8192u) * 8192u + ((v4 / 128u) % 64u) * 128u + (v4 % 128u)];
      let v6: u32 = k * 128u + min(m0 + 3u, 127u);
      let v7: f32 = work[13123584u + (v6 / 8192u) * 8192u + ((v6 / 128u) % 64u) * 128u + (v6 % 128u)];
      let v8: u32 = k * 512u + n0;
      let v9: f32 = work[13385728u + (v8 / 32768u) * 32768u + ((v8 / 512u) % 64u) * 512u + (v8 % 512u)];
      let v10: u32 = k * 512u + min(n0 + 1u, 511u);
      let v11: f32 = work[13385728u + (v10 / 32768u) * 32768u + ((v10 / 512u) % 64u) * 512u + (v10 % 512u)];
      let v12: u32 = k * 512u + min(n0 + 2u, 511u);
      let v13: f32 = work[13385728u + (v12 / 32768u) * 32768u + ((v12 / 512u) % 64u) * 512u + (v12 % 512u)];
      let v14: u32 = k * 512u + min(n0 + 3u, 511u);
      let v15: f32 = work[13385728u + (v14 / 32768u) * 32768u + ((v14 / 512u) % 64u) * 512u + (v14 % 512u)];
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
    if (m0 + 0u < 128u && n0 + 0u < 512u) {
      work[4813836u + m0 * 512u + n0] = acc_0_0;
    }
    if (m0 + 0u < 128u && n0 + 1u < 512u) {
      work[4813836u + m0 * 512u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 128u && n0 + 2u < 512u) {
      work[4813836u + m0 * 512u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 128u && n0 + 3u < 512u) {
      work[4813836u + m0 * 512u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 128u && n0 + 0u < 512u) {
      work[4813836u + (m0 + 1u) * 512u + n0] = acc_1_0;
    }
    if (m0 + 1u < 128u && n0 + 1u < 512u) {
      work[4813836u + (m0 + 1u) * 512u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 128u && n0 + 2u < 512u) {
      work[4813836u + (m0 + 1u) * 512u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 128u && n0 + 3u < 512u) {
      work[4813836u + (m0 + 1u) * 512u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 128u && n0 + 0u < 512u) {
      work[4813836u + (m0 + 2u) * 512u + n0] = acc_2_0;
    }
    if (m0 + 2u < 128u && n0 + 1u < 512u) {
      work[4813836u + (m0 + 2u) * 512u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 128u && n0 + 2u < 512u) {
      work[4813836u + (m0 + 2u) * 512u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 128u && n0 + 3u < 512u) {
      work[4813836u + (m0 + 2u) * 512u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 128u && n0 + 0u < 512u) {
      work[4813836u + (m0 + 3u) * 512u + n0] = acc_3_0;
    }
    if (m0 + 3u < 128u && n0 + 1u < 512u) {
      work[4813836u + (m0 + 3u) * 512u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 128u && n0 + 2u < 512u) {
      work[4813836u + (m0 + 3u) * 512u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 128u && n0 + 3u < 512u) {
      work[4813836u + (m0 + 3u) * 512u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks1_f_layer_norm_grad_sum (reduce, 2 workgroups, train_step.043.blocks1_f_layer_norm_grad_sum.wgsl) from specs/char-gpt.model:18
// blocks1_f_layer_norm_grad_sum: reduce kernel (mdlc)
// from specs/char-gpt.model:18
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 128u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 2048u + opaque; j++) {
      let v2: u32 = (j / 64u) * 8192u + (j % 64u) * 128u + r;
      let v3: f32 = work[10764288u + (v2 / 128u) * 128u + (v2 % 128u)];
      acc0 += v3;
    }
    work[4879372u + r] = acc0;
  }
}
// ---- blocks1_f_layer_norm_grad_sum_1 (reduce, 2 workgroups, train_step.044.blocks1_f_layer_norm_grad_sum_1.wgsl) from specs/char-gpt.model:18
// blocks1_f_layer_norm_grad_sum_1: reduce kernel (mdlc)
// from specs/char-gpt.model:18
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 128u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 2048u + opaque; j++) {
      let v2: u32 = (j / 64u) * 8192u + (j % 64u) * 128u + r;
      let v3: f32 = work[10764288u + (v2 / 128u) * 128u + (v2 % 128u)];
      let v4: f32 = (v3 * work[12861440u + (j / 64u) * 8192u + (j % 64u) * 128u + r]);
      acc0 += v4;
    }
    work[4879500u + r] = acc0;
  }
}
// ---- blocks1_h_grad_sum (reduce, 32 workgroups, train_step.045.blocks1_h_grad_sum.wgsl) from specs/char-gpt.model:18, specs/char-gpt.model:16, specs/char-gpt.model:17
// blocks1_h_grad_sum: reduce kernel (mdlc)
// from specs/char-gpt.model:18, specs/char-gpt.model:16, specs/char-gpt.model:17
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 2048u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 128u + opaque; j++) {
      let v2: u32 = (r / 64u) * 8192u + (r % 64u) * 128u + j;
      let v3: f32 = work[10764288u + (v2 / 128u) * 128u + (v2 % 128u)];
      let v4: f32 = params[285056u + j];
      let v5: f32 = (v3 * v4);
      let v6: f32 = (v5 * work[12861440u + (r / 64u) * 8192u + (r % 64u) * 128u + j]);
      let v7: f32 = (v6 / work[5531648u + (r / 64u) * 64u + (r % 64u)]);
      let v8: f32 = (-v7);
      acc0 += v8;
    }
    var acc9: f32 = 0.0f;
    for (var j = 0u; j < 128u + opaque; j++) {
      let v11: u32 = (r / 64u) * 8192u + (r % 64u) * 128u + j;
      let v12: f32 = work[10764288u + (v11 / 128u) * 128u + (v11 % 128u)];
      let v13: f32 = params[285056u + j];
      let v14: f32 = (v12 * v13);
      let v15: f32 = (v14 / work[5531648u + (r / 64u) * 64u + (r % 64u)]);
      let v16: f32 = (acc0 * 0.5f);
      let v17: f32 = (v16 / work[5531648u + (r / 64u) * 64u + (r % 64u)]);
      let v18: f32 = (v17 * 0.0078125f);
      let v19: f32 = (v18 * work[12599296u + (r / 64u) * 8192u + (r % 64u) * 128u + j]);
      let v20: f32 = (v15 + v19);
      let v21: f32 = (v20 + v19);
      let v22: f32 = (-v21);
      acc9 += v22;
    }
    for (var j = 0u; j < 128u + opaque; j++) {
      let v23: u32 = (r / 64u) * 8192u + (r % 64u) * 128u + j;
      let v24: f32 = work[10764288u + (v23 / 128u) * 128u + (v23 % 128u)];
      let v25: f32 = params[285056u + j];
      let v26: f32 = (v24 * v25);
      let v27: f32 = (v26 / work[5531648u + (r / 64u) * 64u + (r % 64u)]);
      let v28: f32 = (acc0 * 0.5f);
      let v29: f32 = (v28 / work[5531648u + (r / 64u) * 64u + (r % 64u)]);
      let v30: f32 = (v29 * 0.0078125f);
      let v31: f32 = (v30 * work[12599296u + (r / 64u) * 8192u + (r % 64u) * 128u + j]);
      let v32: f32 = (v27 + v31);
      let v33: f32 = (v32 + v31);
      let v34: f32 = (work[12337152u + (r / 64u) * 8192u + (r % 64u) * 128u + j] + v33);
      let v35: f32 = (acc9 * 0.0078125f);
      let v36: f32 = (v34 + v35);
      work[13123584u + (r / 64u) * 8192u + (r % 64u) * 128u + j] = v36;
      let v37: f32 = (v36 * work[12075008u + (r / 64u) * 8192u + (r % 64u) * 128u + j]);
      work[13385728u + (r / 64u) * 8192u + (r % 64u) * 128u + j] = v37;
    }
  }
}
// ---- blocks1_a_grad_sum (reduce, 2 workgroups, train_step.046.blocks1_a_grad_sum.wgsl) from specs/char-gpt.model:16
// blocks1_a_grad_sum: reduce kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 128u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 2048u + opaque; j++) {
      let v2: u32 = j * 128u + r;
      let v3: f32 = work[13385728u + (v2 / 8192u) * 8192u + ((v2 / 128u) % 64u) * 128u + (v2 % 128u)];
      acc0 += v3;
    }
    work[4879628u + r] = acc0;
  }
}
// ---- blocks1_a_grad_matmul (matmul, 256 workgroups, train_step.047.blocks1_a_grad_matmul.wgsl) from specs/char-gpt.model:16
// blocks1_a_grad_matmul: matmul kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 16384u; t += stride) {
    let rem = t % 16384u;
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
      let v0: u32 = m0 * 128u + k;
      let v1: f32 = work[13385728u + (v0 / 8192u) * 8192u + ((v0 / 128u) % 64u) * 128u + (v0 % 128u)];
      let v2: u32 = min(m0 + 1u, 2047u) * 128u + k;
      let v3: f32 = work[13385728u + (v2 / 8192u) * 8192u + ((v2 / 128u) % 64u) * 128u + (v2 % 128u)];
      let v4: u32 = min(m0 + 2u, 2047u) * 128u + k;
      let v5: f32 = work[13385728u + (v4 / 8192u) * 8192u + ((v4 / 128u) % 64u) * 128u + (v4 % 128u)];
      let v6: u32 = min(m0 + 3u, 2047u) * 128u + k;
      let v7: f32 = work[13385728u + (v6 / 8192u) * 8192u + ((v6 / 128u) % 64u) * 128u + (v6 % 128u)];
      let v8: f32 = params[268544u + n0 * 128u + k];
      let v9: f32 = params[268544u + min(n0 + 1u, 127u) * 128u + k];
      let v10: f32 = params[268544u + min(n0 + 2u, 127u) * 128u + k];
      let v11: f32 = params[268544u + min(n0 + 3u, 127u) * 128u + k];
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
    if (m0 + 0u < 2048u && n0 + 0u < 128u) {
      work[10764288u + m0 * 128u + n0] = acc_0_0;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 128u) {
      work[10764288u + m0 * 128u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 128u) {
      work[10764288u + m0 * 128u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 128u) {
      work[10764288u + m0 * 128u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 128u) {
      work[10764288u + (m0 + 1u) * 128u + n0] = acc_1_0;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 128u) {
      work[10764288u + (m0 + 1u) * 128u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 128u) {
      work[10764288u + (m0 + 1u) * 128u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 128u) {
      work[10764288u + (m0 + 1u) * 128u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 128u) {
      work[10764288u + (m0 + 2u) * 128u + n0] = acc_2_0;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 128u) {
      work[10764288u + (m0 + 2u) * 128u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 128u) {
      work[10764288u + (m0 + 2u) * 128u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 128u) {
      work[10764288u + (m0 + 2u) * 128u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 128u) {
      work[10764288u + (m0 + 3u) * 128u + n0] = acc_3_0;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 128u) {
      work[10764288u + (m0 + 3u) * 128u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 128u) {
      work[10764288u + (m0 + 3u) * 128u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 128u) {
      work[10764288u + (m0 + 3u) * 128u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks1_a_grad_matmul_1 (matmul, 16 workgroups, train_step.048.blocks1_a_grad_matmul_1.wgsl) from specs/char-gpt.model:16
// blocks1_a_grad_matmul_1: matmul kernel (mdlc)
// from specs/char-gpt.model:16
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
    for (var k = 0u; k < 2048u + opaque; k++) {
      let v0: u32 = k * 128u + m0;
      let v1: u32 = (v0 / 8192u) * 8192u + ((v0 / 32u) % 4u) * 2048u + ((v0 / 128u) % 64u) * 32u + (v0 % 32u);
      let v2: f32 = work[10502144u + (v1 / 2048u) * 2048u + ((v1 / 32u) % 64u) * 32u + (v1 % 32u)];
      let v3: u32 = k * 128u + min(m0 + 1u, 127u);
      let v4: u32 = (v3 / 8192u) * 8192u + ((v3 / 32u) % 4u) * 2048u + ((v3 / 128u) % 64u) * 32u + (v3 % 32u);
      let v5: f32 = work[10502144u + (v4 / 2048u) * 2048u + ((v4 / 32u) % 64u) * 32u + (v4 % 32u)];
      let v6: u32 = k * 128u + min(m0 + 2u, 127u);
      let v7: u32 = (v6 / 8192u) * 8192u + ((v6 / 32u) % 4u) * 2048u + ((v6 / 128u) % 64u) * 32u + (v6 % 32u);
      let v8: f32 = work[10502144u + (v7 / 2048u) * 2048u + ((v7 / 32u) % 64u) * 32u + (v7 % 32u)];
      let v9: u32 = k * 128u + min(m0 + 3u, 127u);
      let v10: u32 = (v9 / 8192u) * 8192u + ((v9 / 32u) % 4u) * 2048u + ((v9 / 128u) % 64u) * 32u + (v9 % 32u);
      let v11: f32 = work[10502144u + (v10 / 2048u) * 2048u + ((v10 / 32u) % 64u) * 32u + (v10 % 32u)];
      let v12: u32 = k * 128u + n0;
      let v13: f32 = work[13385728u + (v12 / 8192u) * 8192u + ((v12 / 128u) % 64u) * 128u + (v12 % 128u)];
      let v14: u32 = k * 128u + min(n0 + 1u, 127u);
      let v15: f32 = work[13385728u + (v14 / 8192u) * 8192u + ((v14 / 128u) % 64u) * 128u + (v14 % 128u)];
      let v16: u32 = k * 128u + min(n0 + 2u, 127u);
      let v17: f32 = work[13385728u + (v16 / 8192u) * 8192u + ((v16 / 128u) % 64u) * 128u + (v16 % 128u)];
      let v18: u32 = k * 128u + min(n0 + 3u, 127u);
      let v19: f32 = work[13385728u + (v18 / 8192u) * 8192u + ((v18 / 128u) % 64u) * 128u + (v18 % 128u)];
      acc_0_0 = fma(v2, v13, acc_0_0);
      acc_0_1 = fma(v2, v15, acc_0_1);
      acc_0_2 = fma(v2, v17, acc_0_2);
      acc_0_3 = fma(v2, v19, acc_0_3);
      acc_1_0 = fma(v5, v13, acc_1_0);
      acc_1_1 = fma(v5, v15, acc_1_1);
      acc_1_2 = fma(v5, v17, acc_1_2);
      acc_1_3 = fma(v5, v19, acc_1_3);
      acc_2_0 = fma(v8, v13, acc_2_0);
      acc_2_1 = fma(v8, v15, acc_2_1);
      acc_2_2 = fma(v8, v17, acc_2_2);
      acc_2_3 = fma(v8, v19, acc_2_3);
      acc_3_0 = fma(v11, v13, acc_3_0);
      acc_3_1 = fma(v11, v15, acc_3_1);
      acc_3_2 = fma(v11, v17, acc_3_2);
      acc_3_3 = fma(v11, v19, acc_3_3);
    }
    if (m0 + 0u < 128u && n0 + 0u < 128u) {
      work[4879756u + m0 * 128u + n0] = acc_0_0;
    }
    if (m0 + 0u < 128u && n0 + 1u < 128u) {
      work[4879756u + m0 * 128u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 128u && n0 + 2u < 128u) {
      work[4879756u + m0 * 128u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 128u && n0 + 3u < 128u) {
      work[4879756u + m0 * 128u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 128u && n0 + 0u < 128u) {
      work[4879756u + (m0 + 1u) * 128u + n0] = acc_1_0;
    }
    if (m0 + 1u < 128u && n0 + 1u < 128u) {
      work[4879756u + (m0 + 1u) * 128u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 128u && n0 + 2u < 128u) {
      work[4879756u + (m0 + 1u) * 128u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 128u && n0 + 3u < 128u) {
      work[4879756u + (m0 + 1u) * 128u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 128u && n0 + 0u < 128u) {
      work[4879756u + (m0 + 2u) * 128u + n0] = acc_2_0;
    }
    if (m0 + 2u < 128u && n0 + 1u < 128u) {
      work[4879756u + (m0 + 2u) * 128u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 128u && n0 + 2u < 128u) {
      work[4879756u + (m0 + 2u) * 128u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 128u && n0 + 3u < 128u) {
      work[4879756u + (m0 + 2u) * 128u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 128u && n0 + 0u < 128u) {
      work[4879756u + (m0 + 3u) * 128u + n0] = acc_3_0;
    }
    if (m0 + 3u < 128u && n0 + 1u < 128u) {
      work[4879756u + (m0 + 3u) * 128u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 128u && n0 + 2u < 128u) {
      work[4879756u + (m0 + 3u) * 128u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 128u && n0 + 3u < 128u) {
      work[4879756u + (m0 + 3u) * 128u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks1_a_grad_matmul_2 (matmul, 512 workgroups, train_step.049.blocks1_a_grad_matmul_2.wgsl) from specs/char-gpt.model:16
// blocks1_a_grad_matmul_2: matmul kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 32768u; t += stride) {
    let v0: u32 = t / 256u;
    let rem = t % 256u;
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
    for (var k = 0u; k < 32u + opaque; k++) {
      let v1: u32 = v0 * 2048u + m0 * 32u + k;
      let v2: u32 = (v1 / 8192u) * 8192u + ((v1 / 32u) % 64u) * 128u + ((v1 / 2048u) % 4u) * 32u + (v1 % 32u);
      let v3: f32 = work[10764288u + (v2 / 128u) * 128u + (v2 % 128u)];
      let v4: u32 = v0 * 2048u + min(m0 + 1u, 63u) * 32u + k;
      let v5: u32 = (v4 / 8192u) * 8192u + ((v4 / 32u) % 64u) * 128u + ((v4 / 2048u) % 4u) * 32u + (v4 % 32u);
      let v6: f32 = work[10764288u + (v5 / 128u) * 128u + (v5 % 128u)];
      let v7: u32 = v0 * 2048u + min(m0 + 2u, 63u) * 32u + k;
      let v8: u32 = (v7 / 8192u) * 8192u + ((v7 / 32u) % 64u) * 128u + ((v7 / 2048u) % 4u) * 32u + (v7 % 32u);
      let v9: f32 = work[10764288u + (v8 / 128u) * 128u + (v8 % 128u)];
      let v10: u32 = v0 * 2048u + min(m0 + 3u, 63u) * 32u + k;
      let v11: u32 = (v10 / 8192u) * 8192u + ((v10 / 32u) % 64u) * 128u + ((v10 / 2048u) % 4u) * 32u + (v10 % 32u);
      let v12: f32 = work[10764288u + (v11 / 128u) * 128u + (v11 % 128u)];
      let v13: u32 = v0 * 2048u + n0 * 32u + k;
      let v14: u32 = (v13 / 8192u) * 8192u + ((v13 / 32u) % 64u) * 128u + ((v13 / 2048u) % 4u) * 32u + (v13 % 32u);
      let v15: f32 = work[10240000u + (v14 / 128u) * 128u + (v14 % 128u)];
      let v16: u32 = v0 * 2048u + min(n0 + 1u, 63u) * 32u + k;
      let v17: u32 = (v16 / 8192u) * 8192u + ((v16 / 32u) % 64u) * 128u + ((v16 / 2048u) % 4u) * 32u + (v16 % 32u);
      let v18: f32 = work[10240000u + (v17 / 128u) * 128u + (v17 % 128u)];
      let v19: u32 = v0 * 2048u + min(n0 + 2u, 63u) * 32u + k;
      let v20: u32 = (v19 / 8192u) * 8192u + ((v19 / 32u) % 64u) * 128u + ((v19 / 2048u) % 4u) * 32u + (v19 % 32u);
      let v21: f32 = work[10240000u + (v20 / 128u) * 128u + (v20 % 128u)];
      let v22: u32 = v0 * 2048u + min(n0 + 3u, 63u) * 32u + k;
      let v23: u32 = (v22 / 8192u) * 8192u + ((v22 / 32u) % 64u) * 128u + ((v22 / 2048u) % 4u) * 32u + (v22 % 32u);
      let v24: f32 = work[10240000u + (v23 / 128u) * 128u + (v23 % 128u)];
      acc_0_0 = fma(v3, v15, acc_0_0);
      acc_0_1 = fma(v3, v18, acc_0_1);
      acc_0_2 = fma(v3, v21, acc_0_2);
      acc_0_3 = fma(v3, v24, acc_0_3);
      acc_1_0 = fma(v6, v15, acc_1_0);
      acc_1_1 = fma(v6, v18, acc_1_1);
      acc_1_2 = fma(v6, v21, acc_1_2);
      acc_1_3 = fma(v6, v24, acc_1_3);
      acc_2_0 = fma(v9, v15, acc_2_0);
      acc_2_1 = fma(v9, v18, acc_2_1);
      acc_2_2 = fma(v9, v21, acc_2_2);
      acc_2_3 = fma(v9, v24, acc_2_3);
      acc_3_0 = fma(v12, v15, acc_3_0);
      acc_3_1 = fma(v12, v18, acc_3_1);
      acc_3_2 = fma(v12, v21, acc_3_2);
      acc_3_3 = fma(v12, v24, acc_3_3);
    }
    if (m0 + 0u < 64u && n0 + 0u < 64u) {
      work[12075008u + v0 * 4096u + m0 * 64u + n0] = acc_0_0;
    }
    if (m0 + 0u < 64u && n0 + 1u < 64u) {
      work[12075008u + v0 * 4096u + m0 * 64u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 64u && n0 + 2u < 64u) {
      work[12075008u + v0 * 4096u + m0 * 64u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 64u && n0 + 3u < 64u) {
      work[12075008u + v0 * 4096u + m0 * 64u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 64u && n0 + 0u < 64u) {
      work[12075008u + v0 * 4096u + (m0 + 1u) * 64u + n0] = acc_1_0;
    }
    if (m0 + 1u < 64u && n0 + 1u < 64u) {
      work[12075008u + v0 * 4096u + (m0 + 1u) * 64u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 64u && n0 + 2u < 64u) {
      work[12075008u + v0 * 4096u + (m0 + 1u) * 64u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 64u && n0 + 3u < 64u) {
      work[12075008u + v0 * 4096u + (m0 + 1u) * 64u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 64u && n0 + 0u < 64u) {
      work[12075008u + v0 * 4096u + (m0 + 2u) * 64u + n0] = acc_2_0;
    }
    if (m0 + 2u < 64u && n0 + 1u < 64u) {
      work[12075008u + v0 * 4096u + (m0 + 2u) * 64u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 64u && n0 + 2u < 64u) {
      work[12075008u + v0 * 4096u + (m0 + 2u) * 64u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 64u && n0 + 3u < 64u) {
      work[12075008u + v0 * 4096u + (m0 + 2u) * 64u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 64u && n0 + 0u < 64u) {
      work[12075008u + v0 * 4096u + (m0 + 3u) * 64u + n0] = acc_3_0;
    }
    if (m0 + 3u < 64u && n0 + 1u < 64u) {
      work[12075008u + v0 * 4096u + (m0 + 3u) * 64u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 64u && n0 + 2u < 64u) {
      work[12075008u + v0 * 4096u + (m0 + 3u) * 64u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 64u && n0 + 3u < 64u) {
      work[12075008u + v0 * 4096u + (m0 + 3u) * 64u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks1_a_grad_matmul_3 (matmul, 256 workgroups, train_step.050.blocks1_a_grad_matmul_3.wgsl) from specs/char-gpt.model:16
// blocks1_a_grad_matmul_3: matmul kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 16384u; t += stride) {
    let v0: u32 = t / 128u;
    let rem = t % 128u;
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
    for (var k = 0u; k < 64u + opaque; k++) {
      let v1: f32 = work[11550720u + v0 * 4096u + k * 64u + m0];
      let v2: f32 = work[11550720u + v0 * 4096u + k * 64u + min(m0 + 1u, 63u)];
      let v3: f32 = work[11550720u + v0 * 4096u + k * 64u + min(m0 + 2u, 63u)];
      let v4: f32 = work[11550720u + v0 * 4096u + k * 64u + min(m0 + 3u, 63u)];
      let v5: u32 = v0 * 2048u + k * 32u + n0;
      let v6: u32 = (v5 / 8192u) * 8192u + ((v5 / 32u) % 64u) * 128u + ((v5 / 2048u) % 4u) * 32u + (v5 % 32u);
      let v7: f32 = work[10764288u + (v6 / 128u) * 128u + (v6 % 128u)];
      let v8: u32 = v0 * 2048u + k * 32u + min(n0 + 1u, 31u);
      let v9: u32 = (v8 / 8192u) * 8192u + ((v8 / 32u) % 64u) * 128u + ((v8 / 2048u) % 4u) * 32u + (v8 % 32u);
      let v10: f32 = work[10764288u + (v9 / 128u) * 128u + (v9 % 128u)];
      let v11: u32 = v0 * 2048u + k * 32u + min(n0 + 2u, 31u);
      let v12: u32 = (v11 / 8192u) * 8192u + ((v11 / 32u) % 64u) * 128u + ((v11 / 2048u) % 4u) * 32u + (v11 % 32u);
      let v13: f32 = work[10764288u + (v12 / 128u) * 128u + (v12 % 128u)];
      let v14: u32 = v0 * 2048u + k * 32u + min(n0 + 3u, 31u);
      let v15: u32 = (v14 / 8192u) * 8192u + ((v14 / 32u) % 64u) * 128u + ((v14 / 2048u) % 4u) * 32u + (v14 % 32u);
      let v16: f32 = work[10764288u + (v15 / 128u) * 128u + (v15 % 128u)];
      acc_0_0 = fma(v1, v7, acc_0_0);
      acc_0_1 = fma(v1, v10, acc_0_1);
      acc_0_2 = fma(v1, v13, acc_0_2);
      acc_0_3 = fma(v1, v16, acc_0_3);
      acc_1_0 = fma(v2, v7, acc_1_0);
      acc_1_1 = fma(v2, v10, acc_1_1);
      acc_1_2 = fma(v2, v13, acc_1_2);
      acc_1_3 = fma(v2, v16, acc_1_3);
      acc_2_0 = fma(v3, v7, acc_2_0);
      acc_2_1 = fma(v3, v10, acc_2_1);
      acc_2_2 = fma(v3, v13, acc_2_2);
      acc_2_3 = fma(v3, v16, acc_2_3);
      acc_3_0 = fma(v4, v7, acc_3_0);
      acc_3_1 = fma(v4, v10, acc_3_1);
      acc_3_2 = fma(v4, v13, acc_3_2);
      acc_3_3 = fma(v4, v16, acc_3_3);
    }
    if (m0 + 0u < 64u && n0 + 0u < 32u) {
      work[10240000u + v0 * 2048u + m0 * 32u + n0] = acc_0_0;
    }
    if (m0 + 0u < 64u && n0 + 1u < 32u) {
      work[10240000u + v0 * 2048u + m0 * 32u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 64u && n0 + 2u < 32u) {
      work[10240000u + v0 * 2048u + m0 * 32u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 64u && n0 + 3u < 32u) {
      work[10240000u + v0 * 2048u + m0 * 32u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 64u && n0 + 0u < 32u) {
      work[10240000u + v0 * 2048u + (m0 + 1u) * 32u + n0] = acc_1_0;
    }
    if (m0 + 1u < 64u && n0 + 1u < 32u) {
      work[10240000u + v0 * 2048u + (m0 + 1u) * 32u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 64u && n0 + 2u < 32u) {
      work[10240000u + v0 * 2048u + (m0 + 1u) * 32u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 64u && n0 + 3u < 32u) {
      work[10240000u + v0 * 2048u + (m0 + 1u) * 32u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 64u && n0 + 0u < 32u) {
      work[10240000u + v0 * 2048u + (m0 + 2u) * 32u + n0] = acc_2_0;
    }
    if (m0 + 2u < 64u && n0 + 1u < 32u) {
      work[10240000u + v0 * 2048u + (m0 + 2u) * 32u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 64u && n0 + 2u < 32u) {
      work[10240000u + v0 * 2048u + (m0 + 2u) * 32u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 64u && n0 + 3u < 32u) {
      work[10240000u + v0 * 2048u + (m0 + 2u) * 32u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 64u && n0 + 0u < 32u) {
      work[10240000u + v0 * 2048u + (m0 + 3u) * 32u + n0] = acc_3_0;
    }
    if (m0 + 3u < 64u && n0 + 1u < 32u) {
      work[10240000u + v0 * 2048u + (m0 + 3u) * 32u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 64u && n0 + 2u < 32u) {
      work[10240000u + v0 * 2048u + (m0 + 3u) * 32u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 64u && n0 + 3u < 32u) {
      work[10240000u + v0 * 2048u + (m0 + 3u) * 32u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks1_a_grad_sum_1 (reduce, 128 workgroups, train_step.051.blocks1_a_grad_sum_1.wgsl) from specs/char-gpt.model:16
// blocks1_a_grad_sum_1: reduce kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 8192u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 64u + opaque; j++) {
      let v2: f32 = (work[12075008u + (r / 64u) * 4096u + (r % 64u) * 64u + j] * work[11550720u + (r / 64u) * 4096u + (r % 64u) * 64u + j]);
      let v3: f32 = (v2 / work[5523456u + (r / 64u) * 64u + (r % 64u)]);
      let v4: f32 = (-v3);
      acc0 += v4;
    }
    for (var j = 0u; j < 64u + opaque; j++) {
      let v5: f32 = (work[12075008u + (r / 64u) * 4096u + (r % 64u) * 64u + j] / work[5523456u + (r / 64u) * 64u + (r % 64u)]);
      let v6: f32 = (v5 + acc0);
      let v7: f32 = (v6 * work[11026432u + (r / 64u) * 4096u + (r % 64u) * 64u + j]);
      let v8: f32 = select(0.0f, v7, work[2361344u + (r % 64u) * 64u + j] != 0.0f);
      let v9: f32 = (v8 * 0.1767766922712326f);
      work[10502144u + (r / 64u) * 4096u + (r % 64u) * 64u + j] = v9;
    }
  }
}
// ---- blocks1_a_grad_matmul_4 (matmul, 256 workgroups, train_step.052.blocks1_a_grad_matmul_4.wgsl) from specs/char-gpt.model:16
// blocks1_a_grad_matmul_4: matmul kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 16384u; t += stride) {
    let v0: u32 = t / 128u;
    let rem = t % 128u;
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
    for (var k = 0u; k < 64u + opaque; k++) {
      let v1: f32 = work[10502144u + v0 * 4096u + m0 * 64u + k];
      let v2: f32 = work[10502144u + v0 * 4096u + min(m0 + 1u, 63u) * 64u + k];
      let v3: f32 = work[10502144u + v0 * 4096u + min(m0 + 2u, 63u) * 64u + k];
      let v4: f32 = work[10502144u + v0 * 4096u + min(m0 + 3u, 63u) * 64u + k];
      let v5: u32 = v0 * 2048u + k * 32u + n0;
      let v6: u32 = (v5 / 8192u) * 8192u + ((v5 / 32u) % 64u) * 128u + ((v5 / 2048u) % 4u) * 32u + (v5 % 32u);
      let v7: f32 = work[3684352u + (v6 / 128u) * 128u + (v6 % 128u)];
      let v8: u32 = v0 * 2048u + k * 32u + min(n0 + 1u, 31u);
      let v9: u32 = (v8 / 8192u) * 8192u + ((v8 / 32u) % 64u) * 128u + ((v8 / 2048u) % 4u) * 32u + (v8 % 32u);
      let v10: f32 = work[3684352u + (v9 / 128u) * 128u + (v9 % 128u)];
      let v11: u32 = v0 * 2048u + k * 32u + min(n0 + 2u, 31u);
      let v12: u32 = (v11 / 8192u) * 8192u + ((v11 / 32u) % 64u) * 128u + ((v11 / 2048u) % 4u) * 32u + (v11 % 32u);
      let v13: f32 = work[3684352u + (v12 / 128u) * 128u + (v12 % 128u)];
      let v14: u32 = v0 * 2048u + k * 32u + min(n0 + 3u, 31u);
      let v15: u32 = (v14 / 8192u) * 8192u + ((v14 / 32u) % 64u) * 128u + ((v14 / 2048u) % 4u) * 32u + (v14 % 32u);
      let v16: f32 = work[3684352u + (v15 / 128u) * 128u + (v15 % 128u)];
      acc_0_0 = fma(v1, v7, acc_0_0);
      acc_0_1 = fma(v1, v10, acc_0_1);
      acc_0_2 = fma(v1, v13, acc_0_2);
      acc_0_3 = fma(v1, v16, acc_0_3);
      acc_1_0 = fma(v2, v7, acc_1_0);
      acc_1_1 = fma(v2, v10, acc_1_1);
      acc_1_2 = fma(v2, v13, acc_1_2);
      acc_1_3 = fma(v2, v16, acc_1_3);
      acc_2_0 = fma(v3, v7, acc_2_0);
      acc_2_1 = fma(v3, v10, acc_2_1);
      acc_2_2 = fma(v3, v13, acc_2_2);
      acc_2_3 = fma(v3, v16, acc_2_3);
      acc_3_0 = fma(v4, v7, acc_3_0);
      acc_3_1 = fma(v4, v10, acc_3_1);
      acc_3_2 = fma(v4, v13, acc_3_2);
      acc_3_3 = fma(v4, v16, acc_3_3);
    }
    if (m0 + 0u < 64u && n0 + 0u < 32u) {
      work[11026432u + v0 * 2048u + m0 * 32u + n0] = acc_0_0;
    }
    if (m0 + 0u < 64u && n0 + 1u < 32u) {
      work[11026432u + v0 * 2048u + m0 * 32u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 64u && n0 + 2u < 32u) {
      work[11026432u + v0 * 2048u + m0 * 32u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 64u && n0 + 3u < 32u) {
      work[11026432u + v0 * 2048u + m0 * 32u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 64u && n0 + 0u < 32u) {
      work[11026432u + v0 * 2048u + (m0 + 1u) * 32u + n0] = acc_1_0;
    }
    if (m0 + 1u < 64u && n0 + 1u < 32u) {
      work[11026432u + v0 * 2048u + (m0 + 1u) * 32u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 64u && n0 + 2u < 32u) {
      work[11026432u + v0 * 2048u + (m0 + 1u) * 32u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 64u && n0 + 3u < 32u) {
      work[11026432u + v0 * 2048u + (m0 + 1u) * 32u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 64u && n0 + 0u < 32u) {
      work[11026432u + v0 * 2048u + (m0 + 2u) * 32u + n0] = acc_2_0;
    }
    if (m0 + 2u < 64u && n0 + 1u < 32u) {
      work[11026432u + v0 * 2048u + (m0 + 2u) * 32u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 64u && n0 + 2u < 32u) {
      work[11026432u + v0 * 2048u + (m0 + 2u) * 32u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 64u && n0 + 3u < 32u) {
      work[11026432u + v0 * 2048u + (m0 + 2u) * 32u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 64u && n0 + 0u < 32u) {
      work[11026432u + v0 * 2048u + (m0 + 3u) * 32u + n0] = acc_3_0;
    }
    if (m0 + 3u < 64u && n0 + 1u < 32u) {
      work[11026432u + v0 * 2048u + (m0 + 3u) * 32u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 64u && n0 + 2u < 32u) {
      work[11026432u + v0 * 2048u + (m0 + 3u) * 32u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 64u && n0 + 3u < 32u) {
      work[11026432u + v0 * 2048u + (m0 + 3u) * 32u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks1_a_grad_matmul_5 (matmul, 256 workgroups, train_step.053.blocks1_a_grad_matmul_5.wgsl) from specs/char-gpt.model:16
// blocks1_a_grad_matmul_5: matmul kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 16384u; t += stride) {
    let v0: u32 = t / 128u;
    let rem = t % 128u;
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
    for (var k = 0u; k < 64u + opaque; k++) {
      let v1: f32 = work[10502144u + v0 * 4096u + k * 64u + m0];
      let v2: f32 = work[10502144u + v0 * 4096u + k * 64u + min(m0 + 1u, 63u)];
      let v3: f32 = work[10502144u + v0 * 4096u + k * 64u + min(m0 + 2u, 63u)];
      let v4: f32 = work[10502144u + v0 * 4096u + k * 64u + min(m0 + 3u, 63u)];
      let v5: u32 = v0 * 2048u + k * 32u + n0;
      let v6: u32 = (v5 / 8192u) * 8192u + ((v5 / 32u) % 64u) * 128u + ((v5 / 2048u) % 4u) * 32u + (v5 % 32u);
      let v7: f32 = work[(v6 / 128u) * 128u + (v6 % 128u)];
      let v8: u32 = v0 * 2048u + k * 32u + min(n0 + 1u, 31u);
      let v9: u32 = (v8 / 8192u) * 8192u + ((v8 / 32u) % 64u) * 128u + ((v8 / 2048u) % 4u) * 32u + (v8 % 32u);
      let v10: f32 = work[(v9 / 128u) * 128u + (v9 % 128u)];
      let v11: u32 = v0 * 2048u + k * 32u + min(n0 + 2u, 31u);
      let v12: u32 = (v11 / 8192u) * 8192u + ((v11 / 32u) % 64u) * 128u + ((v11 / 2048u) % 4u) * 32u + (v11 % 32u);
      let v13: f32 = work[(v12 / 128u) * 128u + (v12 % 128u)];
      let v14: u32 = v0 * 2048u + k * 32u + min(n0 + 3u, 31u);
      let v15: u32 = (v14 / 8192u) * 8192u + ((v14 / 32u) % 64u) * 128u + ((v14 / 2048u) % 4u) * 32u + (v14 % 32u);
      let v16: f32 = work[(v15 / 128u) * 128u + (v15 % 128u)];
      acc_0_0 = fma(v1, v7, acc_0_0);
      acc_0_1 = fma(v1, v10, acc_0_1);
      acc_0_2 = fma(v1, v13, acc_0_2);
      acc_0_3 = fma(v1, v16, acc_0_3);
      acc_1_0 = fma(v2, v7, acc_1_0);
      acc_1_1 = fma(v2, v10, acc_1_1);
      acc_1_2 = fma(v2, v13, acc_1_2);
      acc_1_3 = fma(v2, v16, acc_1_3);
      acc_2_0 = fma(v3, v7, acc_2_0);
      acc_2_1 = fma(v3, v10, acc_2_1);
      acc_2_2 = fma(v3, v13, acc_2_2);
      acc_2_3 = fma(v3, v16, acc_2_3);
      acc_3_0 = fma(v4, v7, acc_3_0);
      acc_3_1 = fma(v4, v10, acc_3_1);
      acc_3_2 = fma(v4, v13, acc_3_2);
      acc_3_3 = fma(v4, v16, acc_3_3);
    }
    if (m0 + 0u < 64u && n0 + 0u < 32u) {
      work[3684352u + v0 * 2048u + m0 * 32u + n0] = acc_0_0;
    }
    if (m0 + 0u < 64u && n0 + 1u < 32u) {
      work[3684352u + v0 * 2048u + m0 * 32u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 64u && n0 + 2u < 32u) {
      work[3684352u + v0 * 2048u + m0 * 32u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 64u && n0 + 3u < 32u) {
      work[3684352u + v0 * 2048u + m0 * 32u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 64u && n0 + 0u < 32u) {
      work[3684352u + v0 * 2048u + (m0 + 1u) * 32u + n0] = acc_1_0;
    }
    if (m0 + 1u < 64u && n0 + 1u < 32u) {
      work[3684352u + v0 * 2048u + (m0 + 1u) * 32u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 64u && n0 + 2u < 32u) {
      work[3684352u + v0 * 2048u + (m0 + 1u) * 32u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 64u && n0 + 3u < 32u) {
      work[3684352u + v0 * 2048u + (m0 + 1u) * 32u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 64u && n0 + 0u < 32u) {
      work[3684352u + v0 * 2048u + (m0 + 2u) * 32u + n0] = acc_2_0;
    }
    if (m0 + 2u < 64u && n0 + 1u < 32u) {
      work[3684352u + v0 * 2048u + (m0 + 2u) * 32u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 64u && n0 + 2u < 32u) {
      work[3684352u + v0 * 2048u + (m0 + 2u) * 32u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 64u && n0 + 3u < 32u) {
      work[3684352u + v0 * 2048u + (m0 + 2u) * 32u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 64u && n0 + 0u < 32u) {
      work[3684352u + v0 * 2048u + (m0 + 3u) * 32u + n0] = acc_3_0;
    }
    if (m0 + 3u < 64u && n0 + 1u < 32u) {
      work[3684352u + v0 * 2048u + (m0 + 3u) * 32u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 64u && n0 + 2u < 32u) {
      work[3684352u + v0 * 2048u + (m0 + 3u) * 32u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 64u && n0 + 3u < 32u) {
      work[3684352u + v0 * 2048u + (m0 + 3u) * 32u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks1_a_grad_sum_2 (reduce, 2 workgroups, train_step.054.blocks1_a_grad_sum_2.wgsl) from specs/char-gpt.model:16
// blocks1_a_grad_sum_2: reduce kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 128u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 2048u + opaque; j++) {
      let v2: u32 = j * 128u + r;
      let v3: u32 = (v2 / 8192u) * 8192u + ((v2 / 32u) % 4u) * 2048u + ((v2 / 128u) % 64u) * 32u + (v2 % 32u);
      let v4: f32 = work[10240000u + (v3 / 2048u) * 2048u + ((v3 / 32u) % 64u) * 32u + (v3 % 32u)];
      acc0 += v4;
    }
    work[r] = acc0;
  }
}
// ---- blocks1_a_grad_matmul_6 (matmul, 256 workgroups, train_step.055.blocks1_a_grad_matmul_6.wgsl) from specs/char-gpt.model:16
// blocks1_a_grad_matmul_6: matmul kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 16384u; t += stride) {
    let rem = t % 16384u;
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
      let v0: u32 = m0 * 128u + k;
      let v1: u32 = (v0 / 8192u) * 8192u + ((v0 / 32u) % 4u) * 2048u + ((v0 / 128u) % 64u) * 32u + (v0 % 32u);
      let v2: f32 = work[10240000u + (v1 / 2048u) * 2048u + ((v1 / 32u) % 64u) * 32u + (v1 % 32u)];
      let v3: u32 = min(m0 + 1u, 2047u) * 128u + k;
      let v4: u32 = (v3 / 8192u) * 8192u + ((v3 / 32u) % 4u) * 2048u + ((v3 / 128u) % 64u) * 32u + (v3 % 32u);
      let v5: f32 = work[10240000u + (v4 / 2048u) * 2048u + ((v4 / 32u) % 64u) * 32u + (v4 % 32u)];
      let v6: u32 = min(m0 + 2u, 2047u) * 128u + k;
      let v7: u32 = (v6 / 8192u) * 8192u + ((v6 / 32u) % 4u) * 2048u + ((v6 / 128u) % 64u) * 32u + (v6 % 32u);
      let v8: f32 = work[10240000u + (v7 / 2048u) * 2048u + ((v7 / 32u) % 64u) * 32u + (v7 % 32u)];
      let v9: u32 = min(m0 + 3u, 2047u) * 128u + k;
      let v10: u32 = (v9 / 8192u) * 8192u + ((v9 / 32u) % 4u) * 2048u + ((v9 / 128u) % 64u) * 32u + (v9 % 32u);
      let v11: f32 = work[10240000u + (v10 / 2048u) * 2048u + ((v10 / 32u) % 64u) * 32u + (v10 % 32u)];
      let v12: f32 = params[252032u + n0 * 128u + k];
      let v13: f32 = params[252032u + min(n0 + 1u, 127u) * 128u + k];
      let v14: f32 = params[252032u + min(n0 + 2u, 127u) * 128u + k];
      let v15: f32 = params[252032u + min(n0 + 3u, 127u) * 128u + k];
      acc_0_0 = fma(v2, v12, acc_0_0);
      acc_0_1 = fma(v2, v13, acc_0_1);
      acc_0_2 = fma(v2, v14, acc_0_2);
      acc_0_3 = fma(v2, v15, acc_0_3);
      acc_1_0 = fma(v5, v12, acc_1_0);
      acc_1_1 = fma(v5, v13, acc_1_1);
      acc_1_2 = fma(v5, v14, acc_1_2);
      acc_1_3 = fma(v5, v15, acc_1_3);
      acc_2_0 = fma(v8, v12, acc_2_0);
      acc_2_1 = fma(v8, v13, acc_2_1);
      acc_2_2 = fma(v8, v14, acc_2_2);
      acc_2_3 = fma(v8, v15, acc_2_3);
      acc_3_0 = fma(v11, v12, acc_3_0);
      acc_3_1 = fma(v11, v13, acc_3_1);
      acc_3_2 = fma(v11, v14, acc_3_2);
      acc_3_3 = fma(v11, v15, acc_3_3);
    }
    if (m0 + 0u < 2048u && n0 + 0u < 128u) {
      work[10502144u + m0 * 128u + n0] = acc_0_0;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 128u) {
      work[10502144u + m0 * 128u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 128u) {
      work[10502144u + m0 * 128u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 128u) {
      work[10502144u + m0 * 128u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 128u) {
      work[10502144u + (m0 + 1u) * 128u + n0] = acc_1_0;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 128u) {
      work[10502144u + (m0 + 1u) * 128u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 128u) {
      work[10502144u + (m0 + 1u) * 128u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 128u) {
      work[10502144u + (m0 + 1u) * 128u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 128u) {
      work[10502144u + (m0 + 2u) * 128u + n0] = acc_2_0;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 128u) {
      work[10502144u + (m0 + 2u) * 128u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 128u) {
      work[10502144u + (m0 + 2u) * 128u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 128u) {
      work[10502144u + (m0 + 2u) * 128u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 128u) {
      work[10502144u + (m0 + 3u) * 128u + n0] = acc_3_0;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 128u) {
      work[10502144u + (m0 + 3u) * 128u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 128u) {
      work[10502144u + (m0 + 3u) * 128u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 128u) {
      work[10502144u + (m0 + 3u) * 128u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks1_a_grad_matmul_7 (matmul, 16 workgroups, train_step.056.blocks1_a_grad_matmul_7.wgsl) from specs/char-gpt.model:16
// blocks1_a_grad_matmul_7: matmul kernel (mdlc)
// from specs/char-gpt.model:16
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
    for (var k = 0u; k < 2048u + opaque; k++) {
      let v0: u32 = k * 128u + m0;
      let v1: f32 = work[9977856u + (v0 / 8192u) * 8192u + ((v0 / 128u) % 64u) * 128u + (v0 % 128u)];
      let v2: u32 = k * 128u + min(m0 + 1u, 127u);
      let v3: f32 = work[9977856u + (v2 / 8192u) * 8192u + ((v2 / 128u) % 64u) * 128u + (v2 % 128u)];
      let v4: u32 = k * 128u + min(m0 + 2u, 127u);
      let v5: f32 = work[9977856u + (v4 / 8192u) * 8192u + ((v4 / 128u) % 64u) * 128u + (v4 % 128u)];
      let v6: u32 = k * 128u + min(m0 + 3u, 127u);
      let v7: f32 = work[9977856u + (v6 / 8192u) * 8192u + ((v6 / 128u) % 64u) * 128u + (v6 % 128u)];
      let v8: u32 = k * 128u + n0;
      let v9: u32 = (v8 / 8192u) * 8192u + ((v8 / 32u) % 4u) * 2048u + ((v8 / 128u) % 64u) * 32u + (v8 % 32u);
      let v10: f32 = work[10240000u + (v9 / 2048u) * 2048u + ((v9 / 32u) % 64u) * 32u + (v9 % 32u)];
      let v11: u32 = k * 128u + min(n0 + 1u, 127u);
      let v12: u32 = (v11 / 8192u) * 8192u + ((v11 / 32u) % 4u) * 2048u + ((v11 / 128u) % 64u) * 32u + (v11 % 32u);
      let v13: f32 = work[10240000u + (v12 / 2048u) * 2048u + ((v12 / 32u) % 64u) * 32u + (v12 % 32u)];
      let v14: u32 = k * 128u + min(n0 + 2u, 127u);
      let v15: u32 = (v14 / 8192u) * 8192u + ((v14 / 32u) % 4u) * 2048u + ((v14 / 128u) % 64u) * 32u + (v14 % 32u);
      let v16: f32 = work[10240000u + (v15 / 2048u) * 2048u + ((v15 / 32u) % 64u) * 32u + (v15 % 32u)];
      let v17: u32 = k * 128u + min(n0 + 3u, 127u);
      let v18: u32 = (v17 / 8192u) * 8192u + ((v17 / 32u) % 4u) * 2048u + ((v17 / 128u) % 64u) * 32u + (v17 % 32u);
      let v19: f32 = work[10240000u + (v18 / 2048u) * 2048u + ((v18 / 32u) % 64u) * 32u + (v18 % 32u)];
      acc_0_0 = fma(v1, v10, acc_0_0);
      acc_0_1 = fma(v1, v13, acc_0_1);
      acc_0_2 = fma(v1, v16, acc_0_2);
      acc_0_3 = fma(v1, v19, acc_0_3);
      acc_1_0 = fma(v3, v10, acc_1_0);
      acc_1_1 = fma(v3, v13, acc_1_1);
      acc_1_2 = fma(v3, v16, acc_1_2);
      acc_1_3 = fma(v3, v19, acc_1_3);
      acc_2_0 = fma(v5, v10, acc_2_0);
      acc_2_1 = fma(v5, v13, acc_2_1);
      acc_2_2 = fma(v5, v16, acc_2_2);
      acc_2_3 = fma(v5, v19, acc_2_3);
      acc_3_0 = fma(v7, v10, acc_3_0);
      acc_3_1 = fma(v7, v13, acc_3_1);
      acc_3_2 = fma(v7, v16, acc_3_2);
      acc_3_3 = fma(v7, v19, acc_3_3);
    }
    if (m0 + 0u < 128u && n0 + 0u < 128u) {
      work[128u + m0 * 128u + n0] = acc_0_0;
    }
    if (m0 + 0u < 128u && n0 + 1u < 128u) {
      work[128u + m0 * 128u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 128u && n0 + 2u < 128u) {
      work[128u + m0 * 128u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 128u && n0 + 3u < 128u) {
      work[128u + m0 * 128u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 128u && n0 + 0u < 128u) {
      work[128u + (m0 + 1u) * 128u + n0] = acc_1_0;
    }
    if (m0 + 1u < 128u && n0 + 1u < 128u) {
      work[128u + (m0 + 1u) * 128u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 128u && n0 + 2u < 128u) {
      work[128u + (m0 + 1u) * 128u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 128u && n0 + 3u < 128u) {
      work[128u + (m0 + 1u) * 128u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 128u && n0 + 0u < 128u) {
      work[128u + (m0 + 2u) * 128u + n0] = acc_2_0;
    }
    if (m0 + 2u < 128u && n0 + 1u < 128u) {
      work[128u + (m0 + 2u) * 128u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 128u && n0 + 2u < 128u) {
      work[128u + (m0 + 2u) * 128u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 128u && n0 + 3u < 128u) {
      work[128u + (m0 + 2u) * 128u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 128u && n0 + 0u < 128u) {
      work[128u + (m0 + 3u) * 128u + n0] = acc_3_0;
    }
    if (m0 + 3u < 128u && n0 + 1u < 128u) {
      work[128u + (m0 + 3u) * 128u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 128u && n0 + 2u < 128u) {
      work[128u + (m0 + 3u) * 128u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 128u && n0 + 3u < 128u) {
      work[128u + (m0 + 3u) * 128u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks1_a_grad_sum_3 (reduce, 2 workgroups, train_step.057.blocks1_a_grad_sum_3.wgsl) from specs/char-gpt.model:16
// blocks1_a_grad_sum_3: reduce kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 128u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 2048u + opaque; j++) {
      let v2: u32 = j * 128u + r;
      let v3: u32 = (v2 / 8192u) * 8192u + ((v2 / 32u) % 4u) * 2048u + ((v2 / 128u) % 64u) * 32u + (v2 % 32u);
      let v4: f32 = work[3684352u + (v3 / 2048u) * 2048u + ((v3 / 32u) % 64u) * 32u + (v3 % 32u)];
      acc0 += v4;
    }
    work[16512u + r] = acc0;
  }
}
// ---- blocks1_a_grad_matmul_8 (matmul, 256 workgroups, train_step.058.blocks1_a_grad_matmul_8.wgsl) from specs/char-gpt.model:16
// blocks1_a_grad_matmul_8: matmul kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 16384u; t += stride) {
    let rem = t % 16384u;
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
      let v0: u32 = m0 * 128u + k;
      let v1: u32 = (v0 / 8192u) * 8192u + ((v0 / 32u) % 4u) * 2048u + ((v0 / 128u) % 64u) * 32u + (v0 % 32u);
      let v2: f32 = work[3684352u + (v1 / 2048u) * 2048u + ((v1 / 32u) % 64u) * 32u + (v1 % 32u)];
      let v3: u32 = min(m0 + 1u, 2047u) * 128u + k;
      let v4: u32 = (v3 / 8192u) * 8192u + ((v3 / 32u) % 4u) * 2048u + ((v3 / 128u) % 64u) * 32u + (v3 % 32u);
      let v5: f32 = work[3684352u + (v4 / 2048u) * 2048u + ((v4 / 32u) % 64u) * 32u + (v4 % 32u)];
      let v6: u32 = min(m0 + 2u, 2047u) * 128u + k;
      let v7: u32 = (v6 / 8192u) * 8192u + ((v6 / 32u) % 4u) * 2048u + ((v6 / 128u) % 64u) * 32u + (v6 % 32u);
      let v8: f32 = work[3684352u + (v7 / 2048u) * 2048u + ((v7 / 32u) % 64u) * 32u + (v7 % 32u)];
      let v9: u32 = min(m0 + 3u, 2047u) * 128u + k;
      let v10: u32 = (v9 / 8192u) * 8192u + ((v9 / 32u) % 4u) * 2048u + ((v9 / 128u) % 64u) * 32u + (v9 % 32u);
      let v11: f32 = work[3684352u + (v10 / 2048u) * 2048u + ((v10 / 32u) % 64u) * 32u + (v10 % 32u)];
      let v12: f32 = params[235520u + n0 * 128u + k];
      let v13: f32 = params[235520u + min(n0 + 1u, 127u) * 128u + k];
      let v14: f32 = params[235520u + min(n0 + 2u, 127u) * 128u + k];
      let v15: f32 = params[235520u + min(n0 + 3u, 127u) * 128u + k];
      acc_0_0 = fma(v2, v12, acc_0_0);
      acc_0_1 = fma(v2, v13, acc_0_1);
      acc_0_2 = fma(v2, v14, acc_0_2);
      acc_0_3 = fma(v2, v15, acc_0_3);
      acc_1_0 = fma(v5, v12, acc_1_0);
      acc_1_1 = fma(v5, v13, acc_1_1);
      acc_1_2 = fma(v5, v14, acc_1_2);
      acc_1_3 = fma(v5, v15, acc_1_3);
      acc_2_0 = fma(v8, v12, acc_2_0);
      acc_2_1 = fma(v8, v13, acc_2_1);
      acc_2_2 = fma(v8, v14, acc_2_2);
      acc_2_3 = fma(v8, v15, acc_2_3);
      acc_3_0 = fma(v11, v12, acc_3_0);
      acc_3_1 = fma(v11, v13, acc_3_1);
      acc_3_2 = fma(v11, v14, acc_3_2);
      acc_3_3 = fma(v11, v15, acc_3_3);
    }
    if (m0 + 0u < 2048u && n0 + 0u < 128u) {
      work[10240000u + m0 * 128u + n0] = acc_0_0;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 128u) {
      work[10240000u + m0 * 128u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 128u) {
      work[10240000u + m0 * 128u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 128u) {
      work[10240000u + m0 * 128u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 128u) {
      work[10240000u + (m0 + 1u) * 128u + n0] = acc_1_0;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 128u) {
      work[10240000u + (m0 + 1u) * 128u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 128u) {
      work[10240000u + (m0 + 1u) * 128u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 128u) {
      work[10240000u + (m0 + 1u) * 128u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 128u) {
      work[10240000u + (m0 + 2u) * 128u + n0] = acc_2_0;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 128u) {
      work[10240000u + (m0 + 2u) * 128u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 128u) {
      work[10240000u + (m0 + 2u) * 128u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 128u) {
      work[10240000u + (m0 + 2u) * 128u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 128u) {
      work[10240000u + (m0 + 3u) * 128u + n0] = acc_3_0;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 128u) {
      work[10240000u + (m0 + 3u) * 128u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 128u) {
      work[10240000u + (m0 + 3u) * 128u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 128u) {
      work[10240000u + (m0 + 3u) * 128u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks1_a_grad_matmul_9 (matmul, 16 workgroups, train_step.059.blocks1_a_grad_matmul_9.wgsl) from specs/char-gpt.model:16
// blocks1_a_grad_matmul_9: matmul kernel (mdlc)
// from specs/char-gpt.model:16
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
    for (var k = 0u; k < 2048u + opaque; k++) {
      let v0: u32 = k * 128u + m0;
      let v1: f32 = work[9977856u + (v0 / 8192u) * 8192u + ((v0 / 128u) % 64u) * 128u + (v0 % 128u)];
      let v2: u32 = k * 128u + min(m0 + 1u, 127u);
      let v3: f32 = work[9977856u + (v2 / 8192u) * 8192u + ((v2 / 128u) % 64u) * 128u + (v2 % 128u)];
      let v4: u32 = k * 128u + min(m0 + 2u, 127u);
      let v5: f32 = work[9977856u + (v4 / 8192u) * 8192u + ((v4 / 128u) % 64u) * 128u + (v4 % 128u)];
      let v6: u32 = k * 128u + min(m0 + 3u, 127u);
      let v7: f32 = work[9977856u + (v6 / 8192u) * 8192u + ((v6 / 128u) % 64u) * 128u + (v6 % 128u)];
      let v8: u32 = k * 128u + n0;
      let v9: u32 = (v8 / 8192u) * 8192u + ((v8 / 32u) % 4u) * 2048u + ((v8 / 128u) % 64u) * 32u + (v8 % 32u);
      let v10: f32 = work[3684352u + (v9 / 2048u) * 2048u + ((v9 / 32u) % 64u) * 32u + (v9 % 32u)];
      let v11: u32 = k * 128u + min(n0 + 1u, 127u);
      let v12: u32 = (v11 / 8192u) * 8192u + ((v11 / 32u) % 4u) * 2048u + ((v11 / 128u) % 64u) * 32u + (v11 % 32u);
      let v13: f32 = work[3684352u + (v12 / 2048u) * 2048u + ((v12 / 32u) % 64u) * 32u + (v12 % 32u)];
      let v14: u32 = k * 128u + min(n0 + 2u, 127u);
      let v15: u32 = (v14 / 8192u) * 8192u + ((v14 / 32u) % 4u) * 2048u + ((v14 / 128u) % 64u) * 32u + (v14 % 32u);
      let v16: f32 = work[3684352u + (v15 / 2048u) * 2048u + ((v15 / 32u) % 64u) * 32u + (v15 % 32u)];
      let v17: u32 = k * 128u + min(n0 + 3u, 127u);
      let v18: u32 = (v17 / 8192u) * 8192u + ((v17 / 32u) % 4u) * 2048u + ((v17 / 128u) % 64u) * 32u + (v17 % 32u);
      let v19: f32 = work[3684352u + (v18 / 2048u) * 2048u + ((v18 / 32u) % 64u) * 32u + (v18 % 32u)];
      acc_0_0 = fma(v1, v10, acc_0_0);
      acc_0_1 = fma(v1, v13, acc_0_1);
      acc_0_2 = fma(v1, v16, acc_0_2);
      acc_0_3 = fma(v1, v19, acc_0_3);
      acc_1_0 = fma(v3, v10, acc_1_0);
      acc_1_1 = fma(v3, v13, acc_1_1);
      acc_1_2 = fma(v3, v16, acc_1_2);
      acc_1_3 = fma(v3, v19, acc_1_3);
      acc_2_0 = fma(v5, v10, acc_2_0);
      acc_2_1 = fma(v5, v13, acc_2_1);
      acc_2_2 = fma(v5, v16, acc_2_2);
      acc_2_3 = fma(v5, v19, acc_2_3);
      acc_3_0 = fma(v7, v10, acc_3_0);
      acc_3_1 = fma(v7, v13, acc_3_1);
      acc_3_2 = fma(v7, v16, acc_3_2);
      acc_3_3 = fma(v7, v19, acc_3_3);
    }
    if (m0 + 0u < 128u && n0 + 0u < 128u) {
      work[16640u + m0 * 128u + n0] = acc_0_0;
    }
    if (m0 + 0u < 128u && n0 + 1u < 128u) {
      work[16640u + m0 * 128u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 128u && n0 + 2u < 128u) {
      work[16640u + m0 * 128u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 128u && n0 + 3u < 128u) {
      work[16640u + m0 * 128u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 128u && n0 + 0u < 128u) {
      work[16640u + (m0 + 1u) * 128u + n0] = acc_1_0;
    }
    if (m0 + 1u < 128u && n0 + 1u < 128u) {
      work[16640u + (m0 + 1u) * 128u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 128u && n0 + 2u < 128u) {
      work[16640u + (m0 + 1u) * 128u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 128u && n0 + 3u < 128u) {
      work[16640u + (m0 + 1u) * 128u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 128u && n0 + 0u < 128u) {
      work[16640u + (m0 + 2u) * 128u + n0] = acc_2_0;
    }
    if (m0 + 2u < 128u && n0 + 1u < 128u) {
      work[16640u + (m0 + 2u) * 128u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 128u && n0 + 2u < 128u) {
      work[16640u + (m0 + 2u) * 128u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 128u && n0 + 3u < 128u) {
      work[16640u + (m0 + 2u) * 128u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 128u && n0 + 0u < 128u) {
      work[16640u + (m0 + 3u) * 128u + n0] = acc_3_0;
    }
    if (m0 + 3u < 128u && n0 + 1u < 128u) {
      work[16640u + (m0 + 3u) * 128u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 128u && n0 + 2u < 128u) {
      work[16640u + (m0 + 3u) * 128u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 128u && n0 + 3u < 128u) {
      work[16640u + (m0 + 3u) * 128u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks1_a_grad_sum_4 (reduce, 2 workgroups, train_step.060.blocks1_a_grad_sum_4.wgsl) from specs/char-gpt.model:16
// blocks1_a_grad_sum_4: reduce kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 128u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 2048u + opaque; j++) {
      let v2: u32 = j * 128u + r;
      let v3: u32 = (v2 / 8192u) * 8192u + ((v2 / 32u) % 4u) * 2048u + ((v2 / 128u) % 64u) * 32u + (v2 % 32u);
      let v4: f32 = work[11026432u + (v3 / 2048u) * 2048u + ((v3 / 32u) % 64u) * 32u + (v3 % 32u)];
      acc0 += v4;
    }
    work[33024u + r] = acc0;
  }
}
// ---- blocks1_a_grad_matmul_10 (matmul, 256 workgroups, train_step.061.blocks1_a_grad_matmul_10.wgsl) from specs/char-gpt.model:16
// blocks1_a_grad_matmul_10: matmul kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 16384u; t += stride) {
    let rem = t % 16384u;
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
      let v0: u32 = m0 * 128u + k;
      let v1: u32 = (v0 / 8192u) * 8192u + ((v0 / 32u) % 4u) * 2048u + ((v0 / 128u) % 64u) * 32u + (v0 % 32u);
      let v2: f32 = work[11026432u + (v1 / 2048u) * 2048u + ((v1 / 32u) % 64u) * 32u + (v1 % 32u)];
      let v3: u32 = min(m0 + 1u, 2047u) * 128u + k;
      let v4: u32 = (v3 / 8192u) * 8192u + ((v3 / 32u) % 4u) * 2048u + ((v3 / 128u) % 64u) * 32u + (v3 % 32u);
      let v5: f32 = work[11026432u + (v4 / 2048u) * 2048u + ((v4 / 32u) % 64u) * 32u + (v4 % 32u)];
      let v6: u32 = min(m0 + 2u, 2047u) * 128u + k;
      let v7: u32 = (v6 / 8192u) * 8192u + ((v6 / 32u) % 4u) * 2048u + ((v6 / 128u) % 64u) * 32u + (v6 % 32u);
      let v8: f32 = work[11026432u + (v7 / 2048u) * 2048u + ((v7 / 32u) % 64u) * 32u + (v7 % 32u)];
      let v9: u32 = min(m0 + 3u, 2047u) * 128u + k;
      let v10: u32 = (v9 / 8192u) * 8192u + ((v9 / 32u) % 4u) * 2048u + ((v9 / 128u) % 64u) * 32u + (v9 % 32u);
      let v11: f32 = work[11026432u + (v10 / 2048u) * 2048u + ((v10 / 32u) % 64u) * 32u + (v10 % 32u)];
      let v12: f32 = params[219008u + n0 * 128u + k];
      let v13: f32 = params[219008u + min(n0 + 1u, 127u) * 128u + k];
      let v14: f32 = params[219008u + min(n0 + 2u, 127u) * 128u + k];
      let v15: f32 = params[219008u + min(n0 + 3u, 127u) * 128u + k];
      acc_0_0 = fma(v2, v12, acc_0_0);
      acc_0_1 = fma(v2, v13, acc_0_1);
      acc_0_2 = fma(v2, v14, acc_0_2);
      acc_0_3 = fma(v2, v15, acc_0_3);
      acc_1_0 = fma(v5, v12, acc_1_0);
      acc_1_1 = fma(v5, v13, acc_1_1);
      acc_1_2 = fma(v5, v14, acc_1_2);
      acc_1_3 = fma(v5, v15, acc_1_3);
      acc_2_0 = fma(v8, v12, acc_2_0);
      acc_2_1 = fma(v8, v13, acc_2_1);
      acc_2_2 = fma(v8, v14, acc_2_2);
      acc_2_3 = fma(v8, v15, acc_2_3);
      acc_3_0 = fma(v11, v12, acc_3_0);
      acc_3_1 = fma(v11, v13, acc_3_1);
      acc_3_2 = fma(v11, v14, acc_3_2);
      acc_3_3 = fma(v11, v15, acc_3_3);
    }
    if (m0 + 0u < 2048u && n0 + 0u < 128u) {
      work[3684352u + m0 * 128u + n0] = acc_0_0;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 128u) {
      work[3684352u + m0 * 128u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 128u) {
      work[3684352u + m0 * 128u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 128u) {
      work[3684352u + m0 * 128u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 128u) {
      work[3684352u + (m0 + 1u) * 128u + n0] = acc_1_0;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 128u) {
      work[3684352u + (m0 + 1u) * 128u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 128u) {
      work[3684352u + (m0 + 1u) * 128u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 128u) {
      work[3684352u + (m0 + 1u) * 128u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 128u) {
      work[3684352u + (m0 + 2u) * 128u + n0] = acc_2_0;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 128u) {
      work[3684352u + (m0 + 2u) * 128u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 128u) {
      work[3684352u + (m0 + 2u) * 128u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 128u) {
      work[3684352u + (m0 + 2u) * 128u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 128u) {
      work[3684352u + (m0 + 3u) * 128u + n0] = acc_3_0;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 128u) {
      work[3684352u + (m0 + 3u) * 128u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 128u) {
      work[3684352u + (m0 + 3u) * 128u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 128u) {
      work[3684352u + (m0 + 3u) * 128u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks1_a_grad_matmul_11 (matmul, 16 workgroups, train_step.062.blocks1_a_grad_matmul_11.wgsl) from specs/char-gpt.model:16
// blocks1_a_grad_matmul_11: matmul kernel (mdlc)
// from specs/char-gpt.model:16
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
    for (var k = 0u; k < 2048u + opaque; k++) {
      let v0: u32 = k * 128u + m0;
      let v1: f32 = work[9977856u + (v0 / 8192u) * 8192u + ((v0 / 128u) % 64u) * 128u + (v0 % 128u)];
      let v2: u32 = k * 128u + min(m0 + 1u, 127u);
      let v3: f32 = work[9977856u + (v2 / 8192u) * 8192u + ((v2 / 128u) % 64u) * 128u + (v2 % 128u)];
      let v4: u32 = k * 128u + min(m0 + 2u, 127u);
      let v5: f32 = work[9977856u + (v4 / 8192u) * 8192u + ((v4 / 128u) % 64u) * 128u + (v4 % 128u)];
      let v6: u32 = k * 128u + min(m0 + 3u, 127u);
      let v7: f32 = work[9977856u + (v6 / 8192u) * 8192u + ((v6 / 128u) % 64u) * 128u + (v6 % 128u)];
      let v8: u32 = k * 128u + n0;
      let v9: u32 = (v8 / 8192u) * 8192u + ((v8 / 32u) % 4u) * 2048u + ((v8 / 128u) % 64u) * 32u + (v8 % 32u);
      let v10: f32 = work[11026432u + (v9 / 2048u) * 2048u + ((v9 / 32u) % 64u) * 32u + (v9 % 32u)];
      let v11: u32 = k * 128u + min(n0 + 1u, 127u);
      let v12: u32 = (v11 / 8192u) * 8192u + ((v11 / 32u) % 4u) * 2048u + ((v11 / 128u) % 64u) * 32u + (v11 % 32u);
      let v13: f32 = work[11026432u + (v12 / 2048u) * 2048u + ((v12 / 32u) % 64u) * 32u + (v12 % 32u)];
      let v14: u32 = k * 128u + min(n0 + 2u, 127u);
      let v15: u32 = (v14 / 8192u) * 8192u + ((v14 / 32u) % 4u) * 2048u + ((v14 / 128u) % 64u) * 32u + (v14 % 32u);
      let v16: f32 = work[11026432u + (v15 / 2048u) * 2048u + ((v15 / 32u) % 64u) * 32u + (v15 % 32u)];
      let v17: u32 = k * 128u + min(n0 + 3u, 127u);
      let v18: u32 = (v17 / 8192u) * 8192u + ((v17 / 32u) % 4u) * 2048u + ((v17 / 128u) % 64u) * 32u + (v17 % 32u);
      let v19: f32 = work[11026432u + (v18 / 2048u) * 2048u + ((v18 / 32u) % 64u) * 32u + (v18 % 32u)];
      acc_0_0 = fma(v1, v10, acc_0_0);
      acc_0_1 = fma(v1, v13, acc_0_1);
      acc_0_2 = fma(v1, v16, acc_0_2);
      acc_0_3 = fma(v1, v19, acc_0_3);
      acc_1_0 = fma(v3, v10, acc_1_0);
      acc_1_1 = fma(v3, v13, acc_1_1);
      acc_1_2 = fma(v3, v16, acc_1_2);
      acc_1_3 = fma(v3, v19, acc_1_3);
      acc_2_0 = fma(v5, v10, acc_2_0);
      acc_2_1 = fma(v5, v13, acc_2_1);
      acc_2_2 = fma(v5, v16, acc_2_2);
      acc_2_3 = fma(v5, v19, acc_2_3);
      acc_3_0 = fma(v7, v10, acc_3_0);
      acc_3_1 = fma(v7, v13, acc_3_1);
      acc_3_2 = fma(v7, v16, acc_3_2);
      acc_3_3 = fma(v7, v19, acc_3_3);
    }
    if (m0 + 0u < 128u && n0 + 0u < 128u) {
      work[33152u + m0 * 128u + n0] = acc_0_0;
    }
    if (m0 + 0u < 128u && n0 + 1u < 128u) {
      work[33152u + m0 * 128u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 128u && n0 + 2u < 128u) {
      work[33152u + m0 * 128u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 128u && n0 + 3u < 128u) {
      work[33152u + m0 * 128u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 128u && n0 + 0u < 128u) {
      work[33152u + (m0 + 1u) * 128u + n0] = acc_1_0;
    }
    if (m0 + 1u < 128u && n0 + 1u < 128u) {
      work[33152u + (m0 + 1u) * 128u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 128u && n0 + 2u < 128u) {
      work[33152u + (m0 + 1u) * 128u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 128u && n0 + 3u < 128u) {
      work[33152u + (m0 + 1u) * 128u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 128u && n0 + 0u < 128u) {
      work[33152u + (m0 + 2u) * 128u + n0] = acc_2_0;
    }
    if (m0 + 2u < 128u && n0 + 1u < 128u) {
      work[33152u + (m0 + 2u) * 128u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 128u && n0 + 2u < 128u) {
      work[33152u + (m0 + 2u) * 128u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 128u && n0 + 3u < 128u) {
      work[33152u + (m0 + 2u) * 128u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 128u && n0 + 0u < 128u) {
      work[33152u + (m0 + 3u) * 128u + n0] = acc_3_0;
    }
    if (m0 + 3u < 128u && n0 + 1u < 128u) {
      work[33152u + (m0 + 3u) * 128u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 128u && n0 + 2u < 128u) {
      work[33152u + (m0 + 3u) * 128u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 128u && n0 + 3u < 128u) {
      work[33152u + (m0 + 3u) * 128u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks1_a_layer_norm_grad_sum (reduce, 2 workgroups, train_step.063.blocks1_a_layer_norm_grad_sum.wgsl) from specs/char-gpt.model:16
// blocks1_a_layer_norm_grad_sum: reduce kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 128u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 2048u + opaque; j++) {
      let v2: u32 = (j / 64u) * 8192u + (j % 64u) * 128u + r;
      let v3: f32 = work[10502144u + (v2 / 128u) * 128u + (v2 % 128u)];
      let v4: u32 = (j / 64u) * 8192u + (j % 64u) * 128u + r;
      let v5: f32 = work[10240000u + (v4 / 128u) * 128u + (v4 % 128u)];
      let v6: f32 = (v3 + v5);
      let v7: u32 = (j / 64u) * 8192u + (j % 64u) * 128u + r;
      let v8: f32 = work[3684352u + (v7 / 128u) * 128u + (v7 % 128u)];
      let v9: f32 = (v6 + v8);
      acc0 += v9;
    }
    var acc10: f32 = 0.0f;
    for (var j = 0u; j < 2048u + opaque; j++) {
      let v12: u32 = (j / 64u) * 8192u + (j % 64u) * 128u + r;
      let v13: f32 = work[10502144u + (v12 / 128u) * 128u + (v12 % 128u)];
      let v14: u32 = (j / 64u) * 8192u + (j % 64u) * 128u + r;
      let v15: f32 = work[10240000u + (v14 / 128u) * 128u + (v14 % 128u)];
      let v16: f32 = (v13 + v15);
      let v17: u32 = (j / 64u) * 8192u + (j % 64u) * 128u + r;
      let v18: f32 = work[3684352u + (v17 / 128u) * 128u + (v17 % 128u)];
      let v19: f32 = (v16 + v18);
      let v20: f32 = (v19 * work[5261312u + (j / 64u) * 8192u + (j % 64u) * 128u + r]);
      acc10 += v20;
    }
    work[49536u + r] = acc0;
    work[49664u + r] = acc10;
    for (var j = 0u; j < 2048u + opaque; j++) {
      let v21: u32 = (j / 64u) * 8192u + (j % 64u) * 128u + r;
      let v22: f32 = work[10502144u + (v21 / 128u) * 128u + (v21 % 128u)];
      let v23: u32 = (j / 64u) * 8192u + (j % 64u) * 128u + r;
      let v24: f32 = work[10240000u + (v23 / 128u) * 128u + (v23 % 128u)];
      let v25: f32 = (v22 + v24);
      let v26: u32 = (j / 64u) * 8192u + (j % 64u) * 128u + r;
      let v27: f32 = work[3684352u + (v26 / 128u) * 128u + (v26 % 128u)];
      let v28: f32 = (v25 + v27);
      let v29: f32 = params[218752u + r];
      let v30: f32 = (v28 * v29);
      work[9977856u + (j / 64u) * 8192u + (j % 64u) * 128u + r] = v30;
    }
  }
}
// ---- blocks0_output_grad_sum (reduce, 32 workgroups, train_step.064.blocks0_output_grad_sum.wgsl) from specs/char-gpt.model:16, specs/char-gpt.model:18, specs/char-gpt.model:19
// blocks0_output_grad_sum: reduce kernel (mdlc)
// from specs/char-gpt.model:16, specs/char-gpt.model:18, specs/char-gpt.model:19
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 2048u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 128u + opaque; j++) {
      let v2: f32 = (work[9977856u + (r / 64u) * 8192u + (r % 64u) * 128u + j] * work[5261312u + (r / 64u) * 8192u + (r % 64u) * 128u + j]);
      let v3: f32 = (v2 / work[5259264u + (r / 64u) * 64u + (r % 64u)]);
      let v4: f32 = (-v3);
      acc0 += v4;
    }
    var acc5: f32 = 0.0f;
    for (var j = 0u; j < 128u + opaque; j++) {
      let v7: f32 = (work[9977856u + (r / 64u) * 8192u + (r % 64u) * 128u + j] / work[5259264u + (r / 64u) * 64u + (r % 64u)]);
      let v8: f32 = (acc0 * 0.5f);
      let v9: f32 = (v8 / work[5259264u + (r / 64u) * 64u + (r % 64u)]);
      let v10: f32 = (v9 * 0.0078125f);
      let v11: f32 = (v10 * work[4997120u + (r / 64u) * 8192u + (r % 64u) * 128u + j]);
      let v12: f32 = (v7 + v11);
      let v13: f32 = (v12 + v11);
      let v14: f32 = (-v13);
      acc5 += v14;
    }
    for (var j = 0u; j < 128u + opaque; j++) {
      let v15: f32 = (work[9977856u + (r / 64u) * 8192u + (r % 64u) * 128u + j] / work[5259264u + (r / 64u) * 64u + (r % 64u)]);
      let v16: f32 = (acc0 * 0.5f);
      let v17: f32 = (v16 / work[5259264u + (r / 64u) * 64u + (r % 64u)]);
      let v18: f32 = (v17 * 0.0078125f);
      let v19: f32 = (v18 * work[4997120u + (r / 64u) * 8192u + (r % 64u) * 128u + j]);
      let v20: f32 = (v15 + v19);
      let v21: f32 = (v20 + v19);
      let v22: f32 = (work[13123584u + (r / 64u) * 8192u + (r % 64u) * 128u + j] + v21);
      let v23: f32 = (acc5 * 0.0078125f);
      let v24: f32 = (v22 + v23);
      work[3684352u + (r / 64u) * 8192u + (r % 64u) * 128u + j] = v24;
      let v25: f32 = (v24 * work[2099200u + (r / 64u) * 8192u + (r % 64u) * 128u + j]);
      work[10240000u + (r / 64u) * 8192u + (r % 64u) * 128u + j] = v25;
    }
  }
}
// ---- blocks0_output_dense_grad_sum (reduce, 2 workgroups, train_step.065.blocks0_output_dense_grad_sum.wgsl) from specs/char-gpt.model:19
// blocks0_output_dense_grad_sum: reduce kernel (mdlc)
// from specs/char-gpt.model:19
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 128u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 2048u + opaque; j++) {
      let v2: u32 = j * 128u + r;
      let v3: f32 = work[10240000u + (v2 / 8192u) * 8192u + ((v2 / 128u) % 64u) * 128u + (v2 % 128u)];
      acc0 += v3;
    }
    work[49792u + r] = acc0;
  }
}
// ---- blocks0_output_dense_grad_matmul (matmul, 1024 workgroups, train_step.066.blocks0_output_dense_grad_matmul.wgsl) from specs/char-gpt.model:19
// blocks0_output_dense_grad_matmul: matmul kernel (mdlc)
// from specs/char-gpt.model:19
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 65536u; t += stride) {
    let rem = t % 65536u;
    let m0 = (rem / 128u) * 4u;
    let n0 = (rem % 128u) * 4u;
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
      let v0: u32 = m0 * 128u + k;
      let v1: f32 = work[10240000u + (v0 / 8192u) * 8192u + ((v0 / 128u) % 64u) * 128u + (v0 % 128u)];
      let v2: u32 = min(m0 + 1u, 2047u) * 128u + k;
      let v3: f32 = work[10240000u + (v2 / 8192u) * 8192u + ((v2 / 128u) % 64u) * 128u + (v2 % 128u)];
      let v4: u32 = min(m0 + 2u, 2047u) * 128u + k;
      let v5: f32 = work[10240000u + (v4 / 8192u) * 8192u + ((v4 / 128u) % 64u) * 128u + (v4 % 128u)];
      let v6: u32 = min(m0 + 3u, 2047u) * 128u + k;
      let v7: f32 = work[10240000u + (v6 / 8192u) * 8192u + ((v6 / 128u) % 64u) * 128u + (v6 % 128u)];
      let v8: f32 = params[153088u + n0 * 128u + k];
      let v9: f32 = params[153088u + min(n0 + 1u, 511u) * 128u + k];
      let v10: f32 = params[153088u + min(n0 + 2u, 511u) * 128u + k];
      let v11: f32 = params[153088u + min(n0 + 3u, 511u) * 128u + k];
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
    if (m0 + 0u < 2048u && n0 + 0u < 512u) {
      work[10502144u + m0 * 512u + n0] = acc_0_0;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 512u) {
      work[10502144u + m0 * 512u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 512u) {
      work[10502144u + m0 * 512u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 512u) {
      work[10502144u + m0 * 512u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 512u) {
      work[10502144u + (m0 + 1u) * 512u + n0] = acc_1_0;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 512u) {
      work[10502144u + (m0 + 1u) * 512u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 512u) {
      work[10502144u + (m0 + 1u) * 512u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 512u) {
      work[10502144u + (m0 + 1u) * 512u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 512u) {
      work[10502144u + (m0 + 2u) * 512u + n0] = acc_2_0;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 512u) {
      work[10502144u + (m0 + 2u) * 512u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 512u) {
      work[10502144u + (m0 + 2u) * 512u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 512u) {
      work[10502144u + (m0 + 2u) * 512u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 512u) {
      work[10502144u + (m0 + 3u) * 512u + n0] = acc_3_0;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 512u) {
      work[10502144u + (m0 + 3u) * 512u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 512u) {
      work[10502144u + (m0 + 3u) * 512u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 512u) {
      work[10502144u + (m0 + 3u) * 512u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks0_output_dense_grad_matmul_1 (matmul, 64 workgroups, train_step.067.blocks0_output_dense_grad_matmul_1.wgsl) from specs/char-gpt.model:19
// blocks0_output_dense_grad_matmul_1: matmul kernel (mdlc)
// from specs/char-gpt.model:19
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 4096u; t += stride) {
    let rem = t % 4096u;
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
    for (var k = 0u; k < 2048u + opaque; k++) {
      let v0: u32 = k * 512u + m0;
      let v1: f32 = work[8929280u + (v0 / 32768u) * 32768u + ((v0 / 512u) % 64u) * 512u + (v0 % 512u)];
      let v2: u32 = k * 512u + min(m0 + 1u, 511u);
      let v3: f32 = work[8929280u + (v2 / 32768u) * 32768u + ((v2 / 512u) % 64u) * 512u + (v2 % 512u)];
      let v4: u32 = k * 512u + min(m0 + 2u, 511u);
      let v5: f32 = work[8929280u + (v4 / 32768u) * 32768u + ((v4 / 512u) % 64u) * 512u + (v4 % 512u)];
      let v6: u32 = k * 512u + min(m0 + 3u, 511u);
      let v7: f32 = work[8929280u + (v6 / 32768u) * 32768u + ((v6 / 512u) % 64u) * 512u + (v6 % 512u)];
      let v8: u32 = k * 128u + n0;
      let v9: f32 = work[10240000u + (v8 / 8192u) * 8192u + ((v8 / 128u) % 64u) * 128u + (v8 % 128u)];
      let v10: u32 = k * 128u + min(n0 + 1u, 127u);
      let v11: f32 = work[10240000u + (v10 / 8192u) * 8192u + ((v10 / 128u) % 64u) * 128u + (v10 % 128u)];
      let v12: u32 = k * 128u + min(n0 + 2u, 127u);
      let v13: f32 = work[10240000u + (v12 / 8192u) * 8192u + ((v12 / 128u) % 64u) * 128u + (v12 % 128u)];
      let v14: u32 = k * 128u + min(n0 + 3u, 127u);
      let v15: f32 = work[10240000u + (v14 / 8192u) * 8192u + ((v14 / 128u) % 64u) * 128u + (v14 % 128u)];
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
    if (m0 + 0u < 512u && n0 + 0u < 128u) {
      work[49920u + m0 * 128u + n0] = acc_0_0;
    }
    if (m0 + 0u < 512u && n0 + 1u < 128u) {
      work[49920u + m0 * 128u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 512u && n0 + 2u < 128u) {
      work[49920u + m0 * 128u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 512u && n0 + 3u < 128u) {
      work[49920u + m0 * 128u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 512u && n0 + 0u < 128u) {
      work[49920u + (m0 + 1u) * 128u + n0] = acc_1_0;
    }
    if (m0 + 1u < 512u && n0 + 1u < 128u) {
      work[49920u + (m0 + 1u) * 128u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 512u && n0 + 2u < 128u) {
      work[49920u + (m0 + 1u) * 128u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 512u && n0 + 3u < 128u) {
      work[49920u + (m0 + 1u) * 128u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 512u && n0 + 0u < 128u) {
      work[49920u + (m0 + 2u) * 128u + n0] = acc_2_0;
    }
    if (m0 + 2u < 512u && n0 + 1u < 128u) {
      work[49920u + (m0 + 2u) * 128u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 512u && n0 + 2u < 128u) {
      work[49920u + (m0 + 2u) * 128u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 512u && n0 + 3u < 128u) {
      work[49920u + (m0 + 2u) * 128u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 512u && n0 + 0u < 128u) {
      work[49920u + (m0 + 3u) * 128u + n0] = acc_3_0;
    }
    if (m0 + 3u < 512u && n0 + 1u < 128u) {
      work[49920u + (m0 + 3u) * 128u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 512u && n0 + 2u < 128u) {
      work[49920u + (m0 + 3u) * 128u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 512u && n0 + 3u < 128u) {
      work[49920u + (m0 + 3u) * 128u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks0_f_grad_add (elementwise, 4096 workgroups, train_step.068.blocks0_f_grad_add.wgsl) from specs/char-gpt.model:18, specs/char-gpt.model:19
// blocks0_f_grad_add: elementwise kernel (mdlc)
// from specs/char-gpt.model:18, specs/char-gpt.model:19
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var i = gid.x; i < 1048576u; i += stride) {
    let v0: u32 = (i / 32768u) * 32768u + ((i / 512u) % 64u) * 512u + (i % 512u);
    let v1: f32 = work[10502144u + (v0 / 512u) * 512u + (v0 % 512u)];
    let v2: f32 = (v1 * work[5783552u + (i / 32768u) * 32768u + ((i / 512u) % 64u) * 512u + (i % 512u)]);
    let v3: f32 = (work[6832128u + (i / 32768u) * 32768u + ((i / 512u) % 64u) * 512u + (i % 512u)] * work[6832128u + (i / 32768u) * 32768u + ((i / 512u) % 64u) * 512u + (i % 512u)]);
    let v4: f32 = (-v3);
    let v5: f32 = exp(v4);
    let v6: f32 = (v5 * 1.128379225730896f);
    let v7: f32 = (v2 * v6);
    let v8: f32 = (v7 * 0.7071067690849304f);
    let v9: f32 = (v1 * work[7880704u + (i / 32768u) * 32768u + ((i / 512u) % 64u) * 512u + (i % 512u)]);
    let v10: f32 = (v9 * 0.5f);
    let v11: f32 = (v8 + v10);
    work[8929280u + (i / 32768u) * 32768u + ((i / 512u) % 64u) * 512u + (i % 512u)] = v11;
  }
}
// ---- blocks0_f_grad_sum (reduce, 8 workgroups, train_step.069.blocks0_f_grad_sum.wgsl) from specs/char-gpt.model:18
// blocks0_f_grad_sum: reduce kernel (mdlc)
// from specs/char-gpt.model:18
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 512u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 2048u + opaque; j++) {
      let v2: u32 = j * 512u + r;
      let v3: f32 = work[8929280u + (v2 / 32768u) * 32768u + ((v2 / 512u) % 64u) * 512u + (v2 % 512u)];
      acc0 += v3;
    }
    work[115456u + r] = acc0;
  }
}
// ---- blocks0_f_grad_matmul (matmul, 256 workgroups, train_step.070.blocks0_f_grad_matmul.wgsl) from specs/char-gpt.model:18
// blocks0_f_grad_matmul: matmul kernel (mdlc)
// from specs/char-gpt.model:18
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 16384u; t += stride) {
    let rem = t % 16384u;
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
    for (var k = 0u; k < 512u + opaque; k++) {
      let v0: u32 = m0 * 512u + k;
      let v1: f32 = work[8929280u + (v0 / 32768u) * 32768u + ((v0 / 512u) % 64u) * 512u + (v0 % 512u)];
      let v2: u32 = min(m0 + 1u, 2047u) * 512u + k;
      let v3: f32 = work[8929280u + (v2 / 32768u) * 32768u + ((v2 / 512u) % 64u) * 512u + (v2 % 512u)];
      let v4: u32 = min(m0 + 2u, 2047u) * 512u + k;
      let v5: f32 = work[8929280u + (v4 / 32768u) * 32768u + ((v4 / 512u) % 64u) * 512u + (v4 % 512u)];
      let v6: u32 = min(m0 + 3u, 2047u) * 512u + k;
      let v7: f32 = work[8929280u + (v6 / 32768u) * 32768u + ((v6 / 512u) % 64u) * 512u + (v6 % 512u)];
      let v8: f32 = params[87040u + n0 * 512u + k];
      let v9: f32 = params[87040u + min(n0 + 1u, 127u) * 512u + k];
      let v10: f32 = params[87040u + min(n0 + 2u, 127u) * 512u + k];
      let v11: f32 = params[87040u + min(n0 + 3u, 127u) * 512u + k];
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
    if (m0 + 0u < 2048u && n0 + 0u < 128u) {
      work[2099200u + m0 * 128u + n0] = acc_0_0;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 128u) {
      work[2099200u + m0 * 128u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 128u) {
      work[2099200u + m0 * 128u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 128u) {
      work[2099200u + m0 * 128u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 128u) {
      work[2099200u + (m0 + 1u) * 128u + n0] = acc_1_0;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 128u) {
      work[2099200u + (m0 + 1u) * 128u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 128u) {
      work[2099200u + (m0 + 1u) * 128u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 128u) {
      work[2099200u + (m0 + 1u) * 128u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 128u) {
      work[2099200u + (m0 + 2u) * 128u + n0] = acc_2_0;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 128u) {
      work[2099200u + (m0 + 2u) * 128u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 128u) {
      work[2099200u + (m0 + 2u) * 128u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 128u) {
      work[2099200u + (m0 + 2u) * 128u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 128u) {
      work[2099200u + (m0 + 3u) * 128u + n0] = acc_3_0;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 128u) {
      work[2099200u + (m0 + 3u) * 128u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 128u) {
      work[2099200u + (m0 + 3u) * 128u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 128u) {
      work[2099200u + (m0 + 3u) * 128u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks0_f_grad_matmul_1 (matmul, 64 workgroups, train_step.071.blocks0_f_grad_matmul_1.wgsl) from specs/char-gpt.model:18
// blocks0_f_grad_matmul_1: matmul kernel (mdlc)
// from specs/char-gpt.model:18
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 4096u; t += stride) {
    let rem = t % 4096u;
    let m0 = (rem / 128u) * 4u;
    let n0 = (rem % 128u) * 4u;
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
    for (var k = 0u; k < 2048u + opaque; k++) {
      let v0: u32 = k * 128u + m0;
      let v1: f32 = work[4472832u + (v0 / 8192u) * 8192u + ((v0 / 128u) % 64u) * 128u + (v0 % 128u)];
      let v2: u32 = k * 128u + min(m0 + 1u, 127u);
      let v3: f32 = work[4472832u + (v2 / 8192u) * 8192u + ((v2 / 128u) % 64u) * 128u + (v2 % 128u)];
      let v4: u32 = k * 128u + min(m0 + 2u, 127u);
      let v5: f32 = work[4472832u + (v4 / 8192u) * 8192u + ((v4 / 128u) % 64u) * 128u + (v4 % 128u)];
      let v6: u32 = k * 128u + min(m0 + 3u, 127u);
      let v7: f32 = work[4472832u + (v6 / 8192u) * 8192u + ((v6 / 128u) % 64u) * 128u + (v6 % 128u)];
      let v8: u32 = k * 512u + n0;
      let v9: f32 = work[8929280u + (v8 / 32768u) * 32768u + ((v8 / 512u) % 64u) * 512u + (v8 % 512u)];
      let v10: u32 = k * 512u + min(n0 + 1u, 511u);
      let v11: f32 = work[8929280u + (v10 / 32768u) * 32768u + ((v10 / 512u) % 64u) * 512u + (v10 % 512u)];
      let v12: u32 = k * 512u + min(n0 + 2u, 511u);
      let v13: f32 = work[8929280u + (v12 / 32768u) * 32768u + ((v12 / 512u) % 64u) * 512u + (v12 % 512u)];
      let v14: u32 = k * 512u + min(n0 + 3u, 511u);
      let v15: f32 = work[8929280u + (v14 / 32768u) * 32768u + ((v14 / 512u) % 64u) * 512u + (v14 % 512u)];
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
    if (m0 + 0u < 128u && n0 + 0u < 512u) {
      work[115968u + m0 * 512u + n0] = acc_0_0;
    }
    if (m0 + 0u < 128u && n0 + 1u < 512u) {
      work[115968u + m0 * 512u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 128u && n0 + 2u < 512u) {
      work[115968u + m0 * 512u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 128u && n0 + 3u < 512u) {
      work[115968u + m0 * 512u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 128u && n0 + 0u < 512u) {
      work[115968u + (m0 + 1u) * 512u + n0] = acc_1_0;
    }
    if (m0 + 1u < 128u && n0 + 1u < 512u) {
      work[115968u + (m0 + 1u) * 512u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 128u && n0 + 2u < 512u) {
      work[115968u + (m0 + 1u) * 512u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 128u && n0 + 3u < 512u) {
      work[115968u + (m0 + 1u) * 512u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 128u && n0 + 0u < 512u) {
      work[115968u + (m0 + 2u) * 512u + n0] = acc_2_0;
    }
    if (m0 + 2u < 128u && n0 + 1u < 512u) {
      work[115968u + (m0 + 2u) * 512u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 128u && n0 + 2u < 512u) {
      work[115968u + (m0 + 2u) * 512u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 128u && n0 + 3u < 512u) {
      work[115968u + (m0 + 2u) * 512u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 128u && n0 + 0u < 512u) {
      work[115968u + (m0 + 3u) * 512u + n0] = acc_3_0;
    }
    if (m0 + 3u < 128u && n0 + 1u < 512u) {
      work[115968u + (m0 + 3u) * 512u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 128u && n0 + 2u < 512u) {
      work[115968u + (m0 + 3u) * 512u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 128u && n0 + 3u < 512u) {
      work[115968u + (m0 + 3u) * 512u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks0_f_layer_norm_grad_sum (reduce, 2 workgroups, train_step.072.blocks0_f_layer_norm_grad_sum.wgsl) from specs/char-gpt.model:18
// blocks0_f_layer_norm_grad_sum: reduce kernel (mdlc)
// from specs/char-gpt.model:18
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 128u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 2048u + opaque; j++) {
      let v2: u32 = (j / 64u) * 8192u + (j % 64u) * 128u + r;
      let v3: f32 = work[2099200u + (v2 / 128u) * 128u + (v2 % 128u)];
      acc0 += v3;
    }
    work[181504u + r] = acc0;
  }
}
// ---- blocks0_f_layer_norm_grad_sum_1 (reduce, 2 workgroups, train_step.073.blocks0_f_layer_norm_grad_sum_1.wgsl) from specs/char-gpt.model:18
// blocks0_f_layer_norm_grad_sum_1: reduce kernel (mdlc)
// from specs/char-gpt.model:18
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 128u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 2048u + opaque; j++) {
      let v2: u32 = (j / 64u) * 8192u + (j % 64u) * 128u + r;
      let v3: f32 = work[2099200u + (v2 / 128u) * 128u + (v2 % 128u)];
      let v4: f32 = (v3 * work[4210688u + (j / 64u) * 8192u + (j % 64u) * 128u + r]);
      acc0 += v4;
    }
    work[181632u + r] = acc0;
  }
}
// ---- blocks0_h_grad_sum (reduce, 32 workgroups, train_step.074.blocks0_h_grad_sum.wgsl) from specs/char-gpt.model:18, specs/char-gpt.model:16, specs/char-gpt.model:17
// blocks0_h_grad_sum: reduce kernel (mdlc)
// from specs/char-gpt.model:18, specs/char-gpt.model:16, specs/char-gpt.model:17
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 2048u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 128u + opaque; j++) {
      let v2: u32 = (r / 64u) * 8192u + (r % 64u) * 128u + j;
      let v3: f32 = work[2099200u + (v2 / 128u) * 128u + (v2 % 128u)];
      let v4: f32 = params[86784u + j];
      let v5: f32 = (v3 * v4);
      let v6: f32 = (v5 * work[4210688u + (r / 64u) * 8192u + (r % 64u) * 128u + j]);
      let v7: f32 = (v6 / work[4208640u + (r / 64u) * 64u + (r % 64u)]);
      let v8: f32 = (-v7);
      acc0 += v8;
    }
    var acc9: f32 = 0.0f;
    for (var j = 0u; j < 128u + opaque; j++) {
      let v11: u32 = (r / 64u) * 8192u + (r % 64u) * 128u + j;
      let v12: f32 = work[2099200u + (v11 / 128u) * 128u + (v11 % 128u)];
      let v13: f32 = params[86784u + j];
      let v14: f32 = (v12 * v13);
      let v15: f32 = (v14 / work[4208640u + (r / 64u) * 64u + (r % 64u)]);
      let v16: f32 = (acc0 * 0.5f);
      let v17: f32 = (v16 / work[4208640u + (r / 64u) * 64u + (r % 64u)]);
      let v18: f32 = (v17 * 0.0078125f);
      let v19: f32 = (v18 * work[3946496u + (r / 64u) * 8192u + (r % 64u) * 128u + j]);
      let v20: f32 = (v15 + v19);
      let v21: f32 = (v20 + v19);
      let v22: f32 = (-v21);
      acc9 += v22;
    }
    for (var j = 0u; j < 128u + opaque; j++) {
      let v23: u32 = (r / 64u) * 8192u + (r % 64u) * 128u + j;
      let v24: f32 = work[2099200u + (v23 / 128u) * 128u + (v23 % 128u)];
      let v25: f32 = params[86784u + j];
      let v26: f32 = (v24 * v25);
      let v27: f32 = (v26 / work[4208640u + (r / 64u) * 64u + (r % 64u)]);
      let v28: f32 = (acc0 * 0.5f);
      let v29: f32 = (v28 / work[4208640u + (r / 64u) * 64u + (r % 64u)]);
      let v30: f32 = (v29 * 0.0078125f);
      let v31: f32 = (v30 * work[3946496u + (r / 64u) * 8192u + (r % 64u) * 128u + j]);
      let v32: f32 = (v27 + v31);
      let v33: f32 = (v32 + v31);
      let v34: f32 = (work[3684352u + (r / 64u) * 8192u + (r % 64u) * 128u + j] + v33);
      let v35: f32 = (acc9 * 0.0078125f);
      let v36: f32 = (v34 + v35);
      work[4472832u + (r / 64u) * 8192u + (r % 64u) * 128u + j] = v36;
      let v37: f32 = (v36 * work[3422208u + (r / 64u) * 8192u + (r % 64u) * 128u + j]);
      work[4935688u + (r / 64u) * 8192u + (r % 64u) * 128u + j] = v37;
    }
  }
}
// ---- blocks0_a_grad_sum (reduce, 2 workgroups, train_step.075.blocks0_a_grad_sum.wgsl) from specs/char-gpt.model:16
// blocks0_a_grad_sum: reduce kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 128u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 2048u + opaque; j++) {
      let v2: u32 = j * 128u + r;
      let v3: f32 = work[4935688u + (v2 / 8192u) * 8192u + ((v2 / 128u) % 64u) * 128u + (v2 % 128u)];
      acc0 += v3;
    }
    work[181760u + r] = acc0;
  }
}
// ---- blocks0_a_grad_matmul (matmul, 256 workgroups, train_step.076.blocks0_a_grad_matmul.wgsl) from specs/char-gpt.model:16
// blocks0_a_grad_matmul: matmul kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 16384u; t += stride) {
    let rem = t % 16384u;
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
      let v0: u32 = m0 * 128u + k;
      let v1: f32 = work[4935688u + (v0 / 8192u) * 8192u + ((v0 / 128u) % 64u) * 128u + (v0 % 128u)];
      let v2: u32 = min(m0 + 1u, 2047u) * 128u + k;
      let v3: f32 = work[4935688u + (v2 / 8192u) * 8192u + ((v2 / 128u) % 64u) * 128u + (v2 % 128u)];
      let v4: u32 = min(m0 + 2u, 2047u) * 128u + k;
      let v5: f32 = work[4935688u + (v4 / 8192u) * 8192u + ((v4 / 128u) % 64u) * 128u + (v4 % 128u)];
      let v6: u32 = min(m0 + 3u, 2047u) * 128u + k;
      let v7: f32 = work[4935688u + (v6 / 8192u) * 8192u + ((v6 / 128u) % 64u) * 128u + (v6 % 128u)];
      let v8: f32 = params[70272u + n0 * 128u + k];
      let v9: f32 = params[70272u + min(n0 + 1u, 127u) * 128u + k];
      let v10: f32 = params[70272u + min(n0 + 2u, 127u) * 128u + k];
      let v11: f32 = params[70272u + min(n0 + 3u, 127u) * 128u + k];
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
    if (m0 + 0u < 2048u && n0 + 0u < 128u) {
      work[2099200u + m0 * 128u + n0] = acc_0_0;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 128u) {
      work[2099200u + m0 * 128u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 128u) {
      work[2099200u + m0 * 128u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 128u) {
      work[2099200u + m0 * 128u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 128u) {
      work[2099200u + (m0 + 1u) * 128u + n0] = acc_1_0;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 128u) {
      work[2099200u + (m0 + 1u) * 128u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 128u) {
      work[2099200u + (m0 + 1u) * 128u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 128u) {
      work[2099200u + (m0 + 1u) * 128u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 128u) {
      work[2099200u + (m0 + 2u) * 128u + n0] = acc_2_0;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 128u) {
      work[2099200u + (m0 + 2u) * 128u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 128u) {
      work[2099200u + (m0 + 2u) * 128u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 128u) {
      work[2099200u + (m0 + 2u) * 128u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 128u) {
      work[2099200u + (m0 + 3u) * 128u + n0] = acc_3_0;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 128u) {
      work[2099200u + (m0 + 3u) * 128u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 128u) {
      work[2099200u + (m0 + 3u) * 128u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 128u) {
      work[2099200u + (m0 + 3u) * 128u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks0_a_grad_matmul_1 (matmul, 16 workgroups, train_step.077.blocks0_a_grad_matmul_1.wgsl) from specs/char-gpt.model:16
// blocks0_a_grad_matmul_1: matmul kernel (mdlc)
// from specs/char-gpt.model:16
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
    for (var k = 0u; k < 2048u + opaque; k++) {
      let v0: u32 = k * 128u + m0;
      let v1: u32 = (v0 / 8192u) * 8192u + ((v0 / 32u) % 4u) * 2048u + ((v0 / 128u) % 64u) * 32u + (v0 % 32u);
      let v2: f32 = work[1837056u + (v1 / 2048u) * 2048u + ((v1 / 32u) % 64u) * 32u + (v1 % 32u)];
      let v3: u32 = k * 128u + min(m0 + 1u, 127u);
      let v4: u32 = (v3 / 8192u) * 8192u + ((v3 / 32u) % 4u) * 2048u + ((v3 / 128u) % 64u) * 32u + (v3 % 32u);
      let v5: f32 = work[1837056u + (v4 / 2048u) * 2048u + ((v4 / 32u) % 64u) * 32u + (v4 % 32u)];
      let v6: u32 = k * 128u + min(m0 + 2u, 127u);
      let v7: u32 = (v6 / 8192u) * 8192u + ((v6 / 32u) % 4u) * 2048u + ((v6 / 128u) % 64u) * 32u + (v6 % 32u);
      let v8: f32 = work[1837056u + (v7 / 2048u) * 2048u + ((v7 / 32u) % 64u) * 32u + (v7 % 32u)];
      let v9: u32 = k * 128u + min(m0 + 3u, 127u);
      let v10: u32 = (v9 / 8192u) * 8192u + ((v9 / 32u) % 4u) * 2048u + ((v9 / 128u) % 64u) * 32u + (v9 % 32u);
      let v11: f32 = work[1837056u + (v10 / 2048u) * 2048u + ((v10 / 32u) % 64u) * 32u + (v10 % 32u)];
      let v12: u32 = k * 128u + n0;
      let v13: f32 = work[4935688u + (v12 / 8192u) * 8192u + ((v12 / 128u) % 64u) * 128u + (v12 % 128u)];
      let v14: u32 = k * 128u + min(n0 + 1u, 127u);
      let v15: f32 = work[4935688u + (v14 / 8192u) * 8192u + ((v14 / 128u) % 64u) * 128u + (v14 % 128u)];
      let v16: u32 = k * 128u + min(n0 + 2u, 127u);
      let v17: f32 = work[4935688u + (v16 / 8192u) * 8192u + ((v16 / 128u) % 64u) * 128u + (v16 % 128u)];
      let v18: u32 = k * 128u + min(n0 + 3u, 127u);
      let v19: f32 = work[4935688u + (v18 / 8192u) * 8192u + ((v18 / 128u) % 64u) * 128u + (v18 % 128u)];
      acc_0_0 = fma(v2, v13, acc_0_0);
      acc_0_1 = fma(v2, v15, acc_0_1);
      acc_0_2 = fma(v2, v17, acc_0_2);
      acc_0_3 = fma(v2, v19, acc_0_3);
      acc_1_0 = fma(v5, v13, acc_1_0);
      acc_1_1 = fma(v5, v15, acc_1_1);
      acc_1_2 = fma(v5, v17, acc_1_2);
      acc_1_3 = fma(v5, v19, acc_1_3);
      acc_2_0 = fma(v8, v13, acc_2_0);
      acc_2_1 = fma(v8, v15, acc_2_1);
      acc_2_2 = fma(v8, v17, acc_2_2);
      acc_2_3 = fma(v8, v19, acc_2_3);
      acc_3_0 = fma(v11, v13, acc_3_0);
      acc_3_1 = fma(v11, v15, acc_3_1);
      acc_3_2 = fma(v11, v17, acc_3_2);
      acc_3_3 = fma(v11, v19, acc_3_3);
    }
    if (m0 + 0u < 128u && n0 + 0u < 128u) {
      work[181888u + m0 * 128u + n0] = acc_0_0;
    }
    if (m0 + 0u < 128u && n0 + 1u < 128u) {
      work[181888u + m0 * 128u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 128u && n0 + 2u < 128u) {
      work[181888u + m0 * 128u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 128u && n0 + 3u < 128u) {
      work[181888u + m0 * 128u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 128u && n0 + 0u < 128u) {
      work[181888u + (m0 + 1u) * 128u + n0] = acc_1_0;
    }
    if (m0 + 1u < 128u && n0 + 1u < 128u) {
      work[181888u + (m0 + 1u) * 128u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 128u && n0 + 2u < 128u) {
      work[181888u + (m0 + 1u) * 128u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 128u && n0 + 3u < 128u) {
      work[181888u + (m0 + 1u) * 128u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 128u && n0 + 0u < 128u) {
      work[181888u + (m0 + 2u) * 128u + n0] = acc_2_0;
    }
    if (m0 + 2u < 128u && n0 + 1u < 128u) {
      work[181888u + (m0 + 2u) * 128u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 128u && n0 + 2u < 128u) {
      work[181888u + (m0 + 2u) * 128u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 128u && n0 + 3u < 128u) {
      work[181888u + (m0 + 2u) * 128u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 128u && n0 + 0u < 128u) {
      work[181888u + (m0 + 3u) * 128u + n0] = acc_3_0;
    }
    if (m0 + 3u < 128u && n0 + 1u < 128u) {
      work[181888u + (m0 + 3u) * 128u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 128u && n0 + 2u < 128u) {
      work[181888u + (m0 + 3u) * 128u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 128u && n0 + 3u < 128u) {
      work[181888u + (m0 + 3u) * 128u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks0_a_grad_matmul_2 (matmul, 512 workgroups, train_step.078.blocks0_a_grad_matmul_2.wgsl) from specs/char-gpt.model:16
// blocks0_a_grad_matmul_2: matmul kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 32768u; t += stride) {
    let v0: u32 = t / 256u;
    let rem = t % 256u;
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
    for (var k = 0u; k < 32u + opaque; k++) {
      let v1: u32 = v0 * 2048u + m0 * 32u + k;
      let v2: u32 = (v1 / 8192u) * 8192u + ((v1 / 32u) % 64u) * 128u + ((v1 / 2048u) % 4u) * 32u + (v1 % 32u);
      let v3: f32 = work[2099200u + (v2 / 128u) * 128u + (v2 % 128u)];
      let v4: u32 = v0 * 2048u + min(m0 + 1u, 63u) * 32u + k;
      let v5: u32 = (v4 / 8192u) * 8192u + ((v4 / 32u) % 64u) * 128u + ((v4 / 2048u) % 4u) * 32u + (v4 % 32u);
      let v6: f32 = work[2099200u + (v5 / 128u) * 128u + (v5 % 128u)];
      let v7: u32 = v0 * 2048u + min(m0 + 2u, 63u) * 32u + k;
      let v8: u32 = (v7 / 8192u) * 8192u + ((v7 / 32u) % 64u) * 128u + ((v7 / 2048u) % 4u) * 32u + (v7 % 32u);
      let v9: f32 = work[2099200u + (v8 / 128u) * 128u + (v8 % 128u)];
      let v10: u32 = v0 * 2048u + min(m0 + 3u, 63u) * 32u + k;
      let v11: u32 = (v10 / 8192u) * 8192u + ((v10 / 32u) % 64u) * 128u + ((v10 / 2048u) % 4u) * 32u + (v10 % 32u);
      let v12: f32 = work[2099200u + (v11 / 128u) * 128u + (v11 % 128u)];
      let v13: u32 = v0 * 2048u + n0 * 32u + k;
      let v14: u32 = (v13 / 8192u) * 8192u + ((v13 / 32u) % 64u) * 128u + ((v13 / 2048u) % 4u) * 32u + (v13 % 32u);
      let v15: f32 = work[1574912u + (v14 / 128u) * 128u + (v14 % 128u)];
      let v16: u32 = v0 * 2048u + min(n0 + 1u, 63u) * 32u + k;
      let v17: u32 = (v16 / 8192u) * 8192u + ((v16 / 32u) % 64u) * 128u + ((v16 / 2048u) % 4u) * 32u + (v16 % 32u);
      let v18: f32 = work[1574912u + (v17 / 128u) * 128u + (v17 % 128u)];
      let v19: u32 = v0 * 2048u + min(n0 + 2u, 63u) * 32u + k;
      let v20: u32 = (v19 / 8192u) * 8192u + ((v19 / 32u) % 64u) * 128u + ((v19 / 2048u) % 4u) * 32u + (v19 % 32u);
      let v21: f32 = work[1574912u + (v20 / 128u) * 128u + (v20 % 128u)];
      let v22: u32 = v0 * 2048u + min(n0 + 3u, 63u) * 32u + k;
      let v23: u32 = (v22 / 8192u) * 8192u + ((v22 / 32u) % 64u) * 128u + ((v22 / 2048u) % 4u) * 32u + (v22 % 32u);
      let v24: f32 = work[1574912u + (v23 / 128u) * 128u + (v23 % 128u)];
      acc_0_0 = fma(v3, v15, acc_0_0);
      acc_0_1 = fma(v3, v18, acc_0_1);
      acc_0_2 = fma(v3, v21, acc_0_2);
      acc_0_3 = fma(v3, v24, acc_0_3);
      acc_1_0 = fma(v6, v15, acc_1_0);
      acc_1_1 = fma(v6, v18, acc_1_1);
      acc_1_2 = fma(v6, v21, acc_1_2);
      acc_1_3 = fma(v6, v24, acc_1_3);
      acc_2_0 = fma(v9, v15, acc_2_0);
      acc_2_1 = fma(v9, v18, acc_2_1);
      acc_2_2 = fma(v9, v21, acc_2_2);
      acc_2_3 = fma(v9, v24, acc_2_3);
      acc_3_0 = fma(v12, v15, acc_3_0);
      acc_3_1 = fma(v12, v18, acc_3_1);
      acc_3_2 = fma(v12, v21, acc_3_2);
      acc_3_3 = fma(v12, v24, acc_3_3);
    }
    if (m0 + 0u < 64u && n0 + 0u < 64u) {
      work[3422208u + v0 * 4096u + m0 * 64u + n0] = acc_0_0;
    }
    if (m0 + 0u < 64u && n0 + 1u < 64u) {
      work[3422208u + v0 * 4096u + m0 * 64u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 64u && n0 + 2u < 64u) {
      work[3422208u + v0 * 4096u + m0 * 64u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 64u && n0 + 3u < 64u) {
      work[3422208u + v0 * 4096u + m0 * 64u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 64u && n0 + 0u < 64u) {
      work[3422208u + v0 * 4096u + (m0 + 1u) * 64u + n0] = acc_1_0;
    }
    if (m0 + 1u < 64u && n0 + 1u < 64u) {
      work[3422208u + v0 * 4096u + (m0 + 1u) * 64u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 64u && n0 + 2u < 64u) {
      work[3422208u + v0 * 4096u + (m0 + 1u) * 64u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 64u && n0 + 3u < 64u) {
      work[3422208u + v0 * 4096u + (m0 + 1u) * 64u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 64u && n0 + 0u < 64u) {
      work[3422208u + v0 * 4096u + (m0 + 2u) * 64u + n0] = acc_2_0;
    }
    if (m0 + 2u < 64u && n0 + 1u < 64u) {
      work[3422208u + v0 * 4096u + (m0 + 2u) * 64u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 64u && n0 + 2u < 64u) {
      work[3422208u + v0 * 4096u + (m0 + 2u) * 64u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 64u && n0 + 3u < 64u) {
      work[3422208u + v0 * 4096u + (m0 + 2u) * 64u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 64u && n0 + 0u < 64u) {
      work[3422208u + v0 * 4096u + (m0 + 3u) * 64u + n0] = acc_3_0;
    }
    if (m0 + 3u < 64u && n0 + 1u < 64u) {
      work[3422208u + v0 * 4096u + (m0 + 3u) * 64u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 64u && n0 + 2u < 64u) {
      work[3422208u + v0 * 4096u + (m0 + 3u) * 64u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 64u && n0 + 3u < 64u) {
      work[3422208u + v0 * 4096u + (m0 + 3u) * 64u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks0_a_grad_matmul_3 (matmul, 256 workgroups, train_step.079.blocks0_a_grad_matmul_3.wgsl) from specs/char-gpt.model:16
// blocks0_a_grad_matmul_3: matmul kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 16384u; t += stride) {
    let v0: u32 = t / 128u;
    let rem = t % 128u;
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
    for (var k = 0u; k < 64u + opaque; k++) {
      let v1: f32 = work[2897920u + v0 * 4096u + k * 64u + m0];
      let v2: f32 = work[2897920u + v0 * 4096u + k * 64u + min(m0 + 1u, 63u)];
      let v3: f32 = work[2897920u + v0 * 4096u + k * 64u + min(m0 + 2u, 63u)];
      let v4: f32 = work[2897920u + v0 * 4096u + k * 64u + min(m0 + 3u, 63u)];
      let v5: u32 = v0 * 2048u + k * 32u + n0;
      let v6: u32 = (v5 / 8192u) * 8192u + ((v5 / 32u) % 64u) * 128u + ((v5 / 2048u) % 4u) * 32u + (v5 % 32u);
      let v7: f32 = work[2099200u + (v6 / 128u) * 128u + (v6 % 128u)];
      let v8: u32 = v0 * 2048u + k * 32u + min(n0 + 1u, 31u);
      let v9: u32 = (v8 / 8192u) * 8192u + ((v8 / 32u) % 64u) * 128u + ((v8 / 2048u) % 4u) * 32u + (v8 % 32u);
      let v10: f32 = work[2099200u + (v9 / 128u) * 128u + (v9 % 128u)];
      let v11: u32 = v0 * 2048u + k * 32u + min(n0 + 2u, 31u);
      let v12: u32 = (v11 / 8192u) * 8192u + ((v11 / 32u) % 64u) * 128u + ((v11 / 2048u) % 4u) * 32u + (v11 % 32u);
      let v13: f32 = work[2099200u + (v12 / 128u) * 128u + (v12 % 128u)];
      let v14: u32 = v0 * 2048u + k * 32u + min(n0 + 3u, 31u);
      let v15: u32 = (v14 / 8192u) * 8192u + ((v14 / 32u) % 64u) * 128u + ((v14 / 2048u) % 4u) * 32u + (v14 % 32u);
      let v16: f32 = work[2099200u + (v15 / 128u) * 128u + (v15 % 128u)];
      acc_0_0 = fma(v1, v7, acc_0_0);
      acc_0_1 = fma(v1, v10, acc_0_1);
      acc_0_2 = fma(v1, v13, acc_0_2);
      acc_0_3 = fma(v1, v16, acc_0_3);
      acc_1_0 = fma(v2, v7, acc_1_0);
      acc_1_1 = fma(v2, v10, acc_1_1);
      acc_1_2 = fma(v2, v13, acc_1_2);
      acc_1_3 = fma(v2, v16, acc_1_3);
      acc_2_0 = fma(v3, v7, acc_2_0);
      acc_2_1 = fma(v3, v10, acc_2_1);
      acc_2_2 = fma(v3, v13, acc_2_2);
      acc_2_3 = fma(v3, v16, acc_2_3);
      acc_3_0 = fma(v4, v7, acc_3_0);
      acc_3_1 = fma(v4, v10, acc_3_1);
      acc_3_2 = fma(v4, v13, acc_3_2);
      acc_3_3 = fma(v4, v16, acc_3_3);
    }
    if (m0 + 0u < 64u && n0 + 0u < 32u) {
      work[1574912u + v0 * 2048u + m0 * 32u + n0] = acc_0_0;
    }
    if (m0 + 0u < 64u && n0 + 1u < 32u) {
      work[1574912u + v0 * 2048u + m0 * 32u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 64u && n0 + 2u < 32u) {
      work[1574912u + v0 * 2048u + m0 * 32u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 64u && n0 + 3u < 32u) {
      work[1574912u + v0 * 2048u + m0 * 32u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 64u && n0 + 0u < 32u) {
      work[1574912u + v0 * 2048u + (m0 + 1u) * 32u + n0] = acc_1_0;
    }
    if (m0 + 1u < 64u && n0 + 1u < 32u) {
      work[1574912u + v0 * 2048u + (m0 + 1u) * 32u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 64u && n0 + 2u < 32u) {
      work[1574912u + v0 * 2048u + (m0 + 1u) * 32u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 64u && n0 + 3u < 32u) {
      work[1574912u + v0 * 2048u + (m0 + 1u) * 32u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 64u && n0 + 0u < 32u) {
      work[1574912u + v0 * 2048u + (m0 + 2u) * 32u + n0] = acc_2_0;
    }
    if (m0 + 2u < 64u && n0 + 1u < 32u) {
      work[1574912u + v0 * 2048u + (m0 + 2u) * 32u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 64u && n0 + 2u < 32u) {
      work[1574912u + v0 * 2048u + (m0 + 2u) * 32u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 64u && n0 + 3u < 32u) {
      work[1574912u + v0 * 2048u + (m0 + 2u) * 32u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 64u && n0 + 0u < 32u) {
      work[1574912u + v0 * 2048u + (m0 + 3u) * 32u + n0] = acc_3_0;
    }
    if (m0 + 3u < 64u && n0 + 1u < 32u) {
      work[1574912u + v0 * 2048u + (m0 + 3u) * 32u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 64u && n0 + 2u < 32u) {
      work[1574912u + v0 * 2048u + (m0 + 3u) * 32u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 64u && n0 + 3u < 32u) {
      work[1574912u + v0 * 2048u + (m0 + 3u) * 32u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks0_a_grad_sum_1 (reduce, 128 workgroups, train_step.080.blocks0_a_grad_sum_1.wgsl) from specs/char-gpt.model:16
// blocks0_a_grad_sum_1: reduce kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 8192u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 64u + opaque; j++) {
      let v2: f32 = (work[3422208u + (r / 64u) * 4096u + (r % 64u) * 64u + j] * work[2897920u + (r / 64u) * 4096u + (r % 64u) * 64u + j]);
      let v3: f32 = (v2 / work[2889728u + (r / 64u) * 64u + (r % 64u)]);
      let v4: f32 = (-v3);
      acc0 += v4;
    }
    for (var j = 0u; j < 64u + opaque; j++) {
      let v5: f32 = (work[3422208u + (r / 64u) * 4096u + (r % 64u) * 64u + j] / work[2889728u + (r / 64u) * 64u + (r % 64u)]);
      let v6: f32 = (v5 + acc0);
      let v7: f32 = (v6 * work[2365440u + (r / 64u) * 4096u + (r % 64u) * 64u + j]);
      let v8: f32 = select(0.0f, v7, work[2361344u + (r % 64u) * 64u + j] != 0.0f);
      let v9: f32 = (v8 * 0.1767766922712326f);
      work[1837056u + (r / 64u) * 4096u + (r % 64u) * 64u + j] = v9;
    }
  }
}
// ---- blocks0_a_grad_matmul_4 (matmul, 256 workgroups, train_step.081.blocks0_a_grad_matmul_4.wgsl) from specs/char-gpt.model:16
// blocks0_a_grad_matmul_4: matmul kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 16384u; t += stride) {
    let v0: u32 = t / 128u;
    let rem = t % 128u;
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
    for (var k = 0u; k < 64u + opaque; k++) {
      let v1: f32 = work[1837056u + v0 * 4096u + m0 * 64u + k];
      let v2: f32 = work[1837056u + v0 * 4096u + min(m0 + 1u, 63u) * 64u + k];
      let v3: f32 = work[1837056u + v0 * 4096u + min(m0 + 2u, 63u) * 64u + k];
      let v4: f32 = work[1837056u + v0 * 4096u + min(m0 + 3u, 63u) * 64u + k];
      let v5: u32 = v0 * 2048u + k * 32u + n0;
      let v6: u32 = (v5 / 8192u) * 8192u + ((v5 / 32u) % 64u) * 128u + ((v5 / 2048u) % 4u) * 32u + (v5 % 32u);
      let v7: f32 = work[1312768u + (v6 / 128u) * 128u + (v6 % 128u)];
      let v8: u32 = v0 * 2048u + k * 32u + min(n0 + 1u, 31u);
      let v9: u32 = (v8 / 8192u) * 8192u + ((v8 / 32u) % 64u) * 128u + ((v8 / 2048u) % 4u) * 32u + (v8 % 32u);
      let v10: f32 = work[1312768u + (v9 / 128u) * 128u + (v9 % 128u)];
      let v11: u32 = v0 * 2048u + k * 32u + min(n0 + 2u, 31u);
      let v12: u32 = (v11 / 8192u) * 8192u + ((v11 / 32u) % 64u) * 128u + ((v11 / 2048u) % 4u) * 32u + (v11 % 32u);
      let v13: f32 = work[1312768u + (v12 / 128u) * 128u + (v12 % 128u)];
      let v14: u32 = v0 * 2048u + k * 32u + min(n0 + 3u, 31u);
      let v15: u32 = (v14 / 8192u) * 8192u + ((v14 / 32u) % 64u) * 128u + ((v14 / 2048u) % 4u) * 32u + (v14 % 32u);
      let v16: f32 = work[1312768u + (v15 / 128u) * 128u + (v15 % 128u)];
      acc_0_0 = fma(v1, v7, acc_0_0);
      acc_0_1 = fma(v1, v10, acc_0_1);
      acc_0_2 = fma(v1, v13, acc_0_2);
      acc_0_3 = fma(v1, v16, acc_0_3);
      acc_1_0 = fma(v2, v7, acc_1_0);
      acc_1_1 = fma(v2, v10, acc_1_1);
      acc_1_2 = fma(v2, v13, acc_1_2);
      acc_1_3 = fma(v2, v16, acc_1_3);
      acc_2_0 = fma(v3, v7, acc_2_0);
      acc_2_1 = fma(v3, v10, acc_2_1);
      acc_2_2 = fma(v3, v13, acc_2_2);
      acc_2_3 = fma(v3, v16, acc_2_3);
      acc_3_0 = fma(v4, v7, acc_3_0);
      acc_3_1 = fma(v4, v10, acc_3_1);
      acc_3_2 = fma(v4, v13, acc_3_2);
      acc_3_3 = fma(v4, v16, acc_3_3);
    }
    if (m0 + 0u < 64u && n0 + 0u < 32u) {
      work[2361344u + v0 * 2048u + m0 * 32u + n0] = acc_0_0;
    }
    if (m0 + 0u < 64u && n0 + 1u < 32u) {
      work[2361344u + v0 * 2048u + m0 * 32u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 64u && n0 + 2u < 32u) {
      work[2361344u + v0 * 2048u + m0 * 32u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 64u && n0 + 3u < 32u) {
      work[2361344u + v0 * 2048u + m0 * 32u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 64u && n0 + 0u < 32u) {
      work[2361344u + v0 * 2048u + (m0 + 1u) * 32u + n0] = acc_1_0;
    }
    if (m0 + 1u < 64u && n0 + 1u < 32u) {
      work[2361344u + v0 * 2048u + (m0 + 1u) * 32u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 64u && n0 + 2u < 32u) {
      work[2361344u + v0 * 2048u + (m0 + 1u) * 32u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 64u && n0 + 3u < 32u) {
      work[2361344u + v0 * 2048u + (m0 + 1u) * 32u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 64u && n0 + 0u < 32u) {
      work[2361344u + v0 * 2048u + (m0 + 2u) * 32u + n0] = acc_2_0;
    }
    if (m0 + 2u < 64u && n0 + 1u < 32u) {
      work[2361344u + v0 * 2048u + (m0 + 2u) * 32u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 64u && n0 + 2u < 32u) {
      work[2361344u + v0 * 2048u + (m0 + 2u) * 32u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 64u && n0 + 3u < 32u) {
      work[2361344u + v0 * 2048u + (m0 + 2u) * 32u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 64u && n0 + 0u < 32u) {
      work[2361344u + v0 * 2048u + (m0 + 3u) * 32u + n0] = acc_3_0;
    }
    if (m0 + 3u < 64u && n0 + 1u < 32u) {
      work[2361344u + v0 * 2048u + (m0 + 3u) * 32u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 64u && n0 + 2u < 32u) {
      work[2361344u + v0 * 2048u + (m0 + 3u) * 32u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 64u && n0 + 3u < 32u) {
      work[2361344u + v0 * 2048u + (m0 + 3u) * 32u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks0_a_grad_matmul_5 (matmul, 256 workgroups, train_step.082.blocks0_a_grad_matmul_5.wgsl) from specs/char-gpt.model:16
// blocks0_a_grad_matmul_5: matmul kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 16384u; t += stride) {
    let v0: u32 = t / 128u;
    let rem = t % 128u;
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
    for (var k = 0u; k < 64u + opaque; k++) {
      let v1: f32 = work[1837056u + v0 * 4096u + k * 64u + m0];
      let v2: f32 = work[1837056u + v0 * 4096u + k * 64u + min(m0 + 1u, 63u)];
      let v3: f32 = work[1837056u + v0 * 4096u + k * 64u + min(m0 + 2u, 63u)];
      let v4: f32 = work[1837056u + v0 * 4096u + k * 64u + min(m0 + 3u, 63u)];
      let v5: u32 = v0 * 2048u + k * 32u + n0;
      let v6: u32 = (v5 / 8192u) * 8192u + ((v5 / 32u) % 64u) * 128u + ((v5 / 2048u) % 4u) * 32u + (v5 % 32u);
      let v7: f32 = work[1050624u + (v6 / 128u) * 128u + (v6 % 128u)];
      let v8: u32 = v0 * 2048u + k * 32u + min(n0 + 1u, 31u);
      let v9: u32 = (v8 / 8192u) * 8192u + ((v8 / 32u) % 64u) * 128u + ((v8 / 2048u) % 4u) * 32u + (v8 % 32u);
      let v10: f32 = work[1050624u + (v9 / 128u) * 128u + (v9 % 128u)];
      let v11: u32 = v0 * 2048u + k * 32u + min(n0 + 2u, 31u);
      let v12: u32 = (v11 / 8192u) * 8192u + ((v11 / 32u) % 64u) * 128u + ((v11 / 2048u) % 4u) * 32u + (v11 % 32u);
      let v13: f32 = work[1050624u + (v12 / 128u) * 128u + (v12 % 128u)];
      let v14: u32 = v0 * 2048u + k * 32u + min(n0 + 3u, 31u);
      let v15: u32 = (v14 / 8192u) * 8192u + ((v14 / 32u) % 64u) * 128u + ((v14 / 2048u) % 4u) * 32u + (v14 % 32u);
      let v16: f32 = work[1050624u + (v15 / 128u) * 128u + (v15 % 128u)];
      acc_0_0 = fma(v1, v7, acc_0_0);
      acc_0_1 = fma(v1, v10, acc_0_1);
      acc_0_2 = fma(v1, v13, acc_0_2);
      acc_0_3 = fma(v1, v16, acc_0_3);
      acc_1_0 = fma(v2, v7, acc_1_0);
      acc_1_1 = fma(v2, v10, acc_1_1);
      acc_1_2 = fma(v2, v13, acc_1_2);
      acc_1_3 = fma(v2, v16, acc_1_3);
      acc_2_0 = fma(v3, v7, acc_2_0);
      acc_2_1 = fma(v3, v10, acc_2_1);
      acc_2_2 = fma(v3, v13, acc_2_2);
      acc_2_3 = fma(v3, v16, acc_2_3);
      acc_3_0 = fma(v4, v7, acc_3_0);
      acc_3_1 = fma(v4, v10, acc_3_1);
      acc_3_2 = fma(v4, v13, acc_3_2);
      acc_3_3 = fma(v4, v16, acc_3_3);
    }
    if (m0 + 0u < 64u && n0 + 0u < 32u) {
      work[1312768u + v0 * 2048u + m0 * 32u + n0] = acc_0_0;
    }
    if (m0 + 0u < 64u && n0 + 1u < 32u) {
      work[1312768u + v0 * 2048u + m0 * 32u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 64u && n0 + 2u < 32u) {
      work[1312768u + v0 * 2048u + m0 * 32u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 64u && n0 + 3u < 32u) {
      work[1312768u + v0 * 2048u + m0 * 32u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 64u && n0 + 0u < 32u) {
      work[1312768u + v0 * 2048u + (m0 + 1u) * 32u + n0] = acc_1_0;
    }
    if (m0 + 1u < 64u && n0 + 1u < 32u) {
      work[1312768u + v0 * 2048u + (m0 + 1u) * 32u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 64u && n0 + 2u < 32u) {
      work[1312768u + v0 * 2048u + (m0 + 1u) * 32u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 64u && n0 + 3u < 32u) {
      work[1312768u + v0 * 2048u + (m0 + 1u) * 32u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 64u && n0 + 0u < 32u) {
      work[1312768u + v0 * 2048u + (m0 + 2u) * 32u + n0] = acc_2_0;
    }
    if (m0 + 2u < 64u && n0 + 1u < 32u) {
      work[1312768u + v0 * 2048u + (m0 + 2u) * 32u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 64u && n0 + 2u < 32u) {
      work[1312768u + v0 * 2048u + (m0 + 2u) * 32u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 64u && n0 + 3u < 32u) {
      work[1312768u + v0 * 2048u + (m0 + 2u) * 32u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 64u && n0 + 0u < 32u) {
      work[1312768u + v0 * 2048u + (m0 + 3u) * 32u + n0] = acc_3_0;
    }
    if (m0 + 3u < 64u && n0 + 1u < 32u) {
      work[1312768u + v0 * 2048u + (m0 + 3u) * 32u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 64u && n0 + 2u < 32u) {
      work[1312768u + v0 * 2048u + (m0 + 3u) * 32u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 64u && n0 + 3u < 32u) {
      work[1312768u + v0 * 2048u + (m0 + 3u) * 32u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks0_a_grad_sum_2 (reduce, 2 workgroups, train_step.083.blocks0_a_grad_sum_2.wgsl) from specs/char-gpt.model:16
// blocks0_a_grad_sum_2: reduce kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 128u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 2048u + opaque; j++) {
      let v2: u32 = j * 128u + r;
      let v3: u32 = (v2 / 8192u) * 8192u + ((v2 / 32u) % 4u) * 2048u + ((v2 / 128u) % 64u) * 32u + (v2 % 32u);
      let v4: f32 = work[1574912u + (v3 / 2048u) * 2048u + ((v3 / 32u) % 64u) * 32u + (v3 % 32u)];
      acc0 += v4;
    }
    work[198272u + r] = acc0;
  }
}
// ---- blocks0_a_grad_matmul_6 (matmul, 256 workgroups, train_step.084.blocks0_a_grad_matmul_6.wgsl) from specs/char-gpt.model:16
// blocks0_a_grad_matmul_6: matmul kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 16384u; t += stride) {
    let rem = t % 16384u;
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
      let v0: u32 = m0 * 128u + k;
      let v1: u32 = (v0 / 8192u) * 8192u + ((v0 / 32u) % 4u) * 2048u + ((v0 / 128u) % 64u) * 32u + (v0 % 32u);
      let v2: f32 = work[1574912u + (v1 / 2048u) * 2048u + ((v1 / 32u) % 64u) * 32u + (v1 % 32u)];
      let v3: u32 = min(m0 + 1u, 2047u) * 128u + k;
      let v4: u32 = (v3 / 8192u) * 8192u + ((v3 / 32u) % 4u) * 2048u + ((v3 / 128u) % 64u) * 32u + (v3 % 32u);
      let v5: f32 = work[1574912u + (v4 / 2048u) * 2048u + ((v4 / 32u) % 64u) * 32u + (v4 % 32u)];
      let v6: u32 = min(m0 + 2u, 2047u) * 128u + k;
      let v7: u32 = (v6 / 8192u) * 8192u + ((v6 / 32u) % 4u) * 2048u + ((v6 / 128u) % 64u) * 32u + (v6 % 32u);
      let v8: f32 = work[1574912u + (v7 / 2048u) * 2048u + ((v7 / 32u) % 64u) * 32u + (v7 % 32u)];
      let v9: u32 = min(m0 + 3u, 2047u) * 128u + k;
      let v10: u32 = (v9 / 8192u) * 8192u + ((v9 / 32u) % 4u) * 2048u + ((v9 / 128u) % 64u) * 32u + (v9 % 32u);
      let v11: f32 = work[1574912u + (v10 / 2048u) * 2048u + ((v10 / 32u) % 64u) * 32u + (v10 % 32u)];
      let v12: f32 = params[53760u + n0 * 128u + k];
      let v13: f32 = params[53760u + min(n0 + 1u, 127u) * 128u + k];
      let v14: f32 = params[53760u + min(n0 + 2u, 127u) * 128u + k];
      let v15: f32 = params[53760u + min(n0 + 3u, 127u) * 128u + k];
      acc_0_0 = fma(v2, v12, acc_0_0);
      acc_0_1 = fma(v2, v13, acc_0_1);
      acc_0_2 = fma(v2, v14, acc_0_2);
      acc_0_3 = fma(v2, v15, acc_0_3);
      acc_1_0 = fma(v5, v12, acc_1_0);
      acc_1_1 = fma(v5, v13, acc_1_1);
      acc_1_2 = fma(v5, v14, acc_1_2);
      acc_1_3 = fma(v5, v15, acc_1_3);
      acc_2_0 = fma(v8, v12, acc_2_0);
      acc_2_1 = fma(v8, v13, acc_2_1);
      acc_2_2 = fma(v8, v14, acc_2_2);
      acc_2_3 = fma(v8, v15, acc_2_3);
      acc_3_0 = fma(v11, v12, acc_3_0);
      acc_3_1 = fma(v11, v13, acc_3_1);
      acc_3_2 = fma(v11, v14, acc_3_2);
      acc_3_3 = fma(v11, v15, acc_3_3);
    }
    if (m0 + 0u < 2048u && n0 + 0u < 128u) {
      work[1050624u + m0 * 128u + n0] = acc_0_0;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 128u) {
      work[1050624u + m0 * 128u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 128u) {
      work[1050624u + m0 * 128u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 128u) {
      work[1050624u + m0 * 128u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 128u) {
      work[1050624u + (m0 + 1u) * 128u + n0] = acc_1_0;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 128u) {
      work[1050624u + (m0 + 1u) * 128u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 128u) {
      work[1050624u + (m0 + 1u) * 128u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 128u) {
      work[1050624u + (m0 + 1u) * 128u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 128u) {
      work[1050624u + (m0 + 2u) * 128u + n0] = acc_2_0;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 128u) {
      work[1050624u + (m0 + 2u) * 128u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 128u) {
      work[1050624u + (m0 + 2u) * 128u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 128u) {
      work[1050624u + (m0 + 2u) * 128u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 128u) {
      work[1050624u + (m0 + 3u) * 128u + n0] = acc_3_0;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 128u) {
      work[1050624u + (m0 + 3u) * 128u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 128u) {
      work[1050624u + (m0 + 3u) * 128u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 128u) {
      work[1050624u + (m0 + 3u) * 128u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks0_a_grad_matmul_7 (matmul, 16 workgroups, train_step.085.blocks0_a_grad_matmul_7.wgsl) from specs/char-gpt.model:16
// blocks0_a_grad_matmul_7: matmul kernel (mdlc)
// from specs/char-gpt.model:16
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
    for (var k = 0u; k < 2048u + opaque; k++) {
      let v0: u32 = k * 128u + m0;
      let v1: f32 = work[788480u + (v0 / 8192u) * 8192u + ((v0 / 128u) % 64u) * 128u + (v0 % 128u)];
      let v2: u32 = k * 128u + min(m0 + 1u, 127u);
      let v3: f32 = work[788480u + (v2 / 8192u) * 8192u + ((v2 / 128u) % 64u) * 128u + (v2 % 128u)];
      let v4: u32 = k * 128u + min(m0 + 2u, 127u);
      let v5: f32 = work[788480u + (v4 / 8192u) * 8192u + ((v4 / 128u) % 64u) * 128u + (v4 % 128u)];
      let v6: u32 = k * 128u + min(m0 + 3u, 127u);
      let v7: f32 = work[788480u + (v6 / 8192u) * 8192u + ((v6 / 128u) % 64u) * 128u + (v6 % 128u)];
      let v8: u32 = k * 128u + n0;
      let v9: u32 = (v8 / 8192u) * 8192u + ((v8 / 32u) % 4u) * 2048u + ((v8 / 128u) % 64u) * 32u + (v8 % 32u);
      let v10: f32 = work[1574912u + (v9 / 2048u) * 2048u + ((v9 / 32u) % 64u) * 32u + (v9 % 32u)];
      let v11: u32 = k * 128u + min(n0 + 1u, 127u);
      let v12: u32 = (v11 / 8192u) * 8192u + ((v11 / 32u) % 4u) * 2048u + ((v11 / 128u) % 64u) * 32u + (v11 % 32u);
      let v13: f32 = work[1574912u + (v12 / 2048u) * 2048u + ((v12 / 32u) % 64u) * 32u + (v12 % 32u)];
      let v14: u32 = k * 128u + min(n0 + 2u, 127u);
      let v15: u32 = (v14 / 8192u) * 8192u + ((v14 / 32u) % 4u) * 2048u + ((v14 / 128u) % 64u) * 32u + (v14 % 32u);
      let v16: f32 = work[1574912u + (v15 / 2048u) * 2048u + ((v15 / 32u) % 64u) * 32u + (v15 % 32u)];
      let v17: u32 = k * 128u + min(n0 + 3u, 127u);
      let v18: u32 = (v17 / 8192u) * 8192u + ((v17 / 32u) % 4u) * 2048u + ((v17 / 128u) % 64u) * 32u + (v17 % 32u);
      let v19: f32 = work[1574912u + (v18 / 2048u) * 2048u + ((v18 / 32u) % 64u) * 32u + (v18 % 32u)];
      acc_0_0 = fma(v1, v10, acc_0_0);
      acc_0_1 = fma(v1, v13, acc_0_1);
      acc_0_2 = fma(v1, v16, acc_0_2);
      acc_0_3 = fma(v1, v19, acc_0_3);
      acc_1_0 = fma(v3, v10, acc_1_0);
      acc_1_1 = fma(v3, v13, acc_1_1);
      acc_1_2 = fma(v3, v16, acc_1_2);
      acc_1_3 = fma(v3, v19, acc_1_3);
      acc_2_0 = fma(v5, v10, acc_2_0);
      acc_2_1 = fma(v5, v13, acc_2_1);
      acc_2_2 = fma(v5, v16, acc_2_2);
      acc_2_3 = fma(v5, v19, acc_2_3);
      acc_3_0 = fma(v7, v10, acc_3_0);
      acc_3_1 = fma(v7, v13, acc_3_1);
      acc_3_2 = fma(v7, v16, acc_3_2);
      acc_3_3 = fma(v7, v19, acc_3_3);
    }
    if (m0 + 0u < 128u && n0 + 0u < 128u) {
      work[198400u + m0 * 128u + n0] = acc_0_0;
    }
    if (m0 + 0u < 128u && n0 + 1u < 128u) {
      work[198400u + m0 * 128u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 128u && n0 + 2u < 128u) {
      work[198400u + m0 * 128u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 128u && n0 + 3u < 128u) {
      work[198400u + m0 * 128u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 128u && n0 + 0u < 128u) {
      work[198400u + (m0 + 1u) * 128u + n0] = acc_1_0;
    }
    if (m0 + 1u < 128u && n0 + 1u < 128u) {
      work[198400u + (m0 + 1u) * 128u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 128u && n0 + 2u < 128u) {
      work[198400u + (m0 + 1u) * 128u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 128u && n0 + 3u < 128u) {
      work[198400u + (m0 + 1u) * 128u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 128u && n0 + 0u < 128u) {
      work[198400u + (m0 + 2u) * 128u + n0] = acc_2_0;
    }
    if (m0 + 2u < 128u && n0 + 1u < 128u) {
      work[198400u + (m0 + 2u) * 128u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 128u && n0 + 2u < 128u) {
      work[198400u + (m0 + 2u) * 128u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 128u && n0 + 3u < 128u) {
      work[198400u + (m0 + 2u) * 128u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 128u && n0 + 0u < 128u) {
      work[198400u + (m0 + 3u) * 128u + n0] = acc_3_0;
    }
    if (m0 + 3u < 128u && n0 + 1u < 128u) {
      work[198400u + (m0 + 3u) * 128u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 128u && n0 + 2u < 128u) {
      work[198400u + (m0 + 3u) * 128u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 128u && n0 + 3u < 128u) {
      work[198400u + (m0 + 3u) * 128u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks0_a_grad_sum_3 (reduce, 2 workgroups, train_step.086.blocks0_a_grad_sum_3.wgsl) from specs/char-gpt.model:16
// blocks0_a_grad_sum_3: reduce kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 128u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 2048u + opaque; j++) {
      let v2: u32 = j * 128u + r;
      let v3: u32 = (v2 / 8192u) * 8192u + ((v2 / 32u) % 4u) * 2048u + ((v2 / 128u) % 64u) * 32u + (v2 % 32u);
      let v4: f32 = work[1312768u + (v3 / 2048u) * 2048u + ((v3 / 32u) % 64u) * 32u + (v3 % 32u)];
      acc0 += v4;
    }
    work[214784u + r] = acc0;
  }
}
// ---- blocks0_a_grad_matmul_8 (matmul, 256 workgroups, train_step.087.blocks0_a_grad_matmul_8.wgsl) from specs/char-gpt.model:16
// blocks0_a_grad_matmul_8: matmul kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 16384u; t += stride) {
    let rem = t % 16384u;
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
      let v0: u32 = m0 * 128u + k;
      let v1: u32 = (v0 / 8192u) * 8192u + ((v0 / 32u) % 4u) * 2048u + ((v0 / 128u) % 64u) * 32u + (v0 % 32u);
      let v2: f32 = work[1312768u + (v1 / 2048u) * 2048u + ((v1 / 32u) % 64u) * 32u + (v1 % 32u)];
      let v3: u32 = min(m0 + 1u, 2047u) * 128u + k;
      let v4: u32 = (v3 / 8192u) * 8192u + ((v3 / 32u) % 4u) * 2048u + ((v3 / 128u) % 64u) * 32u + (v3 % 32u);
      let v5: f32 = work[1312768u + (v4 / 2048u) * 2048u + ((v4 / 32u) % 64u) * 32u + (v4 % 32u)];
      let v6: u32 = min(m0 + 2u, 2047u) * 128u + k;
      let v7: u32 = (v6 / 8192u) * 8192u + ((v6 / 32u) % 4u) * 2048u + ((v6 / 128u) % 64u) * 32u + (v6 % 32u);
      let v8: f32 = work[1312768u + (v7 / 2048u) * 2048u + ((v7 / 32u) % 64u) * 32u + (v7 % 32u)];
      let v9: u32 = min(m0 + 3u, 2047u) * 128u + k;
      let v10: u32 = (v9 / 8192u) * 8192u + ((v9 / 32u) % 4u) * 2048u + ((v9 / 128u) % 64u) * 32u + (v9 % 32u);
      let v11: f32 = work[1312768u + (v10 / 2048u) * 2048u + ((v10 / 32u) % 64u) * 32u + (v10 % 32u)];
      let v12: f32 = params[37248u + n0 * 128u + k];
      let v13: f32 = params[37248u + min(n0 + 1u, 127u) * 128u + k];
      let v14: f32 = params[37248u + min(n0 + 2u, 127u) * 128u + k];
      let v15: f32 = params[37248u + min(n0 + 3u, 127u) * 128u + k];
      acc_0_0 = fma(v2, v12, acc_0_0);
      acc_0_1 = fma(v2, v13, acc_0_1);
      acc_0_2 = fma(v2, v14, acc_0_2);
      acc_0_3 = fma(v2, v15, acc_0_3);
      acc_1_0 = fma(v5, v12, acc_1_0);
      acc_1_1 = fma(v5, v13, acc_1_1);
      acc_1_2 = fma(v5, v14, acc_1_2);
      acc_1_3 = fma(v5, v15, acc_1_3);
      acc_2_0 = fma(v8, v12, acc_2_0);
      acc_2_1 = fma(v8, v13, acc_2_1);
      acc_2_2 = fma(v8, v14, acc_2_2);
      acc_2_3 = fma(v8, v15, acc_2_3);
      acc_3_0 = fma(v11, v12, acc_3_0);
      acc_3_1 = fma(v11, v13, acc_3_1);
      acc_3_2 = fma(v11, v14, acc_3_2);
      acc_3_3 = fma(v11, v15, acc_3_3);
    }
    if (m0 + 0u < 2048u && n0 + 0u < 128u) {
      work[1574912u + m0 * 128u + n0] = acc_0_0;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 128u) {
      work[1574912u + m0 * 128u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 128u) {
      work[1574912u + m0 * 128u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 128u) {
      work[1574912u + m0 * 128u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 128u) {
      work[1574912u + (m0 + 1u) * 128u + n0] = acc_1_0;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 128u) {
      work[1574912u + (m0 + 1u) * 128u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 128u) {
      work[1574912u + (m0 + 1u) * 128u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 128u) {
      work[1574912u + (m0 + 1u) * 128u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 128u) {
      work[1574912u + (m0 + 2u) * 128u + n0] = acc_2_0;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 128u) {
      work[1574912u + (m0 + 2u) * 128u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 128u) {
      work[1574912u + (m0 + 2u) * 128u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 128u) {
      work[1574912u + (m0 + 2u) * 128u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 128u) {
      work[1574912u + (m0 + 3u) * 128u + n0] = acc_3_0;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 128u) {
      work[1574912u + (m0 + 3u) * 128u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 128u) {
      work[1574912u + (m0 + 3u) * 128u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 128u) {
      work[1574912u + (m0 + 3u) * 128u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks0_a_grad_matmul_9 (matmul, 16 workgroups, train_step.088.blocks0_a_grad_matmul_9.wgsl) from specs/char-gpt.model:16
// blocks0_a_grad_matmul_9: matmul kernel (mdlc)
// from specs/char-gpt.model:16
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
    for (var k = 0u; k < 2048u + opaque; k++) {
      let v0: u32 = k * 128u + m0;
      let v1: f32 = work[788480u + (v0 / 8192u) * 8192u + ((v0 / 128u) % 64u) * 128u + (v0 % 128u)];
      let v2: u32 = k * 128u + min(m0 + 1u, 127u);
      let v3: f32 = work[788480u + (v2 / 8192u) * 8192u + ((v2 / 128u) % 64u) * 128u + (v2 % 128u)];
      let v4: u32 = k * 128u + min(m0 + 2u, 127u);
      let v5: f32 = work[788480u + (v4 / 8192u) * 8192u + ((v4 / 128u) % 64u) * 128u + (v4 % 128u)];
      let v6: u32 = k * 128u + min(m0 + 3u, 127u);
      let v7: f32 = work[788480u + (v6 / 8192u) * 8192u + ((v6 / 128u) % 64u) * 128u + (v6 % 128u)];
      let v8: u32 = k * 128u + n0;
      let v9: u32 = (v8 / 8192u) * 8192u + ((v8 / 32u) % 4u) * 2048u + ((v8 / 128u) % 64u) * 32u + (v8 % 32u);
      let v10: f32 = work[1312768u + (v9 / 2048u) * 2048u + ((v9 / 32u) % 64u) * 32u + (v9 % 32u)];
      let v11: u32 = k * 128u + min(n0 + 1u, 127u);
      let v12: u32 = (v11 / 8192u) * 8192u + ((v11 / 32u) % 4u) * 2048u + ((v11 / 128u) % 64u) * 32u + (v11 % 32u);
      let v13: f32 = work[1312768u + (v12 / 2048u) * 2048u + ((v12 / 32u) % 64u) * 32u + (v12 % 32u)];
      let v14: u32 = k * 128u + min(n0 + 2u, 127u);
      let v15: u32 = (v14 / 8192u) * 8192u + ((v14 / 32u) % 4u) * 2048u + ((v14 / 128u) % 64u) * 32u + (v14 % 32u);
      let v16: f32 = work[1312768u + (v15 / 2048u) * 2048u + ((v15 / 32u) % 64u) * 32u + (v15 % 32u)];
      let v17: u32 = k * 128u + min(n0 + 3u, 127u);
      let v18: u32 = (v17 / 8192u) * 8192u + ((v17 / 32u) % 4u) * 2048u + ((v17 / 128u) % 64u) * 32u + (v17 % 32u);
      let v19: f32 = work[1312768u + (v18 / 2048u) * 2048u + ((v18 / 32u) % 64u) * 32u + (v18 % 32u)];
      acc_0_0 = fma(v1, v10, acc_0_0);
      acc_0_1 = fma(v1, v13, acc_0_1);
      acc_0_2 = fma(v1, v16, acc_0_2);
      acc_0_3 = fma(v1, v19, acc_0_3);
      acc_1_0 = fma(v3, v10, acc_1_0);
      acc_1_1 = fma(v3, v13, acc_1_1);
      acc_1_2 = fma(v3, v16, acc_1_2);
      acc_1_3 = fma(v3, v19, acc_1_3);
      acc_2_0 = fma(v5, v10, acc_2_0);
      acc_2_1 = fma(v5, v13, acc_2_1);
      acc_2_2 = fma(v5, v16, acc_2_2);
      acc_2_3 = fma(v5, v19, acc_2_3);
      acc_3_0 = fma(v7, v10, acc_3_0);
      acc_3_1 = fma(v7, v13, acc_3_1);
      acc_3_2 = fma(v7, v16, acc_3_2);
      acc_3_3 = fma(v7, v19, acc_3_3);
    }
    if (m0 + 0u < 128u && n0 + 0u < 128u) {
      work[214912u + m0 * 128u + n0] = acc_0_0;
    }
    if (m0 + 0u < 128u && n0 + 1u < 128u) {
      work[214912u + m0 * 128u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 128u && n0 + 2u < 128u) {
      work[214912u + m0 * 128u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 128u && n0 + 3u < 128u) {
      work[214912u + m0 * 128u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 128u && n0 + 0u < 128u) {
      work[214912u + (m0 + 1u) * 128u + n0] = acc_1_0;
    }
    if (m0 + 1u < 128u && n0 + 1u < 128u) {
      work[214912u + (m0 + 1u) * 128u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 128u && n0 + 2u < 128u) {
      work[214912u + (m0 + 1u) * 128u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 128u && n0 + 3u < 128u) {
      work[214912u + (m0 + 1u) * 128u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 128u && n0 + 0u < 128u) {
      work[214912u + (m0 + 2u) * 128u + n0] = acc_2_0;
    }
    if (m0 + 2u < 128u && n0 + 1u < 128u) {
      work[214912u + (m0 + 2u) * 128u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 128u && n0 + 2u < 128u) {
      work[214912u + (m0 + 2u) * 128u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 128u && n0 + 3u < 128u) {
      work[214912u + (m0 + 2u) * 128u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 128u && n0 + 0u < 128u) {
      work[214912u + (m0 + 3u) * 128u + n0] = acc_3_0;
    }
    if (m0 + 3u < 128u && n0 + 1u < 128u) {
      work[214912u + (m0 + 3u) * 128u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 128u && n0 + 2u < 128u) {
      work[214912u + (m0 + 3u) * 128u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 128u && n0 + 3u < 128u) {
      work[214912u + (m0 + 3u) * 128u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks0_a_grad_sum_4 (reduce, 2 workgroups, train_step.089.blocks0_a_grad_sum_4.wgsl) from specs/char-gpt.model:16
// blocks0_a_grad_sum_4: reduce kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 128u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 2048u + opaque; j++) {
      let v2: u32 = j * 128u + r;
      let v3: u32 = (v2 / 8192u) * 8192u + ((v2 / 32u) % 4u) * 2048u + ((v2 / 128u) % 64u) * 32u + (v2 % 32u);
      let v4: f32 = work[2361344u + (v3 / 2048u) * 2048u + ((v3 / 32u) % 64u) * 32u + (v3 % 32u)];
      acc0 += v4;
    }
    work[231296u + r] = acc0;
  }
}
// ---- blocks0_a_grad_matmul_10 (matmul, 256 workgroups, train_step.090.blocks0_a_grad_matmul_10.wgsl) from specs/char-gpt.model:16
// blocks0_a_grad_matmul_10: matmul kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 16384u; t += stride) {
    let rem = t % 16384u;
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
      let v0: u32 = m0 * 128u + k;
      let v1: u32 = (v0 / 8192u) * 8192u + ((v0 / 32u) % 4u) * 2048u + ((v0 / 128u) % 64u) * 32u + (v0 % 32u);
      let v2: f32 = work[2361344u + (v1 / 2048u) * 2048u + ((v1 / 32u) % 64u) * 32u + (v1 % 32u)];
      let v3: u32 = min(m0 + 1u, 2047u) * 128u + k;
      let v4: u32 = (v3 / 8192u) * 8192u + ((v3 / 32u) % 4u) * 2048u + ((v3 / 128u) % 64u) * 32u + (v3 % 32u);
      let v5: f32 = work[2361344u + (v4 / 2048u) * 2048u + ((v4 / 32u) % 64u) * 32u + (v4 % 32u)];
      let v6: u32 = min(m0 + 2u, 2047u) * 128u + k;
      let v7: u32 = (v6 / 8192u) * 8192u + ((v6 / 32u) % 4u) * 2048u + ((v6 / 128u) % 64u) * 32u + (v6 % 32u);
      let v8: f32 = work[2361344u + (v7 / 2048u) * 2048u + ((v7 / 32u) % 64u) * 32u + (v7 % 32u)];
      let v9: u32 = min(m0 + 3u, 2047u) * 128u + k;
      let v10: u32 = (v9 / 8192u) * 8192u + ((v9 / 32u) % 4u) * 2048u + ((v9 / 128u) % 64u) * 32u + (v9 % 32u);
      let v11: f32 = work[2361344u + (v10 / 2048u) * 2048u + ((v10 / 32u) % 64u) * 32u + (v10 % 32u)];
      let v12: f32 = params[20736u + n0 * 128u + k];
      let v13: f32 = params[20736u + min(n0 + 1u, 127u) * 128u + k];
      let v14: f32 = params[20736u + min(n0 + 2u, 127u) * 128u + k];
      let v15: f32 = params[20736u + min(n0 + 3u, 127u) * 128u + k];
      acc_0_0 = fma(v2, v12, acc_0_0);
      acc_0_1 = fma(v2, v13, acc_0_1);
      acc_0_2 = fma(v2, v14, acc_0_2);
      acc_0_3 = fma(v2, v15, acc_0_3);
      acc_1_0 = fma(v5, v12, acc_1_0);
      acc_1_1 = fma(v5, v13, acc_1_1);
      acc_1_2 = fma(v5, v14, acc_1_2);
      acc_1_3 = fma(v5, v15, acc_1_3);
      acc_2_0 = fma(v8, v12, acc_2_0);
      acc_2_1 = fma(v8, v13, acc_2_1);
      acc_2_2 = fma(v8, v14, acc_2_2);
      acc_2_3 = fma(v8, v15, acc_2_3);
      acc_3_0 = fma(v11, v12, acc_3_0);
      acc_3_1 = fma(v11, v13, acc_3_1);
      acc_3_2 = fma(v11, v14, acc_3_2);
      acc_3_3 = fma(v11, v15, acc_3_3);
    }
    if (m0 + 0u < 2048u && n0 + 0u < 128u) {
      work[1312768u + m0 * 128u + n0] = acc_0_0;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 128u) {
      work[1312768u + m0 * 128u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 128u) {
      work[1312768u + m0 * 128u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 128u) {
      work[1312768u + m0 * 128u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 128u) {
      work[1312768u + (m0 + 1u) * 128u + n0] = acc_1_0;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 128u) {
      work[1312768u + (m0 + 1u) * 128u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 128u) {
      work[1312768u + (m0 + 1u) * 128u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 128u) {
      work[1312768u + (m0 + 1u) * 128u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 128u) {
      work[1312768u + (m0 + 2u) * 128u + n0] = acc_2_0;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 128u) {
      work[1312768u + (m0 + 2u) * 128u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 128u) {
      work[1312768u + (m0 + 2u) * 128u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 128u) {
      work[1312768u + (m0 + 2u) * 128u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 128u) {
      work[1312768u + (m0 + 3u) * 128u + n0] = acc_3_0;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 128u) {
      work[1312768u + (m0 + 3u) * 128u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 128u) {
      work[1312768u + (m0 + 3u) * 128u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 128u) {
      work[1312768u + (m0 + 3u) * 128u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks0_a_grad_matmul_11 (matmul, 16 workgroups, train_step.091.blocks0_a_grad_matmul_11.wgsl) from specs/char-gpt.model:16
// blocks0_a_grad_matmul_11: matmul kernel (mdlc)
// from specs/char-gpt.model:16
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
    for (var k = 0u; k < 2048u + opaque; k++) {
      let v0: u32 = k * 128u + m0;
      let v1: f32 = work[788480u + (v0 / 8192u) * 8192u + ((v0 / 128u) % 64u) * 128u + (v0 % 128u)];
      let v2: u32 = k * 128u + min(m0 + 1u, 127u);
      let v3: f32 = work[788480u + (v2 / 8192u) * 8192u + ((v2 / 128u) % 64u) * 128u + (v2 % 128u)];
      let v4: u32 = k * 128u + min(m0 + 2u, 127u);
      let v5: f32 = work[788480u + (v4 / 8192u) * 8192u + ((v4 / 128u) % 64u) * 128u + (v4 % 128u)];
      let v6: u32 = k * 128u + min(m0 + 3u, 127u);
      let v7: f32 = work[788480u + (v6 / 8192u) * 8192u + ((v6 / 128u) % 64u) * 128u + (v6 % 128u)];
      let v8: u32 = k * 128u + n0;
      let v9: u32 = (v8 / 8192u) * 8192u + ((v8 / 32u) % 4u) * 2048u + ((v8 / 128u) % 64u) * 32u + (v8 % 32u);
      let v10: f32 = work[2361344u + (v9 / 2048u) * 2048u + ((v9 / 32u) % 64u) * 32u + (v9 % 32u)];
      let v11: u32 = k * 128u + min(n0 + 1u, 127u);
      let v12: u32 = (v11 / 8192u) * 8192u + ((v11 / 32u) % 4u) * 2048u + ((v11 / 128u) % 64u) * 32u + (v11 % 32u);
      let v13: f32 = work[2361344u + (v12 / 2048u) * 2048u + ((v12 / 32u) % 64u) * 32u + (v12 % 32u)];
      let v14: u32 = k * 128u + min(n0 + 2u, 127u);
      let v15: u32 = (v14 / 8192u) * 8192u + ((v14 / 32u) % 4u) * 2048u + ((v14 / 128u) % 64u) * 32u + (v14 % 32u);
      let v16: f32 = work[2361344u + (v15 / 2048u) * 2048u + ((v15 / 32u) % 64u) * 32u + (v15 % 32u)];
      let v17: u32 = k * 128u + min(n0 + 3u, 127u);
      let v18: u32 = (v17 / 8192u) * 8192u + ((v17 / 32u) % 4u) * 2048u + ((v17 / 128u) % 64u) * 32u + (v17 % 32u);
      let v19: f32 = work[2361344u + (v18 / 2048u) * 2048u + ((v18 / 32u) % 64u) * 32u + (v18 % 32u)];
      acc_0_0 = fma(v1, v10, acc_0_0);
      acc_0_1 = fma(v1, v13, acc_0_1);
      acc_0_2 = fma(v1, v16, acc_0_2);
      acc_0_3 = fma(v1, v19, acc_0_3);
      acc_1_0 = fma(v3, v10, acc_1_0);
      acc_1_1 = fma(v3, v13, acc_1_1);
      acc_1_2 = fma(v3, v16, acc_1_2);
      acc_1_3 = fma(v3, v19, acc_1_3);
      acc_2_0 = fma(v5, v10, acc_2_0);
      acc_2_1 = fma(v5, v13, acc_2_1);
      acc_2_2 = fma(v5, v16, acc_2_2);
      acc_2_3 = fma(v5, v19, acc_2_3);
      acc_3_0 = fma(v7, v10, acc_3_0);
      acc_3_1 = fma(v7, v13, acc_3_1);
      acc_3_2 = fma(v7, v16, acc_3_2);
      acc_3_3 = fma(v7, v19, acc_3_3);
    }
    if (m0 + 0u < 128u && n0 + 0u < 128u) {
      work[231424u + m0 * 128u + n0] = acc_0_0;
    }
    if (m0 + 0u < 128u && n0 + 1u < 128u) {
      work[231424u + m0 * 128u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 128u && n0 + 2u < 128u) {
      work[231424u + m0 * 128u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 128u && n0 + 3u < 128u) {
      work[231424u + m0 * 128u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 128u && n0 + 0u < 128u) {
      work[231424u + (m0 + 1u) * 128u + n0] = acc_1_0;
    }
    if (m0 + 1u < 128u && n0 + 1u < 128u) {
      work[231424u + (m0 + 1u) * 128u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 128u && n0 + 2u < 128u) {
      work[231424u + (m0 + 1u) * 128u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 128u && n0 + 3u < 128u) {
      work[231424u + (m0 + 1u) * 128u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 128u && n0 + 0u < 128u) {
      work[231424u + (m0 + 2u) * 128u + n0] = acc_2_0;
    }
    if (m0 + 2u < 128u && n0 + 1u < 128u) {
      work[231424u + (m0 + 2u) * 128u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 128u && n0 + 2u < 128u) {
      work[231424u + (m0 + 2u) * 128u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 128u && n0 + 3u < 128u) {
      work[231424u + (m0 + 2u) * 128u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 128u && n0 + 0u < 128u) {
      work[231424u + (m0 + 3u) * 128u + n0] = acc_3_0;
    }
    if (m0 + 3u < 128u && n0 + 1u < 128u) {
      work[231424u + (m0 + 3u) * 128u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 128u && n0 + 2u < 128u) {
      work[231424u + (m0 + 3u) * 128u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 128u && n0 + 3u < 128u) {
      work[231424u + (m0 + 3u) * 128u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks0_a_layer_norm_grad_sum (reduce, 2 workgroups, train_step.092.blocks0_a_layer_norm_grad_sum.wgsl) from specs/char-gpt.model:16
// blocks0_a_layer_norm_grad_sum: reduce kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 128u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 2048u + opaque; j++) {
      let v2: u32 = (j / 64u) * 8192u + (j % 64u) * 128u + r;
      let v3: f32 = work[1050624u + (v2 / 128u) * 128u + (v2 % 128u)];
      let v4: u32 = (j / 64u) * 8192u + (j % 64u) * 128u + r;
      let v5: f32 = work[1574912u + (v4 / 128u) * 128u + (v4 % 128u)];
      let v6: f32 = (v3 + v5);
      let v7: u32 = (j / 64u) * 8192u + (j % 64u) * 128u + r;
      let v8: f32 = work[1312768u + (v7 / 128u) * 128u + (v7 % 128u)];
      let v9: f32 = (v6 + v8);
      acc0 += v9;
    }
    var acc10: f32 = 0.0f;
    for (var j = 0u; j < 2048u + opaque; j++) {
      let v12: u32 = (j / 64u) * 8192u + (j % 64u) * 128u + r;
      let v13: f32 = work[1050624u + (v12 / 128u) * 128u + (v12 % 128u)];
      let v14: u32 = (j / 64u) * 8192u + (j % 64u) * 128u + r;
      let v15: f32 = work[1574912u + (v14 / 128u) * 128u + (v14 % 128u)];
      let v16: f32 = (v13 + v15);
      let v17: u32 = (j / 64u) * 8192u + (j % 64u) * 128u + r;
      let v18: f32 = work[1312768u + (v17 / 128u) * 128u + (v17 % 128u)];
      let v19: f32 = (v16 + v18);
      let v20: f32 = (v19 * work[526336u + (j / 64u) * 8192u + (j % 64u) * 128u + r]);
      acc10 += v20;
    }
    work[247808u + r] = acc0;
    work[247936u + r] = acc10;
    for (var j = 0u; j < 2048u + opaque; j++) {
      let v21: u32 = (j / 64u) * 8192u + (j % 64u) * 128u + r;
      let v22: f32 = work[1050624u + (v21 / 128u) * 128u + (v21 % 128u)];
      let v23: u32 = (j / 64u) * 8192u + (j % 64u) * 128u + r;
      let v24: f32 = work[1574912u + (v23 / 128u) * 128u + (v23 % 128u)];
      let v25: f32 = (v22 + v24);
      let v26: u32 = (j / 64u) * 8192u + (j % 64u) * 128u + r;
      let v27: f32 = work[1312768u + (v26 / 128u) * 128u + (v26 % 128u)];
      let v28: f32 = (v25 + v27);
      let v29: f32 = params[20480u + r];
      let v30: f32 = (v28 * v29);
      work[788480u + (j / 64u) * 8192u + (j % 64u) * 128u + r] = v30;
    }
  }
}
// ---- pos_grad_sum (reduce, 32 workgroups, train_step.093.pos_grad_sum.wgsl) from specs/char-gpt.model:16, specs/char-gpt.model:18, specs/char-gpt.model:23
// pos_grad_sum: reduce kernel (mdlc)
// from specs/char-gpt.model:16, specs/char-gpt.model:18, specs/char-gpt.model:23
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 2048u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 128u + opaque; j++) {
      let v2: f32 = (work[788480u + (r / 64u) * 8192u + (r % 64u) * 128u + j] * work[526336u + (r / 64u) * 8192u + (r % 64u) * 128u + j]);
      let v3: f32 = (v2 / work[524288u + (r / 64u) * 64u + (r % 64u)]);
      let v4: f32 = (-v3);
      acc0 += v4;
    }
    var acc5: f32 = 0.0f;
    for (var j = 0u; j < 128u + opaque; j++) {
      let v7: f32 = (work[788480u + (r / 64u) * 8192u + (r % 64u) * 128u + j] / work[524288u + (r / 64u) * 64u + (r % 64u)]);
      let v8: f32 = (acc0 * 0.5f);
      let v9: f32 = (v8 / work[524288u + (r / 64u) * 64u + (r % 64u)]);
      let v10: f32 = (v9 * 0.0078125f);
      let v11: f32 = (v10 * work[262144u + (r / 64u) * 8192u + (r % 64u) * 128u + j]);
      let v12: f32 = (v7 + v11);
      let v13: f32 = (v12 + v11);
      let v14: f32 = (-v13);
      acc5 += v14;
    }
    for (var j = 0u; j < 128u + opaque; j++) {
      let v15: f32 = (work[788480u + (r / 64u) * 8192u + (r % 64u) * 128u + j] / work[524288u + (r / 64u) * 64u + (r % 64u)]);
      let v16: f32 = (acc0 * 0.5f);
      let v17: f32 = (v16 / work[524288u + (r / 64u) * 64u + (r % 64u)]);
      let v18: f32 = (v17 * 0.0078125f);
      let v19: f32 = (v18 * work[262144u + (r / 64u) * 8192u + (r % 64u) * 128u + j]);
      let v20: f32 = (v15 + v19);
      let v21: f32 = (v20 + v19);
      let v22: f32 = (work[4472832u + (r / 64u) * 8192u + (r % 64u) * 128u + j] + v21);
      let v23: f32 = (acc5 * 0.0078125f);
      let v24: f32 = (v22 + v23);
      work[1050624u + (r / 64u) * 8192u + (r % 64u) * 128u + j] = v24;
    }
  }
}
// ---- pos_grad_sum_1 (reduce, 128 workgroups, train_step.094.pos_grad_sum_1.wgsl) from specs/char-gpt.model:23
// pos_grad_sum_1: reduce kernel (mdlc)
// from specs/char-gpt.model:23
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 8192u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 32u + opaque; j++) {
      acc0 += work[1050624u + j * 8192u + (r / 128u) * 128u + (r % 128u)];
    }
    work[248064u + (r / 128u) * 128u + (r % 128u)] = acc0;
  }
}
// ---- tok_grad_scatter (scatter, 2 workgroups, train_step.095.tok_grad_scatter.wgsl) from specs/char-gpt.model:22
// tok_grad_scatter: scatter kernel (mdlc)
// from specs/char-gpt.model:22
@group(0) @binding(2) var<storage, read> data: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var v = gid.x; v < 96u; v += stride) {
    for (var d = 0u; d < 128u; d++) {
      work[256256u + v * 128u + d] = 0.0f;
    }
    for (var i = 0u; i < 2048u; i++) {
      if (bitcast<i32>(data[(i / 64u) * 64u + (i % 64u)]) == i32(v)) {
        for (var d = 0u; d < 128u; d++) {
          work[256256u + v * 128u + d] = work[256256u + v * 128u + d] + work[1050624u + (i / 64u) * 8192u + (i % 64u) * 128u + d];
        }
      }
    }
  }
}
// ---- optimizer_sum (elementwise, 1 workgroups, train_step.096.optimizer_sum.wgsl) from 
// optimizer_sum: elementwise kernel (mdlc)
// from generated code
@group(0) @binding(0) var<storage, read_write> params: array<f32>;
@group(0) @binding(1) var<storage, read_write> state: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s0_acc0: f32 = 0.0f;
      for (var j = 0u; j < 12288u + opaque; j++) {
        let s0_v2: f32 = (work[256256u + (j / 128u) * 128u + (j % 128u)] * work[256256u + (j / 128u) * 128u + (j % 128u)]);
        s0_acc0 += s0_v2;
      }
      work[268544u] = s0_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s1_acc0: f32 = 0.0f;
      for (var j = 0u; j < 8192u + opaque; j++) {
        let s1_v2: u32 = (j / 128u) * 128u + (j % 128u);
        let s1_v3: f32 = work[248064u + ((s1_v2 / 128u) % 64u) * 128u + (s1_v2 % 128u)];
        let s1_v4: f32 = (s1_v3 * s1_v3);
        s1_acc0 += s1_v4;
      }
      work[268548u] = s1_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s2_acc0: f32 = 0.0f;
      for (var j = 0u; j < 16384u + opaque; j++) {
        let s2_v2: f32 = (work[231424u + (j / 128u) * 128u + (j % 128u)] * work[231424u + (j / 128u) * 128u + (j % 128u)]);
        s2_acc0 += s2_v2;
      }
      work[268560u] = s2_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s3_acc0: f32 = 0.0f;
      for (var j = 0u; j < 16384u + opaque; j++) {
        let s3_v2: f32 = (work[214912u + (j / 128u) * 128u + (j % 128u)] * work[214912u + (j / 128u) * 128u + (j % 128u)]);
        s3_acc0 += s3_v2;
      }
      work[268568u] = s3_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s4_acc0: f32 = 0.0f;
      for (var j = 0u; j < 16384u + opaque; j++) {
        let s4_v2: f32 = (work[198400u + (j / 128u) * 128u + (j % 128u)] * work[198400u + (j / 128u) * 128u + (j % 128u)]);
        s4_acc0 += s4_v2;
      }
      work[268576u] = s4_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s5_acc0: f32 = 0.0f;
      for (var j = 0u; j < 16384u + opaque; j++) {
        let s5_v2: f32 = (work[181888u + (j / 128u) * 128u + (j % 128u)] * work[181888u + (j / 128u) * 128u + (j % 128u)]);
        s5_acc0 += s5_v2;
      }
      work[268584u] = s5_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s6_acc0: f32 = 0.0f;
      for (var j = 0u; j < 65536u + opaque; j++) {
        let s6_v2: f32 = (work[115968u + (j / 512u) * 512u + (j % 512u)] * work[115968u + (j / 512u) * 512u + (j % 512u)]);
        s6_acc0 += s6_v2;
      }
      work[268600u] = s6_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s7_acc0: f32 = 0.0f;
      for (var j = 0u; j < 512u + opaque; j++) {
        let s7_v2: f32 = work[115456u + (j % 512u)];
        let s7_v3: f32 = (s7_v2 * s7_v2);
        s7_acc0 += s7_v3;
      }
      work[268604u] = s7_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s8_acc0: f32 = 0.0f;
      for (var j = 0u; j < 65536u + opaque; j++) {
        let s8_v2: f32 = (work[49920u + (j / 128u) * 128u + (j % 128u)] * work[49920u + (j / 128u) * 128u + (j % 128u)]);
        s8_acc0 += s8_v2;
      }
      work[268608u] = s8_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s9_acc0: f32 = 0.0f;
      for (var j = 0u; j < 16384u + opaque; j++) {
        let s9_v2: f32 = (work[33152u + (j / 128u) * 128u + (j % 128u)] * work[33152u + (j / 128u) * 128u + (j % 128u)]);
        s9_acc0 += s9_v2;
      }
      work[268624u] = s9_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s10_acc0: f32 = 0.0f;
      for (var j = 0u; j < 16384u + opaque; j++) {
        let s10_v2: f32 = (work[16640u + (j / 128u) * 128u + (j % 128u)] * work[16640u + (j / 128u) * 128u + (j % 128u)]);
        s10_acc0 += s10_v2;
      }
      work[268632u] = s10_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s11_acc0: f32 = 0.0f;
      for (var j = 0u; j < 16384u + opaque; j++) {
        let s11_v2: f32 = (work[128u + (j / 128u) * 128u + (j % 128u)] * work[128u + (j / 128u) * 128u + (j % 128u)]);
        s11_acc0 += s11_v2;
      }
      work[268640u] = s11_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s12_acc0: f32 = 0.0f;
      for (var j = 0u; j < 16384u + opaque; j++) {
        let s12_v2: f32 = (work[4879756u + (j / 128u) * 128u + (j % 128u)] * work[4879756u + (j / 128u) * 128u + (j % 128u)]);
        s12_acc0 += s12_v2;
      }
      work[268648u] = s12_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s13_acc0: f32 = 0.0f;
      for (var j = 0u; j < 65536u + opaque; j++) {
        let s13_v2: f32 = (work[4813836u + (j / 512u) * 512u + (j % 512u)] * work[4813836u + (j / 512u) * 512u + (j % 512u)]);
        s13_acc0 += s13_v2;
      }
      work[268664u] = s13_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s14_acc0: f32 = 0.0f;
      for (var j = 0u; j < 512u + opaque; j++) {
        let s14_v2: f32 = work[4813324u + (j % 512u)];
        let s14_v3: f32 = (s14_v2 * s14_v2);
        s14_acc0 += s14_v3;
      }
      work[268668u] = s14_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s15_acc0: f32 = 0.0f;
      for (var j = 0u; j < 65536u + opaque; j++) {
        let s15_v2: f32 = (work[4747788u + (j / 128u) * 128u + (j % 128u)] * work[4747788u + (j / 128u) * 128u + (j % 128u)]);
        s15_acc0 += s15_v2;
      }
      work[268672u] = s15_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s16_acc0: f32 = 0.0f;
      for (var j = 0u; j < 12288u + opaque; j++) {
        let s16_v2: f32 = (work[4735116u + (j / 96u) * 96u + (j % 96u)] * work[4735116u + (j / 96u) * 96u + (j % 96u)]);
        s16_acc0 += s16_v2;
      }
      work[268688u] = s16_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s17_acc0: f32 = 0.0f;
      for (var j = 0u; j < 96u + opaque; j++) {
        let s17_v2: f32 = work[4735020u + (j % 96u)];
        let s17_v3: f32 = (s17_v2 * s17_v2);
        s17_acc0 += s17_v3;
      }
      work[268692u] = s17_acc0;
    }
  }
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s18_v0: f32 = (state[0u] + 1.0f);
      state[0u] = s18_v0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s19_acc0: f32 = 0.0f;
      for (var j = 0u; j < 128u + opaque; j++) {
        let s19_v2: f32 = work[247936u + (j % 128u)];
        let s19_v3: f32 = (s19_v2 * s19_v2);
        s19_acc0 += s19_v3;
      }
      var s19_acc4: f32 = 0.0f;
      for (var j = 0u; j < 128u + opaque; j++) {
        let s19_v6: f32 = work[247808u + (j % 128u)];
        let s19_v7: f32 = (s19_v6 * s19_v6);
        s19_acc4 += s19_v7;
      }
      var s19_acc8: f32 = 0.0f;
      for (var j = 0u; j < 128u + opaque; j++) {
        let s19_v10: f32 = work[231296u + (j % 128u)];
        let s19_v11: f32 = (s19_v10 * s19_v10);
        s19_acc8 += s19_v11;
      }
      var s19_acc12: f32 = 0.0f;
      for (var j = 0u; j < 128u + opaque; j++) {
        let s19_v14: f32 = work[214784u + (j % 128u)];
        let s19_v15: f32 = (s19_v14 * s19_v14);
        s19_acc12 += s19_v15;
      }
      var s19_acc16: f32 = 0.0f;
      for (var j = 0u; j < 128u + opaque; j++) {
        let s19_v18: f32 = work[198272u + (j % 128u)];
        let s19_v19: f32 = (s19_v18 * s19_v18);
        s19_acc16 += s19_v19;
      }
      var s19_acc20: f32 = 0.0f;
      for (var j = 0u; j < 128u + opaque; j++) {
        let s19_v22: f32 = work[181760u + (j % 128u)];
        let s19_v23: f32 = (s19_v22 * s19_v22);
        s19_acc20 += s19_v23;
      }
      var s19_acc24: f32 = 0.0f;
      for (var j = 0u; j < 128u + opaque; j++) {
        let s19_v26: f32 = work[181632u + (j % 128u)];
        let s19_v27: f32 = (s19_v26 * s19_v26);
        s19_acc24 += s19_v27;
      }
      var s19_acc28: f32 = 0.0f;
      for (var j = 0u; j < 128u + opaque; j++) {
        let s19_v30: f32 = work[181504u + (j % 128u)];
        let s19_v31: f32 = (s19_v30 * s19_v30);
        s19_acc28 += s19_v31;
      }
      var s19_acc32: f32 = 0.0f;
      for (var j = 0u; j < 128u + opaque; j++) {
        let s19_v34: f32 = work[49792u + (j % 128u)];
        let s19_v35: f32 = (s19_v34 * s19_v34);
        s19_acc32 += s19_v35;
      }
      var s19_acc36: f32 = 0.0f;
      for (var j = 0u; j < 128u + opaque; j++) {
        let s19_v38: f32 = work[49664u + (j % 128u)];
        let s19_v39: f32 = (s19_v38 * s19_v38);
        s19_acc36 += s19_v39;
      }
      var s19_acc40: f32 = 0.0f;
      for (var j = 0u; j < 128u + opaque; j++) {
        let s19_v42: f32 = work[49536u + (j % 128u)];
        let s19_v43: f32 = (s19_v42 * s19_v42);
        s19_acc40 += s19_v43;
      }
      var s19_acc44: f32 = 0.0f;
      for (var j = 0u; j < 128u + opaque; j++) {
        let s19_v46: f32 = work[33024u + (j % 128u)];
        let s19_v47: f32 = (s19_v46 * s19_v46);
        s19_acc44 += s19_v47;
      }
      var s19_acc48: f32 = 0.0f;
      for (var j = 0u; j < 128u + opaque; j++) {
        let s19_v50: f32 = work[16512u + (j % 128u)];
        let s19_v51: f32 = (s19_v50 * s19_v50);
        s19_acc48 += s19_v51;
      }
      var s19_acc52: f32 = 0.0f;
      for (var j = 0u; j < 128u + opaque; j++) {
        let s19_v54: f32 = work[(j % 128u)];
        let s19_v55: f32 = (s19_v54 * s19_v54);
        s19_acc52 += s19_v55;
      }
      var s19_acc56: f32 = 0.0f;
      for (var j = 0u; j < 128u + opaque; j++) {
        let s19_v58: f32 = work[4879628u + (j % 128u)];
        let s19_v59: f32 = (s19_v58 * s19_v58);
        s19_acc56 += s19_v59;
      }
      var s19_acc60: f32 = 0.0f;
      for (var j = 0u; j < 128u + opaque; j++) {
        let s19_v62: f32 = work[4879500u + (j % 128u)];
        let s19_v63: f32 = (s19_v62 * s19_v62);
        s19_acc60 += s19_v63;
      }
      var s19_acc64: f32 = 0.0f;
      for (var j = 0u; j < 128u + opaque; j++) {
        let s19_v66: f32 = work[4879372u + (j % 128u)];
        let s19_v67: f32 = (s19_v66 * s19_v66);
        s19_acc64 += s19_v67;
      }
      var s19_acc68: f32 = 0.0f;
      for (var j = 0u; j < 128u + opaque; j++) {
        let s19_v70: f32 = work[4747660u + (j % 128u)];
        let s19_v71: f32 = (s19_v70 * s19_v70);
        s19_acc68 += s19_v71;
      }
      var s19_acc72: f32 = 0.0f;
      for (var j = 0u; j < 128u + opaque; j++) {
        let s19_v74: f32 = work[4747532u + (j % 128u)];
        let s19_v75: f32 = (s19_v74 * s19_v74);
        s19_acc72 += s19_v75;
      }
      var s19_acc76: f32 = 0.0f;
      for (var j = 0u; j < 128u + opaque; j++) {
        let s19_v78: f32 = work[4747404u + (j % 128u)];
        let s19_v79: f32 = (s19_v78 * s19_v78);
        s19_acc76 += s19_v79;
      }
      work[268552u] = s19_acc0;
      work[268556u] = s19_acc4;
      work[268564u] = s19_acc8;
      work[268572u] = s19_acc12;
      work[268580u] = s19_acc16;
      work[268588u] = s19_acc20;
      work[268592u] = s19_acc24;
      work[268596u] = s19_acc28;
      work[268612u] = s19_acc32;
      work[268616u] = s19_acc36;
      work[268620u] = s19_acc40;
      work[268628u] = s19_acc44;
      work[268636u] = s19_acc48;
      work[268644u] = s19_acc52;
      work[268652u] = s19_acc56;
      work[268656u] = s19_acc60;
      work[268660u] = s19_acc64;
      work[268676u] = s19_acc68;
      work[268680u] = s19_acc72;
      work[268684u] = s19_acc76;
      for (var j = 0u; j < 128u + opaque; j++) {
        let s19_v80: f32 = (state[41004u + j] * 0.8999999761581421f);
        let s19_v81: f32 = work[247936u + (j % 128u)];
        let s19_v82: f32 = work[268544u];
        let s19_v83: f32 = work[268548u];
        let s19_v84: f32 = (s19_v82 + s19_v83);
        let s19_v85: f32 = (s19_v84 + s19_acc0);
        let s19_v86: f32 = (s19_v85 + s19_acc4);
        let s19_v87: f32 = work[268560u];
        let s19_v88: f32 = (s19_v86 + s19_v87);
        let s19_v89: f32 = (s19_v88 + s19_acc8);
        let s19_v90: f32 = work[268568u];
        let s19_v91: f32 = (s19_v89 + s19_v90);
        let s19_v92: f32 = (s19_v91 + s19_acc12);
        let s19_v93: f32 = work[268576u];
        let s19_v94: f32 = (s19_v92 + s19_v93);
        let s19_v95: f32 = (s19_v94 + s19_acc16);
        let s19_v96: f32 = work[268584u];
        let s19_v97: f32 = (s19_v95 + s19_v96);
        let s19_v98: f32 = (s19_v97 + s19_acc20);
        let s19_v99: f32 = (s19_v98 + s19_acc24);
        let s19_v100: f32 = (s19_v99 + s19_acc28);
        let s19_v101: f32 = work[268600u];
        let s19_v102: f32 = (s19_v100 + s19_v101);
        let s19_v103: f32 = work[268604u];
        let s19_v104: f32 = (s19_v102 + s19_v103);
        let s19_v105: f32 = work[268608u];
        let s19_v106: f32 = (s19_v104 + s19_v105);
        let s19_v107: f32 = (s19_v106 + s19_acc32);
        let s19_v108: f32 = (s19_v107 + s19_acc36);
        let s19_v109: f32 = (s19_v108 + s19_acc40);
        let s19_v110: f32 = work[268624u];
        let s19_v111: f32 = (s19_v109 + s19_v110);
        let s19_v112: f32 = (s19_v111 + s19_acc44);
        let s19_v113: f32 = work[268632u];
        let s19_v114: f32 = (s19_v112 + s19_v113);
        let s19_v115: f32 = (s19_v114 + s19_acc48);
        let s19_v116: f32 = work[268640u];
        let s19_v117: f32 = (s19_v115 + s19_v116);
        let s19_v118: f32 = (s19_v117 + s19_acc52);
        let s19_v119: f32 = work[268648u];
        let s19_v120: f32 = (s19_v118 + s19_v119);
        let s19_v121: f32 = (s19_v120 + s19_acc56);
        let s19_v122: f32 = (s19_v121 + s19_acc60);
        let s19_v123: f32 = (s19_v122 + s19_acc64);
        let s19_v124: f32 = work[268664u];
        let s19_v125: f32 = (s19_v123 + s19_v124);
        let s19_v126: f32 = work[268668u];
        let s19_v127: f32 = (s19_v125 + s19_v126);
        let s19_v128: f32 = work[268672u];
        let s19_v129: f32 = (s19_v127 + s19_v128);
        let s19_v130: f32 = (s19_v129 + s19_acc68);
        let s19_v131: f32 = (s19_v130 + s19_acc72);
        let s19_v132: f32 = (s19_v131 + s19_acc76);
        let s19_v133: f32 = work[268688u];
        let s19_v134: f32 = (s19_v132 + s19_v133);
        let s19_v135: f32 = work[268692u];
        let s19_v136: f32 = (s19_v134 + s19_v135);
        let s19_v137: f32 = sqrt(s19_v136);
        let s19_v138: f32 = max(s19_v137, 1.0f);
        let s19_v139: f32 = (1.0f / s19_v138);
        let s19_v140: f32 = (s19_v81 * s19_v139);
        let s19_v141: f32 = (s19_v140 * 0.10000000149011612f);
        let s19_v142: f32 = (s19_v80 + s19_v141);
        state[41004u + j] = s19_v142;
        let s19_v143: f32 = (state[41132u + j] * 0.9990000128746033f);
        let s19_v144: f32 = (s19_v140 * s19_v140);
        let s19_v145: f32 = (s19_v144 * 0.0010000000474974513f);
        let s19_v146: f32 = (s19_v143 + s19_v145);
        state[41132u + j] = s19_v146;
        let s19_v147: f32 = (state[0u] - 1.0f);
        let s19_v148: f32 = select(0.0f, 1.0f, s19_v147 < 200.0f);
        let s19_v149: f32 = (s19_v147 - 200.0f);
        let s19_v150: f32 = max(s19_v149, 0.0f);
        let s19_v151: f32 = min(s19_v150, 5000.0f);
        let s19_v152: f32 = (s19_v151 * 0.00019999999494757503f);
        let s19_v153: f32 = (s19_v152 * 3.1415927410125732f);
        let s19_v154: f32 = cos(s19_v153);
        let s19_v155: f32 = (1.0f + s19_v154);
        let s19_v156: f32 = (s19_v155 * 0.5f);
        let s19_v157: f32 = (s19_v156 * 0.0002699999895412475f);
        let s19_v158: f32 = (0.000029999999242136255f + s19_v157);
        let s19_v159: f32 = (s19_v147 + 1.0f);
        let s19_v160: f32 = (s19_v159 * 0.004999999888241291f);
        let s19_v161: f32 = (0.00029999998514540493f * s19_v160);
        let s19_v162: f32 = select(s19_v158, s19_v161, s19_v148 != 0.0f);
        let s19_v163: f32 = (s19_v162 * 0.10000000149011612f);
        let s19_v164: f32 = (s19_v163 * params[20480u + j]);
        let s19_v165: f32 = (params[20480u + j] - s19_v164);
        let s19_v166: f32 = (state[0u] * (-0.10536051541566849f));
        let s19_v167: f32 = abs(s19_v166);
        let s19_v168: f32 = select(0.0f, 1.0f, s19_v167 < 0.10000000149011612f);
        let s19_v169: f32 = exp(s19_v166);
        let s19_v170: f32 = (1.0f - s19_v169);
        let s19_v171: f32 = (0.008333333767950535f * s19_v166);
        let s19_v172: f32 = (s19_v171 + 0.0416666679084301f);
        let s19_v173: f32 = (s19_v172 * s19_v166);
        let s19_v174: f32 = (s19_v173 + 0.1666666716337204f);
        let s19_v175: f32 = (s19_v174 * s19_v166);
        let s19_v176: f32 = (s19_v175 + 0.5f);
        let s19_v177: f32 = (s19_v176 * s19_v166);
        let s19_v178: f32 = (s19_v177 + 1.0f);
        let s19_v179: f32 = (s19_v166 * s19_v178);
        let s19_v180: f32 = (-s19_v179);
        let s19_v181: f32 = select(s19_v170, s19_v180, s19_v168 != 0.0f);
        let s19_v182: f32 = (s19_v142 / s19_v181);
        let s19_v183: f32 = (state[0u] * (-0.0010005002841353416f));
        let s19_v184: f32 = abs(s19_v183);
        let s19_v185: f32 = select(0.0f, 1.0f, s19_v184 < 0.10000000149011612f);
        let s19_v186: f32 = exp(s19_v183);
        let s19_v187: f32 = (1.0f - s19_v186);
        let s19_v188: f32 = (0.008333333767950535f * s19_v183);
        let s19_v189: f32 = (s19_v188 + 0.0416666679084301f);
        let s19_v190: f32 = (s19_v189 * s19_v183);
        let s19_v191: f32 = (s19_v190 + 0.1666666716337204f);
        let s19_v192: f32 = (s19_v191 * s19_v183);
        let s19_v193: f32 = (s19_v192 + 0.5f);
        let s19_v194: f32 = (s19_v193 * s19_v183);
        let s19_v195: f32 = (s19_v194 + 1.0f);
        let s19_v196: f32 = (s19_v183 * s19_v195);
        let s19_v197: f32 = (-s19_v196);
        let s19_v198: f32 = select(s19_v187, s19_v197, s19_v185 != 0.0f);
        let s19_v199: f32 = (s19_v146 / s19_v198);
        let s19_v200: f32 = sqrt(s19_v199);
        let s19_v201: f32 = (s19_v200 + 1.0000000116860974e-7f);
        let s19_v202: f32 = (s19_v182 / s19_v201);
        let s19_v203: f32 = (s19_v162 * s19_v202);
        let s19_v204: f32 = (s19_v165 - s19_v203);
        params[20480u + j] = s19_v204;
        let s19_v205: f32 = (state[41260u + j] * 0.8999999761581421f);
        let s19_v206: f32 = work[247808u + (j % 128u)];
        let s19_v207: f32 = (s19_v206 * s19_v139);
        let s19_v208: f32 = (s19_v207 * 0.10000000149011612f);
        let s19_v209: f32 = (s19_v205 + s19_v208);
        state[41260u + j] = s19_v209;
        let s19_v210: f32 = (state[41388u + j] * 0.9990000128746033f);
        let s19_v211: f32 = (s19_v207 * s19_v207);
        let s19_v212: f32 = (s19_v211 * 0.0010000000474974513f);
        let s19_v213: f32 = (s19_v210 + s19_v212);
        state[41388u + j] = s19_v213;
        let s19_v214: f32 = (s19_v163 * params[20608u + j]);
        let s19_v215: f32 = (params[20608u + j] - s19_v214);
        let s19_v216: f32 = (s19_v209 / s19_v181);
        let s19_v217: f32 = (s19_v213 / s19_v198);
        let s19_v218: f32 = sqrt(s19_v217);
        let s19_v219: f32 = (s19_v218 + 1.0000000116860974e-7f);
        let s19_v220: f32 = (s19_v216 / s19_v219);
        let s19_v221: f32 = (s19_v162 * s19_v220);
        let s19_v222: f32 = (s19_v215 - s19_v221);
        params[20608u + j] = s19_v222;
        let s19_v223: f32 = (state[74284u + j] * 0.8999999761581421f);
        let s19_v224: f32 = work[231296u + (j % 128u)];
        let s19_v225: f32 = (s19_v224 * s19_v139);
        let s19_v226: f32 = (s19_v225 * 0.10000000149011612f);
        let s19_v227: f32 = (s19_v223 + s19_v226);
        state[74284u + j] = s19_v227;
        let s19_v228: f32 = (state[74412u + j] * 0.9990000128746033f);
        let s19_v229: f32 = (s19_v225 * s19_v225);
        let s19_v230: f32 = (s19_v229 * 0.0010000000474974513f);
        let s19_v231: f32 = (s19_v228 + s19_v230);
        state[74412u + j] = s19_v231;
        let s19_v232: f32 = (s19_v163 * params[37120u + j]);
        let s19_v233: f32 = (params[37120u + j] - s19_v232);
        let s19_v234: f32 = (s19_v227 / s19_v181);
        let s19_v235: f32 = (s19_v231 / s19_v198);
        let s19_v236: f32 = sqrt(s19_v235);
        let s19_v237: f32 = (s19_v236 + 1.0000000116860974e-7f);
        let s19_v238: f32 = (s19_v234 / s19_v237);
        let s19_v239: f32 = (s19_v162 * s19_v238);
        let s19_v240: f32 = (s19_v233 - s19_v239);
        params[37120u + j] = s19_v240;
        let s19_v241: f32 = (state[107308u + j] * 0.8999999761581421f);
        let s19_v242: f32 = work[214784u + (j % 128u)];
        let s19_v243: f32 = (s19_v242 * s19_v139);
        let s19_v244: f32 = (s19_v243 * 0.10000000149011612f);
        let s19_v245: f32 = (s19_v241 + s19_v244);
        state[107308u + j] = s19_v245;
        let s19_v246: f32 = (state[107436u + j] * 0.9990000128746033f);
        let s19_v247: f32 = (s19_v243 * s19_v243);
        let s19_v248: f32 = (s19_v247 * 0.0010000000474974513f);
        let s19_v249: f32 = (s19_v246 + s19_v248);
        state[107436u + j] = s19_v249;
        let s19_v250: f32 = (s19_v163 * params[53632u + j]);
        let s19_v251: f32 = (params[53632u + j] - s19_v250);
        let s19_v252: f32 = (s19_v245 / s19_v181);
        let s19_v253: f32 = (s19_v249 / s19_v198);
        let s19_v254: f32 = sqrt(s19_v253);
        let s19_v255: f32 = (s19_v254 + 1.0000000116860974e-7f);
        let s19_v256: f32 = (s19_v252 / s19_v255);
        let s19_v257: f32 = (s19_v162 * s19_v256);
        let s19_v258: f32 = (s19_v251 - s19_v257);
        params[53632u + j] = s19_v258;
        let s19_v259: f32 = (state[140332u + j] * 0.8999999761581421f);
        let s19_v260: f32 = work[198272u + (j % 128u)];
        let s19_v261: f32 = (s19_v260 * s19_v139);
        let s19_v262: f32 = (s19_v261 * 0.10000000149011612f);
        let s19_v263: f32 = (s19_v259 + s19_v262);
        state[140332u + j] = s19_v263;
        let s19_v264: f32 = (state[140460u + j] * 0.9990000128746033f);
        let s19_v265: f32 = (s19_v261 * s19_v261);
        let s19_v266: f32 = (s19_v265 * 0.0010000000474974513f);
        let s19_v267: f32 = (s19_v264 + s19_v266);
        state[140460u + j] = s19_v267;
        let s19_v268: f32 = (s19_v163 * params[70144u + j]);
        let s19_v269: f32 = (params[70144u + j] - s19_v268);
        let s19_v270: f32 = (s19_v263 / s19_v181);
        let s19_v271: f32 = (s19_v267 / s19_v198);
        let s19_v272: f32 = sqrt(s19_v271);
        let s19_v273: f32 = (s19_v272 + 1.0000000116860974e-7f);
        let s19_v274: f32 = (s19_v270 / s19_v273);
        let s19_v275: f32 = (s19_v162 * s19_v274);
        let s19_v276: f32 = (s19_v269 - s19_v275);
        params[70144u + j] = s19_v276;
        let s19_v277: f32 = (state[173356u + j] * 0.8999999761581421f);
        let s19_v278: f32 = work[181760u + (j % 128u)];
        let s19_v279: f32 = (s19_v278 * s19_v139);
        let s19_v280: f32 = (s19_v279 * 0.10000000149011612f);
        let s19_v281: f32 = (s19_v277 + s19_v280);
        state[173356u + j] = s19_v281;
        let s19_v282: f32 = (state[173484u + j] * 0.9990000128746033f);
        let s19_v283: f32 = (s19_v279 * s19_v279);
        let s19_v284: f32 = (s19_v283 * 0.0010000000474974513f);
        let s19_v285: f32 = (s19_v282 + s19_v284);
        state[173484u + j] = s19_v285;
        let s19_v286: f32 = (s19_v163 * params[86656u + j]);
        let s19_v287: f32 = (params[86656u + j] - s19_v286);
        let s19_v288: f32 = (s19_v281 / s19_v181);
        let s19_v289: f32 = (s19_v285 / s19_v198);
        let s19_v290: f32 = sqrt(s19_v289);
        let s19_v291: f32 = (s19_v290 + 1.0000000116860974e-7f);
        let s19_v292: f32 = (s19_v288 / s19_v291);
        let s19_v293: f32 = (s19_v162 * s19_v292);
        let s19_v294: f32 = (s19_v287 - s19_v293);
        params[86656u + j] = s19_v294;
        let s19_v295: f32 = (state[173612u + j] * 0.8999999761581421f);
        let s19_v296: f32 = work[181632u + (j % 128u)];
        let s19_v297: f32 = (s19_v296 * s19_v139);
        let s19_v298: f32 = (s19_v297 * 0.10000000149011612f);
        let s19_v299: f32 = (s19_v295 + s19_v298);
        state[173612u + j] = s19_v299;
        let s19_v300: f32 = (state[173740u + j] * 0.9990000128746033f);
        let s19_v301: f32 = (s19_v297 * s19_v297);
        let s19_v302: f32 = (s19_v301 * 0.0010000000474974513f);
        let s19_v303: f32 = (s19_v300 + s19_v302);
        state[173740u + j] = s19_v303;
        let s19_v304: f32 = (s19_v163 * params[86784u + j]);
        let s19_v305: f32 = (params[86784u + j] - s19_v304);
        let s19_v306: f32 = (s19_v299 / s19_v181);
        let s19_v307: f32 = (s19_v303 / s19_v198);
        let s19_v308: f32 = sqrt(s19_v307);
        let s19_v309: f32 = (s19_v308 + 1.0000000116860974e-7f);
        let s19_v310: f32 = (s19_v306 / s19_v309);
        let s19_v311: f32 = (s19_v162 * s19_v310);
        let s19_v312: f32 = (s19_v305 - s19_v311);
        params[86784u + j] = s19_v312;
        let s19_v313: f32 = (state[173868u + j] * 0.8999999761581421f);
        let s19_v314: f32 = work[181504u + (j % 128u)];
        let s19_v315: f32 = (s19_v314 * s19_v139);
        let s19_v316: f32 = (s19_v315 * 0.10000000149011612f);
        let s19_v317: f32 = (s19_v313 + s19_v316);
        state[173868u + j] = s19_v317;
        let s19_v318: f32 = (state[173996u + j] * 0.9990000128746033f);
        let s19_v319: f32 = (s19_v315 * s19_v315);
        let s19_v320: f32 = (s19_v319 * 0.0010000000474974513f);
        let s19_v321: f32 = (s19_v318 + s19_v320);
        state[173996u + j] = s19_v321;
        let s19_v322: f32 = (s19_v163 * params[86912u + j]);
        let s19_v323: f32 = (params[86912u + j] - s19_v322);
        let s19_v324: f32 = (s19_v317 / s19_v181);
        let s19_v325: f32 = (s19_v321 / s19_v198);
        let s19_v326: f32 = sqrt(s19_v325);
        let s19_v327: f32 = (s19_v326 + 1.0000000116860974e-7f);
        let s19_v328: f32 = (s19_v324 / s19_v327);
        let s19_v329: f32 = (s19_v162 * s19_v328);
        let s19_v330: f32 = (s19_v323 - s19_v329);
        params[86912u + j] = s19_v330;
        let s19_v331: f32 = (state[437292u + j] * 0.8999999761581421f);
        let s19_v332: f32 = work[49792u + (j % 128u)];
        let s19_v333: f32 = (s19_v332 * s19_v139);
        let s19_v334: f32 = (s19_v333 * 0.10000000149011612f);
        let s19_v335: f32 = (s19_v331 + s19_v334);
        state[437292u + j] = s19_v335;
        let s19_v336: f32 = (state[437420u + j] * 0.9990000128746033f);
        let s19_v337: f32 = (s19_v333 * s19_v333);
        let s19_v338: f32 = (s19_v337 * 0.0010000000474974513f);
        let s19_v339: f32 = (s19_v336 + s19_v338);
        state[437420u + j] = s19_v339;
        let s19_v340: f32 = (s19_v163 * params[218624u + j]);
        let s19_v341: f32 = (params[218624u + j] - s19_v340);
        let s19_v342: f32 = (s19_v335 / s19_v181);
        let s19_v343: f32 = (s19_v339 / s19_v198);
        let s19_v344: f32 = sqrt(s19_v343);
        let s19_v345: f32 = (s19_v344 + 1.0000000116860974e-7f);
        let s19_v346: f32 = (s19_v342 / s19_v345);
        let s19_v347: f32 = (s19_v162 * s19_v346);
        let s19_v348: f32 = (s19_v341 - s19_v347);
        params[218624u + j] = s19_v348;
        let s19_v349: f32 = (state[437548u + j] * 0.8999999761581421f);
        let s19_v350: f32 = work[49664u + (j % 128u)];
        let s19_v351: f32 = (s19_v350 * s19_v139);
        let s19_v352: f32 = (s19_v351 * 0.10000000149011612f);
        let s19_v353: f32 = (s19_v349 + s19_v352);
        state[437548u + j] = s19_v353;
        let s19_v354: f32 = (state[437676u + j] * 0.9990000128746033f);
        let s19_v355: f32 = (s19_v351 * s19_v351);
        let s19_v356: f32 = (s19_v355 * 0.0010000000474974513f);
        let s19_v357: f32 = (s19_v354 + s19_v356);
        state[437676u + j] = s19_v357;
        let s19_v358: f32 = (s19_v163 * params[218752u + j]);
        let s19_v359: f32 = (params[218752u + j] - s19_v358);
        let s19_v360: f32 = (s19_v353 / s19_v181);
        let s19_v361: f32 = (s19_v357 / s19_v198);
        let s19_v362: f32 = sqrt(s19_v361);
        let s19_v363: f32 = (s19_v362 + 1.0000000116860974e-7f);
        let s19_v364: f32 = (s19_v360 / s19_v363);
        let s19_v365: f32 = (s19_v162 * s19_v364);
        let s19_v366: f32 = (s19_v359 - s19_v365);
        params[218752u + j] = s19_v366;
        let s19_v367: f32 = (state[437804u + j] * 0.8999999761581421f);
        let s19_v368: f32 = work[49536u + (j % 128u)];
        let s19_v369: f32 = (s19_v368 * s19_v139);
        let s19_v370: f32 = (s19_v369 * 0.10000000149011612f);
        let s19_v371: f32 = (s19_v367 + s19_v370);
        state[437804u + j] = s19_v371;
        let s19_v372: f32 = (state[437932u + j] * 0.9990000128746033f);
        let s19_v373: f32 = (s19_v369 * s19_v369);
        let s19_v374: f32 = (s19_v373 * 0.0010000000474974513f);
        let s19_v375: f32 = (s19_v372 + s19_v374);
        state[437932u + j] = s19_v375;
        let s19_v376: f32 = (s19_v163 * params[218880u + j]);
        let s19_v377: f32 = (params[218880u + j] - s19_v376);
        let s19_v378: f32 = (s19_v371 / s19_v181);
        let s19_v379: f32 = (s19_v375 / s19_v198);
        let s19_v380: f32 = sqrt(s19_v379);
        let s19_v381: f32 = (s19_v380 + 1.0000000116860974e-7f);
        let s19_v382: f32 = (s19_v378 / s19_v381);
        let s19_v383: f32 = (s19_v162 * s19_v382);
        let s19_v384: f32 = (s19_v377 - s19_v383);
        params[218880u + j] = s19_v384;
        let s19_v385: f32 = (state[470828u + j] * 0.8999999761581421f);
        let s19_v386: f32 = work[33024u + (j % 128u)];
        let s19_v387: f32 = (s19_v386 * s19_v139);
        let s19_v388: f32 = (s19_v387 * 0.10000000149011612f);
        let s19_v389: f32 = (s19_v385 + s19_v388);
        state[470828u + j] = s19_v389;
        let s19_v390: f32 = (state[470956u + j] * 0.9990000128746033f);
        let s19_v391: f32 = (s19_v387 * s19_v387);
        let s19_v392: f32 = (s19_v391 * 0.0010000000474974513f);
        let s19_v393: f32 = (s19_v390 + s19_v392);
        state[470956u + j] = s19_v393;
        let s19_v394: f32 = (s19_v163 * params[235392u + j]);
        let s19_v395: f32 = (params[235392u + j] - s19_v394);
        let s19_v396: f32 = (s19_v389 / s19_v181);
        let s19_v397: f32 = (s19_v393 / s19_v198);
        let s19_v398: f32 = sqrt(s19_v397);
        let s19_v399: f32 = (s19_v398 + 1.0000000116860974e-7f);
        let s19_v400: f32 = (s19_v396 / s19_v399);
        let s19_v401: f32 = (s19_v162 * s19_v400);
        let s19_v402: f32 = (s19_v395 - s19_v401);
        params[235392u + j] = s19_v402;
        let s19_v403: f32 = (state[503852u + j] * 0.8999999761581421f);
        let s19_v404: f32 = work[16512u + (j % 128u)];
        let s19_v405: f32 = (s19_v404 * s19_v139);
        let s19_v406: f32 = (s19_v405 * 0.10000000149011612f);
        let s19_v407: f32 = (s19_v403 + s19_v406);
        state[503852u + j] = s19_v407;
        let s19_v408: f32 = (state[503980u + j] * 0.9990000128746033f);
        let s19_v409: f32 = (s19_v405 * s19_v405);
        let s19_v410: f32 = (s19_v409 * 0.0010000000474974513f);
        let s19_v411: f32 = (s19_v408 + s19_v410);
        state[503980u + j] = s19_v411;
        let s19_v412: f32 = (s19_v163 * params[251904u + j]);
        let s19_v413: f32 = (params[251904u + j] - s19_v412);
        let s19_v414: f32 = (s19_v407 / s19_v181);
        let s19_v415: f32 = (s19_v411 / s19_v198);
        let s19_v416: f32 = sqrt(s19_v415);
        let s19_v417: f32 = (s19_v416 + 1.0000000116860974e-7f);
        let s19_v418: f32 = (s19_v414 / s19_v417);
        let s19_v419: f32 = (s19_v162 * s19_v418);
        let s19_v420: f32 = (s19_v413 - s19_v419);
        params[251904u + j] = s19_v420;
        let s19_v421: f32 = (state[536876u + j] * 0.8999999761581421f);
        let s19_v422: f32 = work[(j % 128u)];
        let s19_v423: f32 = (s19_v422 * s19_v139);
        let s19_v424: f32 = (s19_v423 * 0.10000000149011612f);
        let s19_v425: f32 = (s19_v421 + s19_v424);
        state[536876u + j] = s19_v425;
        let s19_v426: f32 = (state[537004u + j] * 0.9990000128746033f);
        let s19_v427: f32 = (s19_v423 * s19_v423);
        let s19_v428: f32 = (s19_v427 * 0.0010000000474974513f);
        let s19_v429: f32 = (s19_v426 + s19_v428);
        state[537004u + j] = s19_v429;
        let s19_v430: f32 = (s19_v163 * params[268416u + j]);
        let s19_v431: f32 = (params[268416u + j] - s19_v430);
        let s19_v432: f32 = (s19_v425 / s19_v181);
        let s19_v433: f32 = (s19_v429 / s19_v198);
        let s19_v434: f32 = sqrt(s19_v433);
        let s19_v435: f32 = (s19_v434 + 1.0000000116860974e-7f);
        let s19_v436: f32 = (s19_v432 / s19_v435);
        let s19_v437: f32 = (s19_v162 * s19_v436);
        let s19_v438: f32 = (s19_v431 - s19_v437);
        params[268416u + j] = s19_v438;
        let s19_v439: f32 = (state[569900u + j] * 0.8999999761581421f);
        let s19_v440: f32 = work[4879628u + (j % 128u)];
        let s19_v441: f32 = (s19_v440 * s19_v139);
        let s19_v442: f32 = (s19_v441 * 0.10000000149011612f);
        let s19_v443: f32 = (s19_v439 + s19_v442);
        state[569900u + j] = s19_v443;
        let s19_v444: f32 = (state[570028u + j] * 0.9990000128746033f);
        let s19_v445: f32 = (s19_v441 * s19_v441);
        let s19_v446: f32 = (s19_v445 * 0.0010000000474974513f);
        let s19_v447: f32 = (s19_v444 + s19_v446);
        state[570028u + j] = s19_v447;
        let s19_v448: f32 = (s19_v163 * params[284928u + j]);
        let s19_v449: f32 = (params[284928u + j] - s19_v448);
        let s19_v450: f32 = (s19_v443 / s19_v181);
        let s19_v451: f32 = (s19_v447 / s19_v198);
        let s19_v452: f32 = sqrt(s19_v451);
        let s19_v453: f32 = (s19_v452 + 1.0000000116860974e-7f);
        let s19_v454: f32 = (s19_v450 / s19_v453);
        let s19_v455: f32 = (s19_v162 * s19_v454);
        let s19_v456: f32 = (s19_v449 - s19_v455);
        params[284928u + j] = s19_v456;
        let s19_v457: f32 = (state[570156u + j] * 0.8999999761581421f);
        let s19_v458: f32 = work[4879500u + (j % 128u)];
        let s19_v459: f32 = (s19_v458 * s19_v139);
        let s19_v460: f32 = (s19_v459 * 0.10000000149011612f);
        let s19_v461: f32 = (s19_v457 + s19_v460);
        state[570156u + j] = s19_v461;
        let s19_v462: f32 = (state[570284u + j] * 0.9990000128746033f);
        let s19_v463: f32 = (s19_v459 * s19_v459);
        let s19_v464: f32 = (s19_v463 * 0.0010000000474974513f);
        let s19_v465: f32 = (s19_v462 + s19_v464);
        state[570284u + j] = s19_v465;
        let s19_v466: f32 = (s19_v163 * params[285056u + j]);
        let s19_v467: f32 = (params[285056u + j] - s19_v466);
        let s19_v468: f32 = (s19_v461 / s19_v181);
        let s19_v469: f32 = (s19_v465 / s19_v198);
        let s19_v470: f32 = sqrt(s19_v469);
        let s19_v471: f32 = (s19_v470 + 1.0000000116860974e-7f);
        let s19_v472: f32 = (s19_v468 / s19_v471);
        let s19_v473: f32 = (s19_v162 * s19_v472);
        let s19_v474: f32 = (s19_v467 - s19_v473);
        params[285056u + j] = s19_v474;
        let s19_v475: f32 = (state[570412u + j] * 0.8999999761581421f);
        let s19_v476: f32 = work[4879372u + (j % 128u)];
        let s19_v477: f32 = (s19_v476 * s19_v139);
        let s19_v478: f32 = (s19_v477 * 0.10000000149011612f);
        let s19_v479: f32 = (s19_v475 + s19_v478);
        state[570412u + j] = s19_v479;
        let s19_v480: f32 = (state[570540u + j] * 0.9990000128746033f);
        let s19_v481: f32 = (s19_v477 * s19_v477);
        let s19_v482: f32 = (s19_v481 * 0.0010000000474974513f);
        let s19_v483: f32 = (s19_v480 + s19_v482);
        state[570540u + j] = s19_v483;
        let s19_v484: f32 = (s19_v163 * params[285184u + j]);
        let s19_v485: f32 = (params[285184u + j] - s19_v484);
        let s19_v486: f32 = (s19_v479 / s19_v181);
        let s19_v487: f32 = (s19_v483 / s19_v198);
        let s19_v488: f32 = sqrt(s19_v487);
        let s19_v489: f32 = (s19_v488 + 1.0000000116860974e-7f);
        let s19_v490: f32 = (s19_v486 / s19_v489);
        let s19_v491: f32 = (s19_v162 * s19_v490);
        let s19_v492: f32 = (s19_v485 - s19_v491);
        params[285184u + j] = s19_v492;
        let s19_v493: f32 = (state[833836u + j] * 0.8999999761581421f);
        let s19_v494: f32 = work[4747660u + (j % 128u)];
        let s19_v495: f32 = (s19_v494 * s19_v139);
        let s19_v496: f32 = (s19_v495 * 0.10000000149011612f);
        let s19_v497: f32 = (s19_v493 + s19_v496);
        state[833836u + j] = s19_v497;
        let s19_v498: f32 = (state[833964u + j] * 0.9990000128746033f);
        let s19_v499: f32 = (s19_v495 * s19_v495);
        let s19_v500: f32 = (s19_v499 * 0.0010000000474974513f);
        let s19_v501: f32 = (s19_v498 + s19_v500);
        state[833964u + j] = s19_v501;
        let s19_v502: f32 = (s19_v163 * params[416896u + j]);
        let s19_v503: f32 = (params[416896u + j] - s19_v502);
        let s19_v504: f32 = (s19_v497 / s19_v181);
        let s19_v505: f32 = (s19_v501 / s19_v198);
        let s19_v506: f32 = sqrt(s19_v505);
        let s19_v507: f32 = (s19_v506 + 1.0000000116860974e-7f);
        let s19_v508: f32 = (s19_v504 / s19_v507);
        let s19_v509: f32 = (s19_v162 * s19_v508);
        let s19_v510: f32 = (s19_v503 - s19_v509);
        params[416896u + j] = s19_v510;
        let s19_v511: f32 = (state[834092u + j] * 0.8999999761581421f);
        let s19_v512: f32 = work[4747532u + (j % 128u)];
        let s19_v513: f32 = (s19_v512 * s19_v139);
        let s19_v514: f32 = (s19_v513 * 0.10000000149011612f);
        let s19_v515: f32 = (s19_v511 + s19_v514);
        state[834092u + j] = s19_v515;
        let s19_v516: f32 = (state[834220u + j] * 0.9990000128746033f);
        let s19_v517: f32 = (s19_v513 * s19_v513);
        let s19_v518: f32 = (s19_v517 * 0.0010000000474974513f);
        let s19_v519: f32 = (s19_v516 + s19_v518);
        state[834220u + j] = s19_v519;
        let s19_v520: f32 = (s19_v163 * params[417024u + j]);
        let s19_v521: f32 = (params[417024u + j] - s19_v520);
        let s19_v522: f32 = (s19_v515 / s19_v181);
        let s19_v523: f32 = (s19_v519 / s19_v198);
        let s19_v524: f32 = sqrt(s19_v523);
        let s19_v525: f32 = (s19_v524 + 1.0000000116860974e-7f);
        let s19_v526: f32 = (s19_v522 / s19_v525);
        let s19_v527: f32 = (s19_v162 * s19_v526);
        let s19_v528: f32 = (s19_v521 - s19_v527);
        params[417024u + j] = s19_v528;
        let s19_v529: f32 = (state[834348u + j] * 0.8999999761581421f);
        let s19_v530: f32 = work[4747404u + (j % 128u)];
        let s19_v531: f32 = (s19_v530 * s19_v139);
        let s19_v532: f32 = (s19_v531 * 0.10000000149011612f);
        let s19_v533: f32 = (s19_v529 + s19_v532);
        state[834348u + j] = s19_v533;
        let s19_v534: f32 = (state[834476u + j] * 0.9990000128746033f);
        let s19_v535: f32 = (s19_v531 * s19_v531);
        let s19_v536: f32 = (s19_v535 * 0.0010000000474974513f);
        let s19_v537: f32 = (s19_v534 + s19_v536);
        state[834476u + j] = s19_v537;
        let s19_v538: f32 = (s19_v163 * params[417152u + j]);
        let s19_v539: f32 = (params[417152u + j] - s19_v538);
        let s19_v540: f32 = (s19_v533 / s19_v181);
        let s19_v541: f32 = (s19_v537 / s19_v198);
        let s19_v542: f32 = sqrt(s19_v541);
        let s19_v543: f32 = (s19_v542 + 1.0000000116860974e-7f);
        let s19_v544: f32 = (s19_v540 / s19_v543);
        let s19_v545: f32 = (s19_v162 * s19_v544);
        let s19_v546: f32 = (s19_v539 - s19_v545);
        params[417152u + j] = s19_v546;
      }
    }
  }
  for (var i = gid.x; i < 1u; i += stride) {
  }
}
// ---- optimizer_sub (elementwise, 4096 workgroups, train_step.097.optimizer_sub.wgsl) from specs/char-gpt.model:29, specs/char-gpt.model:18, specs/char-gpt.model:17, specs/char-gpt.model:16, specs/char-gpt.model:23, specs/char-gpt.model:26
// optimizer_sub: elementwise kernel (mdlc)
// from specs/char-gpt.model:29, specs/char-gpt.model:18, specs/char-gpt.model:17, specs/char-gpt.model:16, specs/char-gpt.model:23, specs/char-gpt.model:26
@group(0) @binding(0) var<storage, read_write> params: array<f32>;
@group(0) @binding(1) var<storage, read_write> state: array<f32>;
@group(0) @binding(3) var<storage, read> work: array<f32>;
var<private> base0: array<u32, 18> = array<u32, 18>(0u, 12288u, 20736u, 37248u, 53760u, 70272u, 87040u, 152576u, 153088u, 219008u, 235520u, 252032u, 268544u, 285312u, 350848u, 351360u, 417280u, 429568u);
var<private> base1: array<u32, 18> = array<u32, 18>(256256u, 248064u, 231424u, 214912u, 198400u, 181888u, 115968u, 115456u, 49920u, 33152u, 16640u, 128u, 4879756u, 4813836u, 4813324u, 4747788u, 4735116u, 4735020u);
var<private> base2: array<u32, 18> = array<u32, 18>(44u, 24620u, 41516u, 74540u, 107564u, 140588u, 174124u, 305196u, 306220u, 438060u, 471084u, 504108u, 537132u, 570668u, 701740u, 702764u, 834604u, 859180u);
var<private> base3: array<u32, 18> = array<u32, 18>(44u, 24620u, 41516u, 74540u, 107564u, 140588u, 174124u, 305196u, 306220u, 438060u, 471084u, 504108u, 537132u, 570668u, 701740u, 702764u, 834604u, 859180u);
var<private> base4: array<u32, 18> = array<u32, 18>(12332u, 32812u, 57900u, 90924u, 123948u, 156972u, 239660u, 305708u, 371756u, 454444u, 487468u, 520492u, 553516u, 636204u, 702252u, 768300u, 846892u, 859276u);
var<private> base5: array<u32, 18> = array<u32, 18>(12332u, 32812u, 57900u, 90924u, 123948u, 156972u, 239660u, 305708u, 371756u, 454444u, 487468u, 520492u, 553516u, 636204u, 702252u, 768300u, 846892u, 859276u);
var<private> base6: array<u32, 18> = array<u32, 18>(0u, 12288u, 20736u, 37248u, 53760u, 70272u, 87040u, 152576u, 153088u, 219008u, 235520u, 252032u, 268544u, 285312u, 350848u, 351360u, 417280u, 429568u);

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var i = gid.x; i < 427104u; i += stride) {
    var seg = 0u;
    if (i >= 12288u) { seg = 1u; }
    if (i >= 20480u) { seg = 2u; }
    if (i >= 36864u) { seg = 3u; }
    if (i >= 53248u) { seg = 4u; }
    if (i >= 69632u) { seg = 5u; }
    if (i >= 86016u) { seg = 6u; }
    if (i >= 151552u) { seg = 7u; }
    if (i >= 152064u) { seg = 8u; }
    if (i >= 217600u) { seg = 9u; }
    if (i >= 233984u) { seg = 10u; }
    if (i >= 250368u) { seg = 11u; }
    if (i >= 266752u) { seg = 12u; }
    if (i >= 283136u) { seg = 13u; }
    if (i >= 348672u) { seg = 14u; }
    if (i >= 349184u) { seg = 15u; }
    if (i >= 414720u) { seg = 16u; }
    if (i >= 427008u) { seg = 17u; }
    var starts = array<u32, 18>(0u, 12288u, 20480u, 36864u, 53248u, 69632u, 86016u, 151552u, 152064u, 217600u, 233984u, 250368u, 266752u, 283136u, 348672u, 349184u, 414720u, 427008u);
    let j = i - starts[seg];
    let v0: f32 = (state[base2[seg] + j] * 0.8999999761581421f);
    let v1: f32 = (work[268544u] + work[268548u]);
    let v2: f32 = (v1 + work[268552u]);
    let v3: f32 = (v2 + work[268556u]);
    let v4: f32 = (v3 + work[268560u]);
    let v5: f32 = (v4 + work[268564u]);
    let v6: f32 = (v5 + work[268568u]);
    let v7: f32 = (v6 + work[268572u]);
    let v8: f32 = (v7 + work[268576u]);
    let v9: f32 = (v8 + work[268580u]);
    let v10: f32 = (v9 + work[268584u]);
    let v11: f32 = (v10 + work[268588u]);
    let v12: f32 = (v11 + work[268592u]);
    let v13: f32 = (v12 + work[268596u]);
    let v14: f32 = (v13 + work[268600u]);
    let v15: f32 = (v14 + work[268604u]);
    let v16: f32 = (v15 + work[268608u]);
    let v17: f32 = (v16 + work[268612u]);
    let v18: f32 = (v17 + work[268616u]);
    let v19: f32 = (v18 + work[268620u]);
    let v20: f32 = (v19 + work[268624u]);
    let v21: f32 = (v20 + work[268628u]);
    let v22: f32 = (v21 + work[268632u]);
    let v23: f32 = (v22 + work[268636u]);
    let v24: f32 = (v23 + work[268640u]);
    let v25: f32 = (v24 + work[268644u]);
    let v26: f32 = (v25 + work[268648u]);
    let v27: f32 = (v26 + work[268652u]);
    let v28: f32 = (v27 + work[268656u]);
    let v29: f32 = (v28 + work[268660u]);
    let v30: f32 = (v29 + work[268664u]);
    let v31: f32 = (v30 + work[268668u]);
    let v32: f32 = (v31 + work[268672u]);
    let v33: f32 = (v32 + work[268676u]);
    let v34: f32 = (v33 + work[268680u]);
    let v35: f32 = (v34 + work[268684u]);
    let v36: f32 = (v35 + work[268688u]);
    let v37: f32 = (v36 + work[268692u]);
    let v38: f32 = sqrt(v37);
    let v39: f32 = max(v38, 1.0f);
    let v40: f32 = (1.0f / v39);
    let v41: f32 = (work[base1[seg] + j] * v40);
    let v42: f32 = (v41 * 0.10000000149011612f);
    let v43: f32 = (v0 + v42);
    state[base3[seg] + j] = v43;
    let v44: f32 = (state[base4[seg] + j] * 0.9990000128746033f);
    let v45: f32 = (v41 * v41);
    let v46: f32 = (v45 * 0.0010000000474974513f);
    let v47: f32 = (v44 + v46);
    state[base5[seg] + j] = v47;
    let v48: f32 = (state[0u] - 1.0f);
    let v49: f32 = select(0.0f, 1.0f, v48 < 200.0f);
    let v50: f32 = (v48 + 1.0f);
    let v51: f32 = (v50 * 0.004999999888241291f);
    let v52: f32 = (0.00029999998514540493f * v51);
    let v53: f32 = (v48 - 200.0f);
    let v54: f32 = max(v53, 0.0f);
    let v55: f32 = min(v54, 5000.0f);
    let v56: f32 = (v55 * 0.00019999999494757503f);
    let v57: f32 = (v56 * 3.1415927410125732f);
    let v58: f32 = cos(v57);
    let v59: f32 = (1.0f + v58);
    let v60: f32 = (v59 * 0.5f);
    let v61: f32 = (v60 * 0.0002699999895412475f);
    let v62: f32 = (0.000029999999242136255f + v61);
    let v63: f32 = select(v62, v52, v49 != 0.0f);
    let v64: f32 = (v63 * 0.10000000149011612f);
    let v65: f32 = (v64 * params[base0[seg] + j]);
    let v66: f32 = (params[base0[seg] + j] - v65);
    let v67: f32 = (state[0u] * (-0.10536051541566849f));
    let v68: f32 = abs(v67);
    let v69: f32 = select(0.0f, 1.0f, v68 < 0.10000000149011612f);
    let v70: f32 = (0.008333333767950535f * v67);
    let v71: f32 = (v70 + 0.0416666679084301f);
    let v72: f32 = (v71 * v67);
    let v73: f32 = (v72 + 0.1666666716337204f);
    let v74: f32 = (v73 * v67);
    let v75: f32 = (v74 + 0.5f);
    let v76: f32 = (v75 * v67);
    let v77: f32 = (v76 + 1.0f);
    let v78: f32 = (v67 * v77);
    let v79: f32 = (-v78);
    let v80: f32 = exp(v67);
    let v81: f32 = (1.0f - v80);
    let v82: f32 = select(v81, v79, v69 != 0.0f);
    let v83: f32 = (v43 / v82);
    let v84: f32 = (state[0u] * (-0.0010005002841353416f));
    let v85: f32 = abs(v84);
    let v86: f32 = select(0.0f, 1.0f, v85 < 0.10000000149011612f);
    let v87: f32 = (0.008333333767950535f * v84);
    let v88: f32 = (v87 + 0.0416666679084301f);
    let v89: f32 = (v88 * v84);
    let v90: f32 = (v89 + 0.1666666716337204f);
    let v91: f32 = (v90 * v84);
    let v92: f32 = (v91 + 0.5f);
    let v93: f32 = (v92 * v84);
    let v94: f32 = (v93 + 1.0f);
    let v95: f32 = (v84 * v94);
    let v96: f32 = (-v95);
    let v97: f32 = exp(v84);
    let v98: f32 = (1.0f - v97);
    let v99: f32 = select(v98, v96, v86 != 0.0f);
    let v100: f32 = (v47 / v99);
    let v101: f32 = sqrt(v100);
    let v102: f32 = (v101 + 1.0000000116860974e-7f);
    let v103: f32 = (v83 / v102);
    let v104: f32 = (v63 * v103);
    let v105: f32 = (v66 - v104);
    params[base6[seg] + j] = v105;
  }
}
// ==== eval_step: 31 kernels
// ---- pos_norm (reduce, 32 workgroups, eval_step.000.pos_norm.wgsl) from specs/char-gpt.model:16, specs/char-gpt.model:23, specs/char-gpt.model:22
// pos_norm: reduce kernel (mdlc)
// from specs/char-gpt.model:16, specs/char-gpt.model:23, specs/char-gpt.model:22
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(2) var<storage, read> data: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 2048u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 128u + opaque; j++) {
      let v2: u32 = u32(clamp(bitcast<i32>(data[(r / 64u) * 64u + (r % 64u)]), 0i, 95i));
      let v3: f32 = params[v2 * 128u + j];
      let v4: u32 = (r % 64u) * 128u + j;
      let v5: f32 = params[12288u + (v4 / 128u) * 128u + (v4 % 128u)];
      let v6: f32 = (v3 + v5);
      acc0 += v6;
    }
    var acc7: f32 = 0.0f;
    for (var j = 0u; j < 128u + opaque; j++) {
      let v9: u32 = u32(clamp(bitcast<i32>(data[(r / 64u) * 64u + (r % 64u)]), 0i, 95i));
      let v10: f32 = params[v9 * 128u + j];
      let v11: u32 = (r % 64u) * 128u + j;
      let v12: f32 = params[12288u + (v11 / 128u) * 128u + (v11 % 128u)];
      let v13: f32 = (v10 + v12);
      let v14: f32 = (acc0 * 0.0078125f);
      let v15: f32 = (v13 - v14);
      let v16: f32 = (v15 * v15);
      acc7 += v16;
    }
    for (var j = 0u; j < 128u + opaque; j++) {
      let v17: u32 = u32(clamp(bitcast<i32>(data[(r / 64u) * 64u + (r % 64u)]), 0i, 95i));
      let v18: f32 = params[v17 * 128u + j];
      let v19: u32 = (r % 64u) * 128u + j;
      let v20: f32 = params[12288u + (v19 / 128u) * 128u + (v19 % 128u)];
      let v21: f32 = (v18 + v20);
      work[(r / 64u) * 8192u + (r % 64u) * 128u + j] = v21;
      let v22: f32 = (acc0 * 0.0078125f);
      let v23: f32 = (v21 - v22);
      let v24: f32 = (acc7 * 0.0078125f);
      let v25: f32 = (v24 + 0.0010000000474974513f);
      let v26: f32 = sqrt(v25);
      let v27: f32 = (v23 / v26);
      let v28: f32 = params[20480u + j];
      let v29: f32 = (v27 * v28);
      let v30: f32 = params[20608u + j];
      let v31: f32 = (v29 + v30);
      work[262144u + (r / 64u) * 8192u + (r % 64u) * 128u + j] = v31;
    }
  }
}
// ---- blocks0_a_matmul (matmul, 256 workgroups, eval_step.001.blocks0_a_matmul.wgsl) from specs/char-gpt.model:16
// blocks0_a_matmul: matmul kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 16384u; t += stride) {
    let rem = t % 16384u;
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
      let v0: u32 = m0 * 128u + k;
      let v1: f32 = work[262144u + (v0 / 8192u) * 8192u + ((v0 / 128u) % 64u) * 128u + (v0 % 128u)];
      let v2: u32 = min(m0 + 1u, 2047u) * 128u + k;
      let v3: f32 = work[262144u + (v2 / 8192u) * 8192u + ((v2 / 128u) % 64u) * 128u + (v2 % 128u)];
      let v4: u32 = min(m0 + 2u, 2047u) * 128u + k;
      let v5: f32 = work[262144u + (v4 / 8192u) * 8192u + ((v4 / 128u) % 64u) * 128u + (v4 % 128u)];
      let v6: u32 = min(m0 + 3u, 2047u) * 128u + k;
      let v7: f32 = work[262144u + (v6 / 8192u) * 8192u + ((v6 / 128u) % 64u) * 128u + (v6 % 128u)];
      let v8: f32 = params[20736u + k * 128u + n0];
      let v9: f32 = params[20736u + k * 128u + min(n0 + 1u, 127u)];
      let v10: f32 = params[20736u + k * 128u + min(n0 + 2u, 127u)];
      let v11: f32 = params[20736u + k * 128u + min(n0 + 3u, 127u)];
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
    if (m0 + 0u < 2048u && n0 + 0u < 128u) {
      let v12: f32 = params[37120u + n0];
      let v13: f32 = (acc_0_0 + v12);
      work[524288u + m0 * 128u + n0] = v13;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 128u) {
      let v14: u32 = (n0 + 1u);
      let v15: f32 = params[37120u + v14];
      let v16: f32 = (acc_0_1 + v15);
      work[524288u + m0 * 128u + (n0 + 1u)] = v16;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 128u) {
      let v17: u32 = (n0 + 2u);
      let v18: f32 = params[37120u + v17];
      let v19: f32 = (acc_0_2 + v18);
      work[524288u + m0 * 128u + (n0 + 2u)] = v19;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 128u) {
      let v20: u32 = (n0 + 3u);
      let v21: f32 = params[37120u + v20];
      let v22: f32 = (acc_0_3 + v21);
      work[524288u + m0 * 128u + (n0 + 3u)] = v22;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 128u) {
      let v23: f32 = params[37120u + n0];
      let v24: f32 = (acc_1_0 + v23);
      work[524288u + (m0 + 1u) * 128u + n0] = v24;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 128u) {
      let v25: u32 = (n0 + 1u);
      let v26: f32 = params[37120u + v25];
      let v27: f32 = (acc_1_1 + v26);
      work[524288u + (m0 + 1u) * 128u + (n0 + 1u)] = v27;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 128u) {
      let v28: u32 = (n0 + 2u);
      let v29: f32 = params[37120u + v28];
      let v30: f32 = (acc_1_2 + v29);
      work[524288u + (m0 + 1u) * 128u + (n0 + 2u)] = v30;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 128u) {
      let v31: u32 = (n0 + 3u);
      let v32: f32 = params[37120u + v31];
      let v33: f32 = (acc_1_3 + v32);
      work[524288u + (m0 + 1u) * 128u + (n0 + 3u)] = v33;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 128u) {
      let v34: f32 = params[37120u + n0];
      let v35: f32 = (acc_2_0 + v34);
      work[524288u + (m0 + 2u) * 128u + n0] = v35;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 128u) {
      let v36: u32 = (n0 + 1u);
      let v37: f32 = params[37120u + v36];
      let v38: f32 = (acc_2_1 + v37);
      work[524288u + (m0 + 2u) * 128u + (n0 + 1u)] = v38;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 128u) {
      let v39: u32 = (n0 + 2u);
      let v40: f32 = params[37120u + v39];
      let v41: f32 = (acc_2_2 + v40);
      work[524288u + (m0 + 2u) * 128u + (n0 + 2u)] = v41;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 128u) {
      let v42: u32 = (n0 + 3u);
      let v43: f32 = params[37120u + v42];
      let v44: f32 = (acc_2_3 + v43);
      work[524288u + (m0 + 2u) * 128u + (n0 + 3u)] = v44;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 128u) {
      let v45: f32 = params[37120u + n0];
      let v46: f32 = (acc_3_0 + v45);
      work[524288u + (m0 + 3u) * 128u + n0] = v46;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 128u) {
      let v47: u32 = (n0 + 1u);
      let v48: f32 = params[37120u + v47];
      let v49: f32 = (acc_3_1 + v48);
      work[524288u + (m0 + 3u) * 128u + (n0 + 1u)] = v49;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 128u) {
      let v50: u32 = (n0 + 2u);
      let v51: f32 = params[37120u + v50];
      let v52: f32 = (acc_3_2 + v51);
      work[524288u + (m0 + 3u) * 128u + (n0 + 2u)] = v52;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 128u) {
      let v53: u32 = (n0 + 3u);
      let v54: f32 = params[37120u + v53];
      let v55: f32 = (acc_3_3 + v54);
      work[524288u + (m0 + 3u) * 128u + (n0 + 3u)] = v55;
    }
  }
}
// ---- blocks0_a_matmul_1 (matmul, 256 workgroups, eval_step.002.blocks0_a_matmul_1.wgsl) from specs/char-gpt.model:16
// blocks0_a_matmul_1: matmul kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 16384u; t += stride) {
    let rem = t % 16384u;
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
      let v0: u32 = m0 * 128u + k;
      let v1: f32 = work[262144u + (v0 / 8192u) * 8192u + ((v0 / 128u) % 64u) * 128u + (v0 % 128u)];
      let v2: u32 = min(m0 + 1u, 2047u) * 128u + k;
      let v3: f32 = work[262144u + (v2 / 8192u) * 8192u + ((v2 / 128u) % 64u) * 128u + (v2 % 128u)];
      let v4: u32 = min(m0 + 2u, 2047u) * 128u + k;
      let v5: f32 = work[262144u + (v4 / 8192u) * 8192u + ((v4 / 128u) % 64u) * 128u + (v4 % 128u)];
      let v6: u32 = min(m0 + 3u, 2047u) * 128u + k;
      let v7: f32 = work[262144u + (v6 / 8192u) * 8192u + ((v6 / 128u) % 64u) * 128u + (v6 % 128u)];
      let v8: f32 = params[37248u + k * 128u + n0];
      let v9: f32 = params[37248u + k * 128u + min(n0 + 1u, 127u)];
      let v10: f32 = params[37248u + k * 128u + min(n0 + 2u, 127u)];
      let v11: f32 = params[37248u + k * 128u + min(n0 + 3u, 127u)];
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
    if (m0 + 0u < 2048u && n0 + 0u < 128u) {
      let v12: f32 = params[53632u + n0];
      let v13: f32 = (acc_0_0 + v12);
      work[786432u + m0 * 128u + n0] = v13;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 128u) {
      let v14: u32 = (n0 + 1u);
      let v15: f32 = params[53632u + v14];
      let v16: f32 = (acc_0_1 + v15);
      work[786432u + m0 * 128u + (n0 + 1u)] = v16;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 128u) {
      let v17: u32 = (n0 + 2u);
      let v18: f32 = params[53632u + v17];
      let v19: f32 = (acc_0_2 + v18);
      work[786432u + m0 * 128u + (n0 + 2u)] = v19;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 128u) {
      let v20: u32 = (n0 + 3u);
      let v21: f32 = params[53632u + v20];
      let v22: f32 = (acc_0_3 + v21);
      work[786432u + m0 * 128u + (n0 + 3u)] = v22;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 128u) {
      let v23: f32 = params[53632u + n0];
      let v24: f32 = (acc_1_0 + v23);
      work[786432u + (m0 + 1u) * 128u + n0] = v24;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 128u) {
      let v25: u32 = (n0 + 1u);
      let v26: f32 = params[53632u + v25];
      let v27: f32 = (acc_1_1 + v26);
      work[786432u + (m0 + 1u) * 128u + (n0 + 1u)] = v27;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 128u) {
      let v28: u32 = (n0 + 2u);
      let v29: f32 = params[53632u + v28];
      let v30: f32 = (acc_1_2 + v29);
      work[786432u + (m0 + 1u) * 128u + (n0 + 2u)] = v30;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 128u) {
      let v31: u32 = (n0 + 3u);
      let v32: f32 = params[53632u + v31];
      let v33: f32 = (acc_1_3 + v32);
      work[786432u + (m0 + 1u) * 128u + (n0 + 3u)] = v33;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 128u) {
      let v34: f32 = params[53632u + n0];
      let v35: f32 = (acc_2_0 + v34);
      work[786432u + (m0 + 2u) * 128u + n0] = v35;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 128u) {
      let v36: u32 = (n0 + 1u);
      let v37: f32 = params[53632u + v36];
      let v38: f32 = (acc_2_1 + v37);
      work[786432u + (m0 + 2u) * 128u + (n0 + 1u)] = v38;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 128u) {
      let v39: u32 = (n0 + 2u);
      let v40: f32 = params[53632u + v39];
      let v41: f32 = (acc_2_2 + v40);
      work[786432u + (m0 + 2u) * 128u + (n0 + 2u)] = v41;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 128u) {
      let v42: u32 = (n0 + 3u);
      let v43: f32 = params[53632u + v42];
      let v44: f32 = (acc_2_3 + v43);
      work[786432u + (m0 + 2u) * 128u + (n0 + 3u)] = v44;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 128u) {
      let v45: f32 = params[53632u + n0];
      let v46: f32 = (acc_3_0 + v45);
      work[786432u + (m0 + 3u) * 128u + n0] = v46;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 128u) {
      let v47: u32 = (n0 + 1u);
      let v48: f32 = params[53632u + v47];
      let v49: f32 = (acc_3_1 + v48);
      work[786432u + (m0 + 3u) * 128u + (n0 + 1u)] = v49;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 128u) {
      let v50: u32 = (n0 + 2u);
      let v51: f32 = params[53632u + v50];
      let v52: f32 = (acc_3_2 + v51);
      work[786432u + (m0 + 3u) * 128u + (n0 + 2u)] = v52;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 128u) {
      let v53: u32 = (n0 + 3u);
      let v54: f32 = params[53632u + v53];
      let v55: f32 = (acc_3_3 + v54);
      work[786432u + (m0 + 3u) * 128u + (n0 + 3u)] = v55;
    }
  }
}
// ---- blocks0_a_matmul_2 (matmul, 256 workgroups, eval_step.003.blocks0_a_matmul_2.wgsl) from specs/char-gpt.model:16
// blocks0_a_matmul_2: matmul kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 16384u; t += stride) {
    let rem = t % 16384u;
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
      let v0: u32 = m0 * 128u + k;
      let v1: f32 = work[262144u + (v0 / 8192u) * 8192u + ((v0 / 128u) % 64u) * 128u + (v0 % 128u)];
      let v2: u32 = min(m0 + 1u, 2047u) * 128u + k;
      let v3: f32 = work[262144u + (v2 / 8192u) * 8192u + ((v2 / 128u) % 64u) * 128u + (v2 % 128u)];
      let v4: u32 = min(m0 + 2u, 2047u) * 128u + k;
      let v5: f32 = work[262144u + (v4 / 8192u) * 8192u + ((v4 / 128u) % 64u) * 128u + (v4 % 128u)];
      let v6: u32 = min(m0 + 3u, 2047u) * 128u + k;
      let v7: f32 = work[262144u + (v6 / 8192u) * 8192u + ((v6 / 128u) % 64u) * 128u + (v6 % 128u)];
      let v8: f32 = params[53760u + k * 128u + n0];
      let v9: f32 = params[53760u + k * 128u + min(n0 + 1u, 127u)];
      let v10: f32 = params[53760u + k * 128u + min(n0 + 2u, 127u)];
      let v11: f32 = params[53760u + k * 128u + min(n0 + 3u, 127u)];
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
    if (m0 + 0u < 2048u && n0 + 0u < 128u) {
      let v12: f32 = params[70144u + n0];
      let v13: f32 = (acc_0_0 + v12);
      work[1048576u + m0 * 128u + n0] = v13;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 128u) {
      let v14: u32 = (n0 + 1u);
      let v15: f32 = params[70144u + v14];
      let v16: f32 = (acc_0_1 + v15);
      work[1048576u + m0 * 128u + (n0 + 1u)] = v16;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 128u) {
      let v17: u32 = (n0 + 2u);
      let v18: f32 = params[70144u + v17];
      let v19: f32 = (acc_0_2 + v18);
      work[1048576u + m0 * 128u + (n0 + 2u)] = v19;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 128u) {
      let v20: u32 = (n0 + 3u);
      let v21: f32 = params[70144u + v20];
      let v22: f32 = (acc_0_3 + v21);
      work[1048576u + m0 * 128u + (n0 + 3u)] = v22;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 128u) {
      let v23: f32 = params[70144u + n0];
      let v24: f32 = (acc_1_0 + v23);
      work[1048576u + (m0 + 1u) * 128u + n0] = v24;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 128u) {
      let v25: u32 = (n0 + 1u);
      let v26: f32 = params[70144u + v25];
      let v27: f32 = (acc_1_1 + v26);
      work[1048576u + (m0 + 1u) * 128u + (n0 + 1u)] = v27;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 128u) {
      let v28: u32 = (n0 + 2u);
      let v29: f32 = params[70144u + v28];
      let v30: f32 = (acc_1_2 + v29);
      work[1048576u + (m0 + 1u) * 128u + (n0 + 2u)] = v30;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 128u) {
      let v31: u32 = (n0 + 3u);
      let v32: f32 = params[70144u + v31];
      let v33: f32 = (acc_1_3 + v32);
      work[1048576u + (m0 + 1u) * 128u + (n0 + 3u)] = v33;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 128u) {
      let v34: f32 = params[70144u + n0];
      let v35: f32 = (acc_2_0 + v34);
      work[1048576u + (m0 + 2u) * 128u + n0] = v35;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 128u) {
      let v36: u32 = (n0 + 1u);
      let v37: f32 = params[70144u + v36];
      let v38: f32 = (acc_2_1 + v37);
      work[1048576u + (m0 + 2u) * 128u + (n0 + 1u)] = v38;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 128u) {
      let v39: u32 = (n0 + 2u);
      let v40: f32 = params[70144u + v39];
      let v41: f32 = (acc_2_2 + v40);
      work[1048576u + (m0 + 2u) * 128u + (n0 + 2u)] = v41;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 128u) {
      let v42: u32 = (n0 + 3u);
      let v43: f32 = params[70144u + v42];
      let v44: f32 = (acc_2_3 + v43);
      work[1048576u + (m0 + 2u) * 128u + (n0 + 3u)] = v44;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 128u) {
      let v45: f32 = params[70144u + n0];
      let v46: f32 = (acc_3_0 + v45);
      work[1048576u + (m0 + 3u) * 128u + n0] = v46;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 128u) {
      let v47: u32 = (n0 + 1u);
      let v48: f32 = params[70144u + v47];
      let v49: f32 = (acc_3_1 + v48);
      work[1048576u + (m0 + 3u) * 128u + (n0 + 1u)] = v49;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 128u) {
      let v50: u32 = (n0 + 2u);
      let v51: f32 = params[70144u + v50];
      let v52: f32 = (acc_3_2 + v51);
      work[1048576u + (m0 + 3u) * 128u + (n0 + 2u)] = v52;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 128u) {
      let v53: u32 = (n0 + 3u);
      let v54: f32 = params[70144u + v53];
      let v55: f32 = (acc_3_3 + v54);
      work[1048576u + (m0 + 3u) * 128u + (n0 + 3u)] = v55;
    }
  }
}
// ---- blocks0_a_matmul_3 (matmul, 512 workgroups, eval_step.004.blocks0_a_matmul_3.wgsl) from specs/char-gpt.model:16
// blocks0_a_matmul_3: matmul kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 32768u; t += stride) {
    let v0: u32 = t / 256u;
    let rem = t % 256u;
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
    for (var k = 0u; k < 32u + opaque; k++) {
      let v1: u32 = v0 * 2048u + m0 * 32u + k;
      let v2: u32 = (v1 / 8192u) * 8192u + ((v1 / 32u) % 64u) * 128u + ((v1 / 2048u) % 4u) * 32u + (v1 % 32u);
      let v3: f32 = work[524288u + (v2 / 128u) * 128u + (v2 % 128u)];
      let v4: u32 = v0 * 2048u + min(m0 + 1u, 63u) * 32u + k;
      let v5: u32 = (v4 / 8192u) * 8192u + ((v4 / 32u) % 64u) * 128u + ((v4 / 2048u) % 4u) * 32u + (v4 % 32u);
      let v6: f32 = work[524288u + (v5 / 128u) * 128u + (v5 % 128u)];
      let v7: u32 = v0 * 2048u + min(m0 + 2u, 63u) * 32u + k;
      let v8: u32 = (v7 / 8192u) * 8192u + ((v7 / 32u) % 64u) * 128u + ((v7 / 2048u) % 4u) * 32u + (v7 % 32u);
      let v9: f32 = work[524288u + (v8 / 128u) * 128u + (v8 % 128u)];
      let v10: u32 = v0 * 2048u + min(m0 + 3u, 63u) * 32u + k;
      let v11: u32 = (v10 / 8192u) * 8192u + ((v10 / 32u) % 64u) * 128u + ((v10 / 2048u) % 4u) * 32u + (v10 % 32u);
      let v12: f32 = work[524288u + (v11 / 128u) * 128u + (v11 % 128u)];
      let v13: u32 = v0 * 2048u + n0 * 32u + k;
      let v14: u32 = (v13 / 8192u) * 8192u + ((v13 / 32u) % 64u) * 128u + ((v13 / 2048u) % 4u) * 32u + (v13 % 32u);
      let v15: f32 = work[786432u + (v14 / 128u) * 128u + (v14 % 128u)];
      let v16: u32 = v0 * 2048u + min(n0 + 1u, 63u) * 32u + k;
      let v17: u32 = (v16 / 8192u) * 8192u + ((v16 / 32u) % 64u) * 128u + ((v16 / 2048u) % 4u) * 32u + (v16 % 32u);
      let v18: f32 = work[786432u + (v17 / 128u) * 128u + (v17 % 128u)];
      let v19: u32 = v0 * 2048u + min(n0 + 2u, 63u) * 32u + k;
      let v20: u32 = (v19 / 8192u) * 8192u + ((v19 / 32u) % 64u) * 128u + ((v19 / 2048u) % 4u) * 32u + (v19 % 32u);
      let v21: f32 = work[786432u + (v20 / 128u) * 128u + (v20 % 128u)];
      let v22: u32 = v0 * 2048u + min(n0 + 3u, 63u) * 32u + k;
      let v23: u32 = (v22 / 8192u) * 8192u + ((v22 / 32u) % 64u) * 128u + ((v22 / 2048u) % 4u) * 32u + (v22 % 32u);
      let v24: f32 = work[786432u + (v23 / 128u) * 128u + (v23 % 128u)];
      acc_0_0 = fma(v3, v15, acc_0_0);
      acc_0_1 = fma(v3, v18, acc_0_1);
      acc_0_2 = fma(v3, v21, acc_0_2);
      acc_0_3 = fma(v3, v24, acc_0_3);
      acc_1_0 = fma(v6, v15, acc_1_0);
      acc_1_1 = fma(v6, v18, acc_1_1);
      acc_1_2 = fma(v6, v21, acc_1_2);
      acc_1_3 = fma(v6, v24, acc_1_3);
      acc_2_0 = fma(v9, v15, acc_2_0);
      acc_2_1 = fma(v9, v18, acc_2_1);
      acc_2_2 = fma(v9, v21, acc_2_2);
      acc_2_3 = fma(v9, v24, acc_2_3);
      acc_3_0 = fma(v12, v15, acc_3_0);
      acc_3_1 = fma(v12, v18, acc_3_1);
      acc_3_2 = fma(v12, v21, acc_3_2);
      acc_3_3 = fma(v12, v24, acc_3_3);
    }
    if (m0 + 0u < 64u && n0 + 0u < 64u) {
      work[1310720u + v0 * 4096u + m0 * 64u + n0] = acc_0_0;
    }
    if (m0 + 0u < 64u && n0 + 1u < 64u) {
      work[1310720u + v0 * 4096u + m0 * 64u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 64u && n0 + 2u < 64u) {
      work[1310720u + v0 * 4096u + m0 * 64u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 64u && n0 + 3u < 64u) {
      work[1310720u + v0 * 4096u + m0 * 64u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 64u && n0 + 0u < 64u) {
      work[1310720u + v0 * 4096u + (m0 + 1u) * 64u + n0] = acc_1_0;
    }
    if (m0 + 1u < 64u && n0 + 1u < 64u) {
      work[1310720u + v0 * 4096u + (m0 + 1u) * 64u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 64u && n0 + 2u < 64u) {
      work[1310720u + v0 * 4096u + (m0 + 1u) * 64u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 64u && n0 + 3u < 64u) {
      work[1310720u + v0 * 4096u + (m0 + 1u) * 64u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 64u && n0 + 0u < 64u) {
      work[1310720u + v0 * 4096u + (m0 + 2u) * 64u + n0] = acc_2_0;
    }
    if (m0 + 2u < 64u && n0 + 1u < 64u) {
      work[1310720u + v0 * 4096u + (m0 + 2u) * 64u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 64u && n0 + 2u < 64u) {
      work[1310720u + v0 * 4096u + (m0 + 2u) * 64u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 64u && n0 + 3u < 64u) {
      work[1310720u + v0 * 4096u + (m0 + 2u) * 64u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 64u && n0 + 0u < 64u) {
      work[1310720u + v0 * 4096u + (m0 + 3u) * 64u + n0] = acc_3_0;
    }
    if (m0 + 3u < 64u && n0 + 1u < 64u) {
      work[1310720u + v0 * 4096u + (m0 + 3u) * 64u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 64u && n0 + 2u < 64u) {
      work[1310720u + v0 * 4096u + (m0 + 3u) * 64u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 64u && n0 + 3u < 64u) {
      work[1310720u + v0 * 4096u + (m0 + 3u) * 64u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks0_a_le (elementwise, 64 workgroups, eval_step.005.blocks0_a_le.wgsl) from specs/char-gpt.model:16
// blocks0_a_le: elementwise kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var i = gid.x; i < 4096u; i += stride) {
    let v0: i32 = i32((i % 64u));
    let v1: i32 = i32(((i / 64u) % 64u));
    let v2: f32 = select(0.0f, 1.0f, v0 <= v1);
    work[262144u + ((i / 64u) % 64u) * 64u + (i % 64u)] = v2;
  }
}
// ---- blocks0_a_softmax (reduce, 128 workgroups, eval_step.006.blocks0_a_softmax.wgsl) from specs/char-gpt.model:16
// blocks0_a_softmax: reduce kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 8192u; r += stride) {
    var acc0: f32 = -3.4028234e38f;
    for (var j = 0u; j < 64u + opaque; j++) {
      let v2: f32 = (work[1310720u + (r / 64u) * 4096u + (r % 64u) * 64u + j] * 0.1767766922712326f);
      let v3: f32 = select((-3.0000000054977558e+38f), v2, work[262144u + (r % 64u) * 64u + j] != 0.0f);
      acc0 = max(acc0, v3);
    }
    var acc4: f32 = 0.0f;
    for (var j = 0u; j < 64u + opaque; j++) {
      let v6: f32 = (work[1310720u + (r / 64u) * 4096u + (r % 64u) * 64u + j] * 0.1767766922712326f);
      let v7: f32 = select((-3.0000000054977558e+38f), v6, work[262144u + (r % 64u) * 64u + j] != 0.0f);
      let v8: f32 = (v7 - acc0);
      let v9: f32 = exp(v8);
      acc4 += v9;
    }
    for (var j = 0u; j < 64u + opaque; j++) {
      let v10: f32 = (work[1310720u + (r / 64u) * 4096u + (r % 64u) * 64u + j] * 0.1767766922712326f);
      let v11: f32 = select((-3.0000000054977558e+38f), v10, work[262144u + (r % 64u) * 64u + j] != 0.0f);
      let v12: f32 = (v11 - acc0);
      let v13: f32 = exp(v12);
      let v14: f32 = (v13 / acc4);
      work[266240u + (r / 64u) * 4096u + (r % 64u) * 64u + j] = v14;
    }
  }
}
// ---- blocks0_a_matmul_4 (matmul, 256 workgroups, eval_step.007.blocks0_a_matmul_4.wgsl) from specs/char-gpt.model:16
// blocks0_a_matmul_4: matmul kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 16384u; t += stride) {
    let v0: u32 = t / 128u;
    let rem = t % 128u;
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
    for (var k = 0u; k < 64u + opaque; k++) {
      let v1: f32 = work[266240u + v0 * 4096u + m0 * 64u + k];
      let v2: f32 = work[266240u + v0 * 4096u + min(m0 + 1u, 63u) * 64u + k];
      let v3: f32 = work[266240u + v0 * 4096u + min(m0 + 2u, 63u) * 64u + k];
      let v4: f32 = work[266240u + v0 * 4096u + min(m0 + 3u, 63u) * 64u + k];
      let v5: u32 = v0 * 2048u + k * 32u + n0;
      let v6: u32 = (v5 / 8192u) * 8192u + ((v5 / 32u) % 64u) * 128u + ((v5 / 2048u) % 4u) * 32u + (v5 % 32u);
      let v7: f32 = work[1048576u + (v6 / 128u) * 128u + (v6 % 128u)];
      let v8: u32 = v0 * 2048u + k * 32u + min(n0 + 1u, 31u);
      let v9: u32 = (v8 / 8192u) * 8192u + ((v8 / 32u) % 64u) * 128u + ((v8 / 2048u) % 4u) * 32u + (v8 % 32u);
      let v10: f32 = work[1048576u + (v9 / 128u) * 128u + (v9 % 128u)];
      let v11: u32 = v0 * 2048u + k * 32u + min(n0 + 2u, 31u);
      let v12: u32 = (v11 / 8192u) * 8192u + ((v11 / 32u) % 64u) * 128u + ((v11 / 2048u) % 4u) * 32u + (v11 % 32u);
      let v13: f32 = work[1048576u + (v12 / 128u) * 128u + (v12 % 128u)];
      let v14: u32 = v0 * 2048u + k * 32u + min(n0 + 3u, 31u);
      let v15: u32 = (v14 / 8192u) * 8192u + ((v14 / 32u) % 64u) * 128u + ((v14 / 2048u) % 4u) * 32u + (v14 % 32u);
      let v16: f32 = work[1048576u + (v15 / 128u) * 128u + (v15 % 128u)];
      acc_0_0 = fma(v1, v7, acc_0_0);
      acc_0_1 = fma(v1, v10, acc_0_1);
      acc_0_2 = fma(v1, v13, acc_0_2);
      acc_0_3 = fma(v1, v16, acc_0_3);
      acc_1_0 = fma(v2, v7, acc_1_0);
      acc_1_1 = fma(v2, v10, acc_1_1);
      acc_1_2 = fma(v2, v13, acc_1_2);
      acc_1_3 = fma(v2, v16, acc_1_3);
      acc_2_0 = fma(v3, v7, acc_2_0);
      acc_2_1 = fma(v3, v10, acc_2_1);
      acc_2_2 = fma(v3, v13, acc_2_2);
      acc_2_3 = fma(v3, v16, acc_2_3);
      acc_3_0 = fma(v4, v7, acc_3_0);
      acc_3_1 = fma(v4, v10, acc_3_1);
      acc_3_2 = fma(v4, v13, acc_3_2);
      acc_3_3 = fma(v4, v16, acc_3_3);
    }
    if (m0 + 0u < 64u && n0 + 0u < 32u) {
      work[1310720u + v0 * 2048u + m0 * 32u + n0] = acc_0_0;
    }
    if (m0 + 0u < 64u && n0 + 1u < 32u) {
      work[1310720u + v0 * 2048u + m0 * 32u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 64u && n0 + 2u < 32u) {
      work[1310720u + v0 * 2048u + m0 * 32u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 64u && n0 + 3u < 32u) {
      work[1310720u + v0 * 2048u + m0 * 32u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 64u && n0 + 0u < 32u) {
      work[1310720u + v0 * 2048u + (m0 + 1u) * 32u + n0] = acc_1_0;
    }
    if (m0 + 1u < 64u && n0 + 1u < 32u) {
      work[1310720u + v0 * 2048u + (m0 + 1u) * 32u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 64u && n0 + 2u < 32u) {
      work[1310720u + v0 * 2048u + (m0 + 1u) * 32u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 64u && n0 + 3u < 32u) {
      work[1310720u + v0 * 2048u + (m0 + 1u) * 32u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 64u && n0 + 0u < 32u) {
      work[1310720u + v0 * 2048u + (m0 + 2u) * 32u + n0] = acc_2_0;
    }
    if (m0 + 2u < 64u && n0 + 1u < 32u) {
      work[1310720u + v0 * 2048u + (m0 + 2u) * 32u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 64u && n0 + 2u < 32u) {
      work[1310720u + v0 * 2048u + (m0 + 2u) * 32u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 64u && n0 + 3u < 32u) {
      work[1310720u + v0 * 2048u + (m0 + 2u) * 32u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 64u && n0 + 0u < 32u) {
      work[1310720u + v0 * 2048u + (m0 + 3u) * 32u + n0] = acc_3_0;
    }
    if (m0 + 3u < 64u && n0 + 1u < 32u) {
      work[1310720u + v0 * 2048u + (m0 + 3u) * 32u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 64u && n0 + 2u < 32u) {
      work[1310720u + v0 * 2048u + (m0 + 3u) * 32u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 64u && n0 + 3u < 32u) {
      work[1310720u + v0 * 2048u + (m0 + 3u) * 32u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks0_a_matmul_5 (matmul, 256 workgroups, eval_step.008.blocks0_a_matmul_5.wgsl) from specs/char-gpt.model:16
// blocks0_a_matmul_5: matmul kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 16384u; t += stride) {
    let rem = t % 16384u;
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
      let v0: u32 = m0 * 128u + k;
      let v1: u32 = (v0 / 8192u) * 8192u + ((v0 / 32u) % 4u) * 2048u + ((v0 / 128u) % 64u) * 32u + (v0 % 32u);
      let v2: f32 = work[1310720u + (v1 / 2048u) * 2048u + ((v1 / 32u) % 64u) * 32u + (v1 % 32u)];
      let v3: u32 = min(m0 + 1u, 2047u) * 128u + k;
      let v4: u32 = (v3 / 8192u) * 8192u + ((v3 / 32u) % 4u) * 2048u + ((v3 / 128u) % 64u) * 32u + (v3 % 32u);
      let v5: f32 = work[1310720u + (v4 / 2048u) * 2048u + ((v4 / 32u) % 64u) * 32u + (v4 % 32u)];
      let v6: u32 = min(m0 + 2u, 2047u) * 128u + k;
      let v7: u32 = (v6 / 8192u) * 8192u + ((v6 / 32u) % 4u) * 2048u + ((v6 / 128u) % 64u) * 32u + (v6 % 32u);
      let v8: f32 = work[1310720u + (v7 / 2048u) * 2048u + ((v7 / 32u) % 64u) * 32u + (v7 % 32u)];
      let v9: u32 = min(m0 + 3u, 2047u) * 128u + k;
      let v10: u32 = (v9 / 8192u) * 8192u + ((v9 / 32u) % 4u) * 2048u + ((v9 / 128u) % 64u) * 32u + (v9 % 32u);
      let v11: f32 = work[1310720u + (v10 / 2048u) * 2048u + ((v10 / 32u) % 64u) * 32u + (v10 % 32u)];
      let v12: f32 = params[70272u + k * 128u + n0];
      let v13: f32 = params[70272u + k * 128u + min(n0 + 1u, 127u)];
      let v14: f32 = params[70272u + k * 128u + min(n0 + 2u, 127u)];
      let v15: f32 = params[70272u + k * 128u + min(n0 + 3u, 127u)];
      acc_0_0 = fma(v2, v12, acc_0_0);
      acc_0_1 = fma(v2, v13, acc_0_1);
      acc_0_2 = fma(v2, v14, acc_0_2);
      acc_0_3 = fma(v2, v15, acc_0_3);
      acc_1_0 = fma(v5, v12, acc_1_0);
      acc_1_1 = fma(v5, v13, acc_1_1);
      acc_1_2 = fma(v5, v14, acc_1_2);
      acc_1_3 = fma(v5, v15, acc_1_3);
      acc_2_0 = fma(v8, v12, acc_2_0);
      acc_2_1 = fma(v8, v13, acc_2_1);
      acc_2_2 = fma(v8, v14, acc_2_2);
      acc_2_3 = fma(v8, v15, acc_2_3);
      acc_3_0 = fma(v11, v12, acc_3_0);
      acc_3_1 = fma(v11, v13, acc_3_1);
      acc_3_2 = fma(v11, v14, acc_3_2);
      acc_3_3 = fma(v11, v15, acc_3_3);
    }
    if (m0 + 0u < 2048u && n0 + 0u < 128u) {
      work[266240u + m0 * 128u + n0] = acc_0_0;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 128u) {
      work[266240u + m0 * 128u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 128u) {
      work[266240u + m0 * 128u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 128u) {
      work[266240u + m0 * 128u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 128u) {
      work[266240u + (m0 + 1u) * 128u + n0] = acc_1_0;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 128u) {
      work[266240u + (m0 + 1u) * 128u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 128u) {
      work[266240u + (m0 + 1u) * 128u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 128u) {
      work[266240u + (m0 + 1u) * 128u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 128u) {
      work[266240u + (m0 + 2u) * 128u + n0] = acc_2_0;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 128u) {
      work[266240u + (m0 + 2u) * 128u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 128u) {
      work[266240u + (m0 + 2u) * 128u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 128u) {
      work[266240u + (m0 + 2u) * 128u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 128u) {
      work[266240u + (m0 + 3u) * 128u + n0] = acc_3_0;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 128u) {
      work[266240u + (m0 + 3u) * 128u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 128u) {
      work[266240u + (m0 + 3u) * 128u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 128u) {
      work[266240u + (m0 + 3u) * 128u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks0_h_norm (reduce, 32 workgroups, eval_step.009.blocks0_h_norm.wgsl) from specs/char-gpt.model:18, specs/char-gpt.model:17, specs/char-gpt.model:16
// blocks0_h_norm: reduce kernel (mdlc)
// from specs/char-gpt.model:18, specs/char-gpt.model:17, specs/char-gpt.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 2048u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 128u + opaque; j++) {
      let v2: u32 = (r / 64u) * 8192u + (r % 64u) * 128u + j;
      let v3: u32 = (v2 % 128u);
      let v4: f32 = params[86656u + v3];
      let v5: f32 = (work[266240u + (v2 / 128u) * 128u + (v2 % 128u)] + v4);
      let v6: f32 = (work[(r / 64u) * 8192u + (r % 64u) * 128u + j] + v5);
      acc0 += v6;
    }
    var acc7: f32 = 0.0f;
    for (var j = 0u; j < 128u + opaque; j++) {
      let v9: u32 = (r / 64u) * 8192u + (r % 64u) * 128u + j;
      let v10: u32 = (v9 % 128u);
      let v11: f32 = params[86656u + v10];
      let v12: f32 = (work[266240u + (v9 / 128u) * 128u + (v9 % 128u)] + v11);
      let v13: f32 = (work[(r / 64u) * 8192u + (r % 64u) * 128u + j] + v12);
      let v14: f32 = (acc0 * 0.0078125f);
      let v15: f32 = (v13 - v14);
      let v16: f32 = (v15 * v15);
      acc7 += v16;
    }
    for (var j = 0u; j < 128u + opaque; j++) {
      let v17: u32 = (r / 64u) * 8192u + (r % 64u) * 128u + j;
      let v18: u32 = (v17 % 128u);
      let v19: f32 = params[86656u + v18];
      let v20: f32 = (work[266240u + (v17 / 128u) * 128u + (v17 % 128u)] + v19);
      let v21: f32 = (work[(r / 64u) * 8192u + (r % 64u) * 128u + j] + v20);
      work[528384u + (r / 64u) * 8192u + (r % 64u) * 128u + j] = v21;
      let v22: f32 = (acc0 * 0.0078125f);
      let v23: f32 = (v21 - v22);
      let v24: f32 = (acc7 * 0.0078125f);
      let v25: f32 = (v24 + 0.0010000000474974513f);
      let v26: f32 = sqrt(v25);
      let v27: f32 = (v23 / v26);
      let v28: f32 = params[86784u + j];
      let v29: f32 = (v27 * v28);
      let v30: f32 = params[86912u + j];
      let v31: f32 = (v29 + v30);
      work[790528u + (r / 64u) * 8192u + (r % 64u) * 128u + j] = v31;
    }
  }
}
// ---- blocks0_f_matmul (matmul, 1024 workgroups, eval_step.010.blocks0_f_matmul.wgsl) from specs/char-gpt.model:18
// blocks0_f_matmul: matmul kernel (mdlc)
// from specs/char-gpt.model:18
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 65536u; t += stride) {
    let rem = t % 65536u;
    let m0 = (rem / 128u) * 4u;
    let n0 = (rem % 128u) * 4u;
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
      let v0: u32 = m0 * 128u + k;
      let v1: f32 = work[790528u + (v0 / 8192u) * 8192u + ((v0 / 128u) % 64u) * 128u + (v0 % 128u)];
      let v2: u32 = min(m0 + 1u, 2047u) * 128u + k;
      let v3: f32 = work[790528u + (v2 / 8192u) * 8192u + ((v2 / 128u) % 64u) * 128u + (v2 % 128u)];
      let v4: u32 = min(m0 + 2u, 2047u) * 128u + k;
      let v5: f32 = work[790528u + (v4 / 8192u) * 8192u + ((v4 / 128u) % 64u) * 128u + (v4 % 128u)];
      let v6: u32 = min(m0 + 3u, 2047u) * 128u + k;
      let v7: f32 = work[790528u + (v6 / 8192u) * 8192u + ((v6 / 128u) % 64u) * 128u + (v6 % 128u)];
      let v8: f32 = params[87040u + k * 512u + n0];
      let v9: f32 = params[87040u + k * 512u + min(n0 + 1u, 511u)];
      let v10: f32 = params[87040u + k * 512u + min(n0 + 2u, 511u)];
      let v11: f32 = params[87040u + k * 512u + min(n0 + 3u, 511u)];
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
    if (m0 + 0u < 2048u && n0 + 0u < 512u) {
      work[1835008u + m0 * 512u + n0] = acc_0_0;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 512u) {
      work[1835008u + m0 * 512u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 512u) {
      work[1835008u + m0 * 512u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 512u) {
      work[1835008u + m0 * 512u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 512u) {
      work[1835008u + (m0 + 1u) * 512u + n0] = acc_1_0;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 512u) {
      work[1835008u + (m0 + 1u) * 512u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 512u) {
      work[1835008u + (m0 + 1u) * 512u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 512u) {
      work[1835008u + (m0 + 1u) * 512u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 512u) {
      work[1835008u + (m0 + 2u) * 512u + n0] = acc_2_0;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 512u) {
      work[1835008u + (m0 + 2u) * 512u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 512u) {
      work[1835008u + (m0 + 2u) * 512u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 512u) {
      work[1835008u + (m0 + 2u) * 512u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 512u) {
      work[1835008u + (m0 + 3u) * 512u + n0] = acc_3_0;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 512u) {
      work[1835008u + (m0 + 3u) * 512u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 512u) {
      work[1835008u + (m0 + 3u) * 512u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 512u) {
      work[1835008u + (m0 + 3u) * 512u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks0_f_mul (elementwise, 4096 workgroups, eval_step.011.blocks0_f_mul.wgsl) from specs/char-gpt.model:18
// blocks0_f_mul: elementwise kernel (mdlc)
// from specs/char-gpt.model:18
@group(0) @binding(0) var<storage, read> params: array<f32>;
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
  for (var i = gid.x; i < 1048576u; i += stride) {
    let v0: u32 = (i / 32768u) * 32768u + ((i / 512u) % 64u) * 512u + (i % 512u);
    let v1: u32 = (v0 % 512u);
    let v2: f32 = params[152576u + v1];
    let v3: f32 = (work[1835008u + (v0 / 512u) * 512u + (v0 % 512u)] + v2);
    let v4: f32 = (v3 * 0.5f);
    let v5: u32 = (i / 32768u) * 32768u + ((i / 512u) % 64u) * 512u + (i % 512u);
    let v6: u32 = (v5 % 512u);
    let v7: f32 = params[152576u + v6];
    let v8: f32 = (work[1835008u + (v5 / 512u) * 512u + (v5 % 512u)] + v7);
    let v9: f32 = (v8 * 0.7071067690849304f);
    let v10: f32 = mdlc_erf(v9);
    let v11: f32 = (1.0f + v10);
    let v12: f32 = (v4 * v11);
    work[2883584u + (i / 32768u) * 32768u + ((i / 512u) % 64u) * 512u + (i % 512u)] = v12;
  }
}
// ---- blocks0_output_dense_matmul (matmul, 256 workgroups, eval_step.012.blocks0_output_dense_matmul.wgsl) from specs/char-gpt.model:19
// blocks0_output_dense_matmul: matmul kernel (mdlc)
// from specs/char-gpt.model:19
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 16384u; t += stride) {
    let rem = t % 16384u;
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
    for (var k = 0u; k < 512u + opaque; k++) {
      let v0: u32 = m0 * 512u + k;
      let v1: f32 = work[2883584u + (v0 / 32768u) * 32768u + ((v0 / 512u) % 64u) * 512u + (v0 % 512u)];
      let v2: u32 = min(m0 + 1u, 2047u) * 512u + k;
      let v3: f32 = work[2883584u + (v2 / 32768u) * 32768u + ((v2 / 512u) % 64u) * 512u + (v2 % 512u)];
      let v4: u32 = min(m0 + 2u, 2047u) * 512u + k;
      let v5: f32 = work[2883584u + (v4 / 32768u) * 32768u + ((v4 / 512u) % 64u) * 512u + (v4 % 512u)];
      let v6: u32 = min(m0 + 3u, 2047u) * 512u + k;
      let v7: f32 = work[2883584u + (v6 / 32768u) * 32768u + ((v6 / 512u) % 64u) * 512u + (v6 % 512u)];
      let v8: f32 = params[153088u + k * 128u + n0];
      let v9: f32 = params[153088u + k * 128u + min(n0 + 1u, 127u)];
      let v10: f32 = params[153088u + k * 128u + min(n0 + 2u, 127u)];
      let v11: f32 = params[153088u + k * 128u + min(n0 + 3u, 127u)];
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
    if (m0 + 0u < 2048u && n0 + 0u < 128u) {
      work[m0 * 128u + n0] = acc_0_0;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 128u) {
      work[m0 * 128u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 128u) {
      work[m0 * 128u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 128u) {
      work[m0 * 128u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 128u) {
      work[(m0 + 1u) * 128u + n0] = acc_1_0;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 128u) {
      work[(m0 + 1u) * 128u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 128u) {
      work[(m0 + 1u) * 128u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 128u) {
      work[(m0 + 1u) * 128u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 128u) {
      work[(m0 + 2u) * 128u + n0] = acc_2_0;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 128u) {
      work[(m0 + 2u) * 128u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 128u) {
      work[(m0 + 2u) * 128u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 128u) {
      work[(m0 + 2u) * 128u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 128u) {
      work[(m0 + 3u) * 128u + n0] = acc_3_0;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 128u) {
      work[(m0 + 3u) * 128u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 128u) {
      work[(m0 + 3u) * 128u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 128u) {
      work[(m0 + 3u) * 128u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks0_output_norm (reduce, 32 workgroups, eval_step.013.blocks0_output_norm.wgsl) from specs/char-gpt.model:16, specs/char-gpt.model:19
// blocks0_output_norm: reduce kernel (mdlc)
// from specs/char-gpt.model:16, specs/char-gpt.model:19
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 2048u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 128u + opaque; j++) {
      let v2: u32 = (r / 64u) * 8192u + (r % 64u) * 128u + j;
      let v3: u32 = (v2 % 128u);
      let v4: f32 = params[218624u + v3];
      let v5: f32 = (work[(v2 / 128u) * 128u + (v2 % 128u)] + v4);
      let v6: f32 = (work[528384u + (r / 64u) * 8192u + (r % 64u) * 128u + j] + v5);
      acc0 += v6;
    }
    var acc7: f32 = 0.0f;
    for (var j = 0u; j < 128u + opaque; j++) {
      let v9: u32 = (r / 64u) * 8192u + (r % 64u) * 128u + j;
      let v10: u32 = (v9 % 128u);
      let v11: f32 = params[218624u + v10];
      let v12: f32 = (work[(v9 / 128u) * 128u + (v9 % 128u)] + v11);
      let v13: f32 = (work[528384u + (r / 64u) * 8192u + (r % 64u) * 128u + j] + v12);
      let v14: f32 = (acc0 * 0.0078125f);
      let v15: f32 = (v13 - v14);
      let v16: f32 = (v15 * v15);
      acc7 += v16;
    }
    for (var j = 0u; j < 128u + opaque; j++) {
      let v17: u32 = (r / 64u) * 8192u + (r % 64u) * 128u + j;
      let v18: u32 = (v17 % 128u);
      let v19: f32 = params[218624u + v18];
      let v20: f32 = (work[(v17 / 128u) * 128u + (v17 % 128u)] + v19);
      let v21: f32 = (work[528384u + (r / 64u) * 8192u + (r % 64u) * 128u + j] + v20);
      work[266240u + (r / 64u) * 8192u + (r % 64u) * 128u + j] = v21;
      let v22: f32 = (acc0 * 0.0078125f);
      let v23: f32 = (v21 - v22);
      let v24: f32 = (acc7 * 0.0078125f);
      let v25: f32 = (v24 + 0.0010000000474974513f);
      let v26: f32 = sqrt(v25);
      let v27: f32 = (v23 / v26);
      let v28: f32 = params[218752u + j];
      let v29: f32 = (v27 * v28);
      let v30: f32 = params[218880u + j];
      let v31: f32 = (v29 + v30);
      work[790528u + (r / 64u) * 8192u + (r % 64u) * 128u + j] = v31;
    }
  }
}
// ---- blocks1_a_matmul (matmul, 256 workgroups, eval_step.014.blocks1_a_matmul.wgsl) from specs/char-gpt.model:16
// blocks1_a_matmul: matmul kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 16384u; t += stride) {
    let rem = t % 16384u;
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
      let v0: u32 = m0 * 128u + k;
      let v1: f32 = work[790528u + (v0 / 8192u) * 8192u + ((v0 / 128u) % 64u) * 128u + (v0 % 128u)];
      let v2: u32 = min(m0 + 1u, 2047u) * 128u + k;
      let v3: f32 = work[790528u + (v2 / 8192u) * 8192u + ((v2 / 128u) % 64u) * 128u + (v2 % 128u)];
      let v4: u32 = min(m0 + 2u, 2047u) * 128u + k;
      let v5: f32 = work[790528u + (v4 / 8192u) * 8192u + ((v4 / 128u) % 64u) * 128u + (v4 % 128u)];
      let v6: u32 = min(m0 + 3u, 2047u) * 128u + k;
      let v7: f32 = work[790528u + (v6 / 8192u) * 8192u + ((v6 / 128u) % 64u) * 128u + (v6 % 128u)];
      let v8: f32 = params[219008u + k * 128u + n0];
      let v9: f32 = params[219008u + k * 128u + min(n0 + 1u, 127u)];
      let v10: f32 = params[219008u + k * 128u + min(n0 + 2u, 127u)];
      let v11: f32 = params[219008u + k * 128u + min(n0 + 3u, 127u)];
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
    if (m0 + 0u < 2048u && n0 + 0u < 128u) {
      let v12: f32 = params[235392u + n0];
      let v13: f32 = (acc_0_0 + v12);
      work[m0 * 128u + n0] = v13;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 128u) {
      let v14: u32 = (n0 + 1u);
      let v15: f32 = params[235392u + v14];
      let v16: f32 = (acc_0_1 + v15);
      work[m0 * 128u + (n0 + 1u)] = v16;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 128u) {
      let v17: u32 = (n0 + 2u);
      let v18: f32 = params[235392u + v17];
      let v19: f32 = (acc_0_2 + v18);
      work[m0 * 128u + (n0 + 2u)] = v19;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 128u) {
      let v20: u32 = (n0 + 3u);
      let v21: f32 = params[235392u + v20];
      let v22: f32 = (acc_0_3 + v21);
      work[m0 * 128u + (n0 + 3u)] = v22;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 128u) {
      let v23: f32 = params[235392u + n0];
      let v24: f32 = (acc_1_0 + v23);
      work[(m0 + 1u) * 128u + n0] = v24;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 128u) {
      let v25: u32 = (n0 + 1u);
      let v26: f32 = params[235392u + v25];
      let v27: f32 = (acc_1_1 + v26);
      work[(m0 + 1u) * 128u + (n0 + 1u)] = v27;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 128u) {
      let v28: u32 = (n0 + 2u);
      let v29: f32 = params[235392u + v28];
      let v30: f32 = (acc_1_2 + v29);
      work[(m0 + 1u) * 128u + (n0 + 2u)] = v30;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 128u) {
      let v31: u32 = (n0 + 3u);
      let v32: f32 = params[235392u + v31];
      let v33: f32 = (acc_1_3 + v32);
      work[(m0 + 1u) * 128u + (n0 + 3u)] = v33;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 128u) {
      let v34: f32 = params[235392u + n0];
      let v35: f32 = (acc_2_0 + v34);
      work[(m0 + 2u) * 128u + n0] = v35;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 128u) {
      let v36: u32 = (n0 + 1u);
      let v37: f32 = params[235392u + v36];
      let v38: f32 = (acc_2_1 + v37);
      work[(m0 + 2u) * 128u + (n0 + 1u)] = v38;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 128u) {
      let v39: u32 = (n0 + 2u);
      let v40: f32 = params[235392u + v39];
      let v41: f32 = (acc_2_2 + v40);
      work[(m0 + 2u) * 128u + (n0 + 2u)] = v41;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 128u) {
      let v42: u32 = (n0 + 3u);
      let v43: f32 = params[235392u + v42];
      let v44: f32 = (acc_2_3 + v43);
      work[(m0 + 2u) * 128u + (n0 + 3u)] = v44;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 128u) {
      let v45: f32 = params[235392u + n0];
      let v46: f32 = (acc_3_0 + v45);
      work[(m0 + 3u) * 128u + n0] = v46;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 128u) {
      let v47: u32 = (n0 + 1u);
      let v48: f32 = params[235392u + v47];
      let v49: f32 = (acc_3_1 + v48);
      work[(m0 + 3u) * 128u + (n0 + 1u)] = v49;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 128u) {
      let v50: u32 = (n0 + 2u);
      let v51: f32 = params[235392u + v50];
      let v52: f32 = (acc_3_2 + v51);
      work[(m0 + 3u) * 128u + (n0 + 2u)] = v52;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 128u) {
      let v53: u32 = (n0 + 3u);
      let v54: f32 = params[235392u + v53];
      let v55: f32 = (acc_3_3 + v54);
      work[(m0 + 3u) * 128u + (n0 + 3u)] = v55;
    }
  }
}
// ---- blocks1_a_matmul_1 (matmul, 256 workgroups, eval_step.015.blocks1_a_matmul_1.wgsl) from specs/char-gpt.model:16
// blocks1_a_matmul_1: matmul kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 16384u; t += stride) {
    let rem = t % 16384u;
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
      let v0: u32 = m0 * 128u + k;
      let v1: f32 = work[790528u + (v0 / 8192u) * 8192u + ((v0 / 128u) % 64u) * 128u + (v0 % 128u)];
      let v2: u32 = min(m0 + 1u, 2047u) * 128u + k;
      let v3: f32 = work[790528u + (v2 / 8192u) * 8192u + ((v2 / 128u) % 64u) * 128u + (v2 % 128u)];
      let v4: u32 = min(m0 + 2u, 2047u) * 128u + k;
      let v5: f32 = work[790528u + (v4 / 8192u) * 8192u + ((v4 / 128u) % 64u) * 128u + (v4 % 128u)];
      let v6: u32 = min(m0 + 3u, 2047u) * 128u + k;
      let v7: f32 = work[790528u + (v6 / 8192u) * 8192u + ((v6 / 128u) % 64u) * 128u + (v6 % 128u)];
      let v8: f32 = params[235520u + k * 128u + n0];
      let v9: f32 = params[235520u + k * 128u + min(n0 + 1u, 127u)];
      let v10: f32 = params[235520u + k * 128u + min(n0 + 2u, 127u)];
      let v11: f32 = params[235520u + k * 128u + min(n0 + 3u, 127u)];
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
    if (m0 + 0u < 2048u && n0 + 0u < 128u) {
      let v12: f32 = params[251904u + n0];
      let v13: f32 = (acc_0_0 + v12);
      work[528384u + m0 * 128u + n0] = v13;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 128u) {
      let v14: u32 = (n0 + 1u);
      let v15: f32 = params[251904u + v14];
      let v16: f32 = (acc_0_1 + v15);
      work[528384u + m0 * 128u + (n0 + 1u)] = v16;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 128u) {
      let v17: u32 = (n0 + 2u);
      let v18: f32 = params[251904u + v17];
      let v19: f32 = (acc_0_2 + v18);
      work[528384u + m0 * 128u + (n0 + 2u)] = v19;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 128u) {
      let v20: u32 = (n0 + 3u);
      let v21: f32 = params[251904u + v20];
      let v22: f32 = (acc_0_3 + v21);
      work[528384u + m0 * 128u + (n0 + 3u)] = v22;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 128u) {
      let v23: f32 = params[251904u + n0];
      let v24: f32 = (acc_1_0 + v23);
      work[528384u + (m0 + 1u) * 128u + n0] = v24;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 128u) {
      let v25: u32 = (n0 + 1u);
      let v26: f32 = params[251904u + v25];
      let v27: f32 = (acc_1_1 + v26);
      work[528384u + (m0 + 1u) * 128u + (n0 + 1u)] = v27;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 128u) {
      let v28: u32 = (n0 + 2u);
      let v29: f32 = params[251904u + v28];
      let v30: f32 = (acc_1_2 + v29);
      work[528384u + (m0 + 1u) * 128u + (n0 + 2u)] = v30;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 128u) {
      let v31: u32 = (n0 + 3u);
      let v32: f32 = params[251904u + v31];
      let v33: f32 = (acc_1_3 + v32);
      work[528384u + (m0 + 1u) * 128u + (n0 + 3u)] = v33;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 128u) {
      let v34: f32 = params[251904u + n0];
      let v35: f32 = (acc_2_0 + v34);
      work[528384u + (m0 + 2u) * 128u + n0] = v35;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 128u) {
      let v36: u32 = (n0 + 1u);
      let v37: f32 = params[251904u + v36];
      let v38: f32 = (acc_2_1 + v37);
      work[528384u + (m0 + 2u) * 128u + (n0 + 1u)] = v38;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 128u) {
      let v39: u32 = (n0 + 2u);
      let v40: f32 = params[251904u + v39];
      let v41: f32 = (acc_2_2 + v40);
      work[528384u + (m0 + 2u) * 128u + (n0 + 2u)] = v41;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 128u) {
      let v42: u32 = (n0 + 3u);
      let v43: f32 = params[251904u + v42];
      let v44: f32 = (acc_2_3 + v43);
      work[528384u + (m0 + 2u) * 128u + (n0 + 3u)] = v44;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 128u) {
      let v45: f32 = params[251904u + n0];
      let v46: f32 = (acc_3_0 + v45);
      work[528384u + (m0 + 3u) * 128u + n0] = v46;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 128u) {
      let v47: u32 = (n0 + 1u);
      let v48: f32 = params[251904u + v47];
      let v49: f32 = (acc_3_1 + v48);
      work[528384u + (m0 + 3u) * 128u + (n0 + 1u)] = v49;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 128u) {
      let v50: u32 = (n0 + 2u);
      let v51: f32 = params[251904u + v50];
      let v52: f32 = (acc_3_2 + v51);
      work[528384u + (m0 + 3u) * 128u + (n0 + 2u)] = v52;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 128u) {
      let v53: u32 = (n0 + 3u);
      let v54: f32 = params[251904u + v53];
      let v55: f32 = (acc_3_3 + v54);
      work[528384u + (m0 + 3u) * 128u + (n0 + 3u)] = v55;
    }
  }
}
// ---- blocks1_a_matmul_2 (matmul, 256 workgroups, eval_step.016.blocks1_a_matmul_2.wgsl) from specs/char-gpt.model:16
// blocks1_a_matmul_2: matmul kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 16384u; t += stride) {
    let rem = t % 16384u;
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
      let v0: u32 = m0 * 128u + k;
      let v1: f32 = work[790528u + (v0 / 8192u) * 8192u + ((v0 / 128u) % 64u) * 128u + (v0 % 128u)];
      let v2: u32 = min(m0 + 1u, 2047u) * 128u + k;
      let v3: f32 = work[790528u + (v2 / 8192u) * 8192u + ((v2 / 128u) % 64u) * 128u + (v2 % 128u)];
      let v4: u32 = min(m0 + 2u, 2047u) * 128u + k;
      let v5: f32 = work[790528u + (v4 / 8192u) * 8192u + ((v4 / 128u) % 64u) * 128u + (v4 % 128u)];
      let v6: u32 = min(m0 + 3u, 2047u) * 128u + k;
      let v7: f32 = work[790528u + (v6 / 8192u) * 8192u + ((v6 / 128u) % 64u) * 128u + (v6 % 128u)];
      let v8: f32 = params[252032u + k * 128u + n0];
      let v9: f32 = params[252032u + k * 128u + min(n0 + 1u, 127u)];
      let v10: f32 = params[252032u + k * 128u + min(n0 + 2u, 127u)];
      let v11: f32 = params[252032u + k * 128u + min(n0 + 3u, 127u)];
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
    if (m0 + 0u < 2048u && n0 + 0u < 128u) {
      let v12: f32 = params[268416u + n0];
      let v13: f32 = (acc_0_0 + v12);
      work[1052672u + m0 * 128u + n0] = v13;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 128u) {
      let v14: u32 = (n0 + 1u);
      let v15: f32 = params[268416u + v14];
      let v16: f32 = (acc_0_1 + v15);
      work[1052672u + m0 * 128u + (n0 + 1u)] = v16;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 128u) {
      let v17: u32 = (n0 + 2u);
      let v18: f32 = params[268416u + v17];
      let v19: f32 = (acc_0_2 + v18);
      work[1052672u + m0 * 128u + (n0 + 2u)] = v19;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 128u) {
      let v20: u32 = (n0 + 3u);
      let v21: f32 = params[268416u + v20];
      let v22: f32 = (acc_0_3 + v21);
      work[1052672u + m0 * 128u + (n0 + 3u)] = v22;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 128u) {
      let v23: f32 = params[268416u + n0];
      let v24: f32 = (acc_1_0 + v23);
      work[1052672u + (m0 + 1u) * 128u + n0] = v24;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 128u) {
      let v25: u32 = (n0 + 1u);
      let v26: f32 = params[268416u + v25];
      let v27: f32 = (acc_1_1 + v26);
      work[1052672u + (m0 + 1u) * 128u + (n0 + 1u)] = v27;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 128u) {
      let v28: u32 = (n0 + 2u);
      let v29: f32 = params[268416u + v28];
      let v30: f32 = (acc_1_2 + v29);
      work[1052672u + (m0 + 1u) * 128u + (n0 + 2u)] = v30;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 128u) {
      let v31: u32 = (n0 + 3u);
      let v32: f32 = params[268416u + v31];
      let v33: f32 = (acc_1_3 + v32);
      work[1052672u + (m0 + 1u) * 128u + (n0 + 3u)] = v33;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 128u) {
      let v34: f32 = params[268416u + n0];
      let v35: f32 = (acc_2_0 + v34);
      work[1052672u + (m0 + 2u) * 128u + n0] = v35;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 128u) {
      let v36: u32 = (n0 + 1u);
      let v37: f32 = params[268416u + v36];
      let v38: f32 = (acc_2_1 + v37);
      work[1052672u + (m0 + 2u) * 128u + (n0 + 1u)] = v38;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 128u) {
      let v39: u32 = (n0 + 2u);
      let v40: f32 = params[268416u + v39];
      let v41: f32 = (acc_2_2 + v40);
      work[1052672u + (m0 + 2u) * 128u + (n0 + 2u)] = v41;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 128u) {
      let v42: u32 = (n0 + 3u);
      let v43: f32 = params[268416u + v42];
      let v44: f32 = (acc_2_3 + v43);
      work[1052672u + (m0 + 2u) * 128u + (n0 + 3u)] = v44;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 128u) {
      let v45: f32 = params[268416u + n0];
      let v46: f32 = (acc_3_0 + v45);
      work[1052672u + (m0 + 3u) * 128u + n0] = v46;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 128u) {
      let v47: u32 = (n0 + 1u);
      let v48: f32 = params[268416u + v47];
      let v49: f32 = (acc_3_1 + v48);
      work[1052672u + (m0 + 3u) * 128u + (n0 + 1u)] = v49;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 128u) {
      let v50: u32 = (n0 + 2u);
      let v51: f32 = params[268416u + v50];
      let v52: f32 = (acc_3_2 + v51);
      work[1052672u + (m0 + 3u) * 128u + (n0 + 2u)] = v52;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 128u) {
      let v53: u32 = (n0 + 3u);
      let v54: f32 = params[268416u + v53];
      let v55: f32 = (acc_3_3 + v54);
      work[1052672u + (m0 + 3u) * 128u + (n0 + 3u)] = v55;
    }
  }
}
// ---- blocks1_a_matmul_3 (matmul, 512 workgroups, eval_step.017.blocks1_a_matmul_3.wgsl) from specs/char-gpt.model:16
// blocks1_a_matmul_3: matmul kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 32768u; t += stride) {
    let v0: u32 = t / 256u;
    let rem = t % 256u;
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
    for (var k = 0u; k < 32u + opaque; k++) {
      let v1: u32 = v0 * 2048u + m0 * 32u + k;
      let v2: u32 = (v1 / 8192u) * 8192u + ((v1 / 32u) % 64u) * 128u + ((v1 / 2048u) % 4u) * 32u + (v1 % 32u);
      let v3: f32 = work[(v2 / 128u) * 128u + (v2 % 128u)];
      let v4: u32 = v0 * 2048u + min(m0 + 1u, 63u) * 32u + k;
      let v5: u32 = (v4 / 8192u) * 8192u + ((v4 / 32u) % 64u) * 128u + ((v4 / 2048u) % 4u) * 32u + (v4 % 32u);
      let v6: f32 = work[(v5 / 128u) * 128u + (v5 % 128u)];
      let v7: u32 = v0 * 2048u + min(m0 + 2u, 63u) * 32u + k;
      let v8: u32 = (v7 / 8192u) * 8192u + ((v7 / 32u) % 64u) * 128u + ((v7 / 2048u) % 4u) * 32u + (v7 % 32u);
      let v9: f32 = work[(v8 / 128u) * 128u + (v8 % 128u)];
      let v10: u32 = v0 * 2048u + min(m0 + 3u, 63u) * 32u + k;
      let v11: u32 = (v10 / 8192u) * 8192u + ((v10 / 32u) % 64u) * 128u + ((v10 / 2048u) % 4u) * 32u + (v10 % 32u);
      let v12: f32 = work[(v11 / 128u) * 128u + (v11 % 128u)];
      let v13: u32 = v0 * 2048u + n0 * 32u + k;
      let v14: u32 = (v13 / 8192u) * 8192u + ((v13 / 32u) % 64u) * 128u + ((v13 / 2048u) % 4u) * 32u + (v13 % 32u);
      let v15: f32 = work[528384u + (v14 / 128u) * 128u + (v14 % 128u)];
      let v16: u32 = v0 * 2048u + min(n0 + 1u, 63u) * 32u + k;
      let v17: u32 = (v16 / 8192u) * 8192u + ((v16 / 32u) % 64u) * 128u + ((v16 / 2048u) % 4u) * 32u + (v16 % 32u);
      let v18: f32 = work[528384u + (v17 / 128u) * 128u + (v17 % 128u)];
      let v19: u32 = v0 * 2048u + min(n0 + 2u, 63u) * 32u + k;
      let v20: u32 = (v19 / 8192u) * 8192u + ((v19 / 32u) % 64u) * 128u + ((v19 / 2048u) % 4u) * 32u + (v19 % 32u);
      let v21: f32 = work[528384u + (v20 / 128u) * 128u + (v20 % 128u)];
      let v22: u32 = v0 * 2048u + min(n0 + 3u, 63u) * 32u + k;
      let v23: u32 = (v22 / 8192u) * 8192u + ((v22 / 32u) % 64u) * 128u + ((v22 / 2048u) % 4u) * 32u + (v22 % 32u);
      let v24: f32 = work[528384u + (v23 / 128u) * 128u + (v23 % 128u)];
      acc_0_0 = fma(v3, v15, acc_0_0);
      acc_0_1 = fma(v3, v18, acc_0_1);
      acc_0_2 = fma(v3, v21, acc_0_2);
      acc_0_3 = fma(v3, v24, acc_0_3);
      acc_1_0 = fma(v6, v15, acc_1_0);
      acc_1_1 = fma(v6, v18, acc_1_1);
      acc_1_2 = fma(v6, v21, acc_1_2);
      acc_1_3 = fma(v6, v24, acc_1_3);
      acc_2_0 = fma(v9, v15, acc_2_0);
      acc_2_1 = fma(v9, v18, acc_2_1);
      acc_2_2 = fma(v9, v21, acc_2_2);
      acc_2_3 = fma(v9, v24, acc_2_3);
      acc_3_0 = fma(v12, v15, acc_3_0);
      acc_3_1 = fma(v12, v18, acc_3_1);
      acc_3_2 = fma(v12, v21, acc_3_2);
      acc_3_3 = fma(v12, v24, acc_3_3);
    }
    if (m0 + 0u < 64u && n0 + 0u < 64u) {
      work[1314816u + v0 * 4096u + m0 * 64u + n0] = acc_0_0;
    }
    if (m0 + 0u < 64u && n0 + 1u < 64u) {
      work[1314816u + v0 * 4096u + m0 * 64u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 64u && n0 + 2u < 64u) {
      work[1314816u + v0 * 4096u + m0 * 64u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 64u && n0 + 3u < 64u) {
      work[1314816u + v0 * 4096u + m0 * 64u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 64u && n0 + 0u < 64u) {
      work[1314816u + v0 * 4096u + (m0 + 1u) * 64u + n0] = acc_1_0;
    }
    if (m0 + 1u < 64u && n0 + 1u < 64u) {
      work[1314816u + v0 * 4096u + (m0 + 1u) * 64u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 64u && n0 + 2u < 64u) {
      work[1314816u + v0 * 4096u + (m0 + 1u) * 64u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 64u && n0 + 3u < 64u) {
      work[1314816u + v0 * 4096u + (m0 + 1u) * 64u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 64u && n0 + 0u < 64u) {
      work[1314816u + v0 * 4096u + (m0 + 2u) * 64u + n0] = acc_2_0;
    }
    if (m0 + 2u < 64u && n0 + 1u < 64u) {
      work[1314816u + v0 * 4096u + (m0 + 2u) * 64u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 64u && n0 + 2u < 64u) {
      work[1314816u + v0 * 4096u + (m0 + 2u) * 64u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 64u && n0 + 3u < 64u) {
      work[1314816u + v0 * 4096u + (m0 + 2u) * 64u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 64u && n0 + 0u < 64u) {
      work[1314816u + v0 * 4096u + (m0 + 3u) * 64u + n0] = acc_3_0;
    }
    if (m0 + 3u < 64u && n0 + 1u < 64u) {
      work[1314816u + v0 * 4096u + (m0 + 3u) * 64u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 64u && n0 + 2u < 64u) {
      work[1314816u + v0 * 4096u + (m0 + 3u) * 64u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 64u && n0 + 3u < 64u) {
      work[1314816u + v0 * 4096u + (m0 + 3u) * 64u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks1_a_softmax (reduce, 128 workgroups, eval_step.018.blocks1_a_softmax.wgsl) from specs/char-gpt.model:16
// blocks1_a_softmax: reduce kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 8192u; r += stride) {
    var acc0: f32 = -3.4028234e38f;
    for (var j = 0u; j < 64u + opaque; j++) {
      let v2: f32 = (work[1314816u + (r / 64u) * 4096u + (r % 64u) * 64u + j] * 0.1767766922712326f);
      let v3: f32 = select((-3.0000000054977558e+38f), v2, work[262144u + (r % 64u) * 64u + j] != 0.0f);
      acc0 = max(acc0, v3);
    }
    var acc4: f32 = 0.0f;
    for (var j = 0u; j < 64u + opaque; j++) {
      let v6: f32 = (work[1314816u + (r / 64u) * 4096u + (r % 64u) * 64u + j] * 0.1767766922712326f);
      let v7: f32 = select((-3.0000000054977558e+38f), v6, work[262144u + (r % 64u) * 64u + j] != 0.0f);
      let v8: f32 = (v7 - acc0);
      let v9: f32 = exp(v8);
      acc4 += v9;
    }
    for (var j = 0u; j < 64u + opaque; j++) {
      let v10: f32 = (work[1314816u + (r / 64u) * 4096u + (r % 64u) * 64u + j] * 0.1767766922712326f);
      let v11: f32 = select((-3.0000000054977558e+38f), v10, work[262144u + (r % 64u) * 64u + j] != 0.0f);
      let v12: f32 = (v11 - acc0);
      let v13: f32 = exp(v12);
      let v14: f32 = (v13 / acc4);
      work[528384u + (r / 64u) * 4096u + (r % 64u) * 64u + j] = v14;
    }
  }
}
// ---- blocks1_a_matmul_4 (matmul, 256 workgroups, eval_step.019.blocks1_a_matmul_4.wgsl) from specs/char-gpt.model:16
// blocks1_a_matmul_4: matmul kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 16384u; t += stride) {
    let v0: u32 = t / 128u;
    let rem = t % 128u;
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
    for (var k = 0u; k < 64u + opaque; k++) {
      let v1: f32 = work[528384u + v0 * 4096u + m0 * 64u + k];
      let v2: f32 = work[528384u + v0 * 4096u + min(m0 + 1u, 63u) * 64u + k];
      let v3: f32 = work[528384u + v0 * 4096u + min(m0 + 2u, 63u) * 64u + k];
      let v4: f32 = work[528384u + v0 * 4096u + min(m0 + 3u, 63u) * 64u + k];
      let v5: u32 = v0 * 2048u + k * 32u + n0;
      let v6: u32 = (v5 / 8192u) * 8192u + ((v5 / 32u) % 64u) * 128u + ((v5 / 2048u) % 4u) * 32u + (v5 % 32u);
      let v7: f32 = work[1052672u + (v6 / 128u) * 128u + (v6 % 128u)];
      let v8: u32 = v0 * 2048u + k * 32u + min(n0 + 1u, 31u);
      let v9: u32 = (v8 / 8192u) * 8192u + ((v8 / 32u) % 64u) * 128u + ((v8 / 2048u) % 4u) * 32u + (v8 % 32u);
      let v10: f32 = work[1052672u + (v9 / 128u) * 128u + (v9 % 128u)];
      let v11: u32 = v0 * 2048u + k * 32u + min(n0 + 2u, 31u);
      let v12: u32 = (v11 / 8192u) * 8192u + ((v11 / 32u) % 64u) * 128u + ((v11 / 2048u) % 4u) * 32u + (v11 % 32u);
      let v13: f32 = work[1052672u + (v12 / 128u) * 128u + (v12 % 128u)];
      let v14: u32 = v0 * 2048u + k * 32u + min(n0 + 3u, 31u);
      let v15: u32 = (v14 / 8192u) * 8192u + ((v14 / 32u) % 64u) * 128u + ((v14 / 2048u) % 4u) * 32u + (v14 % 32u);
      let v16: f32 = work[1052672u + (v15 / 128u) * 128u + (v15 % 128u)];
      acc_0_0 = fma(v1, v7, acc_0_0);
      acc_0_1 = fma(v1, v10, acc_0_1);
      acc_0_2 = fma(v1, v13, acc_0_2);
      acc_0_3 = fma(v1, v16, acc_0_3);
      acc_1_0 = fma(v2, v7, acc_1_0);
      acc_1_1 = fma(v2, v10, acc_1_1);
      acc_1_2 = fma(v2, v13, acc_1_2);
      acc_1_3 = fma(v2, v16, acc_1_3);
      acc_2_0 = fma(v3, v7, acc_2_0);
      acc_2_1 = fma(v3, v10, acc_2_1);
      acc_2_2 = fma(v3, v13, acc_2_2);
      acc_2_3 = fma(v3, v16, acc_2_3);
      acc_3_0 = fma(v4, v7, acc_3_0);
      acc_3_1 = fma(v4, v10, acc_3_1);
      acc_3_2 = fma(v4, v13, acc_3_2);
      acc_3_3 = fma(v4, v16, acc_3_3);
    }
    if (m0 + 0u < 64u && n0 + 0u < 32u) {
      work[v0 * 2048u + m0 * 32u + n0] = acc_0_0;
    }
    if (m0 + 0u < 64u && n0 + 1u < 32u) {
      work[v0 * 2048u + m0 * 32u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 64u && n0 + 2u < 32u) {
      work[v0 * 2048u + m0 * 32u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 64u && n0 + 3u < 32u) {
      work[v0 * 2048u + m0 * 32u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 64u && n0 + 0u < 32u) {
      work[v0 * 2048u + (m0 + 1u) * 32u + n0] = acc_1_0;
    }
    if (m0 + 1u < 64u && n0 + 1u < 32u) {
      work[v0 * 2048u + (m0 + 1u) * 32u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 64u && n0 + 2u < 32u) {
      work[v0 * 2048u + (m0 + 1u) * 32u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 64u && n0 + 3u < 32u) {
      work[v0 * 2048u + (m0 + 1u) * 32u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 64u && n0 + 0u < 32u) {
      work[v0 * 2048u + (m0 + 2u) * 32u + n0] = acc_2_0;
    }
    if (m0 + 2u < 64u && n0 + 1u < 32u) {
      work[v0 * 2048u + (m0 + 2u) * 32u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 64u && n0 + 2u < 32u) {
      work[v0 * 2048u + (m0 + 2u) * 32u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 64u && n0 + 3u < 32u) {
      work[v0 * 2048u + (m0 + 2u) * 32u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 64u && n0 + 0u < 32u) {
      work[v0 * 2048u + (m0 + 3u) * 32u + n0] = acc_3_0;
    }
    if (m0 + 3u < 64u && n0 + 1u < 32u) {
      work[v0 * 2048u + (m0 + 3u) * 32u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 64u && n0 + 2u < 32u) {
      work[v0 * 2048u + (m0 + 3u) * 32u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 64u && n0 + 3u < 32u) {
      work[v0 * 2048u + (m0 + 3u) * 32u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks1_a_matmul_5 (matmul, 256 workgroups, eval_step.020.blocks1_a_matmul_5.wgsl) from specs/char-gpt.model:16
// blocks1_a_matmul_5: matmul kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 16384u; t += stride) {
    let rem = t % 16384u;
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
      let v0: u32 = m0 * 128u + k;
      let v1: u32 = (v0 / 8192u) * 8192u + ((v0 / 32u) % 4u) * 2048u + ((v0 / 128u) % 64u) * 32u + (v0 % 32u);
      let v2: f32 = work[(v1 / 2048u) * 2048u + ((v1 / 32u) % 64u) * 32u + (v1 % 32u)];
      let v3: u32 = min(m0 + 1u, 2047u) * 128u + k;
      let v4: u32 = (v3 / 8192u) * 8192u + ((v3 / 32u) % 4u) * 2048u + ((v3 / 128u) % 64u) * 32u + (v3 % 32u);
      let v5: f32 = work[(v4 / 2048u) * 2048u + ((v4 / 32u) % 64u) * 32u + (v4 % 32u)];
      let v6: u32 = min(m0 + 2u, 2047u) * 128u + k;
      let v7: u32 = (v6 / 8192u) * 8192u + ((v6 / 32u) % 4u) * 2048u + ((v6 / 128u) % 64u) * 32u + (v6 % 32u);
      let v8: f32 = work[(v7 / 2048u) * 2048u + ((v7 / 32u) % 64u) * 32u + (v7 % 32u)];
      let v9: u32 = min(m0 + 3u, 2047u) * 128u + k;
      let v10: u32 = (v9 / 8192u) * 8192u + ((v9 / 32u) % 4u) * 2048u + ((v9 / 128u) % 64u) * 32u + (v9 % 32u);
      let v11: f32 = work[(v10 / 2048u) * 2048u + ((v10 / 32u) % 64u) * 32u + (v10 % 32u)];
      let v12: f32 = params[268544u + k * 128u + n0];
      let v13: f32 = params[268544u + k * 128u + min(n0 + 1u, 127u)];
      let v14: f32 = params[268544u + k * 128u + min(n0 + 2u, 127u)];
      let v15: f32 = params[268544u + k * 128u + min(n0 + 3u, 127u)];
      acc_0_0 = fma(v2, v12, acc_0_0);
      acc_0_1 = fma(v2, v13, acc_0_1);
      acc_0_2 = fma(v2, v14, acc_0_2);
      acc_0_3 = fma(v2, v15, acc_0_3);
      acc_1_0 = fma(v5, v12, acc_1_0);
      acc_1_1 = fma(v5, v13, acc_1_1);
      acc_1_2 = fma(v5, v14, acc_1_2);
      acc_1_3 = fma(v5, v15, acc_1_3);
      acc_2_0 = fma(v8, v12, acc_2_0);
      acc_2_1 = fma(v8, v13, acc_2_1);
      acc_2_2 = fma(v8, v14, acc_2_2);
      acc_2_3 = fma(v8, v15, acc_2_3);
      acc_3_0 = fma(v11, v12, acc_3_0);
      acc_3_1 = fma(v11, v13, acc_3_1);
      acc_3_2 = fma(v11, v14, acc_3_2);
      acc_3_3 = fma(v11, v15, acc_3_3);
    }
    if (m0 + 0u < 2048u && n0 + 0u < 128u) {
      work[528384u + m0 * 128u + n0] = acc_0_0;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 128u) {
      work[528384u + m0 * 128u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 128u) {
      work[528384u + m0 * 128u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 128u) {
      work[528384u + m0 * 128u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 128u) {
      work[528384u + (m0 + 1u) * 128u + n0] = acc_1_0;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 128u) {
      work[528384u + (m0 + 1u) * 128u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 128u) {
      work[528384u + (m0 + 1u) * 128u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 128u) {
      work[528384u + (m0 + 1u) * 128u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 128u) {
      work[528384u + (m0 + 2u) * 128u + n0] = acc_2_0;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 128u) {
      work[528384u + (m0 + 2u) * 128u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 128u) {
      work[528384u + (m0 + 2u) * 128u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 128u) {
      work[528384u + (m0 + 2u) * 128u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 128u) {
      work[528384u + (m0 + 3u) * 128u + n0] = acc_3_0;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 128u) {
      work[528384u + (m0 + 3u) * 128u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 128u) {
      work[528384u + (m0 + 3u) * 128u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 128u) {
      work[528384u + (m0 + 3u) * 128u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks1_h_norm (reduce, 32 workgroups, eval_step.021.blocks1_h_norm.wgsl) from specs/char-gpt.model:18, specs/char-gpt.model:17, specs/char-gpt.model:16
// blocks1_h_norm: reduce kernel (mdlc)
// from specs/char-gpt.model:18, specs/char-gpt.model:17, specs/char-gpt.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 2048u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 128u + opaque; j++) {
      let v2: u32 = (r / 64u) * 8192u + (r % 64u) * 128u + j;
      let v3: u32 = (v2 % 128u);
      let v4: f32 = params[284928u + v3];
      let v5: f32 = (work[528384u + (v2 / 128u) * 128u + (v2 % 128u)] + v4);
      let v6: f32 = (work[266240u + (r / 64u) * 8192u + (r % 64u) * 128u + j] + v5);
      acc0 += v6;
    }
    var acc7: f32 = 0.0f;
    for (var j = 0u; j < 128u + opaque; j++) {
      let v9: u32 = (r / 64u) * 8192u + (r % 64u) * 128u + j;
      let v10: u32 = (v9 % 128u);
      let v11: f32 = params[284928u + v10];
      let v12: f32 = (work[528384u + (v9 / 128u) * 128u + (v9 % 128u)] + v11);
      let v13: f32 = (work[266240u + (r / 64u) * 8192u + (r % 64u) * 128u + j] + v12);
      let v14: f32 = (acc0 * 0.0078125f);
      let v15: f32 = (v13 - v14);
      let v16: f32 = (v15 * v15);
      acc7 += v16;
    }
    for (var j = 0u; j < 128u + opaque; j++) {
      let v17: u32 = (r / 64u) * 8192u + (r % 64u) * 128u + j;
      let v18: u32 = (v17 % 128u);
      let v19: f32 = params[284928u + v18];
      let v20: f32 = (work[528384u + (v17 / 128u) * 128u + (v17 % 128u)] + v19);
      let v21: f32 = (work[266240u + (r / 64u) * 8192u + (r % 64u) * 128u + j] + v20);
      work[(r / 64u) * 8192u + (r % 64u) * 128u + j] = v21;
      let v22: f32 = (acc0 * 0.0078125f);
      let v23: f32 = (v21 - v22);
      let v24: f32 = (acc7 * 0.0078125f);
      let v25: f32 = (v24 + 0.0010000000474974513f);
      let v26: f32 = sqrt(v25);
      let v27: f32 = (v23 / v26);
      let v28: f32 = params[285056u + j];
      let v29: f32 = (v27 * v28);
      let v30: f32 = params[285184u + j];
      let v31: f32 = (v29 + v30);
      work[790528u + (r / 64u) * 8192u + (r % 64u) * 128u + j] = v31;
    }
  }
}
// ---- blocks1_f_matmul (matmul, 1024 workgroups, eval_step.022.blocks1_f_matmul.wgsl) from specs/char-gpt.model:18
// blocks1_f_matmul: matmul kernel (mdlc)
// from specs/char-gpt.model:18
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 65536u; t += stride) {
    let rem = t % 65536u;
    let m0 = (rem / 128u) * 4u;
    let n0 = (rem % 128u) * 4u;
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
      let v0: u32 = m0 * 128u + k;
      let v1: f32 = work[790528u + (v0 / 8192u) * 8192u + ((v0 / 128u) % 64u) * 128u + (v0 % 128u)];
      let v2: u32 = min(m0 + 1u, 2047u) * 128u + k;
      let v3: f32 = work[790528u + (v2 / 8192u) * 8192u + ((v2 / 128u) % 64u) * 128u + (v2 % 128u)];
      let v4: u32 = min(m0 + 2u, 2047u) * 128u + k;
      let v5: f32 = work[790528u + (v4 / 8192u) * 8192u + ((v4 / 128u) % 64u) * 128u + (v4 % 128u)];
      let v6: u32 = min(m0 + 3u, 2047u) * 128u + k;
      let v7: f32 = work[790528u + (v6 / 8192u) * 8192u + ((v6 / 128u) % 64u) * 128u + (v6 % 128u)];
      let v8: f32 = params[285312u + k * 512u + n0];
      let v9: f32 = params[285312u + k * 512u + min(n0 + 1u, 511u)];
      let v10: f32 = params[285312u + k * 512u + min(n0 + 2u, 511u)];
      let v11: f32 = params[285312u + k * 512u + min(n0 + 3u, 511u)];
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
    if (m0 + 0u < 2048u && n0 + 0u < 512u) {
      work[1052672u + m0 * 512u + n0] = acc_0_0;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 512u) {
      work[1052672u + m0 * 512u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 512u) {
      work[1052672u + m0 * 512u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 512u) {
      work[1052672u + m0 * 512u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 512u) {
      work[1052672u + (m0 + 1u) * 512u + n0] = acc_1_0;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 512u) {
      work[1052672u + (m0 + 1u) * 512u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 512u) {
      work[1052672u + (m0 + 1u) * 512u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 512u) {
      work[1052672u + (m0 + 1u) * 512u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 512u) {
      work[1052672u + (m0 + 2u) * 512u + n0] = acc_2_0;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 512u) {
      work[1052672u + (m0 + 2u) * 512u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 512u) {
      work[1052672u + (m0 + 2u) * 512u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 512u) {
      work[1052672u + (m0 + 2u) * 512u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 512u) {
      work[1052672u + (m0 + 3u) * 512u + n0] = acc_3_0;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 512u) {
      work[1052672u + (m0 + 3u) * 512u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 512u) {
      work[1052672u + (m0 + 3u) * 512u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 512u) {
      work[1052672u + (m0 + 3u) * 512u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks1_f_mul (elementwise, 4096 workgroups, eval_step.023.blocks1_f_mul.wgsl) from specs/char-gpt.model:18
// blocks1_f_mul: elementwise kernel (mdlc)
// from specs/char-gpt.model:18
@group(0) @binding(0) var<storage, read> params: array<f32>;
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
  for (var i = gid.x; i < 1048576u; i += stride) {
    let v0: u32 = (i / 32768u) * 32768u + ((i / 512u) % 64u) * 512u + (i % 512u);
    let v1: u32 = (v0 % 512u);
    let v2: f32 = params[350848u + v1];
    let v3: f32 = (work[1052672u + (v0 / 512u) * 512u + (v0 % 512u)] + v2);
    let v4: f32 = (v3 * 0.5f);
    let v5: u32 = (i / 32768u) * 32768u + ((i / 512u) % 64u) * 512u + (i % 512u);
    let v6: u32 = (v5 % 512u);
    let v7: f32 = params[350848u + v6];
    let v8: f32 = (work[1052672u + (v5 / 512u) * 512u + (v5 % 512u)] + v7);
    let v9: f32 = (v8 * 0.7071067690849304f);
    let v10: f32 = mdlc_erf(v9);
    let v11: f32 = (1.0f + v10);
    let v12: f32 = (v4 * v11);
    work[2101248u + (i / 32768u) * 32768u + ((i / 512u) % 64u) * 512u + (i % 512u)] = v12;
  }
}
// ---- blocks1_output_dense_matmul (matmul, 256 workgroups, eval_step.024.blocks1_output_dense_matmul.wgsl) from specs/char-gpt.model:19
// blocks1_output_dense_matmul: matmul kernel (mdlc)
// from specs/char-gpt.model:19
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 16384u; t += stride) {
    let rem = t % 16384u;
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
    for (var k = 0u; k < 512u + opaque; k++) {
      let v0: u32 = m0 * 512u + k;
      let v1: f32 = work[2101248u + (v0 / 32768u) * 32768u + ((v0 / 512u) % 64u) * 512u + (v0 % 512u)];
      let v2: u32 = min(m0 + 1u, 2047u) * 512u + k;
      let v3: f32 = work[2101248u + (v2 / 32768u) * 32768u + ((v2 / 512u) % 64u) * 512u + (v2 % 512u)];
      let v4: u32 = min(m0 + 2u, 2047u) * 512u + k;
      let v5: f32 = work[2101248u + (v4 / 32768u) * 32768u + ((v4 / 512u) % 64u) * 512u + (v4 % 512u)];
      let v6: u32 = min(m0 + 3u, 2047u) * 512u + k;
      let v7: f32 = work[2101248u + (v6 / 32768u) * 32768u + ((v6 / 512u) % 64u) * 512u + (v6 % 512u)];
      let v8: f32 = params[351360u + k * 128u + n0];
      let v9: f32 = params[351360u + k * 128u + min(n0 + 1u, 127u)];
      let v10: f32 = params[351360u + k * 128u + min(n0 + 2u, 127u)];
      let v11: f32 = params[351360u + k * 128u + min(n0 + 3u, 127u)];
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
    if (m0 + 0u < 2048u && n0 + 0u < 128u) {
      work[262144u + m0 * 128u + n0] = acc_0_0;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 128u) {
      work[262144u + m0 * 128u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 128u) {
      work[262144u + m0 * 128u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 128u) {
      work[262144u + m0 * 128u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 128u) {
      work[262144u + (m0 + 1u) * 128u + n0] = acc_1_0;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 128u) {
      work[262144u + (m0 + 1u) * 128u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 128u) {
      work[262144u + (m0 + 1u) * 128u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 128u) {
      work[262144u + (m0 + 1u) * 128u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 128u) {
      work[262144u + (m0 + 2u) * 128u + n0] = acc_2_0;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 128u) {
      work[262144u + (m0 + 2u) * 128u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 128u) {
      work[262144u + (m0 + 2u) * 128u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 128u) {
      work[262144u + (m0 + 2u) * 128u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 128u) {
      work[262144u + (m0 + 3u) * 128u + n0] = acc_3_0;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 128u) {
      work[262144u + (m0 + 3u) * 128u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 128u) {
      work[262144u + (m0 + 3u) * 128u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 128u) {
      work[262144u + (m0 + 3u) * 128u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- final_norm (reduce, 32 workgroups, eval_step.025.final_norm.wgsl) from specs/char-gpt.model:25, specs/char-gpt.model:19, specs/char-gpt.model:16
// final_norm: reduce kernel (mdlc)
// from specs/char-gpt.model:25, specs/char-gpt.model:19, specs/char-gpt.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 2048u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 128u + opaque; j++) {
      let v2: u32 = (r / 64u) * 8192u + (r % 64u) * 128u + j;
      let v3: u32 = (v2 % 128u);
      let v4: f32 = params[416896u + v3];
      let v5: f32 = (work[262144u + (v2 / 128u) * 128u + (v2 % 128u)] + v4);
      let v6: f32 = (work[(r / 64u) * 8192u + (r % 64u) * 128u + j] + v5);
      acc0 += v6;
    }
    var acc7: f32 = 0.0f;
    for (var j = 0u; j < 128u + opaque; j++) {
      let v9: u32 = (r / 64u) * 8192u + (r % 64u) * 128u + j;
      let v10: u32 = (v9 % 128u);
      let v11: f32 = params[416896u + v10];
      let v12: f32 = (work[262144u + (v9 / 128u) * 128u + (v9 % 128u)] + v11);
      let v13: f32 = (work[(r / 64u) * 8192u + (r % 64u) * 128u + j] + v12);
      let v14: f32 = (acc0 * 0.0078125f);
      let v15: f32 = (v13 - v14);
      let v16: f32 = (v15 * v15);
      acc7 += v16;
    }
    for (var j = 0u; j < 128u + opaque; j++) {
      let v17: u32 = (r / 64u) * 8192u + (r % 64u) * 128u + j;
      let v18: u32 = (v17 % 128u);
      let v19: f32 = params[416896u + v18];
      let v20: f32 = (work[262144u + (v17 / 128u) * 128u + (v17 % 128u)] + v19);
      let v21: f32 = (work[(r / 64u) * 8192u + (r % 64u) * 128u + j] + v20);
      let v22: f32 = (acc0 * 0.0078125f);
      let v23: f32 = (v21 - v22);
      let v24: f32 = (acc7 * 0.0078125f);
      let v25: f32 = (v24 + 0.0010000000474974513f);
      let v26: f32 = sqrt(v25);
      let v27: f32 = (v23 / v26);
      let v28: f32 = params[417024u + j];
      let v29: f32 = (v27 * v28);
      let v30: f32 = params[417152u + j];
      let v31: f32 = (v29 + v30);
      work[524288u + (r / 64u) * 8192u + (r % 64u) * 128u + j] = v31;
    }
  }
}
// ---- logits_matmul (matmul, 192 workgroups, eval_step.026.logits_matmul.wgsl) from specs/char-gpt.model:26
// logits_matmul: matmul kernel (mdlc)
// from specs/char-gpt.model:26
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 12288u; t += stride) {
    let rem = t % 12288u;
    let m0 = (rem / 24u) * 4u;
    let n0 = (rem % 24u) * 4u;
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
      let v0: u32 = m0 * 128u + k;
      let v1: f32 = work[524288u + (v0 / 8192u) * 8192u + ((v0 / 128u) % 64u) * 128u + (v0 % 128u)];
      let v2: u32 = min(m0 + 1u, 2047u) * 128u + k;
      let v3: f32 = work[524288u + (v2 / 8192u) * 8192u + ((v2 / 128u) % 64u) * 128u + (v2 % 128u)];
      let v4: u32 = min(m0 + 2u, 2047u) * 128u + k;
      let v5: f32 = work[524288u + (v4 / 8192u) * 8192u + ((v4 / 128u) % 64u) * 128u + (v4 % 128u)];
      let v6: u32 = min(m0 + 3u, 2047u) * 128u + k;
      let v7: f32 = work[524288u + (v6 / 8192u) * 8192u + ((v6 / 128u) % 64u) * 128u + (v6 % 128u)];
      let v8: f32 = params[417280u + k * 96u + n0];
      let v9: f32 = params[417280u + k * 96u + min(n0 + 1u, 95u)];
      let v10: f32 = params[417280u + k * 96u + min(n0 + 2u, 95u)];
      let v11: f32 = params[417280u + k * 96u + min(n0 + 3u, 95u)];
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
    if (m0 + 0u < 2048u && n0 + 0u < 96u) {
      work[m0 * 96u + n0] = acc_0_0;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 96u) {
      work[m0 * 96u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 96u) {
      work[m0 * 96u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 96u) {
      work[m0 * 96u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 96u) {
      work[(m0 + 1u) * 96u + n0] = acc_1_0;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 96u) {
      work[(m0 + 1u) * 96u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 96u) {
      work[(m0 + 1u) * 96u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 96u) {
      work[(m0 + 1u) * 96u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 96u) {
      work[(m0 + 2u) * 96u + n0] = acc_2_0;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 96u) {
      work[(m0 + 2u) * 96u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 96u) {
      work[(m0 + 2u) * 96u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 96u) {
      work[(m0 + 2u) * 96u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 96u) {
      work[(m0 + 3u) * 96u + n0] = acc_3_0;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 96u) {
      work[(m0 + 3u) * 96u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 96u) {
      work[(m0 + 3u) * 96u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 96u) {
      work[(m0 + 3u) * 96u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- loss_log_softmax (reduce, 32 workgroups, eval_step.027.loss_log_softmax.wgsl) from specs/char-gpt.model:28, specs/char-gpt.model:26
// loss_log_softmax: reduce kernel (mdlc)
// from specs/char-gpt.model:28, specs/char-gpt.model:26
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(2) var<storage, read> data: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 2048u; r += stride) {
    var acc0: f32 = -3.4028234e38f;
    for (var j = 0u; j < 96u + opaque; j++) {
      let v2: u32 = (r / 64u) * 6144u + (r % 64u) * 96u + j;
      let v3: u32 = (v2 % 96u);
      let v4: f32 = params[429568u + v3];
      let v5: f32 = (work[(v2 / 96u) * 96u + (v2 % 96u)] + v4);
      acc0 = max(acc0, v5);
    }
    var acc6: f32 = 0.0f;
    for (var j = 0u; j < 96u + opaque; j++) {
      let v8: u32 = (r / 64u) * 6144u + (r % 64u) * 96u + j;
      let v9: u32 = (v8 % 96u);
      let v10: f32 = params[429568u + v9];
      let v11: f32 = (work[(v8 / 96u) * 96u + (v8 % 96u)] + v10);
      let v12: f32 = (v11 - acc0);
      let v13: f32 = exp(v12);
      acc6 += v13;
    }
    var acc14: f32 = 0.0f;
    for (var j = 0u; j < 96u + opaque; j++) {
      let v16: i32 = i32(j);
      let v17: u32 = (r / 64u) * 64u + (r % 64u);
      let v18: i32 = bitcast<i32>(data[2048u + (v17 / 64u) * 64u + (v17 % 64u)]);
      let v19: f32 = select(0.0f, 1.0f, v16 == v18);
      let v20: u32 = (r / 64u) * 6144u + (r % 64u) * 96u + j;
      let v21: u32 = (v20 % 96u);
      let v22: f32 = params[429568u + v21];
      let v23: f32 = (work[(v20 / 96u) * 96u + (v20 % 96u)] + v22);
      let v24: f32 = (v23 - acc0);
      let v25: f32 = log(acc6);
      let v26: f32 = (v24 - v25);
      let v27: f32 = (v19 * v26);
      acc14 += v27;
    }
    work[393216u + (r / 64u) * 64u + (r % 64u)] = acc14;
    for (var j = 0u; j < 96u + opaque; j++) {
      let v28: i32 = i32(j);
      let v29: u32 = (r / 64u) * 64u + (r % 64u);
      let v30: i32 = bitcast<i32>(data[2048u + (v29 / 64u) * 64u + (v29 % 64u)]);
      let v31: f32 = select(0.0f, 1.0f, v28 == v30);
      work[196608u + (r / 64u) * 6144u + (r % 64u) * 96u + j] = v31;
    }
  }
}
// ---- loss_sum (reduce, 1 workgroups, eval_step.028.loss_sum.wgsl) from specs/char-gpt.model:28
// loss_sum: reduce kernel (mdlc)
// from specs/char-gpt.model:28
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 32u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 64u + opaque; j++) {
      let v2: f32 = (-work[393216u + r * 64u + j]);
      acc0 += v2;
    }
    work[395264u + r] = acc0;
  }
}
// ---- metrics_argmax (reduce, 32 workgroups, eval_step.029.metrics_argmax.wgsl) from specs/char-gpt.model:28, specs/char-gpt.model:26
// metrics_argmax: reduce kernel (mdlc)
// from specs/char-gpt.model:28, specs/char-gpt.model:26
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
      for (var j = 0u; j < 32u + opaque; j++) {
        let s0_v2: f32 = (work[395264u + j] * 0.015625f);
        let s0_v3: f32 = (s0_v2 * data[4096u + j]);
        s0_acc0 += s0_v3;
      }
      work[393216u] = s0_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s1_acc0: f32 = 0.0f;
      for (var j = 0u; j < 32u + opaque; j++) {
        s1_acc0 += data[4096u + j];
      }
      work[393220u] = s1_acc0;
    }
  }
  for (var r = gid.x; r < 2048u; r += stride) {
    var best1: f32 = -3.4028234e38f;
    var acc0: i32 = 0i;
    for (var j = 0u; j < 96u + opaque; j++) {
      let v2: u32 = (r / 64u) * 6144u + (r % 64u) * 96u + j;
      let v3: u32 = (v2 % 96u);
      let v4: f32 = params[429568u + v3];
      let v5: f32 = (work[(v2 / 96u) * 96u + (v2 % 96u)] + v4);
      if (v5 > best1) { best1 = v5; acc0 = i32(j); }
    }
    work[395296u + (r / 64u) * 64u + (r % 64u)] = bitcast<f32>(acc0);
  }
}
// ---- metrics_sum (elementwise, 1 workgroups, eval_step.030.metrics_sum.wgsl) from 
// metrics_sum: elementwise kernel (mdlc)
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
      for (var j = 0u; j < 196608u + opaque; j++) {
        let s0_v2: i32 = i32((j % 96u));
        let s0_v3: f32 = select(0.0f, 1.0f, s0_v2 == bitcast<i32>(work[395296u + (j / 6144u) * 64u + ((j / 96u) % 64u)]));
        let s0_v4: f32 = (s0_v3 * work[196608u + (j / 6144u) * 6144u + ((j / 96u) % 64u) * 96u + (j % 96u)]);
        let s0_v5: u32 = (j / 6144u);
        let s0_v6: f32 = data[4096u + s0_v5];
        let s0_v7: f32 = (s0_v4 * s0_v6);
        s0_acc0 += s0_v7;
      }
      work[4u] = s0_acc0;
    }
  }
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s1_v0: f32 = work[393220u];
      let s1_v1: f32 = (state[28u] + s1_v0);
      state[28u] = s1_v1;
    }
  }
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s2_v0: f32 = work[393216u];
      let s2_v1: f32 = work[393220u];
      let s2_v2: f32 = max(s2_v1, 9.999999960041972e-13f);
      let s2_v3: f32 = (s2_v0 / s2_v2);
      work[0u] = s2_v3;
      let s2_v4: f32 = (s2_v3 * s2_v1);
      let s2_v5: f32 = (state[24u] + s2_v4);
      state[24u] = s2_v5;
      let s2_v6: f32 = abs(s2_v3);
      let s2_v7: f32 = select(0.0f, 1.0f, s2_v6 <= 3.0000000054977558e+38f);
      let s2_v8: f32 = (1.0f - s2_v7);
      let s2_v9: f32 = (state[32u] + s2_v8);
      state[32u] = s2_v9;
    }
  }
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s3_v0: f32 = work[4u];
      let s3_v1: f32 = (state[36u] + s3_v0);
      state[36u] = s3_v1;
    }
  }
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s4_v0: f32 = work[393220u];
      let s4_v1: f32 = (s4_v0 * 64.0f);
      work[8u] = s4_v1;
      let s4_v2: f32 = (state[40u] + s4_v1);
      state[40u] = s4_v2;
    }
  }
  for (var i = gid.x; i < 1u; i += stride) {
  }
}
// ==== predict: 27 kernels
// ---- pos_norm (reduce, 32 workgroups, predict.000.pos_norm.wgsl) from specs/char-gpt.model:16, specs/char-gpt.model:23, specs/char-gpt.model:22
// pos_norm: reduce kernel (mdlc)
// from specs/char-gpt.model:16, specs/char-gpt.model:23, specs/char-gpt.model:22
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(2) var<storage, read> data: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 2048u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 128u + opaque; j++) {
      let v2: u32 = u32(clamp(bitcast<i32>(data[(r / 64u) * 64u + (r % 64u)]), 0i, 95i));
      let v3: f32 = params[v2 * 128u + j];
      let v4: u32 = (r % 64u) * 128u + j;
      let v5: f32 = params[12288u + (v4 / 128u) * 128u + (v4 % 128u)];
      let v6: f32 = (v3 + v5);
      acc0 += v6;
    }
    var acc7: f32 = 0.0f;
    for (var j = 0u; j < 128u + opaque; j++) {
      let v9: u32 = u32(clamp(bitcast<i32>(data[(r / 64u) * 64u + (r % 64u)]), 0i, 95i));
      let v10: f32 = params[v9 * 128u + j];
      let v11: u32 = (r % 64u) * 128u + j;
      let v12: f32 = params[12288u + (v11 / 128u) * 128u + (v11 % 128u)];
      let v13: f32 = (v10 + v12);
      let v14: f32 = (acc0 * 0.0078125f);
      let v15: f32 = (v13 - v14);
      let v16: f32 = (v15 * v15);
      acc7 += v16;
    }
    for (var j = 0u; j < 128u + opaque; j++) {
      let v17: u32 = u32(clamp(bitcast<i32>(data[(r / 64u) * 64u + (r % 64u)]), 0i, 95i));
      let v18: f32 = params[v17 * 128u + j];
      let v19: u32 = (r % 64u) * 128u + j;
      let v20: f32 = params[12288u + (v19 / 128u) * 128u + (v19 % 128u)];
      let v21: f32 = (v18 + v20);
      work[(r / 64u) * 8192u + (r % 64u) * 128u + j] = v21;
      let v22: f32 = (acc0 * 0.0078125f);
      let v23: f32 = (v21 - v22);
      let v24: f32 = (acc7 * 0.0078125f);
      let v25: f32 = (v24 + 0.0010000000474974513f);
      let v26: f32 = sqrt(v25);
      let v27: f32 = (v23 / v26);
      let v28: f32 = params[20480u + j];
      let v29: f32 = (v27 * v28);
      let v30: f32 = params[20608u + j];
      let v31: f32 = (v29 + v30);
      work[262144u + (r / 64u) * 8192u + (r % 64u) * 128u + j] = v31;
    }
  }
}
// ---- blocks0_a_matmul (matmul, 256 workgroups, predict.001.blocks0_a_matmul.wgsl) from specs/char-gpt.model:16
// blocks0_a_matmul: matmul kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 16384u; t += stride) {
    let rem = t % 16384u;
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
      let v0: u32 = m0 * 128u + k;
      let v1: f32 = work[262144u + (v0 / 8192u) * 8192u + ((v0 / 128u) % 64u) * 128u + (v0 % 128u)];
      let v2: u32 = min(m0 + 1u, 2047u) * 128u + k;
      let v3: f32 = work[262144u + (v2 / 8192u) * 8192u + ((v2 / 128u) % 64u) * 128u + (v2 % 128u)];
      let v4: u32 = min(m0 + 2u, 2047u) * 128u + k;
      let v5: f32 = work[262144u + (v4 / 8192u) * 8192u + ((v4 / 128u) % 64u) * 128u + (v4 % 128u)];
      let v6: u32 = min(m0 + 3u, 2047u) * 128u + k;
      let v7: f32 = work[262144u + (v6 / 8192u) * 8192u + ((v6 / 128u) % 64u) * 128u + (v6 % 128u)];
      let v8: f32 = params[20736u + k * 128u + n0];
      let v9: f32 = params[20736u + k * 128u + min(n0 + 1u, 127u)];
      let v10: f32 = params[20736u + k * 128u + min(n0 + 2u, 127u)];
      let v11: f32 = params[20736u + k * 128u + min(n0 + 3u, 127u)];
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
    if (m0 + 0u < 2048u && n0 + 0u < 128u) {
      let v12: f32 = params[37120u + n0];
      let v13: f32 = (acc_0_0 + v12);
      work[524288u + m0 * 128u + n0] = v13;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 128u) {
      let v14: u32 = (n0 + 1u);
      let v15: f32 = params[37120u + v14];
      let v16: f32 = (acc_0_1 + v15);
      work[524288u + m0 * 128u + (n0 + 1u)] = v16;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 128u) {
      let v17: u32 = (n0 + 2u);
      let v18: f32 = params[37120u + v17];
      let v19: f32 = (acc_0_2 + v18);
      work[524288u + m0 * 128u + (n0 + 2u)] = v19;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 128u) {
      let v20: u32 = (n0 + 3u);
      let v21: f32 = params[37120u + v20];
      let v22: f32 = (acc_0_3 + v21);
      work[524288u + m0 * 128u + (n0 + 3u)] = v22;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 128u) {
      let v23: f32 = params[37120u + n0];
      let v24: f32 = (acc_1_0 + v23);
      work[524288u + (m0 + 1u) * 128u + n0] = v24;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 128u) {
      let v25: u32 = (n0 + 1u);
      let v26: f32 = params[37120u + v25];
      let v27: f32 = (acc_1_1 + v26);
      work[524288u + (m0 + 1u) * 128u + (n0 + 1u)] = v27;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 128u) {
      let v28: u32 = (n0 + 2u);
      let v29: f32 = params[37120u + v28];
      let v30: f32 = (acc_1_2 + v29);
      work[524288u + (m0 + 1u) * 128u + (n0 + 2u)] = v30;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 128u) {
      let v31: u32 = (n0 + 3u);
      let v32: f32 = params[37120u + v31];
      let v33: f32 = (acc_1_3 + v32);
      work[524288u + (m0 + 1u) * 128u + (n0 + 3u)] = v33;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 128u) {
      let v34: f32 = params[37120u + n0];
      let v35: f32 = (acc_2_0 + v34);
      work[524288u + (m0 + 2u) * 128u + n0] = v35;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 128u) {
      let v36: u32 = (n0 + 1u);
      let v37: f32 = params[37120u + v36];
      let v38: f32 = (acc_2_1 + v37);
      work[524288u + (m0 + 2u) * 128u + (n0 + 1u)] = v38;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 128u) {
      let v39: u32 = (n0 + 2u);
      let v40: f32 = params[37120u + v39];
      let v41: f32 = (acc_2_2 + v40);
      work[524288u + (m0 + 2u) * 128u + (n0 + 2u)] = v41;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 128u) {
      let v42: u32 = (n0 + 3u);
      let v43: f32 = params[37120u + v42];
      let v44: f32 = (acc_2_3 + v43);
      work[524288u + (m0 + 2u) * 128u + (n0 + 3u)] = v44;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 128u) {
      let v45: f32 = params[37120u + n0];
      let v46: f32 = (acc_3_0 + v45);
      work[524288u + (m0 + 3u) * 128u + n0] = v46;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 128u) {
      let v47: u32 = (n0 + 1u);
      let v48: f32 = params[37120u + v47];
      let v49: f32 = (acc_3_1 + v48);
      work[524288u + (m0 + 3u) * 128u + (n0 + 1u)] = v49;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 128u) {
      let v50: u32 = (n0 + 2u);
      let v51: f32 = params[37120u + v50];
      let v52: f32 = (acc_3_2 + v51);
      work[524288u + (m0 + 3u) * 128u + (n0 + 2u)] = v52;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 128u) {
      let v53: u32 = (n0 + 3u);
      let v54: f32 = params[37120u + v53];
      let v55: f32 = (acc_3_3 + v54);
      work[524288u + (m0 + 3u) * 128u + (n0 + 3u)] = v55;
    }
  }
}
// ---- blocks0_a_matmul_1 (matmul, 256 workgroups, predict.002.blocks0_a_matmul_1.wgsl) from specs/char-gpt.model:16
// blocks0_a_matmul_1: matmul kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 16384u; t += stride) {
    let rem = t % 16384u;
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
      let v0: u32 = m0 * 128u + k;
      let v1: f32 = work[262144u + (v0 / 8192u) * 8192u + ((v0 / 128u) % 64u) * 128u + (v0 % 128u)];
      let v2: u32 = min(m0 + 1u, 2047u) * 128u + k;
      let v3: f32 = work[262144u + (v2 / 8192u) * 8192u + ((v2 / 128u) % 64u) * 128u + (v2 % 128u)];
      let v4: u32 = min(m0 + 2u, 2047u) * 128u + k;
      let v5: f32 = work[262144u + (v4 / 8192u) * 8192u + ((v4 / 128u) % 64u) * 128u + (v4 % 128u)];
      let v6: u32 = min(m0 + 3u, 2047u) * 128u + k;
      let v7: f32 = work[262144u + (v6 / 8192u) * 8192u + ((v6 / 128u) % 64u) * 128u + (v6 % 128u)];
      let v8: f32 = params[37248u + k * 128u + n0];
      let v9: f32 = params[37248u + k * 128u + min(n0 + 1u, 127u)];
      let v10: f32 = params[37248u + k * 128u + min(n0 + 2u, 127u)];
      let v11: f32 = params[37248u + k * 128u + min(n0 + 3u, 127u)];
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
    if (m0 + 0u < 2048u && n0 + 0u < 128u) {
      let v12: f32 = params[53632u + n0];
      let v13: f32 = (acc_0_0 + v12);
      work[786432u + m0 * 128u + n0] = v13;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 128u) {
      let v14: u32 = (n0 + 1u);
      let v15: f32 = params[53632u + v14];
      let v16: f32 = (acc_0_1 + v15);
      work[786432u + m0 * 128u + (n0 + 1u)] = v16;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 128u) {
      let v17: u32 = (n0 + 2u);
      let v18: f32 = params[53632u + v17];
      let v19: f32 = (acc_0_2 + v18);
      work[786432u + m0 * 128u + (n0 + 2u)] = v19;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 128u) {
      let v20: u32 = (n0 + 3u);
      let v21: f32 = params[53632u + v20];
      let v22: f32 = (acc_0_3 + v21);
      work[786432u + m0 * 128u + (n0 + 3u)] = v22;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 128u) {
      let v23: f32 = params[53632u + n0];
      let v24: f32 = (acc_1_0 + v23);
      work[786432u + (m0 + 1u) * 128u + n0] = v24;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 128u) {
      let v25: u32 = (n0 + 1u);
      let v26: f32 = params[53632u + v25];
      let v27: f32 = (acc_1_1 + v26);
      work[786432u + (m0 + 1u) * 128u + (n0 + 1u)] = v27;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 128u) {
      let v28: u32 = (n0 + 2u);
      let v29: f32 = params[53632u + v28];
      let v30: f32 = (acc_1_2 + v29);
      work[786432u + (m0 + 1u) * 128u + (n0 + 2u)] = v30;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 128u) {
      let v31: u32 = (n0 + 3u);
      let v32: f32 = params[53632u + v31];
      let v33: f32 = (acc_1_3 + v32);
      work[786432u + (m0 + 1u) * 128u + (n0 + 3u)] = v33;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 128u) {
      let v34: f32 = params[53632u + n0];
      let v35: f32 = (acc_2_0 + v34);
      work[786432u + (m0 + 2u) * 128u + n0] = v35;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 128u) {
      let v36: u32 = (n0 + 1u);
      let v37: f32 = params[53632u + v36];
      let v38: f32 = (acc_2_1 + v37);
      work[786432u + (m0 + 2u) * 128u + (n0 + 1u)] = v38;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 128u) {
      let v39: u32 = (n0 + 2u);
      let v40: f32 = params[53632u + v39];
      let v41: f32 = (acc_2_2 + v40);
      work[786432u + (m0 + 2u) * 128u + (n0 + 2u)] = v41;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 128u) {
      let v42: u32 = (n0 + 3u);
      let v43: f32 = params[53632u + v42];
      let v44: f32 = (acc_2_3 + v43);
      work[786432u + (m0 + 2u) * 128u + (n0 + 3u)] = v44;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 128u) {
      let v45: f32 = params[53632u + n0];
      let v46: f32 = (acc_3_0 + v45);
      work[786432u + (m0 + 3u) * 128u + n0] = v46;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 128u) {
      let v47: u32 = (n0 + 1u);
      let v48: f32 = params[53632u + v47];
      let v49: f32 = (acc_3_1 + v48);
      work[786432u + (m0 + 3u) * 128u + (n0 + 1u)] = v49;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 128u) {
      let v50: u32 = (n0 + 2u);
      let v51: f32 = params[53632u + v50];
      let v52: f32 = (acc_3_2 + v51);
      work[786432u + (m0 + 3u) * 128u + (n0 + 2u)] = v52;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 128u) {
      let v53: u32 = (n0 + 3u);
      let v54: f32 = params[53632u + v53];
      let v55: f32 = (acc_3_3 + v54);
      work[786432u + (m0 + 3u) * 128u + (n0 + 3u)] = v55;
    }
  }
}
// ---- blocks0_a_matmul_2 (matmul, 256 workgroups, predict.003.blocks0_a_matmul_2.wgsl) from specs/char-gpt.model:16
// blocks0_a_matmul_2: matmul kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 16384u; t += stride) {
    let rem = t % 16384u;
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
      let v0: u32 = m0 * 128u + k;
      let v1: f32 = work[262144u + (v0 / 8192u) * 8192u + ((v0 / 128u) % 64u) * 128u + (v0 % 128u)];
      let v2: u32 = min(m0 + 1u, 2047u) * 128u + k;
      let v3: f32 = work[262144u + (v2 / 8192u) * 8192u + ((v2 / 128u) % 64u) * 128u + (v2 % 128u)];
      let v4: u32 = min(m0 + 2u, 2047u) * 128u + k;
      let v5: f32 = work[262144u + (v4 / 8192u) * 8192u + ((v4 / 128u) % 64u) * 128u + (v4 % 128u)];
      let v6: u32 = min(m0 + 3u, 2047u) * 128u + k;
      let v7: f32 = work[262144u + (v6 / 8192u) * 8192u + ((v6 / 128u) % 64u) * 128u + (v6 % 128u)];
      let v8: f32 = params[53760u + k * 128u + n0];
      let v9: f32 = params[53760u + k * 128u + min(n0 + 1u, 127u)];
      let v10: f32 = params[53760u + k * 128u + min(n0 + 2u, 127u)];
      let v11: f32 = params[53760u + k * 128u + min(n0 + 3u, 127u)];
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
    if (m0 + 0u < 2048u && n0 + 0u < 128u) {
      let v12: f32 = params[70144u + n0];
      let v13: f32 = (acc_0_0 + v12);
      work[1048576u + m0 * 128u + n0] = v13;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 128u) {
      let v14: u32 = (n0 + 1u);
      let v15: f32 = params[70144u + v14];
      let v16: f32 = (acc_0_1 + v15);
      work[1048576u + m0 * 128u + (n0 + 1u)] = v16;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 128u) {
      let v17: u32 = (n0 + 2u);
      let v18: f32 = params[70144u + v17];
      let v19: f32 = (acc_0_2 + v18);
      work[1048576u + m0 * 128u + (n0 + 2u)] = v19;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 128u) {
      let v20: u32 = (n0 + 3u);
      let v21: f32 = params[70144u + v20];
      let v22: f32 = (acc_0_3 + v21);
      work[1048576u + m0 * 128u + (n0 + 3u)] = v22;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 128u) {
      let v23: f32 = params[70144u + n0];
      let v24: f32 = (acc_1_0 + v23);
      work[1048576u + (m0 + 1u) * 128u + n0] = v24;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 128u) {
      let v25: u32 = (n0 + 1u);
      let v26: f32 = params[70144u + v25];
      let v27: f32 = (acc_1_1 + v26);
      work[1048576u + (m0 + 1u) * 128u + (n0 + 1u)] = v27;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 128u) {
      let v28: u32 = (n0 + 2u);
      let v29: f32 = params[70144u + v28];
      let v30: f32 = (acc_1_2 + v29);
      work[1048576u + (m0 + 1u) * 128u + (n0 + 2u)] = v30;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 128u) {
      let v31: u32 = (n0 + 3u);
      let v32: f32 = params[70144u + v31];
      let v33: f32 = (acc_1_3 + v32);
      work[1048576u + (m0 + 1u) * 128u + (n0 + 3u)] = v33;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 128u) {
      let v34: f32 = params[70144u + n0];
      let v35: f32 = (acc_2_0 + v34);
      work[1048576u + (m0 + 2u) * 128u + n0] = v35;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 128u) {
      let v36: u32 = (n0 + 1u);
      let v37: f32 = params[70144u + v36];
      let v38: f32 = (acc_2_1 + v37);
      work[1048576u + (m0 + 2u) * 128u + (n0 + 1u)] = v38;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 128u) {
      let v39: u32 = (n0 + 2u);
      let v40: f32 = params[70144u + v39];
      let v41: f32 = (acc_2_2 + v40);
      work[1048576u + (m0 + 2u) * 128u + (n0 + 2u)] = v41;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 128u) {
      let v42: u32 = (n0 + 3u);
      let v43: f32 = params[70144u + v42];
      let v44: f32 = (acc_2_3 + v43);
      work[1048576u + (m0 + 2u) * 128u + (n0 + 3u)] = v44;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 128u) {
      let v45: f32 = params[70144u + n0];
      let v46: f32 = (acc_3_0 + v45);
      work[1048576u + (m0 + 3u) * 128u + n0] = v46;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 128u) {
      let v47: u32 = (n0 + 1u);
      let v48: f32 = params[70144u + v47];
      let v49: f32 = (acc_3_1 + v48);
      work[1048576u + (m0 + 3u) * 128u + (n0 + 1u)] = v49;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 128u) {
      let v50: u32 = (n0 + 2u);
      let v51: f32 = params[70144u + v50];
      let v52: f32 = (acc_3_2 + v51);
      work[1048576u + (m0 + 3u) * 128u + (n0 + 2u)] = v52;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 128u) {
      let v53: u32 = (n0 + 3u);
      let v54: f32 = params[70144u + v53];
      let v55: f32 = (acc_3_3 + v54);
      work[1048576u + (m0 + 3u) * 128u + (n0 + 3u)] = v55;
    }
  }
}
// ---- blocks0_a_matmul_3 (matmul, 512 workgroups, predict.004.blocks0_a_matmul_3.wgsl) from specs/char-gpt.model:16
// blocks0_a_matmul_3: matmul kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 32768u; t += stride) {
    let v0: u32 = t / 256u;
    let rem = t % 256u;
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
    for (var k = 0u; k < 32u + opaque; k++) {
      let v1: u32 = v0 * 2048u + m0 * 32u + k;
      let v2: u32 = (v1 / 8192u) * 8192u + ((v1 / 32u) % 64u) * 128u + ((v1 / 2048u) % 4u) * 32u + (v1 % 32u);
      let v3: f32 = work[524288u + (v2 / 128u) * 128u + (v2 % 128u)];
      let v4: u32 = v0 * 2048u + min(m0 + 1u, 63u) * 32u + k;
      let v5: u32 = (v4 / 8192u) * 8192u + ((v4 / 32u) % 64u) * 128u + ((v4 / 2048u) % 4u) * 32u + (v4 % 32u);
      let v6: f32 = work[524288u + (v5 / 128u) * 128u + (v5 % 128u)];
      let v7: u32 = v0 * 2048u + min(m0 + 2u, 63u) * 32u + k;
      let v8: u32 = (v7 / 8192u) * 8192u + ((v7 / 32u) % 64u) * 128u + ((v7 / 2048u) % 4u) * 32u + (v7 % 32u);
      let v9: f32 = work[524288u + (v8 / 128u) * 128u + (v8 % 128u)];
      let v10: u32 = v0 * 2048u + min(m0 + 3u, 63u) * 32u + k;
      let v11: u32 = (v10 / 8192u) * 8192u + ((v10 / 32u) % 64u) * 128u + ((v10 / 2048u) % 4u) * 32u + (v10 % 32u);
      let v12: f32 = work[524288u + (v11 / 128u) * 128u + (v11 % 128u)];
      let v13: u32 = v0 * 2048u + n0 * 32u + k;
      let v14: u32 = (v13 / 8192u) * 8192u + ((v13 / 32u) % 64u) * 128u + ((v13 / 2048u) % 4u) * 32u + (v13 % 32u);
      let v15: f32 = work[786432u + (v14 / 128u) * 128u + (v14 % 128u)];
      let v16: u32 = v0 * 2048u + min(n0 + 1u, 63u) * 32u + k;
      let v17: u32 = (v16 / 8192u) * 8192u + ((v16 / 32u) % 64u) * 128u + ((v16 / 2048u) % 4u) * 32u + (v16 % 32u);
      let v18: f32 = work[786432u + (v17 / 128u) * 128u + (v17 % 128u)];
      let v19: u32 = v0 * 2048u + min(n0 + 2u, 63u) * 32u + k;
      let v20: u32 = (v19 / 8192u) * 8192u + ((v19 / 32u) % 64u) * 128u + ((v19 / 2048u) % 4u) * 32u + (v19 % 32u);
      let v21: f32 = work[786432u + (v20 / 128u) * 128u + (v20 % 128u)];
      let v22: u32 = v0 * 2048u + min(n0 + 3u, 63u) * 32u + k;
      let v23: u32 = (v22 / 8192u) * 8192u + ((v22 / 32u) % 64u) * 128u + ((v22 / 2048u) % 4u) * 32u + (v22 % 32u);
      let v24: f32 = work[786432u + (v23 / 128u) * 128u + (v23 % 128u)];
      acc_0_0 = fma(v3, v15, acc_0_0);
      acc_0_1 = fma(v3, v18, acc_0_1);
      acc_0_2 = fma(v3, v21, acc_0_2);
      acc_0_3 = fma(v3, v24, acc_0_3);
      acc_1_0 = fma(v6, v15, acc_1_0);
      acc_1_1 = fma(v6, v18, acc_1_1);
      acc_1_2 = fma(v6, v21, acc_1_2);
      acc_1_3 = fma(v6, v24, acc_1_3);
      acc_2_0 = fma(v9, v15, acc_2_0);
      acc_2_1 = fma(v9, v18, acc_2_1);
      acc_2_2 = fma(v9, v21, acc_2_2);
      acc_2_3 = fma(v9, v24, acc_2_3);
      acc_3_0 = fma(v12, v15, acc_3_0);
      acc_3_1 = fma(v12, v18, acc_3_1);
      acc_3_2 = fma(v12, v21, acc_3_2);
      acc_3_3 = fma(v12, v24, acc_3_3);
    }
    if (m0 + 0u < 64u && n0 + 0u < 64u) {
      work[1310720u + v0 * 4096u + m0 * 64u + n0] = acc_0_0;
    }
    if (m0 + 0u < 64u && n0 + 1u < 64u) {
      work[1310720u + v0 * 4096u + m0 * 64u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 64u && n0 + 2u < 64u) {
      work[1310720u + v0 * 4096u + m0 * 64u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 64u && n0 + 3u < 64u) {
      work[1310720u + v0 * 4096u + m0 * 64u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 64u && n0 + 0u < 64u) {
      work[1310720u + v0 * 4096u + (m0 + 1u) * 64u + n0] = acc_1_0;
    }
    if (m0 + 1u < 64u && n0 + 1u < 64u) {
      work[1310720u + v0 * 4096u + (m0 + 1u) * 64u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 64u && n0 + 2u < 64u) {
      work[1310720u + v0 * 4096u + (m0 + 1u) * 64u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 64u && n0 + 3u < 64u) {
      work[1310720u + v0 * 4096u + (m0 + 1u) * 64u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 64u && n0 + 0u < 64u) {
      work[1310720u + v0 * 4096u + (m0 + 2u) * 64u + n0] = acc_2_0;
    }
    if (m0 + 2u < 64u && n0 + 1u < 64u) {
      work[1310720u + v0 * 4096u + (m0 + 2u) * 64u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 64u && n0 + 2u < 64u) {
      work[1310720u + v0 * 4096u + (m0 + 2u) * 64u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 64u && n0 + 3u < 64u) {
      work[1310720u + v0 * 4096u + (m0 + 2u) * 64u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 64u && n0 + 0u < 64u) {
      work[1310720u + v0 * 4096u + (m0 + 3u) * 64u + n0] = acc_3_0;
    }
    if (m0 + 3u < 64u && n0 + 1u < 64u) {
      work[1310720u + v0 * 4096u + (m0 + 3u) * 64u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 64u && n0 + 2u < 64u) {
      work[1310720u + v0 * 4096u + (m0 + 3u) * 64u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 64u && n0 + 3u < 64u) {
      work[1310720u + v0 * 4096u + (m0 + 3u) * 64u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks0_a_le (elementwise, 64 workgroups, predict.005.blocks0_a_le.wgsl) from specs/char-gpt.model:16
// blocks0_a_le: elementwise kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var i = gid.x; i < 4096u; i += stride) {
    let v0: i32 = i32((i % 64u));
    let v1: i32 = i32(((i / 64u) % 64u));
    let v2: f32 = select(0.0f, 1.0f, v0 <= v1);
    work[262144u + ((i / 64u) % 64u) * 64u + (i % 64u)] = v2;
  }
}
// ---- blocks0_a_softmax (reduce, 128 workgroups, predict.006.blocks0_a_softmax.wgsl) from specs/char-gpt.model:16
// blocks0_a_softmax: reduce kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 8192u; r += stride) {
    var acc0: f32 = -3.4028234e38f;
    for (var j = 0u; j < 64u + opaque; j++) {
      let v2: f32 = (work[1310720u + (r / 64u) * 4096u + (r % 64u) * 64u + j] * 0.1767766922712326f);
      let v3: f32 = select((-3.0000000054977558e+38f), v2, work[262144u + (r % 64u) * 64u + j] != 0.0f);
      acc0 = max(acc0, v3);
    }
    var acc4: f32 = 0.0f;
    for (var j = 0u; j < 64u + opaque; j++) {
      let v6: f32 = (work[1310720u + (r / 64u) * 4096u + (r % 64u) * 64u + j] * 0.1767766922712326f);
      let v7: f32 = select((-3.0000000054977558e+38f), v6, work[262144u + (r % 64u) * 64u + j] != 0.0f);
      let v8: f32 = (v7 - acc0);
      let v9: f32 = exp(v8);
      acc4 += v9;
    }
    for (var j = 0u; j < 64u + opaque; j++) {
      let v10: f32 = (work[1310720u + (r / 64u) * 4096u + (r % 64u) * 64u + j] * 0.1767766922712326f);
      let v11: f32 = select((-3.0000000054977558e+38f), v10, work[262144u + (r % 64u) * 64u + j] != 0.0f);
      let v12: f32 = (v11 - acc0);
      let v13: f32 = exp(v12);
      let v14: f32 = (v13 / acc4);
      work[266240u + (r / 64u) * 4096u + (r % 64u) * 64u + j] = v14;
    }
  }
}
// ---- blocks0_a_matmul_4 (matmul, 256 workgroups, predict.007.blocks0_a_matmul_4.wgsl) from specs/char-gpt.model:16
// blocks0_a_matmul_4: matmul kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 16384u; t += stride) {
    let v0: u32 = t / 128u;
    let rem = t % 128u;
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
    for (var k = 0u; k < 64u + opaque; k++) {
      let v1: f32 = work[266240u + v0 * 4096u + m0 * 64u + k];
      let v2: f32 = work[266240u + v0 * 4096u + min(m0 + 1u, 63u) * 64u + k];
      let v3: f32 = work[266240u + v0 * 4096u + min(m0 + 2u, 63u) * 64u + k];
      let v4: f32 = work[266240u + v0 * 4096u + min(m0 + 3u, 63u) * 64u + k];
      let v5: u32 = v0 * 2048u + k * 32u + n0;
      let v6: u32 = (v5 / 8192u) * 8192u + ((v5 / 32u) % 64u) * 128u + ((v5 / 2048u) % 4u) * 32u + (v5 % 32u);
      let v7: f32 = work[1048576u + (v6 / 128u) * 128u + (v6 % 128u)];
      let v8: u32 = v0 * 2048u + k * 32u + min(n0 + 1u, 31u);
      let v9: u32 = (v8 / 8192u) * 8192u + ((v8 / 32u) % 64u) * 128u + ((v8 / 2048u) % 4u) * 32u + (v8 % 32u);
      let v10: f32 = work[1048576u + (v9 / 128u) * 128u + (v9 % 128u)];
      let v11: u32 = v0 * 2048u + k * 32u + min(n0 + 2u, 31u);
      let v12: u32 = (v11 / 8192u) * 8192u + ((v11 / 32u) % 64u) * 128u + ((v11 / 2048u) % 4u) * 32u + (v11 % 32u);
      let v13: f32 = work[1048576u + (v12 / 128u) * 128u + (v12 % 128u)];
      let v14: u32 = v0 * 2048u + k * 32u + min(n0 + 3u, 31u);
      let v15: u32 = (v14 / 8192u) * 8192u + ((v14 / 32u) % 64u) * 128u + ((v14 / 2048u) % 4u) * 32u + (v14 % 32u);
      let v16: f32 = work[1048576u + (v15 / 128u) * 128u + (v15 % 128u)];
      acc_0_0 = fma(v1, v7, acc_0_0);
      acc_0_1 = fma(v1, v10, acc_0_1);
      acc_0_2 = fma(v1, v13, acc_0_2);
      acc_0_3 = fma(v1, v16, acc_0_3);
      acc_1_0 = fma(v2, v7, acc_1_0);
      acc_1_1 = fma(v2, v10, acc_1_1);
      acc_1_2 = fma(v2, v13, acc_1_2);
      acc_1_3 = fma(v2, v16, acc_1_3);
      acc_2_0 = fma(v3, v7, acc_2_0);
      acc_2_1 = fma(v3, v10, acc_2_1);
      acc_2_2 = fma(v3, v13, acc_2_2);
      acc_2_3 = fma(v3, v16, acc_2_3);
      acc_3_0 = fma(v4, v7, acc_3_0);
      acc_3_1 = fma(v4, v10, acc_3_1);
      acc_3_2 = fma(v4, v13, acc_3_2);
      acc_3_3 = fma(v4, v16, acc_3_3);
    }
    if (m0 + 0u < 64u && n0 + 0u < 32u) {
      work[1310720u + v0 * 2048u + m0 * 32u + n0] = acc_0_0;
    }
    if (m0 + 0u < 64u && n0 + 1u < 32u) {
      work[1310720u + v0 * 2048u + m0 * 32u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 64u && n0 + 2u < 32u) {
      work[1310720u + v0 * 2048u + m0 * 32u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 64u && n0 + 3u < 32u) {
      work[1310720u + v0 * 2048u + m0 * 32u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 64u && n0 + 0u < 32u) {
      work[1310720u + v0 * 2048u + (m0 + 1u) * 32u + n0] = acc_1_0;
    }
    if (m0 + 1u < 64u && n0 + 1u < 32u) {
      work[1310720u + v0 * 2048u + (m0 + 1u) * 32u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 64u && n0 + 2u < 32u) {
      work[1310720u + v0 * 2048u + (m0 + 1u) * 32u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 64u && n0 + 3u < 32u) {
      work[1310720u + v0 * 2048u + (m0 + 1u) * 32u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 64u && n0 + 0u < 32u) {
      work[1310720u + v0 * 2048u + (m0 + 2u) * 32u + n0] = acc_2_0;
    }
    if (m0 + 2u < 64u && n0 + 1u < 32u) {
      work[1310720u + v0 * 2048u + (m0 + 2u) * 32u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 64u && n0 + 2u < 32u) {
      work[1310720u + v0 * 2048u + (m0 + 2u) * 32u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 64u && n0 + 3u < 32u) {
      work[1310720u + v0 * 2048u + (m0 + 2u) * 32u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 64u && n0 + 0u < 32u) {
      work[1310720u + v0 * 2048u + (m0 + 3u) * 32u + n0] = acc_3_0;
    }
    if (m0 + 3u < 64u && n0 + 1u < 32u) {
      work[1310720u + v0 * 2048u + (m0 + 3u) * 32u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 64u && n0 + 2u < 32u) {
      work[1310720u + v0 * 2048u + (m0 + 3u) * 32u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 64u && n0 + 3u < 32u) {
      work[1310720u + v0 * 2048u + (m0 + 3u) * 32u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks0_a_matmul_5 (matmul, 256 workgroups, predict.008.blocks0_a_matmul_5.wgsl) from specs/char-gpt.model:16
// blocks0_a_matmul_5: matmul kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 16384u; t += stride) {
    let rem = t % 16384u;
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
      let v0: u32 = m0 * 128u + k;
      let v1: u32 = (v0 / 8192u) * 8192u + ((v0 / 32u) % 4u) * 2048u + ((v0 / 128u) % 64u) * 32u + (v0 % 32u);
      let v2: f32 = work[1310720u + (v1 / 2048u) * 2048u + ((v1 / 32u) % 64u) * 32u + (v1 % 32u)];
      let v3: u32 = min(m0 + 1u, 2047u) * 128u + k;
      let v4: u32 = (v3 / 8192u) * 8192u + ((v3 / 32u) % 4u) * 2048u + ((v3 / 128u) % 64u) * 32u + (v3 % 32u);
      let v5: f32 = work[1310720u + (v4 / 2048u) * 2048u + ((v4 / 32u) % 64u) * 32u + (v4 % 32u)];
      let v6: u32 = min(m0 + 2u, 2047u) * 128u + k;
      let v7: u32 = (v6 / 8192u) * 8192u + ((v6 / 32u) % 4u) * 2048u + ((v6 / 128u) % 64u) * 32u + (v6 % 32u);
      let v8: f32 = work[1310720u + (v7 / 2048u) * 2048u + ((v7 / 32u) % 64u) * 32u + (v7 % 32u)];
      let v9: u32 = min(m0 + 3u, 2047u) * 128u + k;
      let v10: u32 = (v9 / 8192u) * 8192u + ((v9 / 32u) % 4u) * 2048u + ((v9 / 128u) % 64u) * 32u + (v9 % 32u);
      let v11: f32 = work[1310720u + (v10 / 2048u) * 2048u + ((v10 / 32u) % 64u) * 32u + (v10 % 32u)];
      let v12: f32 = params[70272u + k * 128u + n0];
      let v13: f32 = params[70272u + k * 128u + min(n0 + 1u, 127u)];
      let v14: f32 = params[70272u + k * 128u + min(n0 + 2u, 127u)];
      let v15: f32 = params[70272u + k * 128u + min(n0 + 3u, 127u)];
      acc_0_0 = fma(v2, v12, acc_0_0);
      acc_0_1 = fma(v2, v13, acc_0_1);
      acc_0_2 = fma(v2, v14, acc_0_2);
      acc_0_3 = fma(v2, v15, acc_0_3);
      acc_1_0 = fma(v5, v12, acc_1_0);
      acc_1_1 = fma(v5, v13, acc_1_1);
      acc_1_2 = fma(v5, v14, acc_1_2);
      acc_1_3 = fma(v5, v15, acc_1_3);
      acc_2_0 = fma(v8, v12, acc_2_0);
      acc_2_1 = fma(v8, v13, acc_2_1);
      acc_2_2 = fma(v8, v14, acc_2_2);
      acc_2_3 = fma(v8, v15, acc_2_3);
      acc_3_0 = fma(v11, v12, acc_3_0);
      acc_3_1 = fma(v11, v13, acc_3_1);
      acc_3_2 = fma(v11, v14, acc_3_2);
      acc_3_3 = fma(v11, v15, acc_3_3);
    }
    if (m0 + 0u < 2048u && n0 + 0u < 128u) {
      work[266240u + m0 * 128u + n0] = acc_0_0;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 128u) {
      work[266240u + m0 * 128u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 128u) {
      work[266240u + m0 * 128u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 128u) {
      work[266240u + m0 * 128u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 128u) {
      work[266240u + (m0 + 1u) * 128u + n0] = acc_1_0;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 128u) {
      work[266240u + (m0 + 1u) * 128u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 128u) {
      work[266240u + (m0 + 1u) * 128u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 128u) {
      work[266240u + (m0 + 1u) * 128u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 128u) {
      work[266240u + (m0 + 2u) * 128u + n0] = acc_2_0;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 128u) {
      work[266240u + (m0 + 2u) * 128u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 128u) {
      work[266240u + (m0 + 2u) * 128u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 128u) {
      work[266240u + (m0 + 2u) * 128u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 128u) {
      work[266240u + (m0 + 3u) * 128u + n0] = acc_3_0;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 128u) {
      work[266240u + (m0 + 3u) * 128u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 128u) {
      work[266240u + (m0 + 3u) * 128u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 128u) {
      work[266240u + (m0 + 3u) * 128u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks0_h_norm (reduce, 32 workgroups, predict.009.blocks0_h_norm.wgsl) from specs/char-gpt.model:18, specs/char-gpt.model:17, specs/char-gpt.model:16
// blocks0_h_norm: reduce kernel (mdlc)
// from specs/char-gpt.model:18, specs/char-gpt.model:17, specs/char-gpt.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 2048u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 128u + opaque; j++) {
      let v2: u32 = (r / 64u) * 8192u + (r % 64u) * 128u + j;
      let v3: u32 = (v2 % 128u);
      let v4: f32 = params[86656u + v3];
      let v5: f32 = (work[266240u + (v2 / 128u) * 128u + (v2 % 128u)] + v4);
      let v6: f32 = (work[(r / 64u) * 8192u + (r % 64u) * 128u + j] + v5);
      acc0 += v6;
    }
    var acc7: f32 = 0.0f;
    for (var j = 0u; j < 128u + opaque; j++) {
      let v9: u32 = (r / 64u) * 8192u + (r % 64u) * 128u + j;
      let v10: u32 = (v9 % 128u);
      let v11: f32 = params[86656u + v10];
      let v12: f32 = (work[266240u + (v9 / 128u) * 128u + (v9 % 128u)] + v11);
      let v13: f32 = (work[(r / 64u) * 8192u + (r % 64u) * 128u + j] + v12);
      let v14: f32 = (acc0 * 0.0078125f);
      let v15: f32 = (v13 - v14);
      let v16: f32 = (v15 * v15);
      acc7 += v16;
    }
    for (var j = 0u; j < 128u + opaque; j++) {
      let v17: u32 = (r / 64u) * 8192u + (r % 64u) * 128u + j;
      let v18: u32 = (v17 % 128u);
      let v19: f32 = params[86656u + v18];
      let v20: f32 = (work[266240u + (v17 / 128u) * 128u + (v17 % 128u)] + v19);
      let v21: f32 = (work[(r / 64u) * 8192u + (r % 64u) * 128u + j] + v20);
      work[528384u + (r / 64u) * 8192u + (r % 64u) * 128u + j] = v21;
      let v22: f32 = (acc0 * 0.0078125f);
      let v23: f32 = (v21 - v22);
      let v24: f32 = (acc7 * 0.0078125f);
      let v25: f32 = (v24 + 0.0010000000474974513f);
      let v26: f32 = sqrt(v25);
      let v27: f32 = (v23 / v26);
      let v28: f32 = params[86784u + j];
      let v29: f32 = (v27 * v28);
      let v30: f32 = params[86912u + j];
      let v31: f32 = (v29 + v30);
      work[790528u + (r / 64u) * 8192u + (r % 64u) * 128u + j] = v31;
    }
  }
}
// ---- blocks0_f_matmul (matmul, 1024 workgroups, predict.010.blocks0_f_matmul.wgsl) from specs/char-gpt.model:18
// blocks0_f_matmul: matmul kernel (mdlc)
// from specs/char-gpt.model:18
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 65536u; t += stride) {
    let rem = t % 65536u;
    let m0 = (rem / 128u) * 4u;
    let n0 = (rem % 128u) * 4u;
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
      let v0: u32 = m0 * 128u + k;
      let v1: f32 = work[790528u + (v0 / 8192u) * 8192u + ((v0 / 128u) % 64u) * 128u + (v0 % 128u)];
      let v2: u32 = min(m0 + 1u, 2047u) * 128u + k;
      let v3: f32 = work[790528u + (v2 / 8192u) * 8192u + ((v2 / 128u) % 64u) * 128u + (v2 % 128u)];
      let v4: u32 = min(m0 + 2u, 2047u) * 128u + k;
      let v5: f32 = work[790528u + (v4 / 8192u) * 8192u + ((v4 / 128u) % 64u) * 128u + (v4 % 128u)];
      let v6: u32 = min(m0 + 3u, 2047u) * 128u + k;
      let v7: f32 = work[790528u + (v6 / 8192u) * 8192u + ((v6 / 128u) % 64u) * 128u + (v6 % 128u)];
      let v8: f32 = params[87040u + k * 512u + n0];
      let v9: f32 = params[87040u + k * 512u + min(n0 + 1u, 511u)];
      let v10: f32 = params[87040u + k * 512u + min(n0 + 2u, 511u)];
      let v11: f32 = params[87040u + k * 512u + min(n0 + 3u, 511u)];
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
    if (m0 + 0u < 2048u && n0 + 0u < 512u) {
      work[1835008u + m0 * 512u + n0] = acc_0_0;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 512u) {
      work[1835008u + m0 * 512u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 512u) {
      work[1835008u + m0 * 512u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 512u) {
      work[1835008u + m0 * 512u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 512u) {
      work[1835008u + (m0 + 1u) * 512u + n0] = acc_1_0;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 512u) {
      work[1835008u + (m0 + 1u) * 512u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 512u) {
      work[1835008u + (m0 + 1u) * 512u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 512u) {
      work[1835008u + (m0 + 1u) * 512u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 512u) {
      work[1835008u + (m0 + 2u) * 512u + n0] = acc_2_0;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 512u) {
      work[1835008u + (m0 + 2u) * 512u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 512u) {
      work[1835008u + (m0 + 2u) * 512u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 512u) {
      work[1835008u + (m0 + 2u) * 512u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 512u) {
      work[1835008u + (m0 + 3u) * 512u + n0] = acc_3_0;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 512u) {
      work[1835008u + (m0 + 3u) * 512u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 512u) {
      work[1835008u + (m0 + 3u) * 512u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 512u) {
      work[1835008u + (m0 + 3u) * 512u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks0_f_mul (elementwise, 4096 workgroups, predict.011.blocks0_f_mul.wgsl) from specs/char-gpt.model:18
// blocks0_f_mul: elementwise kernel (mdlc)
// from specs/char-gpt.model:18
@group(0) @binding(0) var<storage, read> params: array<f32>;
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
  for (var i = gid.x; i < 1048576u; i += stride) {
    let v0: u32 = (i / 32768u) * 32768u + ((i / 512u) % 64u) * 512u + (i % 512u);
    let v1: u32 = (v0 % 512u);
    let v2: f32 = params[152576u + v1];
    let v3: f32 = (work[1835008u + (v0 / 512u) * 512u + (v0 % 512u)] + v2);
    let v4: f32 = (v3 * 0.5f);
    let v5: u32 = (i / 32768u) * 32768u + ((i / 512u) % 64u) * 512u + (i % 512u);
    let v6: u32 = (v5 % 512u);
    let v7: f32 = params[152576u + v6];
    let v8: f32 = (work[1835008u + (v5 / 512u) * 512u + (v5 % 512u)] + v7);
    let v9: f32 = (v8 * 0.7071067690849304f);
    let v10: f32 = mdlc_erf(v9);
    let v11: f32 = (1.0f + v10);
    let v12: f32 = (v4 * v11);
    work[2883584u + (i / 32768u) * 32768u + ((i / 512u) % 64u) * 512u + (i % 512u)] = v12;
  }
}
// ---- blocks0_output_dense_matmul (matmul, 256 workgroups, predict.012.blocks0_output_dense_matmul.wgsl) from specs/char-gpt.model:19
// blocks0_output_dense_matmul: matmul kernel (mdlc)
// from specs/char-gpt.model:19
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 16384u; t += stride) {
    let rem = t % 16384u;
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
    for (var k = 0u; k < 512u + opaque; k++) {
      let v0: u32 = m0 * 512u + k;
      let v1: f32 = work[2883584u + (v0 / 32768u) * 32768u + ((v0 / 512u) % 64u) * 512u + (v0 % 512u)];
      let v2: u32 = min(m0 + 1u, 2047u) * 512u + k;
      let v3: f32 = work[2883584u + (v2 / 32768u) * 32768u + ((v2 / 512u) % 64u) * 512u + (v2 % 512u)];
      let v4: u32 = min(m0 + 2u, 2047u) * 512u + k;
      let v5: f32 = work[2883584u + (v4 / 32768u) * 32768u + ((v4 / 512u) % 64u) * 512u + (v4 % 512u)];
      let v6: u32 = min(m0 + 3u, 2047u) * 512u + k;
      let v7: f32 = work[2883584u + (v6 / 32768u) * 32768u + ((v6 / 512u) % 64u) * 512u + (v6 % 512u)];
      let v8: f32 = params[153088u + k * 128u + n0];
      let v9: f32 = params[153088u + k * 128u + min(n0 + 1u, 127u)];
      let v10: f32 = params[153088u + k * 128u + min(n0 + 2u, 127u)];
      let v11: f32 = params[153088u + k * 128u + min(n0 + 3u, 127u)];
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
    if (m0 + 0u < 2048u && n0 + 0u < 128u) {
      work[m0 * 128u + n0] = acc_0_0;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 128u) {
      work[m0 * 128u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 128u) {
      work[m0 * 128u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 128u) {
      work[m0 * 128u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 128u) {
      work[(m0 + 1u) * 128u + n0] = acc_1_0;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 128u) {
      work[(m0 + 1u) * 128u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 128u) {
      work[(m0 + 1u) * 128u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 128u) {
      work[(m0 + 1u) * 128u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 128u) {
      work[(m0 + 2u) * 128u + n0] = acc_2_0;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 128u) {
      work[(m0 + 2u) * 128u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 128u) {
      work[(m0 + 2u) * 128u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 128u) {
      work[(m0 + 2u) * 128u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 128u) {
      work[(m0 + 3u) * 128u + n0] = acc_3_0;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 128u) {
      work[(m0 + 3u) * 128u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 128u) {
      work[(m0 + 3u) * 128u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 128u) {
      work[(m0 + 3u) * 128u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks0_output_norm (reduce, 32 workgroups, predict.013.blocks0_output_norm.wgsl) from specs/char-gpt.model:16, specs/char-gpt.model:19
// blocks0_output_norm: reduce kernel (mdlc)
// from specs/char-gpt.model:16, specs/char-gpt.model:19
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 2048u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 128u + opaque; j++) {
      let v2: u32 = (r / 64u) * 8192u + (r % 64u) * 128u + j;
      let v3: u32 = (v2 % 128u);
      let v4: f32 = params[218624u + v3];
      let v5: f32 = (work[(v2 / 128u) * 128u + (v2 % 128u)] + v4);
      let v6: f32 = (work[528384u + (r / 64u) * 8192u + (r % 64u) * 128u + j] + v5);
      acc0 += v6;
    }
    var acc7: f32 = 0.0f;
    for (var j = 0u; j < 128u + opaque; j++) {
      let v9: u32 = (r / 64u) * 8192u + (r % 64u) * 128u + j;
      let v10: u32 = (v9 % 128u);
      let v11: f32 = params[218624u + v10];
      let v12: f32 = (work[(v9 / 128u) * 128u + (v9 % 128u)] + v11);
      let v13: f32 = (work[528384u + (r / 64u) * 8192u + (r % 64u) * 128u + j] + v12);
      let v14: f32 = (acc0 * 0.0078125f);
      let v15: f32 = (v13 - v14);
      let v16: f32 = (v15 * v15);
      acc7 += v16;
    }
    for (var j = 0u; j < 128u + opaque; j++) {
      let v17: u32 = (r / 64u) * 8192u + (r % 64u) * 128u + j;
      let v18: u32 = (v17 % 128u);
      let v19: f32 = params[218624u + v18];
      let v20: f32 = (work[(v17 / 128u) * 128u + (v17 % 128u)] + v19);
      let v21: f32 = (work[528384u + (r / 64u) * 8192u + (r % 64u) * 128u + j] + v20);
      work[266240u + (r / 64u) * 8192u + (r % 64u) * 128u + j] = v21;
      let v22: f32 = (acc0 * 0.0078125f);
      let v23: f32 = (v21 - v22);
      let v24: f32 = (acc7 * 0.0078125f);
      let v25: f32 = (v24 + 0.0010000000474974513f);
      let v26: f32 = sqrt(v25);
      let v27: f32 = (v23 / v26);
      let v28: f32 = params[218752u + j];
      let v29: f32 = (v27 * v28);
      let v30: f32 = params[218880u + j];
      let v31: f32 = (v29 + v30);
      work[790528u + (r / 64u) * 8192u + (r % 64u) * 128u + j] = v31;
    }
  }
}
// ---- blocks1_a_matmul (matmul, 256 workgroups, predict.014.blocks1_a_matmul.wgsl) from specs/char-gpt.model:16
// blocks1_a_matmul: matmul kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 16384u; t += stride) {
    let rem = t % 16384u;
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
      let v0: u32 = m0 * 128u + k;
      let v1: f32 = work[790528u + (v0 / 8192u) * 8192u + ((v0 / 128u) % 64u) * 128u + (v0 % 128u)];
      let v2: u32 = min(m0 + 1u, 2047u) * 128u + k;
      let v3: f32 = work[790528u + (v2 / 8192u) * 8192u + ((v2 / 128u) % 64u) * 128u + (v2 % 128u)];
      let v4: u32 = min(m0 + 2u, 2047u) * 128u + k;
      let v5: f32 = work[790528u + (v4 / 8192u) * 8192u + ((v4 / 128u) % 64u) * 128u + (v4 % 128u)];
      let v6: u32 = min(m0 + 3u, 2047u) * 128u + k;
      let v7: f32 = work[790528u + (v6 / 8192u) * 8192u + ((v6 / 128u) % 64u) * 128u + (v6 % 128u)];
      let v8: f32 = params[219008u + k * 128u + n0];
      let v9: f32 = params[219008u + k * 128u + min(n0 + 1u, 127u)];
      let v10: f32 = params[219008u + k * 128u + min(n0 + 2u, 127u)];
      let v11: f32 = params[219008u + k * 128u + min(n0 + 3u, 127u)];
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
    if (m0 + 0u < 2048u && n0 + 0u < 128u) {
      let v12: f32 = params[235392u + n0];
      let v13: f32 = (acc_0_0 + v12);
      work[m0 * 128u + n0] = v13;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 128u) {
      let v14: u32 = (n0 + 1u);
      let v15: f32 = params[235392u + v14];
      let v16: f32 = (acc_0_1 + v15);
      work[m0 * 128u + (n0 + 1u)] = v16;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 128u) {
      let v17: u32 = (n0 + 2u);
      let v18: f32 = params[235392u + v17];
      let v19: f32 = (acc_0_2 + v18);
      work[m0 * 128u + (n0 + 2u)] = v19;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 128u) {
      let v20: u32 = (n0 + 3u);
      let v21: f32 = params[235392u + v20];
      let v22: f32 = (acc_0_3 + v21);
      work[m0 * 128u + (n0 + 3u)] = v22;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 128u) {
      let v23: f32 = params[235392u + n0];
      let v24: f32 = (acc_1_0 + v23);
      work[(m0 + 1u) * 128u + n0] = v24;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 128u) {
      let v25: u32 = (n0 + 1u);
      let v26: f32 = params[235392u + v25];
      let v27: f32 = (acc_1_1 + v26);
      work[(m0 + 1u) * 128u + (n0 + 1u)] = v27;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 128u) {
      let v28: u32 = (n0 + 2u);
      let v29: f32 = params[235392u + v28];
      let v30: f32 = (acc_1_2 + v29);
      work[(m0 + 1u) * 128u + (n0 + 2u)] = v30;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 128u) {
      let v31: u32 = (n0 + 3u);
      let v32: f32 = params[235392u + v31];
      let v33: f32 = (acc_1_3 + v32);
      work[(m0 + 1u) * 128u + (n0 + 3u)] = v33;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 128u) {
      let v34: f32 = params[235392u + n0];
      let v35: f32 = (acc_2_0 + v34);
      work[(m0 + 2u) * 128u + n0] = v35;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 128u) {
      let v36: u32 = (n0 + 1u);
      let v37: f32 = params[235392u + v36];
      let v38: f32 = (acc_2_1 + v37);
      work[(m0 + 2u) * 128u + (n0 + 1u)] = v38;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 128u) {
      let v39: u32 = (n0 + 2u);
      let v40: f32 = params[235392u + v39];
      let v41: f32 = (acc_2_2 + v40);
      work[(m0 + 2u) * 128u + (n0 + 2u)] = v41;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 128u) {
      let v42: u32 = (n0 + 3u);
      let v43: f32 = params[235392u + v42];
      let v44: f32 = (acc_2_3 + v43);
      work[(m0 + 2u) * 128u + (n0 + 3u)] = v44;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 128u) {
      let v45: f32 = params[235392u + n0];
      let v46: f32 = (acc_3_0 + v45);
      work[(m0 + 3u) * 128u + n0] = v46;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 128u) {
      let v47: u32 = (n0 + 1u);
      let v48: f32 = params[235392u + v47];
      let v49: f32 = (acc_3_1 + v48);
      work[(m0 + 3u) * 128u + (n0 + 1u)] = v49;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 128u) {
      let v50: u32 = (n0 + 2u);
      let v51: f32 = params[235392u + v50];
      let v52: f32 = (acc_3_2 + v51);
      work[(m0 + 3u) * 128u + (n0 + 2u)] = v52;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 128u) {
      let v53: u32 = (n0 + 3u);
      let v54: f32 = params[235392u + v53];
      let v55: f32 = (acc_3_3 + v54);
      work[(m0 + 3u) * 128u + (n0 + 3u)] = v55;
    }
  }
}
// ---- blocks1_a_matmul_1 (matmul, 256 workgroups, predict.015.blocks1_a_matmul_1.wgsl) from specs/char-gpt.model:16
// blocks1_a_matmul_1: matmul kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 16384u; t += stride) {
    let rem = t % 16384u;
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
      let v0: u32 = m0 * 128u + k;
      let v1: f32 = work[790528u + (v0 / 8192u) * 8192u + ((v0 / 128u) % 64u) * 128u + (v0 % 128u)];
      let v2: u32 = min(m0 + 1u, 2047u) * 128u + k;
      let v3: f32 = work[790528u + (v2 / 8192u) * 8192u + ((v2 / 128u) % 64u) * 128u + (v2 % 128u)];
      let v4: u32 = min(m0 + 2u, 2047u) * 128u + k;
      let v5: f32 = work[790528u + (v4 / 8192u) * 8192u + ((v4 / 128u) % 64u) * 128u + (v4 % 128u)];
      let v6: u32 = min(m0 + 3u, 2047u) * 128u + k;
      let v7: f32 = work[790528u + (v6 / 8192u) * 8192u + ((v6 / 128u) % 64u) * 128u + (v6 % 128u)];
      let v8: f32 = params[235520u + k * 128u + n0];
      let v9: f32 = params[235520u + k * 128u + min(n0 + 1u, 127u)];
      let v10: f32 = params[235520u + k * 128u + min(n0 + 2u, 127u)];
      let v11: f32 = params[235520u + k * 128u + min(n0 + 3u, 127u)];
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
    if (m0 + 0u < 2048u && n0 + 0u < 128u) {
      let v12: f32 = params[251904u + n0];
      let v13: f32 = (acc_0_0 + v12);
      work[528384u + m0 * 128u + n0] = v13;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 128u) {
      let v14: u32 = (n0 + 1u);
      let v15: f32 = params[251904u + v14];
      let v16: f32 = (acc_0_1 + v15);
      work[528384u + m0 * 128u + (n0 + 1u)] = v16;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 128u) {
      let v17: u32 = (n0 + 2u);
      let v18: f32 = params[251904u + v17];
      let v19: f32 = (acc_0_2 + v18);
      work[528384u + m0 * 128u + (n0 + 2u)] = v19;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 128u) {
      let v20: u32 = (n0 + 3u);
      let v21: f32 = params[251904u + v20];
      let v22: f32 = (acc_0_3 + v21);
      work[528384u + m0 * 128u + (n0 + 3u)] = v22;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 128u) {
      let v23: f32 = params[251904u + n0];
      let v24: f32 = (acc_1_0 + v23);
      work[528384u + (m0 + 1u) * 128u + n0] = v24;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 128u) {
      let v25: u32 = (n0 + 1u);
      let v26: f32 = params[251904u + v25];
      let v27: f32 = (acc_1_1 + v26);
      work[528384u + (m0 + 1u) * 128u + (n0 + 1u)] = v27;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 128u) {
      let v28: u32 = (n0 + 2u);
      let v29: f32 = params[251904u + v28];
      let v30: f32 = (acc_1_2 + v29);
      work[528384u + (m0 + 1u) * 128u + (n0 + 2u)] = v30;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 128u) {
      let v31: u32 = (n0 + 3u);
      let v32: f32 = params[251904u + v31];
      let v33: f32 = (acc_1_3 + v32);
      work[528384u + (m0 + 1u) * 128u + (n0 + 3u)] = v33;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 128u) {
      let v34: f32 = params[251904u + n0];
      let v35: f32 = (acc_2_0 + v34);
      work[528384u + (m0 + 2u) * 128u + n0] = v35;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 128u) {
      let v36: u32 = (n0 + 1u);
      let v37: f32 = params[251904u + v36];
      let v38: f32 = (acc_2_1 + v37);
      work[528384u + (m0 + 2u) * 128u + (n0 + 1u)] = v38;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 128u) {
      let v39: u32 = (n0 + 2u);
      let v40: f32 = params[251904u + v39];
      let v41: f32 = (acc_2_2 + v40);
      work[528384u + (m0 + 2u) * 128u + (n0 + 2u)] = v41;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 128u) {
      let v42: u32 = (n0 + 3u);
      let v43: f32 = params[251904u + v42];
      let v44: f32 = (acc_2_3 + v43);
      work[528384u + (m0 + 2u) * 128u + (n0 + 3u)] = v44;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 128u) {
      let v45: f32 = params[251904u + n0];
      let v46: f32 = (acc_3_0 + v45);
      work[528384u + (m0 + 3u) * 128u + n0] = v46;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 128u) {
      let v47: u32 = (n0 + 1u);
      let v48: f32 = params[251904u + v47];
      let v49: f32 = (acc_3_1 + v48);
      work[528384u + (m0 + 3u) * 128u + (n0 + 1u)] = v49;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 128u) {
      let v50: u32 = (n0 + 2u);
      let v51: f32 = params[251904u + v50];
      let v52: f32 = (acc_3_2 + v51);
      work[528384u + (m0 + 3u) * 128u + (n0 + 2u)] = v52;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 128u) {
      let v53: u32 = (n0 + 3u);
      let v54: f32 = params[251904u + v53];
      let v55: f32 = (acc_3_3 + v54);
      work[528384u + (m0 + 3u) * 128u + (n0 + 3u)] = v55;
    }
  }
}
// ---- blocks1_a_matmul_2 (matmul, 256 workgroups, predict.016.blocks1_a_matmul_2.wgsl) from specs/char-gpt.model:16
// blocks1_a_matmul_2: matmul kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 16384u; t += stride) {
    let rem = t % 16384u;
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
      let v0: u32 = m0 * 128u + k;
      let v1: f32 = work[790528u + (v0 / 8192u) * 8192u + ((v0 / 128u) % 64u) * 128u + (v0 % 128u)];
      let v2: u32 = min(m0 + 1u, 2047u) * 128u + k;
      let v3: f32 = work[790528u + (v2 / 8192u) * 8192u + ((v2 / 128u) % 64u) * 128u + (v2 % 128u)];
      let v4: u32 = min(m0 + 2u, 2047u) * 128u + k;
      let v5: f32 = work[790528u + (v4 / 8192u) * 8192u + ((v4 / 128u) % 64u) * 128u + (v4 % 128u)];
      let v6: u32 = min(m0 + 3u, 2047u) * 128u + k;
      let v7: f32 = work[790528u + (v6 / 8192u) * 8192u + ((v6 / 128u) % 64u) * 128u + (v6 % 128u)];
      let v8: f32 = params[252032u + k * 128u + n0];
      let v9: f32 = params[252032u + k * 128u + min(n0 + 1u, 127u)];
      let v10: f32 = params[252032u + k * 128u + min(n0 + 2u, 127u)];
      let v11: f32 = params[252032u + k * 128u + min(n0 + 3u, 127u)];
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
    if (m0 + 0u < 2048u && n0 + 0u < 128u) {
      let v12: f32 = params[268416u + n0];
      let v13: f32 = (acc_0_0 + v12);
      work[1052672u + m0 * 128u + n0] = v13;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 128u) {
      let v14: u32 = (n0 + 1u);
      let v15: f32 = params[268416u + v14];
      let v16: f32 = (acc_0_1 + v15);
      work[1052672u + m0 * 128u + (n0 + 1u)] = v16;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 128u) {
      let v17: u32 = (n0 + 2u);
      let v18: f32 = params[268416u + v17];
      let v19: f32 = (acc_0_2 + v18);
      work[1052672u + m0 * 128u + (n0 + 2u)] = v19;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 128u) {
      let v20: u32 = (n0 + 3u);
      let v21: f32 = params[268416u + v20];
      let v22: f32 = (acc_0_3 + v21);
      work[1052672u + m0 * 128u + (n0 + 3u)] = v22;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 128u) {
      let v23: f32 = params[268416u + n0];
      let v24: f32 = (acc_1_0 + v23);
      work[1052672u + (m0 + 1u) * 128u + n0] = v24;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 128u) {
      let v25: u32 = (n0 + 1u);
      let v26: f32 = params[268416u + v25];
      let v27: f32 = (acc_1_1 + v26);
      work[1052672u + (m0 + 1u) * 128u + (n0 + 1u)] = v27;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 128u) {
      let v28: u32 = (n0 + 2u);
      let v29: f32 = params[268416u + v28];
      let v30: f32 = (acc_1_2 + v29);
      work[1052672u + (m0 + 1u) * 128u + (n0 + 2u)] = v30;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 128u) {
      let v31: u32 = (n0 + 3u);
      let v32: f32 = params[268416u + v31];
      let v33: f32 = (acc_1_3 + v32);
      work[1052672u + (m0 + 1u) * 128u + (n0 + 3u)] = v33;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 128u) {
      let v34: f32 = params[268416u + n0];
      let v35: f32 = (acc_2_0 + v34);
      work[1052672u + (m0 + 2u) * 128u + n0] = v35;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 128u) {
      let v36: u32 = (n0 + 1u);
      let v37: f32 = params[268416u + v36];
      let v38: f32 = (acc_2_1 + v37);
      work[1052672u + (m0 + 2u) * 128u + (n0 + 1u)] = v38;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 128u) {
      let v39: u32 = (n0 + 2u);
      let v40: f32 = params[268416u + v39];
      let v41: f32 = (acc_2_2 + v40);
      work[1052672u + (m0 + 2u) * 128u + (n0 + 2u)] = v41;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 128u) {
      let v42: u32 = (n0 + 3u);
      let v43: f32 = params[268416u + v42];
      let v44: f32 = (acc_2_3 + v43);
      work[1052672u + (m0 + 2u) * 128u + (n0 + 3u)] = v44;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 128u) {
      let v45: f32 = params[268416u + n0];
      let v46: f32 = (acc_3_0 + v45);
      work[1052672u + (m0 + 3u) * 128u + n0] = v46;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 128u) {
      let v47: u32 = (n0 + 1u);
      let v48: f32 = params[268416u + v47];
      let v49: f32 = (acc_3_1 + v48);
      work[1052672u + (m0 + 3u) * 128u + (n0 + 1u)] = v49;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 128u) {
      let v50: u32 = (n0 + 2u);
      let v51: f32 = params[268416u + v50];
      let v52: f32 = (acc_3_2 + v51);
      work[1052672u + (m0 + 3u) * 128u + (n0 + 2u)] = v52;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 128u) {
      let v53: u32 = (n0 + 3u);
      let v54: f32 = params[268416u + v53];
      let v55: f32 = (acc_3_3 + v54);
      work[1052672u + (m0 + 3u) * 128u + (n0 + 3u)] = v55;
    }
  }
}
// ---- blocks1_a_matmul_3 (matmul, 512 workgroups, predict.017.blocks1_a_matmul_3.wgsl) from specs/char-gpt.model:16
// blocks1_a_matmul_3: matmul kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 32768u; t += stride) {
    let v0: u32 = t / 256u;
    let rem = t % 256u;
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
    for (var k = 0u; k < 32u + opaque; k++) {
      let v1: u32 = v0 * 2048u + m0 * 32u + k;
      let v2: u32 = (v1 / 8192u) * 8192u + ((v1 / 32u) % 64u) * 128u + ((v1 / 2048u) % 4u) * 32u + (v1 % 32u);
      let v3: f32 = work[(v2 / 128u) * 128u + (v2 % 128u)];
      let v4: u32 = v0 * 2048u + min(m0 + 1u, 63u) * 32u + k;
      let v5: u32 = (v4 / 8192u) * 8192u + ((v4 / 32u) % 64u) * 128u + ((v4 / 2048u) % 4u) * 32u + (v4 % 32u);
      let v6: f32 = work[(v5 / 128u) * 128u + (v5 % 128u)];
      let v7: u32 = v0 * 2048u + min(m0 + 2u, 63u) * 32u + k;
      let v8: u32 = (v7 / 8192u) * 8192u + ((v7 / 32u) % 64u) * 128u + ((v7 / 2048u) % 4u) * 32u + (v7 % 32u);
      let v9: f32 = work[(v8 / 128u) * 128u + (v8 % 128u)];
      let v10: u32 = v0 * 2048u + min(m0 + 3u, 63u) * 32u + k;
      let v11: u32 = (v10 / 8192u) * 8192u + ((v10 / 32u) % 64u) * 128u + ((v10 / 2048u) % 4u) * 32u + (v10 % 32u);
      let v12: f32 = work[(v11 / 128u) * 128u + (v11 % 128u)];
      let v13: u32 = v0 * 2048u + n0 * 32u + k;
      let v14: u32 = (v13 / 8192u) * 8192u + ((v13 / 32u) % 64u) * 128u + ((v13 / 2048u) % 4u) * 32u + (v13 % 32u);
      let v15: f32 = work[528384u + (v14 / 128u) * 128u + (v14 % 128u)];
      let v16: u32 = v0 * 2048u + min(n0 + 1u, 63u) * 32u + k;
      let v17: u32 = (v16 / 8192u) * 8192u + ((v16 / 32u) % 64u) * 128u + ((v16 / 2048u) % 4u) * 32u + (v16 % 32u);
      let v18: f32 = work[528384u + (v17 / 128u) * 128u + (v17 % 128u)];
      let v19: u32 = v0 * 2048u + min(n0 + 2u, 63u) * 32u + k;
      let v20: u32 = (v19 / 8192u) * 8192u + ((v19 / 32u) % 64u) * 128u + ((v19 / 2048u) % 4u) * 32u + (v19 % 32u);
      let v21: f32 = work[528384u + (v20 / 128u) * 128u + (v20 % 128u)];
      let v22: u32 = v0 * 2048u + min(n0 + 3u, 63u) * 32u + k;
      let v23: u32 = (v22 / 8192u) * 8192u + ((v22 / 32u) % 64u) * 128u + ((v22 / 2048u) % 4u) * 32u + (v22 % 32u);
      let v24: f32 = work[528384u + (v23 / 128u) * 128u + (v23 % 128u)];
      acc_0_0 = fma(v3, v15, acc_0_0);
      acc_0_1 = fma(v3, v18, acc_0_1);
      acc_0_2 = fma(v3, v21, acc_0_2);
      acc_0_3 = fma(v3, v24, acc_0_3);
      acc_1_0 = fma(v6, v15, acc_1_0);
      acc_1_1 = fma(v6, v18, acc_1_1);
      acc_1_2 = fma(v6, v21, acc_1_2);
      acc_1_3 = fma(v6, v24, acc_1_3);
      acc_2_0 = fma(v9, v15, acc_2_0);
      acc_2_1 = fma(v9, v18, acc_2_1);
      acc_2_2 = fma(v9, v21, acc_2_2);
      acc_2_3 = fma(v9, v24, acc_2_3);
      acc_3_0 = fma(v12, v15, acc_3_0);
      acc_3_1 = fma(v12, v18, acc_3_1);
      acc_3_2 = fma(v12, v21, acc_3_2);
      acc_3_3 = fma(v12, v24, acc_3_3);
    }
    if (m0 + 0u < 64u && n0 + 0u < 64u) {
      work[1314816u + v0 * 4096u + m0 * 64u + n0] = acc_0_0;
    }
    if (m0 + 0u < 64u && n0 + 1u < 64u) {
      work[1314816u + v0 * 4096u + m0 * 64u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 64u && n0 + 2u < 64u) {
      work[1314816u + v0 * 4096u + m0 * 64u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 64u && n0 + 3u < 64u) {
      work[1314816u + v0 * 4096u + m0 * 64u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 64u && n0 + 0u < 64u) {
      work[1314816u + v0 * 4096u + (m0 + 1u) * 64u + n0] = acc_1_0;
    }
    if (m0 + 1u < 64u && n0 + 1u < 64u) {
      work[1314816u + v0 * 4096u + (m0 + 1u) * 64u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 64u && n0 + 2u < 64u) {
      work[1314816u + v0 * 4096u + (m0 + 1u) * 64u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 64u && n0 + 3u < 64u) {
      work[1314816u + v0 * 4096u + (m0 + 1u) * 64u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 64u && n0 + 0u < 64u) {
      work[1314816u + v0 * 4096u + (m0 + 2u) * 64u + n0] = acc_2_0;
    }
    if (m0 + 2u < 64u && n0 + 1u < 64u) {
      work[1314816u + v0 * 4096u + (m0 + 2u) * 64u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 64u && n0 + 2u < 64u) {
      work[1314816u + v0 * 4096u + (m0 + 2u) * 64u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 64u && n0 + 3u < 64u) {
      work[1314816u + v0 * 4096u + (m0 + 2u) * 64u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 64u && n0 + 0u < 64u) {
      work[1314816u + v0 * 4096u + (m0 + 3u) * 64u + n0] = acc_3_0;
    }
    if (m0 + 3u < 64u && n0 + 1u < 64u) {
      work[1314816u + v0 * 4096u + (m0 + 3u) * 64u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 64u && n0 + 2u < 64u) {
      work[1314816u + v0 * 4096u + (m0 + 3u) * 64u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 64u && n0 + 3u < 64u) {
      work[1314816u + v0 * 4096u + (m0 + 3u) * 64u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks1_a_softmax (reduce, 128 workgroups, predict.018.blocks1_a_softmax.wgsl) from specs/char-gpt.model:16
// blocks1_a_softmax: reduce kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 8192u; r += stride) {
    var acc0: f32 = -3.4028234e38f;
    for (var j = 0u; j < 64u + opaque; j++) {
      let v2: f32 = (work[1314816u + (r / 64u) * 4096u + (r % 64u) * 64u + j] * 0.1767766922712326f);
      let v3: f32 = select((-3.0000000054977558e+38f), v2, work[262144u + (r % 64u) * 64u + j] != 0.0f);
      acc0 = max(acc0, v3);
    }
    var acc4: f32 = 0.0f;
    for (var j = 0u; j < 64u + opaque; j++) {
      let v6: f32 = (work[1314816u + (r / 64u) * 4096u + (r % 64u) * 64u + j] * 0.1767766922712326f);
      let v7: f32 = select((-3.0000000054977558e+38f), v6, work[262144u + (r % 64u) * 64u + j] != 0.0f);
      let v8: f32 = (v7 - acc0);
      let v9: f32 = exp(v8);
      acc4 += v9;
    }
    for (var j = 0u; j < 64u + opaque; j++) {
      let v10: f32 = (work[1314816u + (r / 64u) * 4096u + (r % 64u) * 64u + j] * 0.1767766922712326f);
      let v11: f32 = select((-3.0000000054977558e+38f), v10, work[262144u + (r % 64u) * 64u + j] != 0.0f);
      let v12: f32 = (v11 - acc0);
      let v13: f32 = exp(v12);
      let v14: f32 = (v13 / acc4);
      work[528384u + (r / 64u) * 4096u + (r % 64u) * 64u + j] = v14;
    }
  }
}
// ---- blocks1_a_matmul_4 (matmul, 256 workgroups, predict.019.blocks1_a_matmul_4.wgsl) from specs/char-gpt.model:16
// blocks1_a_matmul_4: matmul kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 16384u; t += stride) {
    let v0: u32 = t / 128u;
    let rem = t % 128u;
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
    for (var k = 0u; k < 64u + opaque; k++) {
      let v1: f32 = work[528384u + v0 * 4096u + m0 * 64u + k];
      let v2: f32 = work[528384u + v0 * 4096u + min(m0 + 1u, 63u) * 64u + k];
      let v3: f32 = work[528384u + v0 * 4096u + min(m0 + 2u, 63u) * 64u + k];
      let v4: f32 = work[528384u + v0 * 4096u + min(m0 + 3u, 63u) * 64u + k];
      let v5: u32 = v0 * 2048u + k * 32u + n0;
      let v6: u32 = (v5 / 8192u) * 8192u + ((v5 / 32u) % 64u) * 128u + ((v5 / 2048u) % 4u) * 32u + (v5 % 32u);
      let v7: f32 = work[1052672u + (v6 / 128u) * 128u + (v6 % 128u)];
      let v8: u32 = v0 * 2048u + k * 32u + min(n0 + 1u, 31u);
      let v9: u32 = (v8 / 8192u) * 8192u + ((v8 / 32u) % 64u) * 128u + ((v8 / 2048u) % 4u) * 32u + (v8 % 32u);
      let v10: f32 = work[1052672u + (v9 / 128u) * 128u + (v9 % 128u)];
      let v11: u32 = v0 * 2048u + k * 32u + min(n0 + 2u, 31u);
      let v12: u32 = (v11 / 8192u) * 8192u + ((v11 / 32u) % 64u) * 128u + ((v11 / 2048u) % 4u) * 32u + (v11 % 32u);
      let v13: f32 = work[1052672u + (v12 / 128u) * 128u + (v12 % 128u)];
      let v14: u32 = v0 * 2048u + k * 32u + min(n0 + 3u, 31u);
      let v15: u32 = (v14 / 8192u) * 8192u + ((v14 / 32u) % 64u) * 128u + ((v14 / 2048u) % 4u) * 32u + (v14 % 32u);
      let v16: f32 = work[1052672u + (v15 / 128u) * 128u + (v15 % 128u)];
      acc_0_0 = fma(v1, v7, acc_0_0);
      acc_0_1 = fma(v1, v10, acc_0_1);
      acc_0_2 = fma(v1, v13, acc_0_2);
      acc_0_3 = fma(v1, v16, acc_0_3);
      acc_1_0 = fma(v2, v7, acc_1_0);
      acc_1_1 = fma(v2, v10, acc_1_1);
      acc_1_2 = fma(v2, v13, acc_1_2);
      acc_1_3 = fma(v2, v16, acc_1_3);
      acc_2_0 = fma(v3, v7, acc_2_0);
      acc_2_1 = fma(v3, v10, acc_2_1);
      acc_2_2 = fma(v3, v13, acc_2_2);
      acc_2_3 = fma(v3, v16, acc_2_3);
      acc_3_0 = fma(v4, v7, acc_3_0);
      acc_3_1 = fma(v4, v10, acc_3_1);
      acc_3_2 = fma(v4, v13, acc_3_2);
      acc_3_3 = fma(v4, v16, acc_3_3);
    }
    if (m0 + 0u < 64u && n0 + 0u < 32u) {
      work[v0 * 2048u + m0 * 32u + n0] = acc_0_0;
    }
    if (m0 + 0u < 64u && n0 + 1u < 32u) {
      work[v0 * 2048u + m0 * 32u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 64u && n0 + 2u < 32u) {
      work[v0 * 2048u + m0 * 32u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 64u && n0 + 3u < 32u) {
      work[v0 * 2048u + m0 * 32u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 64u && n0 + 0u < 32u) {
      work[v0 * 2048u + (m0 + 1u) * 32u + n0] = acc_1_0;
    }
    if (m0 + 1u < 64u && n0 + 1u < 32u) {
      work[v0 * 2048u + (m0 + 1u) * 32u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 64u && n0 + 2u < 32u) {
      work[v0 * 2048u + (m0 + 1u) * 32u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 64u && n0 + 3u < 32u) {
      work[v0 * 2048u + (m0 + 1u) * 32u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 64u && n0 + 0u < 32u) {
      work[v0 * 2048u + (m0 + 2u) * 32u + n0] = acc_2_0;
    }
    if (m0 + 2u < 64u && n0 + 1u < 32u) {
      work[v0 * 2048u + (m0 + 2u) * 32u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 64u && n0 + 2u < 32u) {
      work[v0 * 2048u + (m0 + 2u) * 32u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 64u && n0 + 3u < 32u) {
      work[v0 * 2048u + (m0 + 2u) * 32u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 64u && n0 + 0u < 32u) {
      work[v0 * 2048u + (m0 + 3u) * 32u + n0] = acc_3_0;
    }
    if (m0 + 3u < 64u && n0 + 1u < 32u) {
      work[v0 * 2048u + (m0 + 3u) * 32u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 64u && n0 + 2u < 32u) {
      work[v0 * 2048u + (m0 + 3u) * 32u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 64u && n0 + 3u < 32u) {
      work[v0 * 2048u + (m0 + 3u) * 32u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks1_a_matmul_5 (matmul, 256 workgroups, predict.020.blocks1_a_matmul_5.wgsl) from specs/char-gpt.model:16
// blocks1_a_matmul_5: matmul kernel (mdlc)
// from specs/char-gpt.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 16384u; t += stride) {
    let rem = t % 16384u;
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
      let v0: u32 = m0 * 128u + k;
      let v1: u32 = (v0 / 8192u) * 8192u + ((v0 / 32u) % 4u) * 2048u + ((v0 / 128u) % 64u) * 32u + (v0 % 32u);
      let v2: f32 = work[(v1 / 2048u) * 2048u + ((v1 / 32u) % 64u) * 32u + (v1 % 32u)];
      let v3: u32 = min(m0 + 1u, 2047u) * 128u + k;
      let v4: u32 = (v3 / 8192u) * 8192u + ((v3 / 32u) % 4u) * 2048u + ((v3 / 128u) % 64u) * 32u + (v3 % 32u);
      let v5: f32 = work[(v4 / 2048u) * 2048u + ((v4 / 32u) % 64u) * 32u + (v4 % 32u)];
      let v6: u32 = min(m0 + 2u, 2047u) * 128u + k;
      let v7: u32 = (v6 / 8192u) * 8192u + ((v6 / 32u) % 4u) * 2048u + ((v6 / 128u) % 64u) * 32u + (v6 % 32u);
      let v8: f32 = work[(v7 / 2048u) * 2048u + ((v7 / 32u) % 64u) * 32u + (v7 % 32u)];
      let v9: u32 = min(m0 + 3u, 2047u) * 128u + k;
      let v10: u32 = (v9 / 8192u) * 8192u + ((v9 / 32u) % 4u) * 2048u + ((v9 / 128u) % 64u) * 32u + (v9 % 32u);
      let v11: f32 = work[(v10 / 2048u) * 2048u + ((v10 / 32u) % 64u) * 32u + (v10 % 32u)];
      let v12: f32 = params[268544u + k * 128u + n0];
      let v13: f32 = params[268544u + k * 128u + min(n0 + 1u, 127u)];
      let v14: f32 = params[268544u + k * 128u + min(n0 + 2u, 127u)];
      let v15: f32 = params[268544u + k * 128u + min(n0 + 3u, 127u)];
      acc_0_0 = fma(v2, v12, acc_0_0);
      acc_0_1 = fma(v2, v13, acc_0_1);
      acc_0_2 = fma(v2, v14, acc_0_2);
      acc_0_3 = fma(v2, v15, acc_0_3);
      acc_1_0 = fma(v5, v12, acc_1_0);
      acc_1_1 = fma(v5, v13, acc_1_1);
      acc_1_2 = fma(v5, v14, acc_1_2);
      acc_1_3 = fma(v5, v15, acc_1_3);
      acc_2_0 = fma(v8, v12, acc_2_0);
      acc_2_1 = fma(v8, v13, acc_2_1);
      acc_2_2 = fma(v8, v14, acc_2_2);
      acc_2_3 = fma(v8, v15, acc_2_3);
      acc_3_0 = fma(v11, v12, acc_3_0);
      acc_3_1 = fma(v11, v13, acc_3_1);
      acc_3_2 = fma(v11, v14, acc_3_2);
      acc_3_3 = fma(v11, v15, acc_3_3);
    }
    if (m0 + 0u < 2048u && n0 + 0u < 128u) {
      work[528384u + m0 * 128u + n0] = acc_0_0;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 128u) {
      work[528384u + m0 * 128u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 128u) {
      work[528384u + m0 * 128u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 128u) {
      work[528384u + m0 * 128u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 128u) {
      work[528384u + (m0 + 1u) * 128u + n0] = acc_1_0;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 128u) {
      work[528384u + (m0 + 1u) * 128u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 128u) {
      work[528384u + (m0 + 1u) * 128u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 128u) {
      work[528384u + (m0 + 1u) * 128u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 128u) {
      work[528384u + (m0 + 2u) * 128u + n0] = acc_2_0;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 128u) {
      work[528384u + (m0 + 2u) * 128u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 128u) {
      work[528384u + (m0 + 2u) * 128u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 128u) {
      work[528384u + (m0 + 2u) * 128u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 128u) {
      work[528384u + (m0 + 3u) * 128u + n0] = acc_3_0;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 128u) {
      work[528384u + (m0 + 3u) * 128u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 128u) {
      work[528384u + (m0 + 3u) * 128u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 128u) {
      work[528384u + (m0 + 3u) * 128u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks1_h_norm (reduce, 32 workgroups, predict.021.blocks1_h_norm.wgsl) from specs/char-gpt.model:18, specs/char-gpt.model:17, specs/char-gpt.model:16
// blocks1_h_norm: reduce kernel (mdlc)
// from specs/char-gpt.model:18, specs/char-gpt.model:17, specs/char-gpt.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 2048u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 128u + opaque; j++) {
      let v2: u32 = (r / 64u) * 8192u + (r % 64u) * 128u + j;
      let v3: u32 = (v2 % 128u);
      let v4: f32 = params[284928u + v3];
      let v5: f32 = (work[528384u + (v2 / 128u) * 128u + (v2 % 128u)] + v4);
      let v6: f32 = (work[266240u + (r / 64u) * 8192u + (r % 64u) * 128u + j] + v5);
      acc0 += v6;
    }
    var acc7: f32 = 0.0f;
    for (var j = 0u; j < 128u + opaque; j++) {
      let v9: u32 = (r / 64u) * 8192u + (r % 64u) * 128u + j;
      let v10: u32 = (v9 % 128u);
      let v11: f32 = params[284928u + v10];
      let v12: f32 = (work[528384u + (v9 / 128u) * 128u + (v9 % 128u)] + v11);
      let v13: f32 = (work[266240u + (r / 64u) * 8192u + (r % 64u) * 128u + j] + v12);
      let v14: f32 = (acc0 * 0.0078125f);
      let v15: f32 = (v13 - v14);
      let v16: f32 = (v15 * v15);
      acc7 += v16;
    }
    for (var j = 0u; j < 128u + opaque; j++) {
      let v17: u32 = (r / 64u) * 8192u + (r % 64u) * 128u + j;
      let v18: u32 = (v17 % 128u);
      let v19: f32 = params[284928u + v18];
      let v20: f32 = (work[528384u + (v17 / 128u) * 128u + (v17 % 128u)] + v19);
      let v21: f32 = (work[266240u + (r / 64u) * 8192u + (r % 64u) * 128u + j] + v20);
      work[(r / 64u) * 8192u + (r % 64u) * 128u + j] = v21;
      let v22: f32 = (acc0 * 0.0078125f);
      let v23: f32 = (v21 - v22);
      let v24: f32 = (acc7 * 0.0078125f);
      let v25: f32 = (v24 + 0.0010000000474974513f);
      let v26: f32 = sqrt(v25);
      let v27: f32 = (v23 / v26);
      let v28: f32 = params[285056u + j];
      let v29: f32 = (v27 * v28);
      let v30: f32 = params[285184u + j];
      let v31: f32 = (v29 + v30);
      work[790528u + (r / 64u) * 8192u + (r % 64u) * 128u + j] = v31;
    }
  }
}
// ---- blocks1_f_matmul (matmul, 1024 workgroups, predict.022.blocks1_f_matmul.wgsl) from specs/char-gpt.model:18
// blocks1_f_matmul: matmul kernel (mdlc)
// from specs/char-gpt.model:18
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 65536u; t += stride) {
    let rem = t % 65536u;
    let m0 = (rem / 128u) * 4u;
    let n0 = (rem % 128u) * 4u;
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
      let v0: u32 = m0 * 128u + k;
      let v1: f32 = work[790528u + (v0 / 8192u) * 8192u + ((v0 / 128u) % 64u) * 128u + (v0 % 128u)];
      let v2: u32 = min(m0 + 1u, 2047u) * 128u + k;
      let v3: f32 = work[790528u + (v2 / 8192u) * 8192u + ((v2 / 128u) % 64u) * 128u + (v2 % 128u)];
      let v4: u32 = min(m0 + 2u, 2047u) * 128u + k;
      let v5: f32 = work[790528u + (v4 / 8192u) * 8192u + ((v4 / 128u) % 64u) * 128u + (v4 % 128u)];
      let v6: u32 = min(m0 + 3u, 2047u) * 128u + k;
      let v7: f32 = work[790528u + (v6 / 8192u) * 8192u + ((v6 / 128u) % 64u) * 128u + (v6 % 128u)];
      let v8: f32 = params[285312u + k * 512u + n0];
      let v9: f32 = params[285312u + k * 512u + min(n0 + 1u, 511u)];
      let v10: f32 = params[285312u + k * 512u + min(n0 + 2u, 511u)];
      let v11: f32 = params[285312u + k * 512u + min(n0 + 3u, 511u)];
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
    if (m0 + 0u < 2048u && n0 + 0u < 512u) {
      work[1052672u + m0 * 512u + n0] = acc_0_0;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 512u) {
      work[1052672u + m0 * 512u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 512u) {
      work[1052672u + m0 * 512u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 512u) {
      work[1052672u + m0 * 512u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 512u) {
      work[1052672u + (m0 + 1u) * 512u + n0] = acc_1_0;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 512u) {
      work[1052672u + (m0 + 1u) * 512u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 512u) {
      work[1052672u + (m0 + 1u) * 512u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 512u) {
      work[1052672u + (m0 + 1u) * 512u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 512u) {
      work[1052672u + (m0 + 2u) * 512u + n0] = acc_2_0;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 512u) {
      work[1052672u + (m0 + 2u) * 512u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 512u) {
      work[1052672u + (m0 + 2u) * 512u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 512u) {
      work[1052672u + (m0 + 2u) * 512u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 512u) {
      work[1052672u + (m0 + 3u) * 512u + n0] = acc_3_0;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 512u) {
      work[1052672u + (m0 + 3u) * 512u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 512u) {
      work[1052672u + (m0 + 3u) * 512u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 512u) {
      work[1052672u + (m0 + 3u) * 512u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- blocks1_f_mul (elementwise, 4096 workgroups, predict.023.blocks1_f_mul.wgsl) from specs/char-gpt.model:18
// blocks1_f_mul: elementwise kernel (mdlc)
// from specs/char-gpt.model:18
@group(0) @binding(0) var<storage, read> params: array<f32>;
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
  for (var i = gid.x; i < 1048576u; i += stride) {
    let v0: u32 = (i / 32768u) * 32768u + ((i / 512u) % 64u) * 512u + (i % 512u);
    let v1: u32 = (v0 % 512u);
    let v2: f32 = params[350848u + v1];
    let v3: f32 = (work[1052672u + (v0 / 512u) * 512u + (v0 % 512u)] + v2);
    let v4: f32 = (v3 * 0.5f);
    let v5: u32 = (i / 32768u) * 32768u + ((i / 512u) % 64u) * 512u + (i % 512u);
    let v6: u32 = (v5 % 512u);
    let v7: f32 = params[350848u + v6];
    let v8: f32 = (work[1052672u + (v5 / 512u) * 512u + (v5 % 512u)] + v7);
    let v9: f32 = (v8 * 0.7071067690849304f);
    let v10: f32 = mdlc_erf(v9);
    let v11: f32 = (1.0f + v10);
    let v12: f32 = (v4 * v11);
    work[2101248u + (i / 32768u) * 32768u + ((i / 512u) % 64u) * 512u + (i % 512u)] = v12;
  }
}
// ---- blocks1_output_dense_matmul (matmul, 256 workgroups, predict.024.blocks1_output_dense_matmul.wgsl) from specs/char-gpt.model:19
// blocks1_output_dense_matmul: matmul kernel (mdlc)
// from specs/char-gpt.model:19
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 16384u; t += stride) {
    let rem = t % 16384u;
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
    for (var k = 0u; k < 512u + opaque; k++) {
      let v0: u32 = m0 * 512u + k;
      let v1: f32 = work[2101248u + (v0 / 32768u) * 32768u + ((v0 / 512u) % 64u) * 512u + (v0 % 512u)];
      let v2: u32 = min(m0 + 1u, 2047u) * 512u + k;
      let v3: f32 = work[2101248u + (v2 / 32768u) * 32768u + ((v2 / 512u) % 64u) * 512u + (v2 % 512u)];
      let v4: u32 = min(m0 + 2u, 2047u) * 512u + k;
      let v5: f32 = work[2101248u + (v4 / 32768u) * 32768u + ((v4 / 512u) % 64u) * 512u + (v4 % 512u)];
      let v6: u32 = min(m0 + 3u, 2047u) * 512u + k;
      let v7: f32 = work[2101248u + (v6 / 32768u) * 32768u + ((v6 / 512u) % 64u) * 512u + (v6 % 512u)];
      let v8: f32 = params[351360u + k * 128u + n0];
      let v9: f32 = params[351360u + k * 128u + min(n0 + 1u, 127u)];
      let v10: f32 = params[351360u + k * 128u + min(n0 + 2u, 127u)];
      let v11: f32 = params[351360u + k * 128u + min(n0 + 3u, 127u)];
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
    if (m0 + 0u < 2048u && n0 + 0u < 128u) {
      work[262144u + m0 * 128u + n0] = acc_0_0;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 128u) {
      work[262144u + m0 * 128u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 128u) {
      work[262144u + m0 * 128u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 128u) {
      work[262144u + m0 * 128u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 128u) {
      work[262144u + (m0 + 1u) * 128u + n0] = acc_1_0;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 128u) {
      work[262144u + (m0 + 1u) * 128u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 128u) {
      work[262144u + (m0 + 1u) * 128u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 128u) {
      work[262144u + (m0 + 1u) * 128u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 128u) {
      work[262144u + (m0 + 2u) * 128u + n0] = acc_2_0;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 128u) {
      work[262144u + (m0 + 2u) * 128u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 128u) {
      work[262144u + (m0 + 2u) * 128u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 128u) {
      work[262144u + (m0 + 2u) * 128u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 128u) {
      work[262144u + (m0 + 3u) * 128u + n0] = acc_3_0;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 128u) {
      work[262144u + (m0 + 3u) * 128u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 128u) {
      work[262144u + (m0 + 3u) * 128u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 128u) {
      work[262144u + (m0 + 3u) * 128u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- final_norm (reduce, 32 workgroups, predict.025.final_norm.wgsl) from specs/char-gpt.model:25, specs/char-gpt.model:19, specs/char-gpt.model:16
// final_norm: reduce kernel (mdlc)
// from specs/char-gpt.model:25, specs/char-gpt.model:19, specs/char-gpt.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 2048u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 128u + opaque; j++) {
      let v2: u32 = (r / 64u) * 8192u + (r % 64u) * 128u + j;
      let v3: u32 = (v2 % 128u);
      let v4: f32 = params[416896u + v3];
      let v5: f32 = (work[262144u + (v2 / 128u) * 128u + (v2 % 128u)] + v4);
      let v6: f32 = (work[(r / 64u) * 8192u + (r % 64u) * 128u + j] + v5);
      acc0 += v6;
    }
    var acc7: f32 = 0.0f;
    for (var j = 0u; j < 128u + opaque; j++) {
      let v9: u32 = (r / 64u) * 8192u + (r % 64u) * 128u + j;
      let v10: u32 = (v9 % 128u);
      let v11: f32 = params[416896u + v10];
      let v12: f32 = (work[262144u + (v9 / 128u) * 128u + (v9 % 128u)] + v11);
      let v13: f32 = (work[(r / 64u) * 8192u + (r % 64u) * 128u + j] + v12);
      let v14: f32 = (acc0 * 0.0078125f);
      let v15: f32 = (v13 - v14);
      let v16: f32 = (v15 * v15);
      acc7 += v16;
    }
    for (var j = 0u; j < 128u + opaque; j++) {
      let v17: u32 = (r / 64u) * 8192u + (r % 64u) * 128u + j;
      let v18: u32 = (v17 % 128u);
      let v19: f32 = params[416896u + v18];
      let v20: f32 = (work[262144u + (v17 / 128u) * 128u + (v17 % 128u)] + v19);
      let v21: f32 = (work[(r / 64u) * 8192u + (r % 64u) * 128u + j] + v20);
      let v22: f32 = (acc0 * 0.0078125f);
      let v23: f32 = (v21 - v22);
      let v24: f32 = (acc7 * 0.0078125f);
      let v25: f32 = (v24 + 0.0010000000474974513f);
      let v26: f32 = sqrt(v25);
      let v27: f32 = (v23 / v26);
      let v28: f32 = params[417024u + j];
      let v29: f32 = (v27 * v28);
      let v30: f32 = params[417152u + j];
      let v31: f32 = (v29 + v30);
      work[524288u + (r / 64u) * 8192u + (r % 64u) * 128u + j] = v31;
    }
  }
}
// ---- logits_matmul (matmul, 192 workgroups, predict.026.logits_matmul.wgsl) from specs/char-gpt.model:26
// logits_matmul: matmul kernel (mdlc)
// from specs/char-gpt.model:26
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 12288u; t += stride) {
    let rem = t % 12288u;
    let m0 = (rem / 24u) * 4u;
    let n0 = (rem % 24u) * 4u;
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
      let v0: u32 = m0 * 128u + k;
      let v1: f32 = work[524288u + (v0 / 8192u) * 8192u + ((v0 / 128u) % 64u) * 128u + (v0 % 128u)];
      let v2: u32 = min(m0 + 1u, 2047u) * 128u + k;
      let v3: f32 = work[524288u + (v2 / 8192u) * 8192u + ((v2 / 128u) % 64u) * 128u + (v2 % 128u)];
      let v4: u32 = min(m0 + 2u, 2047u) * 128u + k;
      let v5: f32 = work[524288u + (v4 / 8192u) * 8192u + ((v4 / 128u) % 64u) * 128u + (v4 % 128u)];
      let v6: u32 = min(m0 + 3u, 2047u) * 128u + k;
      let v7: f32 = work[524288u + (v6 / 8192u) * 8192u + ((v6 / 128u) % 64u) * 128u + (v6 % 128u)];
      let v8: f32 = params[417280u + k * 96u + n0];
      let v9: f32 = params[417280u + k * 96u + min(n0 + 1u, 95u)];
      let v10: f32 = params[417280u + k * 96u + min(n0 + 2u, 95u)];
      let v11: f32 = params[417280u + k * 96u + min(n0 + 3u, 95u)];
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
    if (m0 + 0u < 2048u && n0 + 0u < 96u) {
      let v12: f32 = params[429568u + n0];
      let v13: f32 = (acc_0_0 + v12);
      work[m0 * 96u + n0] = v13;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 96u) {
      let v14: u32 = (n0 + 1u);
      let v15: f32 = params[429568u + v14];
      let v16: f32 = (acc_0_1 + v15);
      work[m0 * 96u + (n0 + 1u)] = v16;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 96u) {
      let v17: u32 = (n0 + 2u);
      let v18: f32 = params[429568u + v17];
      let v19: f32 = (acc_0_2 + v18);
      work[m0 * 96u + (n0 + 2u)] = v19;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 96u) {
      let v20: u32 = (n0 + 3u);
      let v21: f32 = params[429568u + v20];
      let v22: f32 = (acc_0_3 + v21);
      work[m0 * 96u + (n0 + 3u)] = v22;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 96u) {
      let v23: f32 = params[429568u + n0];
      let v24: f32 = (acc_1_0 + v23);
      work[(m0 + 1u) * 96u + n0] = v24;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 96u) {
      let v25: u32 = (n0 + 1u);
      let v26: f32 = params[429568u + v25];
      let v27: f32 = (acc_1_1 + v26);
      work[(m0 + 1u) * 96u + (n0 + 1u)] = v27;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 96u) {
      let v28: u32 = (n0 + 2u);
      let v29: f32 = params[429568u + v28];
      let v30: f32 = (acc_1_2 + v29);
      work[(m0 + 1u) * 96u + (n0 + 2u)] = v30;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 96u) {
      let v31: u32 = (n0 + 3u);
      let v32: f32 = params[429568u + v31];
      let v33: f32 = (acc_1_3 + v32);
      work[(m0 + 1u) * 96u + (n0 + 3u)] = v33;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 96u) {
      let v34: f32 = params[429568u + n0];
      let v35: f32 = (acc_2_0 + v34);
      work[(m0 + 2u) * 96u + n0] = v35;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 96u) {
      let v36: u32 = (n0 + 1u);
      let v37: f32 = params[429568u + v36];
      let v38: f32 = (acc_2_1 + v37);
      work[(m0 + 2u) * 96u + (n0 + 1u)] = v38;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 96u) {
      let v39: u32 = (n0 + 2u);
      let v40: f32 = params[429568u + v39];
      let v41: f32 = (acc_2_2 + v40);
      work[(m0 + 2u) * 96u + (n0 + 2u)] = v41;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 96u) {
      let v42: u32 = (n0 + 3u);
      let v43: f32 = params[429568u + v42];
      let v44: f32 = (acc_2_3 + v43);
      work[(m0 + 2u) * 96u + (n0 + 3u)] = v44;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 96u) {
      let v45: f32 = params[429568u + n0];
      let v46: f32 = (acc_3_0 + v45);
      work[(m0 + 3u) * 96u + n0] = v46;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 96u) {
      let v47: u32 = (n0 + 1u);
      let v48: f32 = params[429568u + v47];
      let v49: f32 = (acc_3_1 + v48);
      work[(m0 + 3u) * 96u + (n0 + 1u)] = v49;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 96u) {
      let v50: u32 = (n0 + 2u);
      let v51: f32 = params[429568u + v50];
      let v52: f32 = (acc_3_2 + v51);
      work[(m0 + 3u) * 96u + (n0 + 2u)] = v52;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 96u) {
      let v53: u32 = (n0 + 3u);
      let v54: f32 = params[429568u + v53];
      let v55: f32 = (acc_3_3 + v54);
      work[(m0 + 3u) * 96u + (n0 + 3u)] = v55;
    }
  }
}
